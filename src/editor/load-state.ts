/**
 * Putting a whole story into the editor: a fresh start for a new story (a
 * script starts with a scene heading), or a serialized state (the server's
 * version, a kept draft, the version chosen after a conflict, an imported
 * Fountain file). A state this editor cannot read leaves a fresh start, never
 * a broken page.
 */
import { $createParagraphNode, $getRoot, $parseSerializedNode } from 'lexical';
import type { LexicalEditor } from 'lexical';
import type { StoryKind } from './nodes.ts';
import { $createScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';

// Updates made by the editor itself (loading, choosing a version) are not the
// writer's keystrokes and must not be autosaved as such.
export const LOAD_TAG = 'heard-load';

export function emptyContent(kind: StoryKind): void {
  const root = $getRoot();
  root.clear();
  // A new script starts where scripts start: with a scene heading.
  root.append(kind === 'film_script' ? $createScreenplayNode('scene') : $createParagraphNode());
  root.selectStart();
}

/** Replaces the editor's content with a serialized state (one undoable step). */
export function loadState(
  editor: LexicalEditor,
  kind: StoryKind,
  state: unknown,
  tags: string[],
): boolean {
  const children = (state as { root?: { children?: unknown } } | null)?.root?.children;
  let loaded = true;
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      try {
        if (!Array.isArray(children)) throw new Error('No content');
        for (const child of children as Parameters<typeof $parseSerializedNode>[0][]) {
          root.append($parseSerializedNode(child));
        }
      } catch {
        loaded = false;
        emptyContent(kind);
      }
      if (root.getChildrenSize() === 0) emptyContent(kind);
    },
    { tag: tags, discrete: true },
  );
  return loaded;
}
