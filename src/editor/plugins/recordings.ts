/**
 * Recordings in a life story: placing one that is ready (the recording form
 * dispatches INSERT_RECORDING_COMMAND) with an empty transcript line to write
 * in, marking the moment a line starts, and reading every recording and its
 * lines for the controls beside each player.
 */
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $findMatchingParent,
  $getPreviousSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  mergeRegister,
} from 'lexical';
import type { LexicalCommand, LexicalEditor, LexicalNode, NodeKey } from 'lexical';
import { isUuid } from '#src/domain/ids.ts';
import { $createRecordingNode, $isRecordingNode } from '#src/editor/nodes/RecordingNode.ts';
import type { RecordingNode } from '#src/editor/nodes/RecordingNode.ts';
import {
  $createTranscriptLineNode,
  $isTranscriptLineNode,
  MAX_TRANSCRIPT_START_MS,
} from '#src/editor/nodes/TranscriptLineNode.ts';
import { registerKeyedCommand } from './keyed-commands.ts';

/** Places a ready recording (by its id) where the cursor is, or at the end. */
export const INSERT_RECORDING_COMMAND: LexicalCommand<string> = createCommand(
  'INSERT_RECORDING_COMMAND',
);

/** Marks (or, with null, unmarks) the moment one transcript line starts at. */
export interface TranscriptMoment {
  readonly key: NodeKey;
  readonly startMs: number | null;
}

/** Sets the moment a transcript line starts at. */
export const SET_TRANSCRIPT_MOMENT_COMMAND: LexicalCommand<TranscriptMoment> = createCommand(
  'SET_TRANSCRIPT_MOMENT_COMMAND',
);

/** Takes a recording (and its transcript) out of the story. */
export const REMOVE_RECORDING_COMMAND: LexicalCommand<NodeKey> = createCommand(
  'REMOVE_RECORDING_COMMAND',
);

/** One transcript line, for the controls beside its recording. */
export interface TranscriptLineSummary {
  readonly key: NodeKey;
  readonly startMs: number | null;
  readonly text: string;
}

/** One recording in the story, with its lines in order. */
export interface RecordingSummary {
  readonly key: NodeKey;
  readonly recordingId: string;
  readonly lines: readonly TranscriptLineSummary[];
}

/** Every recording in the story, in reading order (recordings sit at the top level). */
export function $listRecordings(): RecordingSummary[] {
  return $getRoot()
    .getChildren()
    .filter($isRecordingNode)
    .map((recording) => ({
      key: recording.getKey(),
      recordingId: recording.getRecordingId(),
      lines: recording
        .getChildren()
        .filter($isTranscriptLineNode)
        .map((line) => ({
          key: line.getKey(),
          startMs: line.getStartMs(),
          text: line.getTextContent(),
        })),
    }));
}

/** The transcript line the cursor is in, if it is in one. */
export function $selectedTranscriptLineKey(): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const line = $findMatchingParent(selection.anchor.getNode(), $isTranscriptLineNode);
  return line === null ? null : line.getKey();
}

function $recordingAround(node: LexicalNode): RecordingNode | null {
  const found = $findMatchingParent(node, $isRecordingNode);
  return $isRecordingNode(found) ? found : null;
}

/**
 * Places a recording with one empty line and puts the cursor in that line.
 * Inside another recording's transcript it goes after that recording (a
 * recording holds only lines); with no cursor, at the end of the story.
 */
export function $insertRecording(recordingId: string): RecordingNode {
  const recording = $createRecordingNode(recordingId);
  const line = $createTranscriptLineNode(null);
  recording.append(line);
  const selection = $getSelection() ?? $getPreviousSelection();
  const around = $isRangeSelection(selection) ? $recordingAround(selection.anchor.getNode()) : null;
  if (around !== null) around.insertAfter(recording);
  else if ($isRangeSelection(selection)) $insertNodeToNearestRoot(recording);
  else $getRoot().append(recording);
  // Something to write in after it, so the story can go on below the recording.
  if (recording.getNextSibling() === null) recording.insertAfter($createParagraphNode());
  line.selectStart();
  return recording;
}

/** A moment the server will keep: whole milliseconds within an hour's recording. */
function keptMoment(startMs: number | null): number | null | undefined {
  if (startMs === null) return null;
  if (!Number.isFinite(startMs) || startMs < 0) return undefined;
  return Math.min(MAX_TRANSCRIPT_START_MS, Math.round(startMs));
}

/** Handles the recording commands. */
export function registerRecordings(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      INSERT_RECORDING_COMMAND,
      (recordingId) => {
        // The server refuses a state naming anything else; refuse it here too.
        if (!isUuid(recordingId)) return false;
        $insertRecording(recordingId);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    registerKeyedCommand(
      editor,
      SET_TRANSCRIPT_MOMENT_COMMAND,
      $isTranscriptLineNode,
      (line, moment) => {
        const startMs = keptMoment(moment.startMs);
        if (startMs === undefined) return false;
        line.setStartMs(startMs);
        return true;
      },
    ),
    registerKeyedCommand(editor, REMOVE_RECORDING_COMMAND, $isRecordingNode, (recording) => {
      recording.remove();
      return true;
    }),
  );
}
