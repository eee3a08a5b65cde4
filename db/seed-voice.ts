/**
 * The demo's two voice stories, each made from a short clip this repository
 * ships (db/demo-voice/, spoken by espeak-ng and re-encoded to tagless mono
 * Opus exactly as Heard processes uploads), so the demo needs no ffmpeg:
 *
 * - Arthur's "Singing on the ferry", on the public site by his first name:
 *   readers hear his recording, with its transcript below it.
 * - Edna's "Four in the morning", on the public site anonymously: readers get
 *   the transcript and never the voice.
 */
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { countWords } from '#src/domain/words.ts';
import { extractPlainText } from '#src/editor/plain-text.ts';
import type { Database } from '#src/server/platform/schema.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { newStorageKey, type MediaStore } from '#src/server/media/storage.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';
import {
  insertWaitingRecording,
  markRecordingReady,
} from '#src/server/voice/recordings.repository.ts';

/** One shipped clip: its file, its length, and what is said from which moment. */
interface DemoVoiceStory {
  readonly title: string;
  readonly author: string;
  readonly anonymity: Anonymity;
  readonly themes: readonly string[];
  readonly introduction: string;
  readonly clip: string;
  readonly durationMs: number;
  readonly lines: readonly (readonly [startMs: number, words: string])[];
}

const DEMO_VOICE_STORIES: readonly DemoVoiceStory[] = [
  {
    title: 'Singing on the ferry',
    author: 'arthur',
    anonymity: 'first_name',
    themes: ['family'],
    introduction: 'I told this one out loud at the group. Priya helped me write down what I said.',
    clip: 'ferry.opus',
    durationMs: 16_893,
    lines: [
      [0, 'Every Sunday we took the ferry across the Mersey.'],
      [3_360, 'My dad would start singing before we had even left the landing stage.'],
      [8_240, 'By the middle of the river the whole deck was singing with him.'],
      [12_090, 'I was mortified then.'],
      [14_090, 'I would give anything to hear him now.'],
    ],
  },
  {
    title: 'Four in the morning',
    author: 'edna',
    anonymity: 'anonymous',
    themes: ['work'],
    introduction: 'I recorded this at home. I would rather nobody knew it was me.',
    clip: 'shift.opus',
    durationMs: 16_617,
    lines: [
      [0, 'I worked nights at the bakery for eleven years.'],
      [3_300, 'Nobody sees you at four in the morning.'],
      [5_800, 'You hear the trays, the radio, the ovens ticking.'],
      [9_400, 'When the first bus went past I knew the bread was nearly ready, and so was I.'],
    ],
  },
];

const text = (words: string) => ({
  type: 'text',
  version: 1,
  text: words,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});
const element = { version: 1, direction: 'ltr', format: '', indent: 0 } as const;

/** The story's text: an introduction, then the recording with its transcript lines. */
function editorStateOf(story: DemoVoiceStory, recordingId: string): object {
  return {
    root: {
      type: 'root',
      ...element,
      children: [
        {
          type: 'paragraph',
          ...element,
          textFormat: 0,
          textStyle: '',
          children: [text(story.introduction)],
        },
        {
          type: 'recording',
          ...element,
          recordingId,
          children: story.lines.map(([startMs, words]) => ({
            type: 'transcript-line',
            ...element,
            startMs,
            children: [text(words)],
          })),
        },
      ],
    },
  };
}

/** A recording's file, for the media store once the seed's transaction has committed. */
export interface DemoVoiceFile {
  readonly storageKey: string;
  readonly bytes: Uint8Array;
}

/**
 * Adds the voice stories to the demo (stories, recordings and consents) and
 * returns the recordings' files, which the caller puts in the media store
 * after committing: the embedded database has one connection, which the
 * transaction holds.
 */
export async function seedVoiceStories(
  trx: Kysely<Database>,
  context: {
    readonly personId: (key: string) => string;
    readonly groupId: string;
    readonly at: Date;
  },
): Promise<DemoVoiceFile[]> {
  const files: DemoVoiceFile[] = [];
  for (const [index, story] of DEMO_VOICE_STORIES.entries()) {
    // A week apart, oldest last, so lists show them in a steady order.
    const at = new Date(context.at.getTime() - index * 7 * 24 * 60 * 60 * 1000);
    const author = context.personId(story.author);
    const row = await insertStory(trx, {
      title: story.title,
      kind: 'life_story',
      authorIds: [author],
      groupId: context.groupId,
      themes: [...story.themes],
      now: at,
    });
    const { recording } = await insertWaitingRecording(trx, {
      storyId: row.id,
      uploadedBy: author,
      uploadId: randomBytes(16).toString('hex'),
    });
    const bytes = readFileSync(new URL(`./demo-voice/${story.clip}`, import.meta.url));
    const storageKey = newStorageKey();
    files.push({ storageKey, bytes });
    await markRecordingReady(
      trx,
      recording.id,
      { storageKey, durationMs: story.durationMs, bytes: bytes.length },
      at,
    );
    const editorState = editorStateOf(story, recording.id);
    const plainText = extractPlainText(editorState);
    const saved = await insertRevision(trx, {
      storyId: row.id,
      editorState,
      plainText,
      wordCount: countWords(plainText),
      authorId: author,
      basedOn: null,
      now: at,
    });
    if (!saved.ok) throw new Error(`Could not save demo story ${story.title}`);
    const granted = await appendConsentEvent(
      trx,
      row.id,
      {
        kind: 'grant',
        actorId: author,
        subjectId: author,
        scope: 'public_site',
        anonymity: story.anonymity,
        revisionNumber: 1,
      },
      { now: at },
    );
    if (!granted.ok) throw new Error(`Demo consent refused: ${granted.reason}`);
  }
  return files;
}

/** Puts the demo recordings' files in the media store. */
export async function storeDemoVoiceFiles(
  store: MediaStore,
  files: readonly DemoVoiceFile[],
): Promise<void> {
  for (const file of files) await store.put(file.storageKey, 'voice', file.bytes);
}
