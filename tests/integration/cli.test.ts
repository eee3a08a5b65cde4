/**
 * The command-line scripts as an operator runs them: plain errors for bad
 * configuration, and `ledger:verify` naming a tampered event.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/seed.ts';
import { openDatabase, type DatabaseConfig } from '#src/server/platform/db.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script], {
    env: { ...process.env, DATABASE_URL: '', HEARD_DATA_DIR: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('start-up with bad configuration', () => {
  it('an unreachable DATABASE_URL stops with one plain sentence', () => {
    const result = run('scripts/migrate.ts', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/heard',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Heard could not reach the PostgreSQL database at 127\.0\.0\.1:1\/heard/,
    );
    expect(lines[0]).toMatch(/Check the server is running/);
  });

  it('a DATABASE_URL that is not an address says how to write one', () => {
    const result = run('scripts/migrate.ts', { DATABASE_URL: 'not a url' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^DATABASE_URL is not a valid address/);
  });

  it('an unwritable data folder stops with one plain sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heard-cli-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = run('scripts/migrate.ts', { HEARD_DATA_DIR: file });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Heard cannot write its data folder .*a-file.*Set HEARD_DATA_DIR/);
  });
});

interface CliTarget {
  readonly kind: string;
  prepare(): Promise<{ config: DatabaseConfig; env: Record<string, string> }>;
}

const targets: CliTarget[] = [
  {
    kind: 'pglite',
    prepare: () => {
      const dir = mkdtempSync(join(tmpdir(), 'heard-cli-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return Promise.resolve({
        config: { kind: 'pglite', dataDir: join(dir, 'pglite') },
        env: { HEARD_DATA_DIR: dir },
      });
    },
  },
];
const postgresUrl = process.env['TEST_DATABASE_URL']?.trim();
if (postgresUrl) {
  targets.push({
    kind: 'postgres',
    prepare: async () => {
      const name = `heard_cli_${randomBytes(4).toString('hex')}`;
      const admin = await openDatabase({ kind: 'postgres', url: postgresUrl });
      await sql`create database ${sql.id(name)}`.execute(admin.db);
      cleanups.push(async () => {
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
        await admin.close();
      });
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      return {
        config: { kind: 'postgres', url: url.toString() },
        env: { DATABASE_URL: url.toString() },
      };
    },
  });
}

describe.each(targets)('npm run ledger:verify [$kind]', (target) => {
  it('passes on an intact ledger and names the first tampered event', async () => {
    const { config, env } = await target.prepare();
    const handle = await openDatabase(config);
    await migrateToLatest(handle.db);
    await seedDemo(handle.db, new Date('2026-11-23T12:00:00Z'));
    await handle.close();

    const intact = run('scripts/ledger-verify.ts', env);
    expect(intact.stdout).toMatch(/The consent ledger is intact: \d+ events/);
    expect(intact.status).toBe(0);

    // Bypass the append-only trigger as a superuser and change one payload.
    const tamper = await openDatabase(config);
    const victim = await tamper.db
      .selectFrom('consent_events')
      .select(['id', 'sequence'])
      .orderBy('sequence')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table consent_events disable trigger consent_events_append_only`.execute(
      tamper.db,
    );
    await sql`update consent_events set anonymity = 'named' where id = ${victim.id}`.execute(
      tamper.db,
    );
    await sql`alter table consent_events enable trigger consent_events_append_only`.execute(
      tamper.db,
    );
    await tamper.close();

    const broken = run('scripts/ledger-verify.ts', env);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`event ${victim.id} (sequence ${victim.sequence})`);
  });
});
