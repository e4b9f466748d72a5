// Links from a search to the region or topic page it names: a reader who types 大同 or 红色物业
// gets, above the results, 地区：山西省大同市 and 主题：红色物业 — the pages that list every case of
// that place or topic (by 市 and 区县, with the topic's description), not only those whose text has
// the word.
//
// Places are worked out from the results on the first screen, whose Pagefind records carry their
// region's levels (src/components/SearchIndexMeta.astro): the search page downloads no list of
// regions (thousands of 区县 at 20,000 entries), and a place shows only where a result is in it.
// The topics, a few dozen, are listed on the search page itself (TOPICS_ATTRIBUTE). And a query
// that asks for a case by the number a handout prints (案例 17) links to its short link.
import { regionNamesTyped } from './region-names.ts';
import { caseNumberUrl, regionUrl, tagUrl } from './urls.ts';

/** The Pagefind meta key of a case's region levels. */
export const PLACES_META = 'places';
/** The search form's attribute that lists the topics with cases, as topicsAttribute writes them. */
export const TOPICS_ATTRIBUTE = 'data-topics';
/** The search form's attribute that gives the highest case number. */
export const HIGHEST_NUMBER_ATTRIBUTE = 'data-highest-number';

interface Named {
  /** A region's code or a topic's id. */
  id: string;
  name: string;
}

export interface SearchShortcut {
  kind: 'region' | 'topic' | 'case';
  href: string;
  /** 山西省大同市 (every level), 红色物业, 第 17 号案例. */
  label: string;
}

const encode = (items: readonly Named[]): string => items.map(({ id, name }) => `${id}=${name}`).join('|');

function decode(value: string | undefined): Named[] {
  if (!value) return [];
  return value.split('|').flatMap((item) => {
    const at = item.indexOf('=');
    return at > 0 && at < item.length - 1 ? [{ id: item.slice(0, at), name: item.slice(at + 1) }] : [];
  });
}

/** A case's region levels, province first, as its record's `places` meta. */
export const placesMeta = (path: readonly { code: string; name: string }[]): string => encode(path.map(({ code, name }) => ({ id: code, name })));

/** The topics as the search form's TOPICS_ATTRIBUTE. */
export const topicsAttribute = (tags: readonly { id: string; name: string }[]): string => encode(tags);

/** TOPICS_ATTRIBUTE read back: each topic's id by its name. */
export const readTopics = (value: string | null | undefined): Map<string, string> => new Map(decode(value ?? undefined).map(({ id, name }) => [name, id]));

/** A result's region with every level (内蒙古自治区巴彦淖尔市乌拉特中旗), from its record's `places` meta. */
export const regionOfRecord = (meta: Record<string, string | undefined>): string | undefined =>
  decode(meta[PLACES_META])
    .map((part) => part.name)
    .join('') || undefined;

/** The most of each kind: a query names one place or two (大同 鸠江), seldom more. */
const MOST_PER_KIND = 2;

/**
 * The region and topic pages that `texts` (the query and its variants, as searched: Simplified,
 * synonyms spelled out) name: regions among those of `results` (their Pagefind meta), in the order
 * of the results; topics among `topics` (name → id), in their order. A region is named
 * by its name, its name without 省/市/区… (大同, 内蒙古) of two characters or more, or its
 * abbreviation (科左中旗); of a case's
 * levels the lowest named counts (山西大同 → 大同市). A topic is named by its name whole.
 */
export function searchShortcuts(texts: readonly string[], results: readonly Record<string, string | undefined>[], topics: ReadonlyMap<string, string>): SearchShortcut[] {
  const named = (name: string): boolean => texts.some((text) => text.includes(name));
  const regions = new Map<string, SearchShortcut>();
  for (const meta of results) {
    const path = decode(meta[PLACES_META]);
    let lowest = path.length - 1; // not findLastIndex: newer than the browser floor (src/config/browsers.ts)
    while (lowest >= 0 && !regionNamesTyped(path[lowest]!.name).some(named)) lowest -= 1;
    if (lowest < 0 || regions.size === MOST_PER_KIND) continue;
    const { id } = path[lowest]!;
    regions.set(id, { kind: 'region', href: regionUrl(id), label: path.slice(0, lowest + 1).map((part) => part.name).join('') });
  }
  const topicLinks = [...topics]
    .filter(([name]) => named(name))
    .slice(0, MOST_PER_KIND)
    .map(([name, id]): SearchShortcut => ({ kind: 'topic', href: tagUrl(id), label: name }));
  return [...regions.values(), ...topicLinks];
}

/** 第17号, 案例 17, 17号, 编号17, No.17, or a bare number of up to three digits. */
const CASE_NUMBER = /^(第|案例|编号|no\.?)?\s*(\d{1,6})\s*(号(?:案例)?)?$/iu;

/**
 * The short link of the case a query asks for by its number, as handouts and slides print it
 * (案例 17, 第17号): a reader types what the handout says. A bare number counts only up to three
 * digits (12345 and 2019 are searched for as numbers in the text), and none above `highest`.
 * A number no case has (one deleted) leads to /c/<n>/, whose 404 page says so.
 */
export function caseNumberShortcut(query: string, highest: number): SearchShortcut | undefined {
  const match = CASE_NUMBER.exec(query.normalize('NFKC').trim());
  if (!match) return undefined;
  const [, before, digits, after] = match;
  const number = Number(digits);
  if ((!before && !after && digits!.length > 3) || number < 1 || number > highest) return undefined;
  return { kind: 'case', href: caseNumberUrl(number), label: `第 ${number} 号案例` };
}
