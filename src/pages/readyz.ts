/**
 * Readiness for load balancers: send this instance traffic? 200 when the
 * database answers, its migrations are current and the publication listener is
 * connected; 503 otherwise, and from the moment the instance starts stopping.
 * `/healthz` stays the liveness check.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '../server/db.ts';
import { ensurePageCacheListener } from '../server/page-cache.ts';
import { ensurePublicationListener } from '../server/publication-cache.ts';
import { checkReadiness } from '../server/platform/readiness.ts';

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
  ensurePageCacheListener(handle);
  await ensurePublicationListener();
  const readiness = await checkReadiness(handle);
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
};
