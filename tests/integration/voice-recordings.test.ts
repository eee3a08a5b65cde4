/**
 * Voice recordings from upload to a stored Opus file: every format Heard
 * takes, hostile files refused with a plain 4xx and nothing stored, and the
 * resumable upload over HTTP (tus), open only to the person who started it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Upload } from 'tus-js-client';
import { eraseAccount, exportEverything } from '#src/server/accounts/account.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { insertRevision } from '#src/server/writing/stories.repository.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { createDatabaseMediaStore } from '#src/server/media/database-store.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { findAudioTools, probeAudio, type AudioTools } from '#src/server/media/audio.ts';
import {
  ABANDONED_REFUSAL,
  listRecordingStatuses,
  NOT_KEPT_REFUSAL,
  processRecording,
  refuseAbandonedRecordingsAt,
  runRecordingJob,
} from '#src/server/voice/recordings.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import {
  findRecordingById,
  insertWaitingRecording,
} from '#src/server/voice/recordings.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

/** A refused row keeps its sentence's message key; its English words. */
const inEnglish = (refusal: string | null | undefined): string =>
  translatorFor('en').t(refusal as MessageKey);

const tools = findAudioTools();
if (!tools && process.env['REQUIRE_FFMPEG'] === '1') {
  throw new Error('REQUIRE_FFMPEG=1 but ffmpeg/ffprobe were not found.');
}
if (!tools) console.warn('\n*** ffmpeg not found: the voice recording tests are SKIPPED ***\n');

let files = '';
let app: InProcessApp | undefined;
let dataDir = '';

/** Makes a test file with ffmpeg from a lavfi source. */
function make(name: string, args: readonly string[]): string {
  const path = join(files, name);
  execFileSync((tools as AudioTools).ffmpeg, ['-v', 'error', '-y', ...args, path]);
  return path;
}

/** A 16-bit mono WAV header at 8 kHz claiming `seconds`, and `bodySeconds` of silence after it. */
function wav(name: string, seconds: number, bodySeconds: number): string {
  const rate = 8000;
  const claimed = 2 * Math.round(rate * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + claimed, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(claimed, 40);
  const path = join(files, name);
  writeFileSync(path, header);
  // Silence is zeros, so ten real hours cost no disk: the file is sparse.
  truncateSync(path, 44 + 2 * Math.round(rate * bodySeconds));
  return path;
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'heard-voice-files-'));
  dataDir = mkdtempSync(join(tmpdir(), 'heard-voice-data-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  if (tools) app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(files, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const SINE = ['-f', 'lavfi', '-i', 'sine=frequency=330:duration=3'];

/** A two-second video with a sound track. */
const makeVideo = (name: string) =>
  make(name, ['-f', 'lavfi', '-i', 'testsrc=duration=2:size=64x48', ...SINE, '-shortest']);

describe.skipIf(!tools)('voice recordings', () => {
  describeEachDatabase('processing', ({ db }) => {
    async function process(path: string) {
      const author = await makePerson(db(), { name: 'Edna Price' });
      const story = await makeStory(db(), [author], { title: 'Told out loud' });
      const { recording } = await insertWaitingRecording(db(), {
        storyId: story.id,
        uploadedBy: author,
        uploadId: randomUploadId(),
      });
      const store = createDatabaseMediaStore(db());
      const result = await processRecording({ db: db(), store, tools: tools }, recording.id, path);
      const row = await findRecordingById(db(), recording.id);
      return { result, row, store };
    }

    it.each([
      ['mp3', [...SINE, '-metadata', 'artist=Edna Price', '-metadata', 'title=At home']],
      ['wav', SINE],
      ['webm', [...SINE, '-c:a', 'libopus']],
      ['ogg', [...SINE, '-c:a', 'libvorbis']],
      ['m4a', [...SINE, '-c:a', 'aac', '-metadata', 'artist=Edna Price']],
    ])('takes %s and keeps only mono Opus with no tags', async (extension, args) => {
      const { result, row, store } = await process(make(`in.${extension}`, args));
      expect(result.ok).toBe(true);
      expect(row?.status).toBe('ready');
      expect(row?.durationMs).toBeGreaterThan(2900);
      expect(row?.durationMs).toBeLessThan(3200);
      const bytes = await store.get(row?.storageKey ?? '', 'voice');
      expect(bytes?.length).toBe(row?.bytes);
      const stored = join(files, `stored-${extension}.opus`);
      writeFileSync(stored, bytes ?? new Uint8Array());
      const probe = JSON.parse(
        execFileSync((tools as AudioTools).ffprobe, [
          '-v',
          'error',
          '-show_entries',
          'format=format_name:format_tags:stream=codec_name,channels:stream_tags',
          '-of',
          'json',
          stored,
        ]).toString(),
      ) as {
        format: { format_name: string; tags?: Record<string, string> };
        streams: { codec_name: string; channels: number; tags?: Record<string, string> }[];
      };
      expect(probe.format.format_name).toBe('ogg');
      expect(probe.streams).toEqual([expect.objectContaining({ codec_name: 'opus', channels: 1 })]);
      const tags = JSON.stringify([probe.format.tags ?? {}, probe.streams[0]?.tags ?? {}]);
      expect(tags).not.toContain('Edna');
      expect(tags).not.toContain('At home');
    });

    it.each([
      [
        'a video with a sound track',
        () => makeVideo('video.mp4'),
        415,
        'pictures as well as sound',
      ],
      [
        'a truncated file',
        () => {
          const path = join(files, 'truncated.wav');
          writeFileSync(path, readFileSync(make('whole.wav', SINE)).subarray(0, 30_000));
          return path;
        },
        422,
        'could not be played',
      ],
      [
        'a zip with an audio name',
        () => {
          const path = join(files, 'bomb.mp3');
          writeFileSync(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(4096)]));
          return path;
        },
        415,
        'not a sound recording',
      ],
      [
        'ten hours of silence',
        () => wav('ten-hours.wav', 36_000, 36_000),
        413,
        'longer than 60 minutes',
      ],
      [
        'a header that promises ten hours',
        () => wav('liar.wav', 36_000, 2),
        422,
        'could not be played',
      ],
      [
        'random bytes',
        () => {
          const path = join(files, 'noise.ogg');
          writeFileSync(
            path,
            Buffer.from(Array.from({ length: 9000 }, (_, i) => (i * 7919) % 256)),
          );
          return path;
        },
        415,
        'not a sound recording',
      ],
    ] as const)(
      'refuses %s in plain words and stores nothing',
      async (_name, build, status, words) => {
        const { result, row } = await process(build());
        expect(result).toMatchObject({ ok: false, status });
        expect(row?.status).toBe('refused');
        expect(inEnglish(row?.refusal)).toContain(words);
        expect(row?.storageKey).toBeNull();
        const stored = await db().selectFrom('media_files').select('storage_key').execute();
        expect(stored).toEqual([]);
      },
    );

    it.each([
      [3600, true],
      [3600.3, true],
      [3601, false],
    ])('a recording of %s seconds is within the hour: %s', async (seconds, within) => {
      const probed = await probeAudio(
        tools as AudioTools,
        wav(`len-${seconds}.wav`, seconds, seconds),
      );
      expect(probed.ok).toBe(within);
    });

    it('refuses a recording whose file could not be kept, saying to send it again, and keeps no row waiting', async () => {
      const author = await makePerson(db(), { name: 'Edna Price' });
      const story = await makeStory(db(), [author], { title: 'Told out loud' });
      const { recording } = await insertWaitingRecording(db(), {
        storyId: story.id,
        uploadedBy: author,
        uploadId: randomUploadId(),
      });
      const store = createDatabaseMediaStore(db());
      const failing = {
        ...store,
        put: () => Promise.reject(new Error('The disk is full.')),
      };
      await expect(
        runRecordingJob(
          { db: db(), store: failing, tools: tools },
          recording.id,
          make('kept.wav', SINE),
        ),
      ).rejects.toThrow('The disk is full.');
      expect(await findRecordingById(db(), recording.id)).toMatchObject({
        status: 'refused',
        refusal: NOT_KEPT_REFUSAL,
        storageKey: null,
      });
    });

    it('keeps none of a polyglot: only the sound is re-encoded, never what rides along', async () => {
      const wav = readFileSync(make('poly.wav', SINE));
      const payload = Buffer.from('<script>alert("hidden")</script>PK-hidden-archive');
      const path = join(files, 'polyglot.wav');
      writeFileSync(path, Buffer.concat([wav, payload]));
      const { row, store } = await process(path);
      expect(row?.status).toBe('ready');
      const bytes = Buffer.from((await store.get(row?.storageKey ?? '', 'voice')) ?? []);
      expect(bytes.includes('hidden')).toBe(false);
    });
  });

  describeEachDatabase('hearing a recording', ({ db, handle }) => {
    const hear = (id: string, headers: Record<string, string> = {}) =>
      fetch(`${app?.url ?? ''}/media/recordings/${id}`, { headers });

    it('plays to everyone while public by first name, seeks with Range, and goes on withdrawal', async () => {
      useDatabaseForProcess({ ...handle(), close: async () => {} });
      const { author, story, recording } = await publicStoryWithRecording(db(), 'first_name');
      const page = await (await fetch(`${app?.url ?? ''}/stories/${story.slug}`)).text();
      expect(page).toContain(
        `<audio controls="" preload="none" src="/media/recordings/${recording.id}"`,
      );
      expect(page).toContain('<p>We sang.</p>');
      const whole = await hear(recording.id);
      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-type')).toBe('audio/ogg');
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(whole.headers.get('cache-control')).toBe('no-cache');
      const bytes = Buffer.from(await whole.arrayBuffer());
      expect(bytes.length).toBe(recording.bytes);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('OggS');

      const part = await hear(recording.id, { range: 'bytes=100-199' });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
      expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
      const tail = await hear(recording.id, { range: 'bytes=-50' });
      expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 50));
      const beyond = await hear(recording.id, { range: `bytes=${bytes.length + 10}-` });
      expect(beyond.status).toBe(416);
      expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
      const etag = whole.headers.get('etag') ?? '';
      expect((await hear(recording.id, { 'if-none-match': etag })).status).toBe(304);
      const stale = await hear(recording.id, { range: 'bytes=0-9', 'if-range': '"old"' });
      expect(stale.status).toBe(200);

      const withdrawn = await appendConsentEvent(
        db(),
        story.id,
        { kind: 'withdraw', actorId: author, subjectId: author, scope: 'public_site' },
        { now: new Date() },
      );
      expect(withdrawn.ok).toBe(true);
      expect((await hear(recording.id)).status).toBe(404);
      expect((await hear(recording.id, { range: 'bytes=0-9' })).status).toBe(404);
      // Its author still hears it.
      const cookie = await sessionCookieFor(db(), author);
      expect((await hear(recording.id, { cookie })).status).toBe(200);
    });

    it('the sharing page says, beside each way of being named, what happens to the voice', async () => {
      useDatabaseForProcess({ ...handle(), close: async () => {} });
      const { author, story } = await publicStoryWithRecording(db(), 'first_name');
      const cookie = await sessionCookieFor(db(), author);
      const page = async (scope: string) =>
        (
          await fetch(`${app?.url ?? ''}/my/stories/${story.id}/sharing?share=${scope}`, {
            headers: { cookie },
          })
        ).text();
      const publicSite = await page('public_site');
      expect(publicSite).toContain('On the public website, people can hear your recordings.');
      expect(publicSite).toContain('They never hear your voice.');
      const newsletter = await page('newsletter');
      expect(newsletter).not.toContain('people can hear your recordings');
      expect(newsletter).toContain('They never hear your voice.');

      const plain = await makeStory(db(), [author], { title: 'Only words' });
      const words = await (
        await fetch(`${app?.url ?? ''}/my/stories/${plain.id}/sharing?share=public_site`, {
          headers: { cookie },
        })
      ).text();
      expect(words).not.toContain('your voice');
    });

    it.each([
      ['first_name', true],
      ['named', true],
      ['pseudonym', false],
      ['anonymous', false],
    ] as const)(
      'the public preview at %s plays the recording: %s, exactly as readers will hear it',
      async (anonymity, heard) => {
        useDatabaseForProcess({ ...handle(), close: async () => {} });
        const { author, story, recording } = await publicStoryWithRecording(db(), null);
        const cookie = await sessionCookieFor(db(), author);
        const preview = await (
          await fetch(
            `${app?.url ?? ''}/my/stories/${story.id}/sharing?share=public_site&name=${anonymity}&months=12`,
            { headers: { cookie } },
          )
        ).text();
        expect(preview).toContain('We sang.');
        expect(
          preview.includes(
            `<audio controls="" preload="none" src="/media/recordings/${recording.id}"`,
          ),
        ).toBe(heard);
      },
    );

    it.each(['anonymous', 'pseudonym'] as const)(
      'is never heard by readers when the author is %s',
      async (anonymity) => {
        useDatabaseForProcess({ ...handle(), close: async () => {} });
        const { author, recording } = await publicStoryWithRecording(db(), anonymity);
        expect((await hear(recording.id)).status).toBe(404);
        const stranger = await sessionCookieFor(db(), await makePerson(db(), { name: 'Bo' }));
        expect((await hear(recording.id, { cookie: stranger })).status).toBe(404);
        const cookie = await sessionCookieFor(db(), author);
        expect((await hear(recording.id, { cookie })).status).toBe(200);
      },
    );

    it.each([
      ['not-a-uuid', 404],
      ['00000000-0000-0000-0000-000000000000', 404],
      ['%00', 400],
    ])('answers %s with %i', async (id, status) => {
      useDatabaseForProcess({ ...handle(), close: async () => {} });
      expect((await hear(id)).status).toBe(status);
    });
  });

  describeEachDatabase('recordings left unfinished', ({ db }) => {
    it('are refused after two hours with words that say to send them again; newer ones wait', async () => {
      const author = await makePerson(db(), { name: 'Edna Price' });
      const story = await makeStory(db(), [author], { title: 'Left behind' });
      const upload = () =>
        insertWaitingRecording(db(), {
          storyId: story.id,
          uploadedBy: author,
          uploadId: randomUploadId(),
        });
      const old = (await upload()).recording;
      const recent = (await upload()).recording;
      const now = new Date();
      await db()
        .updateTable('recordings')
        .set({ created_at: new Date(now.getTime() - 3 * 60 * 60 * 1000) })
        .where('id', '=', old.id)
        .execute();
      expect(await refuseAbandonedRecordingsAt(db(), now)).toBe(1);
      expect(await findRecordingById(db(), old.id)).toMatchObject({
        status: 'refused',
        refusal: ABANDONED_REFUSAL,
      });
      expect(await findRecordingById(db(), recent.id)).toMatchObject({ status: 'waiting' });
      // Said in the words of whoever's editor asks, not kept in one language.
      const listed = await answerInLanguage('cy', () =>
        listRecordingStatuses(db(), { id: author, roles: ['contributor'] }, story.id),
      );
      expect(listed?.find((recording) => recording.id === old.id)?.refusal).toBe(
        'Stopiodd Heard tra oedd yn paratoi’r recordiad hwn. Anfonwch e eto: mae e gan eich dyfais o hyd.',
      );
    });
  });

  describeEachDatabase('export and erasure', ({ db }) => {
    it('puts each recording and its words in the export, and erasure removes both', async () => {
      const { author, recording } = await publicStoryWithRecording(db(), 'first_name');
      const store = openMediaStore(db());
      const zip = unzipSync(await exportEverything(db(), store, author, new Date()));
      const names = Object.keys(zip);
      const opus = names.find((name) =>
        name.endsWith(`/recordings/recording-${recording.id}.opus`),
      );
      expect(opus).toBeDefined();
      expect(zip[opus ?? '']?.length).toBe(recording.bytes);
      const words = strFromU8(
        zip[names.find((name) => name.endsWith('/recordings.txt')) ?? ''] ?? new Uint8Array(),
      );
      expect(words).toContain('(3 seconds)');
      expect(words).toContain('We sang.');
      expect(strFromU8(zip['README.txt'] ?? new Uint8Array())).toContain('recordings.txt');

      const erased = await eraseAccount(db(), store, author, new Date());
      expect(erased).toMatchObject({ ok: true, recordingsErased: 1, filesLeft: 0 });
      expect(await findRecordingById(db(), recording.id)).toBeUndefined();
      expect(await store.get(recording.storageKey ?? '', 'voice')).toBeUndefined();
    });
  });

  describeEachDatabase('resumable upload over HTTP', ({ db, handle }) => {
    async function upload(cookie: string, storyId: string, bytes: Buffer) {
      return new Promise<{ url: string; recordingId: string | null }>((resolve, reject) => {
        const tus = new Upload(bytes, {
          endpoint: `${app?.url ?? ''}/api/recordings/uploads`,
          chunkSize: 32 * 1024,
          retryDelays: [],
          metadata: { storyId, filename: 'told.mp3' },
          headers: { cookie, origin: app?.url ?? '' },
          onSuccess(payload) {
            resolve({
              url: tus.url ?? '',
              recordingId: payload.lastResponse.getHeader('Heard-Recording-Id') ?? null,
            });
          },
          onError: reject,
        });
        tus.start();
      });
    }

    it('takes a recording in pieces from an author, and processes it', async () => {
      useDatabaseForProcess({ ...handle(), close: async () => {} });
      const author = await makePerson(db(), { name: 'Edna Price' });
      const story = await makeStory(db(), [author], { title: 'Told out loud' });
      const cookie = await sessionCookieFor(db(), author);
      const bytes = readFileSync(make('piece.mp3', ['-f', 'lavfi', '-i', 'sine=duration=20']));
      expect(bytes.length).toBeGreaterThan(3 * 32 * 1024);
      const { url, recordingId } = await upload(cookie, story.id, bytes);
      expect(recordingId).toMatch(/^[0-9a-f-]{36}$/);
      let row = await findRecordingById(db(), recordingId ?? '');
      for (let tries = 0; tries < 100 && row?.status !== 'ready'; tries += 1) {
        await new Promise((done) => setTimeout(done, 100));
        row = await findRecordingById(db(), recordingId ?? '');
      }
      expect(row).toMatchObject({ status: 'ready', storyId: story.id, uploadedBy: author });
      const statuses = (who: string) =>
        fetch(`${app?.url ?? ''}/api/stories/${story.id}/recordings`, { headers: { cookie: who } });
      const listed = (await (await statuses(cookie)).json()) as { recordings: unknown[] };
      expect(listed.recordings).toEqual([
        expect.objectContaining({ id: recordingId, status: 'ready', progress: 1, refusal: null }),
      ]);

      // Only its sender may ask after the upload; the raw upload is never served.
      const other = await sessionCookieFor(db(), await makePerson(db(), { name: 'Bo' }));
      const head = (who: string) =>
        fetch(url, { method: 'HEAD', headers: { cookie: who, 'Tus-Resumable': '1.0.0' } });
      expect((await head(other)).status).toBe(404);
      expect((await statuses(other)).status).toBe(404);
      expect((await head('')).status).toBe(401);
      expect((await fetch(url, { headers: { cookie } })).status).toBe(405);
    });

    it.each([
      [
        'a zip named like a recording',
        () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(70_000)]),
        415,
        'not a sound recording',
      ],
      ['a video', () => readFileSync(makeVideo('film.mp4')), 415, 'pictures as well as sound'],
    ])(
      'answers %s with a plain %i on its last piece, and keeps nothing',
      async (_name, bytes, status, words) => {
        useDatabaseForProcess({ ...handle(), close: async () => {} });
        const author = await makePerson(db(), { name: 'Edna Price' });
        const story = await makeStory(db(), [author], { title: 'Not a recording' });
        const cookie = await sessionCookieFor(db(), author);
        const error = await upload(cookie, story.id, bytes()).then(
          () => undefined,
          (failed: unknown) =>
            failed as { originalResponse?: { getStatus(): number; getBody(): string } },
        );
        expect(error?.originalResponse?.getStatus()).toBe(status);
        expect(error?.originalResponse?.getBody()).toContain(words);
        const rows = await db()
          .selectFrom('recordings')
          .select(['status', 'refusal', 'storage_key'])
          .execute();
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ status: 'refused', storage_key: null });
        expect(inEnglish(rows[0]?.refusal)).toContain(words);
        expect(await db().selectFrom('media_files').select('storage_key').execute()).toEqual([]);
      },
    );

    it('refuses to start an upload into a story the person may not edit', async () => {
      useDatabaseForProcess({ ...handle(), close: async () => {} });
      const author = await makePerson(db(), { name: 'Edna Price' });
      const story = await makeStory(db(), [author], { title: 'Not yours' });
      const stranger = await sessionCookieFor(db(), await makePerson(db(), { name: 'Bo' }));
      await expect(upload(stranger, story.id, Buffer.alloc(1000))).rejects.toThrow(/404/);
      const forged = await fetch(`${app?.url ?? ''}/api/recordings/uploads`, {
        method: 'POST',
        headers: {
          cookie: stranger,
          origin: app?.url ?? '',
          'Tus-Resumable': '1.0.0',
          'Upload-Length': '1000',
          'x-heard-uploader': author,
          'Upload-Metadata': `storyId ${Buffer.from(story.id).toString('base64')}`,
        },
      });
      expect(forged.status).toBe(404);
      expect(await db().selectFrom('recordings').select('id').execute()).toEqual([]);
    });
  });
});

/**
 * A story by Edna whose second revision places one ready recording (a
 * processed 3-second tone) in its text, shared on the public site at `anonymity`.
 */
async function publicStoryWithRecording(db: Db, anonymity: Anonymity | null) {
  const author = await makePerson(db, { name: 'Edna Price' });
  const story = await makeStory(db, [author], { title: 'Told out loud' });
  const { recording } = await insertWaitingRecording(db, {
    storyId: story.id,
    uploadedBy: author,
    uploadId: randomUploadId(),
  });
  const processed = await processRecording(
    { db, store: openMediaStore(db), tools: tools },
    recording.id,
    make(`tone-${recording.id}.wav`, SINE),
  );
  if (!processed.ok) throw new Error('The test recording was refused.');
  const editorState = {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'recording',
          version: 1,
          recordingId: recording.id,
          children: [
            {
              type: 'transcript-line',
              version: 1,
              startMs: 0,
              children: [{ type: 'text', text: 'We sang.' }],
            },
          ],
        },
      ],
    },
  };
  const saved = await insertRevision(db, {
    storyId: story.id,
    editorState,
    plainText: 'We sang.',
    wordCount: 2,
    authorId: author,
    basedOn: 1,
    now: new Date(),
  });
  if (!saved.ok) throw new Error(saved.reason);
  if (anonymity === null) return { author, story, recording: processed.recording };
  const granted = await appendConsentEvent(
    db,
    story.id,
    {
      kind: 'grant',
      actorId: author,
      subjectId: author,
      scope: 'public_site',
      anonymity,
      revisionNumber: 2,
    },
    { now: new Date() },
  );
  if (!granted.ok) throw new Error(granted.reason);
  return { author, story, recording: processed.recording };
}

function randomUploadId(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}
