/**
 * Prepares PostgreSQL for the integration suite when TEST_DATABASE_URL is set:
 * one migrated template database per run, which each test copies (fast and
 * clean), dropped again at the end.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { sql } from 'kysely';
import { openDatabase } from '#src/server/platform/db.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';
import { DEFAULT_APP_ROLE, ensureAppRole } from '#src/server/platform/app-role.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string | null;
  }
}

/** Creates the template database; returns the teardown that drops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env['TEST_DATABASE_URL']?.trim();
  if (!url) {
    console.warn('\n[integration] TEST_DATABASE_URL is not set: running on PGlite only.\n');
    project.provide('postgresTemplate', null);
    return async () => {};
  }
  const template = `heard_template_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url });
  await sql`create database ${sql.id(template)}`.execute(admin.db);
  const target = new URL(url);
  target.pathname = `/${template}`;
  const templateDb = await openDatabase({ kind: 'postgres', url: target.toString() });
  await migrateToLatest(templateDb.db);
  // The tests run as the app's role, as `npm start` does; each copy of the
  // template keeps the rights granted here.
  const role = await ensureAppRole(templateDb.db, DEFAULT_APP_ROLE, undefined);
  if (!role.ok)
    throw new Error(`TEST_DATABASE_URL's user cannot create the ${DEFAULT_APP_ROLE} role.`);
  await templateDb.close();
  project.provide('postgresTemplate', template);
  console.warn(`\n[integration] Also running on PostgreSQL (${target.host}).\n`);
  return async () => {
    await sql`drop database if exists ${sql.id(template)} with (force)`.execute(admin.db);
    await admin.close();
  };
}
