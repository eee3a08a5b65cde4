/**
 * A voice recording in a life story, placed in the text like a photo, with
 * its transcript inside it: the transcript's lines (TranscriptLineNode) are
 * the node's children, written and corrected like the rest of the story, so
 * consent to a revision is consent to exactly these recordings and words, and
 * sensitive details marked in a transcript are replaced like any others.
 *
 * The node holds only the recording's id; the sound is served by
 * `/media/recordings/{id}`, which checks on every request who may hear it
 * (src/domain/voice.ts). In the editor a player sits above the transcript,
 * outside the editable text (`getDOMSlot` puts the lines below it).
 */
import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  nodeSchema,
  stringValue,
  withField,
} from 'lexical';
import type {
  DOMExportOutput,
  EditorConfig,
  ElementDOMSlot,
  LexicalNode,
  LexicalParseJSON,
  NodeKey,
  SerializedElementNode,
  SerializedPartial,
  Spread,
} from 'lexical';
import { CUSTOM_NODE_CLASSES, nodeWordsIn } from '#src/editor/theme.ts';

/** The app route that serves a recording (and checks, per request, who may hear it). */
export function recordingPath(recordingId: string): string {
  return `/media/recordings/${encodeURIComponent(recordingId)}`;
}

/** A recording as stored in the editor state. */
export type SerializedRecordingNode = Spread<{ recordingId: string }, SerializedElementNode>;

const recordingNodeSchema = nodeSchema<RecordingNode>()({
  recordingId: withField(stringValue(), { field: '__recordingId' }),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface RecordingNode {
  exportJSON(compact?: false): SerializedRecordingNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedRecordingNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedRecordingNode>): this;
}

/** A block holding one recording and its transcript lines. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class RecordingNode extends ElementNode {
  __recordingId: string;

  override $config() {
    return this.config('recording', { extends: ElementNode, json: recordingNodeSchema });
  }

  constructor(recordingId = '', key: NodeKey | undefined = undefined) {
    super(key);
    this.__recordingId = recordingId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const doc = $getDocument();
    const figure = doc.createElement('figure');
    figure.className = CUSTOM_NODE_CLASSES.recording;
    figure.dataset['recordingId'] = this.__recordingId;
    const player = doc.createElement('div');
    player.className = CUSTOM_NODE_CLASSES.recordingPlayer;
    player.contentEditable = 'false';
    const audio = doc.createElement('audio');
    audio.controls = true;
    audio.preload = 'metadata';
    audio.src = recordingPath(this.__recordingId);
    const label = doc.createElement('p');
    label.textContent = nodeWordsIn(config)?.recordingLabel ?? '';
    player.append(audio, label);
    const transcript = doc.createElement('div');
    transcript.className = CUSTOM_NODE_CLASSES.recordingTranscript;
    figure.append(player, transcript);
    return figure;
  }

  override updateDOM(prevNode: this): boolean {
    // A different recording is a different player: draw it again.
    return prevNode.__recordingId !== this.__recordingId;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const transcript = element.querySelector<HTMLElement>(
      `.${CUSTOM_NODE_CLASSES.recordingTranscript}`,
    );
    const slot = super.getDOMSlot(element);
    return transcript ? slot.withElement(transcript) : slot;
  }

  override exportDOM(): DOMExportOutput {
    // Copied out of the editor, a recording is its words only: the sound
    // stays behind the route that checks who may hear it.
    return { element: $getDocument().createElement('div') };
  }

  // The transcript's lines are blocks of their own: selection and deletion
  // treat the recording like the root treats paragraphs.
  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getRecordingId(): string {
    return this.getLatest().__recordingId;
  }
}

/** Makes a recording node (inside editor.update); give it at least one transcript line. */
export function $createRecordingNode(recordingId: string): RecordingNode {
  return $applyNodeReplacement(new RecordingNode(recordingId));
}

/** Whether a node is a recording. */
export function $isRecordingNode(node: LexicalNode | null | undefined): node is RecordingNode {
  return node instanceof RecordingNode;
}
