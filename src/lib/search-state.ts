// The search page's state lives in the URL (/search/?q=…&tag=…), so that any search or
// browse view can be linked, bookmarked and pasted into course material.

export const FILTER_KEYS = ['province', 'tag', 'kind', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  page: number;
}

/** Longest query we act on; anything longer is cut, not rejected (pasted paragraphs). */
export const MAX_QUERY_LENGTH = 100;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters, [key]: next };
  if (next.length === 0) delete filters[key];
  return { ...state, filters, page: 1 };
}

/**
 * The ticked filters as the status line names them, so that a reader who arrives by a link
 * (/search/?year=2023) sees what the list is of without scrolling to the filters: values of one
 * group are alternatives (山西省或安徽省), groups narrow each other (山西省或安徽省，2023年).
 */
export function describeFilters(filters: SearchState['filters']): string {
  return FILTER_KEYS.filter((key) => filters[key]?.length)
    .map((key) => filters[key]!.map((value) => (key === 'year' ? `${value}年` : value)).join('或'))
    .join('，');
}

export function hasActiveFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}
