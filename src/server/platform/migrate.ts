/**
 * Bringing the schema up to date with the migrations in db/migrations, at
 * start-up, in scripts and before tests.
 */
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrationProvider } from '#db/migrations/index.ts';
import { describeError, StartupError } from './startup-error.ts';

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
