// The search page: Pagefind's JS API behind a small UI of our own (results as you type, filter
// counts, paging, state in the URL). Pagefind's files are only fetched once this page runs.
import { FILTER_KEYS, type FilterKey, type SearchState, describeFilters, hasActiveFilters, parseSearchState, serializeSearchState, toggleFilter } from '../lib/search-state.ts';
import { type PagefindQuery, nestQuotes, neighbourPairs, prepareQuery, stripQuotes, wordsWhereIndexCuts } from '../lib/query.ts';
import { homophoneCorrection, loadHanReadings, mayBeMispicked } from '../lib/homophones.ts';
import { loadPinyinVocabulary } from '../lib/pinyin-query.ts';
import { OFFLINE_PAGE_URL, PAGEFIND_SCRIPT_ATTRIBUTE, PAGEFIND_SCRIPT_URL, REGION_INDEX_URL, TAG_INDEX_URL, caseSlugOfPath } from '../lib/urls.ts';
import { highlightRanges } from '../lib/highlight.ts';
import { escapeHtml } from '../lib/text/html.ts';
import { decodeTerm, excerptAsHtml, excerptCut, queryTerms, restoreIndexedText, trimExcerptEdges } from '../lib/search-tokens.ts';
import { caseExcerpt, caseZones, matchedPositions, pagesByTermCoverage, rankByFirstOccurrence, sectionsWithPhrase, type PageAnchor } from '../lib/phrase.ts';
import { HIGHEST_NUMBER_ATTRIBUTE, TOPICS_ATTRIBUTE, type SearchShortcut, caseNumberShortcut, readTopics, regionOfRecord, searchShortcuts } from '../lib/search-shortcuts.ts';
import { FACET_TABLE_META, PROVINCES_ATTRIBUTE, type FacetCounts, type FacetTable, decodeFacetFile, filterPanelCounts, matchesFilters, namesProvince, provinceFirst } from '../lib/search-facets.ts';
import { startListButtons } from './list-buttons.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: { element: string } }[];
  /** The page's indexed text and its anchors (word positions in it). */
  content: string;
  anchors: PageAnchor[];
  /** Word positions of the matched terms, as the excerpt marks them. */
  locations: number[];
}
interface PagefindResult {
  id: string;
  /** Pagefind's relevance of the page to the query. */
  score: number;
  /** Word positions of the matched terms on the page (from the index, no fragment needed). */
  words: number[];
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;
/** Words in an excerpt (a Han bigram is one word). */
const EXCERPT_LENGTH = 40;
/**
 * Results loaded and shown at once: more than the first screen holds on a phone or at 1,280 × 720.
 * The other results of the page are loaded when the reader scrolls to the last of these.
 */
const FIRST_SCREEN = 5;
const FILTER_LABELS: Record<FilterKey, string> = { province: '省份', tag: '主题', kind: '类型', year: '年份' };

/**
 * Keeps only Pagefind's own <mark> tags in an excerpt; everything else is shown as text. An
 * ellipsis says where the page goes on before or after it (`content`: the page's indexed text;
 * `blockStarts`: word positions where a case page's lead or text after its facts begins, which
 * an excerpt starting there cuts nothing off).
 */
function safeExcerpt(excerpt: string, content: string, blockStarts: number[]): string {
  const cut = excerptCut(excerpt, content, blockStarts);
  return `${cut.before ? '…' : ''}${trimExcerptEdges(restoreIndexedText(excerptAsHtml(excerpt)))}${cut.after ? '…' : ''}`;
}

/** A result's excerpt, shown safely: on a case page, from its own text rather than its title or facts (caseExcerpt). */
function resultExcerpt(data: PagefindResultData, phrase: string[] | undefined): string {
  const zones = caseZones(data.anchors);
  if (!zones) return safeExcerpt(data.excerpt, data.content, []);
  const own = caseExcerpt(data.excerpt, data.content, zones, matchedPositions(data.content, phrase, data.locations), EXCERPT_LENGTH);
  return safeExcerpt(own ?? data.excerpt, data.content, [zones.leadAt, zones.proseAt]);
}

/** Plain text of indexed text (section titles), highlights dropped. */
function plainIndexedText(text: string): string {
  return restoreIndexedText(escapeHtml(text)).replace(/<\/?mark>/g, '');
}

/** `text` as HTML with the searched words marked, as the page the result opens marks them. */
function markedText(text: string, terms: readonly string[]): string {
  let html = '';
  let from = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    html += `${escapeHtml(text.slice(from, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    from = end;
  }
  return html + escapeHtml(text.slice(from));
}

function withHighlight(url: string, terms: string[]): string {
  if (!terms.length) return url;
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(terms.join(' '))}${hash ? `#${hash}` : ''}`;
}

/**
 * When the filter table is tried again after a failed load while the results are shown (ms after
 * each failure); after the last, only once the browser is back online. A phone's connection that
 * dropped for a moment is usually back within seconds.
 */
const FACET_RETRY_MS = [1000, 3000, 9000] as const;

export function startSearchPage(doc: Document): void {
  doc.querySelector('[data-search-stalled]')?.remove();
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = doc.querySelector<HTMLElement>('[data-status]')!;
  const list = doc.querySelector<HTMLOListElement>('[data-results]')!;
  const more = doc.querySelector<HTMLButtonElement>('[data-more]')!;
  const filterBox = doc.querySelector<HTMLElement>('[data-filters]')!;
  const jumpLinks = [...doc.querySelectorAll<HTMLElement>('[data-jump]')];
  const shortcutLine = doc.querySelector<HTMLElement>('[data-shortcuts]')!;

  const link = (href: string, label: string): HTMLAnchorElement => Object.assign(doc.createElement('a'), { href, textContent: label });
  /** `text` followed by 或按地区、主题浏览。, the two a link to their index: where a search ends without results. */
  const orBrowse = (text: string): (string | Node)[] => [`${text}或按`, link(REGION_INDEX_URL, '地区'), '、', link(TAG_INDEX_URL, '主题'), '浏览。'];

  const listAnnouncer = doc.querySelector<HTMLElement>('[data-list-announcer]')!;
  const listButtons = startListButtons(doc, list, (message) => (listAnnouncer.textContent = message));

  let state: SearchState = parseSearchState(location.search);
  input.value = state.query;
  const provinces = (form.getAttribute(PROVINCES_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
  const topics = readTopics(form.getAttribute(TOPICS_ATTRIBUTE));
  const highestNumber = Number(form.getAttribute(HIGHEST_NUMBER_ATTRIBUTE)) || 0;
  let engine: Promise<Pagefind> | undefined;
  let latestRun = 0;

  // One shared promise: a keystroke during loading must not start a second Pagefind.
  const load = (): Promise<Pagefind> => {
    engine ??= (async () => {
      // By the name the index step gave it (the page's preload of it); `astro dev` has no index.
      const script = doc.querySelector(`link[${PAGEFIND_SCRIPT_ATTRIBUTE}]`)?.getAttribute('href') ?? PAGEFIND_SCRIPT_URL;
      const api = (await import(/* @vite-ignore */ script)) as Pagefind;
      await api.options({ excerptLength: EXCERPT_LENGTH, ranking: { termFrequency: 0.6, termSimilarity: 1.0 } });
      await api.init();
      // An empty search returns at once, but only when Pagefind's wasm and metadata are loaded:
      // so that the reader's first query does not wait for them.
      await api.search('');
      return api;
    })();
    engine.catch(() => (engine = undefined));
    return engine;
  };

  /** The library's word of the same sound as `text` (homophoneCorrection), or undefined, also when its tables fail to load. */
  const homophoneOf = async (text: string): Promise<string | undefined> => {
    if (!mayBeMispicked(text)) return undefined;
    try {
      const [readings, vocabulary] = await Promise.all([loadHanReadings(), loadPinyinVocabulary()]);
      return homophoneCorrection(text, readings, vocabulary);
    } catch {
      return undefined;
    }
  };

  // The filter table (src/lib/search-facets.ts; gzip 33 KB at 5,000 entries, 118 KB at 20,000)
  // is fetched once a search needs it, and only once.
  let facetTable: Promise<FacetTable> | undefined;
  /** Calls `again` once the browser is back online, unless a newer run has started by then. */
  const afterReconnect = (runId: number, again: () => void): void => {
    window.addEventListener('online', () => runId === latestRun && again(), { once: true });
  };
  /**
   * After a failed load of the filter table: tries again after FACET_RETRY_MS[attempt] or as soon
   * as the browser is back online, whichever comes first, while run `runId` is the latest.
   */
  const retryFacets = (runId: number, attempt: number, again: () => void): void => {
    const delay = FACET_RETRY_MS[attempt];
    if (delay === undefined) return afterReconnect(runId, again);
    let done = false;
    const once = (): void => {
      if (done || runId !== latestRun) return;
      done = true;
      again();
    };
    setTimeout(once, delay);
    window.addEventListener('online', once, { once: true });
  };
  let loadedFacets: FacetTable | undefined;
  const loadFacets = (): Promise<FacetTable> => {
    facetTable ??= (async () => {
      // Named by its contents, which the index step writes into the page.
      const url = doc.querySelector(`meta[name="${FACET_TABLE_META}"]`)?.getAttribute('content');
      const response = url ? await fetch(url) : undefined;
      const table = response?.ok ? decodeFacetFile(await response.json()) : undefined;
      if (!table) throw new Error(url ?? 'facets');
      return (loadedFacets = table);
    })();
    facetTable.catch(() => (facetTable = undefined));
    return facetTable;
  };

  const renderFilters = (counts: FacetCounts): void => {
    // A ticked value stays in view (to untick it) even when no result has it.
    for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) counts[key][value] ??= 0;
    filterBox.replaceChildren(
      ...FILTER_KEYS.filter((key) => Object.keys(counts[key]).length).map((key) => {
        const fieldset = doc.createElement('fieldset');
        fieldset.innerHTML = `<legend>${FILTER_LABELS[key]}</legend><div class="filter-options"></div>`;
        const options = fieldset.querySelector('div')!;
        const entries = Object.entries(counts[key]).sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1]));
        for (const [value, count] of entries) {
          const checked = state.filters[key]?.includes(value) ?? false;
          if (count === 0 && !checked) continue;
          const label = doc.createElement('label');
          label.innerHTML = `<input type="checkbox" ${checked ? 'checked' : ''}> ${escapeHtml(value)} <span class="count">${count}</span>`;
          label.querySelector('input')!.addEventListener('change', () => {
            state = toggleFilter(state, key, value);
            void run(true);
          });
          options.append(label);
        }
        return fieldset;
      }),
    );
    for (const link of jumpLinks) link.hidden = filterBox.childElementCount === 0;
  };

  /** The links to the case, region and topic pages the query names, in the same frame as the results. */
  const showShortcuts = (shortcuts: SearchShortcut[]): void => {
    shortcutLine.hidden = shortcuts.length === 0;
    shortcutLine.replaceChildren(
      ...shortcuts.map(({ kind, href, label }) => Object.assign(link(href, kind === 'case' ? `打开${label}` : `${kind === 'region' ? '地区' : '主题'}：${label}`), { className: 'chip' })),
    );
  };

  /** `phrase`: the encoded terms of the exact phrase this page was found by, if it was. */
  /** `groupNote`: shown above the result, when it begins the results that have the phrase's words apart. */
  const renderResult = (data: PagefindResultData, terms: string[], phrase?: string[], groupNote?: string): HTMLLIElement => {
    const item = doc.createElement('li');
    const subResults = phrase
      ? sectionsWithPhrase(data.content, data.anchors, phrase).map((anchor) => ({ title: anchor.title || anchor.text || '', url: `${data.url}#${encodeURIComponent(anchor.id)}` }))
      : data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#'));
    const sections = subResults
      .slice(0, 3)
      .map((sub) => `<li><a href="${escapeHtml(withHighlight(sub.url, terms))}">§ ${plainIndexedText(sub.title)}</a></li>`)
      .join('');
    // The case's region to its 市 and 区县, as the cards of listings show it, marked where the query names it (大同).
    const region = regionOfRecord(data.meta);
    const meta = [region ? markedText(region, terms) : (data.filters.province ?? []).map(escapeHtml).join(''), ...[...(data.filters.kind ?? []), ...(data.filters.year ?? [])].map(escapeHtml)].filter(Boolean);
    // A page found by one of its topics says so, the topic marked as the title is.
    const topics = (data.filters.tag ?? []).filter((tag) => highlightRanges(tag, terms).length);
    if (topics.length) meta.push(`主题：${topics.map((tag) => markedText(tag, terms)).join('、')}`);
    item.innerHTML =
      (groupNote ? `<p class="result-group">${escapeHtml(groupNote)}</p>` : '') +
      `<p class="result-title"><a href="${escapeHtml(withHighlight(data.url, terms))}">${markedText(data.meta.title ?? data.url, terms)}</a></p>` +
      `<p class="result-meta">${meta.join(' · ')}</p>` +
      `<p class="result-excerpt">${resultExcerpt(data, phrase)}</p>` +
      (sections ? `<ul class="result-sections">${sections}</ul>` : '');
    const slug = caseSlugOfPath(new URL(data.url, location.href).pathname);
    if (slug) {
      // Its label, state and visibility are set by listButtons.sync() once the result is on the page.
      const add = Object.assign(doc.createElement('button'), { type: 'button', className: 'button list-add', hidden: true });
      add.dataset.addToList = slug;
      if (data.meta.title) add.dataset.listTitle = data.meta.title;
      item.append(add);
    }
    return item;
  };

  /** Disconnects the observer of the previous search's results, which are about to be replaced. */
  let stopWatching = (): void => {};
  /**
   * Resolves when `item` (the last result of the first screen) scrolls into view, which on a phone
   * and at 1,280 × 720 it is not at first; at once where the screen already shows it, or where the
   * browser has no IntersectionObserver. Never, if a newer search replaces the results first.
   */
  const scrolledTo = (item: Element): Promise<void> =>
    new Promise((resolve) => {
      if (typeof IntersectionObserver !== 'function') return resolve();
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(item);
      stopWatching = () => observer.disconnect();
    });

  async function run(pushUrl: boolean, append = false): Promise<void> {
    const runId = ++latestRun;
    stopWatching();
    // Marks in the browser's performance timeline, to see where a search's time goes (DevTools
    // shows them; a script can read them). Only the latest search's are kept.
    const mark = (step: string) => performance.mark(`search:${step}`, { detail: runId });
    for (const step of ['start', 'engine', 'found', 'fragments']) performance.clearMarks(`search:${step}`);
    mark('start');
    let prepared = await prepareQuery(state.query);
    const hasQuery = prepared.searches.length > 0;
    const filtered = hasActiveFilters(state);
    // Before the results, the filter table is needed only to filter them, to count the pages of
    // an empty query or to put the cases of a province the query names first. Otherwise it is
    // fetched once the first screen is shown: on a slow line it would share the line with what the
    // first results wait for (0.8 s at 20,000 entries over Fast 3G; docs/search.md).
    const needsTable = !hasQuery || filtered || namesProvince(provinces, prepared.text);
    const tableFirst = needsTable && !loadedFacets ? loadFacets() : undefined;
    let api: Pagefind;
    let facets: FacetTable | undefined;
    try {
      api = await load();
      facets = loadedFacets ?? (await tableFirst);
      mark('engine');
    } catch {
      // A dropped connection on a phone: the reader can try again here, without losing the query
      // and filters, and the search runs again by itself once the browser is back online.
      const retry = doc.createElement('button');
      retry.type = 'button';
      retry.className = 'button';
      retry.textContent = '重试';
      retry.addEventListener('click', () => void run(false));
      // Offline (this page kept by the offline worker), the region and topic pages may not be kept either.
      if (navigator.onLine === false) status.replaceChildren('没有网络，搜索用不了，联网后会自动再搜。这台设备上保存的案例见', link(OFFLINE_PAGE_URL, '离线阅读'), '。', retry);
      else status.replaceChildren(...orBrowse('搜索索引载入失败，请检查网络后重试，'), retry);
      afterReconnect(runId, () => void run(false));
      return;
    }
    const passes = (result: PagefindResult): boolean => matchesFilters(facets!, result.id, state.filters);
    // Variants of a query (synonyms) share most of their terms: search each distinct term once.
    const searched = new Map<string | null, Promise<PagefindResponse | null>>();
    const searchOne = (term: string | null): Promise<PagefindResponse | null> => {
      if (!searched.has(term)) searched.set(term, api.search(term));
      return searched.get(term)!;
    };
    /** Pages found by an exact phrase, with its terms: their section links are found by phrase. */
    const phraseOf = new Map<string, string[]>();
    /** Pages found by a phrase's words apart, with the words: they are highlighted on the page. */
    const wordsOf = new Map<string, string[]>();
    /**
     * Pages found whole by a variant, with the variant: what is highlighted on the page (红色物业
     * finds 东丰 by its synonym 红心物业, which is what 东丰's page says).
     */
    const variantOf = new Map<string, string>();
    /** What the search found, before the filters: the filter panel counts these. */
    let found: PagefindResult[];
    /**
     * How many of `found`, from the front, have a whole phrase (or all of a variant's terms); the
     * rest have a phrase's words apart, up to `closestFrom`.
     */
    let wholeCount = 0;
    /**
     * Where in `found` the pages ranked by their share of a paraphrase's terms begin (they follow
     * any with the words apart); `found.length` when there are none.
     */
    let closestFrom = 0;
    /** The query as typed, when the search was for the library's word of the same sound instead. */
    let asTyped: string | undefined;
    if (!hasQuery) {
      // Browsing: every page (Pagefind's search without a term), narrowed by the filters.
      found = filtered ? ((await searchOne(null))?.results ?? []) : [];
    } else {
      // Results in groups, shown in this order: for each variant (the query as typed, then its
      // synonyms) the pages where its phrase stands whole — Pagefind matches a quoted query only
      // where its words are consecutive, and a phrase's bigram terms are consecutive words in
      // the index — ranked by where the phrase first occurs (src/lib/phrase.ts); after all of
      // them, the pages that have a phrase's words apart (干部培训 → 干部 … 培训, src/lib/query.ts),
      // so that a whole phrase is never buried yet a page that says the same in other words is
      // still found. A variant without a phrase is searched for its terms anywhere.
      // A group is searched only while the results so far do not fill what is on screen (plus
      // one, to know whether there are more): at 5,000 entries the phrase alone usually fills
      // it, which saves the synonyms' index chunks and the searches for words anywhere — several
      // times as slow as the phrase search, on the same large index entries.
      const needed = state.page * PAGE_SIZE + 1;
      // Pagefind leaves a term that is on no page out of a search (社区 挣钱 finds every page with
      // 社区), so a search of terms anywhere with such a term has no page with all of it. Checked
      // by exact lookups, the cheap kind, of its two-character terms (a lone character is matched
      // as the start of a word, 旗 → 旗委, which an exact lookup would not find).
      const everyTermOnSomePage = async (term: string): Promise<boolean> => {
        const terms = [...new Set(term.split(' '))].filter((word) => [...(decodeTerm(word) ?? '')].length === 2);
        const counts = await Promise.all(terms.map(async (word) => (await searchOne(`"${word}"`))?.results.length ?? 0));
        return !counts.includes(0);
      };
      const wholeGroupsOf = (searches: typeof prepared.searches) => searches.map((query) => async (): Promise<PagefindResult[]> => {
        if (!query.phrase && !(await everyTermOnSomePage(query.term))) return [];
        const hits = (await searchOne(query.phrase ? `"${query.phrase.join(' ')}"` : query.term))?.results ?? [];
        for (const hit of hits) if (!variantOf.has(hit.id)) variantOf.set(hit.id, query.text);
        if (!query.phrase) return hits;
        for (const hit of hits) if (!phraseOf.has(hit.id)) phraseOf.set(hit.id, query.phrase);
        return rankByFirstOccurrence(hits);
      });
      const apartGroupsOf = (searches: typeof prepared.searches, { wholeOnly = false } = {}) => searches
        .flatMap(({ apart }) => (apart && (apart.whole || !wholeOnly) ? [apart] : []))
        .map((apart) => async (): Promise<PagefindResult[]> => {
          if (!(await everyTermOnSomePage(apart.term))) return [];
          const hits = (await searchOne(apart.term))?.results ?? [];
          for (const hit of hits) if (!wordsOf.has(hit.id)) wordsOf.set(hit.id, apart.words);
          return hits;
        });
      const seen = new Set<string>();
      found = [];
      let shown = 0;
      const add = (results: PagefindResult[]): void => {
        for (const result of results) {
          if (seen.has(result.id)) continue;
          seen.add(result.id);
          found.push(result);
          if (passes(result)) shown += 1;
        }
      };
      for (const [i, group] of wholeGroupsOf(prepared.searches).entries()) if (i === 0 || shown < needed) add(await group());
      wholeCount = found.length;
      // No page has the query whole: perhaps the input method picked a character of the same sound
      // (擂台塞 for 擂台赛, src/lib/homophones.ts). If the library has such a word on some page, that
      // is searched instead, and the reader told; a quoted query is searched only as typed.
      const corrected = wholeCount || stripQuotes(state.query).quoted ? undefined : await homophoneOf(prepared.text);
      if (corrected) {
        const again = await prepareQuery(corrected);
        for (const [i, group] of wholeGroupsOf(again.searches).entries()) if (i === 0 || shown < needed) add(await group());
        wholeCount = found.length;
        const told = `已按同音的“${corrected}”查找`;
        if (wholeCount) {
          asTyped = prepared.text;
          prepared = { ...again, note: prepared.note ? `${prepared.note}；${told}` : told };
        }
      }
      // Where no page has it whole and the browser's segmenter did not cut it into words that make it
      // up (鸠江擂台赛: it does not know 鸠江; or there is no segmenter), the index does: it is cut where
      // two neighbouring characters are on no page (src/lib/query.ts, wordsWhereIndexCuts). Exact
      // lookups, of index chunks the phrase search has loaded.
      if (!wholeCount) {
        const cutByIndex = async (search: PagefindQuery): Promise<PagefindQuery> => {
          const pairs = search.phrase && !search.apart?.whole ? neighbourPairs(search.text) : [];
          if (!pairs.length) return search;
          const onSomePage = await Promise.all(pairs.map(async (pair) => ((await searchOne(`"${queryTerms(pair)[0]}"`))?.results.length ?? 0) > 0));
          const apart = wordsWhereIndexCuts(search.text, new Set(pairs.filter((_, i) => !onSomePage[i])));
          return apart ? { ...search, apart } : search;
        };
        prepared = { ...prepared, searches: await Promise.all(prepared.searches.map(cutByIndex)) };
      }
      // Then pages with its words apart: after the whole phrases, or, where no page has it whole,
      // in their place if the words make up the whole phrase (大同小区: 大同 and 小区 are on the
      // page, never side by side), not if the segmenter left characters out (大学生回乡就业).
      for (const group of apartGroupsOf(prepared.searches, { wholeOnly: wholeCount === 0 })) if (shown < needed) add(await group());
      closestFrom = found.length;
      // No page has a phrase whole: the query may be a paraphrase (怎么选小区党组织书记) whose words
      // include some no page needs to have, so the pages with most of its terms follow, ranked by
      // their terms' scores (公安民警服务群众: a page with 3 of its 4 words is still close).
      if (!wholeCount) {
        const terms = prepared.paraphrase;
        const perTerm = await Promise.all(terms.map((term) => searchOne(term)));
        const byId = new Map(perTerm.flatMap((r) => r?.results ?? []).map((result) => [result.id, result]));
        const weak = terms.map((term) => [...(decodeTerm(term) ?? '')].length === 1);
        found.push(...pagesByTermCoverage(perTerm.map((r) => r?.results ?? []), { weak }).filter((id) => !seen.has(id)).map((id) => byId.get(id)!));
      }
      // A province's name (吉林, 内蒙古) finds its cases before pages that merely mention it, within each group.
      if (facets) found = [found.slice(0, wholeCount), found.slice(wholeCount, closestFrom), found.slice(closestFrom)].flatMap((group) => provinceFirst(facets, group, prepared.text));
    }
    if (runId !== latestRun) return; // a newer keystroke superseded this run
    mark('found');
    const results = filtered ? found.filter(passes) : found;
    /** The query as the status line quotes it: a quoted query without its own quotation marks (not “"擂台塞"”), inner ones nested. */
    const quotedAs = nestQuotes(stripQuotes(state.query).text);
    const whole = new Set(found.slice(0, wholeCount).map((result) => result.id));
    /** Results ranked by their share of a paraphrase's terms, after any others. */
    const closest = new Set(hasQuery ? found.slice(closestFrom).map((result) => result.id) : []);
    /** Results shown after the whole phrases, for having their words apart. */
    const apart = hasQuery ? results.filter((result) => !whole.has(result.id) && !closest.has(result.id)).length : 0;
    const closestShown = results.filter((result) => closest.has(result.id)).length;
    const firstApart = apart ? results.find((result) => !whole.has(result.id) && !closest.has(result.id))?.id : undefined;
    // Where they follow pages with the words apart, the list says where they begin.
    const firstClosest = apart && closestShown ? results.find((result) => closest.has(result.id))?.id : undefined;
    const shown = state.page * PAGE_SIZE;
    const slice = results.slice(append ? shown - PAGE_SIZE : 0, shown);
    // Each result's text is a file of its own (Pagefind's fragment, ~3 KB): the first screenful's
    // are asked for first, so that the requests are under way while the filter counts are worked
    // out over every result. The rest of the page's are asked for only when the reader scrolls to
    // them (below): on a slow network they would otherwise share the line with the first screen.
    const loadingFirst = slice.slice(0, FIRST_SCREEN).map((result) => result.data());
    const countsOf = (table: FacetTable): FacetCounts => filterPanelCounts(table, hasQuery || filtered ? found.map((result) => result.id) : Object.keys(table.pages), state.filters);
    const filterCounts = facets && countsOf(facets);
    if (pushUrl) history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);

    if (!hasQuery && !filtered) {
      status.textContent = '输入关键词开始搜索，或按省份、主题、类型、年份筛选浏览。';
      showShortcuts([]);
      list.replaceChildren();
      more.hidden = true;
      list.dataset.renderedQuery = '';
      list.dataset.completeQuery = '';
      if (filterCounts) renderFilters(filterCounts);
      return;
    }
    // The first screenful is shown as soon as its fragments are in; the rest of the page is added
    // below it once the reader has scrolled to the last of them and their fragments are in.
    const render = (datas: PagefindResultData[], offset: number): HTMLLIElement[] =>
      datas.map((data, i) => {
        const { id } = slice[offset + i]!;
        const near = closest.has(id);
        const highlight = !whole.has(id) && !near && wordsOf.get(id);
        // Where the list goes on from pages with the whole phrase to pages with its words apart,
        // say so there too: on a phone the status line has scrolled away by then.
        const groupNote =
          highlight && id === firstApart ? `以下结果不含完整的“${quotedAs}”，只是分别含有其中的词：${highlight.join('、')}` : id === firstClosest ? '以下结果不含全部字词，是最接近的结果' : undefined;
        const marks = near ? prepared.paraphraseWords : highlight || [variantOf.get(id) ?? prepared.text].filter(Boolean);
        return renderResult(data, marks, near ? undefined : phraseOf.get(id), groupNote);
      });
    const first = await Promise.all(loadingFirst);
    mark('fragments');
    if (runId !== latestRun) return;
    if (append) list.append(...render(first, 0));
    else {
      list.replaceChildren(...render(first, 0));
      // A case asked for by its number (案例 17) first, also where no page has the number written.
      const byNumber = caseNumberShortcut(state.query, highestNumber);
      showShortcuts([...(hasQuery && byNumber ? [byNumber] : []), ...(hasQuery && first.length ? searchShortcuts(prepared.searches.map((search) => search.text), first.map((data) => data.meta), topics) : [])]);
    }
    listButtons.sync();
    // In the same frame as the results, so that nothing on screen moves twice.
    if (filterCounts) renderFilters(filterCounts);
    else {
      // The panel comes later; the link down to it above the results is there from the start.
      for (const link of jumpLinks) link.hidden = results.length === 0;
      const showCounts = (attempt: number): void => {
        loadFacets().then(
          (table) => runId === latestRun && renderFilters(countsOf(table)),
          () => {
            if (runId !== latestRun) return;
            jumpLinks.forEach((link) => (link.hidden = true));
            // Tried again while these results are on screen, rather than only with the next search.
            retryFacets(runId, attempt, () => showCounts(attempt + 1));
          },
        );
      };
      showCounts(0);
    }
    const notes = [prepared.note, hasActiveFilters(state) && `筛选：${describeFilters(state.filters)}`].filter(Boolean);
    const note = notes.length ? `（${notes.join('；')}）` : '';
    // Pages with the words apart in place of the whole phrase, which no page has (大同小区).
    const apartWords = apart && !whole.size && firstApart ? wordsOf.get(firstApart)!.map((word) => `“${word}”`).join('') : undefined;
    if (apartWords && !closestShown) status.textContent = `找到 ${results.length} 条分别含有${apartWords}的结果${note}；没有页面含有完整的“${quotedAs}”`;
    else if (apartWords) status.textContent = `找到 ${results.length} 条与“${quotedAs}”相关的结果${note}：没有页面含有完整的“${quotedAs}”，前 ${apart} 条分别含有${apartWords}，其余是最接近的结果`;
    else if (results.length) status.textContent = `找到 ${results.length} 条${state.query ? `与“${quotedAs}”相关的` : ''}结果${note}${closestShown ? '。没有页面包含全部字词，以下是最接近的结果' : apart ? `；后 ${apart} 条只是分别含有其中的词` : ''}`;
    else if (found.length) status.textContent = `在所选的筛选条件（${describeFilters(state.filters)}）下没有${state.query ? `与“${quotedAs}”相关的` : ''}结果，取消一些勾选试试。`;
    else status.replaceChildren(...orBrowse(`没有找到与“${quotedAs}”相关的结果${note}。试试更短的词，`));
    // A quoted query is searched only as typed: one tap, where typing quotation marks on a phone is not.
    if (results.length && asTyped) {
      const asked = { ...state, query: `“${asTyped}”`, page: 1 };
      status.append('。', Object.assign(doc.createElement('a'), { href: `${location.pathname}${serializeSearchState(asked)}`, textContent: `仍查“${asTyped}”` }));
    }
    more.hidden = true;
    // Lets tests and the benchmark see which query is on screen, and when its whole page is.
    list.dataset.renderedQuery = state.query;
    if (slice.length > FIRST_SCREEN) {
      await scrolledTo(list.lastElementChild!);
      if (runId !== latestRun) return;
    }
    const rest = await Promise.all(slice.slice(FIRST_SCREEN).map((result) => result.data()));
    if (runId !== latestRun) return;
    list.append(...render(rest, FIRST_SCREEN));
    listButtons.sync();
    more.hidden = results.length <= shown;
    list.dataset.completeQuery = state.query;
  }

  // Results as the reader types, without a search per keystroke: a change of one character (a
  // keystroke) waits until typing pauses for DEBOUNCE_MS; a word committed by the input method, a
  // paste or a cleared field is searched at once.
  const DEBOUNCE_MS = 50;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let previousQuery = state.query;
  const scheduleRun = (): void => {
    const query = input.value.slice(0, 100);
    if (query === previousQuery) return; // e.g. the input event some browsers send after compositionend
    const keystroke = Math.abs([...query].length - [...previousQuery].length) <= 1;
    previousQuery = query;
    state = { ...state, query, page: 1 };
    clearTimeout(timer);
    if (keystroke) timer = setTimeout(() => void run(true), DEBOUNCE_MS);
    else void run(true);
  };
  // While a Chinese input method is composing, the field holds pinyin letters: search only
  // once the characters are committed.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) scheduleRun();
  });
  input.addEventListener('compositionend', scheduleRun);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value.slice(0, 100), page: 1 };
    void run(true);
  });
  more.addEventListener('click', () => {
    state = { ...state, page: state.page + 1 };
    void run(true, true);
  });
  void run(false);
}
