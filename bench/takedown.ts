/**
 * Takedown under load (withdrawal takes a story down on the very next request): 100
 * published stories with a photo and a recording each, 50 readers fetching random
 * stories' pages, photos and recordings as fast as they can from the app served by
 * `createHeardServer` (fast path on), while all 100 stories are withdrawn one by
 * one. A response is stale if its request started after that story's withdrawal
 * committed and it still showed the story: its page, photo or recording answered
 * 200, or another story's page listed it as related. Prints the figures and appends them to bench/RESULTS.md; exits 1 if any
 * was stale.
 *
 *   npm run build && node bench/takedown.ts
 *
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * it creates its own database and drops it afterwards. The app runs in a child
 * process (this file with `--child`), like a second instance: withdrawals are
 * written from here, so its NOTIFY crosses processes as it would in production.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import type { Db } from '#src/server/platform/db.ts';

// The ledger is keyed with a secret the app never keeps in the database; this run makes its own.
process.env['HEARD_LEDGER_KEY'] ??= randomBytes(32).toString('hex');

const ADMIN_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STORIES = 100;
const READERS = 50;
const THEMES = ['Family', 'Work', 'Home', 'Friends', 'Growing up'];
const WARM_UP_MS = 2000;
const PAUSE_BETWEEN_WITHDRAWALS_MS = 30;
const READ_AFTER_MS = 2000;

/** What the child app tells its parent. */
type ChildMessage =
  | { readonly kind: 'listening'; readonly port: number }
  | { readonly kind: 'stats'; readonly hits: number; readonly stores: number };

if (process.argv[2] === '--child') await runChild();
else await runBenchmark();

/** The app, in a process of its own. */
async function runChild(): Promise<void> {
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  process.env['ASTRO_NODE_LOGGING'] = 'disabled';
  const { createHeardServer } = await import('#src/server/http/server.ts');
  const { storyCache: pageCache } = await import('#src/server/publishing/story-cache.ts');
  const { getDatabase } = await import('#src/server/platform/db.ts');
  await getDatabase();
  const entry = (await import(
    pathToFileURL(resolve('dist/server/entry.mjs')).href
  )) as import('#src/server/http/server.ts').AstroEntry;
  const server = createHeardServer(entry);
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'stats') {
      process.send?.({ kind: 'stats', hits: pageCache.hits, stores: pageCache.stores });
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object') {
      process.send?.({ kind: 'listening', port: address.port } satisfies ChildMessage);
    }
  });
}

interface SeededStory {
  readonly id: string;
  readonly author: string;
  readonly slug: string;
  readonly photo: string;
  readonly recording: string;
  /** A word only this story's title has, to find its card on other pages. */
  readonly marker: string;
}

async function runBenchmark(): Promise<void> {
  if (!existsSync('dist/server/entry.mjs')) {
    console.error('No build found: run `npm run build` first.');
    process.exit(1);
  }
  const { openDatabase } = await import('#src/server/platform/db.ts');
  const { migrateToLatest } = await import('#src/server/platform/migrate.ts');
  const { appendConsentEvent } = await import('#src/server/consent/consent.repository.ts');
  const admin = await openDatabase({ kind: 'postgres', url: ADMIN_URL });
  const name = `heard_bench_${randomBytes(4).toString('hex')}`;
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const target = new URL(ADMIN_URL);
  target.pathname = `/${name}`;
  const databaseUrl = target.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-bench-takedown-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  let child: ChildProcess | undefined;
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl });
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;
    const stories = await seedStories(db);

    child = fork(fileURLToPath(import.meta.url), ['--child'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        HEARD_DATA_DIR: dataDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const app = child;
    const nextMessage = () =>
      new Promise<ChildMessage>((done, fail) => {
        app.once('message', (message: ChildMessage) => done(message));
        app.once('exit', (code) => fail(new Error(`The app exited (${code}).`)));
      });
    const listening = await nextMessage();
    if (listening.kind !== 'listening') throw new Error('The app did not start.');
    const base = `http://127.0.0.1:${listening.port}`;

    // When each story's withdrawal had committed (its await resolved).
    const committedAt = new Map<string, number>();
    const tally = {
      pages: 0,
      photos: 0,
      recordings: 0,
      shown: 0,
      checkedAfter: 0,
      stale: [] as string[],
      staleCards: [] as string[],
      failed: 0,
    };
    let stop = false;
    const read = async (): Promise<void> => {
      while (!stop) {
        const story = stories[randomInt(stories.length)];
        if (!story) continue;
        const startedAt = performance.now();
        // The withdrawals that had committed before this request started.
        const withdrawnBefore = stories.filter(
          (other) => (committedAt.get(other.id) ?? Number.POSITIVE_INFINITY) < startedAt,
        );
        try {
          const [page, photo, recording] = await Promise.all([
            fetch(`${base}/stories/${story.slug}`),
            fetch(`${base}/media/${story.photo}/small`),
            fetch(`${base}/media/recordings/${story.recording}`, {
              headers: { range: 'bytes=0-4095' },
            }),
          ]);
          const [body] = await Promise.all([
            page.text(),
            photo.arrayBuffer(),
            recording.arrayBuffer(),
          ]);
          tally.pages += 1;
          tally.photos += 1;
          tally.recordings += 1;
          const withdrawn = withdrawnBefore.includes(story);
          if (withdrawn) {
            tally.checkedAfter += 1;
            if (page.status === 200) tally.stale.push(`page of ${story.slug}`);
            if (photo.status === 200) tally.stale.push(`photo of ${story.slug}`);
            if (recording.status === 206 || recording.status === 200) {
              tally.stale.push(`recording of ${story.slug}`);
            }
          } else if (page.status === 200) {
            tally.shown += 1;
          }
          if (page.status === 200) {
            for (const other of withdrawnBefore) {
              if (body.includes(other.marker)) {
                tally.staleCards.push(`${other.slug} listed on ${story.slug}`);
              }
            }
          }
        } catch {
          tally.failed += 1;
        }
      }
    };

    const readers = Array.from({ length: READERS }, () => read());
    const startedAt = performance.now();
    await sleep(WARM_UP_MS);
    const shownBeforeWithdrawals = tally.shown;
    const order = [...stories].sort(() => Math.random() - 0.5);
    const withdrawalMs: number[] = [];
    for (const story of order) {
      const began = performance.now();
      const result = await appendConsentEvent(
        db,
        story.id,
        { kind: 'withdraw', actorId: story.author, subjectId: story.author, scope: 'public_site' },
        { now: new Date() },
      );
      committedAt.set(story.id, performance.now());
      withdrawalMs.push(performance.now() - began);
      if (!result.ok) throw new Error(`Could not withdraw ${story.slug}: ${result.reason}.`);
      await sleep(PAUSE_BETWEEN_WITHDRAWALS_MS);
    }
    await sleep(READ_AFTER_MS);
    stop = true;
    await Promise.all(readers);
    const seconds = (performance.now() - startedAt) / 1000;
    app.send({ kind: 'stats' });
    const stats = await nextMessage();
    const hits = stats.kind === 'stats' ? stats.hits : 0;

    const stale = tally.stale.length + tally.staleCards.length;
    const sorted = [...withdrawalMs].sort((a, b) => a - b);
    const lines = [
      `${STORIES} published stories with a photo and a recording each (by first name, so the voice is heard); ${READERS} readers fetching a random story's page, photo and the first 4 KB of its recording together; ` +
        `all ${STORIES} withdrawn one by one (${PAUSE_BETWEEN_WITHDRAWALS_MS} ms apart) after ${WARM_UP_MS / 1000} s of reading`,
      `Responses served: ${tally.pages + tally.photos + tally.recordings} (${tally.pages} pages, ${tally.photos} photos, ${tally.recordings} recordings) in ${seconds.toFixed(1)} s, ` +
        `${hits} pages from memory (fast path); ${tally.failed} failed requests`,
      `Pages shown before their withdrawal: ${tally.shown} (${shownBeforeWithdrawals} during the warm-up)`,
      `Requests started after their story's withdrawal committed: ${tally.checkedAfter} sets (page, photo and recording)`,
      `Stale responses: ${stale} (${tally.stale.length} pages, photos or recordings, ${tally.staleCards.length} related-story cards)${stale === 0 ? '' : ' — FAILED'}`,
      `Withdrawal commit time: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    ];
    console.log(lines.join('\n'));
    if (stale > 0) console.log([...tally.stale, ...tally.staleCards].slice(0, 20).join('\n'));
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
    appendFileSync(
      'bench/RESULTS.md',
      `\n## takedown — ${new Date().toISOString().slice(0, 10)} (${machine}, PostgreSQL)\n\n` +
        `${lines.map((text) => `- ${text}`).join('\n')}\n`,
    );
    if (stale > 0) process.exitCode = 1;
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child?.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await handle.close();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The stories, through the repositories as the tests make them. */
async function seedStories(db: Db): Promise<SeededStory[]> {
  const { makePerson } = await import('../tests/integration/support/fixtures.ts');
  const { makePhoto } = await import('../tests/fixtures/images/make-images.ts');
  const { countWords } = await import('#src/domain/words.ts');
  const { validateEditorState } = await import('#src/editor/validate.ts');
  const { createDatabaseMediaStore } = await import('#src/server/media/database-store.ts');
  const { storeUploadedPhoto } = await import('#src/server/media/photos.ts');
  const { appendConsentEvent } = await import('#src/server/consent/consent.repository.ts');
  const { insertRevision, insertStory } = await import('#src/server/writing/stories.repository.ts');
  const { insertWaitingRecording, markRecordingReady } =
    await import('#src/server/voice/recordings.repository.ts');
  const { newStorageKey } = await import('#src/server/media/storage.ts');

  const bytes = await makePhoto(320, 240, 'jpeg');
  // A processed recording from the demo (db/demo-voice), stored like any other.
  const voice = readFileSync(new URL('../db/demo-voice/ferry.opus', import.meta.url));
  // The servers run with DATABASE_URL, so their photos are in the database.
  const store = createDatabaseMediaStore(db);
  const stories: SeededStory[] = [];
  for (let index = 0; index < STORIES; index += 1) {
    const author = await makePerson(db, { name: `Author ${index}` });
    const marker = `Zq${randomBytes(5).toString('hex')}`;
    const story = await insertStory(db, {
      title: `Story ${marker}`,
      kind: 'life_story',
      authorIds: [author],
      themes: [THEMES[index % THEMES.length] ?? 'Family'],
      now: new Date(),
    });
    const photo = await storeUploadedPhoto(db, store, {
      storyId: story.id,
      uploadedBy: author,
      bytes,
      altText: 'A view from the window',
      showsIdentifiablePeople: false,
    });
    if (!photo.ok) throw new Error(photo.message);
    const { recording } = await insertWaitingRecording(db, {
      storyId: story.id,
      uploadedBy: author,
      uploadId: randomBytes(16).toString('hex'),
    });
    const voiceKey = newStorageKey();
    await store.put(voiceKey, 'voice', voice);
    await markRecordingReady(
      db,
      recording.id,
      { storageKey: voiceKey, durationMs: 16_893, bytes: voice.length },
      new Date(),
    );
    const valid = validateEditorState(
      {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [{ type: 'text', text: `This is story number ${index}, told in full.` }],
            },
            {
              type: 'photo',
              mediaId: photo.media.id,
              altText: 'A view from the window',
              showsIdentifiablePeople: false,
            },
            {
              type: 'recording',
              recordingId: recording.id,
              children: [
                {
                  type: 'transcript-line',
                  startMs: 0,
                  children: [{ type: 'text', text: 'Every Sunday we took the ferry.' }],
                },
              ],
            },
          ],
        },
      },
      'life_story',
    );
    if (!valid.ok) throw new Error(valid.message);
    const saved = await insertRevision(db, {
      storyId: story.id,
      editorState: valid.state,
      plainText: valid.plainText,
      wordCount: countWords(valid.plainText),
      authorId: author,
      basedOn: null,
      now: new Date(),
    });
    if (!saved.ok) throw new Error('Could not save a story.');
    const granted = await appendConsentEvent(
      db,
      story.id,
      {
        kind: 'grant',
        actorId: author,
        subjectId: author,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: new Date() },
    );
    if (!granted.ok) throw new Error(`Could not publish a story: ${granted.reason}.`);
    stories.push({
      id: story.id,
      author,
      slug: story.slug,
      photo: photo.media.id,
      recording: recording.id,
      marker,
    });
  }
  return stories;
}
