/**
 * A group's book as a PDF: the print view's HTML laid out into pages
 * by paged.js inside the system Chromium, then printed to PDF by Chromium.
 *
 * Chromium has no `target-counter()`, so on its own it cannot number the
 * contents; paged.js (MIT, the polyfill behind pagedjs-cli and R's pagedown)
 * paginates in the page and fills in those numbers, the running page numbers
 * and `break-before: right`. The print view runs the same paged.js in the
 * reader's browser (src/components/BookPagination.astro), so "Print" there and
 * the PDF here come out alike.
 *
 * The PDF page can reach nothing but what `resolve` answers: every other
 * request is refused before it leaves Chromium, and no host name resolves, so
 * a story can never make the server fetch from the internet.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { CHROMIUM_CANDIDATES, CHROMIUM_FLAGS } from '#src/server/platform/chromium.ts';
import { requestWords } from '#src/server/http/request-language.ts';

const DEFAULT_TIMEOUT_MS = 60_000;

// Where the book itself is served inside the PDF page: under baseUrl, so the
// photos' relative /media/... addresses resolve through `resolve`.
const BOOK_PATH = '/__heard-book';

/** Why the PDF could not be made, and what to do instead, for the person asking for it. */
function cannotMake(
  why: 'groups.pdf.noChromium' | 'groups.pdf.tooLong' | 'groups.pdf.failed',
  seconds = 0,
): string {
  const words = requestWords();
  return `${words.t(why, { seconds })} ${words.t('groups.pdf.printFromBrowser')}`;
}

/**
 * The pagination the print view and the PDF share: paged.js. `path` is its
 * browser build (it defines `window.Paged`), which the PDF page loads; the
 * print view gets the same package bundled by Astro through BookPagination.astro.
 */
export const bookPrintScript = {
  library: 'pagedjs',
  path: join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.js'),
} as const;

export interface BookPdfInput {
  /** The whole print view: a document carrying its styles inline (scripts in it never load). */
  readonly html: string;
  /** The site's address, e.g. `https://heard.example`; only its origin is served. */
  readonly baseUrl: string;
  /** Answers a request on baseUrl's origin (photos, stylesheets), or undefined for 404. */
  readonly resolve: (url: URL) => Promise<{ body: Buffer; contentType: string } | undefined>;
}

export interface BookPdfOptions {
  /** Defaults to findServerChromium(). */
  readonly chromiumPath?: string;
  /** For the whole job, from starting Chromium to the last page; default 60 seconds. */
  readonly timeoutMs?: number;
}

export type BookPdfResult =
  | { readonly ok: true; readonly pdf: Buffer; readonly pages: number }
  | { readonly ok: false; readonly reason: 'no-chromium' | 'failed'; readonly message: string };

/** The Chromium to make PDFs with: HEARD_CHROMIUM, else the system one, else none. */
export function findServerChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['HEARD_CHROMIUM']?.trim();
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Lays out a book's print view with paged.js in headless Chromium and prints it to PDF. */
export async function renderBookPdf(
  input: BookPdfInput,
  options: BookPdfOptions = {},
): Promise<BookPdfResult> {
  const executablePath = options.chromiumPath ?? findServerChromium();
  if (executablePath === undefined || !existsSync(executablePath)) {
    return { ok: false, reason: 'no-chromium', message: cannotMake('groups.pdf.noChromium') };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = new URL(input.baseUrl);
  const bookUrl = new URL(BOOK_PATH, base);

  const userDataDir = await mkdtemp(join(tmpdir(), 'heard-book-pdf-'));
  let context: BrowserContext | undefined;
  let timedOut = false;
  let resolveError: unknown;
  // One deadline for the whole job: closing Chromium ends whatever step is running.
  const deadline = setTimeout(() => {
    timedOut = true;
    if (context) void closeQuietly(context);
  }, timeoutMs);

  const answer = async (route: Route): Promise<void> => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== base.origin) return route.abort('blockedbyclient');
    if (url.href === bookUrl.href) {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: input.html });
    }
    // paged.js is the only script: one the print view brings would paginate twice.
    if (request.resourceType() === 'script') return route.abort('blockedbyclient');
    try {
      const found = await input.resolve(url);
      if (found === undefined) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: found.contentType, body: found.body });
    } catch (error) {
      resolveError ??= error;
      return route.fulfill({ status: 500, body: '' });
    }
  };

  try {
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      timeout: timeoutMs,
      serviceWorkers: 'block',
      args: [
        ...CHROMIUM_FLAGS,
        // Belt and braces behind the routing below: no host name resolves at
        // all, so nothing that slipped past it could reach a server either.
        '--host-resolver-rules=MAP * ~NOTFOUND',
      ],
    });
    if (timedOut) throw new Error('Chromium started after the deadline');
    await context.route('**/*', answer);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(bookUrl.href, { waitUntil: 'load', timeout: timeoutMs });
    await page.addScriptTag({ path: bookPrintScript.path });
    const pages = await page.evaluate(paginateBook);
    if (resolveError !== undefined) {
      // A photo that could not be read would be missing from the book: say so, not print it.
      throw new Error('resolve failed for a request of the book', { cause: resolveError });
    }
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      // Headings become bookmarks and the text is tagged, for screen readers.
      outline: true,
      tagged: true,
    });
    return { ok: true, pdf, pages };
  } catch (error) {
    console.error('The book PDF could not be made:', error);
    const message = timedOut
      ? cannotMake('groups.pdf.tooLong', Math.round(timeoutMs / 1000))
      : cannotMake('groups.pdf.failed');
    return { ok: false, reason: 'failed', message };
  } finally {
    clearTimeout(deadline);
    if (context) await closeQuietly(context);
    // Chromium may still be writing its profile as it exits; retry a little.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(
      () => {},
    );
  }
}

/** Closes Chromium; a photo still being answered then is dropped without an error. */
async function closeQuietly(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => {});
  await context.close().catch(() => {});
}

interface PagedGlobal {
  readonly Paged: {
    readonly Previewer: new () => { preview(): Promise<{ readonly total: number }> };
  };
}

/**
 * Runs inside the PDF page, and does what BookPagination.astro does in a
 * reader's browser: load every photo now (the story HTML asks for lazy loading,
 * and paged.js waits for each photo it places), then paginate the whole body.
 */
async function paginateBook(): Promise<number> {
  for (const image of document.querySelectorAll('img')) image.loading = 'eager';
  await document.fonts.ready;
  const { Paged } = window as unknown as PagedGlobal;
  const flow = await new Paged.Previewer().preview();
  return flow.total;
}

// One book at a time per instance: each PDF starts its own Chromium (seconds of
// work and hundreds of megabytes), so requests queue rather than pile up.
let queue: Promise<unknown> = Promise.resolve();

/** renderBookPdf, one at a time: a second request waits for the first to finish. */
export function renderBookPdfInTurn(
  input: BookPdfInput,
  options: BookPdfOptions = {},
): Promise<BookPdfResult> {
  const turn = queue.then(() => renderBookPdf(input, options));
  queue = turn.catch(() => undefined);
  return turn;
}
