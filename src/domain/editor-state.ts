/**
 * Reading a serialized Lexical editor state without Lexical: the stored JSON
 * of a revision, walked as plain data, so rules can ask what a revision holds.
 */

/** The string values of `key` on every node of `type` in a serialized editor state. */
export function collectNodeValues(editorState: unknown, type: string, key: string): string[] {
  const values: string[] = [];
  const stack: unknown[] = [(editorState as { root?: unknown } | null)?.root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Readonly<Record<string, unknown>>;
    const value = record[key];
    if (record['type'] === type && typeof value === 'string') values.push(value);
    const children = record['children'];
    if (Array.isArray(children)) stack.push(...(children as unknown[]));
  }
  return values;
}
