/**
 * A voice is a name: a recording identifies the person speaking as surely as
 * their name does, so it is heard only where every author chose to be named by
 * their full name or first name. Everywhere else readers get the transcript,
 * with its sensitive details replaced like the rest of the story. Pure
 * functions; the recording route, the reader renderer and the sharing page
 * all ask them.
 */
import type { Anonymity } from './consent-types.ts';
import { mostPrivateAnonymity } from './anonymity.ts';
import { collectNodeValues } from './editor-state.ts';

/** Whether a voice may be heard by readers who see the author named at `anonymity`. */
export function voiceHeardAt(anonymity: Anonymity): boolean {
  return anonymity === 'named' || anonymity === 'first_name';
}

/** A use a recording's story is shown in now. */
export interface RecordingInUse {
  /** The recording is placed in the exact revision this use shows. */
  readonly inShownRevision: boolean;
  /** How each author is named in this use. */
  readonly anonymity: readonly Anonymity[];
}

/** A recording plays in a use only if it is in the agreed revision and every author is named or first-named. */
export function voiceHeardInUse(use: RecordingInUse): boolean {
  if (!use.inShownRevision || use.anonymity.length === 0) return false;
  return voiceHeardAt(mostPrivateAnonymity(use.anonymity));
}

/** Why someone may hear a recording. */
export type RecordingAudience = 'insider' | 'public';

/** Everything the recording rule needs about one viewer and one recording. */
export interface RecordingAccessFacts {
  /** The viewer is an author or helper of the recording's story. */
  readonly isInsider: boolean;
  /** The story's public use now, when it is public now (consent checked on this request). */
  readonly publicUse: RecordingInUse | undefined;
}

/**
 * Who may hear a recording: the story's authors and helpers always (to
 * record, listen back and transcribe); anyone while the story is public and
 * the voice is heard there. Groups and books carry the transcript, never the
 * voice.
 */
export function decideRecordingAccess(facts: RecordingAccessFacts): RecordingAudience | undefined {
  if (facts.isInsider) return 'insider';
  if (facts.publicUse && voiceHeardInUse(facts.publicUse)) return 'public';
  return undefined;
}

/** Every recording id placed in a serialized editor state. */
export function listRecordingIds(editorState: unknown): string[] {
  return collectNodeValues(editorState, 'recording', 'recordingId');
}

/** A recording's length as people say it: "4 minutes 5 seconds", "45 seconds". */
export function describeDuration(durationMs: number): string {
  const total = Math.max(0, Math.round(durationMs / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return unit(seconds, 'second');
  if (seconds === 0) return unit(minutes, 'minute');
  return `${unit(minutes, 'minute')} ${unit(seconds, 'second')}`;
}

/** A recording's transcript as its authors wrote it: one string per line, every word as written. */
export interface RecordingTranscript {
  readonly recordingId: string;
  readonly lines: readonly string[];
}

/**
 * The transcripts of every recording placed in a serialized editor state,
 * in story order, with sensitive details as written (for the authors' own
 * copy; readers' text is redacted by src/editor/render.ts).
 */
export function listRecordingTranscripts(editorState: unknown): RecordingTranscript[] {
  const transcripts: RecordingTranscript[] = [];
  const textOf = (node: unknown): string => {
    if (node === null || typeof node !== 'object') return '';
    const record = node as Readonly<Record<string, unknown>>;
    if (record['type'] === 'linebreak') return '\n';
    const own = typeof record['text'] === 'string' ? record['text'] : '';
    const children = Array.isArray(record['children']) ? (record['children'] as unknown[]) : [];
    return own + children.map(textOf).join('');
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Readonly<Record<string, unknown>>;
    const children = Array.isArray(record['children']) ? (record['children'] as unknown[]) : [];
    if (record['type'] === 'recording' && typeof record['recordingId'] === 'string') {
      transcripts.push({ recordingId: record['recordingId'], lines: children.map(textOf) });
      return;
    }
    children.forEach(visit);
  };
  visit((editorState as { root?: unknown } | null)?.root);
  return transcripts;
}
