// Counting for the “数说” overview: entries by province, tag and year, drawn as HTML/CSS bars
// at build time (no chart library reaches the reader).

export interface TallyRow {
  key: string;
  count: number;
  /** Bar length relative to the largest row in steps of 5 (5–100), so one entry stays visible. */
  percent: number;
}

export type TallyOrder = 'count' | 'key';

/**
 * Counts each distinct value. `count` order puts the largest first (ties by key, so the output
 * is stable between builds); `key` order is for years, read in time order.
 */
export function tally(values: readonly string[], order: TallyOrder = 'count'): TallyRow[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const max = Math.max(0, ...counts.values());
  const rows = [...counts].map(([key, count]) => ({ key, count, percent: Math.max(5, Math.round((count / max) * 20) * 5) }));
  return rows.sort((a, b) => (order === 'count' ? b.count - a.count : 0) || a.key.localeCompare(b.key, 'zh-Hans-CN'));
}
