/**
 * "Keep both" when two versions of a story meet (a save based on a stale
 * revision gets 409, and the writer may keep either or both: nothing a writer
 * types is ever lost). Pure JSON
 * work on serialized states, so it is the same in the browser and in tests.
 */
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import type { StoryKind } from './nodes.ts';

function blocksOf(state: unknown): SerializedLexicalNode[] {
  const children = (state as { root?: { children?: unknown } } | null)?.root?.children;
  return Array.isArray(children) ? (children as SerializedLexicalNode[]) : [];
}

function dividerFor(kind: StoryKind, heading: string): SerializedLexicalNode {
  const children = [
    {
      detail: 0,
      format: 0,
      mode: 'normal',
      style: '',
      text: heading,
      type: 'text',
      version: 1,
    },
  ];
  const element = { children, direction: null, format: '', indent: 0, version: 1 };
  // A film script has no headings; a scene heading is what divides a script.
  return (kind === 'life_story'
    ? { ...element, type: 'heading', tag: 'h2' }
    : { ...element, type: 'screenplay', element: 'scene' }) as unknown as SerializedLexicalNode;
}

/**
 * The saved version, then a heading ("My other version", in the writer's
 * language), then the writer's version.
 */
export function mergeBothVersions(
  saved: unknown,
  mine: unknown,
  kind: StoryKind,
  heading: string,
): SerializedEditorState {
  return {
    root: {
      children: [...blocksOf(saved), dividerFor(kind, heading), ...blocksOf(mine)],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  };
}
