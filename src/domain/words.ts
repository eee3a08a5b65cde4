/**
 * Counting words.
 */

/** The number of words in plain text (runs of letters or digits, any script). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
