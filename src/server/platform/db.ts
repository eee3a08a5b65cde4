/**
 * The database connection: Kysely over PostgreSQL. With `DATABASE_URL` set it is
 * a `pg` pool against a real server; otherwise an embedded PGlite database in
 * `./data/pglite` (or `$HEARD_DATA_DIR/pglite`), so a fresh machine just works.
 * See docs/decisions/001-pglite-by-default.md.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database } from './schema.ts';
import {
  deliver,
  listenOnPostgres,
  quoteChannel,
  trackListeners,
  type ListenOptions,
} from './listen.ts';
import { migrateToLatest } from './migrate.ts';
import { describeError, StartupError } from './startup-error.ts';
import { processWide } from './process-wide.ts';

export type Db = Kysely<Database>;
export type DatabaseKind = 'pglite' | 'postgres';

/** Where the database lives, read from the environment. */
export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; readonly dataDir: string };

/** An open database and how to close it. */
export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /**
   * Calls `onMessage` with the payload of every `NOTIFY` on `channel` (delivered
   * on commit only); resolves once listening, to a function that stops.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    options?: ListenOptions,
  ): Promise<() => Promise<void>>;
  /**
   * Whether this handle listens on `channel` and every such listener is
   * connected now (false while one is reconnecting): `/readyz` asks.
   */
  isListening(channel: string): boolean;
  close(): Promise<void>;
}

const INT8_OID = 20;
const DATE_OID = 1082;

/** Reads the database configuration from environment variables. */
export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env['DATABASE_URL']?.trim();
  if (url) return { kind: 'postgres', url };
  const base = env['HEARD_DATA_DIR']?.trim() || 'data';
  return { kind: 'pglite', dataDir: resolve(base, 'pglite') };
}

/** Opens the configured database and checks it answers; throws StartupError if not. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  let target: string;
  try {
    const parsed = new URL(url);
    target = `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    throw new StartupError(
      'DATABASE_URL is not a valid address: write it like postgres://user:password@host:5432/heard.',
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env['HEARD_DB_POOL_SIZE'] ?? 10),
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number) => {
        if (oid === INT8_OID) return (value: string) => Number(value);
        if (oid === DATE_OID) return (value: string) => value;
        return pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => console.error('PostgreSQL connection error:', error.message));
  // Nor may one a request holds between two queries (a database restart in
  // the middle of a transaction): the pool listens on idle clients only, and
  // an 'error' nobody listens for ends the process. That request's next query
  // fails instead, and the pool drops the client when it comes back.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StartupError(
      `Heard could not reach the PostgreSQL database at ${target} (DATABASE_URL): ${describeError(error)}. Check the server is running and the address, user and password are right.`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = trackListeners();
  return {
    db,
    kind: 'postgres',
    listen: (channel, onMessage, options) =>
      listeners.add(channel, () => listenOnPostgres(url, channel, onMessage, options)),
    isListening: (channel) => listeners.isConnected(channel),
    close: async () => {
      await listeners.closeAll();
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (dataDir !== 'memory://') ensureWritableFolder(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, PGLITE_OPTIONS);
  } catch (error) {
    throw new StartupError(
      `Heard could not open its embedded database in ${dataDir}: ${describeError(error)}. If another Heard is running on this folder, stop it, or set HEARD_DATA_DIR to another folder.`,
    );
  }
  return wrapPglite(pglite);
}

/**
 * PGlite options that make it read values exactly as our `pg` pool does, with
 * the extensions the migrations use (pg_trgm, for search suggestions).
 */
export const PGLITE_OPTIONS = {
  extensions: { pg_trgm },
  parsers: {
    [INT8_OID]: (value: string) => Number(value),
    [DATE_OID]: (value: string) => value,
  },
} as const;

/** A database handle over an already-open PGlite instance (used by tests). */
export function wrapPglite(pglite: PGlite): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  const listeners = trackListeners();
  return {
    db,
    kind: 'pglite',
    // One embedded database per process: its connection never drops, so
    // `onReconnect` is never needed.
    listen: (channel, onMessage) =>
      listeners.add(channel, async () => {
        const unsubscribe = await pglite.listen(quoteChannel(channel), (payload) =>
          deliver(channel, onMessage, payload),
        );
        return {
          isConnected: () => !pglite.closed,
          stop: async () => {
            // Closing the database ends its listeners too.
            if (!pglite.closed) await unsubscribe();
          },
        };
      }),
    isListening: (channel) => listeners.isConnected(channel),
    close: async () => {
      await listeners.closeAll();
      await db.destroy();
    },
  };
}

/**
 * PGlite creates only the last folder of its path, so create the parents, and
 * say plainly when the folder cannot be written.
 */
function ensureWritableFolder(dataDir: string): void {
  const parent = resolve(dataDir, '..');
  try {
    mkdirSync(parent, { recursive: true });
    if (!statSync(parent).isDirectory()) throw new Error('not a folder');
    accessSync(parent, constants.W_OK);
  } catch (error) {
    throw new StartupError(
      `Heard cannot write its data folder ${parent} (HEARD_DATA_DIR): ${describeError(error)}. Set HEARD_DATA_DIR to a folder this user can write to.`,
    );
  }
}

/** Which database a handle is, as `/healthz` reports it. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

// One database per process, whichever copy of this module asks
// (src/server/platform/process-wide.ts): PGlite must never be opened twice.
const processDatabase = processWide<Promise<DatabaseHandle>>('database');

/** The process's database, opened and migrated on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  const open = processDatabase.get();
  if (open) return open;
  const opening = (async () => {
    const config = readDatabaseConfig();
    // On PostgreSQL, migrations run as the owner (DATABASE_OWNER_URL, or the
    // DATABASE_URL user), and the app then drops to a role that can only
    // read and write rows (src/server/platform/app-role.ts).
    const { readRoleConfig } = await import('./app-role.ts');
    const roles = config.kind === 'postgres' ? readRoleConfig(config.url) : undefined;
    const handle = await openDatabase(roles ? { kind: 'postgres', url: roles.ownerUrl } : config);
    try {
      await migrateToLatest(handle.db);
      // The ledger's chain is keyed with a secret kept outside the database;
      // events from before that are vouched for once, with the key.
      const { sealLedgerAnchor } = await import('#src/server/consent/ledger.repository.ts');
      await sealLedgerAnchor(handle.db);
      // Publications written before the public site read their redacted text
      // (migration 0008) are rewritten once, so search and feeds cover them.
      const { refreshPublicationsMissingText } =
        await import('#src/server/consent/consent.repository.ts');
      await refreshPublicationsMissingText(handle.db, new Date());
    } catch (error) {
      await handle.close();
      throw error;
    }
    if (!roles) return handle;
    const { connectAsAppRole } = await import('./app-connection.ts');
    return connectAsAppRole(handle, roles);
  })();
  processDatabase.set(opening);
  // A failed start may be retried (e.g. the server came up a moment later).
  opening.catch(() => {
    processDatabase.clear();
  });
  return opening;
}

/** Closes the process's database, if open. */
export async function closeDatabase(): Promise<void> {
  const pending = processDatabase.get();
  processDatabase.clear();
  if (pending) await (await pending).close();
}

/**
 * Makes `handle` the process's database. Used by tests that run the built app in
 * their own process against a database they created.
 */
export function useDatabaseForProcess(handle: DatabaseHandle): void {
  processDatabase.set(Promise.resolve(handle));
}
