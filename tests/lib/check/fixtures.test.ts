// Bad-entry fixtures through the real checker: each file under tests/fixtures/check/bad/ is put,
// alone, into a copy of a small valid content tree (tests/fixtures/check/base/), and the whole
// tree must then report exactly the findings tests/fixtures/check/expected.yaml lists for it —
// same rule, same line and column, a Chinese message naming the field — and nothing else.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import type { Finding } from '../../../src/lib/check/finding.ts';

interface Expectation {
  rule: string;
  /** "line:column", 1-based. */
  at: string;
  /** A field name or keyword the message must contain, so the editor knows what to change. */
  names: string;
}

const FIXTURES = path.resolve('tests/fixtures/check');
const BAD = path.join(FIXTURES, 'bad');
const manifest = parse(readFileSync(path.join(FIXTURES, 'expected.yaml'), 'utf8')) as Record<string, { target?: string; expect: Expectation[] }>;
const HAN = /\p{Script=Han}/u;

const scratch = mkdtempSync(path.join(tmpdir(), 'anliku-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The base tree, plus one file (none for the base alone), checked as `npm run check` would. */
function checkTree(name?: string, target?: string): Finding[] {
  const root = mkdtempSync(path.join(scratch, 'tree-'));
  cpSync(path.join(FIXTURES, 'base'), path.join(root, 'content'), { recursive: true });
  if (name && target) cpSync(path.join(BAD, name), path.join(root, 'content', target));
  return checkContent({ root });
}

describe('the base fixture tree', () => {
  it('passes every rule with zero findings, including a brief with an inferred region and an alias', () => {
    expect(checkTree()).toEqual([]);
  });
});

describe('bad-entry fixtures', () => {
  const names = Object.keys(manifest);

  it('pairs every fixture file with its expectations, and the other way round', () => {
    expect(readdirSync(BAD).sort()).toEqual([...names].sort());
  });

  it('covers at least 40 fixtures, 15 of them safety payloads', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names.filter((name) => name.startsWith('safety-')).length).toBeGreaterThanOrEqual(15);
  });

  it.each(names)('%s is reported with its rule, line and column, and nothing else', (name) => {
    const { target = `cases/${name}`, expect: expected } = manifest[name]!;
    const findings = checkTree(name, target);
    const file = `content/${target}`;
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} [${f.rule}]`)).toEqual(
      expected.map((e) => `${file}:${e.at} [${e.rule}]`),
    );
    findings.forEach((finding, index) => {
      expect(finding.message, finding.rule).toMatch(HAN);
      expect(finding.message, finding.rule).toContain(expected[index]!.names);
    });
  });
});
