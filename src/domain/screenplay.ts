/**
 * The rules of a film script's layout that do not depend on the editor: which
 * element a line becomes as it is typed, and the character names a cue can
 * offer. Both follow Fountain (https://fountain.io/syntax), the plain-text
 * screenplay format, so typing and importing agree.
 */

/** One element of a script (the editor's ScreenplayNode uses the same names). */
export type ScriptElement =
  'scene' | 'action' | 'character' | 'parenthetical' | 'dialogue' | 'transition';

/**
 * How a scene heading opens (Fountain): INT, EXT, EST, INT./EXT, INT/EXT or I/E,
 * then a full stop or a space. INT./EXT comes first, or "INT./EXT. CAR" would
 * read as "INT" and "./EXT".
 */
export const SCENE_HEADING_START = /^(?:int\.?\/ext|i\/e|int|ext|est)[.\s]/i;

/** The opening alone, as it is while being typed: "INT." or "ext ", nothing after. */
const SCENE_HEADING_OPENING = /^(?:int\.?\/ext|i\/e|int|ext|est)[.\s]$/i;

/**
 * Transitions screenwriters type in any case. Fountain itself takes any line in
 * capitals ending in "TO:" (isAllCapsTransition); these are the common ones
 * young writers type in lower case.
 */
const KNOWN_TRANSITIONS = new Set([
  'cut to:',
  'smash cut to:',
  'match cut to:',
  'jump cut to:',
  'dissolve to:',
  'fade to:',
  'fade to black.',
  'fade out.',
]);

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Fountain's transition: a line in capitals ending in "TO:". */
function isAllCapsTransition(line: string): boolean {
  return hasLetter(line) && line === line.toUpperCase() && line.endsWith('TO:');
}

/** Whether a whole line reads as a transition ("CUT TO:", "dissolve to:", "FADE OUT."). */
export function isTransitionLine(text: string): boolean {
  const line = text.trim();
  return isAllCapsTransition(line) || KNOWN_TRANSITIONS.has(line.toLowerCase());
}

/**
 * The element a line becomes as it is typed, or null to leave it as it is. Only
 * lines whose element is still open to change (action, or a character cue
 * started by Enter after dialogue) move: "INT." or "EXT." on its own starts a
 * scene heading, and a finished transition ("CUT TO:") becomes one. Only the
 * opening alone counts for a scene heading, so a line the writer later sets
 * back to action stays action while they go on typing it.
 */
export function elementForTypedLine(element: ScriptElement, text: string): ScriptElement | null {
  if (element !== 'action' && element !== 'character') return null;
  const line = text.trimStart();
  if (SCENE_HEADING_OPENING.test(line)) return 'scene';
  if (isTransitionLine(line)) return 'transition';
  return null;
}

/**
 * The name in a character cue: in capitals, without an extension such as
 * "(V.O.)" or "(cont'd)" and without Fountain's dual-dialogue "^".
 */
export function characterName(cue: string): string {
  return cue
    .replace(/\s*\^\s*$/, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/**
 * The names to offer while a cue is typed: names of the script's other cues
 * that begin with what has been typed (not the very name already there), the
 * most used first and, between equals, the one that spoke first.
 */
export function suggestCharacterNames(
  otherCues: readonly string[],
  typed: string,
  limit = 6,
): string[] {
  const start = characterName(typed);
  const counts = new Map<string, number>();
  for (const cue of otherCues) {
    const name = characterName(cue);
    if (name === '' || !hasLetter(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const order = [...counts.keys()];
  return order
    .filter((name) => name.startsWith(start) && name !== start)
    .sort(
      (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
    )
    .slice(0, limit);
}
