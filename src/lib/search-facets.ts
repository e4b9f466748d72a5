// The search page's filters (province, tag, kind, year) and their counts, worked out in the
// browser from one small table instead of Pagefind's filter index.
//
// Why: once Pagefind's filter index is loaded, every search counts each filter value over its
// results inside the wasm — at 5,000 entries that doubled or tripled the time of a warm search
// (党建: 102 → 242 ms), and the counts described only the query as typed, not the synonym results
// shown beside it. With the table, a search is only a search; counting the results on screen is a
// loop over their ids (under a millisecond for 5,000), and the counts always match the list.
//
// The table (dist/pagefind/facets.json) is written after Pagefind's files, from its fragments, so
// its page ids are the ids Pagefind's results carry (src/lib/build/search-index.ts).
import { FILTER_KEYS, type FilterKey } from './search-state.ts';

export interface FacetTable {
  /** Every filter value once, as [key, value]. */
  values: [FilterKey, string][];
  /** Pagefind page id → indexes into `values`. */
  pages: Record<string, number[]>;
}

export type FacetCounts = Record<FilterKey, Record<string, number>>;
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

const FILTER_KEY_SET: ReadonlySet<string> = new Set(FILTER_KEYS);

/** Builds the table from each indexed page's id and filters (as Pagefind stores them). */
export function buildFacetTable(pages: Iterable<{ id: string; filters: Record<string, string[]> }>): FacetTable {
  const values: [FilterKey, string][] = [];
  const indexOf = new Map<string, number>();
  const table: FacetTable = { values, pages: {} };
  for (const page of pages) {
    const own: number[] = [];
    for (const key of FILTER_KEYS) {
      for (const value of page.filters[key] ?? []) {
        const name = `${key}\u0000${value}`;
        let index = indexOf.get(name);
        if (index === undefined) {
          index = values.length;
          values.push([key, value]);
          indexOf.set(name, index);
        }
        own.push(index);
      }
    }
    table.pages[page.id] = own;
  }
  return table;
}

/** Whether a parsed JSON value is a facet table (the page reads it from the network). */
export function isFacetTable(value: unknown): value is FacetTable {
  if (!value || typeof value !== 'object') return false;
  const { values, pages } = value as Partial<FacetTable>;
  return (
    Array.isArray(values) &&
    values.every((entry) => Array.isArray(entry) && FILTER_KEY_SET.has(entry[0]) && typeof entry[1] === 'string') &&
    !!pages &&
    typeof pages === 'object' &&
    Object.values(pages).every((own) => Array.isArray(own) && own.every((index) => Number.isInteger(index) && index >= 0 && index < values.length))
  );
}

function emptyCounts(): FacetCounts {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as FacetCounts;
}

/** How many of these pages have each filter value; values on none of them are left out. */
export function countFacets(table: FacetTable, pageIds: Iterable<string>): FacetCounts {
  const perValue = new Array<number>(table.values.length).fill(0);
  for (const id of pageIds) for (const index of table.pages[id] ?? []) perValue[index]! += 1;
  const counts = emptyCounts();
  perValue.forEach((count, index) => {
    if (count === 0) return;
    const [key, value] = table.values[index]!;
    counts[key][value] = count;
  });
  return counts;
}

/** Counts over every indexed page: what the page shows before any search. */
export function totalFacets(table: FacetTable): FacetCounts {
  return countFacets(table, Object.keys(table.pages));
}

/**
 * The counts the filter panel shows for these results (the search's, before filtering): each key's
 * values counted over the results that pass the selections of the other keys. So ticking 安徽省
 * still shows how many results 山西省 would add (values within a key are alternatives), while the
 * other keys' counts narrow to 安徽省's results.
 */
export function filterPanelCounts(table: FacetTable, pageIds: readonly string[], selected: SelectedFilters): FacetCounts {
  const counts = emptyCounts();
  for (const key of FILTER_KEYS) {
    const others: SelectedFilters = { ...selected, [key]: [] };
    counts[key] = countFacets(
      table,
      pageIds.filter((id) => matchesFilters(table, id, others)),
    )[key];
  }
  return counts;
}

/**
 * Whether a page passes the selected filters: any of the values selected within a key, every key
 * that has a selection. A page the table does not know passes only when nothing is selected.
 */
export function matchesFilters(table: FacetTable, pageId: string, selected: SelectedFilters): boolean {
  const keys = FILTER_KEYS.filter((key) => (selected[key]?.length ?? 0) > 0);
  if (!keys.length) return true;
  const own = table.pages[pageId];
  if (!own) return false;
  return keys.every((key) => own.some((index) => table.values[index]![0] === key && selected[key]!.includes(table.values[index]![1])));
}
