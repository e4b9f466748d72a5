// Asks the service worker (src/service-worker/sw.ts) to keep pages for reading offline, and
// waits for its answer: the addresses it kept, or undefined where there is no worker to ask (a
// browser without service workers, such as WeChat on an iPhone; a worker that never started).
// Remembers the lists saved so, for the offline page to link them.
import { SAVED_LISTS_KEY, parseSavedLists, withSavedList, type SavedList } from '../lib/listed-cases.ts';
import { isCasePath } from '../lib/urls.ts';

const WORKER_WAIT_MS = 10_000;
/** Long enough for a list of dozens of cases on a slow line; the page says it is saving meanwhile. */
const ANSWER_WAIT_MS = 120_000;

/**
 * Why this browser cannot keep pages, in the reader's words, or undefined when it can. Browsers
 * offer service workers only to a site opened over HTTPS (or on this machine): a site on an
 * intranet's plain http:// address cannot, whatever the browser.
 */
export function whyNotOffline(): string | undefined {
  if (!window.isSecureContext) return '网站不是通过 HTTPS 打开的，浏览器不允许离线保存页面。请网站管理员为本站启用 HTTPS。';
  if (!('serviceWorker' in navigator) || !('caches' in window)) return '这个浏览器不能离线保存页面（例如 iPhone 上的微信），请用手机自带的浏览器打开。';
  return undefined;
}

const after = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

export async function keepForOffline(addresses: readonly string[]): Promise<string[] | undefined> {
  if (whyNotOffline()) return undefined;
  const registration = await Promise.race([navigator.serviceWorker.ready, after(WORKER_WAIT_MS)]);
  const worker = registration?.active;
  if (!worker) return undefined;
  const answer = new Promise<string[]>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve((event.data as { kept: string[] }).kept);
    worker.postMessage({ keep: addresses }, [channel.port2]);
  });
  return Promise.race([answer, after(ANSWER_WAIT_MS)]);
}

/**
 * What a save came to, in the reader's words: `kept` as keepForOffline answered, `caseUrls` the
 * pages of the cases saved, `what` the list or course saved with them (本清单, 本课程).
 */
function offlineSaveReport(kept: readonly string[] | undefined, caseUrls: readonly string[], what: string): { message: string; complete: boolean } {
  if (kept === undefined) return { message: whyNotOffline() ?? '离线保存没有完成：请刷新本页后再点“离线保存”。', complete: false };
  const keptCases = caseUrls.filter((url) => kept.includes(new URL(url, location.origin).href)).length;
  if (keptCases < caseUrls.length) return { message: `只保存了 ${keptCases} 个案例，共 ${caseUrls.length} 个：网络可能断了，请联网后再点“离线保存”。`, complete: false };
  return { message: `已保存到这台设备：${what}和其中 ${keptCases} 个案例，没有网络时也能打开（页脚“离线阅读”列出保存的清单、课程和案例）。`, complete: true };
}

/**
 * 离线保存 of a list or a course: keeps `addresses` (addressesForOffline), saying how it goes in
 * `status`, the button disabled meanwhile (a second tap would only fetch everything again), and,
 * when every case was kept, names the list or course (`saved`, without its count) on the offline page.
 */
export async function saveForOffline(button: HTMLButtonElement, status: HTMLElement, addresses: readonly string[], what: string, saved: Omit<SavedList, 'count'>): Promise<void> {
  const caseUrls = addresses.filter(isCasePath);
  status.textContent = `正在保存 ${caseUrls.length} 个案例……`;
  button.disabled = true;
  const kept = await keepForOffline(addresses).finally(() => (button.disabled = false));
  const report = offlineSaveReport(kept, caseUrls, what);
  if (report.complete) rememberSavedList({ ...saved, count: caseUrls.length });
  status.textContent = report.message;
}

/**
 * A course page's 离线保存 (button[data-offline-save]: the addresses to keep as JSON, the course's
 * address and title beside them; its status in [data-offline-save-status]). The reading list's
 * calls saveForOffline itself, since its cases are known only in the browser.
 */
export function startOfflineSaveButton(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-offline-save]');
  const status = doc.querySelector<HTMLElement>('[data-offline-save-status]');
  if (!button || !status) return;
  button.hidden = false;
  const addresses = JSON.parse(button.dataset.offlineSave!) as string[];
  const saved = { address: button.dataset.offlineAddress!, title: button.dataset.offlineTitle! };
  button.addEventListener('click', () => void saveForOffline(button, status, addresses, '本课程', saved));
}

/** The lists saved on this device (SAVED_LISTS_KEY), newest first; none where storage is refused. */
export function savedLists(): SavedList[] {
  try {
    return parseSavedLists(localStorage.getItem(SAVED_LISTS_KEY));
  } catch {
    return [];
  }
}

export function rememberSavedList(saved: SavedList): void {
  try {
    localStorage.setItem(SAVED_LISTS_KEY, JSON.stringify(withSavedList(savedLists(), saved)));
  } catch {
    /* storage refused: the list is kept all the same, only not named on the offline page */
  }
}

export function forgetSavedLists(): void {
  try {
    localStorage.removeItem(SAVED_LISTS_KEY);
  } catch {
    /* nothing was stored */
  }
}
