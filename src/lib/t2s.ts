// Traditional → Simplified for search queries, as OpenCC converts t → cn, downloading only what
// a query needs: OpenCC matches its table at each character of the text, so the entries that
// start with the query's own characters give the same result as the whole table (52 KB gzip
// as opencc-js's t2cn bundle; here about 0.7 KB per character that is Traditional or may start
// an entry — 黨 and 領 of 黨建引領, nothing for 建 and 引 — and opencc-js's converter, 1.1 KB).
// The shards and the converter are requested at the same time, so a slow line waits for one
// round trip, not two.
//
// OpenCC first maps CJK compatibility ideographs to their unified forms; queries are NFKC-
// normalised before they get here, which does the same (tests/lib/opencc-data.test.ts).
import { T2S_ENTRY_STARTS, T2S_VERSION } from './t2s-dictionary.ts';
import { t2sShardFile, t2sShardOf } from './t2s-shard.ts';
import { TRADITIONAL_CHARS } from './traditional-chars.ts';

const entryStarts = new Set([...TRADITIONAL_CHARS, ...T2S_ENTRY_STARTS]);
const mayStartEntry = (char: string): boolean => entryStarts.has(char) || char.codePointAt(0)! > 0xffff;

/** The shards a text's conversion needs. */
export function shardsNeededFor(text: string): number[] {
  return [...new Set(Array.from(text).filter(mayStartEntry).map(t2sShardOf))];
}

const loadedShards = new Map<number, Promise<string>>();

function loadShard(index: number): Promise<string> {
  let shard = loadedShards.get(index);
  if (!shard) {
    shard = fetch(`/${t2sShardFile(T2S_VERSION, index)}`).then((response) => {
      if (!response.ok) throw new Error(`繁简转换表 ${index}：${response.status}`);
      return response.text();
    });
    // A failed download is tried again by the next query.
    shard.catch(() => loadedShards.delete(index));
    loadedShards.set(index, shard);
  }
  return shard;
}

export async function toSimplified(text: string): Promise<string> {
  const [{ convertWith }, shards] = await Promise.all([import('./t2s-convert.ts'), Promise.all(shardsNeededFor(text).map(loadShard))]);
  return convertWith(shards.filter(Boolean), text);
}
