// npm run check end to end, as a real process on a copy of the check's fixture content tree: what
// an editor reads in a terminal, and what a pull request shows on GitHub.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatAnnotation } from '../../src/lib/check/finding.ts';

const ROOT = process.cwd();
const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
const scratch = mkdtempSync(path.join(tmpdir(), 'anliku-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The base fixture tree, with a bad entry when given one. */
function tree(bad?: string): string {
  const root = mkdtempSync(path.join(scratch, 'tree-'));
  cpSync(path.join(FIXTURES, 'base'), path.join(root, 'content'), { recursive: true });
  if (bad) cpSync(path.join(FIXTURES, 'bad', bad), path.join(root, 'content', 'cases', 'bad-entry.mdx'));
  return root;
}

function check(root: string, env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts')], { cwd: root, encoding: 'utf8', env: { ...inherited, ...env } });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.split('\n') };
}

describe('npm run check', { timeout: 30_000 }, () => {
  it('passes a good tree, and prints each problem of a bad one as path:line:col [rule] message, exiting 1', () => {
    expect(check(tree()).status).toBe(0);
    const { status, lines } = check(tree('fidelity-number-in-summary.mdx'));
    expect(status).toBe(1);
    expect(lines.filter((line) => line.startsWith('content/cases/bad-entry.mdx:')).length).toBeGreaterThan(0);
    expect(lines.some((line) => line.startsWith('::error'))).toBe(false);
  });

  it('on GitHub Actions, also writes each problem as an annotation at its file, line and column', () => {
    const { status, lines } = check(tree('fidelity-number-in-summary.mdx'), { GITHUB_ACTIONS: 'true' });
    expect(status).toBe(1);
    const plain = lines.filter((line) => /^content\/.+:\d+:\d+ \[/.test(line));
    const annotations = lines.filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(plain.length);
    for (const [i, line] of plain.entries()) {
      const [, file, row, column, rule, message] = /^(.+?):(\d+):(\d+) \[(.+?)\] (.*)$/.exec(line)!;
      expect(annotations[i]).toBe(formatAnnotation({ file: file!, line: Number(row), column: Number(column), rule: rule!, message: message! }));
      expect(annotations[i]).toMatch(new RegExp(`^::error file=content/cases/bad-entry\\.mdx,line=${row},col=${column},title=`));
    }
  });
});

describe('formatAnnotation', () => {
  it('escapes what GitHub would read as the end of a property or of the command', () => {
    expect(formatAnnotation({ file: 'content/cases/a,b:c.mdx', line: 3, column: 7, rule: 'schema/type', message: '第一行\n100%，键: 值' })).toBe(
      '::error file=content/cases/a%2Cb%3Ac.mdx,line=3,col=7,title=schema/type::第一行%0A100%25，键: 值',
    );
  });
});
