/**
 * The database connection: Kysely over PostgreSQL. With `DATABASE_URL` set it is
 * a `pg` pool against a real server; otherwise an embedded PGlite database in
 * `./data/pglite` (or `$HEARD_DATA_DIR/pglite`), so a fresh machine just works.
 * See docs/decisions/001-pglite-by-default.md.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { migrationProvider } from '../../db/migrations/index.ts';
import type { Database } from './schema.ts';

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

/** Optional hooks for `DatabaseHandle.listen`. */
export interface ListenOptions {
  /**
   * Called after a dropped listening connection is back. Notifications sent
   * while it was down are lost, so a listener should forget what it holds.
   */
  readonly onReconnect?: () => void;
}

/**
 * A configuration problem that stops start-up. Its message is one plain sentence
 * saying what is wrong and how to fix it; start-up prints it and nothing else.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
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

const LISTEN_RETRY_FIRST_MS = 500;
const LISTEN_RETRY_MAX_MS = 30_000;

/**
 * LISTEN on a dedicated client, not one from the pool: a pooled client is handed
 * to other queries and its LISTEN would be lost. Reconnects with backoff when the
 * connection drops, so a database restart does not silence the instance.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  options: ListenOptions = {},
): Promise<StartedListener> {
  const statement = `listen ${quoteChannel(channel)}`;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let stopped = false;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      keepAlive: true,
    });
    // This client listens on one channel only, so every notification is ours.
    next.on('notification', (message) => deliver(channel, onMessage, message.payload ?? ''));
    // Without an 'error' listener a dropped connection would crash the process.
    next.on('error', (error) => {
      if (client === next) console.error(`PostgreSQL LISTEN ${channel} error:`, error.message);
    });
    next.on('end', () => {
      if (client !== next) return;
      client = undefined;
      reconnectLater();
    });
    try {
      await next.connect();
      await next.query(statement);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    return next;
  };

  const reconnectLater = (): void => {
    if (stopped || retry) return;
    const delay = Math.min(LISTEN_RETRY_MAX_MS, LISTEN_RETRY_FIRST_MS * 2 ** failures);
    failures += 1;
    console.error(`Lost the PostgreSQL LISTEN ${channel} connection; reconnecting in ${delay} ms.`);
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        (next) => {
          if (stopped) {
            void next.end().catch(() => undefined);
            return;
          }
          client = next;
          failures = 0;
          console.error(`PostgreSQL LISTEN ${channel} reconnected.`);
          options.onReconnect?.();
        },
        (error: unknown) => {
          console.error(`PostgreSQL LISTEN ${channel} reconnect failed: ${describeError(error)}`);
          reconnectLater();
        },
      );
    }, delay);
    // Waiting to reconnect is no reason to keep the process alive.
    retry.unref();
  };

  client = await connect();
  return {
    isConnected: () => client !== undefined,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

/** A listener as `trackListeners` holds it. */
interface StartedListener {
  readonly stop: () => Promise<void>;
  readonly isConnected: () => boolean;
}

/** A quoted channel name, so any name is one identifier and never SQL. */
function quoteChannel(channel: string): string {
  // PGlite maps a quoted name back by stripping the outer quotes only, so an
  // inner quote could never match; no channel of ours needs one.
  if (channel === '' || /["\0]/.test(channel)) {
    throw new Error(`Cannot listen on channel ${JSON.stringify(channel)}.`);
  }
  return `"${channel}"`;
}

/** Hands a payload over; a listener that throws must not break the connection. */
function deliver(channel: string, onMessage: (payload: string) => void, payload: string): void {
  try {
    onMessage(payload);
  } catch (error) {
    console.error(`Listener on ${channel} failed: ${describeError(error)}`);
  }
}

/**
 * The listeners a handle has started, so closing the handle stops them all and
 * a closed handle starts no more.
 */
function trackListeners(): {
  add(channel: string, start: () => Promise<StartedListener>): Promise<() => Promise<void>>;
  isConnected(channel: string): boolean;
  closeAll(): Promise<void>;
} {
  const active = new Map<() => Promise<void>, { channel: string; isConnected: () => boolean }>();
  let closed = false;
  return {
    async add(channel, start) {
      if (closed) throw new Error('The database is closed.');
      const started = await start();
      let stopping: Promise<void> | undefined;
      const stop = (): Promise<void> => {
        active.delete(stop);
        stopping ??= started.stop();
        return stopping;
      };
      active.set(stop, { channel, isConnected: started.isConnected });
      // Closed while connecting: stop at once rather than leak a connection.
      if (closed) await stop();
      return stop;
    },
    isConnected(channel) {
      const on = [...active.values()].filter((listener) => listener.channel === channel);
      return on.length > 0 && on.every((listener) => listener.isConnected());
    },
    async closeAll() {
      closed = true;
      await Promise.allSettled([...active.keys()].map((stop) => stop()));
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

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describeError(error.errors[0]);
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}

/** Brings the schema up to date; safe to run from several instances at once. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const name = failed ? ` ${failed.migrationName}` : '';
    throw new StartupError(`The database migration${name} failed: ${describeError(error)}.`);
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

// One database per process, shared by the Astro bundle and the start scripts
// (which load this module separately): PGlite must never be opened twice.
const GLOBAL_KEY = Symbol.for('heard.database');
type GlobalWithDatabase = typeof globalThis & {
  [GLOBAL_KEY]?: Promise<DatabaseHandle>;
};

/** The process's database, opened and migrated on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as GlobalWithDatabase;
  holder[GLOBAL_KEY] ??= (async () => {
    const config = readDatabaseConfig();
    // On PostgreSQL, migrations run as the owner (DATABASE_OWNER_URL, or the
    // DATABASE_URL user), and the app then drops to a role that can only
    // read and write rows (src/server/platform/app-role.ts).
    const { readRoleConfig } = await import('./platform/app-role.ts');
    const roles = config.kind === 'postgres' ? readRoleConfig(config.url) : undefined;
    const handle = await openDatabase(roles ? { kind: 'postgres', url: roles.ownerUrl } : config);
    try {
      await migrateToLatest(handle.db);
      // The ledger's chain is keyed with a secret kept outside the database;
      // events from before that are vouched for once, with the key.
      const { sealLedgerAnchor } = await import('./repositories/ledger.ts');
      await sealLedgerAnchor(handle.db);
      // Publications written before the public site read their redacted text
      // (migration 0008) are rewritten once, so search and feeds cover them.
      const { refreshPublicationsMissingText } = await import('./repositories/consent.ts');
      await refreshPublicationsMissingText(handle.db, new Date());
    } catch (error) {
      await handle.close();
      throw error;
    }
    if (!roles) return handle;
    const { connectAsAppRole } = await import('./platform/app-connection.ts');
    return connectAsAppRole(handle, roles);
  })();
  // A failed start may be retried (e.g. the server came up a moment later).
  holder[GLOBAL_KEY].catch(() => {
    delete holder[GLOBAL_KEY];
  });
  return holder[GLOBAL_KEY];
}

/** Closes the process's database, if open. */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as GlobalWithDatabase;
  const pending = holder[GLOBAL_KEY];
  delete holder[GLOBAL_KEY];
  if (pending) await (await pending).close();
}

/**
 * Makes `handle` the process's database. Used by tests that run the built app in
 * their own process against a database they created.
 */
export function useDatabaseForProcess(handle: DatabaseHandle): void {
  (globalThis as GlobalWithDatabase)[GLOBAL_KEY] = Promise.resolve(handle);
}
