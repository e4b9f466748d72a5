// What the reading list pages (/list/, /list/cards/) need beyond the ids in src/lib/reading-list.ts:
// the listed cases' records, found by slug, printed number or old slug, and the list as text.
// Used by the browser scripts, so it must stay free of Node and DOM APIs.
import { listCardsUrl, listUrl, parseListTitle } from './reading-list.ts';
import { caseCardUrl, caseNumberUrl, caseRecordUrl, caseUrl } from './urls.ts';

/** What the list's text names of each case. */
export interface ListTextItem {
  title: string;
  number: number;
  kind: 'case' | 'brief';
  region: { fullName: string };
  shortUrl: string;
}

/**
 * The list as plain text to paste into a WeChat group or a Word handout, where a link alone says
 * nothing: the title, then one numbered line per case (its title, place and number) with its
 * short link on the next, and last the list's own address.
 */
export function listAsText(title: string, cases: readonly ListTextItem[], listAddress: string): string {
  const lines = [parseListTitle(title) || '阅读清单'];
  cases.forEach((item, index) => {
    lines.push(`${index + 1}. ${item.title}（${item.region.fullName}，${item.kind === 'brief' ? '简讯' : '案例'}第 ${item.number} 号）`, `   ${item.shortUrl}`);
  });
  lines.push(`清单网址：${listAddress}`);
  return lines.join('\n');
}

/** What a case's reference needs: its record's citation (without the access date) and address. */
export interface ListReferenceItem {
  url: string;
  citation: { gbt7714: string };
}

/**
 * The list as a numbered GB/T 7714-2015 reference list ([1] [2] …), accessed on `accessed`
 * (YYYY-MM-DD, the reader's today): for the 参考文献 of a handout or a paper. Each line is the
 * citation a case page gives (src/lib/citation.ts, gbtCitation), from the case's record.
 */
export function listAsReferences(cases: readonly ListReferenceItem[], accessed: string): string {
  return cases.map((item, index) => `[${index + 1}] ${item.citation.gbt7714}[${accessed}]. ${item.url}.`).join('\n');
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
  return collect(ids, ids.map((id) => bySlug.get(id) ?? byNumber.get(id)));
}

/** The cases `matches` holds for `ids` (one each, undefined for none), each case once, and the ids with none. */
function collect<T extends ListableCase>(ids: readonly string[], matches: readonly (T | undefined)[]): { found: T[]; unknown: string[] } {
  const found: T[] = [];
  const unknown: string[] = [];
  ids.forEach((id, index) => {
    const match = matches[index];
    if (!match) unknown.push(id);
    else if (!found.some((item) => item.slug === match.slug)) found.push(match);
  });
  return { found, unknown };
}

/** The case a static redirect page (/c/<number>/, an old slug's /cases/<old>/) leads to, by its meta refresh. */
export function redirectTarget(html: string): string | undefined {
  return /<meta[^>]*http-equiv="refresh"[^>]*content="[^"]*url=\/cases\/([a-z0-9]+(?:-[a-z0-9]+)*)\/"/i.exec(html)?.[1];
}

/** A file's text, or undefined when the site has no such file (404); throws when the network fails. */
export type FetchText = (url: string) => Promise<string | undefined>;

/**
 * Loads the records of the cases a list names, each from its own small file rather than the whole
 * library's /api/cases.json (megabytes at tens of thousands of entries). A slug's record is
 * /api/cases/<slug>.json; a case number, or a slug the case had before it was renamed, is looked up
 * through the redirect page the site already has for it (/c/<number>/, /cases/<old slug>/).
 */
export async function loadListedCases<T extends ListableCase>(ids: readonly string[], fetchText: FetchText): Promise<{ found: T[]; unknown: string[] }> {
  const record = async (slug: string): Promise<T | undefined> => {
    const text = await fetchText(caseRecordUrl(slug));
    if (text === undefined) return undefined;
    try {
      const parsed = JSON.parse(text) as T;
      return parsed.slug === slug ? parsed : undefined;
    } catch {
      return undefined; // a host that answers a missing file with some page of its own
    }
  };
  const viaRedirect = async (url: string, id: string): Promise<T | undefined> => {
    const html = await fetchText(url);
    const slug = html === undefined ? undefined : redirectTarget(html);
    return slug && slug !== id ? record(slug) : undefined;
  };
  const load = async (id: string): Promise<T | undefined> => {
    if (/^\d+$/.test(id)) return (await viaRedirect(caseNumberUrl(Number(id)), id)) ?? record(id);
    return (await record(id)) ?? viaRedirect(caseUrl(id), id);
  };
  return collect(ids, await Promise.all(ids.map(load)));
}

/**
 * What 离线保存 keeps for the cases of a list or a course to open without a network: the pages
 * that show them (`pages`: the list page and its cards page, kept by path — the ids are read from
 * the address; or a course page and its cards page), and for each case what those pages fetch —
 * its record, its short link (a list by numbers, as in the QR code), its card — and its page.
 */
export function addressesForOffline(pages: readonly string[], cases: readonly ListableCase[]): string[] {
  return [...pages, ...cases.flatMap(({ slug, number }) => [caseUrl(slug), caseRecordUrl(slug), caseNumberUrl(number), caseCardUrl(slug)])];
}

/** The list pages 离线保存 keeps with a list's cases (addressesForOffline). */
export const LIST_PAGES_FOR_OFFLINE: readonly string[] = [listUrl([]), listCardsUrl([])];

/** The lists and courses saved with 离线保存 on this device, for the offline page to link (newest first). */
export const SAVED_LISTS_KEY = 'anliku-offline-lists';
export const SAVED_LISTS_MAX = 10;
/** What a saved entry may link: a list of this site, or one of its courses. */
const SAVED_ADDRESS = /^\/(?:list\/\?|courses\/[\w-]+\/$)/;

export interface SavedList {
  /** The list's address on this site (/list/?ids=…&title=…), or a course's (/courses/<slug>/). */
  address: string;
  title: string;
  count: number;
}

/** The saved lists from storage; anything that is not one of ours (another page's value, an edited one) is left out. */
export function parseSavedLists(stored: string | null | undefined): SavedList[] {
  let value: unknown;
  try {
    value = JSON.parse(stored ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is SavedList => typeof item?.address === 'string' && SAVED_ADDRESS.test(item.address) && typeof item.title === 'string' && Number.isInteger(item.count) && item.count > 0)
    .map(({ address, title, count }) => ({ address, title: parseListTitle(title), count }))
    .slice(0, SAVED_LISTS_MAX);
}

/** The saved lists with `saved` first, once, the oldest dropped beyond SAVED_LISTS_MAX. */
export function withSavedList(lists: readonly SavedList[], saved: SavedList): SavedList[] {
  return [saved, ...lists.filter((list) => list.address !== saved.address)].slice(0, SAVED_LISTS_MAX);
}
