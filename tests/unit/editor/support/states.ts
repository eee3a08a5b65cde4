/**
 * Editor states for the editor tests, made by Lexical itself (a headless editor
 * with the app's node registry), so the tests check what the browser really
 * sends rather than hand-written guesses at it.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { LexicalNode, SerializedEditorState, TextFormatType } from 'lexical';
import { EDITOR_NODES } from '#src/editor/nodes.ts';
import { $createPhotoNode } from '#src/editor/nodes/PhotoNode.ts';
import type { PhotoPayload } from '#src/editor/nodes/PhotoNode.ts';
import { $createScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { $createSensitiveDetailNode } from '#src/editor/nodes/SensitiveDetailNode.ts';
import type { SensitiveDetailKind } from '#src/editor/nodes/SensitiveDetailNode.ts';

export const PHOTO_ID = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';

/** The JSON Lexical exports after `build` fills an empty root. */
export function stateFrom(build: () => LexicalNode[]): SerializedEditorState {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $getRoot().append(...build()), { discrete: true });
  // A JSON round trip, as the browser's request body would make it.
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as SerializedEditorState;
}

/** Text with formats (inside editor.update). */
export function $text(text: string, ...formats: TextFormatType[]): LexicalNode {
  const node = $createTextNode(text);
  for (const format of formats) node.toggleFormat(format);
  return node;
}

/** A paragraph of the given inline nodes (inside editor.update). */
export function $paragraph(...children: LexicalNode[]): LexicalNode {
  return $createParagraphNode().append(...children);
}

/** A sensitive detail wrapping `text` (inside editor.update). */
export function $detail(text: string, kind: SensitiveDetailKind, replacement: string): LexicalNode {
  return $createSensitiveDetailNode(kind, replacement).append($createTextNode(text));
}

/** A photo (inside editor.update). */
export function $photo(overrides: Partial<PhotoPayload> = {}): LexicalNode {
  return $createPhotoNode({
    mediaId: PHOTO_ID,
    altText: 'My mother at the seaside',
    showsIdentifiablePeople: false,
    ...overrides,
  });
}

/** A screenplay element (inside editor.update). */
export function $element(element: ScreenplayElement, ...children: LexicalNode[]): LexicalNode {
  return $createScreenplayNode(element).append(...children);
}

/** A life story using every kind of node it may contain. */
export function richLifeStory(): SerializedEditorState {
  return stateFrom(() => [
    $createHeadingNode('h2').append($text('Growing up')),
    $paragraph(
      $text('I was born in '),
      $detail('Rhyl', 'place', 'a town in Wales'),
      $text(' and my brother '),
      $detail('Tom', 'person', 'my brother'),
      $text(' was '),
      $text('always', 'bold'),
      $text(' '),
      $text('there', 'italic', 'underline'),
      $text('.'),
      $createLineBreakNode(),
      $createLinkNode('https://example.org/rhyl').append($text('The pier')),
    ),
    $createQuoteNode().append($text('Be kind.')),
    $createListNode('bullet').append(
      $createListItemNode().append($text('Tea')),
      $createListItemNode().append($text('Toast')),
    ),
    $createListNode('number').append($createListItemNode().append($text('First'))),
    $createHeadingNode('h3').append($text('Later')),
    $photo({ caption: 'Llandudno, 1962', width: 1600, height: 1200 }),
    $photo({ mediaId: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', showsIdentifiablePeople: true }),
  ]);
}

/** A film script using every screenplay element. */
export function richScript(): SerializedEditorState {
  return stateFrom(() => [
    $element('scene', $text('INT. KITCHEN - MORNING')),
    $element('action', $text('Kayla balances a tray.')),
    $element('character', $text('KAYLA')),
    $element('parenthetical', $text('(quietly)')),
    $element(
      'dialogue',
      $text('Mum, your tablets are by the '),
      $detail('Sharon', 'person', 'Mum'),
    ),
    $element('transition', $text('CUT TO:')),
  ]);
}
