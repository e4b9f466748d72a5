// npm run bench [-- --sizes 1000,5000,20000 --no-browser --rebuild --rounds 3 --build-rounds 1]
//
// Builds synthetic sites of N entries (src/lib/bench/synthetic.ts: deterministic, made of the real
// source records' sentences) in a temporary directory and measures what the issue's targets are
// about: build time and peak memory per step, output size, case-page weight, and — in headless
// Chromium — bytes fetched and time from the last keystroke to rendered results, cold and warm,
// phrase precision and Traditional/Simplified parity. A benchmark, not a test: nothing fails on a
// slow machine. Writes reports/bench/report.md and report.json.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { generateEntries, readSyntheticSources } from '../src/lib/bench/synthetic.ts';
import { median, medianWithRange } from '../src/lib/bench/stats.ts';
import { calibrate } from '../src/lib/bench/calibrate.ts';
import { INDEX_STEP_NODE_FLAGS } from '../src/lib/build/index-step-flags.ts';
import { LISTING_PAGE_SIZE } from '../src/lib/paging.ts';
import { readTags } from '../src/lib/vocabulary.ts';
import { withoutQuoteMarks } from '../src/lib/text/quote-marks.ts';
import { launchChromium } from '../tests/browser/support/browser.ts';
import { startStaticServer } from '../tests/browser/support/server.ts';
import { showWholeResultsPage } from '../tests/browser/support/search-results.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Keep the sizes of the last report that this run does not measure (to add 20,000 later).
    append: { type: 'boolean', default: false },
    // Build each site a second time with its caches warm (preview images, Astro's content store).
    rebuild: { type: 'boolean', default: false },
    // Each query is timed this many times, each in a fresh browser context; the report gives the median.
    rounds: { type: 'string', default: '3' },
    // Each size is built cold this many times (its caches and dist/ removed in between): the same
    // build differs by ±12 % from one run to the next on these VMs. The report gives the median.
    'build-rounds': { type: 'string', default: '1' },
    // Only write report.md again from report.json, e.g. after `npm run test:browser` has updated
    // the search-quality report that it quotes.
    'report-only': { type: 'boolean', default: false },
  },
});
const SIZES = args.sizes.split(',').map(Number).filter((n) => n > 0);
const PROJECT = process.cwd();
const REPORT_DIR = path.join(PROJECT, 'reports', 'bench');

/** Chrome DevTools' “Fast 3G” (now “Slow 4G”): 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
/** How long a reader takes to type a short query on a phone (pinyin, choosing the characters): 3 s. */
const TYPING_MS = 3000;
/** Queries timed in Chromium; phrase queries are also scored for precision. */
const QUERIES = ['小区党组织书记', '党建', '四同', '社区经济', '擂台赛', '黨建引領'];
const PHRASES = ['小区党组织书记', '党员干部', '社区治理', '基层党建'];
const TRADITIONAL_PAIRS: [string, string][] = [
  ['黨建', '党建'],
  ['社區治理', '社区治理'],
  ['黨組織書記', '党组织书记'],
  ['幹部隊伍', '干部队伍'],
];

interface StepMeasure {
  seconds: number;
  peakMemoryMB: number;
}

/** Runs a command and samples the resident memory of its whole process tree every 100 ms. */
function measured(command: string, commandArgs: string[], cwd: string, env: Record<string, string> = {}): Promise<StepMeasure & { output: string; code: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMemoryMB: Math.round(peak / 2 ** 20), output, code: code ?? 1 });
    });
  });
}

function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

function prepareSite(count: number): string {
  const dir = path.join(os.tmpdir(), `anliku-bench-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'content', 'cases'), { recursive: true });
  // Courses name real entries, so a synthetic site has none (an empty folder, not a missing one).
  mkdirSync(path.join(dir, 'content', 'courses'), { recursive: true });
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(PROJECT, item), path.join(dir, item), { recursive: true });
  }
  cpSync(path.join(PROJECT, 'content', 'sources'), path.join(dir, 'content', 'sources'), { recursive: true });
  cpSync(path.join(PROJECT, 'content', 'tags.yaml'), path.join(dir, 'content', 'tags.yaml'));
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(dir, 'node_modules'));
  const sources = readSyntheticSources(path.join(PROJECT, 'content', 'sources'));
  for (const entry of generateEntries({ count, sources, tagNames: readTags().map((tag) => tag.name) })) {
    writeFileSync(path.join(dir, 'content', 'cases', `${entry.slug}.mdx`), entry.mdx);
  }
  return dir;
}

/** What a reader's phone downloads for one case page, by type, raw and gzip (level 6, as servers do). */
function casePageWeight(dist: string, pagePath: string): Record<string, { raw: number; gzip: number }> {
  const html = readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]!);
  const weight: Record<string, { raw: number; gzip: number }> = {};
  const add = (type: string, body: Buffer) => {
    weight[type] ??= { raw: 0, gzip: 0 };
    weight[type].raw += body.length;
    weight[type].gzip += gzipSync(body, { level: 6 }).length;
  };
  add('html', Buffer.from(html));
  for (const asset of new Set(assets)) {
    if (!asset.startsWith('/')) continue;
    add(asset.endsWith('.css') ? 'css' : 'js', readFileSync(path.join(dist, asset)));
  }
  return weight;
}

/** The listing pages a reader browses by (LISTING_KINDS): the heaviest of each kind, HTML only. */
const LISTING_KINDS = [
  { kind: '主题页', dir: 'tags' },
  { kind: '地区页', dir: 'regions' },
  { kind: '来源文章页', dir: 'sources' },
] as const;

interface ListingWeight {
  kind: string;
  /** The heaviest page of the kind, e.g. /tags/shequ-jingji/. */
  page: string;
  raw: number;
  gzip: number;
  /** Pages of the kind, all of a listing's pages counted. */
  pages: number;
}

function listingPageWeights(dist: string): ListingWeight[] {
  return LISTING_KINDS.map(({ kind, dir }) => {
    const files = walk(path.join(dist, dir)).filter((file) => file.endsWith(`${path.sep}index.html`) && path.dirname(file) !== path.join(dist, dir));
    const heaviest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
    const html = readFileSync(heaviest);
    const page = `/${path.relative(dist, path.dirname(heaviest)).split(path.sep).join('/')}/`;
    return { kind, page, raw: html.length, gzip: gzipSync(html, { level: 6 }).length, pages: files.length };
  });
}

/** One query's figures: each the median of its rounds, whose own values are kept in `runs`. */
interface QueryTiming {
  query: string;
  /** To the first screenful of results (FIRST_SCREEN in src/scripts/search-page.ts). */
  coldMs: number;
  /** From scrolling to the fifth result to the whole first page of ten on screen. */
  coldAllMs?: number;
  warmMs: number;
  warmAllMs?: number;
  /** Fetched for the first query before the reader scrolls: the first screenful of results. */
  coldBytes: number;
  /** Fetched when the reader scrolls to the fifth result: the fragments of results 6–10. */
  coldRestBytes?: number;
  /**
   * Where the cold first screen's time went (medians), from the search page's performance marks
   * (src/scripts/search-page.ts): Pagefind's search, which downloads and decodes the index chunks
   * in its worker; the first screenful's result texts (fragments); putting them on screen.
   */
  coldSteps?: { searchMs: number; textsMs: number; displayMs: number };
  /** Every round's cold and warm time to the first screen, in the order measured. */
  runs?: { coldMs: number[]; warmMs: number[] };
  /** The search page itself before the query: HTML, CSS, JS, Pagefind's entry and wasm. */
  pageBytes: number;
  /**
   * Opening /search/?q=… afresh over SLOW_NETWORK (a reader searching from the home page's box on
   * a phone): ms from navigation to the first screen of results, median and every round.
   */
  firstVisitMs?: number;
  firstVisitRuns?: number[];
  /**
   * The same, searching from the home page's box: ms from pressing Enter after TYPING_MS of typing
   * to the first screen of results, median and every round.
   */
  fromHomeMs?: number;
  fromHomeRuns?: number[];
  results: number;
}

async function measureSearch(dist: string): Promise<{ timings: QueryTiming[]; phrasePrecision: Record<string, number>; traditionalParity: Record<string, boolean> }> {
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    // ms from an action to the list of results being marked for `query`: from typing the query to
    // its first screenful on screen (data-rendered-query), or from scrolling to the last result
    // on screen, as a reader going on down the list, to the whole first page of ten
    // (data-complete-query; results 6–10 are loaded only when the reader scrolls to the fifth).
    const timeUntil = async (page: import('playwright-core').Page, query: string, action: 'type' | 'scroll'): Promise<number> =>
      page.evaluate(
        async ({ q, action }) => {
          const list = document.querySelector<HTMLElement>('[data-results]')!;
          const attribute = action === 'type' ? 'renderedQuery' : 'completeQuery';
          const start = performance.now();
          const reached = new Promise<number>((resolve) => {
            if (action === 'scroll' && list.dataset[attribute] === q) return resolve(performance.now());
            const observer = new MutationObserver(() => {
              if (list.dataset[attribute] === q) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(list, { attributes: true });
          });
          if (action === 'type') {
            const input = document.querySelector<HTMLInputElement>('input[name="q"]')!;
            input.value = q;
            input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          } else list.lastElementChild?.scrollIntoView();
          return (await reached) - start;
        },
        { q: query, action },
      );
    const timeQuery = (page: import('playwright-core').Page, query: string) => timeUntil(page, query, 'type');
    const timeRest = (page: import('playwright-core').Page, query: string) => timeUntil(page, query, 'scroll');

    const ready = async (page: import('playwright-core').Page) => {
      await page.goto(`${server.url}/search/`);
      await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('data-rendered-query') === '');
    };

    /** The steps of the search just timed (`total` ms from input to its first screen). */
    const stepsOf = (page: import('playwright-core').Page, total: number) =>
      page.evaluate((total) => {
        const at = (step: string) => performance.getEntriesByName(`search:${step}`).at(-1)?.startTime ?? Number.NaN;
        const [start, found, fragments] = [at('start'), at('found'), at('fragments')];
        return { searchMs: found - start, textsMs: fragments - found, displayMs: total - (fragments - start) };
      }, total);

    type Steps = NonNullable<QueryTiming['coldSteps']>;
    type Round = { cold: { first: number; all: number; steps: Steps }; warm: { first: number; all: number }; bytes: number; restBytes: number; pageBytes: number; results: number };
    const rounds = new Map<string, Round[]>(QUERIES.map((query) => [query, []]));
    // Round by round through all queries rather than one query at a time, so that a slow spell of
    // this shared machine does not fall on one query's every round.
    for (let round = 0; round < Math.max(1, Number(args.rounds)); round++) for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Pagefind 1.6 fetches its wasm, index chunks and fragments from a Web Worker, which the
      // page's resource timing does not see: count every response Chromium reports for the page
      // and its workers (encoded body + headers, i.e. what crossed the wire).
      let sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)));
      const takeBytes = async (): Promise<number> => {
        await page.waitForLoadState('networkidle');
        const total = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
        sizes = [];
        return total;
      };
      await ready(page);
      const pageBytes = await takeBytes();
      const coldFirst = await timeQuery(page, query);
      const bytes = await takeBytes();
      const steps = await stepsOf(page, coldFirst);
      const cold = { first: coldFirst, steps, all: await timeRest(page, query) };
      const restBytes = await takeBytes();
      await page.evaluate(() => window.scrollTo(0, 0));
      await timeQuery(page, '');
      await page.waitForTimeout(1000);
      const warmFirst = await timeQuery(page, query);
      const warm = { first: warmFirst, all: await timeRest(page, query) };
      const results = await page.locator('[data-results] > li').count();
      rounds.get(query)!.push({ cold, warm, bytes, restBytes, pageBytes, results });
      await context.close();
    }
    /**
     * ms to the first screen of results for `query` in a fresh context over SLOW_NETWORK: from
     * navigating to /search/?q=`query` (a link to a search), or, `fromHome`, from pressing Enter in
     * the home page's search box after typing for TYPING_MS — the home page loaded and the box
     * tapped first, so the box has had that time to prefetch the search page's files.
     */
    const timeSlowVisit = async (query: string, fromHome: boolean): Promise<number> => {
      const context = await browser.newContext();
      await context.addInitScript((q) => {
        new MutationObserver((_, observer) => {
          if (document.querySelector<HTMLElement>('[data-results]')?.dataset.renderedQuery !== q) return;
          (window as unknown as { firstScreenAt: number }).firstScreenAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered-query'] });
      }, query);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      // Applies to Pagefind's worker too: its requests go through the page's network.
      await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
      if (fromHome) {
        await page.goto(`${server.url}/`, { waitUntil: 'load' });
        await page.click('#search-input');
        await page.fill('#search-input', query);
        await page.waitForTimeout(TYPING_MS);
        await page.press('#search-input', 'Enter');
        await page.waitForURL(/\/search\//);
      } else await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      // performance.now() on the search page counts from its navigation: the time of Enter, or of the goto.
      const at = await page.waitForFunction(() => (window as unknown as { firstScreenAt?: number }).firstScreenAt, undefined, { timeout: 120_000, polling: 50 });
      const ms = (await at.jsonValue()) as number;
      await context.close();
      return ms;
    };
    const firstVisits = new Map<string, number[]>(QUERIES.map((query) => [query, []]));
    const fromHome = new Map<string, number[]>(QUERIES.map((query) => [query, []]));
    for (let round = 0; round < Math.max(1, Number(args.rounds)); round++) {
      for (const query of QUERIES) {
        firstVisits.get(query)!.push(Math.round(await timeSlowVisit(query, false)));
        fromHome.get(query)!.push(Math.round(await timeSlowVisit(query, true)));
      }
    }

    const timings: QueryTiming[] = [...rounds].map(([query, measured]) => {
      const mid = (pick: (round: Round) => number) => Math.round(median(measured.map(pick)));
      return {
        query,
        coldMs: mid((r) => r.cold.first),
        coldAllMs: mid((r) => r.cold.all),
        coldSteps: { searchMs: mid((r) => r.cold.steps.searchMs), textsMs: mid((r) => r.cold.steps.textsMs), displayMs: mid((r) => r.cold.steps.displayMs) },
        warmMs: mid((r) => r.warm.first),
        warmAllMs: mid((r) => r.warm.all),
        coldBytes: mid((r) => r.bytes),
        coldRestBytes: mid((r) => r.restBytes),
        pageBytes: mid((r) => r.pageBytes),
        firstVisitMs: Math.round(median(firstVisits.get(query)!)),
        firstVisitRuns: firstVisits.get(query)!,
        fromHomeMs: Math.round(median(fromHome.get(query)!)),
        fromHomeRuns: fromHome.get(query)!,
        results: measured[0]!.results,
        runs: { coldMs: measured.map((r) => Math.round(r.cold.first)), warmMs: measured.map((r) => Math.round(r.warm.first)) },
      };
    });

    const page = await browser.newPage();
    await ready(page);
    const topUrls = async (query: string, limit: number): Promise<string[]> => {
      await page.fill('input[name="q"]', query);
      await showWholeResultsPage(page, query);
      while ((await page.locator('[data-results] > li').count()) < limit && (await page.locator('[data-more]:not([hidden])').count())) {
        const before = await page.locator('[data-results] > li').count();
        await page.click('[data-more]');
        await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
      }
      return (await page.locator('[data-results] > li .result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, limit);
    };
    const pageText = (url: string): string => {
      const file = path.join(dist, url.split(/[?#]/)[0]!, 'index.html');
      const html = readFileSync(file, 'utf8');
      const body = /data-pagefind-body[^>]*>([\s\S]*)/.exec(html)?.[1] ?? html;
      // Without quotation marks, which the index reads a phrase across (“两新”组织 has 两新组织).
      return withoutQuoteMarks(body.replace(/<[^>]+>/g, '').replace(/\s+/g, ''));
    };
    const phrasePrecision: Record<string, number> = {};
    for (const phrase of PHRASES) {
      const urls = await topUrls(phrase, 10);
      phrasePrecision[phrase] = urls.length ? urls.filter((url) => pageText(url).includes(phrase)).length / urls.length : 0;
    }
    const traditionalParity: Record<string, boolean> = {};
    for (const [traditional, simplified] of TRADITIONAL_PAIRS) {
      const a = await topUrls(traditional, 10);
      const b = await topUrls(simplified, 10);
      traditionalParity[`${traditional} = ${simplified}`] = a.length > 0 && a.map((u) => u.split('?')[0]).join() === b.map((u) => u.split('?')[0]).join();
    }
    return { timings, phrasePrecision, traditionalParity };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface SizeReport {
  entries: number;
  steps: Record<string, StepMeasure>;
  buildTotal: StepMeasure;
  output: { files: number; totalMB: number; pagefindMB: number; pagefindFiles: number };
  casePage: Record<string, { raw: number; gzip: number }>;
  listings: ListingWeight[];
  search?: Awaited<ReturnType<typeof measureSearch>>;
  /** calibrate() just before this size was built, ms per round: how fast the machine was. */
  calibrationMs?: number[];
  /** With --build-rounds above 1: the total of each cold build, in the order measured. */
  buildRunsSeconds?: number[];
  /** With --rebuild: the same site built a second time, caches warm. */
  rebuild?: StepMeasure & { astroSeconds: number; indexSeconds: number };
}

async function benchSize(count: number): Promise<SizeReport> {
  console.log(`\n== ${count} 个合成条目 ==`);
  const dir = prepareSite(count);
  const calibrationMs = calibrate().map((ms) => Math.round(ms));
  console.log(`机器速度基准：${medianWithRange(calibrationMs, 'ms')}`);
  const node = process.execPath;
  const check = await measured(node, ['scripts/check.ts'], dir);
  if (check.code !== 0) throw new Error(`check failed at ${count}:\n${check.output.slice(-3000)}`);
  console.log(`检查：${check.seconds.toFixed(1)} 秒，峰值内存 ${check.peakMemoryMB} MB`);
  // Caches of its own, so preview images are drawn and entries parsed cold, as on a fresh clone
  // or in CI (node_modules is the project's, shared through a symlink, and Astro keeps its
  // content store there by default).
  // Node's default heap limit (about 4 GB here) is too small for Astro at 20,000 entries: allow
  // three quarters of the machine's memory, as a large library's build would need to.
  const heapMB = Math.floor((os.totalmem() / 2 ** 20) * 0.75);
  // As `npm run build` does (package.json): `astro build`, then the search index in a process of its own.
  const buildEnv = {
    OG_IMAGE_CACHE: path.join(dir, '.og-image-cache'),
    ANLIKU_ASTRO_CACHE_DIR: path.join(dir, '.astro-cache'),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMB}`.trim(),
  };
  const runBuild = async () => {
    const astroBuild = await measured(node, ['node_modules/astro/bin/astro.mjs', 'build'], dir, { ...buildEnv, ANLIKU_INDEX_AFTER_BUILD: '1' });
    if (astroBuild.code !== 0) throw new Error(`build failed at ${count}:\n${astroBuild.output.slice(-3000)}`);
    const indexStep = await measured(node, [...INDEX_STEP_NODE_FLAGS, 'scripts/index-site.ts'], dir, buildEnv);
    if (indexStep.code !== 0) throw new Error(`search index failed at ${count}:\n${indexStep.output.slice(-3000)}`);
    return { astroBuild, indexStep };
  };
  const rounds: Awaited<ReturnType<typeof runBuild>>[] = [];
  for (let round = 0; round < Math.max(1, Number(args['build-rounds'])); round++) {
    if (round > 0) for (const made of ['dist', buildEnv.OG_IMAGE_CACHE, buildEnv.ANLIKU_ASTRO_CACHE_DIR]) rmSync(path.resolve(dir, made), { recursive: true, force: true });
    rounds.push(await runBuild());
    if (Number(args['build-rounds']) > 1) console.log(`构建第 ${round + 1} 轮：${(rounds[round]!.astroBuild.seconds + rounds[round]!.indexStep.seconds).toFixed(1)} 秒`);
  }
  const totalOf = (round: (typeof rounds)[number]) => round.astroBuild.seconds + round.indexStep.seconds;
  const buildRunsSeconds = rounds.map(totalOf);
  // Its steps, memory and output are those of the median round, so that they add up to its total.
  const { astroBuild, indexStep } = [...rounds].sort((a, b) => totalOf(a) - totalOf(b))[Math.floor((rounds.length - 1) / 2)]!;
  const build = {
    seconds: astroBuild.seconds + indexStep.seconds,
    // The two run one after the other: the build's peak is the larger of theirs.
    peakMemoryMB: Math.max(astroBuild.peakMemoryMB, indexStep.peakMemoryMB),
    output: astroBuild.output + indexStep.output,
  };
  const seconds = (pattern: RegExp): number => Number(pattern.exec(build.output)?.[1] ?? NaN);
  const checkInBuild = seconds(/内容检查：\d+ 个条目，用时 ([\d.]+) 秒/);
  const indexing = seconds(/搜索索引：\d+ 个页面，用时 ([\d.]+) 秒/);
  // Preview images are drawn on worker threads while pages render: what they add to the build is
  // the time it waited for them at the end, not the time spent drawing.
  const previewImages = seconds(/预览图：\d+ 张（缓存 \d+ 张），绘制用时 ([\d.]+) 秒/);
  const previewWait = seconds(/构建为此等待 ([\d.]+) 秒/);
  console.log(`构建：${build.seconds.toFixed(1)} 秒（其中检查 ${checkInBuild} 秒，预览图 ${previewImages} 秒（另一线程；等待 ${previewWait} 秒），索引 ${indexing} 秒），峰值内存 ${build.peakMemoryMB} MB（astro build ${astroBuild.peakMemoryMB} MB，搜索索引 ${indexStep.peakMemoryMB} MB）`);
  const dist = path.join(dir, 'dist');
  const files = walk(dist);
  const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
  const pagefindFiles = files.filter((file) => file.includes(`${path.sep}pagefind${path.sep}`));
  const report: SizeReport = {
    entries: count,
    steps: {
      'npm run check': { seconds: check.seconds, peakMemoryMB: check.peakMemoryMB },
    },
    buildTotal: { seconds: build.seconds, peakMemoryMB: build.peakMemoryMB },
    output: { files: files.length, totalMB: Math.round(size(files) / 2 ** 20), pagefindMB: Math.round((size(pagefindFiles) / 2 ** 20) * 10) / 10, pagefindFiles: pagefindFiles.length },
    casePage: casePageWeight(dist, 'cases/bench-' + '1'.padStart(String(count).length, '0')),
    listings: listingPageWeights(dist),
    calibrationMs,
    ...(buildRunsSeconds.length > 1 ? { buildRunsSeconds } : {}),
  };
  report.steps['astro build: content gate'] = { seconds: checkInBuild, peakMemoryMB: NaN };
  report.steps['astro build: preview images'] = { seconds: previewImages, peakMemoryMB: NaN };
  report.steps['astro build: waiting for preview images'] = { seconds: previewWait, peakMemoryMB: NaN };
  report.steps['astro build: pages'] = { seconds: astroBuild.seconds - checkInBuild - (previewWait || 0), peakMemoryMB: astroBuild.peakMemoryMB };
  report.steps['astro build: search index'] = { seconds: indexStep.seconds, peakMemoryMB: indexStep.peakMemoryMB };
  if (args.rebuild) {
    // The same site built again, as an editor's machine or a CI with a kept cache rebuilds it:
    // preview images and Astro's content store are cached, dist/ is there to be replaced.
    const again = await runBuild();
    report.rebuild = { seconds: again.astroBuild.seconds + again.indexStep.seconds, peakMemoryMB: Math.max(again.astroBuild.peakMemoryMB, again.indexStep.peakMemoryMB), astroSeconds: again.astroBuild.seconds, indexSeconds: again.indexStep.seconds };
    console.log(`重建（缓存在）：${report.rebuild.seconds.toFixed(1)} 秒（astro build ${again.astroBuild.seconds.toFixed(1)} 秒，搜索索引 ${again.indexStep.seconds.toFixed(1)} 秒），峰值内存 ${report.rebuild.peakMemoryMB} MB`);
  }
  if (!args['no-browser']) {
    report.search = await measureSearch(dist);
    for (const t of report.search.timings) console.log(`搜索 ${t.query}：冷 ${medianWithRange(t.runs?.coldMs ?? [t.coldMs], 'ms')}${t.coldSteps ? `（查索引 ${t.coldSteps.searchMs} ms）` : ''} / ${kb(t.coldBytes)} KB，热 ${medianWithRange(t.runs?.warmMs ?? [t.warmMs], 'ms')}${t.firstVisitRuns ? `，慢速网络首次打开 ${medianWithRange(t.firstVisitRuns, 'ms')}` : ''}${t.fromHomeRuns ? `，从首页搜索 ${medianWithRange(t.fromHomeRuns, 'ms')}` : ''}，${t.results} 条`);
  }
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  return report;
}

function markdown(reports: SizeReport[], generatedAt: string): string {
  const lines = [
    '# 基准测试报告（npm run bench）',
    '',
    `生成于 ${generatedAt}；机器：${os.cpus().length} 核，${Math.round(os.totalmem() / 2 ** 30)} GB 内存，Node ${process.version}。合成条目由 src/lib/bench/synthetic.ts 从真实来源记录的句子确定性生成。构建在临时目录中进行，步骤与 npm run build 相同（先 astro build，再在单独的进程中建立搜索索引，峰值内存取两者中较大的），预览图缓存和 Astro 的内容缓存都为空（冷构建），Node 堆上限设为内存的 3/4（--max-old-space-size）。“机器速度基准”是每档构建前测的一段固定单核工作（deflate、JSON、中文字符串，src/lib/bench/calibrate.ts）的用时，中位数（最小–最大）：这类虚拟机每次开机快慢不同（同样的代码，5,000 条的构建在一台上是 88–112 秒，在另一台上是 75–80 秒），比较两次报告时先看这一栏。`,
    '',
    '## 构建',
    '',
    '| 条目数 | 机器速度基准 | npm run check | 构建总计 | 其中：内容检查 | 页面生成 | 预览图（冷，另一线程上） | 搜索索引（单独进程） | 构建峰值内存 | 输出 | Pagefind 索引 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...reports.map((r) => {
      const s = r.steps;
      return `| ${r.entries} | ${r.calibrationMs ? medianWithRange(r.calibrationMs, 'ms') : '—'} | ${s['npm run check']!.seconds.toFixed(1)} s | ${r.buildRunsSeconds ? medianWithRange(r.buildRunsSeconds, 's') : `${r.buildTotal.seconds.toFixed(1)} s`} | ${s['astro build: content gate']!.seconds.toFixed(1)} s | ${s['astro build: pages']!.seconds.toFixed(1)} s | ${(s['astro build: preview images']?.seconds ?? NaN).toFixed(1)} s（等待 ${(s['astro build: waiting for preview images']?.seconds ?? NaN).toFixed(1)} s） | ${s['astro build: search index']!.seconds.toFixed(1)} s | ${r.buildTotal.peakMemoryMB} MB（astro build ${s['astro build: pages']!.peakMemoryMB} MB，搜索索引 ${s['astro build: search index']!.peakMemoryMB} MB） | ${r.output.files} 个文件，${r.output.totalMB} MB | ${r.output.pagefindMB} MB（${r.output.pagefindFiles} 个文件） |`;
    }),
    ...(reports.some((r) => r.buildRunsSeconds)
      ? ['', '“构建总计”测了几轮冷构建（`--build-rounds`）时，是各轮的中位数（最小–最大）；同一行的其余各栏取总用时居中的那一轮。']
      : []),
    ...(reports.some((r) => r.rebuild)
      ? [
          '',
          '重建（`--rebuild`：同一个网站再构建一次，预览图和 Astro 内容缓存都在，dist/ 已存在）：',
          '',
          '| 条目数 | 重建总计 | astro build | 搜索索引 | 峰值内存 |',
          '|---:|---:|---:|---:|---:|',
          ...reports.filter((r) => r.rebuild).map((r) => `| ${r.entries} | ${r.rebuild!.seconds.toFixed(1)} s | ${r.rebuild!.astroSeconds.toFixed(1)} s | ${r.rebuild!.indexSeconds.toFixed(1)} s | ${r.rebuild!.peakMemoryMB} MB |`),
        ]
      : []),
    '',
    '## 案例页首次加载（不含搜索，gzip 级别 6）',
    '',
    '| 条目数 | HTML | CSS | JS | 合计 gzip | 合计原始 |',
    '|---:|---:|---:|---:|---:|---:|',
    ...reports.map((r) => {
      const w = r.casePage;
      const total = Object.values(w).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
      const cell = (type: string) => (w[type] ? `${kb(w[type].gzip)} KB` : '0');
      return `| ${r.entries} | ${cell('html')} | ${cell('css')} | ${cell('js')} | ${kb(total.gzip)} KB | ${kb(total.raw)} KB |`;
    }),
    '',
    '## 列表页（每类中最重的一页，只计 HTML）',
    '',
    `主题页和地区页每页 ${LISTING_PAGE_SIZE} 篇（src/lib/paging.ts），更多的分页显示；来源文章页是原文全文加上从它摘编的全部案例，合成条目都摘自同样 5 篇原文（每篇原文下约有五分之一的条目），真实的库里一篇原文只有几篇。`,
    '',
    '| 条目数 | 类别 | 最重的一页 | HTML gzip | HTML 原始 | 这类页面数 |',
    '|---:|---|---|---:|---:|---:|',
    ...reports.flatMap((r) => (r.listings ?? []).map((l) => `| ${r.entries} | ${l.kind} | ${l.page} | ${kb(l.gzip)} KB | ${kb(l.raw)} KB | ${l.pages} |`)),
  ];
  const withSearch = reports.filter((r) => r.search);
  if (withSearch.length) {
    lines.push(
      '',
      '## 搜索（无头 Chromium，本机回环地址；从最后一次按键到结果显示）',
      '',
      '结果页每页 10 条，每条的文字是 Pagefind 单独的一个片段文件：前 5 条（比手机上和 1,280 × 720 时第一屏能放下的还多）的片段一到就显示；其余 5 条的片段在读者滚动到第 5 条时才下载，随后接在下面。“首屏”从输入计时；“整页”从滚动到第 5 条计时，到 10 条都显示为止。冷：新的浏览器上下文，搜索页已打开（打开时已载入 pagefind.js、它的 Worker、wasm、元数据和筛选表 facets.<哈希>.json，用来显示不输入关键词时的筛选数量），第一次查询；“首次查询下载”为这次查询在读者滚动之前下载的全部数据（括号里是滚动到第 5 条后再下载的），即 Pagefind 在 Web Worker 里取的索引分片和结果片段（这些文件本身是 gzip 压缩的），繁体查询还有繁简转换表。热：同一页面再次查询。每条查询测几轮（`--rounds`，默认 3；每轮都用新的浏览器上下文，各条查询轮流进行），表中是中位数，首屏一栏括号里是最小–最大。查询一次输入（如输入法上屏、粘贴），页面立即搜索（逐字键入时才等 50 毫秒的停顿）；热查询前停顿 1 秒，如读者看完结果再搜。“其中”把冷查询的首屏时间分成三段（搜索页在 performance 时间线上的标记，各轮中位数）：查索引是 Pagefind 在它的 Worker 里下载、解码索引分片并查出结果，取结果文字是下载前 5 条的片段，显示是排出结果列表。“搜索页本身”是打开搜索页下载的字节。“慢速网络首次打开”另外计时：新的浏览器上下文，模拟 Chrome 开发者工具的 Fast 3G（下行 1.6 Mbps、往返 150 ms），直接打开 `/search/?q=查询`（如在首页的搜索框里输入后提交），从开始导航到第一屏结果显示，页面、Pagefind 和筛选表都在这段时间里下载；测同样的轮数，取中位数。“慢速网络从首页搜索”同样的网络，先打开首页、点搜索框、用 ' + TYPING_MS / 1000 + ' 秒输入查询（手机上用拼音输入一个短查询大约这么久），再按回车：从按回车（搜索页开始导航）到第一屏结果。读者一开始输入，首页的搜索框就让浏览器预取搜索页要用的文件（src/scripts/search-prefetch.ts），按回车后只剩搜索页本身、和查询有关的文件要下载。本机测试服务器像各种静态托管一样以 gzip 传送文本文件，并按网站的 `_headers` 发送响应头（Pagefind 本身是 gzip 的文件带 `Content-Encoding: gzip`，由浏览器解压；每个响应还有内容安全策略等约 0.5 KB 的头），字节数都是传输的字节，含响应头（按 HTTP/1.1 原样计入；正式主机用 HTTP/2 时重复的响应头会被压缩）。',
      '',
      '| 条目数 | 查询 | 冷：首屏（前 5 条） | 其中：查索引 / 取结果文字 / 显示 | 冷：整页（滚动后） | 热：首屏 | 热：整页（滚动后） | 首次查询下载 | 搜索页本身（查询前） | 慢速网络首次打开 | 慢速网络从首页搜索 | 结果数 |',
      '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...withSearch.flatMap((r) =>
        r.search!.timings.map((t) => {
          const ms = (value?: number) => (value === undefined ? '—' : `${value} ms`);
          const spread = (values: number[] | undefined, value: number) => (values ? medianWithRange(values, 'ms') : ms(value));
          const steps = t.coldSteps ? `${t.coldSteps.searchMs} / ${t.coldSteps.textsMs} / ${t.coldSteps.displayMs} ms` : '—';
          return `| ${r.entries} | ${t.query} | ${spread(t.runs?.coldMs, t.coldMs)} | ${steps} | ${ms(t.coldAllMs)} | ${spread(t.runs?.warmMs, t.warmMs)} | ${ms(t.warmAllMs)} | ${kb(t.coldBytes)} KB${t.coldRestBytes === undefined ? '' : `（滚动后另 ${kb(t.coldRestBytes)} KB）`} | ${kb(t.pageBytes)} KB | ${t.firstVisitMs === undefined ? '—' : spread(t.firstVisitRuns, t.firstVisitMs)} | ${t.fromHomeMs === undefined ? '—' : spread(t.fromHomeRuns, t.fromHomeMs)} | ${t.results} |`;
        }),
      ),
      '',
      '| 条目数 | 短语精确率（前 10） | 繁简一致（前 10 相同） |',
      '|---:|---|---|',
      ...withSearch.map(
        (r) =>
          `| ${r.entries} | ${Object.entries(r.search!.phrasePrecision).map(([q, p]) => `${q} ${p.toFixed(2)}`).join('；')} | ${Object.entries(r.search!.traditionalParity).map(([q, ok]) => `${q} ${ok ? '✓' : '✗'}`).join('；')} |`,
      ),
    );
  }
  const quality = path.join(PROJECT, 'reports', 'search-quality.md');
  if (existsSync(quality)) lines.push('', '## 真实条目上的搜索质量（npm run test:browser 最近一次结果）', '', readFileSync(quality, 'utf8').replace(/^# /, '### '));
  return `${lines.join('\n')}\n`;
}

const reportOnly = args['report-only'];
const previous =
  (args.append || reportOnly) && existsSync(path.join(REPORT_DIR, 'report.json'))
    ? (JSON.parse(readFileSync(path.join(REPORT_DIR, 'report.json'), 'utf8')) as { generatedAt?: string; reports: SizeReport[]; failures: string[] })
    : undefined;
if (reportOnly && !previous) throw new Error('没有 reports/bench/report.json：先运行 npm run bench');
const measuring = reportOnly ? [] : SIZES;
const reports: SizeReport[] = (previous?.reports ?? []).filter((report) => !measuring.includes(report.entries));
const failures: string[] = (previous?.failures ?? []).filter((line) => !measuring.some((count) => line.startsWith(`${count} `)));
const generatedAt = reportOnly ? (previous!.generatedAt ?? new Date().toISOString()) : new Date().toISOString();
// The report is written after every size, so a long run that fails at 20,000 (out of memory, say)
// still leaves the figures of the sizes before it, and says what failed.
const writeReport = () => {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(path.join(REPORT_DIR, 'report.json'), `${JSON.stringify({ generatedAt, reports, failures }, null, 2)}\n`);
  const failed = failures.length ? `\n## 未完成\n\n${failures.map((line) => `- ${line}`).join('\n')}\n` : '';
  writeFileSync(path.join(REPORT_DIR, 'report.md'), markdown(reports, generatedAt) + failed);
};
if (reportOnly) writeReport();
for (const count of measuring) {
  try {
    reports.push(await benchSize(count));
    reports.sort((a, b) => a.entries - b.entries);
  } catch (error) {
    failures.push(`${count} 个条目：${String((error as Error).message).split('\n').slice(0, 6).join(' / ')}`);
    console.error(error);
  }
  writeReport();
}
console.log(`\n报告：${path.relative(PROJECT, path.join(REPORT_DIR, 'report.md'))}`);
if (failures.length) process.exitCode = 1;
