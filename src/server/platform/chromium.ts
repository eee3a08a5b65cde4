/**
 * The system Chromium, as this project runs it everywhere (book PDFs, browser
 * tests, the Lighthouse benchmark): headless, no sandbox, nothing phoning home.
 */

/** Where Debian and others install Chromium. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** The flags every launch uses (a fresh profile directory is the caller's). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
