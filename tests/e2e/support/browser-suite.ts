/**
 * `describeInBrowser`: a suite that gets the built server and a fresh Chromium,
 * and is skipped (loudly, by global setup) when no Chromium is installed.
 */
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { findChromium, launchBrowser } from './chromium.ts';
import type { LaunchOptions } from './chromium.ts';
import { startServer, type TestServer } from './server.ts';

/** What a browser test sees. */
export interface BrowserSuiteContext {
  readonly server: () => TestServer;
  readonly browser: () => BrowserContext;
}

/** Declares a browser suite with one server and one browser shared by its tests. */
export function describeInBrowser(
  title: string,
  body: (context: BrowserSuiteContext) => void,
  options: { readonly browser?: LaunchOptions } = {},
): void {
  const available = Boolean(findChromium());
  (available ? describe : describe.skip)(title, () => {
    let server: TestServer | undefined;
    let browser: BrowserContext | undefined;
    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser(options.browser);
    });
    // Each test starts signed out: pages of one browser share its cookies.
    beforeEach(async () => {
      await browser?.clearCookies();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });
    body({
      server: () => {
        if (!server) throw new Error('The test server is not running.');
        return server;
      },
      browser: () => {
        if (!browser) throw new Error('The browser is not running.');
        return browser;
      },
    });
  });
}
