// Traditional → Simplified for search queries, as OpenCC converts t → cn, loading only what a
// query needs: OpenCC matches its table at each character of the text, so the entries that
// start with the query's own characters give the same result as the whole table (52 KB gzip
// with opencc-js's t2cn bundle; here a shard of about 0.7 KB per character that is Traditional
// or may start an entry: 黨 and 領 of 黨建引領, none for 建 and 引).
//
// OpenCC first maps CJK compatibility ideographs to their unified forms; queries are NFKC-
// normalised before they get here, which does the same (tests/lib/opencc-data.test.ts).
import { ConverterFactory } from 'opencc-js/core';
import { t2sShardOf } from './t2s-shard.ts';
import { TRADITIONAL_CHARS } from './traditional-chars.ts';
import { T2S_ENTRY_STARTS } from './t2s-dictionary/entry-starts.ts';

const shardModules = import.meta.glob<string>('./t2s-dictionary/shard-*.ts', { import: 'default' });
const shardLoaders = Object.keys(shardModules)
  .sort()
  .map((path) => shardModules[path]!);

const loadedShards = new Map<number, Promise<string>>();

function loadShard(index: number): Promise<string> {
  let shard = loadedShards.get(index);
  if (!shard) {
    shard = shardLoaders[index]!();
    loadedShards.set(index, shard);
  }
  return shard;
}

const entryStarts = new Set([...TRADITIONAL_CHARS, ...T2S_ENTRY_STARTS]);
const mayStartEntry = (char: string): boolean => entryStarts.has(char) || char.codePointAt(0)! > 0xffff;

/** The shards a text's conversion needs. */
export function shardsNeededFor(text: string): number[] {
  return [...new Set(Array.from(text).filter(mayStartEntry).map(t2sShardOf))];
}

export async function toSimplified(text: string): Promise<string> {
  const shards = (await Promise.all(shardsNeededFor(text).map(loadShard))).filter(Boolean);
  return shards.length ? ConverterFactory(shards)(text) : text;
}
