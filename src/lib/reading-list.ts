// A reading list anyone can build without an account: the list is the URL (/list/?ids=a,b,c),
// so it can be pasted into course material; the page also remembers it in localStorage.
// Used by the browser scripts and the build alike, so it must stay free of Node and DOM APIs.

export const READING_LIST_KEY = 'anliku-reading-list';
/** Longer lists are cut: a URL with 60 slugs is still far below every browser's limit. */
export const READING_LIST_MAX = 60;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Ids from `?ids=` or from storage: comma (or Chinese comma / space) separated, order kept,
 * duplicates and anything that cannot be a slug or a case number dropped.
 */
export function parseIds(value: string | null | undefined): string[] {
  if (!value) return [];
  const seen = new Set<string>();
  for (const raw of value.split(/[,，、\s]+/)) {
    const id = raw.trim().toLowerCase();
    if (id && ID_PATTERN.test(id) && !seen.has(id)) seen.add(id);
    if (seen.size >= READING_LIST_MAX) break;
  }
  return [...seen];
}

/** Commas are left unescaped: slugs never contain one, and the URL stays readable when pasted. */
export function encodeIds(ids: readonly string[]): string {
  return parseIds(ids.join(',')).join(',');
}

export function listUrl(ids: readonly string[]): string {
  const encoded = encodeIds(ids);
  return encoded ? `/list/?ids=${encoded}` : '/list/';
}

export function addId(ids: readonly string[], id: string): string[] {
  return parseIds([...ids, id].join(','));
}

export function removeId(ids: readonly string[], id: string): string[] {
  return ids.filter((item) => item !== id);
}

/** Moves an id one place up (-1) or down (+1); out-of-range moves leave the list as it was. */
export function moveId(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export interface ListableCase {
  slug: string;
  number: number;
}

/**
 * The cases an id list names, in the list's order. An id is a slug or a case number (as printed
 * on handouts: “案例 17”); unknown ids are returned separately so the page can say so.
 */
export function resolveIds<T extends ListableCase>(ids: readonly string[], cases: readonly T[]): { found: T[]; unknown: string[] } {
  const bySlug = new Map(cases.map((item) => [item.slug, item]));
  const byNumber = new Map(cases.map((item) => [String(item.number), item]));
  const found: T[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const match = bySlug.get(id) ?? byNumber.get(id);
    if (!match) unknown.push(id);
    else if (!found.includes(match)) found.push(match);
  }
  return { found, unknown };
}
