/**
 * One element of a film script: a scene heading, action, a character cue, a
 * parenthetical, dialogue or a transition.
 *
 * One ElementNode class with an `element` property rather than six classes:
 * changing an element's type (Tab, the element picker) is then setElement on
 * the same node, keeping its text, selection and history entry, instead of
 * replacing one node with another; Enter is one insertNewAfter reading a table.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  enumValue,
  nodeSchema,
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
import { screenplayClassName } from '#src/editor/theme.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';

/** The screenplay elements, in the order Tab cycles through them. */
export const SCREENPLAY_ELEMENTS = [
  'scene',
  'action',
  'character',
  'parenthetical',
  'dialogue',
  'transition',
] as const;
export type ScreenplayElement = (typeof SCREENPLAY_ELEMENTS)[number];

/** The message naming each element in the element picker (src/i18n/messages/en/editor.ts). */
export const SCREENPLAY_ELEMENT_KEYS = {
  scene: 'editor.element.scene',
  action: 'editor.element.action',
  character: 'editor.element.character',
  parenthetical: 'editor.element.parenthetical',
  dialogue: 'editor.element.dialogue',
  transition: 'editor.element.transition',
} as const satisfies Readonly<Record<ScreenplayElement, MessageKey>>;

// What a screenwriter expects on a new line after each element: a character
// speaks, a parenthetical qualifies the line it precedes, dialogue usually
// passes to the next speaker, and a transition leads to a new scene.
const AFTER_ENTER: Readonly<Record<ScreenplayElement, ScreenplayElement>> = {
  scene: 'action',
  action: 'action',
  character: 'dialogue',
  parenthetical: 'dialogue',
  dialogue: 'character',
  transition: 'scene',
};

/** The element a new line gets after pressing Enter at the end of `element`. */
export function screenplayElementAfterEnter(element: ScreenplayElement): ScreenplayElement {
  return AFTER_ENTER[element];
}

/** The next (step 1) or previous (step -1) element in the Tab cycle. */
export function cycleScreenplayElement(
  element: ScreenplayElement,
  step: 1 | -1,
): ScreenplayElement {
  const count = SCREENPLAY_ELEMENTS.length;
  const index = (SCREENPLAY_ELEMENTS.indexOf(element) + step + count) % count;
  return SCREENPLAY_ELEMENTS[index] ?? 'action';
}

/** Whether a value is one of the screenplay elements. */
export function isScreenplayElement(value: unknown): value is ScreenplayElement {
  return (SCREENPLAY_ELEMENTS as readonly unknown[]).includes(value);
}

/** A screenplay element as stored in the editor state. */
export type SerializedScreenplayNode = Spread<
  { element: ScreenplayElement },
  SerializedElementNode
>;

const screenplayNodeSchema = nodeSchema<ScreenplayNode>()({
  element: withField(enumValue(SCREENPLAY_ELEMENTS, 'action'), { field: '__element' }),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ScreenplayNode {
  exportJSON(compact?: false): SerializedScreenplayNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedScreenplayNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedScreenplayNode>): this;
}

/** A block in a film script. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ScreenplayNode extends ElementNode {
  __element: ScreenplayElement;

  override $config() {
    return this.config('screenplay', { extends: ElementNode, json: screenplayNodeSchema });
  }

  constructor(element: ScreenplayElement = 'action', key: NodeKey | undefined = undefined) {
    super(key);
    this.__element = element;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const p = $getDocument().createElement('p');
    p.className = screenplayClassName(this.__element);
    p.dataset['element'] = this.__element;
    return p;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__element !== this.__element) {
      dom.className = screenplayClassName(this.__element);
      dom.dataset['element'] = this.__element;
    }
    return false;
  }

  getElement(): ScreenplayElement {
    return this.getLatest().__element;
  }

  /** Changes the element type, keeping the text. */
  setElement(element: ScreenplayElement): this {
    const self = this.getWritable();
    self.__element = element;
    return self;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ScreenplayNode {
    const next = $createScreenplayNode(screenplayElementAfterEnter(this.__element));
    next.setDirection(this.getDirection());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override collapseAtStart(): boolean {
    // Backspace at the start of an empty non-action element turns it into
    // action first, as screenwriting tools do, instead of deleting the line.
    if (this.getTextContentSize() === 0 && this.__element !== 'action') {
      this.setElement('action');
      return true;
    }
    return false;
  }
}

/** Makes a screenplay element (inside editor.update). */
export function $createScreenplayNode(element: ScreenplayElement): ScreenplayNode {
  return $applyNodeReplacement(new ScreenplayNode(element));
}

/** Whether a node is a screenplay element. */
export function $isScreenplayNode(node: LexicalNode | null | undefined): node is ScreenplayNode {
  return node instanceof ScreenplayNode;
}
