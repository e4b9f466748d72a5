// Where the shards of the Traditional → Simplified dictionary are: shared by the generator
// (scripts/generate-opencc-data.ts) and the search page (src/lib/t2s.ts). Each shard holds the
// entries whose source starts with a character of its number (code point modulo the count).
export const T2S_SHARD_COUNT = 32;

export function t2sShardOf(text: string): number {
  return text.codePointAt(0)! % T2S_SHARD_COUNT;
}

/**
 * A shard's file under public/ and its URL path: in a folder named by the dictionary's version (a
 * hash of its contents), so that a new opencc-js never meets an old shard in a reader's cache.
 */
export function t2sShardFile(version: string, index: number): string {
  return `t2s/${version}/${String(index).padStart(2, '0')}.txt`;
}
