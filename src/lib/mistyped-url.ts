// What the 404 page does with an address that is almost one of ours. Trainers' handouts and
// WeChat messages bring addresses with the sentence's punctuation glued on (…/cases/x/。), a line
// break typed as a space, full-width letters from an input method, a cut-off end or a typo.
import { distance } from 'fastest-levenshtein';
import { caseUrl, courseUrl, tagUrl } from './urls.ts';

/** Every path of the site is ASCII: the first other character ends what the reader meant. */
const PATH_CHARACTERS = /^[A-Za-z0-9/_.~-]*/;

/**
 * The path the reader most likely meant: decoded, full-width letters made half-width, spaces
 * removed, cut at the first character no path of ours has, trailing dots dropped, lower case, and a
 * slash after a last part that has no file extension. Unchanged paths come back as they are.
 */
export function repairedPath(pathname: string): string {
  let text: string;
  try {
    text = decodeURIComponent(pathname);
  } catch {
    text = pathname;
  }
  text = text.normalize('NFKC').replace(/\s+/g, '');
  let path = (PATH_CHARACTERS.exec(text)?.[0] ?? '').replace(/\.+$/, '').replace(/\/{2,}/g, '/').toLowerCase();
  if (!path.startsWith('/')) path = `/${path}`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last && !last.includes('.')) path += '/';
  return path;
}

/** The slug a /cases/… path names, if it names one. */
export function caseSlugOf(path: string): string | undefined {
  return /^\/cases\/([a-z0-9-]+)/.exec(path)?.[1]?.replace(/^-+|-+$/g, '') || undefined;
}

/** The family and name a /tags/… or /courses/… path names: pages trainers link on slides as cases. */
export function namedPageOf(path: string): { family: 'tags' | 'courses'; typed: string } | undefined {
  const match = /^\/(tags|courses)\/([a-z0-9-]+)/.exec(path);
  const typed = match?.[2]?.replace(/^-+|-+$/g, '');
  return match && typed ? { family: match[1] as 'tags' | 'courses', typed } : undefined;
}

/**
 * The topics and courses, as the 404 page carries them for namedPageOf (a few dozen: written into
 * the page, where the cases, thousands, are in shards): `tags/<id>=name|courses/<slug>=title`.
 */
export function encodeNamedPages(pages: { family: 'tags' | 'courses'; slug: string; title: string }[]): string {
  return pages.map(({ family, slug, title }) => `${family}/${slug}=${title.replace(/\|/g, '｜')}`).join('|');
}

/** encodeNamedPages read back, for one family, as entries nearestCases ranks. */
export function decodeNamedPages(value: string | null | undefined, family: 'tags' | 'courses'): SlugEntry[] {
  return (value ?? '').split('|').flatMap((item) => {
    const match = /^(tags|courses)\/([a-z0-9-]+)=(.+)$/.exec(item);
    if (!match || match[1] !== family) return [];
    return [{ slug: match[2]!, title: match[3]!, url: family === 'tags' ? tagUrl(match[2]!) : courseUrl(match[2]!) }];
  });
}

/** The number a /c/… short link names, if it names one. */
export function caseNumberOf(path: string): number | undefined {
  const digits = /^\/c\/(\d{1,9})\/?$/.exec(path)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** The page of the catalog of all cases (/cases/2/) an address names, if it names one. */
export function catalogPageOf(path: string): number | undefined {
  const digits = /^\/cases\/(\d{1,9})\/?$/.exec(path)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/**
 * What the 404 page says of a page of the catalog that is not there (/cases/12/ while it has one
 * page): how many pages there are, and, when a case has that number (within `numbers`, the lowest
 * and highest), its short link — a reader who typed /cases/12/ most likely meant case 12. Not sent
 * there by itself: once the library has twelve pages, /cases/12/ is the catalog's.
 */
export function catalogPageNote(page: number, pageCount: number, numbers: readonly [number, number] | undefined): { text: string; caseUrl?: string } {
  // The catalog's first page is /cases/ itself, never /cases/1/.
  const text = page === 1 ? '“全部案例”的第 1 页就是 /cases/。' : `“全部案例”共 ${pageCount} 页，没有第 ${page} 页。`;
  return numbers && page >= numbers[0] && page <= numbers[1] ? { text, caseUrl: `/c/${page}/` } : { text };
}

/**
 * What the 404 page of a short link to a number that is no case says about the numbers there are
 * (the reader may have mistyped one from a handout): 第 1 至 23 号, or the span when some are not cases.
 */
export function caseNumbersText(numbers: readonly number[]): string {
  if (!numbers.length) return '';
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const [first, last] = [sorted[0]!, sorted[sorted.length - 1]!];
  if (first === last) return `现有案例只有第 ${first} 号。`;
  return sorted.length === last - first + 1 ? `现有案例是第 ${first} 至 ${last} 号。` : `现有案例的编号在 ${first} 到 ${last} 之间（中间有空号）。`;
}

/** Slugs are published in files by their first character, so a 404 page loads only one. */
export const SLUG_SHARD_KEYS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
export const slugShardUrl = (key: string): string => `/api/slugs/${key}.json`;
export const slugShardKey = (slug: string): string | undefined => (SLUG_SHARD_KEYS.includes(slug[0] ?? '') ? slug[0] : undefined);

/**
 * A second set of files for an address whose first word is left out (jiujiang-leitaisai for
 * wuhu-jiujiang-shuji-leitaisai): /api/slugs/words/<character>.json lists the slugs with a later
 * word starting with that character (other than their own first one, whose file has them). The
 * 404 page asks for it only when the file of the address's first character offers nothing.
 */
export const laterWordKeys = (slug: string): string[] =>
  [...new Set(slug.split('-').slice(1).map((word) => word[0] ?? ''))].filter((key) => SLUG_SHARD_KEYS.includes(key) && key !== slug[0]);
export const laterWordShardUrl = (key: string): string => `/api/slugs/words/${key}.json`;

/**
 * The slug files a 404 page reads, a step at a time until one offers a near case: the file of the
 * address's first character; for an address of several words, then the slugs with a later word
 * starting with it (its first word left out, or the words in another order); then both files of
 * its second word's first character (a typo in the very first letter: fatong-xiaoqu-zhibu).
 */
export function slugShardSteps(typed: string): string[][] {
  const first = slugShardKey(typed);
  if (!first) return [];
  const steps = [[slugShardUrl(first)]];
  const words = wordsOf(typed);
  if (words.length < 2) return steps;
  steps.push([laterWordShardUrl(first)]);
  const second = slugShardKey(words[1]!);
  if (second && second !== first) steps.push([slugShardUrl(second), laterWordShardUrl(second)]);
  return steps;
}

/** One published slug: a case's own or an old one (`aliases`) that now leads to `url`. */
export interface SlugEntry {
  slug: string;
  url: string;
  title: string;
}

/** The shard file's form: [slug, title] for a case's own slug, [slug, title, current slug] for an old one. */
export type SlugShard = [string, string] | [string, string, string];

/**
 * Every key's file: the entries whose slug `keysOf` files under it. Each key gets a file, empty or
 * not: a 404 page asking for one must not meet a second 404.
 */
export function slugShardFiles(entries: { slug: string; title: string; current?: string }[], keysOf: (slug: string) => readonly (string | undefined)[]): { key: string; rows: SlugShard[] }[] {
  return SLUG_SHARD_KEYS.map((key) => ({ key, rows: encodeSlugShard(entries.filter((entry) => keysOf(entry.slug).includes(key))) }));
}

export function encodeSlugShard(entries: { slug: string; title: string; current?: string }[]): SlugShard[] {
  return entries.map(({ slug, title, current }) => (current ? [slug, title, current] : [slug, title]));
}

export function decodeSlugShard(rows: SlugShard[]): SlugEntry[] {
  return rows.map(([slug, title, current]) => ({ slug, title, url: caseUrl(current ?? slug) }));
}

const withoutHyphens = (text: string): string => text.replace(/-/g, '');
const wordsOf = (slug: string): string[] => slug.split('-').filter(Boolean);

/** Two pinyin words the same but for typos: one for every 6 letters (none in a short word). */
const sameWord = (a: string, b: string): boolean => distance(a, b) <= Math.floor(Math.max(a.length, b.length) / 6);

/**
 * The typos of `part`'s words if each is a different one of `whole`'s words, plus one if they are
 * not in its order (zhibu-datong); else undefined.
 */
function wordTypos(part: string[], whole: string[]): number | undefined {
  const used = new Set<number>();
  let typos = 0;
  let reordered = false;
  let last = -1;
  for (const word of part) {
    const unused = (candidate: string, i: number): boolean => !used.has(i) && sameWord(word, candidate);
    let at = whole.findIndex((candidate, i) => i > last && unused(candidate, i));
    if (at < 0) {
      at = whole.findIndex(unused);
      reordered = true;
    }
    if (at < 0) return undefined;
    used.add(at);
    typos += distance(word, whole[at]!);
    last = at;
  }
  return typos + (reordered ? 1 : 0);
}

/**
 * How far `typed` is from `slug`, or undefined when too far to suggest. The nearest of three
 * readings: a cut-off address (the slug's start, at least 6 characters of it, with at most one
 * typo in every 10) counts only its typos, not what was cut off; an address with words left out,
 * added or in another order (datong-zhibu, zhibu-datong-xiaoqu for datong-xiaoqu-zhibu: at least
 * two words, all of the shorter one's among the longer one's) counts the words left out, the
 * typos and one for another order; otherwise the edit distance, hyphens ignored, up to one edit
 * for every 8 characters (at least 2).
 */
export function slugDistance(typed: string, slug: string): number | undefined {
  const readings: number[] = [];
  const a = withoutHyphens(typed);
  const b = withoutHyphens(slug);
  if (a.length >= 6 && a.length < b.length) {
    const typos = distance(a, b.slice(0, a.length));
    if (typos <= Math.floor(a.length / 10)) readings.push(typos);
  }
  const typedWords = wordsOf(typed);
  const slugWords = wordsOf(slug);
  if (Math.min(typedWords.length, slugWords.length) >= 2) {
    const [part, whole] = typedWords.length < slugWords.length ? [typedWords, slugWords] : [slugWords, typedWords];
    const typos = wordTypos(part, whole);
    if (typos !== undefined) readings.push(typos + whole.length - part.length);
  }
  const edits = distance(a, b);
  if (edits <= Math.max(2, Math.floor(b.length / 8))) readings.push(edits);
  return readings.length ? Math.min(...readings) : undefined;
}

/** The published slugs nearest to `typed`, nearest first, one per case. */
export function nearestCases(typed: string, entries: SlugEntry[], limit = 3): SlugEntry[] {
  const ranked = entries
    .map((entry) => ({ entry, away: slugDistance(typed, entry.slug) }))
    .filter((candidate): candidate is { entry: SlugEntry; away: number } => candidate.away !== undefined)
    .sort((x, y) => x.away - y.away || x.entry.slug.localeCompare(y.entry.slug));
  const seen = new Set<string>();
  const nearest: SlugEntry[] = [];
  for (const { entry } of ranked) {
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    nearest.push(entry);
    if (nearest.length === limit) break;
  }
  return nearest;
}
