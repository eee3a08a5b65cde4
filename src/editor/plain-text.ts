/**
 * Plain text from a serialized Lexical editor state, without a DOM or an editor:
 * used for word counts and the author's own search. Block nodes end a line.
 *
 * This is the AUTHOR's text: sensitive details appear as written. Anything a
 * reader or another person may see goes through redactedPlainText (render.ts).
 */

/** Node types that sit inside a line rather than making one. */
const INLINE_TYPES: ReadonlySet<string> = new Set([
  'text',
  'tab',
  'linebreak',
  'link',
  'autolink',
  'sensitive-detail',
]);

/** Block types that carry no words (a photo's alt text is not part of the story's text). */
const WORDLESS_BLOCKS: ReadonlySet<string> = new Set(['photo']);

/** Nesting beyond this is ignored: validated states are far shallower. */
const MAX_DEPTH = 64;

type Step = { readonly node: unknown; readonly depth: number } | { readonly endOf: string };

/** Every text node's text, with a new line after each block. */
export function extractPlainText(editorState: unknown): string {
  const root = (editorState as { root?: unknown } | null)?.root;
  const lines: string[] = [];
  let current = '';
  // An explicit stack rather than recursion: this also runs on stored states
  // that were never validated (older rows), whatever their depth.
  const stack: Step[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('endOf' in step) {
      lines.push(current);
      current = '';
      continue;
    }
    const { node, depth } = step;
    if (node === null || typeof node !== 'object' || depth > MAX_DEPTH) continue;
    const { type, text, children } = node as {
      readonly type?: unknown;
      readonly text?: unknown;
      readonly children?: unknown;
    };
    if (typeof type === 'string' && WORDLESS_BLOCKS.has(type)) continue;
    if (type === 'linebreak') current += '\n';
    if (typeof text === 'string') current += text;
    if (typeof type === 'string' && !INLINE_TYPES.has(type) && type !== 'root') {
      stack.push({ endOf: type });
    }
    if (Array.isArray(children)) {
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i] as unknown, depth: depth + 1 });
      }
    }
  }
  if (current) lines.push(current);
  return lines.join('\n').trim();
}

/** A minimal editor state of plain paragraphs (used by the demo data and tests). */
export function editorStateFromParagraphs(paragraphs: readonly string[]): object {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            version: 1,
            text: paragraph,
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
          },
        ],
      })),
    },
  };
}
