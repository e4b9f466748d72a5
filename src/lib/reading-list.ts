// A reading list anyone can build without an account: the list is the URL (/list/?ids=a,b,c),
// so it can be pasted into course material; the page also remembers it in localStorage.
// Used by the browser scripts and the build alike, so it must stay free of Node and DOM APIs.
// Only what every case page's “加入清单” needs is here, since it loads with each case page; what
// only the list pages need (finding the listed cases, the list as text) is in listed-cases.ts.

export const READING_LIST_KEY = 'anliku-reading-list';
export const READING_LIST_TITLE_KEY = 'anliku-reading-list-title';
/** A list's title, as a trainer names it for a class (第三讲 阅读材料): one line, this many characters at most. */
export const LIST_TITLE_MAX = 40;
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

/**
 * A title from `?title=` or storage as one line of text: control characters and runs of spaces
 * become one space, and direction overrides are dropped (they could make the title read as
 * something else); cut at LIST_TITLE_MAX characters, never inside a character.
 */
export function parseListTitle(value: string | null | undefined): string {
  if (!value) return '';
  const line = value.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return [...line].slice(0, LIST_TITLE_MAX).join('').trim();
}

/** The list in an address's query: the ids, then the title if it has one; empty for neither. */
function listQuery(ids: readonly string[], title: string): string {
  const encoded = encodeIds(ids);
  const named = parseListTitle(title);
  const query = [encoded && `ids=${encoded}`, named && `title=${encodeURIComponent(named)}`].filter(Boolean).join('&');
  return query && `?${query}`;
}

/** The list's address. */
export const listUrl = (ids: readonly string[], title = ''): string => `/list/${listQuery(ids, title)}`;

/** The list's case cards, one A4 page each, in the list's order. */
export const listCardsUrl = (ids: readonly string[], title = ''): string => `/list/cards/${listQuery(ids, title)}`;

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
