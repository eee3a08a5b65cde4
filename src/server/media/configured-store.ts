/**
 * Which media store this instance uses, chosen from the environment:
 *
 * - `HEARD_MEDIA_STORE=local`: files under `$HEARD_DATA_DIR/media`. The default
 *   for the embedded demo, where there is one instance and one disk.
 * - `HEARD_MEDIA_STORE=database`: the `media_files` table. The default whenever
 *   `DATABASE_URL` is set, so every instance serves every photo.
 * - `HEARD_MEDIA_STORE=s3`: an S3-compatible bucket (`HEARD_S3_BUCKET` …). The
 *   default whenever `HEARD_S3_BUCKET` is set.
 */
import { type Db } from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { processWide } from '#src/server/platform/process-wide.ts';
import { createLocalMediaStore, readMediaDir, type MediaStore } from './storage.ts';
import { createDatabaseMediaStore } from './database-store.ts';
import {
  createS3Client,
  createS3MediaStore,
  readS3MediaConfig,
  type S3MediaConfig,
} from './s3-store.ts';

export type MediaStoreConfig =
  | { readonly kind: 'local'; readonly dir: string }
  | { readonly kind: 'database' }
  | { readonly kind: 's3'; readonly s3: S3MediaConfig };

export const MEDIA_STORE_KINDS = ['local', 'database', 's3'] as const;

/** Reads which media store to use; throws StartupError on a setting that cannot work. */
export function readMediaStoreConfig(env: NodeJS.ProcessEnv = process.env): MediaStoreConfig {
  const chosen = env['HEARD_MEDIA_STORE']?.trim().toLowerCase();
  const s3 = readS3MediaConfig(env);
  if (chosen && !(MEDIA_STORE_KINDS as readonly string[]).includes(chosen)) {
    throw new StartupError(
      `HEARD_MEDIA_STORE is "${chosen}": it must be local, database or s3 (or unset to choose by itself).`,
    );
  }
  const kind = chosen || (s3 ? 's3' : env['DATABASE_URL']?.trim() ? 'database' : 'local');
  if (kind === 's3') {
    if (!s3) {
      throw new StartupError(
        'HEARD_MEDIA_STORE is s3 but HEARD_S3_BUCKET is not set: name the bucket photos go in.',
      );
    }
    return { kind: 's3', s3 };
  }
  if (kind === 'database') return { kind: 'database' };
  return { kind: 'local', dir: readMediaDir(env) };
}

/** One line for the operator at start-up: where photos are kept. */
export function describeMediaStore(config: MediaStoreConfig): string {
  switch (config.kind) {
    case 'local':
      return `Photos: on this machine's disk in ${config.dir} (HEARD_MEDIA_STORE=local; other instances cannot serve them).`;
    case 'database':
      return 'Photos: in the database, served by every instance (HEARD_MEDIA_STORE=database).';
    case 's3':
      return `Photos: in the bucket ${config.s3.bucket}${config.s3.endpoint ? ` at ${config.s3.endpoint}` : ''} (HEARD_MEDIA_STORE=s3).`;
  }
}

// One S3 client per process: it keeps its connections open between requests.
const s3Client = processWide<{
  readonly config: S3MediaConfig;
  readonly client: ReturnType<typeof createS3Client>;
}>('s3-client');

/** The store `config` names, over `db` when it is the database. */
export function openMediaStore(
  db: Db,
  config: MediaStoreConfig = readMediaStoreConfig(),
): MediaStore {
  switch (config.kind) {
    case 'local':
      return createLocalMediaStore(config.dir);
    case 'database':
      return createDatabaseMediaStore(db);
    case 's3': {
      const held = s3Client.get();
      const client =
        held && JSON.stringify(held.config) === JSON.stringify(config.s3)
          ? held.client
          : createS3Client(config.s3);
      s3Client.set({ config: config.s3, client });
      return createS3MediaStore(config.s3, client);
    }
  }
}
