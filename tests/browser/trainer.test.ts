// Trainer tools in a real browser (issue 5): copying a section link and a citation puts the right
// text on the clipboard (or shows it where the clipboard is refused), every case card prints to
// exactly one A4 page, print media drops the site chrome, and the reading list round-trips.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from './support/server.ts';
import { openSiteInChromium } from './support/site.ts';
import { scanPng, scanQr } from './support/scan-qr.ts';
import { readCaseSlugs } from '../../src/lib/vocabulary.ts';
import { caseNumbersText } from '../../src/lib/mistyped-url.ts';
import { LISTING_PAGE_SIZE } from '../../src/lib/paging.ts';
import { parseEntryDocument } from '../../src/lib/check/document.ts';
import { SITE_NAME, SITE_URL } from '../../src/config/site.ts';
import { listAsText } from '../../src/lib/listed-cases.ts';
import { listCardsUrl, listUrl, parseListTitle } from '../../src/lib/reading-list.ts';
import type { CaseRecord } from '../../src/lib/data/case-record.ts';
import { accessDate } from '../../src/lib/access-date.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ORIGIN = new URL(SITE_URL).origin;
const slugs = readCaseSlugs();
const SLUG = slugs.includes('datong-xiaoqu-zhibu') ? 'datong-xiaoqu-zhibu' : slugs[0]!;
const TAG = readdirSync('dist/tags', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
/** WeChat's in-app browser on Android, which ignores downloads and window.print(). */
const WECHAT_USER_AGENT = 'Mozilla/5.0 (Linux; Android 12; V2055A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN';

const site = openSiteInChromium(() => startStaticServer('dist'));

/** Each item's case as its title link opens it, its title, and the case its “加入清单” button adds. */
function addButtonsOf(page: Page, items: string, titles: string): Promise<{ opens: string; title: string; adds: string | undefined }[]> {
  return page.locator(items).evaluateAll(
    (elements, title) =>
      elements.map((item) => ({
        opens: new URL(item.querySelector<HTMLAnchorElement>(`${title} a`)!.href).pathname,
        title: item.querySelector(title)!.textContent!.trim(),
        adds: item.querySelector<HTMLButtonElement>('button[data-add-to-list]')?.dataset.addToList,
      })),
    titles,
  );
}

async function clipboardContext(): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  return context;
}

/** The ids of axe-core's WCAG 2.1 AA and best-practice violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => v.id);
  });
}

/** Pages in a PDF made by Chromium: one /Type /Page object per page (the tree node is /Pages). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe('copy links and citations', () => {
  it('“复制本节链接” puts the permanent URL of that section on the clipboard', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/${SLUG}/`, { waitUntil: 'networkidle' });
    const button = page.locator('.body .section-link').nth(1);
    const id = await button.getAttribute('data-section-id');
    expect(id).toBeTruthy();
    // The button follows the heading it links to.
    expect(await button.evaluate((el) => el.previousElementSibling?.id)).toBe(id);
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/cases/${SLUG}/#${encodeURIComponent(id!)}`);
    expect(await page.locator('[data-copy-status]').textContent()).toContain('已复制');
    await context.close();
  });

  it('a section link opens with its heading in view below the sticky header, on a phone and at 1,280 px, at both text sizes', async () => {
    for (const width of [375, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/cases/${SLUG}/`, { waitUntil: 'networkidle' });
      const id = (await page.locator('.body .section-link').nth(1).getAttribute('data-section-id'))!;
      for (const large of [false, true]) {
        // 大字 (kept in localStorage by public/reader-prefs.js) enlarges the text, not the header:
        // the gap must hold either way.
        await page.evaluate((on) => (on ? localStorage.setItem('anliku-text-size', 'large') : localStorage.removeItem('anliku-text-size')), large);
        // From another page, so that the link is opened as a reader opens it (a new document load).
        await page.goto(`${site.server.url}/`);
        await page.goto(`${site.server.url}/cases/${SLUG}/#${encodeURIComponent(id)}`);
        expect(await page.evaluate(() => document.documentElement.dataset.textSize === 'large')).toBe(large);
        const { headerBottom, headingTop } = await page.evaluate((target) => ({
          headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
          headingTop: document.getElementById(target)!.getBoundingClientRect().top,
        }), id);
        expect(headingTop, `${width} px${large ? ', 大字' : ''}`).toBeGreaterThanOrEqual(headerBottom);
        expect(headingTop).toBeLessThan(headerBottom + 80);
      }
      await context.close();
    }
  });

  it('shows the link in a selected field when the clipboard is refused', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/${SLUG}/`, { waitUntil: 'networkidle' });
    const button = page.locator('.body .section-link').first();
    const id = await button.getAttribute('data-section-id');
    await button.click();
    const field = page.locator('.body input[data-copy-fallback]');
    expect(await field.inputValue()).toBe(`${ORIGIN}/cases/${SLUG}/#${encodeURIComponent(id!)}`);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('“复制引文” copies the GB/T 7714 citation dated today on the reader’s device, and the chat line', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/${SLUG}/`, { waitUntil: 'networkidle' });
    await page.click('button[data-copy="citation-gbt"]');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(`[EB/OL]. 基层党建案例库, `);
    expect(citation).toContain(`[${accessDate(new Date())}]. ${ORIGIN}/cases/${SLUG}/.`);
    expect(citation).not.toMatch(/\s{2}|\n/);
    await page.click('button[data-copy="citation-plain"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`（基层党建案例库）${ORIGIN.replace(/[.]/g, '\\.')}/cases/${SLUG}/$`));
    await context.close();
  });
});

describe('QR codes, scanned from the screen', () => {
  it('of a case page (light and dark), its card, a course, topic, province and city page open their permanent addresses', async () => {
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/cases/${SLUG}/`, { waitUntil: 'networkidle' });
      expect(await scanQr(page.locator('.cite svg.qr')), colorScheme).toBe(`${ORIGIN}/cases/${SLUG}/`);
      await page.goto(`${site.server.url}/cases/${SLUG}/card/`, { waitUntil: 'networkidle' });
      expect(await scanQr(page.locator('svg.qr').first()), `${colorScheme} card`).toBe(`${ORIGIN}/cases/${SLUG}/`);
      await page.goto(`${site.server.url}/courses/${course}/`, { waitUntil: 'networkidle' });
      expect(await scanQr(page.locator('.page-qr svg.qr')), `${colorScheme} course`).toBe(`${ORIGIN}/courses/${course}/`);
      for (const listing of [`/tags/${TAG}/`, '/regions/140000/', '/regions/140200/']) {
        await page.goto(`${site.server.url}${listing}`, { waitUntil: 'networkidle' });
        expect(await scanQr(page.locator('.page-qr svg.qr')), `${colorScheme} ${listing}`).toBe(`${ORIGIN}${listing}`);
      }
      await context.close();
    }
  });

  it('download as PNG pictures for slides (older PowerPoint and WPS take no SVG): ≥ 800 px, square, each opening its address', async () => {
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    const { cases } = (await (await fetch(`${site.server.url}/api/cases.json`)).json()) as { cases: CaseRecord[] };
    const [a, b] = cases;
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const pictures: [string, string, string, string][] = [
      [`/cases/${SLUG}/`, '.cite button[data-qr-png]', `${SLUG}-qr.png`, `${ORIGIN}/cases/${SLUG}/`],
      [`/courses/${course}/`, '.page-qr button[data-qr-png]', `${course}-qr.png`, `${ORIGIN}/courses/${course}/`],
      [`/tags/${TAG}/`, '.page-qr button[data-qr-png]', `${TAG}-qr.png`, `${ORIGIN}/tags/${TAG}/`],
      [`/list/?ids=${a!.slug},${b!.slug}`, '[data-list-qr] button[data-qr-png]', '清单二维码.png', `${site.server.url}/list/?ids=${a!.number},${b!.number}`],
    ];
    for (const [path, button, fileName, address] of pictures) {
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
      await page.locator(button).scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename(), path).toBe(fileName);
      const { width, height, text } = await scanPng(page, readFileSync((await download.path())!));
      expect({ path, square: width === height, large: width >= 800, text }).toEqual({ path, square: true, large: true, text: address });
    }
    await context.close();
  });

  it('in WeChat, which ignores downloads, shows the PNG picture to long-press and save instead', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true, userAgent: WECHAT_USER_AGENT });
    const page = await context.newPage();
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.goto(`${site.server.url}/tags/${TAG}/`, { waitUntil: 'networkidle' });
    await page.click('.page-qr button[data-qr-png]');
    const shown = page.locator('.page-qr [data-qr-png-shown] img');
    await shown.waitFor();
    const src = (await shown.getAttribute('src'))!;
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    const { width, height, text } = await scanPng(page, Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
    expect({ square: width === height, large: width >= 800, text }).toEqual({ square: true, large: true, text: `${ORIGIN}/tags/${TAG}/` });
    expect(await page.locator('.page-qr [data-qr-png-shown]').textContent()).toContain('长按图片');
    // A second press shows the same picture, once.
    await page.click('.page-qr button[data-qr-png]');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-qr-png-shown]').count()).toBe(1);
    expect(downloads).toEqual([]);
    await context.close();
  });

  it('of a reading list opens the same list, by case numbers, with its title, and follows each edit', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const cases = (await (await fetch(`${site.server.url}/api/cases.json`)).json()) as { cases: { slug: string; number: number }[] };
    const [a, b, c] = cases.cases;
    await page.goto(`${site.server.url}/list/?ids=${a!.slug},${b!.slug},${c!.slug}&title=${encodeURIComponent('第三讲 阅读材料')}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-qr] svg.qr');
    const scanned = await scanQr(page.locator('[data-list-qr] svg.qr'));
    expect(scanned).toBe(`${site.server.url}/list/?ids=${a!.number},${b!.number},${c!.number}&title=${encodeURIComponent('第三讲 阅读材料')}`);

    const student = await context.newPage();
    await student.goto(scanned!, { waitUntil: 'networkidle' });
    await student.waitForSelector('[data-list-items] li');
    expect(await student.locator('[data-list-items] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug))).toEqual([a!.slug, b!.slug, c!.slug]);
    expect(await student.locator('h1').textContent()).toBe('第三讲 阅读材料');

    await page.click(`[data-list-items] li[data-slug="${c!.slug}"] button[data-item-action="up"]`);
    await page.fill('[data-list-title]', '第四讲');
    await expect.poll(() => scanQr(page.locator('[data-list-qr] svg.qr')), { timeout: 10_000 }).toBe(`${site.server.url}/list/?ids=${a!.number},${c!.number},${b!.number}&title=${encodeURIComponent('第四讲')}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-list-qr] svg.qr').isVisible()).toBe(true);
    expect(await page.locator('[data-list-qr-url]').textContent()).toContain(`/list/?ids=${a!.number},${c!.number},${b!.number}`);
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-list-clear]');
    expect(await page.locator('[data-list-qr]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  it('the print buttons print, and in WeChat (where window.print() does nothing) say how to print instead', async () => {
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    const pages: [string, string][] = [
      [`/cases/${SLUG}/card/`, 'button[data-print]'],
      [`/courses/${course}/`, 'button[data-print]'],
      [`/list/?ids=${SLUG}`, 'button[data-list-print]'],
      [`/list/cards/?ids=${SLUG}`, 'button[data-cards-print]'],
    ];
    for (const userAgent of [undefined, WECHAT_USER_AGENT]) {
      const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, ...(userAgent ? { userAgent } : {}) });
      await context.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      const page = await context.newPage();
      for (const [path, button] of pages) {
        await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
        await page.locator(button).click();
        const printed = await page.evaluate(() => (window as unknown as { printed: number }).printed);
        const note = page.locator(`${button} + [data-print-note]`);
        if (userAgent) {
          expect({ path, printed }).toEqual({ path, printed: 0 });
          expect(await note.textContent(), path).toContain('在浏览器打开');
        } else {
          expect({ path, printed, notes: await note.count() }).toEqual({ path, printed: 1, notes: 0 });
        }
      }
      await context.close();
    }
  });

  it('every case card prints on exactly one A4 page', async () => {
    const page = await site.browser.newPage();
    const counts: Record<string, number> = {};
    for (const slug of slugs) {
      await page.goto(`${site.server.url}/cases/${slug}/card/`, { waitUntil: 'networkidle' });
      counts[slug] = pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    }
    console.info(`案例卡页数：${Object.entries(counts).map(([slug, n]) => `${slug} ${n}`).join('；')}`);
    expect(Object.entries(counts).filter(([, n]) => n !== 1)).toEqual([]);
    await page.close();
  }, 180_000);

  it('a course pack’s printable cards take one page per case', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/courses/`, { waitUntil: 'networkidle' });
    const hrefs = await page.locator('.course-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) {
      await page.goto(`${site.server.url}${href}cards/`, { waitUntil: 'networkidle' });
      const cards = await page.locator('article.handout').count();
      expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true })), href).toBe(cards);
    }
    await page.close();
  }, 120_000);

  it('print media hides navigation, search and buttons but keeps the figures, citation and QR code', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/cases/${SLUG}/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'nav', '.search-link', '.site-footer', '.section-link', '.case-tools', 'button[data-copy]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['h1', '.figures', '#citation-gbt', '.cite svg.qr']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    // Links print their address; the QR caption prints the case URL.
    const after = await page.locator('.provenance a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${ORIGIN}/sources/`);
    expect(await page.locator('.print-url').isVisible()).toBe(true);
    await page.close();
  });
});

describe('reading list', () => {
  it('“加入清单” on two case pages builds a list that lives in the URL and can be reordered', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const [first, second] = [slugs[0]!, slugs[1]!];
    for (const slug of [first, second]) {
      await page.goto(`${site.server.url}/cases/${slug}/`, { waitUntil: 'networkidle' });
      await page.click(`button[data-add-to-list="${slug}"]`);
      expect(await page.getAttribute(`button[data-add-to-list="${slug}"]`, 'aria-pressed')).toBe('true');
    }
    expect(await page.getAttribute('a[data-list-link]', 'href')).toBe(`/list/?ids=${first},${second}`);
    await page.click('a[data-list-link]');
    await page.waitForSelector('[data-list-items] li');
    expect(await page.locator('[data-list-items] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug))).toEqual([first, second]);
    await page.click(`[data-list-items] li[data-slug="${second}"] button[data-item-action="up"]`);
    expect(new URL(page.url()).search).toBe(`?ids=${second},${first}`);
    await context.close();
  });

  it('“加入清单” beside each search result adds the case it opens, names that case to screen readers, and agrees with the case page, even in another tab', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    const search = await context.newPage();
    await search.goto(`${site.server.url}/search/?q=${encodeURIComponent('社区经济')}`);
    await search.waitForSelector('[data-results] > li');
    const results = await addButtonsOf(search, '[data-results] > li', '.result-title');
    expect(results.length).toBeGreaterThan(1);
    for (const result of results) expect(`/cases/${result.adds}/`).toBe(result.opens);
    expect(await search.locator('a[data-list-link]').isVisible()).toBe(false);
    const [first] = results;
    const button = search.locator(`button[data-add-to-list="${first!.adds}"]`);
    await button.waitFor();
    expect(await button.getAttribute('aria-label')).toBe(`加入清单：${first!.title}`);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.getAttribute('aria-label')).toBe(`已加入清单：${first!.title}`);
    expect(await search.locator('[data-list-announcer]').textContent()).toBe('已加入清单，清单中共 1 个案例');
    // The search's own status line still says what was found.
    expect(await search.locator('[data-status]').textContent()).toContain('社区经济');
    expect(await search.getAttribute('a[data-list-link]', 'href')).toBe(`/list/?ids=${first!.adds}`);
    expect(await search.locator('a[data-list-link]').textContent()).toBe('我的清单（1）');
    expect(await axeViolations(search)).toEqual([]);
    // The case page knows it is in the list; taken out there, the search page (still open) shows it at once.
    const casePage = await context.newPage();
    await casePage.goto(`${site.server.url}/cases/${first!.adds}/`, { waitUntil: 'networkidle' });
    const onCasePage = casePage.locator(`button[data-add-to-list="${first!.adds}"]`);
    expect(await onCasePage.getAttribute('aria-pressed')).toBe('true');
    await onCasePage.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    expect(await search.locator('a[data-list-link]').isVisible()).toBe(false);
    await context.close();
  });

  it('“加入清单” on the cards of a listing (and of a case page’s related cases) adds each card’s case, names it to screen readers, and the list and case page agree', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/`, { waitUntil: 'networkidle' });
    const cards = await addButtonsOf(page, 'article.case-card', '.title');
    expect(cards.length).toBeGreaterThan(2);
    for (const card of cards) expect(`/cases/${card.adds}/`).toBe(card.opens);
    expect(await page.locator('a[data-list-link]').isVisible()).toBe(false);
    const [first, , third] = cards;
    for (const [index, card] of [first!, third!].entries()) {
      const button = page.locator(`button[data-add-to-list="${card.adds}"]`);
      expect(await button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-label')).toBe(`加入清单：${card.title}`);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await button.getAttribute('aria-label')).toBe(`已加入清单：${card.title}`);
      expect(await page.locator('[data-list-announcer]').textContent()).toBe(`已加入清单，清单中共 ${index + 1} 个案例`);
    }
    expect(await page.locator('a[data-list-link]').textContent()).toBe('我的清单（2）');
    expect(await page.getAttribute('a[data-list-link]', 'href')).toBe(`/list/?ids=${first!.adds},${third!.adds}`);
    expect(await axeViolations(page)).toEqual([]);
    // A second press takes it out again.
    await page.click(`button[data-add-to-list="${third!.adds}"]`);
    expect(await page.locator('[data-list-announcer]').textContent()).toBe('已从清单移除');
    expect(await page.getAttribute('a[data-list-link]', 'href')).toBe(`/list/?ids=${first!.adds}`);
    await page.goto(`${site.server.url}${first!.opens}`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute(`button[data-add-to-list="${first!.adds}"]`, 'aria-pressed')).toBe('true');
    // The case page's related cases have the button too.
    const related = page.locator('.related button[data-add-to-list]').first();
    const relatedSlug = await related.getAttribute('data-add-to-list');
    expect(relatedSlug).not.toBe(first!.adds);
    await related.click();
    expect(await related.getAttribute('aria-pressed')).toBe('true');
    await page.click('a[data-list-link]');
    await page.waitForSelector('[data-list-items] li');
    expect(await page.locator('[data-list-items] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug))).toEqual([first!.adds, relatedSlug]);
    await context.close();
  });

  it('opens a shared list by slugs or printed case numbers, names ids it does not know, and loads only the listed cases', async () => {
    const page = await site.browser.newPage();
    const cases = (await (await fetch(`${site.server.url}/api/cases.json`)).json()) as { cases: { slug: string; number: number }[] };
    const [a, b] = cases.cases;
    const data: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/') || pathname.startsWith('/c/') || pathname.startsWith('/cases/')) data.push(pathname);
    });
    await page.goto(`${site.server.url}/list/?ids=${b!.number},${a!.slug},nope`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    expect(await page.locator('[data-list-items] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug))).toEqual([b!.slug, a!.slug]);
    expect(await page.locator('[data-list-status]').textContent()).toContain('找不到：nope');
    // The shared list's number becomes the case's slug in the address bar; the unknown id is dropped.
    expect(new URL(page.url()).search).toBe(`?ids=${b!.slug},${a!.slug}`);
    // Not the whole library's /api/cases.json: each listed case's own record, a number through its short link.
    expect(data.sort()).toEqual([`/api/cases/${a!.slug}.json`, `/api/cases/${b!.slug}.json`, '/api/cases/nope.json', `/c/${b!.number}/`, '/cases/nope/'].sort());
    await page.close();
  });

  it('can be named: the title travels in the URL and shows as the heading, the tab’s title and in print, as text only', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    const [a, b] = [slugs[0]!, slugs[1]!];
    const hostile = '第三讲<img src=x onerror=alert(1)>\n阅读';
    await page.goto(`${site.server.url}/list/?ids=${a},${b}&title=${encodeURIComponent(hostile)}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    const heading = page.locator('h1');
    expect(await heading.textContent()).toBe(parseListTitle(hostile));
    expect(await heading.locator('*').count()).toBe(0);
    expect(await page.title()).toBe(`${parseListTitle(hostile)} · ${SITE_NAME}`);

    // Named by typing: heading, tab title and address follow; the copied link carries the title.
    await page.fill('[data-list-title]', '第三讲 阅读材料');
    expect(await heading.textContent()).toBe('第三讲 阅读材料');
    expect(await page.title()).toBe(`第三讲 阅读材料 · ${SITE_NAME}`);
    expect(new URL(page.url()).search).toBe(`?ids=${a},${b}&title=${encodeURIComponent('第三讲 阅读材料')}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    await page.click('[data-list-copy]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}/list/?ids=${a},${b}&title=${encodeURIComponent('第三讲 阅读材料')}`);

    // The printout shows the title, not the field to type it in.
    await page.emulateMedia({ media: 'print' });
    expect(await heading.isVisible()).toBe(true);
    expect(await page.locator('[data-list-title]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Remembered with the list: the bare /list/ and a case page's “我的清单” link bring it back.
    await page.locator('[data-list-title]').blur();
    await page.goto(`${site.server.url}/list/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    expect(await heading.textContent()).toBe('第三讲 阅读材料');
    expect(await page.inputValue('[data-list-title]')).toBe('第三讲 阅读材料');
    await page.goto(`${site.server.url}/cases/${a}/`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('a[data-list-link]', 'href')).toBe(`/list/?ids=${a},${b}&title=${encodeURIComponent('第三讲 阅读材料')}`);

    // Clearing the list clears its title too.
    await page.goto(`${site.server.url}/list/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    await page.click('[data-list-clear]');
    expect(await heading.textContent()).toBe('我的清单');
    expect(new URL(page.url()).search).toBe('');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('“复制为文字” puts the list on the clipboard as text for a WeChat group or a handout, or shows it where the clipboard is refused', async () => {
    const { cases } = (await (await fetch(`${site.server.url}/api/cases.json`)).json()) as { cases: CaseRecord[] };
    const [a, b] = cases;
    const query = `?ids=${a!.slug},${b!.slug}&title=${encodeURIComponent('第三讲 阅读材料')}`;
    const expected = listAsText('第三讲 阅读材料', [a!, b!], `${site.server.url}/list/?ids=${a!.number},${b!.number}&title=${encodeURIComponent('第三讲 阅读材料')}`);
    expect(expected).toContain(`1. ${a!.title}（${a!.region.fullName}，`);
    expect(expected).toContain(`   ${a!.shortUrl}`);

    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/list/${query}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    await page.click('[data-list-copy-text]');
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain('已复制清单文字（2 个案例）');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.locator('[data-list-text]').isVisible()).toBe(false);
    await context.close();

    const refused = await site.browser.newContext();
    await refused.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const wechat = await refused.newPage();
    await wechat.goto(`${site.server.url}/list/${query}`, { waitUntil: 'networkidle' });
    await wechat.waitForSelector('[data-list-items] li');
    await wechat.click('[data-list-copy-text]');
    const field = wechat.locator('[data-list-text]');
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(expected);
    expect(await field.evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd, document.activeElement === area])).toEqual([0, expected.length, true]);
    // Renaming the list hides the text it no longer matches.
    await wechat.fill('[data-list-title]', '第四讲');
    expect(await field.isVisible()).toBe(false);
    await refused.close();
  });

  it('prints its case cards: one A4 page each, in the list’s order, under the list’s title, styled and scannable', async () => {
    const { cases } = (await (await fetch(`${site.server.url}/api/cases.json`)).json()) as { cases: CaseRecord[] };
    const [a, b, c] = cases;
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // A number and slugs, as a shared list may name them; the cards come in the list's order.
    await page.goto(`${site.server.url}/list/?ids=${c!.slug},${a!.number},${b!.slug}&title=${encodeURIComponent('第三讲')}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    const slugsInOrder = [c!.slug, a!.slug, b!.slug];
    expect(await page.getAttribute('[data-list-cards]', 'href')).toBe(listCardsUrl(slugsInOrder, '第三讲'));
    await page.click('[data-list-cards]');
    await expect.poll(() => page.locator('article.handout').count()).toBe(3);
    expect(await page.locator('.handout-kicker').allTextContents()).toEqual([c!, a!, b!].map((record) => expect.stringContaining(`第 ${record.number} 号`)));
    expect(await page.locator('h1').allTextContents()).toEqual(['第三讲 · 案例卡']);
    expect(await page.locator('article.handout h2.handout-title').allTextContents()).toEqual([c!.title, a!.title, b!.title]);
    expect(new Set(await page.locator('article.handout [data-access-date]').allTextContents())).toEqual(new Set([accessDate(new Date())]));
    expect(await page.getAttribute('[data-cards-back]', 'href')).toBe(listUrl(slugsInOrder, '第三讲'));
    // The cards' own stylesheet came along (on screen a card has a border; unstyled, none).
    expect(await page.locator('article.handout').first().evaluate((card) => getComputedStyle(card).borderTopStyle)).toBe('solid');
    expect(await scanQr(page.locator('article.handout svg.qr').first())).toBe(`${ORIGIN}/cases/${c!.slug}/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(3);
    expect(errors).toEqual([]);

    // An empty list says so rather than waiting.
    await page.goto(`${site.server.url}/list/cards/?ids=`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-cards-status]').textContent()).toContain('清单是空的');
    expect(await page.locator('[data-cards-print]').isVisible()).toBe(false);
    await context.close();
  }, 60_000);

  it('adds one case of a course to the trainer\'s own list from the course page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    await page.goto(`${site.server.url}/courses/${course}/`, { waitUntil: 'networkidle' });
    const readings = await page.locator('.readings > li').evaluateAll((items) =>
      items.map((item) => ({ opens: new URL(item.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname, adds: item.querySelector<HTMLButtonElement>('button[data-add-to-list]')?.dataset.addToList })),
    );
    expect(readings.length).toBeGreaterThan(1);
    for (const reading of readings) expect(`/cases/${reading.adds}/`).toBe(reading.opens);
    const second = page.locator(`button[data-add-to-list="${readings[1]!.adds}"]`);
    await second.click();
    expect(await second.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-copy-status]').textContent()).toBe('已加入清单，清单中共 1 个案例');
    expect(await page.locator('a[data-list-link]').textContent()).toBe('我的清单（1）');
    expect(await page.getAttribute('a[data-list-link]', 'href')).toBe(`/list/?ids=${readings[1]!.adds}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('opens a course as a list named after the course', async () => {
    const page = await site.browser.newPage();
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    await page.goto(`${site.server.url}/courses/${course}/`, { waitUntil: 'networkidle' });
    const courseTitle = (await page.locator('h1').textContent())!.trim();
    await page.click('text=作为我的清单打开');
    await page.waitForSelector('[data-list-items] li');
    expect(await page.locator('h1').textContent()).toBe(courseTitle);
    expect(new URL(page.url()).searchParams.get('title')).toBe(courseTitle);
    await page.close();
  });

  it('a course page ends with its cases as a 参考文献 list, accessed today, which copies as the same course opened as a list does', async () => {
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/courses/${course}/`, { waitUntil: 'networkidle' });
    const cases = await page.locator('.readings > li').count();
    const shown = await page.locator('#course-references > li').allTextContents();
    expect(shown).toHaveLength(cases);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    shown.forEach((line, i) => expect(line.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^\\[${i + 1}\\] .+\\[EB/OL\\]\\. .+\\[${today}\\]\\. https?://\\S+/cases/[a-z0-9-]+/\\.$`)));
    await page.click('button[data-copy-lines="course-references"]');
    await expect.poll(() => page.locator('[data-copy-status]').first().textContent()).toBe('已复制参考文献');
    const fromCourse = await page.evaluate(() => navigator.clipboard.readText());
    expect(fromCourse.split('\n')).toHaveLength(cases);
    await page.click('text=作为我的清单打开');
    await page.waitForSelector('[data-list-items] li');
    await page.click('[data-list-copy-references]');
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain(`已复制 ${cases} 条参考文献`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fromCourse);
    await context.close();

    // Where the clipboard is refused (some WeChat versions), the lines are shown in a box, selected.
    const refused = await site.browser.newContext();
    await refused.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const wechat = await refused.newPage();
    await wechat.goto(`${site.server.url}/courses/${course}/`, { waitUntil: 'networkidle' });
    await wechat.click('button[data-copy-lines="course-references"]');
    const field = wechat.locator('.references textarea[data-copy-fallback]');
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(fromCourse);
    await refused.close();
  });

  it('“复制参考文献” puts each listed case’s GB/T 7714 citation on the clipboard, numbered, accessed today, as its case page gives it', async () => {
    const { cases } = (await (await fetch(`${site.server.url}/api/cases.json`)).json()) as { cases: CaseRecord[] };
    const [a, b] = [cases[3]!, cases[0]!];
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/list/?ids=${a.slug},${b.slug}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    await page.click('[data-list-copy-references]');
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain('已复制 2 条参考文献');
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    // The same citation, date and all, as the case page's 引用本案例 shows on this device.
    const casePage = await context.newPage();
    const citationOf = async (record: CaseRecord) => {
      await casePage.goto(record.url.replace(/^https?:\/\/[^/]+/, site.server.url));
      return (await casePage.locator('#citation-gbt').textContent())!.trim();
    };
    expect(copied).toEqual([`[1] ${await citationOf(a)}`, `[2] ${await citationOf(b)}`]);
    expect(copied[0]).toMatch(/\[EB\/OL\]\. .+\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\/cases\/[a-z0-9-]+\/\.$/);
    await context.close();
  });

  it('offers to copy, print and clear a list only while it has cases', async () => {
    const page = await site.browser.newPage();
    const visibleTools = () => page.locator('.list-tools :is(button, a):visible').evaluateAll((tools) => tools.map((tool) => tool.textContent!.trim()));
    await page.goto(`${site.server.url}/list/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain('清单是空的');
    expect(await visibleTools()).toEqual([]);
    await page.goto(`${site.server.url}/list/?ids=${slugs[0]}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    expect(await visibleTools()).toEqual(['复制清单链接', '复制为文字', '复制参考文献', '二维码', '打印清单', '打印案例卡', '离线保存', '清空']);
    // 二维码 brings the list's QR code, at its end, into view (for a projector).
    await page.setViewportSize({ width: 375, height: 640 });
    const qrInView = () => page.locator('[data-list-qr] svg').evaluate((svg) => { const box = svg.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; });
    expect(await qrInView()).toBe(false);
    await page.click('[data-list-qr-link]');
    await expect.poll(qrInView).toBe(true);
    await page.click('[data-list-clear]');
    await expect.poll(() => page.locator('[data-list-status]').textContent()).toContain('清单是空的');
    expect(await visibleTools()).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations with cases on it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/list/?ids=${slugs.slice(0, 3).join(',')}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-list-items] li');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a mistyped address', () => {
  const visit = async (path: string) => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (!response.ok() && response.request().resourceType() !== 'document') failed.push(response.url());
    });
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
    return { context, page, failed };
  };

  it('with the sentence’s punctuation, a space, capitals or full-width letters goes on to the page meant', async () => {
    const cases = [`/cases/${SLUG}/。`, `/cases/${SLUG}）`, `/cases/${SLUG.replace('-', '- ')}/`, `/Cases/${SLUG.toUpperCase()}`, `/ｃａｓｅｓ/${SLUG}/`];
    for (const path of cases) {
      const { context, page } = await visit(path);
      expect(new URL(page.url()).pathname, path).toBe(`/cases/${SLUG}/`);
      await context.close();
    }
    const { context, page } = await visit(`/cases/${SLUG}/card，#print`);
    expect(page.url(), 'a sub-page, keeping the fragment').toBe(`${site.server.url}/cases/${SLUG}/card/#print`);
    await context.close();
  });

  it('cut off, with a typo (in its first letter too), with a word left out (the first one too) or its words in another order offers the case it is nearest to', async () => {
    const typo = `${SLUG.slice(0, 3)}${SLUG[4]}${SLUG[3]}${SLUG.slice(5)}`;
    const [first, , ...rest] = SLUG.split('-');
    const wordLeftOut = [first, ...rest].join('-');
    const firstWordLeftOut = SLUG.split('-').slice(1).join('-');
    const firstLetterTypo = `${SLUG[0] === 'f' ? 'h' : 'f'}${SLUG.slice(1)}`;
    const [one, two, ...others] = SLUG.split('-');
    const otherOrder = [two, one, ...others].join('-');
    expect(rest.length, 'a slug of three words or more').toBeGreaterThan(0);
    for (const path of [`/cases/${SLUG.slice(0, -4)}`, `/cases/${typo}/`, `/cases/${wordLeftOut}/`, `/cases/${firstWordLeftOut}/`, `/cases/${firstLetterTypo}/`, `/cases/${otherOrder}/`]) {
      const { context, page, failed } = await visit(path);
      expect(new URL(page.url()).pathname, 'stays on the address typed').toBe(path);
      const links = page.locator('[data-suggestions] a');
      await expect.poll(() => links.count()).toBeGreaterThan(0);
      expect(await links.first().getAttribute('href'), path).toBe(`/cases/${SLUG}/`);
      expect(await page.locator('[data-suggestions]').isVisible()).toBe(true);
      expect(failed.filter((url) => !url.endsWith(`${path}/`)), 'only the repaired address itself may be missing').toEqual([]);
      await context.close();
    }
  });

  it('a topic’s or a course’s address with a typo offers the topic or course it is nearest to', async () => {
    const course = readdirSync('dist/courses', { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
    for (const [path, meant] of [['/tags/hongse-wuy/', '/tags/hongse-wuye/'], ['/tags/wuye-hongse/', '/tags/hongse-wuye/'], [`/courses/${course.slice(0, -2)}/`, `/courses/${course}/`]] as const) {
      const { context, page, failed } = await visit(path);
      const links = page.locator('[data-suggestions] a');
      await expect.poll(() => links.count(), { message: path }).toBeGreaterThan(0);
      expect(await links.first().getAttribute('href'), path).toBe(meant);
      expect(await links.first().textContent()).toMatch(/^(主题|课程)：/);
      expect(failed.filter((url) => !url.endsWith(`${path}/`))).toEqual([]);
      await context.close();
    }
  });

  it('like none of ours shows no suggestions and asks for nothing that is missing', async () => {
    const { context, page, failed } = await visit('/cases/zzzz-qqqq/');
    await expect.poll(() => page.locator('[data-suggestions]').isVisible()).toBe(false);
    expect(await page.locator('h1').textContent()).toContain('没有找到这个页面');
    expect(failed).toEqual([]);
    await context.close();
  });

  it('that is a short link to a number no case has says so, and which numbers there are', async () => {
    const numbers = slugs.map((slug) => (parseEntryDocument(slug, readFileSync(`content/cases/${slug}.mdx`, 'utf8')).data as { number: number }).number);
    const missing = Math.max(...numbers) + 976;
    const { context, page, failed } = await visit(`/c/${missing}/`);
    const note = page.locator('[data-number-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(`没有第 ${missing} 号案例。${caseNumbersText(numbers)}`);
    expect(await page.locator('[data-suggestions]').isVisible()).toBe(false);
    expect(failed, 'asks for nothing that is missing').toEqual([]);
    await context.close();
    const checked = await site.browser.newContext({ viewport: { width: 375, height: 900 }, bypassCSP: true });
    const axePage = await checked.newPage();
    await axePage.goto(`${site.server.url}/c/${missing}/`, { waitUntil: 'networkidle' });
    await axePage.waitForSelector('[data-number-note]:not([hidden])');
    expect(await axeViolations(axePage)).toEqual([]);
    await checked.close();
    const other = await visit('/cases/zzzz-qqqq/');
    expect(await other.page.locator('[data-number-note]').isVisible(), 'only for short links').toBe(false);
    await other.context.close();
  });

  it('that is a page of /cases/ beyond the last says how many there are, and gives the short link of the case with that number', async () => {
    const numbers = slugs.map((slug) => (parseEntryDocument(slug, readFileSync(`content/cases/${slug}.mdx`, 'utf8')).data as { number: number }).number);
    const pages = Math.ceil(numbers.length / LISTING_PAGE_SIZE);
    const meant = Math.max(...numbers);
    for (const [path, text, link] of [
      [`/cases/${meant}/`, `“全部案例”共 ${pages} 页，没有第 ${meant} 页。要打开第 ${meant} 号案例，请用短链接 /c/${meant}/。`, `/c/${meant}/`],
      [`/cases/${meant + 976}/`, `“全部案例”共 ${pages} 页，没有第 ${meant + 976} 页。`, undefined],
    ] as const) {
      const { context, page, failed } = await visit(path);
      const note = page.locator('[data-number-note]');
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.textContent()).toBe(text);
      expect(await note.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(link ? [link] : []);
      expect(await page.locator('[data-suggestions]').isVisible()).toBe(false);
      expect(failed, 'asks for nothing that is missing').toEqual([]);
      if (link) {
        await note.locator('a').click();
        await page.waitForURL((url) => url.pathname.startsWith('/cases/') && !/^\/cases\/\d+\//.test(url.pathname));
        expect(await page.textContent('h1')).toBeTruthy();
      }
      await context.close();
    }
  });

  it('has no accessibility violations with suggestions on it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/${SLUG.slice(0, -4)}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-suggestions] a');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
