/**
 * The rendered HTML of public stories, held per app instance, and the listener
 * that drops it when a story's publication changes, on every instance
 * (docs/decisions/005-cache-invalidation.md).
 *
 * The cache never decides visibility: a request reads the story's publication
 * row from the database first and only then looks up HTML for that exact
 * version, so a withdrawn story is never served from here.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { getDatabase, type DatabaseHandle } from '#src/server/platform/db.ts';

/** The channel `appendConsentEvent` and friends announce changes on. */
export const PUBLICATION_CHANNEL = 'heard_publication';

/** A small bounded LRU of rendered HTML, one entry per story. */
export interface PublicationCache {
  /** The HTML stored for exactly this version, if any. */
  get(storyId: string, version: number): string | undefined;
  set(storyId: string, version: number, value: string): void;
  drop(storyId: string): void;
  clear(): void;
  readonly size: number;
}

/** Creates an empty cache holding at most `maxEntries` stories. */
export function createPublicationCache(options: { readonly maxEntries: number }): PublicationCache {
  const { maxEntries } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`maxEntries must be a whole number above 0, not ${maxEntries}.`);
  }
  // A Map keeps insertion order: the first key is the least recently used.
  // Only the newest version of a story is worth keeping, so one entry each.
  const entries = new Map<string, { readonly version: number; readonly value: string }>();
  return {
    get(storyId, version) {
      const entry = entries.get(storyId);
      if (!entry || entry.version !== version) return undefined;
      entries.delete(storyId);
      entries.set(storyId, entry);
      return entry.value;
    },
    set(storyId, version, value) {
      entries.delete(storyId);
      entries.set(storyId, { version, value });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    drop(storyId) {
      entries.delete(storyId);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

// One cache per process, shared by the Astro bundle and the scripts (which load
// this module separately), like the database in db.ts.
const CACHE_KEY = Symbol.for('heard.publicationCache');
// A story page is some tens of kilobytes: this bounds the cache to a few MB.
const PROCESS_CACHE_ENTRIES = 500;

/** The process's cache of rendered public stories. */
export const publicationCache: PublicationCache = ((globalThis as GlobalWithCache)[CACHE_KEY] ??=
  createPublicationCache({ maxEntries: PROCESS_CACHE_ENTRIES }));

type GlobalWithCache = typeof globalThis & { [CACHE_KEY]?: PublicationCache };

/** The Surrogate-Key a CDN files a story's responses under. */
export function surrogateKeyForStory(storyId: string): string {
  return `story-${storyId}`;
}

const STORY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PURGE_TIMEOUT_MS = 5000;
const PURGE_RETRY_DELAY_MS = 1000;

/**
 * Listens for publication changes: drops the story from `cache` and, with
 * `purgeUrl`, asks the CDN to purge it. Resolves to a function that stops.
 */
export async function startPublicationListener(
  handle: DatabaseHandle,
  options: {
    readonly cache: PublicationCache;
    readonly purgeUrl?: string | undefined;
    readonly fetch?: typeof fetch;
  },
): Promise<() => Promise<void>> {
  const { cache, purgeUrl } = options;
  const fetchPurge = options.fetch ?? fetch;
  // Stopping cancels purges still in flight, so shutdown does not wait on a CDN.
  const stopping = new AbortController();
  const purges = new Set<Promise<void>>();
  const unlisten = await handle.listen(
    PUBLICATION_CHANNEL,
    (payload) => {
      if (!STORY_ID.test(payload)) return;
      const storyId = payload.toLowerCase();
      cache.drop(storyId);
      if (!purgeUrl) return;
      const purge = purgeSurrogateKeys(
        purgeUrl,
        [surrogateKeyForStory(storyId)],
        fetchPurge,
        stopping.signal,
      );
      purges.add(purge);
      void purge.finally(() => purges.delete(purge));
    },
    // Changes announced while the connection was down were missed: forget everything.
    { onReconnect: () => cache.clear() },
  );
  return async () => {
    await unlisten();
    stopping.abort();
    await Promise.allSettled([...purges]);
  };
}

/**
 * Tells the CDN to purge these keys. Every instance hears every change and
 * purges it, which is harmless (a purge is idempotent); one retry at most, so a
 * CDN outage does not turn into a storm. Never throws.
 */
async function purgeSurrogateKeys(
  url: string,
  keys: readonly string[],
  fetchPurge: typeof fetch,
  stopping: AbortSignal,
): Promise<void> {
  const body = JSON.stringify({ surrogateKeys: keys });
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetchPurge(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.any([stopping, AbortSignal.timeout(PURGE_TIMEOUT_MS)]),
      });
      await response.body?.cancel();
      if (response.ok) return;
      throw new Error(`it answered ${response.status}`);
    } catch (error) {
      if (stopping.aborted) return;
      if (attempt >= 2) {
        // The address may carry a secret token, so it is not logged.
        console.error(
          `Could not purge ${keys.join(', ')} at HEARD_PURGE_URL: ${describeError(error)}`,
        );
        return;
      }
    }
    try {
      await sleep(PURGE_RETRY_DELAY_MS, undefined, { signal: stopping });
    } catch {
      return;
    }
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

// One listener per process. After a failed start, later calls try again, but
// not more often than this, so a database outage does not add a connection
// attempt to every request.
const LISTENER_KEY = Symbol.for('heard.publicationListener');
const LISTENER_RETRY_MS = 5000;

interface ListenerState {
  handle: DatabaseHandle | undefined;
  stop: (() => Promise<void>) | undefined;
  starting: Promise<void> | undefined;
  retryAt: number;
}

type GlobalWithListener = typeof globalThis & { [LISTENER_KEY]?: ListenerState };

/**
 * Starts the process's publication listener on `getDatabase()` unless it is
 * running; cheap after the first call, and never rejects (failures are logged).
 */
export function ensurePublicationListener(): Promise<void> {
  const state = ((globalThis as GlobalWithListener)[LISTENER_KEY] ??= {
    handle: undefined,
    stop: undefined,
    starting: undefined,
    retryAt: 0,
  });
  state.starting ??= startProcessListener(state).finally(() => {
    state.starting = undefined;
  });
  return state.starting;
}

async function startProcessListener(state: ListenerState): Promise<void> {
  if (Date.now() < state.retryAt) return;
  try {
    const handle = await getDatabase();
    // The process's database may be replaced (tests do): listen on the new one.
    if (state.handle === handle) return;
    const previous = state.stop;
    state.handle = undefined;
    state.stop = undefined;
    await previous?.();
    state.stop = await startPublicationListener(handle, {
      cache: publicationCache,
      purgeUrl: process.env['HEARD_PURGE_URL']?.trim() || undefined,
    });
    state.handle = handle;
    state.retryAt = 0;
  } catch (error) {
    state.retryAt = Date.now() + LISTENER_RETRY_MS;
    console.error(`Could not listen for publication changes: ${describeError(error)}`);
  }
}
