/**
 * Readiness for load balancers: send this instance traffic? 200 when the
 * database answers, its migrations are current and the publication listener is
 * connected; 503 otherwise, and from the moment the instance starts stopping.
 * `/healthz` stays the liveness check.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { ensureStoryCacheListener } from '#src/server/publishing/story-cache.ts';
import { checkReadiness } from '#src/server/platform/readiness.ts';

export const GET: APIRoute = async () => {
  let handle;
  try {
    handle = await getDatabase();
  } catch {
    return Response.json(
      { ready: false, database: false, migrations: 'unknown', listener: false, stopping: false },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  // Both caches drop stories on NOTIFY; start their listeners if nothing has yet.
  await ensureStoryCacheListener();
  const readiness = await checkReadiness(handle);
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
};
