// Summaries of repeated measurements for `npm run bench`: on a shared two-core VM one run of the
// same query can take a third longer than the next, so each figure is measured several times.

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** “median（min–max）”, rounded to whole units, for a report cell. */
export function medianWithRange(values: readonly number[], unit: string): string {
  const round = (value: number) => Math.round(value).toLocaleString('en-US');
  if (values.length === 1) return `${round(values[0]!)} ${unit}`;
  return `${round(median(values))} ${unit}（${round(Math.min(...values))}–${round(Math.max(...values))}）`;
}
