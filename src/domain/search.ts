/**
 * Rules for finding stories that need no database: which words of a search to
 * offer corrections for, the searches to suggest, and the content notes a
 * reader chose to leave out.
 */

/** At most this many words of a search are checked for misspellings. */
export const MAX_WORDS_TO_CHECK = 5;

/** At most this many content notes can be left out at once. */
export const MAX_LEFT_OUT_NOTES = 10;

const WORD = /^[\p{L}']+$/u;

/**
 * The words of a search worth correcting: plain words of three letters or
 * more, in lower case, as the public word list holds them. Words to leave out
 * ("-word") and the operator "or" are kept as they are, never corrected.
 */
export function wordsToCheck(query: string): string[] {
  const words: string[] = [];
  for (const token of query.replaceAll('"', ' ').split(/\s+/)) {
    const word = token.toLowerCase();
    if (word.startsWith('-') || word === 'or') continue;
    if (word.length < 3 || !WORD.test(word) || words.includes(word)) continue;
    words.push(word);
    if (words.length === MAX_WORDS_TO_CHECK) break;
  }
  return words;
}

/**
 * Searches to suggest when one found nothing. `nearest` maps each word that no
 * public story holds to the public words nearest it, best first. One word gets
 * up to three alternatives; a longer search gets one, with every such word
 * replaced by its nearest. The rest of the search is kept as typed.
 */
export function suggestedSearches(
  query: string,
  nearest: ReadonlyMap<string, readonly string[]>,
): string[] {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const replaceable = tokens.filter((token) => (nearest.get(token.toLowerCase())?.length ?? 0) > 0);
  if (replaceable.length === 0) return [];
  if (tokens.length === 1)
    return [...(nearest.get(tokens[0]?.toLowerCase() ?? '') ?? [])].slice(0, 3);
  const corrected = tokens.map((token) => nearest.get(token.toLowerCase())?.[0] ?? token).join(' ');
  return [corrected];
}

/**
 * The content notes a reader chose to leave out, from the address's
 * `leave_out` values: trimmed, in lower case, each once, at most
 * MAX_LEFT_OUT_NOTES, none empty or longer than 100 characters.
 */
export function parseLeftOutNotes(values: readonly string[]): string[] {
  const notes: string[] = [];
  for (const value of values) {
    const note = value.replace(/\s+/g, ' ').trim().toLowerCase();
    if (note === '' || note.length > 100 || notes.includes(note)) continue;
    notes.push(note);
    if (notes.length === MAX_LEFT_OUT_NOTES) break;
  }
  return notes;
}
