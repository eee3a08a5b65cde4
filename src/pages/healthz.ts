/**
 * Health check for load balancers: is the database answering?
 */
import type { APIRoute } from 'astro';
import { getDatabase, pingDatabase } from '#src/server/platform/db.ts';

export const GET: APIRoute = async () => {
  const { db, kind } = await getDatabase();
  const ok = await pingDatabase(db);
  return Response.json(
    { ok, database: kind },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
};
