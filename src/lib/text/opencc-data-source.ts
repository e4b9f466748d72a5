// Node-side source of the OpenCC data the browser uses (see scripts/generate-opencc-data.ts):
// the list of Traditional characters (src/lib/traditional-chars.ts) and OpenCC's t → cn
// dictionary cut into shards (public/t2s/, src/lib/t2s-dictionary.ts).
import { createHash } from 'node:crypto';
import * as OpenCC from 'opencc-js/t2cn';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { T2S_SHARD_COUNT, t2sShardOf } from '../t2s-shard.ts';

export const openccT2cn = OpenCC.Converter({ from: 't', to: 'cn' });

export function traditionalCharsFromOpenCC(): string {
  let chars = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    if (openccT2cn(char) !== char) chars += char;
  }
  return chars;
}

/** OpenCC's t → cn conversion table: source → replacement (a phrase wins over a character with the same source, as in OpenCC's own dictionary group). */
function t2sTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const dictionary of [TSCharacters, TSPhrases]) {
    for (const line of dictionary.split('|')) {
      const [source, replacement] = line.split(' ');
      table.set(source!, replacement!);
    }
  }
  return table;
}

/**
 * The characters of the Basic Multilingual Plane other than `traditionalChars` that an entry of
 * the t → cn table starts with (一 of 一目瞭然). A query needs the shards of these, of its
 * Traditional characters and of any character beyond the BMP (rare, and 4 bytes each to list).
 */
export function t2sEntryStartsFromOpenCC(traditionalChars: string): string {
  const traditional = new Set(traditionalChars);
  const starts = new Set([...t2sTable().keys()].map((source) => String.fromCodePoint(source.codePointAt(0)!)));
  return [...starts].filter((char) => !traditional.has(char) && char.codePointAt(0)! <= 0xffff).sort().join('');
}

/** The t → cn table as `source replacement|…` strings, one per shard of the sources' first characters. */
export function t2sShardsFromOpenCC(): string[] {
  const shards: string[][] = Array.from({ length: T2S_SHARD_COUNT }, () => []);
  for (const [source, replacement] of t2sTable()) shards[t2sShardOf(source)]!.push(`${source} ${replacement}`);
  return shards.map((lines) => lines.join('|'));
}

/** The version the shards are published under: a hash of their contents. */
export function t2sVersionOf(shards: readonly string[]): string {
  return createHash('sha256').update(shards.join('\n')).digest('hex').slice(0, 10);
}
