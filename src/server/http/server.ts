/**
 * The app's HTTP server: Astro's standalone handler, with a fast path in front
 * of it for anonymous readers of public story pages, so they stay fast at scale
 * (bench/story-page.ts; docs/decisions/005-cache-invalidation.md "The fast path").
 *
 * The fast path never skips the consent check: every request it takes is
 * answered from a read of the story's publication (and of the related stories
 * the page lists) that the database began after the request arrived, before a
 * byte is sent, and a stored page is served only under exactly that content.
 * Everything else — other routes, signed-in people, other queries, stories
 * that are not public — is Astro's, untouched.
 *
 * Every answer is compressed (Brotli or gzip) when the browser accepts it,
 * except a signed-in person's pages (see shouldCompress): a reader page then
 * arrives in the first round trip of a new connection (about 14 KB), which is
 * what decides how soon a phone on a slow network shows it (bench/lighthouse).
 */
import compression from 'compression';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { resolve } from 'node:path';
import serveStatic from 'serve-static';
import { readSessionToken, sessionCookieName } from '#src/server/accounts/auth.ts';
import { getDatabase, type Db } from '#src/server/platform/db.ts';
import { findPersonBySessionToken } from '#src/server/accounts/sessions.repository.ts';
import {
  ensureStoryCacheListener,
  storyCache,
  type CachedPage,
  type PageVariant,
  type StoryCache,
} from '#src/server/publishing/story-cache.ts';
import {
  loadStoryPage,
  pageWorthKeeping,
  type StoryPageContent,
  type StoryRead,
} from '#src/server/publishing/story-page.ts';
import {
  baselineSecurityHeaders,
  bodyLimitFor,
  checkRequestHost,
  checkRequestUrl,
  readBoundedBody,
  refusalLanguage,
  refuseRequest,
  UPLOAD_BODY_TIMEOUT_MS,
} from './request-guards.ts';
import { readerLanguage } from './language.ts';
import { createSharedLookup } from './shared-lookup.ts';
import { DEFAULT_LANGUAGE, splitLanguagePrefix, type Language } from '#src/i18n/languages.ts';

/**
 * A Node request handler, as the built Astro entry exports it (@astrojs/node in
 * middleware mode): `locals` reach the page as `Astro.locals`.
 */
export type NodeRequestHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: () => void,
  locals?: object,
) => unknown;

/** What the server needs of the built `dist/server/entry.mjs`. */
export interface AstroEntry {
  /** @astrojs/node's handler: renders a page or an endpoint. */
  readonly handler: NodeRequestHandler;
}

/** Options for `createHeardServer`. */
export interface HeardServerOptions {
  /** Serve stored story pages to anonymous readers; on unless false (benchmarks compare). */
  readonly fastPath?: boolean;
  /**
   * Let concurrent requests for one story share a database read that started
   * after each of them arrived; on unless false (benchmarks compare).
   */
  readonly shareLookups?: boolean;
  /** Where pages are held; this instance's cache unless given. */
  readonly cache?: StoryCache;
  /** The built site's static files; `dist/client` unless given. */
  readonly clientDir?: string;
  /** How long a body may take to arrive, instead of the limits' own (tests of slow bodies). */
  readonly bodyTimeoutMs?: number;
}

// Slugs are lower-case ASCII words and a random tail (insertStory); anything
// else, e.g. percent-encoded, goes to Astro, which decodes it its own way.
const STORY_PATH = /^\/stories\/([a-z0-9][a-z0-9-]{0,199})(\?read=1)?$/;
const SESSION_COOKIE = 'authjs.session-token';
// Pages larger than this are not worth holding (a story page is tens of KB).
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Whether a response may be compressed. Not a page for a signed-in person:
 * compressed HTML that holds their data beside words a request put there
 * (a search, a form sent back) can leak that data to someone watching the
 * size of the traffic (BREACH, CVE-2013-3587). Reader pages hold nothing
 * private; scripts, styles and feeds are the same for everyone.
 */
export function shouldCompress(req: IncomingMessage, res: ServerResponse): boolean {
  const type = String(res.getHeader('content-type') ?? '');
  if (/^text\/html/i.test(type) && req.headers.cookie?.includes(SESSION_COOKIE)) return false;
  return compression.filter(req as never, res as never);
}

const compress = compression({ filter: shouldCompress }) as unknown as Middleware;

/** Creates the app's `node:http` server around the built Astro entry (not yet listening). */
export function createHeardServer(entry: AstroEntry, options: HeardServerOptions = {}): Server {
  const fastPath = options.fastPath ?? true;
  const cache = options.cache ?? storyCache;
  // Built scripts, styles and images; their names carry a hash of their content,
  // so they never change and may be kept for a year.
  const client = serveStatic(options.clientDir ?? resolve('dist/client'), {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    setHeaders: (res: ServerResponse, path: string) => {
      if (path.includes('/_astro/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  }) as unknown as Middleware;
  const toAstro: PassOn = (req, res, locals) => {
    const result = entry.handler(req, res, undefined, locals);
    if (isPromiseLike(result)) {
      result.then(undefined, (error: unknown) => failRequest(res, error));
    }
  };
  const toSite: PassOn = (req, res, locals) => client(req, res, () => toAstro(req, res, locals));
  let serve: (req: IncomingMessage, res: ServerResponse, locals: ServerLocals) => void = (
    req,
    res,
    locals,
  ) => toSite(req, res, locals);
  if (fastPath) {
    const load = (db: Db, slug: string) => loadStoryPage(db, slug, new Date());
    const context: FastPathContext = {
      cache,
      toAstro,
      toSite,
      lookUp: options.shareLookups === false ? load : createSharedLookup(load),
    };
    serve = (req, res, locals) => {
      serveStoryOrPassOn(req, res, locals, context).catch((error: unknown) =>
        failRequest(res, error),
      );
    };
  }
  const server = createServer((req, res) => {
    const locals = routeLanguage(req);
    guardRequest(
      req,
      res,
      () => compress(req, res, () => serve(req, res, locals)),
      options.bodyTimeoutMs,
      locals.pathLanguage,
    );
  });
  server.requestTimeout = UPLOAD_BODY_TIMEOUT_MS + 30_000;
  return server;
}

/** What the server hands a page in `locals`: the rest is the middleware's. */
type ServerLocals = Partial<Pick<App.Locals, 'pathLanguage' | 'storyRead'>>;

/** Hands a request on, with `locals` for the page. */
type PassOn = (req: IncomingMessage, res: ServerResponse, locals?: ServerLocals) => void;

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request, before anything else: the security headers every response
 * carries (static files included), an address we can read, and a body of
 * bounded size read in bounded time. Only then does a page or the fast path
 * see it, with the body already in hand (`req.body`, which Astro's Node
 * adapter reads instead of the stream). A refusal is in the language of the
 * request's address (`pathLanguage`), else the reader's.
 */
function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  next: (req: IncomingMessage, res: ServerResponse) => void,
  bodyTimeoutMs: number | undefined,
  pathLanguage: Language | undefined,
): void {
  for (const [name, value] of Object.entries(baselineSecurityHeaders())) {
    if (value !== undefined) res.setHeader(name, value);
  }
  const rawUrl = req.url ?? '/';
  const notOurs = checkRequestHost(req.headers.host);
  const language = () => refusalLanguage(req, { path: pathLanguage });
  if (notOurs) return refuseRequest(req, res, notOurs, 'html', language());
  const unreadable = checkRequestUrl(rawUrl);
  if (unreadable) return refuseRequest(req, res, unreadable, 'html', language());
  if (METHODS_WITHOUT_BODY.has(req.method ?? 'GET')) return next(req, res);
  const limits = bodyLimitFor(rawUrl.split('?')[0] ?? '/');
  const limit = bodyTimeoutMs === undefined ? limits : { ...limits, timeoutMs: bodyTimeoutMs };
  (limit.signedInOnly ? signedInLanguage(req) : Promise.resolve(undefined))
    .then(async (signedIn) => {
      // Answered before the body is read: only a signed-in person may send
      // this much, and saying "signed out" tells nothing about any story.
      if (limit.signedInOnly && !signedIn) {
        return refuseRequest(
          req,
          res,
          { status: 401, message: 'http.refusal.signedOut' },
          limit.answer,
          language(),
        );
      }
      const outcome = await readBoundedBody(req, limit);
      if (!outcome.ok) {
        return refuseRequest(
          req,
          res,
          outcome.refusal,
          limit.answer,
          refusalLanguage(req, { path: pathLanguage, signedIn }),
        );
      }
      (req as IncomingMessage & { body?: Buffer }).body = outcome.body;
      next(req, res);
    })
    .catch((error: unknown) => failRequest(res, error));
}

/**
 * The language of the person whose live session the request's cookie is
 * (looked up, not just present), or undefined when it is no live session.
 */
async function signedInLanguage(req: IncomingMessage): Promise<Language | undefined> {
  const name = `${sessionCookieName()}=`;
  const token = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(name))
    ?.slice(name.length);
  const valid = readSessionToken({
    get: (cookie) => (cookie === sessionCookieName() && token ? { value: token } : undefined),
  });
  if (!valid) return undefined;
  const { db } = await getDatabase();
  return (await findPersonBySessionToken(db, valid, new Date()))?.language;
}

interface FastPathContext {
  readonly cache: StoryCache;
  /** Astro, for story pages (never a static file). */
  readonly toAstro: PassOn;
  /** Static files, then Astro, for everything else. */
  readonly toSite: PassOn;
  /** The consent check: reads the page's content from the database, after the call. */
  readonly lookUp: (db: Db, slug: string) => Promise<StoryPageContent | undefined>;
}

/**
 * A page under a language's prefix ("/cy/stories/x") is that language's copy of
 * the page without it: the prefix comes off here, before the fast path and
 * Astro, and the page learns its language from `locals.pathLanguage`
 * (src/server/http/language.ts).
 */
function routeLanguage(req: IncomingMessage): ServerLocals {
  const { language, path } = splitLanguagePrefix(req.url ?? '/');
  if (!language) return {};
  req.url = path;
  return { pathLanguage: language };
}

interface StoryRequest {
  readonly slug: string;
  /** `read` when the reader chose to read past the content notes. */
  readonly variant: PageVariant;
  readonly language: Language;
}

/**
 * The story an anonymous GET or HEAD asks for, if the fast path may answer it.
 * Signed-in people always go to Astro: their navigation differs, and their
 * copies are private.
 */
function matchStoryRequest(req: IncomingMessage, locals: ServerLocals): StoryRequest | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  const match = STORY_PATH.exec(req.url ?? '');
  if (!match?.[1]) return undefined;
  if (req.headers.cookie?.includes(SESSION_COOKIE)) return undefined;
  const language =
    locals.pathLanguage ??
    readerLanguage({
      cookie: req.headers.cookie,
      acceptLanguage: req.headers['accept-language'],
    });
  // A plain address asked for in another language is Astro's to redirect.
  if (!locals.pathLanguage && language !== DEFAULT_LANGUAGE) return undefined;
  return { slug: match[1], variant: match[2] ? 'read' : 'plain', language };
}

/**
 * An anonymous reader's story page: the content is read once, here, before
 * anything is sent. A page held under exactly that content is sent as it is;
 * otherwise Astro renders the page from the same read (handed on as
 * `locals.storyRead`, so the page does not read again), and the page it renders
 * is held for the next reader (src/middleware.ts hands it back through `keep`).
 */
async function serveStoryOrPassOn(
  req: IncomingMessage,
  res: ServerResponse,
  locals: ServerLocals,
  { cache, toAstro, toSite, lookUp }: FastPathContext,
): Promise<void> {
  const wanted = matchStoryRequest(req, locals);
  if (!wanted) return toSite(req, res, locals);
  const content = await lookUpStoryPage(lookUp, wanted.slug);
  if (!content) return toAstro(req, res, locals);
  const storyId = content.publication.story_id;
  const page = cache.getPage(storyId, content.key, wanted.variant, wanted.language);
  if (page) return sendCachedPage(req, res, page);
  const storyRead: StoryRead = {
    content,
    keep: (headers, body) => {
      const kept = req.method === 'GET' ? pageWorthKeeping(content, headers, body) : undefined;
      if (kept) cache.setPage(storyId, content.key, wanted.variant, kept, wanted.language);
    },
  };
  toAstro(req, res, { ...locals, storyRead });
}

/**
 * The consent check, before anything is sent (public means consented now, and
 * withdrawal takes a story down on the very next request): the story's publication
 * and the related stories its page lists, as the database has them now.
 */
async function lookUpStoryPage(
  lookUp: FastPathContext['lookUp'],
  slug: string,
): Promise<StoryPageContent | undefined> {
  try {
    const handle = await getDatabase();
    void ensureStoryCacheListener();
    return await lookUp(handle.db, slug);
  } catch {
    return undefined;
  }
}

/** Sends a stored page: 304 for a matching If-None-Match, headers only for HEAD. */
function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  if (page.etag && matchesEntityTag(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, page.headers as OutgoingHttpHeaders);
    res.end();
    return;
  }
  if (req.method === 'HEAD') {
    // As Astro answers HEAD: the GET's headers, no length, no body.
    res.writeHead(200, page.headers as OutgoingHttpHeaders);
    res.end();
    return;
  }
  res.writeHead(200, { ...page.headers, 'content-length': page.body.length });
  res.end(page.body);
}

/** The same comparison as the middleware's (src/middleware.ts `withEntityTag`). */
function matchesEntityTag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** Last resort for an error outside Astro's own handling: 500, or drop the connection. */
function failRequest(res: ServerResponse, error: unknown): void {
  console.error('Request failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  if (!res.headersSent) {
    res.statusCode = 500;
    res.end('Internal Server Error');
  } else {
    res.destroy();
  }
}
