/**
 * `npm run jobs:hourly`: runs once what the server runs every hour (consent
 * reminders; lapsing unanswered requests, takedown tasks for consents that ran
 * out, and their emails), and says what each did. For cron, or by hand.
 */
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { HOURLY_JOBS } from '#src/server/platform/schedule.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const { db } = await getDatabase();
  for (const job of HOURLY_JOBS) {
    const said = await job.run(db, new Date());
    console.log(`${job.name}: ${said ?? 'nothing to do.'}`);
  }
  await closeDatabase();
});
