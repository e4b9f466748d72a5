// The body checks on a worker thread (a large library's content check) must find exactly what
// the same checks find on the main thread: every bad-entry fixture at once, checked both ways.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, startBodyWorker } from '../../../src/lib/check/check-content.ts';
import { checkBody, type BodyInput } from '../../../src/lib/check/body-checks.ts';
import { parseEntryDocument } from '../../../src/lib/check/document.ts';

const FIXTURES = path.resolve('tests/fixtures/check');
const manifest = parse(readFileSync(path.join(FIXTURES, 'expected.yaml'), 'utf8')) as Record<string, { target?: string }>;
/** The bad fixtures that are case entries (the others are sources, tags, published.txt…). */
const badCases = Object.entries(manifest)
  .filter(([name, { target }]) => (target ?? `cases/${name}`).startsWith('cases/') && name.endsWith('.mdx'))
  .map(([name]) => name);

const root = mkdtempSync(path.join(tmpdir(), 'anliku-body-worker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(path.join(FIXTURES, 'base'), path.join(root, 'content'), { recursive: true });
for (const name of badCases) cpSync(path.join(FIXTURES, 'bad', name), path.join(root, 'content', 'cases', name));

describe('body checks on a worker thread', () => {
  it('the tree holds enough bad bodies to tell the two apart', () => {
    const rules = new Set(checkContent({ root }, { bodyWorker: false }).map((finding) => finding.rule));
    expect(badCases.length).toBeGreaterThanOrEqual(40);
    for (const rule of ['syntax/mdx', 'safety/script', 'structure/missing-section', 'structure/h1']) expect(rules).toContain(rule);
  });

  it('checkContent reports the same findings, in the same order, with and without the worker', () => {
    const alone = checkContent({ root }, { bodyWorker: false });
    const shared = checkContent({ root }, { bodyWorker: true });
    expect(shared).toEqual(alone);
    expect(alone.length).toBeGreaterThan(badCases.length);
  });

  it('the worker starts, and returns for every body it was sent what checkBody returns in this thread', () => {
    const worker = startBodyWorker();
    expect(worker).toBeDefined();
    const inputs: BodyInput[] = readdirSync(path.join(root, 'content', 'cases'))
      .sort()
      .map((name) => {
        const doc = parseEntryDocument(`content/cases/${name}`, readFileSync(path.join(root, 'content', 'cases', name), 'utf8'));
        return { file: doc.file, body: doc.body, bodyLine: doc.bodyLine };
      });
    for (const input of inputs) worker!.send(input);
    const results = worker!.results();
    expect(results).toBeDefined();
    expect([...results!.keys()].sort()).toEqual(inputs.map((input) => input.file));
    for (const input of inputs) expect(results!.get(input.file)).toEqual(checkBody(input));
  });
});
