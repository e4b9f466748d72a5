// Asks the service worker (src/service-worker/sw.ts) to keep pages for reading offline, and
// waits for its answer: the addresses it kept, or undefined where there is no worker to ask (a
// browser without service workers, such as WeChat on an iPhone; a worker that never started).
const WORKER_WAIT_MS = 10_000;
/** Long enough for a list of dozens of cases on a slow line; the page says it is saving meanwhile. */
const ANSWER_WAIT_MS = 120_000;

const after = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

export async function keepForOffline(addresses: readonly string[]): Promise<string[] | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
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
