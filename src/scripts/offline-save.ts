// Asks the service worker (src/service-worker/sw.ts) to keep pages for reading offline, and
// waits for its answer: the addresses it kept, or undefined where there is no worker to ask (a
// browser without service workers, such as WeChat on an iPhone; a worker that never started).
// Remembers the lists saved so, for the offline page to link them.
import { SAVED_LISTS_KEY, parseSavedLists, withSavedList, type SavedList } from '../lib/listed-cases.ts';

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
