/**
 * THE node registry: the one list of node classes the browser editor and the
 * server (validation, headless parsing) both register, so a state written in
 * the browser is read on the server by exactly the same nodes (validated and rendered
 * with `@lexical/headless`). Nothing here touches the DOM at import.
 *
 * Which types each kind of story may contain is also decided here, once: the
 * validator refuses a screenplay element in a life story and a heading in a
 * film script, and the editor converts pasted content to fit.
 */
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { PhotoNode } from '#src/editor/nodes/PhotoNode.ts';
import { RecordingNode } from '#src/editor/nodes/RecordingNode.ts';
import { TranscriptLineNode } from '#src/editor/nodes/TranscriptLineNode.ts';
import { ScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';
import { SensitiveDetailNode } from '#src/editor/nodes/SensitiveDetailNode.ts';

/** The two kinds of story (matches `StoryKind` in the database schema). */
export const STORY_KINDS = ['life_story', 'film_script'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/**
 * Every node class beyond Lexical's built-ins (root, paragraph, text,
 * linebreak, tab), registered in both editors. AutoLinkNode is deliberately
 * absent: links are made on purpose, through the link form that checks them.
 */
export const EDITOR_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  PhotoNode,
  RecordingNode,
  TranscriptLineNode,
  SensitiveDetailNode,
  ScreenplayNode,
];

/** Heading levels a life story may use: h1 is the story's title on every page. */
export const HEADING_TAGS = ['h2', 'h3'] as const;
export type StoryHeadingTag = (typeof HEADING_TAGS)[number];

/** List kinds a life story may use (no check lists). */
export const LIST_TYPES = ['bullet', 'number'] as const;

/** The blocks each kind of story is made of (children of the root). */
export const BLOCK_NODE_TYPES: Readonly<Record<StoryKind, readonly string[]>> = {
  life_story: ['paragraph', 'heading', 'quote', 'list', 'photo', 'recording'],
  film_script: ['screenplay'],
};
