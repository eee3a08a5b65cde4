/**
 * `npm run reminders:send`: sends the consent expiry reminders due now (30 and 7
 * days before a consent ends) and says how many went. The server does this every
 * hour too; this is for running it by hand or from cron.
 */
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { sendExpiryReminders } from '#src/server/consent/reminders.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const { db } = await getDatabase();
  const { sent } = await sendExpiryReminders(db, new Date());
  await closeDatabase();
  console.log(
    sent === 0
      ? 'No consent reminders were due.'
      : `Sent ${sent} consent ${sent === 1 ? 'reminder' : 'reminders'}.`,
  );
});
