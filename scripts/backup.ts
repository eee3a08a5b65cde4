/**
 * `npm run backup [folder]`: writes a backup of the PostgreSQL database
 * (`pg_dump`) and of the photos into a new folder under `folder` (default
 * `$HEARD_BACKUP_DIR` or `./backups`). Restore it with `npm run restore`.
 */
import { closeDatabase, getDatabase, readDatabaseConfig } from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { writeBackup } from '#src/server/backup/backup.ts';
import { openMediaStore, readMediaStoreConfig } from '#src/server/media/configured-store.ts';
import { readRoleConfig } from '#src/server/platform/app-role.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const config = readDatabaseConfig();
  if (config.kind !== 'postgres') {
    throw new StartupError(
      `npm run backup backs up a PostgreSQL database (DATABASE_URL). The embedded database and its photos live in ${config.dataDir.replace(/[/\\]pglite$/, '')}: stop Heard and copy that folder.`,
    );
  }
  const storeConfig = readMediaStoreConfig();
  const parent = process.argv[2] ?? (process.env['HEARD_BACKUP_DIR']?.trim() || 'backups');
  const { db } = await getDatabase();
  try {
    const { folder, manifest } = await writeBackup({
      db,
      ownerUrl: readRoleConfig(config.url).ownerUrl,
      store: openMediaStore(db, storeConfig),
      storeKind: storeConfig.kind,
      parent,
      now: new Date(),
    });
    console.log(
      `Backed up to ${folder}: the database (${manifest.consentEvents} consent events) and ${manifest.photos} photos (${manifest.mediaCopied ? 'copied beside it' : 'inside the database'}).`,
    );
  } finally {
    await closeDatabase();
  }
});
