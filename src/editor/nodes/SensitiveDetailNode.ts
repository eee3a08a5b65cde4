/**
 * A sensitive detail: words the author marked as a person's name, a place or
 * another identifying detail, with the words readers see instead unless the
 * author chose to be `named` (the rule is `revealsSensitiveDetails` in
 * src/domain/anonymity.ts).
 *
 * An inline ElementNode wrapping the original text, not a TextNode subclass:
 * the marked words can carry their own formatting (a bold name) and can be
 * edited in place without losing the mark, the mark is one node however many
 * text runs it covers, and Lexical never merges it into neighbouring plain
 * text. Typing at either edge goes outside the mark (canInsertTextBefore/After),
 * so a detail does not silently grow to cover words the author did not mark.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  enumValue,
  nodeSchema,
  stringValue,
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
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { CUSTOM_NODE_CLASSES, nodeWordsIn } from '#src/editor/theme.ts';

/** What kind of identifying detail was marked. */
export const SENSITIVE_DETAIL_KINDS = ['person', 'place', 'other'] as const;
export type SensitiveDetailKind = (typeof SENSITIVE_DETAIL_KINDS)[number];

/** The longest replacement allowed ("my daughter", "a town in Wales"). */
export const MAX_REPLACEMENT_LENGTH = 200;

/** The message naming each kind, for labels and the side panel (src/i18n/messages/en/editor.ts). */
export const SENSITIVE_DETAIL_KIND_KEYS = {
  person: 'editor.detailKind.person',
  place: 'editor.detailKind.place',
  other: 'editor.detailKind.other',
} as const satisfies Readonly<Record<SensitiveDetailKind, MessageKey>>;

/**
 * Each kind's English name, for pages not yet in the catalogue
 * (SENSITIVE_DETAIL_KIND_KEYS names them in every language).
 */
export const SENSITIVE_DETAIL_KIND_LABELS: Readonly<Record<SensitiveDetailKind, string>> = {
  person: "A person's name",
  place: 'A place',
  other: 'Another detail that could identify someone',
};

/** A sensitive detail as stored in the editor state. */
export type SerializedSensitiveDetailNode = Spread<
  { detailKind: SensitiveDetailKind; replacement: string },
  SerializedElementNode
>;

const sensitiveDetailNodeSchema = nodeSchema<SensitiveDetailNode>()({
  detailKind: withField(enumValue(SENSITIVE_DETAIL_KINDS, 'other'), { field: '__detailKind' }),
  replacement: withField(stringValue(), { field: '__replacement' }),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SensitiveDetailNode {
  exportJSON(compact?: false): SerializedSensitiveDetailNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSensitiveDetailNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSensitiveDetailNode>): this;
}

/** Marked words with the replacement readers see when details are hidden. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SensitiveDetailNode extends ElementNode {
  __detailKind: SensitiveDetailKind;
  __replacement: string;

  override $config() {
    return this.config('sensitive-detail', {
      extends: ElementNode,
      json: sensitiveDetailNodeSchema,
    });
  }

  constructor(
    detailKind: SensitiveDetailKind = 'other',
    replacement = '',
    key: NodeKey | undefined = undefined,
  ) {
    super(key);
    this.__detailKind = detailKind;
    this.__replacement = replacement;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const mark = $getDocument().createElement('mark');
    mark.className = CUSTOM_NODE_CLASSES.sensitiveDetail;
    this.describe(mark, config);
    return mark;
  }

  override updateDOM(_prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    this.describe(dom, config);
    return false;
  }

  private describe(dom: HTMLElement, config: EditorConfig): void {
    // The highlight alone is invisible to a screen reader; the title and data
    // attribute say what was marked and what readers will see instead.
    dom.dataset['kind'] = this.__detailKind;
    const words = nodeWordsIn(config);
    if (words) dom.title = words.detailTitle(this.__detailKind, this.__replacement);
  }

  getDetailKind(): SensitiveDetailKind {
    return this.getLatest().__detailKind;
  }

  getReplacement(): string {
    return this.getLatest().__replacement;
  }

  /** Changes what kind of detail this is and what readers see instead. */
  setDetails(detailKind: SensitiveDetailKind, replacement: string): this {
    const self = this.getWritable();
    self.__detailKind = detailKind;
    self.__replacement = replacement;
    return self;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): null | ElementNode {
    // Enter inside a marked name splits it; both halves stay marked, as the
    // author marked the whole.
    const next = $createSensitiveDetailNode(this.__detailKind, this.__replacement);
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override excludeFromCopy(destination?: 'clone' | 'html'): boolean {
    // Copied out as HTML (to an email, another site) the mark would carry the
    // replacement somewhere it means nothing; inside the editor it is kept.
    return destination === 'html';
  }
}

/** Makes a sensitive detail node (inside editor.update). */
export function $createSensitiveDetailNode(
  detailKind: SensitiveDetailKind,
  replacement: string,
): SensitiveDetailNode {
  return $applyNodeReplacement(new SensitiveDetailNode(detailKind, replacement));
}

/** Whether a node is a sensitive detail. */
export function $isSensitiveDetailNode(
  node: LexicalNode | null | undefined,
): node is SensitiveDetailNode {
  return node instanceof SensitiveDetailNode;
}
