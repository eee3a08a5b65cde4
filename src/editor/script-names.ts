/**
 * The script-wide character-name map: "real name → character name", set once for a
 * whole film script, so one mapping hides a name everywhere it is written. A young
 * carer can write "Mum" or "Sharon" as they think of her and have readers see "ANNE".
 *
 * Stored as plain JSON beside the editor state (one object per revision), not
 * inside it: Lexical's root node carries no custom data, and a map hung on a
 * node would vanish the moment that node was deleted. As data beside the state
 * it is validated, versioned and rendered on its own terms.
 *
 * Applied exactly where sensitive details are: readers see character names
 * unless the authors chose `named` (render.ts decides; this module only maps).
 */
import { hasUnstorableCharacters } from '#src/domain/text.ts';
import type { Say } from './words.ts';

/** Real name → character name, for one script. */
export type ScriptNameMap = Record<string, string>;

/** How many names one script may map, and how long each side may be. */
export const SCRIPT_NAME_MAP_LIMITS = { maxEntries: 200, maxNameLength: 100 } as const;

/** The outcome of reading a name map sent by a browser. */
export type ScriptNameMapValidation =
  | { readonly ok: true; readonly map: ScriptNameMap }
  | { readonly ok: false; readonly message: string };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Checks a name map sent by a browser; returns a clean copy (no prototype
 * keys). What is wrong is said with `t`: the island's words in the browser,
 * the request's on the server.
 */
export function validateScriptNameMap(json: unknown, t: Say): ScriptNameMapValidation {
  const refuse = (message: string): ScriptNameMapValidation => ({ ok: false, message });
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return refuse(t('editor.names.unreadable'));
  }
  const entries = Object.entries(json);
  if (entries.length > SCRIPT_NAME_MAP_LIMITS.maxEntries) {
    return refuse(t('editor.names.tooMany', { max: SCRIPT_NAME_MAP_LIMITS.maxEntries }));
  }
  // A null-prototype object: a real name such as "__proto__" or "constructor"
  // stays an ordinary key and can never reach Object.prototype.
  const map = Object.create(null) as ScriptNameMap;
  const seen = new Set<string>();
  for (const [realName, characterName] of entries) {
    if (typeof characterName !== 'string') return refuse(t('editor.names.unreadable'));
    const real = realName.trim();
    const character = characterName.trim();
    if (hasUnstorableCharacters(real) || hasUnstorableCharacters(character)) {
      return refuse(t('editor.names.invisible'));
    }
    if (!LETTER_OR_DIGIT.test(real) || !LETTER_OR_DIGIT.test(character)) {
      return refuse(t('editor.names.noLetter'));
    }
    if (
      real.length > SCRIPT_NAME_MAP_LIMITS.maxNameLength ||
      character.length > SCRIPT_NAME_MAP_LIMITS.maxNameLength
    ) {
      return refuse(t('editor.names.tooLong', { max: SCRIPT_NAME_MAP_LIMITS.maxNameLength }));
    }
    const key = real.toLocaleLowerCase('en-GB');
    if (seen.has(key)) return refuse(t('editor.names.twice', { name: real }));
    seen.add(key);
    map[real] = character;
  }
  return { ok: true, map };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a word is written in capitals (a character cue, "SHARON (V.O.)"). */
function isUpperCase(word: string): boolean {
  return word === word.toLocaleUpperCase('en-GB') && word !== word.toLocaleLowerCase('en-GB');
}

/**
 * Replaces every whole-word occurrence of a real name with its character name,
 * ignoring case; a name written in capitals (a character cue) is replaced in
 * capitals. One pass, longest names first, so "Mary Ann" wins over "Mary" and a
 * character name is never itself replaced again.
 */
export function applyScriptNameMap(text: string, map: ScriptNameMap): string {
  const entries = Object.entries(map)
    .map(([real, character]) => [real.trim(), character.trim()] as const)
    .filter(([real, character]) => real !== '' && character !== '');
  if (entries.length === 0 || text === '') return text;
  const byName = new Map(
    entries.map(([real, character]) => [real.toLocaleLowerCase('en-GB'), character]),
  );
  const alternatives = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Letters and digits of any script bound a word; "Ann" does not match in "Annie".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (found) => {
    const character = byName.get(found.toLocaleLowerCase('en-GB')) ?? found;
    return isUpperCase(found) ? character.toLocaleUpperCase('en-GB') : character;
  });
}
