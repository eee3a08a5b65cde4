/**
 * A story's recordings in the account export: each ready recording as the
 * Opus file Heard keeps, and recordings.txt with each one's length and its
 * transcript as the newest version of the story has it.
 */
import { strToU8, type Zippable } from 'fflate';
import { describeDuration, listRecordingTranscripts } from '#src/domain/voice.ts';
import type { MediaStore } from '#src/server/media/storage.ts';
import { listRecordingsOfStory } from './recordings.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** The export's files for one story's recordings, under `folder` (none if it has none). */
export async function exportRecordings(
  db: Db,
  store: MediaStore,
  storyId: string,
  latestEditorState: unknown,
  folder: string,
): Promise<Zippable> {
  const files: Zippable = {};
  const transcripts = new Map(
    listRecordingTranscripts(latestEditorState).map((t) => [t.recordingId, t.lines]),
  );
  const described: string[] = [];
  for (const recording of await listRecordingsOfStory(db, storyId)) {
    if (!recording.storageKey || recording.durationMs === null) continue;
    const bytes = await store.get(recording.storageKey, 'voice');
    if (!bytes) continue;
    const name = `recording-${recording.id}.opus`;
    // Opus is already compressed: store it as it is.
    files[`${folder}/${name}`] = [bytes, { level: 0 }];
    const lines = transcripts.get(recording.id) ?? [];
    const transcript = lines.join('\n').trim();
    described.push(
      `${name} (${describeDuration(recording.durationMs)})\n${transcript === '' ? '(No transcript yet.)' : transcript}`,
    );
  }
  if (described.length > 0) {
    files[`${folder}/recordings.txt`] = strToU8(`${described.join('\n\n---\n\n')}\n`);
  }
  return files;
}
