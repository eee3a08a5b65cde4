/**
 * Whole rendered responses of public story pages, held per app instance, for
 * the fast path in `http-server.ts` (docs/decisions/005-cache-invalidation.md
 * "The fast path").
 *
 * Like `publication-cache.ts`, this cache never decides visibility: a request
 * reads the story's publication (and the related stories the page lists) from
 * the database first, and only then asks for a page stored under exactly that
 * content key. A withdrawn story has no publication, so it is never looked up;
 * a changed one has a new version, so it never matches an old key. Dropping a
 * story when its NOTIFY arrives only frees memory.
 */
import { PUBLICATION_CHANNEL } from './publication-cache.ts';
import type { DatabaseHandle } from '#src/server/platform/db.ts';

/** One response of a public story page exactly as Astro sent it (status 200). */
export interface CachedPage {
  /** Header names in lower case, as Astro writes them; never Content-Length or Set-Cookie. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: Buffer;
  /** The ETag among `headers`, if any, to answer If-None-Match. */
  readonly etag: string | undefined;
}

/** A bounded LRU of rendered pages, one content key per story. */
export interface PageCache {
  /** The page stored for this story under exactly this content key and variant, if any. */
  get(storyId: string, contentKey: string, variant: string): CachedPage | undefined;
  set(storyId: string, contentKey: string, variant: string, page: CachedPage): void;
  drop(storyId: string): void;
  clear(): void;
  /** Pages held (each variant of each story counts once). */
  readonly size: number;
  /** Bytes of bodies held. */
  readonly bytes: number;
  /** How many `get` calls found a page: the fast path serves one for each. */
  readonly hits: number;
  /** How many pages were stored. */
  readonly stores: number;
}

interface StoryEntry {
  readonly contentKey: string;
  readonly pages: Map<string, CachedPage>;
  bytes: number;
}

/** Creates an empty cache bounded by stories and by body bytes. */
export function createPageCache(options: {
  readonly maxStories: number;
  readonly maxBytes: number;
}): PageCache {
  const { maxStories, maxBytes } = options;
  if (!Number.isInteger(maxStories) || maxStories < 1) {
    throw new RangeError(`maxStories must be a whole number above 0, not ${maxStories}.`);
  }
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new RangeError(`maxBytes must be a whole number above 0, not ${maxBytes}.`);
  }
  // A Map keeps insertion order: the first key is the least recently used.
  // Only the newest content of a story is worth keeping, so one key each.
  const stories = new Map<string, StoryEntry>();
  let pages = 0;
  let bytes = 0;
  let hits = 0;
  let stores = 0;

  const remove = (storyId: string): void => {
    const entry = stories.get(storyId);
    if (!entry) return;
    stories.delete(storyId);
    pages -= entry.pages.size;
    bytes -= entry.bytes;
  };

  return {
    get(storyId, contentKey, variant) {
      const entry = stories.get(storyId);
      if (!entry || entry.contentKey !== contentKey) return undefined;
      const page = entry.pages.get(variant);
      if (!page) return undefined;
      stories.delete(storyId);
      stories.set(storyId, entry);
      hits += 1;
      return page;
    },
    set(storyId, contentKey, variant, page) {
      // A page bigger than the whole budget would only evict everything else.
      if (page.body.length > maxBytes) return;
      let entry = stories.get(storyId);
      if (entry && entry.contentKey !== contentKey) {
        remove(storyId);
        entry = undefined;
      }
      entry ??= { contentKey, pages: new Map(), bytes: 0 };
      const previous = entry.pages.get(variant);
      if (previous) {
        entry.bytes -= previous.body.length;
        bytes -= previous.body.length;
        pages -= 1;
      }
      entry.pages.set(variant, page);
      entry.bytes += page.body.length;
      bytes += page.body.length;
      pages += 1;
      stories.delete(storyId);
      stories.set(storyId, entry);
      stores += 1;
      while (stories.size > maxStories || bytes > maxBytes) {
        const oldest = stories.keys().next();
        if (oldest.done) break;
        remove(oldest.value);
      }
    },
    drop(storyId) {
      remove(storyId);
    },
    clear() {
      stories.clear();
      pages = 0;
      bytes = 0;
    },
    get size() {
      return pages;
    },
    get bytes() {
      return bytes;
    },
    get hits() {
      return hits;
    },
    get stores() {
      return stores;
    },
  };
}

// One cache per process, shared by every module copy that loads this file (the
// scripts and tests load it outside the Astro bundle), like db.ts's database.
const CACHE_KEY = Symbol.for('heard.pageCache');
// A story page is some tens of kilobytes; two variants each. The byte bound is
// the one that matters; the story bound keeps bookkeeping small.
const PROCESS_CACHE_STORIES = 1000;
const PROCESS_CACHE_BYTES = 32 * 1024 * 1024;

type GlobalWithCache = typeof globalThis & { [CACHE_KEY]?: PageCache };

/** The process's cache of rendered public story pages. */
export const pageCache: PageCache = ((globalThis as GlobalWithCache)[CACHE_KEY] ??= createPageCache(
  { maxStories: PROCESS_CACHE_STORIES, maxBytes: PROCESS_CACHE_BYTES },
));

const STORY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Forgets every page of one story (called when its publication changes). */
export function dropPageCacheForStory(storyId: string): void {
  pageCache.drop(storyId.toLowerCase());
}

// One listener per process, moved to whichever database the process uses now
// (tests replace it). A failed start is retried on a later request, not sooner
// than this, so a database outage does not add a connection attempt to each.
const LISTENER_KEY = Symbol.for('heard.pageCacheListener');
const LISTENER_RETRY_MS = 5000;

interface ListenerState {
  handle: DatabaseHandle | undefined;
  stop: (() => Promise<void>) | undefined;
  starting: boolean;
  failedHandle: DatabaseHandle | undefined;
  retryAt: number;
}

type GlobalWithListener = typeof globalThis & { [LISTENER_KEY]?: ListenerState };

/**
 * Makes sure the process listens on `handle` for publication changes and drops
 * the story's pages when one arrives. Cheap when already listening; never
 * throws (failures are logged).
 */
export function ensurePageCacheListener(handle: DatabaseHandle): void {
  const state = ((globalThis as GlobalWithListener)[LISTENER_KEY] ??= {
    handle: undefined,
    stop: undefined,
    starting: false,
    failedHandle: undefined,
    retryAt: 0,
  });
  if (state.handle === handle || state.starting) return;
  if (state.failedHandle === handle && Date.now() < state.retryAt) return;
  state.starting = true;
  void moveListener(state, handle).finally(() => {
    state.starting = false;
  });
}

async function moveListener(state: ListenerState, handle: DatabaseHandle): Promise<void> {
  const previous = state.stop;
  state.handle = undefined;
  state.stop = undefined;
  try {
    await previous?.();
    state.stop = await handle.listen(
      PUBLICATION_CHANNEL,
      (payload) => {
        if (STORY_ID.test(payload)) dropPageCacheForStory(payload);
      },
      // Changes announced while the connection was down were missed: forget everything.
      { onReconnect: () => pageCache.clear() },
    );
    state.handle = handle;
    state.failedHandle = undefined;
  } catch (error) {
    state.failedHandle = handle;
    state.retryAt = Date.now() + LISTENER_RETRY_MS;
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Could not listen for publication changes (page cache): ${reason}`);
  }
}
