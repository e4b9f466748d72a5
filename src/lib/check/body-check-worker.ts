// A worker thread for the content check (src/lib/check/check-content.ts): runs the body checks
// of the entries it is sent while the main thread checks frontmatter and the other entries.
// Results go back on a port of their own and the shared flag is raised, because the main thread
// waits for them synchronously (checkContent is synchronous) and never returns to its event loop.
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import type { BodyInput, BodyResult } from './body-checks.ts';

export interface BodyWorkerData {
  port: MessagePort;
  /** [0]: 0 while working, 1 when the results are on the port, 2 when the worker failed. */
  done: Int32Array;
}

export type BodyWorkerReply = { results: [file: string, result: BodyResult][] } | { error: string };

const { port, done } = workerData as BodyWorkerData;
const finish = (reply: BodyWorkerReply, state: 1 | 2): void => {
  port.postMessage(reply);
  Atomics.store(done, 0, state);
  Atomics.notify(done, 0);
};

try {
  // Imported here rather than at the top, so that a module that fails to load is reported
  // through the flag instead of leaving the main thread waiting.
  const { checkBody } = await import('./body-checks.ts');
  const results: [string, BodyResult][] = [];
  parentPort!.on('message', (input: BodyInput | null) => {
    if (input === null) {
      finish({ results }, 1);
      parentPort!.close();
      return;
    }
    try {
      results.push([input.file, checkBody(input)]);
    } catch (error) {
      finish({ error: String(error) }, 2);
    }
  });
} catch (error) {
  finish({ error: String(error) }, 2);
}
