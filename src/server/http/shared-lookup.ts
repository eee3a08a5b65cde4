/**
 * One database read shared by the story-page requests that arrive while it
 * runs (src/server/http/server.ts, the fast path), without ever handing a
 * request an answer read before it arrived.
 */
import type { Db } from '#src/server/platform/db.ts';

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
