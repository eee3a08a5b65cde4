/**
 * Backup and restore, known to work: `npm run backup` on a site with public
 * stories and photos, `npm run restore` into a fresh database, and then
 * `npm run ledger:verify` passes, the public site lists the same stories and
 * every photo is there. Once with photos in the database, once with photos on
 * disk (restored into the database). PostgreSQL only: the embedded database is
 * backed up by copying its folder.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, seedDemo } from '../../db/seed.ts';
import { openDatabase, type Db } from '#src/server/platform/db.ts';
import { migrateToLatest } from '#src/server/platform/migrate.ts';
import {
  createLocalMediaStore,
  newStorageKey,
  type MediaStore,
} from '#src/server/media/storage.ts';
import { createDatabaseMediaStore } from '#src/server/media/database-store.ts';
import { listPublishedStories } from '#src/server/publishing/publications.repository.ts';
import { insertMedia } from '#src/server/media/photos.repository.ts';

const postgresUrl = process.env['TEST_DATABASE_URL']?.trim();
if (!postgresUrl) {
  console.warn('\n[backup] TEST_DATABASE_URL is not set: backup and restore are not tested.\n');
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshDatabase(): Promise<string> {
  const name = `heard_backup_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url: postgresUrl ?? '' });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  cleanups.push(async () => {
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  });
  const url = new URL(postgresUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

function run(script: string, args: readonly string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, HEARD_DATA_DIR: '', HEARD_MEDIA_STORE: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

async function publicSlugs(db: Db): Promise<string[]> {
  const stories = await listPublishedStories(db, { now: new Date(), limit: 1000 });
  return stories.map((story) => story.slug).sort();
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe
  .skipIf(!postgresUrl)
  .each([{ photosIn: 'database' as const }, { photosIn: 'local' as const }])(
  'npm run backup, then npm run restore (photos in the $photosIn store)',
  ({ photosIn }) => {
    it('restores into a fresh database: the ledger verifies, the same stories are public, every photo is there', async () => {
      const work = await mkdtemp(join(tmpdir(), 'heard-backup-'));
      cleanups.push(() => rm(work, { recursive: true, force: true }));
      const sourceUrl = await freshDatabase();
      const source = await openDatabase({ kind: 'postgres', url: sourceUrl });
      cleanups.push(() => source.close());
      await migrateToLatest(source.db);
      await seedDemo(source.db);
      const before = await publicSlugs(source.db);
      expect(before.length).toBeGreaterThan(0);

      // A photo in a story, in the store the site uses.
      const store: MediaStore =
        photosIn === 'database'
          ? createDatabaseMediaStore(source.db)
          : createLocalMediaStore(join(work, 'site', 'media'));
      const story = await source.db.selectFrom('stories').select('id').executeTakeFirstOrThrow();
      const key = newStorageKey();
      await store.put(key, 'large', bytes('a garden in June'));
      await insertMedia(source.db, {
        storyId: story.id,
        uploadedBy: null,
        storageKey: key,
        altText: 'A garden',
        showsIdentifiablePeople: false,
        width: 1,
        height: 1,
        variants: [{ name: 'large', width: 1, height: 1, bytes: 16 }],
      });

      const siteEnv = {
        DATABASE_URL: sourceUrl,
        HEARD_MEDIA_STORE: photosIn,
        HEARD_DATA_DIR: join(work, 'site'),
      };
      const backup = run('scripts/backup.ts', [join(work, 'backups')], siteEnv);
      expect(backup.out).toMatch(/Backed up to /);
      expect(backup.status).toBe(0);
      const [folder = ''] = await readdir(join(work, 'backups'));
      expect(folder).toMatch(/^heard-\d{4}-\d\d-\d\dT/);
      const backupFolder = join(work, 'backups', folder);

      // A restore refuses a database that is not empty, and changes nothing.
      const refused = run('scripts/restore.ts', [backupFolder], siteEnv);
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/is not empty: restore only into a fresh database/);

      const restoredUrl = await freshDatabase();
      const restoredEnv = { DATABASE_URL: restoredUrl, HEARD_MEDIA_STORE: 'database' };
      const restore = run('scripts/restore.ts', [backupFolder], restoredEnv);
      expect(restore.out).toMatch(/The consent ledger is intact/);
      expect(restore.status).toBe(0);

      const verify = run('scripts/ledger-verify.ts', [], restoredEnv);
      expect(verify.out).toMatch(/The consent ledger is intact: \d+ events/);
      expect(verify.status).toBe(0);

      const restored = await openDatabase({ kind: 'postgres', url: restoredUrl });
      cleanups.push(() => restored.close());
      expect(await publicSlugs(restored.db)).toEqual(before);
      const people = await restored.db.selectFrom('people').select('id').execute();
      expect(people).toHaveLength(DEMO_PEOPLE.length);
      expect(await createDatabaseMediaStore(restored.db).get(key, 'large')).toEqual(
        bytes('a garden in June'),
      );
    });
  },
);

describe.skipIf(!postgresUrl)('npm run restore, given no backup', () => {
  it('says plainly what it needs', async () => {
    const work = await mkdtemp(join(tmpdir(), 'heard-not-a-backup-'));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const result = run('scripts/restore.ts', [work], { DATABASE_URL: postgresUrl ?? '' });
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/is not a Heard backup: it needs manifest.json and database.dump/);
  });
});
