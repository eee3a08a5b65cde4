/**
 * Whether this instance should be sent traffic (`/readyz`, for load
 * balancers), as against whether it is alive at all (`/healthz`). Ready means:
 * the database answers, its schema is the one this code was built for, every
 * publication listener is connected (so a withdrawal elsewhere reaches this
 * instance's caches), and the instance is not stopping.
 */
import { sql } from 'kysely';
import { migrationProvider } from '#db/migrations/index.ts';
import { pingDatabase, type DatabaseHandle, type Db } from './db.ts';
import { processWide } from './process-wide.ts';
import { PUBLICATION_CHANNEL } from '#src/server/publishing/story-cache.ts';

/** What `/readyz` reports. */
export interface Readiness {
  readonly ready: boolean;
  readonly database: boolean;
  readonly migrations: 'current' | 'behind' | 'unknown';
  readonly listener: boolean;
  readonly stopping: boolean;
}

const stopping = processWide<true>('stopping');

/** Marks this instance as stopping: from now on it reports not ready. */
export function markStopping(): void {
  stopping.set(true);
}

/** Whether this instance is stopping (SIGTERM received). */
export function isStopping(): boolean {
  return stopping.get() === true;
}

/** Whether every migration this code knows has run on `db`. */
export async function areMigrationsCurrent(db: Db): Promise<boolean> {
  const known = Object.keys(await migrationProvider.getMigrations());
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const done = new Set(rows.map((row) => row.name));
  return known.every((name) => done.has(name));
}

/** Checks everything `/readyz` reports. */
export async function checkReadiness(handle: DatabaseHandle): Promise<Readiness> {
  const stopping = isStopping();
  const database = await pingDatabase(handle.db);
  let migrations: Readiness['migrations'] = 'unknown';
  if (database) {
    try {
      migrations = (await areMigrationsCurrent(handle.db)) ? 'current' : 'behind';
    } catch {
      migrations = 'unknown';
    }
  }
  const listener = handle.isListening(PUBLICATION_CHANNEL);
  return {
    ready: !stopping && database && migrations === 'current' && listener,
    database,
    migrations,
    listener,
    stopping,
  };
}
