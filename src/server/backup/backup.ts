/**
 * Backups that are known to restore: the PostgreSQL database with `pg_dump`
 * (custom format, which `pg_restore` reads), and the photos from the media
 * store. Photos kept in the database travel inside the dump; photos on disk
 * or in a bucket are copied beside it, one file per variant, in the same
 * layout as the local store, so a restore can put them in any store.
 * See docs/decisions/024-backup-and-restore.md.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { type Db } from '#src/server/platform/db.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { createLocalMediaStore, type MediaStore } from '#src/server/media/storage.ts';
import type { MediaStoreConfig } from '#src/server/media/configured-store.ts';
import { movePhotos } from '#src/server/media/move-photos.ts';

/** What a backup folder holds, written as `manifest.json`. */
export interface BackupManifest {
  readonly format: 'heard-backup-1';
  readonly createdAt: string;
  /** The newest migration the database had. */
  readonly migration: string;
  /** Where the photos were, and whether they are in `media/` beside the dump. */
  readonly mediaStore: MediaStoreConfig['kind'];
  readonly mediaCopied: boolean;
  readonly photos: number;
  readonly consentEvents: number;
}

export const DUMP_FILE = 'database.dump';
export const MEDIA_FOLDER = 'media';
export const MANIFEST_FILE = 'manifest.json';

/** A new backup folder's name: `heard-2026-11-30T16-55-00Z`. */
export function backupFolderName(now: Date): string {
  return `heard-${now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')}`;
}

/** Runs a PostgreSQL client program; rejects with its own words when it fails. */
export async function runPgTool(program: string, args: readonly string[]): Promise<void> {
  await new Promise<void>((done, fail) => {
    const child = spawn(program, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'ENOENT'
          ? new StartupError(
              `${program} is not installed: install the PostgreSQL client programs (on Debian: apt-get install postgresql-client), matching the server's version or newer.`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new StartupError(`${program} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}

/**
 * Writes a backup of the database at `ownerUrl` (and the photos from `store`,
 * unless they are in the database) into a new folder under `parent`; returns
 * the folder.
 */
export async function writeBackup(options: {
  readonly db: Db;
  readonly ownerUrl: string;
  readonly store: MediaStore;
  readonly storeKind: MediaStoreConfig['kind'];
  readonly parent: string;
  readonly now: Date;
}): Promise<{ readonly folder: string; readonly manifest: BackupManifest }> {
  const folder = resolve(options.parent, backupFolderName(options.now));
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // One consistent snapshot of every table (pg_dump runs in one transaction).
  await runPgTool('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${join(folder, DUMP_FILE)}`,
    `--dbname=${options.ownerUrl}`,
  ]);
  const mediaCopied = options.storeKind !== 'database';
  if (mediaCopied) {
    const copy = createLocalMediaStore(join(folder, MEDIA_FOLDER));
    const report = await movePhotos(options.db, options.store, copy, { keepSource: true });
    if (report.missing.length > 0) {
      console.warn(
        `${report.missing.length} photos had files missing from the store and are not in the backup: ${report.missing.join(', ')}`,
      );
    }
  }
  const manifest: BackupManifest = {
    format: 'heard-backup-1',
    createdAt: options.now.toISOString(),
    migration: await newestMigration(options.db),
    mediaStore: options.storeKind,
    mediaCopied,
    photos: await countRows(options.db, 'media'),
    consentEvents: await countRows(options.db, 'consent_events'),
  };
  await writeFile(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
  });
  return { folder, manifest };
}

/** Reads and checks a backup folder's manifest; throws StartupError when it is not a backup. */
export async function readBackup(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as BackupManifest;
    await stat(join(folder, DUMP_FILE));
  } catch {
    throw new StartupError(
      `${folder} is not a Heard backup: it needs ${MANIFEST_FILE} and ${DUMP_FILE} (made by npm run backup).`,
    );
  }
  if (manifest.format !== 'heard-backup-1') {
    throw new StartupError(`${folder} is a backup in a format this Heard does not know.`);
  }
  return manifest;
}

/** Whether the database has no tables of its own yet (so a restore cannot mix two sites). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from pg_tables where schemaname = 'public'`.execute(db);
  return (rows[0]?.count ?? 0) === 0;
}

/** Restores the dump in `folder` into the (empty) database at `ownerUrl`. */
export async function restoreDatabase(folder: string, ownerUrl: string): Promise<void> {
  await runPgTool('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${ownerUrl}`,
    join(folder, DUMP_FILE),
  ]);
}

/** Puts the photos copied in a backup into `store`; returns how many. */
export async function restorePhotos(db: Db, folder: string, store: MediaStore): Promise<number> {
  const source = join(folder, MEDIA_FOLDER);
  const present = await readdir(source).catch(() => [] as string[]);
  if (present.length === 0) return 0;
  const report = await movePhotos(db, createLocalMediaStore(source), store, { keepSource: true });
  return report.moved;
}

async function newestMigration(db: Db): Promise<string> {
  const { rows } = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name ?? '';
}

async function countRows(db: Db, table: 'media' | 'consent_events'): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from ${sql.table(table)}`.execute(db);
  return rows[0]?.count ?? 0;
}
