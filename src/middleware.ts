/**
 * Runs before every route: loads the signed-in person from their session (a
 * database session, so deleting it signs them out on the very next request),
 * keeps the signed-in areas for signed-in people (and each area's role), and
 * adds security headers to every response.
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { readSessionToken } from '#src/server/accounts/auth.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { withStandardReason } from '#src/server/http/responses.ts';
import { isOwnOrigin } from '#src/server/http/public-address.ts';
import { ensureStoryCacheListener } from '#src/server/publishing/story-cache.ts';
import { findSignedInPerson } from '#src/server/accounts/sessions.ts';
import { guardRoute } from '#src/server/http/signed-in-areas.ts';
import { hasLanguageAddresses, readerLanguage } from '#src/server/http/language.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import { refusalPage } from '#src/server/http/request-guards.ts';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_TAGS,
  pathInLanguage,
  type Language,
} from '#src/i18n/languages.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const onRequest = defineMiddleware(async (context, next) => {
  // Every instance listens for consent changes so it drops what it holds (docs/decisions/005-cache-invalidation.md).
  void ensureStoryCacheListener();
  // Cross-site request forgery: a change may only come from our own pages,
  // whatever its content type.
  if (!SAFE_METHODS.has(context.request.method) && !isFromOurOwnPages(context.request)) {
    return refuseCrossSite(
      context.url,
      context.locals.pathLanguage ?? readerLanguageOf(context.request),
    );
  }
  const token = readSessionToken(context.cookies);
  if (token) {
    const { db } = await getDatabase();
    const person = await findSignedInPerson(db, token, new Date());
    if (person) context.locals.person = person;
  }
  // The language (src/server/http/language.ts): the path's, else the person's, else the reader's.
  const pathLanguage = context.locals.pathLanguage;
  const language =
    pathLanguage ??
    context.locals.person?.language ??
    readerLanguage({
      cookie: context.request.headers.get('cookie'),
      acceptLanguage: context.request.headers.get('accept-language'),
    });
  context.locals.language = language;
  context.locals.i18n = translatorFor(language);
  const publicPage = !context.locals.person && hasLanguageAddresses(context.routePattern);
  if (
    publicPage &&
    !pathLanguage &&
    language !== DEFAULT_LANGUAGE &&
    SAFE_METHODS.has(context.request.method)
  ) {
    // A reader whose browser (or earlier choice) asks for Welsh gets the Welsh address.
    return new Response(null, {
      status: 302,
      headers: {
        Location: pathInLanguage(language, `${context.url.pathname}${context.url.search}`),
        Vary: 'Accept-Language, Cookie',
        'Cache-Control': 'no-store',
      },
    });
  }
  // Signed-in areas, by route prefix (src/server/http/signed-in-areas.ts).
  const guard = guardRoute(context.routePattern, context.url, context.locals.person);
  const routed = await answerInLanguage(language, () =>
    guard.kind === 'sign-in'
      ? context.redirect(guard.location, 303)
      : guard.kind === 'not-for-this-role'
        ? next('/403')
        : next(),
  );
  const response = withMutableHeaders(withStandardReason(routed));
  const headers = response.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  // A plain public address answers in the reader's language only after checking
  // their browser and choice, so a shared cache must keep the answers apart.
  if (publicPage && !pathLanguage) headers.append('Vary', 'Accept-Language, Cookie');
  if (!headers.has('Content-Language')) headers.set('Content-Language', LANGUAGE_TAGS[language]);
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  // Isolates the browsing context of pages that hold a person's own data. Anonymous
  // reader pages run no script and hold nothing to leak; there the header only
  // costs a browser process swap on every visit (measured by bench/lighthouse.ts).
  if (context.locals.person) headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  // The story editor records voices (docs/decisions/027-voice-recordings.md):
  // only its own page may ask for the microphone; every other page may not.
  const microphone = context.routePattern === '/my/stories/[id]' ? '(self)' : '()';
  headers.set(
    'Permissions-Policy',
    `camera=(), microphone=${microphone}, geolocation=(), interest-cohort=()`,
  );
  // Astro sends each page's CSP (with its script and style hashes) as a header;
  // add frame-ancestors, which only works in a header. Endpoints get a strict default.
  const csp = headers.get('Content-Security-Policy');
  if (!csp) {
    headers.set(
      'Content-Security-Policy',
      "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
    );
  } else if (!csp.includes('frame-ancestors')) {
    headers.set(
      'Content-Security-Policy',
      `${csp.trim().replace(/;?$/, ';')} frame-ancestors 'none'`,
    );
  }
  // Pages for a signed-in person are theirs alone: never stored by a shared cache.
  if (context.locals.person) {
    const cacheControl = headers.get('Cache-Control');
    if (!cacheControl) headers.set('Cache-Control', 'private, no-store');
    else if (!cacheControl.includes('private') && !cacheControl.includes('no-store')) {
      headers.set('Cache-Control', `private, ${cacheControl}`);
    }
  }
  const answer = await withEntityTag(context.request, response);
  const storyRead = context.locals.storyRead;
  if (storyRead && answer.status === 200 && answer.body) {
    // The fast path holds this page for the next reader of the same content.
    const body = Buffer.from(await answer.arrayBuffer());
    storyRead.keep(answer.headers, body);
    return new Response(body, { status: 200, headers: answer.headers });
  }
  return answer;
});

/**
 * Public pages (those naming a Surrogate-Key) get an ETag from their exact bytes,
 * and a matching If-None-Match gets 304: a cache revalidating after a withdrawal
 * gets the new answer, never its old copy (docs/decisions/005-cache-invalidation.md).
 */
async function withEntityTag(request: Request, response: Response): Promise<Response> {
  const headers = response.headers;
  if (
    (request.method !== 'GET' && request.method !== 'HEAD') ||
    response.status !== 200 ||
    !headers.has('Surrogate-Key') ||
    headers.has('ETag') ||
    !/^(text\/html|application\/(rss\+)?xml)/.test(headers.get('Content-Type') ?? '')
  ) {
    return response;
  }
  const body = await response.text();
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  headers.set('ETag', etag);
  const wanted = request.headers.get('If-None-Match');
  if (wanted && wanted.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    headers.delete('Content-Length');
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}

/**
 * Whether an unsafe request was sent by one of our own pages: its `Origin` is
 * the public address (never the `Host` the request named, which a page on
 * another site can choose by rebinding its own name), or, where a browser sends
 * no Origin, `Sec-Fetch-Site` says same-origin. Anything else, including a
 * request with neither header, is refused. This covers forms too: behind a
 * proxy that ends HTTPS, the address Astro sees is http:// while the browser's
 * Origin is https://, so Astro's own check (which compares the two) is off.
 */
function isFromOurOwnPages(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return isOwnOrigin(origin);
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

/**
 * The reader's language from the request alone (their switch link's cookie,
 * else their browser's): a cross-site post is refused before the session is read.
 */
function readerLanguageOf(request: Request): Language {
  return readerLanguage({
    cookie: request.headers.get('cookie'),
    acceptLanguage: request.headers.get('accept-language'),
  });
}

function refuseCrossSite(url: URL, language: Language): Response {
  const words = translatorFor(language);
  const message = words.t('http.crossSite.message');
  const headers = { 'Cache-Control': 'no-store', 'Content-Language': words.tag };
  if (url.pathname.startsWith('/api/')) {
    return Response.json({ message }, { status: 403, headers });
  }
  return new Response(refusalPage(words.t('http.crossSite.title'), message, language), {
    status: 403,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
  });
}

/** Responses made by Response.redirect (e.g. by Auth.js) have read-only headers. */
function withMutableHeaders(response: Response): Response {
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff');
    return response;
  } catch {
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: new Headers(response.headers),
    });
  }
}
