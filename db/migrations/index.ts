/**
 * Every migration, listed statically so they survive bundling (STYLE.md).
 * Add new ones at the end; never edit one that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_init.ts';
import * as m0002 from './0002_mail_and_sign_in_limits.ts';

const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_mail_and_sign_in_limits': m0002,
};

/** Provides the migrations above to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
