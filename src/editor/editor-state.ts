/**
 * What the toolbar and side panel show about the editor's content, read from
 * the current selection and tree after every update.
 */
import { $isLinkNode } from '@lexical/link';
import { $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import type { RangeSelection } from 'lexical';
import { $isScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { $listPhotos } from '#src/editor/plugins/photos.ts';
import { $characterNameSuggestions } from '#src/editor/plugins/screenplay.ts';
import type { PhotoSummary } from '#src/editor/plugins/photos.ts';
import { $listSensitiveDetails } from '#src/editor/plugins/sensitive-details.ts';
import type { SensitiveDetailSummary } from '#src/editor/plugins/sensitive-details.ts';

/** The kind of block the cursor is in. */
export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'other';

/** Everything the editor's controls reflect. */
export interface EditorView {
  readonly block: BlockKind;
  readonly screenplayElement: ScreenplayElement | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** The address of the link the cursor is in, if any. */
  readonly linkUrl: string | null;
  /** Whether some words are selected (marking needs a selection). */
  readonly hasSelectedText: boolean;
  readonly isEmpty: boolean;
  readonly details: readonly SensitiveDetailSummary[];
  readonly photos: readonly PhotoSummary[];
  /** In a character cue: the script's names that start as the cue does. */
  readonly characterSuggestions: readonly string[];
}

/** The view before the editor has reported anything. */
export const EMPTY_EDITOR_VIEW: EditorView = {
  block: 'paragraph',
  screenplayElement: null,
  bold: false,
  italic: false,
  underline: false,
  linkUrl: null,
  hasSelectedText: false,
  isEmpty: true,
  details: [],
  photos: [],
  characterSuggestions: [],
};

function $blockOf(selection: RangeSelection): {
  block: BlockKind;
  screenplayElement: ScreenplayElement | null;
} {
  const top = selection.anchor.getNode().getTopLevelElement();
  if ($isScreenplayNode(top)) return { block: 'other', screenplayElement: top.getElement() };
  if ($isHeadingNode(top)) {
    const tag = top.getTag();
    return { block: tag === 'h2' || tag === 'h3' ? tag : 'other', screenplayElement: null };
  }
  if ($isQuoteNode(top)) return { block: 'quote', screenplayElement: null };
  if ($isListNode(top)) {
    const type = top.getListType();
    return { block: type === 'number' ? 'number' : 'bullet', screenplayElement: null };
  }
  return { block: top === null ? 'other' : 'paragraph', screenplayElement: null };
}

/** Reads the view (inside editor.read). */
export function $readEditorView(): EditorView {
  const root = $getRoot();
  const base = {
    isEmpty: root.getTextContentSize() === 0 && root.getChildrenSize() <= 1,
    details: $listSensitiveDetails(),
    photos: $listPhotos(),
  };
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { ...EMPTY_EDITOR_VIEW, ...base };
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return {
    ...base,
    ...$blockOf(selection),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
    hasSelectedText: !selection.isCollapsed() && selection.getTextContent().trim() !== '',
    characterSuggestions: $characterNameSuggestions(),
  };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return (
    a.length === b.length && a.every((item, i) => JSON.stringify(item) === JSON.stringify(b[i]))
  );
}

/** Whether two views would draw the same controls (saves a React render per keystroke). */
export function isSameEditorView(a: EditorView, b: EditorView): boolean {
  return (
    a.block === b.block &&
    a.screenplayElement === b.screenplayElement &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.linkUrl === b.linkUrl &&
    a.hasSelectedText === b.hasSelectedText &&
    a.isEmpty === b.isEmpty &&
    sameList(a.details, b.details) &&
    sameList(a.photos, b.photos) &&
    sameList(a.characterSuggestions, b.characterSuggestions)
  );
}
