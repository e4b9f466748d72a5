// The search page's filters (province, tag, kind, year) and their counts, worked out in the
// browser from one small table instead of Pagefind's filter index.
//
// Why: once Pagefind's filter index is loaded, every search counts each filter value over its
// results inside the wasm — at 5,000 entries that doubled or tripled the time of a warm search
// (党建: 102 → 242 ms), and the counts described only the query as typed, not the synonym results
// shown beside it. With the table, a search is only a search; counting the results on screen is a
// loop over their ids (a few milliseconds for 5,000), and the counts always match the list.
//
// The table (dist/pagefind/facets.<hash>.json, FacetFile) is written after Pagefind's files, from
// its fragments, so its page ids are the ids Pagefind's results carry (src/lib/build/search-index.ts).
// Named by its contents and cached for a year: a returning reader does not download it again, and the
// search boxes elsewhere prefetch it. The index step writes its name into the search page (a <meta>,
// FACET_TABLE_META). Not preloaded with the page: on a slow line it then took bandwidth from
// Pagefind's metadata and wasm, which the first results wait for first (60–100 ms later).
import { FILTER_KEYS, type FilterKey } from './search-state.ts';

/** The table's file, beside Pagefind's in dist/pagefind/, by its hash. */
export const facetTableFile = (hash: string): string => `facets.${hash}.json`;
/** The name of any table written by facetTableFile. */
export const FACET_TABLE_NAME = /^facets\.[0-9a-f]{10}\.json$/;
/** The name of the search page's <meta> whose content is the table's URL. */
export const FACET_TABLE_META = 'search-facets';

export interface FacetTable {
  /** Every filter value once, as [key, value]. */
  values: [FilterKey, string][];
  /** Pagefind page id → indexes into `values`. */
  pages: Record<string, number[]>;
}

export type FacetCounts = Record<FilterKey, Record<string, number>>;
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

/**
 * Builds the table from each indexed page's id and filters (as Pagefind stores them). Values are
 * listed key by key (FILTER_KEYS order), each key's in order of first appearance.
 */
export function buildFacetTable(pages: Iterable<{ id: string; filters: Record<string, string[]> }>): FacetTable {
  const perKey = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Map<string, number>()])) as Record<FilterKey, Map<string, number>>;
  const listed: { id: string; own: [FilterKey, number][] }[] = [];
  for (const page of pages) {
    const own: [FilterKey, number][] = [];
    for (const key of FILTER_KEYS) {
      for (const value of page.filters[key] ?? []) {
        const known = perKey[key];
        if (!known.has(value)) known.set(value, known.size);
        own.push([key, known.get(value)!]);
      }
    }
    listed.push({ id: page.id, own });
  }
  const values: [FilterKey, string][] = [];
  const offset = {} as Record<FilterKey, number>;
  for (const key of FILTER_KEYS) {
    offset[key] = values.length;
    for (const value of perKey[key].keys()) values.push([key, value]);
  }
  return { values, pages: Object.fromEntries(listed.map(({ id, own }) => [id, own.map(([key, index]) => offset[key] + index)])) };
}

/**
 * The table as written to facets.json, for size (it is downloaded by searches that filter, browse
 * or name a province, and after the first results of the others): per filter key one string of
 * each page's values (indexes into that key's list, base 36, joined by '.'; pages separated by
 * ','), pages in the order of the ids. Pagefind's page ids are a language prefix and a hexadecimal
 * hash, nearly all of one length (en_3c08e7a): those are written in ascending order as base-36
 * differences, a third of the bytes of the ids as written, and the few others after them. At
 * 5,000 synthetic entries the file is 33 KB gzip against 48 KB for the table as JSON objects.
 */
export interface FacetFile {
  /** Comma-separated: the ids as they are, or with `hex` the base-36 differences of their hashes. */
  ids: string;
  hex?: { prefix: string; digits: number };
  /**
   * With `hex`, the ids not of its form, as they are (comma-separated), after those of `ids`:
   * Pagefind lengthens the hash of a page whose hash another page already has (one in 20,000
   * synthetic entries), and that one id would otherwise have the whole list written as it is.
   */
  others?: string;
  values: Record<FilterKey, string[]>;
  columns: Record<FilterKey, string>;
}

const HEX_ID = /^([a-z]+_)([0-9a-f]{1,12})$/;

/** The ids in file order, and how they are written. */
function encodeIds(ids: string[]): { order: string[]; ids: string; hex?: FacetFile['hex']; others?: string } {
  const formOf = (id: string): string | undefined => {
    const match = HEX_ID.exec(id);
    return match ? `${match[1]}${match[2]!.length}` : undefined;
  };
  const tally = new Map<string, number>();
  for (const id of ids) {
    const form = formOf(id);
    if (form) tally.set(form, (tally.get(form) ?? 0) + 1);
  }
  const common = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!common) return { order: ids, ids: ids.join(',') };
  const regular = ids.filter((id) => formOf(id) === common).sort();
  const others = ids.filter((id) => formOf(id) !== common).sort();
  const [, prefix, hash] = HEX_ID.exec(regular[0]!)!;
  let previous = 0;
  const deltas = regular.map((id) => {
    const value = Number.parseInt(HEX_ID.exec(id)![2]!, 16);
    const delta = value - previous;
    previous = value;
    return delta.toString(36);
  });
  return { order: [...regular, ...others], ids: deltas.join(','), hex: { prefix: prefix!, digits: hash!.length }, ...(others.length && { others: others.join(',') }) };
}

function decodeIds(file: Pick<FacetFile, 'ids' | 'hex' | 'others'>): string[] | undefined {
  const cells = file.ids ? file.ids.split(',') : [];
  if (!file.hex) return cells;
  const { prefix, digits } = file.hex;
  if (typeof prefix !== 'string' || !Number.isInteger(digits) || (file.others !== undefined && typeof file.others !== 'string')) return undefined;
  let value = 0;
  const regular = cells.map((cell) => {
    value += Number.parseInt(cell, 36);
    return `${prefix}${value.toString(16).padStart(digits, '0')}`;
  });
  return [...regular, ...(file.others ? file.others.split(',') : [])];
}

export function encodeFacetTable(table: FacetTable): FacetFile {
  const { order, ids, hex, others } = encodeIds(Object.keys(table.pages));
  const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, [] as string[]])) as Record<FilterKey, string[]>;
  const position = table.values.map(([key, value]) => values[key].push(value) - 1);
  const columns = Object.fromEntries(
    FILTER_KEYS.map((key) => [
      key,
      order
        .map((id) =>
          table.pages[id]!.filter((index) => table.values[index]![0] === key)
            .map((index) => position[index]!)
            // In ascending order: a page's values are a set, and sorted cells repeat more (the tag
            // column at 20,000 entries 15 % smaller in gzip).
            .sort((x, y) => x - y)
            .map((position) => position.toString(36))
            .join('.'),
        )
        .join(','),
    ]),
  ) as Record<FilterKey, string>;
  return { ids, ...(hex && { hex }), ...(others && { others }), values, columns };
}

/** The table of a facets.json (parsed), or undefined when it is not one. */
export function decodeFacetFile(file: unknown): FacetTable | undefined {
  if (!file || typeof file !== 'object') return undefined;
  const { ids, hex, others, values, columns } = file as Partial<FacetFile>;
  if (typeof ids !== 'string' || !values || !columns) return undefined;
  const pageIds = decodeIds({ ids, hex, others });
  if (!pageIds) return undefined;
  const table: FacetTable = { values: [], pages: Object.fromEntries(pageIds.map((id) => [id, [] as number[]])) };
  for (const key of FILTER_KEYS) {
    const own = values[key];
    const column = columns[key];
    if (!Array.isArray(own) || !own.every((value) => typeof value === 'string') || typeof column !== 'string') return undefined;
    const offset = table.values.length;
    for (const value of own) table.values.push([key, value]);
    const cells = pageIds.length ? column.split(',') : [];
    if (cells.length !== pageIds.length) return undefined;
    for (let page = 0; page < cells.length; page++) {
      if (!cells[page]) continue;
      for (const code of cells[page]!.split('.')) {
        const index = Number.parseInt(code, 36);
        if (!(index >= 0 && index < own.length)) return undefined;
        table.pages[pageIds[page]!]!.push(offset + index);
      }
    }
  }
  return table;
}

function emptyCounts(): FacetCounts {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as FacetCounts;
}

/** Per-value tallies (indexes into `values`) as counts by key and value; zero tallies are left out. */
function countsOf(table: FacetTable, perValue: readonly number[]): FacetCounts {
  const counts = emptyCounts();
  perValue.forEach((count, index) => {
    if (count === 0) return;
    const [key, value] = table.values[index]!;
    counts[key][value] = count;
  });
  return counts;
}

/** How many of these pages have each filter value; values on none of them are left out. */
export function countFacets(table: FacetTable, pageIds: Iterable<string>): FacetCounts {
  const perValue = new Array<number>(table.values.length).fill(0);
  for (const id of pageIds) for (const index of table.pages[id] ?? []) perValue[index]! += 1;
  return countsOf(table, perValue);
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
  const active = activeKeys(selected);
  const perValue = new Array<number>(table.values.length).fill(0);
  // One pass: a page that meets every selection counts for all its values; one that misses only
  // key K's counts for its K values (it would be a result if K's selection included them).
  for (const id of pageIds) {
    const own = table.pages[id];
    if (!own) continue;
    const missed = active.filter((key) => !hasSelected(table, own, key, selected));
    if (missed.length > 1) continue;
    for (const index of own) if (!missed.length || table.values[index]![0] === missed[0]) perValue[index]! += 1;
  }
  return countsOf(table, perValue);
}

function activeKeys(selected: SelectedFilters): FilterKey[] {
  return FILTER_KEYS.filter((key) => (selected[key]?.length ?? 0) > 0);
}

/** Whether a page's values include one selected under `key`. */
function hasSelected(table: FacetTable, own: readonly number[], key: FilterKey, selected: SelectedFilters): boolean {
  return own.some((index) => table.values[index]![0] === key && selected[key]!.includes(table.values[index]![1]));
}

/**
 * Whether a page passes the selected filters: any of the values selected within a key, every key
 * that has a selection. A page the table does not know passes only when nothing is selected.
 */
export function matchesFilters(table: FacetTable, pageId: string, selected: SelectedFilters): boolean {
  const keys = activeKeys(selected);
  if (!keys.length) return true;
  const own = table.pages[pageId];
  if (!own) return false;
  return keys.every((key) => hasSelected(table, own, key, selected));
}

/**
 * The search page's form lists the library's provinces in this attribute (space-separated), so
 * that the page knows whether a query names one before it has the filter table.
 */
export const PROVINCES_ATTRIBUTE = 'data-provinces';

/** Whether `query` names one of `provinces` (吉林 names 吉林省); one character names none. */
export function namesProvince(provinces: readonly string[], query: string): boolean {
  return [...query].length >= 2 && provinces.some((name) => name.startsWith(query));
}

/**
 * Results with the pages of the province a query names (吉林, 内蒙古, 山西省) first, the order
 * otherwise kept. A reader who types a province wants its cases, and the pages' own ranking
 * cannot tell them from a page that mentions the name in passing (巴丹吉林沙漠 is in 内蒙古):
 * the name stands in the region line below a case's title and summary, where a passing mention
 * in the summary comes first. A query of one character names no province.
 */
export function provinceFirst<T extends { id: string }>(table: FacetTable, results: readonly T[], query: string): T[] {
  const named = new Set<number>();
  table.values.forEach(([key, value], index) => key === 'province' && namesProvince([value], query) && named.add(index));
  if (!named.size) return [...results];
  const inProvince = (result: T) => table.pages[result.id]?.some((index) => named.has(index)) ?? false;
  return [...results.filter(inProvince), ...results.filter((result) => !inProvince(result))];
}
