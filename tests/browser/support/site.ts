// The built site behind a server, and headless Chromium to visit it: started once per test file,
// both closed after its last test (each even when the other failed to start).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';

interface Closable {
  url: string;
  close(): Promise<void>;
}

/** Registers the test file's beforeAll/afterAll; read `site.server` and `site.browser` inside its tests. */
export function openSiteInChromium<Server extends Closable>(start: () => Promise<Server>): { readonly server: Server; readonly browser: Browser } {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the site’s server is not started: use site.server inside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started: use site.browser inside a test');
      return browser;
    },
  };
}
