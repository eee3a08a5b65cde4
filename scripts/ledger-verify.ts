/**
 * `npm run ledger:verify`: walks the consent ledger's hash chain and reports the
 * first broken link, exiting non-zero when there is one.
 */
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const { db } = await getDatabase();
  const result = await verifyLedger(db);
  await closeDatabase();
  if (result.ok) {
    console.log(`The consent ledger is intact: ${result.count} events, every hash matches.`);
    return 0;
  }
  if (result.problem === 'anchor') {
    console.error(
      `The consent ledger's anchor (where events from before the chain was keyed end, at sequence ${result.sequence}) does not match: the anchor or an event before it was changed, or HEARD_LEDGER_KEY is not the key it was sealed with.`,
    );
    return 1;
  }
  const what =
    result.problem === 'hash-mismatch'
      ? 'its contents do not match its keyed hash (it was changed or forged after it was written)'
      : 'it does not link to the event before it (an event was removed, reordered or inserted)';
  console.error(
    `The consent ledger is broken at event ${result.eventId} (sequence ${result.sequence}): ${what}.`,
  );
  return 1;
});
