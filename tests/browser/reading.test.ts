// The reading experience on a 375 px phone: every control is thumb-sized, nothing scrolls
// sideways, nothing jumps (also when the reader picks 大字 or 深色), a case page stays light,
// and dark mode keeps AA contrast.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from './support/server.ts';
import { openSiteInChromium } from './support/site.ts';
import { builtCaseSlugs } from '../../src/lib/build/site-counts.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 375, height: 812 };
const CASE_BUDGET_GZIP = 20 * 1024;

const caseSlugs = builtCaseSlugs('dist').sort();
const aCase = `/cases/${caseSlugs[0]}/`;
const firstRegion = readdirSync('dist/regions', { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
const firstTag = readdirSync('dist/tags', { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
const READING_PAGES = ['/', aCase, '/regions/', ...(firstRegion ? [`/regions/${firstRegion}/`] : []), '/tags/', ...(firstTag ? [`/tags/${firstTag}/`] : []), '/search/', '/404.html'];

const site = openSiteInChromium(() => startStaticServer('dist'));

async function phonePage(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ viewport: PHONE, colorScheme: options.colorScheme ?? 'light', hasTouch: true, isMobile: true });
  return { context, page: await context.newPage() };
}

/** Starts summing layout shifts not caused by recent input, before any page script runs. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

describe('tap targets at 375 px', () => {
  it('every visible link, button, summary and input is at least 44×44 px (inline links in running text excepted)', async () => {
    const { context, page } = await phonePage();
    const small: string[] = [];
    // A search with its results too: their section links and 加入清单 buttons.
    for (const path of [...READING_PAGES, `/search/?q=${encodeURIComponent('社区经济')}`]) {
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.waitForSelector('[data-results] button[data-add-to-list]');
      // Open the reading-settings menu so its buttons are measured too.
      await page.click('details[data-prefs] summary');
      const found = await page.evaluate(() => {
        // A link inside a sentence (WCAG 2.5.8 “inline” exception) is sized by its text.
        const isInline = (el: Element) => {
          if (el.tagName !== 'A') return false;
          const parent = el.parentElement;
          if (!parent || !/^(P|LI|DD|SPAN|TD|FIGCAPTION|BLOCKQUOTE)$/.test(parent.tagName)) return false;
          const text = (parent.textContent ?? '').replace(/\s+/g, '');
          const own = (el.textContent ?? '').replace(/\s+/g, '');
          return getComputedStyle(el).display === 'inline' && text.length > own.length + 4;
        };
        return [...document.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), select, [role="button"]')]
          .filter((el) => {
            const rect = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden], .skip-link, .visually-hidden');
          })
          .filter((el) => !isInline(el) && !el.closest('.footnotes, .case .body, .provenance, .inferred-box'))
          .map((el) => ({ el, rect: el.getBoundingClientRect() }))
          .filter(({ el, rect }) => {
            // A checkbox or radio inside a label is tapped through the label.
            if (el instanceof HTMLInputElement && el.closest('label')) return false;
            return rect.width < 43.5 || rect.height < 43.5;
          })
          .map(({ el, rect }) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}” ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      });
      small.push(...found.map((item) => `${path}: ${item}`));
    }
    expect(small).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('layout on phones (375 px unless named)', () => {
  it('no page scrolls sideways, in light and dark, at normal and large text', async () => {
    const wide: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await phonePage({ colorScheme: scheme });
      for (const large of [false, true]) {
        await context.addInitScript((value) => localStorage.setItem('anliku-text-size', value), large ? 'large' : 'normal');
        for (const path of READING_PAGES) {
          await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) wide.push(`${scheme}${large ? ' 大字' : ''} ${path}: ${overflow}px too wide`);
        }
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  }, 120_000);

  it('the header fits one row: brand, sections, search and reading settings', async () => {
    const { context, page } = await phonePage();
    await page.goto(site.server.url + '/');
    const tops = await page.locator('.site-header a, .site-header summary').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await context.close();
  });

  it('on smaller phones (360 px, common on Android, and 320 px) no page scrolls sideways, and the header’s links sit in one row side by side', async () => {
    const problems: string[] = [];
    for (const width of [360, 320]) {
      // Not isMobile: a mobile viewport widens to fit what sticks out, and hides it.
      const context = await site.browser.newContext({ viewport: { width, height: 740 }, hasTouch: true });
      const page = await context.newPage();
      for (const path of [...READING_PAGES, `/search/?q=${encodeURIComponent('社区经济')}`]) {
        await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${width} px ${path}: ${overflow}px too wide`);
      }
      const header = await page.locator('.header-row > a, .header-row nav a, .header-row summary').evaluateAll((els) =>
        els.map((el) => {
          const rect = el.getBoundingClientRect();
          return { text: el.textContent!.trim(), left: rect.left, right: rect.right, middle: rect.top + rect.height / 2 };
        }),
      );
      header.slice(1).forEach((item, i) => {
        if (item.left < header[i]!.right - 0.5) problems.push(`${width} px: header “${item.text}” overlaps “${header[i]!.text}”`);
        if (Math.abs(item.middle - header[0]!.middle) > 2) problems.push(`${width} px: header “${item.text}” is not in the row`);
      });
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('数说 on the home page: each count stays whole on one line beside its bar, inside its chart, at normal and large text', async () => {
    const broken: string[] = [];
    for (const width of [375, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const large of [false, true]) {
        await context.addInitScript((value) => localStorage.setItem('anliku-text-size', value), large ? 'large' : 'normal');
        await page.goto(site.server.url + '/', { waitUntil: 'networkidle' });
        const found = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.chart .n')].flatMap((count) => {
            const range = document.createRange();
            range.selectNodeContents(count.firstChild!);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
            const chart = count.closest('.chart')!.getBoundingClientRect();
            const label = count.closest('.row')!.querySelector('.label')!.textContent;
            return lines !== 1 || count.getBoundingClientRect().right > chart.right ? [`${label}: ${count.firstChild!.textContent} on ${lines} lines`] : [];
          }),
        );
        expect(await page.locator('.chart .n').count()).toBeGreaterThan(0);
        broken.push(...found.map((item) => `${width} px${large ? ' 大字' : ''}: ${item}`));
      }
      await context.close();
    }
    expect(broken).toEqual([]);
  });

  it('数说: each row is a link to the page of its entries, which has as many as the row counts', async () => {
    const { context, page } = await phonePage();
    await page.goto(site.server.url + '/');
    const rows = await page.locator('.chart .row').evaluateAll((links) =>
      links.map((link) => ({ label: link.querySelector('.label')!.textContent!, count: Number(link.querySelector('.n')!.firstChild!.textContent), href: link.getAttribute('href')! })),
    );
    expect(rows.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const row of rows) {
      await page.goto(site.server.url + row.href);
      if (row.href.startsWith('/search/')) {
        // A year: the search page browses it, its filter ticked, the status line naming it and the count.
        await expect.poll(() => page.locator('[data-status]').textContent(), { message: row.href, timeout: 10_000 }).toMatch(/^找到 \d+ 条结果/);
        const status = (await page.locator('[data-status]').textContent())!;
        const year = page.locator('[data-filters] fieldset', { has: page.locator('legend', { hasText: '年份' }) }).locator('label', { hasText: row.label }).locator('input');
        await year.waitFor();
        const ticked = await year.isChecked();
        if (status !== `找到 ${row.count} 条结果（筛选：${row.label}年）` || !ticked) wrong.push(`${row.label} ${row.count} → ${row.href}: “${status}”${ticked ? '' : '，年份没有勾上'}`);
      } else {
        const title = (await page.locator('h1').textContent())!.trim();
        const cards = await page.locator('.case-card').count();
        if (!title.includes(row.label) || cards !== row.count) wrong.push(`${row.label} ${row.count} → ${row.href}: “${title}”, ${cards} 篇`);
      }
    }
    expect(wrong).toEqual([]);
    await context.close();
  }, 120_000);

  it('a province’s topics lead to the search page with the province and the topic ticked, as many results as the topic counts', async () => {
    const { context, page } = await phonePage();
    await page.goto(site.server.url + '/regions/150000/');
    const chip = page.locator('.region-topics a.chip').first();
    const [topic, count] = [(await chip.evaluate((a) => a.firstChild!.textContent))!, Number(await chip.locator('.count').textContent())];
    await chip.click();
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 10_000 }).toBe(`找到 ${count} 条结果（筛选：内蒙古自治区，${topic}）`);
    expect(await page.locator('[data-results] > li').count()).toBe(Math.min(count, 10));
    await context.close();
  });

  it('a “ · ” line’s items (place, unit, date, count) move to the next line whole, never split, at normal and large text', async () => {
    const courses = readdirSync('dist/courses', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/courses/${entry.name}/`);
    const split: string[] = [];
    const { context, page } = await phonePage();
    for (const large of [false, true]) {
      await context.addInitScript((value) => localStorage.setItem('anliku-text-size', value), large ? 'large' : 'normal');
      for (const path of ['/courses/', ...courses, '/sources/', `${aCase}card/`, `/list/?ids=${caseSlugs.slice(0, 3).join(',')}`]) {
        await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
        const found = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.whole')].flatMap((item) => {
            const range = document.createRange();
            range.selectNodeContents(item);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
            return lines > 1 ? [`“${item.textContent}” on ${lines} lines`] : [];
          }),
        );
        expect(await page.locator('.whole').count(), path).toBeGreaterThan(0);
        split.push(...found.map((item) => `${large ? '大字 ' : ''}${path}: ${item}`));
      }
    }
    expect(split).toEqual([]);
    await context.close();
  }, 60_000);

  it('every search field’s example query fits the field, at normal and large text', async () => {
    const clipped: string[] = [];
    const { context, page } = await phonePage();
    for (const large of [false, true]) {
      await context.addInitScript((value) => localStorage.setItem('anliku-text-size', value), large ? 'large' : 'normal');
      for (const path of READING_PAGES) {
        await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
        const found = await page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d')!;
          return [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')].flatMap((input) => {
            const style = getComputedStyle(input);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const needed = canvas.measureText(input.placeholder).width;
            return needed > room ? [`“${input.placeholder}” needs ${Math.ceil(needed)}px, has ${Math.floor(room)}px`] : [];
          });
        });
        clipped.push(...found.map((item) => `${large ? '大字 ' : ''}${path}: ${item}`));
      }
    }
    expect(clipped).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('layout stability', () => {
  it('pages load without layout shift (CLS ≈ 0), also with remembered 大字 and 深色', async () => {
    const shifts: string[] = [];
    for (const remembered of [false, true]) {
      const { context, page } = await phonePage();
      await watchLayoutShift(page);
      if (remembered) {
        await context.addInitScript(() => {
          localStorage.setItem('anliku-text-size', 'large');
          localStorage.setItem('anliku-theme', 'dark');
        });
      }
      for (const path of ['/', aCase, `/search/?q=${encodeURIComponent('擂台赛')}`]) {
        await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        const cls = await layoutShift(page);
        if (cls > 0.01) shifts.push(`${remembered ? '大字+深色 ' : ''}${path}: CLS ${cls.toFixed(3)}`);
      }
      await context.close();
    }
    expect(shifts).toEqual([]);
  }, 60_000);

  it('大字 and 深色 toggle from the header, are remembered, and shift nothing unprompted', async () => {
    const { context, page } = await phonePage();
    await watchLayoutShift(page);
    await page.goto(site.server.url + aCase, { waitUntil: 'networkidle' });
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await bodySize();
    await page.click('details[data-prefs] summary');
    await page.click('[data-action="toggle-size"]');
    await page.click('[data-action="toggle-theme"]');
    expect(await bodySize()).toBeGreaterThan(before * 1.1);
    expect(await page.getAttribute('[data-action="toggle-size"]', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.keyboard.press('Escape');
    expect(await page.locator('details[data-prefs]').getAttribute('open')).toBeNull();
    await page.waitForTimeout(700);
    expect(await layoutShift(page)).toBeLessThan(0.01);

    await page.goto(site.server.url + '/');
    expect(await bodySize()).toBeGreaterThan(before * 1.1);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getAttribute('[data-action="toggle-theme"]', 'aria-pressed')).toBe('true');
    await context.close();
  });
});

describe('page weight', () => {
  it(`a case page loads ≤ 20 KB gzip of HTML, CSS and JS (Pagefind index excluded)`, async () => {
    const { context, page } = await phonePage();
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      const type = response.headers()['content-type'] ?? '';
      if (url.pathname.startsWith('/pagefind/')) return;
      if (/text\/html|text\/css|javascript/.test(type)) loaded.add(url.pathname);
    });
    const sizes: Record<string, number> = {};
    for (const slug of caseSlugs) {
      loaded.clear();
      await page.goto(`${site.server.url}/cases/${slug}/`, { waitUntil: 'networkidle' });
      let total = 0;
      for (const pathname of loaded) {
        const file = pathname.endsWith('/') ? `dist${pathname}index.html` : `dist${pathname}`;
        total += gzipSync(readFileSync(file)).length;
      }
      sizes[slug] = total;
    }
    const [heaviest, most] = Object.entries(sizes).sort(([, a], [, b]) => b - a)[0]!;
    console.log(`案例页首次载入（gzip，HTML、CSS、JS）：最重的是 ${heaviest}，${most} 字节；上限 ${CASE_BUDGET_GZIP}`);
    const over = Object.entries(sizes).filter(([, total]) => total > CASE_BUDGET_GZIP);
    expect(over).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('dark mode', () => {
  it('axe finds no colour-contrast problems with 深色 chosen in the header (system light)', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true, colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('anliku-theme', 'dark'));
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of READING_PAGES) {
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      await page.click('details[data-prefs] summary');
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        return result.violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} @ ${n.target.join(' ')}`));
      });
      problems.push(...violations.map((v) => `${path}: ${v}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
