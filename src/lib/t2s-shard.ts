// Which shard of the Traditional → Simplified dictionary holds the entries that start with a
// character: shared by the generator (Node) and the converter the search page loads.
export const T2S_SHARD_COUNT = 32;

export function t2sShardOf(text: string): number {
  return text.codePointAt(0)! % T2S_SHARD_COUNT;
}
