/**
 * Shaping the rows a repository read: the children of several parents are read
 * in one query, then handed to each parent here.
 */

/** The rows grouped by `keyOf` (a parent's id), each as `valueOf` makes it, in the rows' order. */
export function groupRows<T, V>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  valueOf: (row: T) => V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(valueOf(row));
    else groups.set(keyOf(row), [valueOf(row)]);
  }
  return groups;
}
