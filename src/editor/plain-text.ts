/**
 * Plain text from a serialized Lexical editor state, without a DOM or an editor:
 * used for word counts and the author's own search. Block nodes end a line.
 */

interface SerializedNode {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly children?: unknown;
}

const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'sensitive-detail', 'linebreak', 'tab']);

/** Every text node's text, with a new line after each block. */
export function extractPlainText(editorState: unknown): string {
  const root = (editorState as { root?: unknown } | null)?.root;
  const lines: string[] = [];
  let current = '';
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const { type, text, children } = node as SerializedNode;
    if (type === 'linebreak') current += '\n';
    if (typeof text === 'string') current += text;
    if (Array.isArray(children)) for (const child of children) visit(child);
    if (typeof type === 'string' && !INLINE_TYPES.has(type) && type !== 'root') {
      lines.push(current);
      current = '';
    }
  };
  visit(root);
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
