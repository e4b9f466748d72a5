// npm run new and npm run publish-urls end to end, non-interactively (stdin is not a terminal),
// each a real process (about 2 s apiece, hence the timeouts),
// on a copy of the check's fixture content tree.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';

const ROOT = process.cwd();
const scratch = mkdtempSync(path.join(tmpdir(), 'anliku-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(): string {
  const root = mkdtempSync(path.join(scratch, 'tree-'));
  cpSync(path.join(ROOT, 'tests/fixtures/check/base'), path.join(root, 'content'), { recursive: true });
  return root;
}

function run(root: string, script: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', input: '' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', { timeout: 30_000 }, () => {
  it('writes an entry that fails the check only on its 待填写 fields, and prints the next steps', () => {
    const root = tree();
    const { status, output } = run(root, 'new.ts', ['--title', '鸠江区：擂台赛比出干事劲头', '--region', '鸠江区', '--source', 'fixture-source', '--slug', 'jiujiang-leitaisai', '--tags', '书记队伍建设']);
    expect(status, output).toBe(0);
    expect(output).toContain('案例编号 4');
    expect(output).toContain('npm run check');
    const file = 'content/cases/jiujiang-leitaisai.mdx';
    const findings = checkContent({ root }).filter((f) => f.file === file);
    // The date is the source's (2024); 鸠江区 is not in the fixture's source (大同), so the region is inferred and its evidence is left to write.
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['schema/length', 'schema/rule', 'structure/todo']));
    expect(output).toContain('来源记录里没有“鸠江区”，地区已标为推断');
    const written = readFileSync(path.join(root, file), 'utf8');
    expect(written).toMatch(/^ {2}value: "2024" /m);
    expect(written).toMatch(/^ {2}inferred: true .*\n {2}evidence: \[\] +# 待填写/m);
    expect(findings.filter((f) => f.file !== file)).toEqual([]);
    const todoLines = readFileSync(path.join(root, file), 'utf8').split('\n').flatMap((line, i) => (line.includes('待填写') ? [i + 1] : []));
    expect(findings.filter((f) => f.rule === 'structure/todo').map((f) => f.line)).toEqual(todoLines);
  });

  it('lists the candidates of an ambiguous place name and writes nothing', () => {
    const root = tree();
    const { status, output } = run(root, 'new.ts', ['--title', '城区：测试案例', '--region', '城区', '--source', 'fixture-source', '--slug', 'chengqu-test']);
    expect(status).toBe(1);
    expect(output).toContain('140302  山西省阳泉市城区');
    expect(output).toContain('140502  山西省晋城市城区');
    expect(existsSync(path.join(root, 'content/cases/chengqu-test.mdx'))).toBe(false);
  });

  it('refuses a slug that is taken by an entry, an alias or a published URL', () => {
    const root = tree();
    for (const slug of ['good', 'pingcheng-rencaiku']) {
      const { status, output } = run(root, 'new.ts', ['--title', '大同市：测试案例', '--region', '140200', '--source', 'fixture-source', '--slug', slug]);
      expect(status).toBe(1);
      expect(output).toContain('已被');
    }
  });

  it('suggests the source record meant by a misspelt id', () => {
    const { status, output } = run(tree(), 'new.ts', ['--title', '大同市：测试案例', '--region', '140200', '--source', 'fixture-sorce']);
    expect(status).toBe(1);
    expect(output).toContain('是否指“fixture-source”');
  });
});

describe('npm run new-course', { timeout: 30_000 }, () => {
  it('turns a list’s address into a course pack of its cases in order, by number, slug or old slug, which fails the check only on what is left to write', () => {
    const root = tree();
    const list = `https://anli.example.cn/list/?ids=3,good&title=${encodeURIComponent('第三讲 小区书记队伍')}`;
    const { status, output } = run(root, 'new-course.ts', ['--list', list, '--slug', 'disanjiang']);
    expect(status, output).toBe(0);
    expect(output).toContain('2 个案例：第 3 号、第 1 号');
    const file = 'content/courses/disanjiang.yaml';
    const written = readFileSync(path.join(root, file), 'utf8');
    expect(written).toContain('title: "第三讲 小区书记队伍"');
    expect([...written.matchAll(/^ {2}- slug: (\S+)/gm)].map((m) => m[1])).toEqual(['good-brief', 'good']);
    const findings = checkContent({ root });
    expect(findings.every((f) => f.file === file && f.rule === 'schema/length'), JSON.stringify(findings)).toBe(true);
    expect(findings.map((f) => f.line)).toEqual(written.split('\n').flatMap((line, i) => (line.includes('待填写') ? [i + 1] : [])));
    // An old slug names its case too; a course URL already taken is refused.
    const again = run(root, 'new-course.ts', ['--title', '第四讲 人才库', '--cases', 'pingcheng-rencaiku,1', '--slug', 'disanjiang']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('/courses/disanjiang/ 已经有了');
    expect(run(root, 'new-course.ts', ['--title', '第四讲 人才库', '--cases', 'pingcheng-rencaiku,1', '--slug', 'disijiang']).status).toBe(0);
    expect(readFileSync(path.join(root, 'content/courses/disijiang.yaml'), 'utf8')).toContain('- slug: good-brief');
  });

  it('names the cases it cannot find and writes nothing', () => {
    const root = tree();
    const { status, output } = run(root, 'new-course.ts', ['--title', '第五讲 测试', '--cases', '1,99,no-such-case']);
    expect(status).toBe(1);
    expect(output).toContain('找不到这些案例：99、no-such-case');
    expect(existsSync(path.join(root, 'content/courses'))).toBe(false);
  });
});

describe('npm run publish-urls', { timeout: 30_000 }, () => {
  it('appends the URL of a new entry once, keeping the check green', () => {
    const root = tree();
    cpSync(path.join(root, 'content/cases/good.mdx'), path.join(root, 'content/cases/good-copy.mdx'));
    expect(run(root, 'publish-urls.ts', []).output).toContain('/cases/good-copy/');
    expect(run(root, 'publish-urls.ts', []).output).toContain('无需更新');
    expect(readFileSync(path.join(root, 'content/published.txt'), 'utf8').match(/\/cases\/good-copy\//g)).toHaveLength(1);
  });
});
