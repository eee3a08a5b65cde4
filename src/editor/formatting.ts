/**
 * The toolbar's block and list buttons: each toggles, so pressing "Heading"
 * on a heading makes it a paragraph again, and a block button on a list item
 * first takes it out of the list (as in any word processor).
 */
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection } from 'lexical';
import type { ElementNode, LexicalEditor } from 'lexical';
import type { BlockKind } from './editor-state.ts';

/** Makes the selected blocks `block`. */
function setBlock(editor: LexicalEditor, block: BlockKind): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const create = (): ElementNode => {
      if (block === 'h2' || block === 'h3') return $createHeadingNode(block);
      if (block === 'quote') return $createQuoteNode();
      return $createParagraphNode();
    };
    $setBlocksType(selection, create);
  });
}

/** A heading or quote, or back to a paragraph when the selection is one already. */
export function toggleBlock(
  editor: LexicalEditor,
  current: BlockKind,
  block: 'h2' | 'quote',
): void {
  if (current === 'bullet' || current === 'number') {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  }
  setBlock(editor, current === block ? 'paragraph' : block);
}

/** A bulleted or numbered list, or out of it when the selection is one already. */
export function toggleList(
  editor: LexicalEditor,
  current: BlockKind,
  list: 'bullet' | 'number',
): void {
  if (current === list) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else if (list === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
  else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
}
