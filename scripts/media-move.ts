/**
 * `npm run media:move`: moves the photos kept on this machine's disk
 * (`$HEARD_DATA_DIR/media`) into the configured media store (the database, or
 * the S3 bucket). Safe to stop and run again: it carries on where it stopped.
 * `--keep` copies without removing the files from disk.
 */
import { closeDatabase, getDatabase } from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { createLocalMediaStore, readMediaDir } from '#src/server/media/storage.ts';
import {
  describeMediaStore,
  openMediaStore,
  readMediaStoreConfig,
} from '#src/server/media/configured-store.ts';
import { movePhotos } from '#src/server/media/move-photos.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const config = readMediaStoreConfig();
  if (config.kind === 'local') {
    throw new StartupError(
      'The configured media store is this machine’s disk already: set HEARD_MEDIA_STORE=database (or s3, with HEARD_S3_BUCKET) to say where the photos should go.',
    );
  }
  const { db } = await getDatabase();
  console.log(
    `Moving photos from ${readMediaDir()} to the store below.\n${describeMediaStore(config)}`,
  );
  let done = 0;
  const report = await movePhotos(db, createLocalMediaStore(), openMediaStore(db, config), {
    keepSource: process.argv.includes('--keep'),
    onPhoto: () => {
      done += 1;
      if (done % 100 === 0) console.log(`${done} photos moved…`);
    },
  });
  await closeDatabase();
  console.log(
    `${report.moved} ${report.moved === 1 ? 'photo is' : 'photos are'} in the new store (${report.copied} files copied this time).`,
  );
  if (report.missing.length > 0) {
    console.error(
      `${report.missing.length} ${report.missing.length === 1 ? 'photo has' : 'photos have'} files in neither store (storage keys: ${report.missing.join(', ')}); they stay as they are.`,
    );
    return 1;
  }
  return 0;
});
