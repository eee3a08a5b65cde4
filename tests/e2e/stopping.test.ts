/**
 * The built server, stopped as an orchestrator stops it: ready before, and on
 * SIGTERM it stops accepting, answers the request it is in the middle of
 * receiving, closes its database connections (LISTEN included) and exits
 * within 10 seconds. On PostgreSQL too when TEST_DATABASE_URL is set, where it
 * also runs as the app's own role.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '#src/server/platform/db.ts';

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

async function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--seed-if-empty'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Not started:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Exited (${code}):\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** A sign-in form whose body arrives in two halves, a second apart. */
function slowPost(url: string): {
  readonly sent: Promise<void>;
  readonly answer: Promise<number>;
  finish(): void;
} {
  const body = 'email=someone%40example.org';
  const target = new URL('/signin', url);
  let finish = (): void => undefined;
  let sent = (): void => undefined;
  const answer = new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
          origin: target.origin,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 10), () => sent());
    finish = () => req.end(body.slice(10));
  });
  return { sent: new Promise<void>((done) => (sent = done)), answer, finish: () => finish() };
}

async function stopsGracefully(server: Started): Promise<void> {
  const ready = await fetch(`${server.url}/readyz`);
  expect(await ready.json()).toMatchObject({ ready: true, listener: true, migrations: 'current' });
  expect(ready.status).toBe(200);

  const inFlight = slowPost(server.url);
  await inFlight.sent;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
  const signalled = Date.now();
  server.child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Not accepting any more.
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  // The request it was receiving is answered.
  inFlight.finish();
  expect(await inFlight.answer).toBeLessThan(500);
  expect(await exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(10_000);
  expect(server.output()).toMatch(/SIGTERM: finishing the requests in flight/);
}

describe('stopping the built server', () => {
  it('on the embedded database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'heard-stop-'));
    try {
      await stopsGracefully(await start({ HEARD_DATA_DIR: dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  const postgresUrl = process.env['TEST_DATABASE_URL']?.trim();
  it.skipIf(!postgresUrl)(
    'on PostgreSQL, as the app role, leaving no connection open',
    async () => {
      const name = `heard_stop_${randomBytes(4).toString('hex')}`;
      const admin = await openDatabase({ kind: 'postgres', url: postgresUrl ?? '' });
      await sql`create database ${sql.id(name)}`.execute(admin.db);
      const dataDir = mkdtempSync(join(tmpdir(), 'heard-stop-'));
      try {
        const url = new URL(postgresUrl ?? '');
        url.pathname = `/${name}`;
        const server = await start({
          DATABASE_URL: url.toString(),
          HEARD_DATA_DIR: dataDir,
          HEARD_LEDGER_KEY: 'ab'.repeat(32),
        });
        expect(server.output()).toMatch(/database: PostgreSQL as heard_app/);
        // Start-up prints its lines one by one: the photos' line may follow a moment later.
        await expect
          .poll(() => server.output(), { timeout: 10_000 })
          .toMatch(/Photos: in the database/);
        const { rows } = await sql<{ count: number }>`
          select count(*)::int as count from pg_stat_activity
          where datname = ${name} and query ilike 'listen%'`.execute(admin.db);
        expect(rows[0]?.count).toBeGreaterThan(0);
        await stopsGracefully(server);
        const after = await sql<{ count: number }>`
          select count(*)::int as count from pg_stat_activity where datname = ${name}`.execute(
          admin.db,
        );
        expect(after.rows[0]?.count).toBe(0);
      } finally {
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
        await admin.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
