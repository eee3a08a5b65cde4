/**
 * `npm run restore -- <backup folder>`: restores a backup made by `npm run
 * backup` into the fresh, empty PostgreSQL database at DATABASE_URL (or
 * DATABASE_OWNER_URL), puts its photos into the configured media store, brings
 * the schema up to date and checks the consent ledger. Set HEARD_LEDGER_KEY to
 * the key the site used, or the ledger will not verify.
 */
import {
  closeDatabase,
  getDatabase,
  openDatabase,
  readDatabaseConfig,
} from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import {
  isEmptyDatabase,
  readBackup,
  restoreDatabase,
  restorePhotos,
} from '#src/server/backup/backup.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { readRoleConfig } from '#src/server/platform/app-role.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const folder = process.argv[2];
  if (!folder) {
    throw new StartupError('Say which backup to restore: npm run restore -- backups/heard-…');
  }
  const manifest = await readBackup(folder);
  const config = readDatabaseConfig();
  if (config.kind !== 'postgres') {
    throw new StartupError(
      'npm run restore restores into PostgreSQL: set DATABASE_URL to a fresh, empty database.',
    );
  }
  const { ownerUrl } = readRoleConfig(config.url);
  const target = await openDatabase({ kind: 'postgres', url: ownerUrl });
  const empty = await isEmptyDatabase(target.db).finally(() => target.close());
  if (!empty) {
    throw new StartupError(
      'The database at DATABASE_URL is not empty: restore only into a fresh database (for example createdb heard_restored), so two sites are never mixed. Nothing was changed.',
    );
  }
  await restoreDatabase(folder, ownerUrl);
  // Opening migrates a backup from an older Heard forward and grants the app role.
  const { db } = await getDatabase();
  try {
    const photos = manifest.mediaCopied
      ? await restorePhotos(db, folder, openMediaStore(db))
      : manifest.photos;
    const ledger = await verifyLedger(db);
    console.log(
      `Restored the backup of ${manifest.createdAt}: ${manifest.consentEvents} consent events and ${photos} photos.`,
    );
    if (!ledger.ok) {
      console.error(
        'The restored consent ledger does NOT verify: check HEARD_LEDGER_KEY is the key the site used, then run npm run ledger:verify.',
      );
      return 1;
    }
    console.log(`The consent ledger is intact: ${ledger.count} events, every hash matches.`);
    return 0;
  } finally {
    await closeDatabase();
  }
});
