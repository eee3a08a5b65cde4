/**
 * Browser tests need the built server and a Chromium. Without Chromium they are
 * skipped loudly, unless REQUIRE_BROWSER=1 (CI), when the run fails instead.
 */
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

/** Checks the build and the browser before any browser test runs. */
export default function setup(): void {
  if (!existsSync('dist/server/entry.mjs')) {
    throw new Error('Browser tests need the built app: run `npm run build` first (npm test does).');
  }
  const chromium = findChromium();
  if (!chromium) {
    const message =
      'Chromium was not found (looked for $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).';
    if (process.env['REQUIRE_BROWSER'] === '1') {
      throw new Error(
        `${message} REQUIRE_BROWSER=1, so this run fails. Install it: apt-get install -y chromium`,
      );
    }
    console.warn(
      `\n${'!'.repeat(78)}\n!!! BROWSER TESTS SKIPPED: ${message}\n!!! Install it with: apt-get install -y chromium\n${'!'.repeat(78)}\n`,
    );
  }
}
