/**
 * How saves reach the server from a browser: the POST to the story's save
 * route, its answers read into SaveResults, and the browser's online signal.
 *
 * HTTP contract of createFetchSave (src/pages/api/stories/[id]/revisions.ts):
 *   POST {url}  body {"state": …, "basedOn": number | null, "scriptNames"?: {…}}
 *   200         {"revision": number}                                 saved
 *   409         {"latest": {"revision", "state", "scriptNames"}}     someone saved first
 *   other 4xx    {"message": string}                                refused: no retry until the next edit
 *   429          {"message": string}, Retry-After                   too much this hour: retried after it
 *   408, 5xx     anything                                           retried with backoff
 */
import type { Connectivity, SaveFunction } from './autosave.ts';
import type { ScriptNameMap } from './script-names.ts';
import type { Say } from './words.ts';

function messageFrom(body: unknown): string | null {
  const value = (body as { message?: unknown } | null)?.message;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function revisionFrom(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function scriptNamesFrom(value: unknown): ScriptNameMap | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const names: ScriptNameMap = {};
  for (const [real, character] of Object.entries(value)) {
    if (typeof character === 'string') names[real] = character;
  }
  return names;
}

interface SaveAnswer {
  readonly revision?: unknown;
  readonly latest?: {
    readonly revision?: unknown;
    readonly state?: unknown;
    readonly scriptNames?: unknown;
  };
}

/** A SaveFunction that POSTs to the story's save route with the given fetch. */
export function createFetchSave(options: {
  readonly fetch: typeof fetch;
  readonly url: string;
  /** Words for what the server did not say itself. */
  readonly t: Say;
  /** A request that hangs this long counts as offline. */
  readonly timeoutMs?: number;
}): SaveFunction {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const { t } = options;
  return async (content, basedOn) => {
    let response: Response;
    try {
      response = await options.fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ state: content.state, basedOn, scriptNames: content.scriptNames }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      // fetch rejects only when no answer came: no network, or a timeout.
      return { kind: 'offline' };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = null; // an answer without JSON (a proxy's error page)
    }
    const answer: SaveAnswer = body !== null && typeof body === 'object' ? body : {};
    const revision = revisionFrom(answer.revision);
    if (response.ok && revision !== null) return { kind: 'saved', revision };
    const latestRevision = revisionFrom(answer.latest?.revision);
    if (response.status === 409 && latestRevision !== null) {
      const scriptNames = scriptNamesFrom(answer.latest?.scriptNames);
      return {
        kind: 'conflict',
        revision: latestRevision,
        content: {
          state: answer.latest?.state ?? null,
          ...(scriptNames === undefined ? {} : { scriptNames }),
        },
      };
    }
    if (response.status === 429) {
      // Too much saved this hour: wait as long as the server says, then try again.
      const seconds = Number(response.headers.get('retry-after'));
      return {
        kind: 'limited',
        message: messageFrom(body) ?? t('editor.transport.limited'),
        retryAfterMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000,
      };
    }
    if (response.status === 401 || response.status === 403) {
      return { kind: 'refused', message: t('editor.transport.signedOut') };
    }
    if (response.status >= 400 && response.status < 500 && response.status !== 408) {
      // Sending the same words again would get the same answer: no retry until
      // the writer changes something.
      return { kind: 'refused', message: messageFrom(body) ?? t('editor.transport.refused') };
    }
    return { kind: 'failed', message: t('editor.transport.failed') };
  };
}

/** The browser's connectivity (navigator.onLine and the `online` event). */
export function browserConnectivity(target: Window): Connectivity {
  return {
    isOnline: () => target.navigator.onLine,
    onOnline(listener) {
      target.addEventListener('online', listener);
      return () => target.removeEventListener('online', listener);
    },
  };
}
