/**
 * Which language a request is answered in (src/i18n):
 *
 * 1. A path under a language's prefix ("/cy/…") is in that language, for
 *    everyone: each public page has one address per language, and a link to
 *    it shows what it says.
 * 2. Otherwise a signed-in person's own choice, on their account.
 * 3. Otherwise the reader's: the language they chose with a switch link (a
 *    cookie), or else the one their browser asks for. A reader whose browser
 *    asks for Welsh is sent from a plain public address to its Welsh one.
 */
import { parseCookie } from 'cookie';
import { preferredLanguage } from '#src/i18n/negotiate.ts';
import { isLanguage, pathInLanguage, type Language } from '#src/i18n/languages.ts';

/** The cookie a switch link sets: the reader's own choice, over their browser's. */
export const LANGUAGE_COOKIE = 'heard-language';

/** A year: a reader's choice of language lasts until they change it. */
export const LANGUAGE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** The language a reader chose with a switch link, if they did. */
export function chosenLanguage(cookieHeader: string | null | undefined): Language | undefined {
  if (!cookieHeader) return undefined;
  const value = parseCookie(cookieHeader)[LANGUAGE_COOKIE];
  return isLanguage(value) ? value : undefined;
}

/** A reader's language: the one they chose, else their browser's, else English. */
export function readerLanguage(headers: {
  readonly cookie: string | null | undefined;
  readonly acceptLanguage: string | null | undefined;
}): Language {
  return chosenLanguage(headers.cookie) ?? preferredLanguage(headers.acceptLanguage);
}

/**
 * Where a switch link may send a reader back to: a path on this site only
 * (never "//elsewhere" or "/\elsewhere"), at most 2,000 characters.
 */
export function localReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}

/**
 * The public pages: each has an address per language ("/stories/x",
 * "/cy/stories/x"), named to search engines with `hreflang` and listed in the
 * sitemap in both. Other pages answer in the signed-in person's language.
 */
export const PAGES_WITH_LANGUAGE_ADDRESSES: ReadonlySet<string> = new Set([
  '/',
  '/stories/[slug]',
  '/themes/[theme]',
  '/search',
  '/how-consent-works',
  '/you-said-we-did',
  '/write',
  '/signin',
  '/signin/check-email',
  '/signin/problem',
]);

/** Whether a route is a public page with an address per language. */
export function hasLanguageAddresses(routePattern: string | undefined): boolean {
  return routePattern !== undefined && PAGES_WITH_LANGUAGE_ADDRESSES.has(routePattern);
}

/**
 * A link to one of our pages from a page in its language: a page reached
 * at a language's address ("/cy/…") links to the same language's addresses,
 * so a reader who followed a Welsh link keeps reading Welsh.
 */
export function linkTo(locals: Pick<App.Locals, 'pathLanguage'>, path: string): string {
  return locals.pathLanguage ? pathInLanguage(locals.pathLanguage, path) : path;
}
