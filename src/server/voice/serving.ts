/**
 * Who may hear a recording, decided on every request by
 * decideRecordingAccess (src/domain/voice.ts) from facts read here, and the
 * bytes they asked for: the whole file, or the range a player seeks to
 * (RFC 9110 §14, through `range-parser`, the parser Express and `send` use).
 */
import parseRange from 'range-parser';
import type { Viewer } from '#src/domain/permissions.ts';
import { decideRecordingAccess, listRecordingIds } from '#src/domain/voice.ts';
import { loadMediaViewpoint } from '#src/server/publishing/media-viewpoint.ts';
import { findRecordingById, type Recording } from './recordings.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A ready recording and why this viewer may hear it. */
export type RecordingAccess =
  | { readonly recording: ReadyRecording; readonly heardAs: 'insider' }
  | { readonly recording: ReadyRecording; readonly heardAs: 'public'; readonly version: number };

/** A recording whose file is stored. */
export type ReadyRecording = Recording & { readonly storageKey: string; readonly bytes: number };

/** The recording and why this viewer may hear it, or undefined (a 404, whatever the reason). */
export async function findAudibleRecording(
  db: Db,
  viewer: Viewer | undefined,
  recordingId: string,
  now: Date,
): Promise<RecordingAccess | undefined> {
  const recording = await findRecordingById(db, recordingId);
  if (!recording || recording.storageKey === null || recording.bytes === null) return undefined;
  const ready: ReadyRecording = {
    ...recording,
    storageKey: recording.storageKey,
    bytes: recording.bytes,
  };
  const viewpoint = await loadMediaViewpoint(db, viewer, recording.storyId, now);
  const { isInsider, publication } = viewpoint;
  const publicUse = publication && {
    inShownRevision: listRecordingIds(viewpoint.shownState).includes(recording.id),
    anonymity: publication.anonymity,
  };
  switch (decideRecordingAccess({ isInsider, publicUse })) {
    case 'insider':
      return { recording: ready, heardAs: 'insider' };
    case 'public':
      return publication
        ? { recording: ready, heardAs: 'public', version: publication.version }
        : undefined;
    case undefined:
      return undefined;
  }
}

/** Which bytes of a file of `size` bytes to send. */
export type ByteRange =
  | { readonly kind: 'whole' }
  | { readonly kind: 'part'; readonly start: number; readonly end: number }
  | { readonly kind: 'unsatisfiable' };

/**
 * The part of the file a `Range` header asks for. One range at most: a
 * request for several parts gets the whole file, which RFC 9110 allows and
 * every audio player accepts. `If-Range` naming another version gets the
 * whole file, so a player never splices two versions together.
 */
export function chooseByteRange(
  size: number,
  range: string | null,
  ifRange: string | null,
  etag: string,
): ByteRange {
  if (!range || (ifRange !== null && ifRange !== etag)) return { kind: 'whole' };
  const parsed = parseRange(size, range, { combine: true });
  if (parsed === -1) return { kind: 'unsatisfiable' };
  if (parsed === -2 || parsed.type !== 'bytes' || parsed.length !== 1) return { kind: 'whole' };
  const [only] = parsed;
  return only ? { kind: 'part', start: only.start, end: only.end } : { kind: 'whole' };
}
