/**
 * The same integration suite on every database: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set. Each test gets a clean, migrated database of its own.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, inject } from 'vitest';
import {
  openDatabase,
  PGLITE_OPTIONS,
  wrapPglite,
  type DatabaseHandle,
  type DatabaseKind,
  type Db,
} from '#src/server/platform/db.ts';
import { DEFAULT_APP_ROLE, urlAsRole } from '#src/server/platform/app-role.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';

/** What a test sees of its database. */
export interface TestDatabaseContext {
  /** The clean database for the running test. */
  readonly db: () => Db;
  /** The same database as a handle, for what needs more than Kysely (`listen`). */
  readonly handle: () => DatabaseHandle;
  /**
   * The same database as its owner. The app (and `db`) runs as the app's role
   * on PostgreSQL; only tests that play an attacker with the owner's rights
   * (tampering with the ledger) need this. On PGlite it is `db`.
   */
  readonly ownerDb: () => Db;
  readonly kind: DatabaseKind;
}

interface Target {
  readonly kind: DatabaseKind;
  create(): Promise<DatabaseHandle & { readonly owner?: Db }>;
}

// PGlite: migrate once per test file, then load a copy of that data folder for
// each test (much faster than creating and migrating a database every time).
let pgliteSnapshot: Promise<Blob> | undefined;

const pgliteTarget: Target = {
  kind: 'pglite',
  create: async () => {
    pgliteSnapshot ??= (async () => {
      const pglite = await PGlite.create('memory://', PGLITE_OPTIONS);
      await migrateToLatest(wrapPglite(pglite).db);
      const snapshot = await pglite.dumpDataDir('none');
      await pglite.close();
      return snapshot;
    })();
    const pglite = await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: await pgliteSnapshot });
    return wrapPglite(pglite);
  },
};

function postgresTarget(url: string, template: string): Target {
  return {
    kind: 'postgres',
    create: async () => {
      const name = `heard_test_${randomBytes(5).toString('hex')}`;
      const admin = await openDatabase({ kind: 'postgres', url });
      await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin.db);
      const target = new URL(url);
      target.pathname = `/${name}`;
      const owner = await openDatabase({ kind: 'postgres', url: target.toString() });
      const handle = await openDatabase({
        kind: 'postgres',
        url: urlAsRole(target.toString(), DEFAULT_APP_ROLE, undefined),
      });
      return {
        db: handle.db,
        owner: owner.db,
        kind: 'postgres',
        listen: (channel, onMessage, options) => handle.listen(channel, onMessage, options),
        isListening: (channel) => handle.isListening(channel),
        close: async () => {
          await handle.close();
          await owner.close();
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
          await admin.close();
        },
      };
    },
  };
}

/** The databases this run covers. */
export function testTargets(): Target[] {
  const targets = [pgliteTarget];
  const url = process.env['TEST_DATABASE_URL']?.trim();
  const template = inject('postgresTemplate');
  if (url && template) targets.push(postgresTarget(url, template));
  return targets;
}

/** Declares `body` once per database, each test on a clean database. */
export function describeEachDatabase(
  title: string,
  body: (context: TestDatabaseContext) => void,
): void {
  for (const target of testTargets()) {
    describe(`${title} [${target.kind}]`, () => {
      let handle: (DatabaseHandle & { readonly owner?: Db }) | undefined;
      beforeEach(async () => {
        handle = await target.create();
      });
      afterEach(async () => {
        await handle?.close();
        handle = undefined;
      });
      const current = (): DatabaseHandle & { readonly owner?: Db } => {
        if (!handle) throw new Error('The test database is not open.');
        return handle;
      };
      body({
        kind: target.kind,
        db: () => current().db,
        handle: current,
        ownerDb: () => current().owner ?? current().db,
      });
    });
  }
}
