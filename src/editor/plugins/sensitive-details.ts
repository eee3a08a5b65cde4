/**
 * Marking sensitive details: select words, say what kind of detail they are
 * and what readers see instead (shown unless the author chose to be named).
 */
import { $unwrapNode } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  mergeRegister,
} from 'lexical';
import type { LexicalCommand, LexicalEditor, LexicalNode, NodeKey, RangeSelection } from 'lexical';
import {
  $createSensitiveDetailNode,
  $isSensitiveDetailNode,
  MAX_REPLACEMENT_LENGTH,
} from '#src/editor/nodes/SensitiveDetailNode.ts';
import { registerKeyedCommand } from './keyed-commands.ts';
import type {
  SensitiveDetailKind,
  SensitiveDetailNode,
} from '#src/editor/nodes/SensitiveDetailNode.ts';

/** What the writer chose for the selected words. */
export interface SensitiveDetailChoice {
  readonly detailKind: SensitiveDetailKind;
  readonly replacement: string;
}

/** Marks the selected words as a sensitive detail. */
export const MARK_SENSITIVE_DETAIL_COMMAND: LexicalCommand<SensitiveDetailChoice> = createCommand(
  'MARK_SENSITIVE_DETAIL_COMMAND',
);

/** Removes the mark (not the words) from one sensitive detail. */
export const REMOVE_SENSITIVE_DETAIL_COMMAND: LexicalCommand<NodeKey> = createCommand(
  'REMOVE_SENSITIVE_DETAIL_COMMAND',
);

/** One marked detail, for the side panel. */
export interface SensitiveDetailSummary {
  readonly key: NodeKey;
  readonly original: string;
  readonly detailKind: SensitiveDetailKind;
  readonly replacement: string;
}

/** Whether a replacement is one the server will accept. */
export function isValidReplacement(replacement: string): boolean {
  const trimmed = replacement.trim();
  return trimmed !== '' && trimmed.length <= MAX_REPLACEMENT_LENGTH;
}

/** Wraps the selected words in sensitive details (one per run of words in a block); true if any. */
export function $wrapSelectionInSensitiveDetail(
  selection: RangeSelection,
  choice: SensitiveDetailChoice,
): boolean {
  if (selection.isCollapsed()) return false;
  const replacement = choice.replacement.trim();
  let wrapper: SensitiveDetailNode | null = null;
  let marked = false;
  // extract() splits text nodes at the selection's edges, so only the
  // selected words are wrapped.
  for (const node of selection.extract()) {
    if ($isSensitiveDetailNode(node)) {
      // Re-marking an existing detail updates it rather than nesting marks.
      node.setDetails(choice.detailKind, replacement);
      wrapper = null;
      marked = true;
      continue;
    }
    if (!$isTextNode(node) && !$isLineBreakNode(node)) {
      wrapper = null;
      continue;
    }
    const parent = node.getParent();
    if (parent === null || $isSensitiveDetailNode(parent)) continue;
    if (wrapper === null || !node.getPreviousSibling()?.is(wrapper)) {
      wrapper = $createSensitiveDetailNode(choice.detailKind, replacement);
      node.insertBefore(wrapper);
    }
    wrapper.append(node);
    marked = true;
  }
  return marked;
}

function $collectDetails(node: LexicalNode, into: SensitiveDetailSummary[]): void {
  if ($isSensitiveDetailNode(node)) {
    into.push({
      key: node.getKey(),
      original: node.getTextContent(),
      detailKind: node.getDetailKind(),
      replacement: node.getReplacement(),
    });
    return;
  }
  if ($isElementNode(node)) for (const child of node.getChildren()) $collectDetails(child, into);
}

/** Every marked detail in the story, in reading order. */
export function $listSensitiveDetails(): SensitiveDetailSummary[] {
  const details: SensitiveDetailSummary[] = [];
  $collectDetails($getRoot(), details);
  return details;
}

/** Handles the sensitive-detail commands. */
export function registerSensitiveDetails(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      MARK_SENSITIVE_DETAIL_COMMAND,
      (choice) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !isValidReplacement(choice.replacement)) return false;
        return $wrapSelectionInSensitiveDetail(selection, choice);
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    registerKeyedCommand(
      editor,
      REMOVE_SENSITIVE_DETAIL_COMMAND,
      $isSensitiveDetailNode,
      (node) => {
        $unwrapNode(node);
        return true;
      },
    ),
  );
}
