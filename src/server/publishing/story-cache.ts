/**
 * The one cache of public story pages, per app instance, and the one listener
 * that empties it (docs/decisions/005-cache-invalidation.md).
 *
 * It holds two things for each public story: its text rendered for readers,
 * with the answers shown under it (keyed by the publication version, for any
 * page that shows the story), and
 * whole responses of its page for anonymous readers (keyed by the page's
 * content key: its publication version and every related story's).
 *
 * The cache never decides visibility. A request reads the story's publication
 * from the database first, and only then asks for what is held under exactly
 * that version or key: a withdrawn story has no publication, so nothing of it
 * is looked up; a changed one has a new version, so it never matches an old
 * entry. Dropping a story when its NOTIFY arrives only frees memory, and a
 * listener that reconnects empties everything, since changes announced while it
 * was away were missed.
 */
import { LRUCache } from 'lru-cache';
import { setTimeout as sleep } from 'node:timers/promises';
import { isUuid } from '#src/domain/ids.ts';
import { getDatabase, type DatabaseHandle } from '#src/server/platform/db.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '#src/i18n/languages.ts';

/** The channel every change to a story's publication is announced on (by `refreshPublication` in src/server/consent/consent.repository.ts, inside the change's transaction). */
export const PUBLICATION_CHANNEL = 'heard_publication';

/** One response of a public story page exactly as Astro sent it (status 200). */
export interface CachedPage {
  /** Header names in lower case; never Content-Length or Set-Cookie. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: Buffer;
  /** The ETag among `headers`, if any, to answer If-None-Match. */
  readonly etag: string | undefined;
}

/** Which page of a story: before the content notes, or past them (`?read=1`). */
export type PageVariant = 'plain' | 'read';

/** An answer its authors chose to show under the story (fixed for a publication version). */
export interface HeldAnswer {
  readonly id: string;
  readonly text: string;
  readonly createdAt: Date;
}

/** A bounded LRU of public stories' renderings and pages. */
export interface StoryCache {
  /** The story's text as rendered for readers at this publication version, if held. */
  getRendering(storyId: string, version: number, language?: Language): string | undefined;
  /**
   * Holds the rendering, and the answers shown under the story at that version
   * (choosing or hiding one gives the publication a new version).
   */
  setRendering(
    storyId: string,
    version: number,
    html: string,
    answers?: readonly HeldAnswer[],
    language?: Language,
  ): void;
  /** The answers held with the rendering at this version, if they were. */
  getHeldAnswers(
    storyId: string,
    version: number,
    language?: Language,
  ): readonly HeldAnswer[] | undefined;
  /** The page held for this story under exactly this content key and variant, if any. */
  getPage(
    storyId: string,
    contentKey: string,
    variant: PageVariant,
    language?: Language,
  ): CachedPage | undefined;
  setPage(
    storyId: string,
    contentKey: string,
    variant: PageVariant,
    page: CachedPage,
    language?: Language,
  ): void;
  /** Forgets everything held for the story. */
  drop(storyId: string): void;
  clear(): void;
  /** Entries held (a rendering and each page variant count once each). */
  readonly size: number;
  /** How many `getPage` calls found a page: the fast path serves one for each. */
  readonly hits: number;
  /** How many pages were stored. */
  readonly stores: number;
}

type Entry =
  | {
      readonly version: number;
      readonly html: string;
      readonly answers: readonly HeldAnswer[] | undefined;
    }
  | { readonly contentKey: string; readonly page: CachedPage };

// Each language has its own rendering and pages: the words around the story
// (labels, dates) are in the reader's language (src/i18n).
type Slot = 'rendering' | `page:${PageVariant}`;
const SLOTS: readonly Slot[] = ['rendering', 'page:plain', 'page:read'];
const slotKey = (storyId: string, slot: Slot, language: Language = DEFAULT_LANGUAGE): string =>
  `${storyId} ${slot} ${language}`;

/** Creates an empty cache bounded by bytes held (bodies and renderings). */
export function createStoryCache(options: { readonly maxBytes: number }): StoryCache {
  const { maxBytes } = options;
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new RangeError(`maxBytes must be a whole number above 0, not ${maxBytes}.`);
  }
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    // A string of HTML is held as UTF-16: two bytes per code unit.
    sizeCalculation: (entry) =>
      Math.max(1, 'html' in entry ? heldBytes(entry) : entry.page.body.length),
  });
  let hits = 0;
  let stores = 0;
  // lru-cache refuses (and warns about) an entry bigger than the whole budget;
  // such an entry would only evict everything else, so it is simply not kept.
  const fits = (bytes: number): boolean => bytes <= maxBytes;
  return {
    getRendering(storyId, version, language) {
      const entry = entries.get(slotKey(storyId, 'rendering', language));
      return entry && 'html' in entry && entry.version === version ? entry.html : undefined;
    },
    setRendering(storyId, version, html, answers, language) {
      const entry = { version, html, answers };
      if (fits(heldBytes(entry))) entries.set(slotKey(storyId, 'rendering', language), entry);
    },
    getHeldAnswers(storyId, version, language) {
      const entry = entries.get(slotKey(storyId, 'rendering', language));
      return entry && 'html' in entry && entry.version === version ? entry.answers : undefined;
    },
    getPage(storyId, contentKey, variant, language) {
      const entry = entries.get(slotKey(storyId, `page:${variant}`, language));
      if (!entry || !('page' in entry) || entry.contentKey !== contentKey) return undefined;
      hits += 1;
      return entry.page;
    },
    setPage(storyId, contentKey, variant, page, language) {
      if (!fits(page.body.length)) return;
      entries.set(slotKey(storyId, `page:${variant}`, language), { contentKey, page });
      stores += 1;
    },
    drop(storyId) {
      for (const slot of SLOTS) {
        for (const language of LANGUAGES) entries.delete(slotKey(storyId, slot, language));
      }
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
    get hits() {
      return hits;
    },
    get stores() {
      return stores;
    },
  };
}

/** A rendering's size: its HTML and its answers' words, held as UTF-16 (two bytes a code unit). */
function heldBytes(entry: {
  readonly html: string;
  readonly answers?: readonly HeldAnswer[] | undefined;
}): number {
  const answerChars = (entry.answers ?? []).reduce((sum, answer) => sum + answer.text.length, 0);
  return (entry.html.length + answerChars) * 2;
}

// A story page is some tens of kilobytes: this holds some hundreds of stories.
const PROCESS_CACHE_BYTES = 32 * 1024 * 1024;

/** This instance's cache. */
export const storyCache: StoryCache = createStoryCache({ maxBytes: PROCESS_CACHE_BYTES });

/** The Surrogate-Key naming a story, for CDNs that purge by key. */
export function surrogateKeyForStory(storyId: string): string {
  return `story-${storyId}`;
}

const PURGE_TIMEOUT_MS = 5000;
const PURGE_RETRY_DELAY_MS = 1000;

/**
 * Listens for publication changes on `handle`: each drops the story from
 * `cache` and, with `purgeUrl`, asks a CDN to purge its surrogate key. A
 * reconnect empties the cache. Returns the function that stops listening.
 */
export async function startStoryCacheListener(
  handle: DatabaseHandle,
  options: {
    readonly cache: StoryCache;
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
      if (!isUuid(payload)) return;
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

/** Asks the CDN at `url` to purge `keys`, trying twice; logs (without the address) when it cannot. */
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

// After a failed start, later calls try again, but not more often than this,
// so a database outage does not add a connection attempt to every request.
const LISTENER_RETRY_MS = 5000;

const listener: {
  handle: DatabaseHandle | undefined;
  stop: (() => Promise<void>) | undefined;
  starting: Promise<void> | undefined;
  retryAt: number;
} = { handle: undefined, stop: undefined, starting: undefined, retryAt: 0 };

/**
 * Makes sure this instance listens, once, on its database for publication
 * changes to `storyCache`. Cheap when already listening; moves to the new
 * database when the process's database is replaced (tests do).
 */
export function ensureStoryCacheListener(): Promise<void> {
  listener.starting ??= startInstanceListener().finally(() => {
    listener.starting = undefined;
  });
  return listener.starting;
}

async function startInstanceListener(): Promise<void> {
  if (Date.now() < listener.retryAt) return;
  try {
    const handle = await getDatabase();
    if (listener.handle === handle) return;
    const previous = listener.stop;
    listener.handle = undefined;
    listener.stop = undefined;
    await previous?.();
    storyCache.clear();
    listener.stop = await startStoryCacheListener(handle, {
      cache: storyCache,
      purgeUrl: process.env['HEARD_PURGE_URL']?.trim() || undefined,
    });
    listener.handle = handle;
    listener.retryAt = 0;
  } catch (error) {
    listener.retryAt = Date.now() + LISTENER_RETRY_MS;
    console.error(`Could not listen for publication changes: ${describeError(error)}`);
  }
}

/** Stops this instance's listener (a graceful stop). */
export async function stopStoryCacheListener(): Promise<void> {
  await listener.starting;
  const stop = listener.stop;
  listener.handle = undefined;
  listener.stop = undefined;
  await stop?.();
}
