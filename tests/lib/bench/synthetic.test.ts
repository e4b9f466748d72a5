import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEntries, readSyntheticSources, seededRandom } from '../../../src/lib/bench/synthetic.ts';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { readTags } from '../../../src/lib/vocabulary.ts';
import { lookupRegion } from '../../../src/lib/regions.ts';

const sources = readSyntheticSources('content/sources');
const tagNames = readTags().map((tag) => tag.name);
const temp = mkdtempSync(path.join(os.tmpdir(), 'anliku-synthetic-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('synthetic bench entries', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = generateEntries({ count: 20, sources, tagNames, seed: 1 });
    expect(generateEntries({ count: 20, sources, tagNames, seed: 1 })).toEqual(a);
    expect(generateEntries({ count: 20, sources, tagNames, seed: 2 })).not.toEqual(a);
    expect(seededRandom(7)()).toBe(seededRandom(7)());
  });

  it('pass every content check, like real entries', () => {
    const root = path.join(temp, 'site');
    mkdirSync(path.join(root, 'content', 'cases'), { recursive: true });
    cpSync('content/sources', path.join(root, 'content', 'sources'), { recursive: true });
    cpSync('content/tags.yaml', path.join(root, 'content', 'tags.yaml'));
    for (const entry of generateEntries({ count: 60, sources, tagNames })) {
      writeFileSync(path.join(root, 'content', 'cases', `${entry.slug}.mdx`), entry.mdx);
    }
    expect(checkContent({ root }).map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });

  it('spread over many provinces', () => {
    const provinces = new Set(
      generateEntries({ count: 500, sources, tagNames }).map((entry) => lookupRegion(/code: "(\d{6})"/.exec(entry.mdx)![1]!)!.province.code),
    );
    expect(provinces.size).toBeGreaterThanOrEqual(25);
  });
});
