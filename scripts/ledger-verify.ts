/**
 * `npm run ledger:verify`: walks the consent ledger's hash chain and reports the
 * first broken link, exiting non-zero when there is one.
 */
import { closeDatabase, getDatabase } from '../src/server/db.ts';
import { verifyLedger } from '../src/server/repositories/consent.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const { db } = await getDatabase();
  const result = await verifyLedger(db);
  await closeDatabase();
  if (result.ok) {
    console.log(`The consent ledger is intact: ${result.count} events, every hash matches.`);
    return 0;
  }
  const what =
    result.problem === 'hash-mismatch'
      ? 'its contents do not match its hash (it was changed after it was written)'
      : 'it does not link to the event before it (an event was removed or reordered)';
  console.error(
    `The consent ledger is broken at event ${result.eventId} (sequence ${result.sequence}): ${what}.`,
  );
  return 1;
});
