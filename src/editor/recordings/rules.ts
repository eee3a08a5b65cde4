/**
 * The rules and words of voice stories in the editor, as pure functions:
 * which files may be sent and what to say when one may not, how a
 * recording's progress reads, the clock shown while recording, and which
 * transcript line is playing at a moment. The server decides for itself
 * (src/server/media/audio.ts); checking here first spares someone on a phone
 * sending 700 MB to be told no. Words come through a `Say` (the island's
 * words, src/editor/words.ts).
 */
import type { Say } from '#src/editor/words.ts';

/** The longest recording Heard takes: an hour (MAX_RECORDING_SECONDS in src/server/media/audio.ts). */
export const MAX_RECORDING_MS = 60 * 60 * 1000;

/** The largest file Heard takes: 700 MB (MAX_RECORDING_BYTES in src/server/media/audio.ts). */
export const MAX_RECORDING_FILE_BYTES = 700 * 1024 * 1024;

/** A phone's clock and ffprobe may differ a little about an hour (LENGTH_GRACE_SECONDS on the server). */
const LENGTH_GRACE_MS = 500;

/** The piece size of a resumable upload: the server takes pieces of 4 MB (MAX_RECORDING_PIECE_BYTES). */
export const RECORDING_PIECE_BYTES = 4 * 1024 * 1024;

/** The kinds of file people may send, by name ending. */
export const RECORDING_FILE_ENDINGS = ['.m4a', '.mp3', '.wav', '.ogg', '.webm'] as const;

/** The file chooser's `accept`: the endings, and the types phones label those files with. */
export const RECORDING_FILE_ACCEPT = [
  ...RECORDING_FILE_ENDINGS,
  '.oga',
  '.opus',
  'audio/mp4',
  'audio/x-m4a',
  'audio/mpeg',
  'audio/wav',
  'audio/x-wav',
  'audio/ogg',
  'audio/webm',
].join(',');

/** What the browser knows about a chosen file before sending it. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  /** Its length when the browser could read it; null when it could not. */
  readonly durationMs: number | null;
}

/** What is wrong with a file before it is sent, in plain words; null when it may be sent. */
export function recordingFileProblem(file: ChosenFile, t: Say): string | null {
  const name = file.name.toLowerCase();
  const known = [...RECORDING_FILE_ENDINGS, '.oga', '.opus'].some((ending) =>
    name.endsWith(ending),
  );
  if (!known) return t('editor.voice.fileKind');
  if (file.size === 0) return t('editor.voice.fileEmpty');
  if (file.size > MAX_RECORDING_FILE_BYTES) return t('editor.voice.fileTooBig');
  if (file.durationMs !== null && file.durationMs > MAX_RECORDING_MS + LENGTH_GRACE_MS) {
    return t('editor.voice.fileTooLong');
  }
  return null;
}

/** How far a recording has got, as the status API says it. */
export type RecordingStage = 'waiting' | 'processing' | 'ready' | 'refused';

/** One recording of a story, as `GET /api/stories/[id]/recordings` answers. */
export interface RecordingStatus {
  readonly id: string;
  readonly uploadId: string;
  readonly status: RecordingStage;
  /** 0 to 1 while processing. */
  readonly progress: number;
  readonly durationMs: number | null;
  /** Why it was refused, in the words of the person asking. */
  readonly refusal: string | null;
}

/** A recording's progress in plain words, for the status line and the live region. */
export function recordingStatusWords(
  status: Pick<RecordingStatus, 'status' | 'progress' | 'refusal'>,
  t: Say,
): string {
  switch (status.status) {
    case 'waiting':
      return t('editor.voice.gettingReady', { percent: 0 });
    case 'processing': {
      const percent = Math.min(99, Math.max(0, Math.floor(status.progress * 100)));
      return t('editor.voice.gettingReady', { percent });
    }
    case 'ready':
      return t('editor.voice.ready');
    case 'refused':
      return status.refusal ?? t('editor.voice.refused');
  }
}

/** How much of a recording has been sent, in plain words. */
export function sendingWords(bytesSent: number, bytesTotal: number, t: Say): string {
  const percent = bytesTotal > 0 ? Math.floor((bytesSent / bytesTotal) * 100) : 0;
  return t('editor.voice.sending', { percent: Math.min(100, percent) });
}

/** A length of time as a clock shows it: "0:07", "12:30", "1:00:00". */
export function clockTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`;
  return `${minutes}:${seconds}`;
}

/**
 * The transcript line playing at `atMs`: of the lines with a marked moment,
 * the one whose moment is the latest already passed (the later line when two
 * share a moment); -1 before the first marked moment.
 */
export function currentLineIndex(starts: readonly (number | null)[], atMs: number): number {
  let found = -1;
  let foundStart = -1;
  starts.forEach((start, index) => {
    if (start !== null && start <= atMs && start >= foundStart) {
      found = index;
      foundStart = start;
    }
  });
  return found;
}

/** The upload's id: the last part of its address (the status API names it). */
export function uploadIdOf(uploadUrl: string): string {
  const path = uploadUrl.split(/[?#]/)[0] ?? '';
  return path.split('/').filter(Boolean).pop() ?? '';
}

/** A sound level (0 to 1) in words, the level meter's text alternative. */
export function levelWords(level: number, t: Say): string {
  if (level < 0.02) return t('editor.voice.silent');
  if (level < 0.15) return t('editor.voice.quiet');
  if (level < 0.7) return t('editor.voice.good');
  return t('editor.voice.loud');
}

/** A transcript line's first words, quoted, for a button's name or an announcement. */
export function lineExcerpt(text: string, t: Say): string {
  const trimmed = text.trim();
  if (trimmed === '') return t('editor.voice.emptyLine');
  return trimmed.length > 40 ? `“${trimmed.slice(0, 40)}…”` : `“${trimmed}”`;
}

/**
 * Which line "Mark this moment" marks: the one being written when it is in
 * this recording, else the first line with no moment yet, else the last.
 */
export function lineToMark<T extends { readonly key: string; readonly startMs: number | null }>(
  lines: readonly T[],
  writing: string | null,
): T | undefined {
  return (
    lines.find((line) => line.key === writing) ??
    lines.find((line) => line.startMs === null) ??
    lines.at(-1)
  );
}
