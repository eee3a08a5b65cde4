/**
 * `npm run db:migrate`: brings the configured database up to date.
 */
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const { kind } = await getDatabase(); // opening migrates
  await closeDatabase();
  console.log(`The ${kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database is up to date.`);
});
