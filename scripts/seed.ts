/**
 * `npm run db:seed`: adds the demo people, groups and stories to an empty database.
 */
import { DEMO_PEOPLE, seedDemo } from '../db/seed.ts';
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const { db } = await getDatabase();
  const result = await seedDemo(db, new Date(), openMediaStore(db));
  await closeDatabase();
  if (result.seeded) {
    console.log(`Added the demo: ${DEMO_PEOPLE.length} people, two groups and their stories.`);
  } else {
    console.log(`Nothing added: ${result.reason}.`);
  }
});
