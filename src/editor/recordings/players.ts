/**
 * Finding each recording's player in the editor's page, so the island can put
 * its own controls (mark this moment, play a line from its moment) beside the
 * audio. RecordingNode draws the player outside the editable text; the
 * controls' box is marked as not Lexical's (setDOMUnmanaged), so Lexical
 * neither removes it as stray markup nor treats a key pressed on one of its
 * buttons as typing (Enter on a button must press it, not start a new line).
 */
import { setDOMUnmanaged, stopLexicalPropagation } from 'lexical';
import type { LexicalEditor, NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { CUSTOM_NODE_CLASSES } from '#src/editor/theme.ts';
import { $listRecordings, $selectedTranscriptLineKey } from '#src/editor/plugins/recordings.ts';
import type { RecordingSummary } from '#src/editor/plugins/recordings.ts';

const HOST_CLASS = 'ed-moments-host';

// Events inside the player belong to the audio and our buttons, not to the text.
const OWN_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'pointerdown',
  'mousedown',
  'click',
  'paste',
  'cut',
  'copy',
] as const;

/** A recording in the editor with the box its controls are drawn into. */
export interface PlacedRecording {
  readonly recording: RecordingSummary;
  readonly host: HTMLElement;
  readonly audio: HTMLAudioElement | null;
}

/** What the island knows about the recordings in the text. */
export interface RecordingsInEditor {
  readonly placed: readonly PlacedRecording[];
  /** The transcript line the cursor is in (or was in last), if any. */
  readonly lineKey: NodeKey | null;
}

function hostIn(figure: HTMLElement): HTMLElement | null {
  const player = figure.querySelector<HTMLElement>(`.${CUSTOM_NODE_CLASSES.recordingPlayer}`);
  if (player === null) return null;
  const existing = player.querySelector<HTMLElement>(`:scope > .${HOST_CLASS}`);
  if (existing !== null) return existing;
  setDOMUnmanaged(player, { captureSelection: true });
  for (const name of OWN_EVENTS) player.addEventListener(name, stopLexicalPropagation);
  const host = figure.ownerDocument.createElement('div');
  host.className = HOST_CLASS;
  setDOMUnmanaged(host, { captureSelection: true });
  player.append(host);
  return host;
}

function samePlaced(a: readonly PlacedRecording[], b: readonly PlacedRecording[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (item, i) =>
        item.host === b[i]?.host &&
        JSON.stringify(item.recording) === JSON.stringify(b[i]?.recording),
    )
  );
}

/** Follows the recordings in `editor` and the line being written, after every update. */
export function useRecordingsInEditor(editor: LexicalEditor, enabled: boolean): RecordingsInEditor {
  const [placed, setPlaced] = useState<readonly PlacedRecording[]>([]);
  const [lineKey, setLineKey] = useState<NodeKey | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    const read = (): void => {
      const { recordings, selected } = editor
        .getEditorState()
        .read(() => ({ recordings: $listRecordings(), selected: $selectedTranscriptLineKey() }));
      const next: PlacedRecording[] = [];
      for (const recording of recordings) {
        const figure = editor.getElementByKey(recording.key);
        const host = figure === null ? null : hostIn(figure);
        if (figure === null || host === null) continue;
        next.push({ recording, host, audio: figure.querySelector('audio') });
      }
      setPlaced((previous) => (samePlaced(previous, next) ? previous : next));
      // Focus on a button beside the player leaves the last line the one to mark.
      if (selected !== null) setLineKey(selected);
    };
    read();
    return editor.registerUpdateListener(read);
  }, [editor, enabled]);
  return { placed, lineKey };
}
