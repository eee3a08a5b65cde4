/**
 * Stopping gracefully: on SIGTERM an instance reports not ready, stops
 * accepting, finishes the requests in flight, stops its jobs, closes its
 * LISTEN connection and is done well within 10 s. Readiness: the database,
 * the migrations and the publication listener.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { PUBLICATION_CHANNEL } from '#src/server/publishing/story-cache.ts';
import { stopGracefully } from '#src/server/platform/graceful-stop.ts';
import { checkReadiness, isStopping } from '#src/server/platform/readiness.ts';
import { processWide } from '#src/server/platform/process-wide.ts';
import { describeEachDatabase } from './support/databases.ts';

// Stopping is kept for the process, so one test's stop must not leak into the next.
const stopping = processWide<true>('stopping');

afterEach(() => {
  stopping.clear();
});

/** A server whose /slow answers after `ms`, as a long page render would. */
async function startSlowServer(ms: number): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const wait = req.url === '/slow' ? ms : 0;
    setTimeout(() => res.end(`done ${req.url}`), wait);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describeEachDatabase('stopping and readiness', ({ handle, db, ownerDb }) => {
  it('is ready once listening for publications, and not once stopping', async () => {
    expect(await checkReadiness(handle())).toMatchObject({
      ready: false,
      database: true,
      migrations: 'current',
      listener: false,
    });
    const stop = await handle().listen(PUBLICATION_CHANNEL, () => undefined);
    expect(await checkReadiness(handle())).toEqual({
      ready: true,
      database: true,
      migrations: 'current',
      listener: true,
      stopping: false,
    });
    stopping.set(true);
    expect(await checkReadiness(handle())).toMatchObject({ ready: false, stopping: true });
    await stop();
  });

  it('is not ready when a migration has not run', async () => {
    await handle().listen(PUBLICATION_CHANNEL, () => undefined);
    const newest = await sql<{ name: string }>`
      select name from kysely_migration order by name desc limit 1`.execute(db());
    // The app's role may only read the migration records; the owner removes one.
    await sql`delete from kysely_migration where name = ${newest.rows[0]?.name ?? ''}`.execute(
      ownerDb(),
    );
    expect(await checkReadiness(handle())).toMatchObject({ ready: false, migrations: 'behind' });
  });

  it('finishes the request in flight, refuses new ones, stops jobs, closes LISTEN, all within 10 s', async () => {
    const { server, port } = await startSlowServer(1500);
    const stopListening = await handle().listen(PUBLICATION_CHANNEL, () => undefined);
    expect(handle().isListening(PUBLICATION_CHANNEL)).toBe(true);
    const inFlight = get(port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const order: string[] = [];
    const started = Date.now();
    const stopping = stopGracefully({
      server,
      stopJobs: () => {
        order.push('jobs');
        return Promise.resolve();
      },
      closeDatabase: async () => {
        order.push('database');
        // What closing the process's database does to its LISTEN connection.
        await stopListening();
      },
    });
    // No longer accepting: a new connection is refused.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(get(port, '/new')).rejects.toThrow(/ECONNREFUSED/);
    expect(isStopping()).toBe(true);

    expect(await inFlight).toEqual({ status: 200, body: 'done /slow' });
    expect(await stopping).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(order).toEqual(['jobs', 'database']);
    expect(handle().isListening(PUBLICATION_CHANNEL)).toBe(false);
  });

  it('cuts a request that will not finish at the deadline, and says it was cut', async () => {
    const { server, port } = await startSlowServer(60_000);
    const stuck = get(port, '/slow').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const clean = await stopGracefully({
      server,
      stopJobs: async () => {},
      closeDatabase: async () => {},
      deadlineMs: 2_000,
    });
    expect(clean).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await stuck).toBeInstanceOf(Error);
  });
});
