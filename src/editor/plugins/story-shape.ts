/**
 * Keeps the editor's content to what the story's kind allows, so a paste from
 * a word processor or another story never leaves the writer holding a state
 * the server would refuse (validate.ts is the rule; this is the courtesy).
 *
 * - Film script: paragraphs, headings and quotes become action; list items
 *   become action lines; links become plain words; photos are removed.
 * - Life story: script elements become paragraphs; h1 becomes h2 and h4–h6
 *   become h3; check lists become bulleted lists.
 * - Both: a block pasted inside a block (a <blockquote> of paragraphs) is
 *   lifted out, in reading order; text keeps only bold, italic and underline,
 *   no inline style, and no control characters.
 */
import { $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { $createQuoteNode, $isQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $unwrapNode } from '@lexical/utils';
import {
  $createParagraphNode,
  $isDecoratorNode,
  $isElementNode,
  $isParagraphNode,
  mergeRegister,
  ParagraphNode,
  TextNode,
} from 'lexical';
import type { ElementNode, LexicalEditor, LexicalNode } from 'lexical';
import { hasUnstorableCharacters, removeUnstorableCharacters } from '#src/domain/text.ts';
import type { StoryKind } from '#src/editor/nodes.ts';
import { PhotoNode } from '#src/editor/nodes/PhotoNode.ts';
import { $createScreenplayNode, ScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';

// Bold, italic and underline: the formats readers see.
const KEPT_TEXT_FORMATS = 1 | 2 | 8;

function isBlock(node: LexicalNode): boolean {
  return ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
}

/**
 * Moves blocks nested inside `node` out after it, in reading order; words
 * between them go into new blocks made by `holder`. A paragraph lifted out of
 * a quote stays a quote.
 */
function $liftNestedBlocks(node: ElementNode, holder: () => ElementNode): void {
  const children = node.getChildren();
  const firstBlock = children.findIndex(isBlock);
  if (firstBlock === -1) return;
  let anchor: LexicalNode = node;
  let current: ElementNode | null = null;
  for (const child of children.slice(firstBlock)) {
    if (isBlock(child)) {
      const lifted =
        $isQuoteNode(node) && $isParagraphNode(child)
          ? child.replace($createQuoteNode(), true)
          : child;
      anchor.insertAfter(lifted);
      anchor = lifted;
      current = null;
    } else {
      if (current === null) {
        current = holder();
        anchor.insertAfter(current);
        anchor = current;
      }
      current.append(child);
    }
  }
  if (node.getChildrenSize() === 0) node.remove();
}

function $replaceWithAction(node: ElementNode): void {
  node.replace($createScreenplayNode('action'), true);
}

/** A list's items as action lines, nested lists flattened in reading order. */
function $listToActions(list: ListNode): void {
  const lines: LexicalNode[] = [];
  const collect = (node: ElementNode): void => {
    for (const item of node.getChildren()) {
      if (!$isListItemNode(item)) continue;
      const inline = item.getChildren().filter((child) => !$isListNode(child));
      if (inline.length > 0) lines.push($createScreenplayNode('action').append(...inline));
      for (const child of item.getChildren()) if ($isListNode(child)) collect(child);
    }
  };
  collect(list);
  for (const line of lines) list.insertBefore(line);
  list.remove();
}

function $keepReaderFormats(node: TextNode): void {
  if ((node.getFormat() & ~KEPT_TEXT_FORMATS) !== 0) {
    node.setFormat(node.getFormat() & KEPT_TEXT_FORMATS);
  }
  if (node.getStyle() !== '') node.setStyle('');
  // A control character or half an emoji (from a paste) cannot be saved: take
  // it out as it arrives rather than have every save refused.
  const text = node.getTextContent();
  if (hasUnstorableCharacters(text)) node.setTextContent(removeUnstorableCharacters(text));
}

/** Registers the transforms that keep content within what `kind` allows. */
export function registerStoryShape(editor: LexicalEditor, kind: StoryKind): () => void {
  const paragraph = (): ElementNode => $createParagraphNode();
  const action = (): ElementNode => $createScreenplayNode('action');
  const common = mergeRegister(
    editor.registerNodeTransform(TextNode, $keepReaderFormats),
    editor.registerNodeTransform(ScreenplayNode, (node) => $liftNestedBlocks(node, action)),
  );
  if (kind === 'film_script') {
    return mergeRegister(
      common,
      editor.registerNodeTransform(ParagraphNode, $replaceWithAction),
      editor.registerNodeTransform(HeadingNode, $replaceWithAction),
      editor.registerNodeTransform(QuoteNode, $replaceWithAction),
      editor.registerNodeTransform(ListNode, $listToActions),
      editor.registerNodeTransform(ListItemNode, (item) => {
        // A stray item outside a list (a partial paste) becomes action too.
        if (!$isListNode(item.getParent())) $replaceWithAction(item);
      }),
      editor.registerNodeTransform(LinkNode, (link) => $unwrapNode(link)),
      editor.registerNodeTransform(PhotoNode, (photo) => photo.remove()),
    );
  }
  return mergeRegister(
    common,
    editor.registerNodeTransform(ScreenplayNode, (node) => {
      node.replace($createParagraphNode(), true);
    }),
    editor.registerNodeTransform(ParagraphNode, (node) => $liftNestedBlocks(node, paragraph)),
    editor.registerNodeTransform(QuoteNode, (node) => $liftNestedBlocks(node, $createQuoteNode)),
    editor.registerNodeTransform(HeadingNode, (heading) => {
      const tag = heading.getTag();
      if (tag === 'h1') heading.setTag('h2');
      else if (tag !== 'h2' && tag !== 'h3') heading.setTag('h3');
      $liftNestedBlocks(heading, paragraph);
    }),
    editor.registerNodeTransform(ListNode, (list) => {
      if (list.getListType() === 'check') list.setListType('bullet');
    }),
  );
}
