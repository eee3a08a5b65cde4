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
import { readSessionToken, sessionCookieName } from '#src/server/accounts/auth.ts';
import { getDatabase, type Db } from '#src/server/platform/db.ts';
import { findPersonBySessionToken } from '#src/server/accounts/sessions.repository.ts';
import {
  ensurePageCacheListener,
  pageCache,
  type CachedPage,
  type PageCache,
} from '#src/server/publishing/page-cache.ts';
import {
  baselineSecurityHeaders,
  bodyLimitFor,
  checkRequestHost,
  checkRequestUrl,
  readBoundedBody,
  refuseRequest,
  UPLOAD_BODY_TIMEOUT_MS,
} from './request-guards.ts';
import { loadStoryPage, type StoryPageContent } from '#src/server/publishing/story-page.ts';

/** A Node request handler, as the built Astro entry exports it. */
export type NodeRequestHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: () => void,
) => unknown;

/** What the server needs of the built `dist/server/entry.mjs`. */
export interface AstroEntry {
  /** @astrojs/node's standalone handler: static files, then the app. */
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
  /** Where pages are stored; the process's cache unless given. */
  readonly cache?: PageCache;
  /** How long a body may take to arrive, instead of the limits' own (tests of slow bodies). */
  readonly bodyTimeoutMs?: number;
}

// Slugs are lower-case ASCII words and a random tail (insertStory); anything
// else, e.g. percent-encoded, goes to Astro, which decodes it its own way.
const STORY_PATH = /^\/stories\/([a-z0-9][a-z0-9-]{0,199})(\?read=1)?$/;
const SESSION_COOKIE = 'authjs.session-token';
// Pages larger than this are not worth holding (a story page is tens of KB).
const MAX_CAPTURE_BYTES = 2 * 1024 * 1024;
// Set by Node per connection and per response, never part of the stored page.
const FRAMING_HEADERS = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
]);

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
  const cache = options.cache ?? pageCache;
  const toAstro = (req: IncomingMessage, res: ServerResponse): void => {
    const result = entry.handler(req, res);
    if (isPromiseLike(result)) {
      result.then(undefined, (error: unknown) => failRequest(res, error));
    }
  };
  let serve: (req: IncomingMessage, res: ServerResponse) => void = toAstro;
  if (fastPath) {
    const load = (db: Db, slug: string) => loadStoryPage(db, slug, new Date());
    const context: FastPathContext = {
      cache,
      toAstro,
      lookUp: options.shareLookups === false ? load : createSharedLookup(load),
    };
    serve = (req, res) => {
      serveStoryOrPassOn(req, res, context).catch((error: unknown) => failRequest(res, error));
    };
  }
  // Compressed after the guards (decision 021): refusals stay small and plain.
  const compressed = (req: IncomingMessage, res: ServerResponse): void =>
    compress(req, res, () => serve(req, res));
  const server = createServer((req, res) =>
    guardRequest(req, res, compressed, options.bodyTimeoutMs),
  );
  // Node's own backstop for a request that never finishes; the body limits
  // (src/server/http/request-guards.ts) answer well before it.
  server.requestTimeout = UPLOAD_BODY_TIMEOUT_MS + 30_000;
  return server;
}

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request, before anything else: the security headers every response
 * carries (static files included), an address we can read, and a body of
 * bounded size read in bounded time. Only then does a page or the fast path
 * see it, with the body already in hand (`req.body`, which Astro's Node
 * adapter reads instead of the stream).
 */
function guardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  next: (req: IncomingMessage, res: ServerResponse) => void,
  bodyTimeoutMs: number | undefined,
): void {
  for (const [name, value] of Object.entries(baselineSecurityHeaders())) {
    if (value !== undefined) res.setHeader(name, value);
  }
  const rawUrl = req.url ?? '/';
  const notOurs = checkRequestHost(req.headers.host);
  if (notOurs) return refuseRequest(req, res, notOurs, 'html');
  const unreadable = checkRequestUrl(rawUrl);
  if (unreadable) return refuseRequest(req, res, unreadable, 'html');
  if (METHODS_WITHOUT_BODY.has(req.method ?? 'GET')) return next(req, res);
  const limits = bodyLimitFor(rawUrl.split('?')[0] ?? '/');
  const limit = bodyTimeoutMs === undefined ? limits : { ...limits, timeoutMs: bodyTimeoutMs };
  (limit.signedInOnly ? hasLiveSession(req) : Promise.resolve(true))
    .then(async (allowed) => {
      // Answered before the body is read: only a signed-in person may send
      // this much, and saying "signed out" tells nothing about any story.
      if (!allowed) {
        return refuseRequest(
          req,
          res,
          {
            status: 401,
            message:
              'You have been signed out. Sign in again in another tab; your writing is kept on this device.',
          },
          limit.answer,
        );
      }
      const outcome = await readBoundedBody(req, limit);
      if (!outcome.ok) return refuseRequest(req, res, outcome.refusal, limit.answer);
      (req as IncomingMessage & { body?: Buffer }).body = outcome.body;
      next(req, res);
    })
    .catch((error: unknown) => failRequest(res, error));
}

/** Whether the request carries the cookie of a live session (looked up, not just present). */
async function hasLiveSession(req: IncomingMessage): Promise<boolean> {
  const name = `${sessionCookieName()}=`;
  const token = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(name))
    ?.slice(name.length);
  const valid = readSessionToken({
    get: (cookie) => (cookie === sessionCookieName() && token ? { value: token } : undefined),
  });
  if (!valid) return false;
  const { db } = await getDatabase();
  return (await findPersonBySessionToken(db, valid, new Date())) !== undefined;
}

interface FastPathContext {
  readonly cache: PageCache;
  readonly toAstro: (req: IncomingMessage, res: ServerResponse) => void;
  /** The consent check: reads the page's content from the database, after the call. */
  readonly lookUp: (db: Db, slug: string) => Promise<StoryPageContent | undefined>;
}

/**
 * Wraps `load` so concurrent calls for one slug share a read, but only a read
 * that had not started when they called: each caller gets a result the
 * database gave after its call, exactly as if it had read alone, so a
 * withdrawal committed before a request arrived is always seen
 * (withdrawal takes a story down on the very next request). At most one read
 * per slug runs; callers arriving meanwhile wait for the next, which starts
 * when it ends.
 */
export function createSharedLookup<T>(
  load: (db: Db, slug: string) => Promise<T>,
): (db: Db, slug: string) => Promise<T> {
  interface Next extends PromiseWithResolvers<T> {
    readonly db: Db;
  }
  const bySlug = new Map<string, { next: Next | undefined }>();
  const start = (db: Db, slug: string, state: { next: Next | undefined }): Promise<T> => {
    const running = load(db, slug);
    const settled = (): void => {
      const next = state.next;
      state.next = undefined;
      if (next) start(next.db, slug, state).then(next.resolve, next.reject);
      else bySlug.delete(slug);
    };
    running.then(settled, settled);
    return running;
  };
  return (db, slug) => {
    const state = bySlug.get(slug);
    if (!state) {
      const fresh = { next: undefined };
      bySlug.set(slug, fresh);
      return start(db, slug, fresh);
    }
    // Another database (tests swap them): read alone rather than mix them up.
    if (state.next && state.next.db !== db) return load(db, slug);
    state.next ??= { db, ...Promise.withResolvers<T>() };
    return state.next.promise;
  };
}

interface StoryRequest {
  readonly slug: string;
  /** `read` when the reader chose to read past the content notes. */
  readonly variant: 'plain' | 'read';
}

/**
 * The story an anonymous GET or HEAD asks for, if the fast path may answer it.
 * Signed-in people always go to Astro: their navigation differs, and their
 * copies are private.
 */
function matchStoryRequest(req: IncomingMessage): StoryRequest | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  const match = STORY_PATH.exec(req.url ?? '');
  if (!match?.[1]) return undefined;
  if (req.headers.cookie?.includes(SESSION_COOKIE)) return undefined;
  return { slug: match[1], variant: match[2] ? 'read' : 'plain' };
}

async function serveStoryOrPassOn(
  req: IncomingMessage,
  res: ServerResponse,
  { cache, toAstro, lookUp }: FastPathContext,
): Promise<void> {
  const wanted = matchStoryRequest(req);
  if (!wanted) return toAstro(req, res);
  const found = await lookUpStoryPage(lookUp, wanted.slug);
  // Not public now (Astro answers 410 or 404 with its own page), or the lookup
  // failed (Astro reads the database itself and answers as it would anyway).
  if (!found) return toAstro(req, res);
  const { db, content } = found;
  const storyId = content.publication.story_id;
  const page = cache.get(storyId, content.key, wanted.variant);
  if (page) return sendCachedPage(req, res, page);
  // A HEAD's body is never written, so only a GET can fill the cache.
  if (req.method !== 'GET') return toAstro(req, res);
  const captured = captureResponse(res);
  res.once('finish', () => {
    const stored = capturedPage(captured, content);
    if (!stored) return;
    // Stored only if nothing the page shows changed while it was rendered:
    // versions come from a sequence, so equal before and after means the
    // render saw exactly this content.
    lookUp(db, wanted.slug).then(
      (after) => {
        if (after?.key === content.key) cache.set(storyId, content.key, wanted.variant, stored);
      },
      () => undefined,
    );
  });
  toAstro(req, res);
}

/**
 * The consent check, before anything is sent (public means consented now, and
 * withdrawal takes a story down on the very next request): the story's publication
 * and the related stories its page lists, as the database has them now.
 */
async function lookUpStoryPage(
  lookUp: FastPathContext['lookUp'],
  slug: string,
): Promise<{ readonly db: Db; readonly content: StoryPageContent } | undefined> {
  try {
    const handle = await getDatabase();
    ensurePageCacheListener(handle);
    const content = await lookUp(handle.db, slug);
    return content && { db: handle.db, content };
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

interface CapturedResponse {
  status: number | undefined;
  headers: Record<string, string | string[]> | undefined;
  readonly chunks: Buffer[];
  length: number;
  /** Something was written that cannot be stored faithfully. */
  unusable: boolean;
}

/**
 * Records what Astro writes to `res` while letting it through unchanged, by
 * wrapping `writeHead`, `write` and `end` for this one response.
 */
function captureResponse(res: ServerResponse): CapturedResponse {
  const captured: CapturedResponse = {
    status: undefined,
    headers: undefined,
    chunks: [],
    length: 0,
    unusable: false,
  };
  const record = (chunk: unknown, encoding: unknown): void => {
    if (captured.unusable || chunk === undefined || chunk === null) return;
    let bytes: Buffer;
    if (typeof chunk === 'string') {
      bytes = Buffer.from(
        chunk,
        typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
      );
    } else if (chunk instanceof Uint8Array) {
      // A copy: the writer may reuse its buffer once the write returns.
      bytes = Buffer.from(chunk);
    } else {
      captured.unusable = true;
      return;
    }
    captured.length += bytes.length;
    if (captured.length > MAX_CAPTURE_BYTES) {
      captured.unusable = true;
      captured.chunks.length = 0;
      return;
    }
    captured.chunks.push(bytes);
  };

  // Bound originals, so the wrappers below call them exactly as Node would.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    captured.status = typeof args[0] === 'number' ? args[0] : undefined;
    const given = typeof args[1] === 'string' ? args[2] : args[1];
    // Headers set earlier with setHeader go out too, overridden by those given here.
    const headers = lowerCaseHeaders(res.getHeaders());
    if (Array.isArray(given)) captured.unusable = true;
    else if (given && typeof given === 'object') {
      Object.assign(headers, lowerCaseHeaders(given as OutgoingHttpHeaders));
    }
    captured.headers = headers;
    return writeHead(...args);
  };

  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((...args: unknown[]) => {
    record(args[0], args[1]);
    return write(...args);
  }) as ServerResponse['write'];

  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    if (typeof args[0] !== 'function') record(args[0], args[1]);
    return end(...args);
  }) as ServerResponse['end'];

  return captured;
}

/**
 * The page to store from a finished response, or undefined when it must not be
 * stored: not a 200, a cookie set, or a page about other stories than `content`.
 */
function capturedPage(
  captured: CapturedResponse,
  content: StoryPageContent,
): CachedPage | undefined {
  const headers = captured.headers;
  if (captured.unusable || captured.status !== 200 || !headers) return undefined;
  if ('set-cookie' in headers) return undefined;
  // The page names every story it shows in its Surrogate-Key; they must be the
  // ones whose versions make up the key, or the page showed something else.
  const shown = new Set(
    String(headers['surrogate-key'] ?? '')
      .split(/\s+/)
      .filter((key) => key.startsWith('story-'))
      .map((key) => key.slice('story-'.length)),
  );
  const expected = new Set(
    [content.publication, ...content.related].map((story) => story.story_id),
  );
  if (shown.size !== expected.size || [...expected].some((id) => !shown.has(id))) {
    return undefined;
  }
  // Recomputed from the stored body when sent; the connection's framing is not the page's.
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name]) => !FRAMING_HEADERS.has(name)),
  );
  const etag = kept['etag'];
  return {
    headers: kept,
    body: Buffer.concat(captured.chunks),
    etag: typeof etag === 'string' ? etag : undefined,
  };
}

function lowerCaseHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return result;
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
