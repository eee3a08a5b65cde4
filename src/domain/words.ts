/**
 * Counting words.
 */

/** The number of words in plain text (runs of letters or digits, any script). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Words a reader gets through in a minute, for "5 minutes to read". */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read this many words: at least 1 for any text. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/**
 * The start of a text, cut at a word boundary and marked with "…" when cut.
 * Callers pass text that is already redacted: this only shortens it.
 */
export function excerptOf(text: string, maxLength = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const shortened = (
    lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength)
  ).replace(/[\s,.;:!?—–-]+$/u, '');
  return `${shortened}…`;
}
