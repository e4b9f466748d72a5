import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { TRADITIONAL_CHARS } from '../../src/lib/traditional-chars.ts';
import { openccT2cn, t2sEntryStartsFromOpenCC, t2sShardsFromOpenCC, t2sVersionOf, traditionalCharsFromOpenCC } from '../../src/lib/text/opencc-data-source.ts';
import { looksTraditional, prepareQuery } from '../../src/lib/query.ts';
import { shardsNeededFor, toSimplified } from '../../src/lib/t2s.ts';
import { T2S_SHARD_COUNT, t2sShardFile, t2sShardOf } from '../../src/lib/t2s-shard.ts';
import { T2S_ENTRY_STARTS, T2S_VERSION } from '../../src/lib/t2s-dictionary.ts';
import { fetchFromPublicFolder, requestedFromPublicFolder } from './support/public-folder-fetch.ts';

// Regenerate with `node scripts/generate-opencc-data.ts` when these fail after an opencc-js update.

beforeAll(() => {
  vi.stubGlobal('fetch', fetchFromPublicFolder);
});

describe('the list of Traditional characters', () => {
  it('is what the installed opencc-js converts', () => {
    expect(TRADITIONAL_CHARS).toBe(traditionalCharsFromOpenCC());
  });

  it('recognises Traditional queries that a hand-written list would miss, and not Simplified ones', () => {
    for (const query of ['擂臺賽', '雙報到', '黨建', '幹部', '社區']) expect(looksTraditional(query), query).toBe(true);
    for (const query of ['擂台赛', '双报到', '党建', '干部', '社区', '四同', 'abc']) expect(looksTraditional(query), query).toBe(false);
  });

  it('recognises every character beyond the BMP that OpenCC converts, and the query is converted', async () => {
    const beyond = TSCharacters.split('|').map((line) => line.split(' ')[0]!).filter((source) => source.codePointAt(0)! > 0xffff);
    expect(beyond.length).toBeGreaterThan(300);
    for (const char of beyond) {
      expect(looksTraditional(`${char}字`), char).toBe(true);
      expect((await prepareQuery(`在${char}中`)).text, char).toBe(openccT2cn(`在${char}中`));
    }
  });
});

describe('the sharded Traditional → Simplified dictionary', () => {
  it('is what the installed opencc-js holds, one file per shard, in one folder named by its contents', () => {
    const shards = t2sShardsFromOpenCC();
    expect(readdirSync('public/t2s')).toEqual([T2S_VERSION]);
    expect(T2S_VERSION).toBe(t2sVersionOf(shards));
    expect(readdirSync(`public/t2s/${T2S_VERSION}`)).toHaveLength(T2S_SHARD_COUNT);
    shards.forEach((shard, index) => expect(readFileSync(`public/${t2sShardFile(T2S_VERSION, index)}`, 'utf8'), `shard ${index}`).toBe(shard));
  });

  it('lists the characters besides the Traditional ones that an entry starts with', () => {
    expect(T2S_ENTRY_STARTS).toBe(t2sEntryStartsFromOpenCC(TRADITIONAL_CHARS));
    expect(T2S_ENTRY_STARTS).toContain('一'); // 一目瞭然
    expect(T2S_ENTRY_STARTS).not.toContain('建');
  });

  it('keeps every entry in the shard of its first character, each shard small', () => {
    t2sShardsFromOpenCC().forEach((shard, index) => {
      for (const line of shard.split('|')) expect(t2sShardOf(line), line).toBe(index);
      expect(shard.length).toBeLessThan(4_000);
    });
  });

  it('leaves out nothing OpenCC needs: its compatibility-ideograph step is what NFKC does to every query', () => {
    for (const line of compatibilityIdeographs.split('|')) {
      const [source, replacement] = line.split(' ');
      expect(source!.normalize('NFKC'), line).toBe(replacement);
    }
  });
});

describe('toSimplified, loading only the shards of its text', () => {
  it('converts every Traditional character as opencc-js does', async () => {
    const chars = [...TRADITIONAL_CHARS];
    for (let at = 0; at < chars.length; at += 200) {
      const text = chars.slice(at, at + 200).join('');
      expect(await toSimplified(text)).toBe(openccT2cn(text));
    }
  });

  it('converts every source in OpenCC’s table, in context and run together with the others, as opencc-js does', async () => {
    const sources = [TSCharacters, TSPhrases].flatMap((dictionary) => dictionary.split('|').map((line) => line.split(' ')[0]!));
    expect(sources.length).toBeGreaterThan(3_900);
    for (const source of sources) expect(await toSimplified(`在${source}中`), source).toBe(openccT2cn(`在${source}中`));
    const runTogether = sources.join('');
    expect(await toSimplified(runTogether)).toBe(openccT2cn(runTogether));
  });

  it('loads the shards of Traditional characters and of characters that start an entry, no others', async () => {
    vi.resetModules(); // a page that has not converted anything yet
    const fresh = await import('../../src/lib/t2s.ts');
    requestedFromPublicFolder.length = 0;
    expect(await fresh.toSimplified('黨建引領')).toBe('党建引领');
    expect(requestedFromPublicFolder.sort()).toEqual(['黨', '領'].map((char) => `/${t2sShardFile(T2S_VERSION, t2sShardOf(char))}`).sort());
    expect(shardsNeededFor('黨建引領')).toEqual([t2sShardOf('黨'), t2sShardOf('領')]);
    expect(shardsNeededFor('一目瞭然')).toEqual([...new Set(['一', '目', '瞭'].map(t2sShardOf))]); // 一目瞭然, 目劄, 瞭如; no entry starts with 然
    expect(shardsNeededFor('党建 2019 abc')).toEqual([]);
  });

  it('converts the damaged Traditional source article as opencc-js does', async () => {
    const article = readFileSync('content/sources/raw/001_6fa05ebf35b54be8.txt', 'utf8').normalize('NFKC');
    expect(article).toContain('黨建');
    expect(await toSimplified(article)).toBe(openccT2cn(article));
  });

  it('converts queries a reader types', async () => {
    expect(await toSimplified('黨建引領')).toBe('党建引领');
    expect(await toSimplified('擂臺賽')).toBe('擂台赛');
    expect(await toSimplified('一目瞭然')).toBe('一目了然');
    expect(await toSimplified('abc 123')).toBe('abc 123');
  });
});
