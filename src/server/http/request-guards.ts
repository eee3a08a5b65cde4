/**
 * What every request passes before any page sees it: an address we can read,
 * and a body of bounded size that arrives in bounded time. A server that reads
 * whatever it is sent can be made to hold gigabytes, or to wait for ever, by
 * one anonymous visitor; the limits here refuse that before a byte is kept.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pathInLanguage, type Language } from '#src/i18n/languages.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { escapeHtml, translatorFor, type MessageValues } from '#src/i18n/translator.ts';
import { isOwnHost, isPublicSiteHttps, publicOrigin } from './public-address.ts';
import { readerLanguage } from './language.ts';

/** The largest form a page accepts (1 MB): far more than any form here needs. */
export const MAX_FORM_BYTES = 1024 * 1024;

/** The saving API's limit: the story (2 MB, `MAX_SAVE_BYTES`) and its wrapping. */
export const MAX_SAVE_REQUEST_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/** The photo upload's limit: the photo (20 MB, `MAX_UPLOAD_BYTES`) and its form. */
export const MAX_UPLOAD_REQUEST_BYTES = 20 * 1024 * 1024 + 64 * 1024;

/**
 * One piece of a resumable recording upload: the browser sends recordings in
 * pieces of 4 MB (src/editor/recordings/upload.ts), so a lost connection costs
 * at most one piece.
 */
export const MAX_RECORDING_PIECE_BYTES = 4 * 1024 * 1024 + 64 * 1024;

/** How long a form may take to arrive; a slower one is holding a connection open. */
export const FORM_BODY_TIMEOUT_MS = 30_000;

/** How long a photo may take to arrive: 20 MB over a slow phone connection. */
export const UPLOAD_BODY_TIMEOUT_MS = 5 * 60_000;

const UPLOAD_PATH = /^\/api\/stories\/[^/]+\/media$/;
const SAVE_PATH = /^\/api\/stories\/[^/]+\/revisions$/;
const RECORDING_PIECE_PATH = /^\/api\/recordings\/uploads(\/[^/]*)?$/;

/** The body limits for one path. */
export interface BodyLimit {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  /** How the refusal reads: JSON for the editor's APIs, a page for forms. */
  readonly answer: 'json' | 'html';
  /**
   * Only a signed-in person may send a body this large: anyone else is
   * answered before a byte of it is read.
   */
  readonly signedInOnly: boolean;
}

/**
 * All the bodies being read or held at once, across every request: past this
 * the server answers "busy" rather than hold more, however many people send.
 */
export const MAX_BODY_BYTES_IN_FLIGHT = 256 * 1024 * 1024;
let bodyBytesInFlight = 0;

/** An editor API's limit: more than a form's, answered in JSON, only for a signed-in person. */
function editorApiLimit(maxBytes: number, timeoutMs: number): BodyLimit {
  return { maxBytes, timeoutMs, answer: 'json', signedInOnly: true };
}

/** The limits a request to this path must keep to. */
export function bodyLimitFor(pathname: string): BodyLimit {
  if (UPLOAD_PATH.test(pathname)) {
    return editorApiLimit(MAX_UPLOAD_REQUEST_BYTES, UPLOAD_BODY_TIMEOUT_MS);
  }
  if (RECORDING_PIECE_PATH.test(pathname)) {
    return editorApiLimit(MAX_RECORDING_PIECE_BYTES, UPLOAD_BODY_TIMEOUT_MS);
  }
  if (SAVE_PATH.test(pathname)) {
    return editorApiLimit(MAX_SAVE_REQUEST_BYTES, FORM_BODY_TIMEOUT_MS);
  }
  return {
    maxBytes: MAX_FORM_BYTES,
    timeoutMs: FORM_BODY_TIMEOUT_MS,
    answer: pathname.startsWith('/api/') ? 'json' : 'html',
    signedInOnly: false,
  };
}

/**
 * A request refused before any page saw it. Its words are a message, put in
 * the reader's language when the refusal is sent (`refuseRequest`).
 */
export interface Refusal {
  readonly status: 400 | 401 | 408 | 413 | 503;
  readonly message: MessageKey;
  readonly values?: MessageValues;
}

/**
 * The language a refusal is written in, before the middleware has chosen one:
 * the address's ("/cy/…"), else the reader's (their switch link's cookie, else
 * their browser's). Who is signed in is not looked up for a refusal, except
 * where the request had to be signed in anyway (`signedIn`).
 */
export function refusalLanguage(
  req: IncomingMessage,
  known: { readonly path?: Language | undefined; readonly signedIn?: Language | undefined } = {},
): Language {
  return (
    known.path ??
    known.signedIn ??
    readerLanguage({ cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] })
  );
}

/**
 * Reads a request's whole body if it keeps to the limit, counting bytes as they
 * stream (a chunked body declares no length), and gives up when it is too slow.
 */
export function readBoundedBody(
  req: IncomingMessage,
  limit: BodyLimit,
): Promise<
  { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly refusal: Refusal }
> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit.maxBytes) {
    return Promise.resolve({ ok: false, refusal: tooLarge(limit) });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    // Counted against the server-wide budget until the request is done with.
    req.once('close', () => {
      bodyBytesInFlight -= received;
      received = 0;
    });
    const finish = (
      outcome:
        | { readonly ok: true; readonly body: Buffer }
        | { readonly ok: false; readonly refusal: Refusal },
    ): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      if (!outcome.ok) chunks.length = 0;
      resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      if (bodyBytesInFlight + chunk.length > MAX_BODY_BYTES_IN_FLIGHT) {
        req.pause();
        finish({
          ok: false,
          refusal: { status: 503, message: 'http.refusal.busy' },
        });
        return;
      }
      received += chunk.length;
      bodyBytesInFlight += chunk.length;
      if (received > limit.maxBytes) {
        // Stop reading: what is left is never buffered. The connection is
        // closed after the answer (see refuseRequest).
        req.pause();
        finish({ ok: false, refusal: tooLarge(limit) });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks, received) });
    const onError = (): void =>
      finish({ ok: false, refusal: { status: 400, message: 'http.refusal.broken' } });
    const timer = setTimeout(() => {
      req.pause();
      finish({ ok: false, refusal: { status: 408, message: 'http.refusal.slow' } });
    }, limit.timeoutMs);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('aborted', onError);
  });
}

function tooLarge(limit: BodyLimit): Refusal {
  const megabytes = Math.max(1, Math.floor(limit.maxBytes / (1024 * 1024)));
  return { status: 413, message: 'http.refusal.tooLarge', values: { megabytes } };
}

// C0 controls and DEL, written raw or percent-encoded, except a tab (%09, a
// pasted tab in a search). A path or query carrying them is never a real link:
// PostgreSQL cannot even store NUL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_URL = /[\u0000-\u0008\u000a-\u001f\u007f]|%(?:0[0-8a-f]|1[0-9a-f]|7f)/i;

/**
 * Why a request is not for this site: a `Host` that is not its own (a name
 * rebound to this address by someone else's page, or one that is not a host at
 * all), or undefined when it is.
 */
export function checkRequestHost(host: string | undefined): Refusal | undefined {
  if (isOwnHost(host)) return undefined;
  return { status: 400, message: 'http.refusal.notOurHost', values: { address: publicOrigin() } };
}

/** Why a request's address cannot be read, or undefined when it can. */
export function checkRequestUrl(rawUrl: string): Refusal | undefined {
  const problem = { status: 400, message: 'http.refusal.badAddress' } as const;
  if (CONTROL_IN_URL.test(rawUrl)) return problem;
  try {
    // Percent-encoding must decode to well-formed UTF-8 (a lone surrogate cannot).
    decodeURIComponent(rawUrl);
  } catch {
    return problem;
  }
  return undefined;
}

/**
 * The headers every response carries, static files included: pages add their
 * own Content-Security-Policy with script hashes (src/middleware.ts), which
 * replaces this strict default.
 */
export function baselineSecurityHeaders(): OutgoingHttpHeaders {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ...(isPublicSiteHttps() ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

// How long to keep reading (and dropping) what a refused client is still
// sending: closing at once, with its data unread, makes the network reset the
// connection, and the client never sees the answer.
const REFUSAL_LINGER_MS = 2_000;

/**
 * Answers a refused request, in `language`, and closes the connection: the
 * rest of its body is read and dropped for a moment, never kept, so the client
 * can read the answer.
 */
export function refuseRequest(
  req: IncomingMessage,
  res: ServerResponse,
  refusal: Refusal,
  answer: BodyLimit['answer'],
  language: Language,
): void {
  const words = translatorFor(language);
  const message = words.t(refusal.message, refusal.values);
  const body =
    answer === 'json'
      ? JSON.stringify({ message })
      : refusalPage(words.t(REFUSAL_TITLES[refusal.status]), message, language);
  res.writeHead(refusal.status, {
    'Content-Type': answer === 'json' ? 'application/json' : 'text/html; charset=utf-8',
    'Content-Language': words.tag,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
    ...(refusal.status === 503 ? { 'Retry-After': '60' } : {}),
  });
  res.end(body);
  req.resume();
  const linger = setTimeout(() => req.destroy(), REFUSAL_LINGER_MS);
  linger.unref();
  req.once('close', () => clearTimeout(linger));
}

const REFUSAL_TITLES: Readonly<Record<Refusal['status'], MessageKey>> = {
  400: 'http.refusal.title.400',
  401: 'http.refusal.title.401',
  408: 'http.refusal.title.408',
  413: 'http.refusal.title.413',
  503: 'http.refusal.title.503',
};

/**
 * The page of a refusal that no page of ours could answer (it comes before
 * them all, and before the middleware): a title, a sentence and the way home,
 * in the reader's language. Also the page of a cross-site post (src/middleware.ts).
 */
export function refusalPage(title: string, message: string, language: Language): string {
  const words = translatorFor(language);
  const heading = escapeHtml(title);
  const pageTitle = escapeHtml(words.t('common.title', { page: title }));
  return `<!doctype html><html lang="${words.tag}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${pageTitle}</title></head><body><main><h1>${heading}</h1><p>${escapeHtml(message)}</p><p><a href="${pathInLanguage(language, '/')}">${escapeHtml(words.t('http.refusal.back'))}</a></p></main></body></html>`;
}
