/**
 * One line of a recording's transcript, with the moment in the recording it
 * starts at when the writer has marked it (`startMs`), so the editor can
 * show which line is playing and a line can take the player to its moment.
 * Text inside is story text: searched, counted and redacted like a paragraph.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  nodeSchema,
  nullable,
  numberValue,
  withField,
} from 'lexical';
import type {
  EditorConfig,
  LexicalNode,
  LexicalParseJSON,
  NodeKey,
  RangeSelection,
  SerializedElementNode,
  SerializedPartial,
  Spread,
} from 'lexical';
import { CUSTOM_NODE_CLASSES } from '#src/editor/theme.ts';

/** The longest moment a line can start at: the end of an hour's recording. */
export const MAX_TRANSCRIPT_START_MS = 3_601_000;

/** A transcript line as stored in the editor state. */
export type SerializedTranscriptLineNode = Spread<
  { startMs: number | null },
  SerializedElementNode
>;

const transcriptLineNodeSchema = nodeSchema<TranscriptLineNode>()({
  startMs: withField(
    nullable(numberValue(0, { integer: true, min: 0, max: MAX_TRANSCRIPT_START_MS })),
    { field: '__startMs' },
  ),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface TranscriptLineNode {
  exportJSON(compact?: false): SerializedTranscriptLineNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedTranscriptLineNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedTranscriptLineNode>): this;
}

/** A line of words said in a recording. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class TranscriptLineNode extends ElementNode {
  __startMs: number | null;

  override $config() {
    return this.config('transcript-line', {
      extends: ElementNode,
      json: transcriptLineNodeSchema,
    });
  }

  constructor(startMs: number | null = null, key: NodeKey | undefined = undefined) {
    super(key);
    this.__startMs = startMs;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const p = $getDocument().createElement('p');
    p.className = CUSTOM_NODE_CLASSES.transcriptLine;
    this.markStart(p);
    return p;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__startMs !== this.__startMs) this.markStart(dom);
    return false;
  }

  private markStart(dom: HTMLElement): void {
    if (this.__startMs === null) delete dom.dataset['startMs'];
    else dom.dataset['startMs'] = String(this.__startMs);
  }

  getStartMs(): number | null {
    return this.getLatest().__startMs;
  }

  /** Marks (or, with null, unmarks) the moment this line starts at. */
  setStartMs(startMs: number | null): this {
    const self = this.getWritable();
    self.__startMs = startMs;
    return self;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): TranscriptLineNode {
    const next = $createTranscriptLineNode(null);
    next.setDirection(this.getDirection());
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

/** Makes a transcript line (inside editor.update). */
export function $createTranscriptLineNode(startMs: number | null = null): TranscriptLineNode {
  return $applyNodeReplacement(new TranscriptLineNode(startMs));
}

/** Whether a node is a transcript line. */
export function $isTranscriptLineNode(
  node: LexicalNode | null | undefined,
): node is TranscriptLineNode {
  return node instanceof TranscriptLineNode;
}
