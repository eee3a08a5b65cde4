/**
 * How a contributor is named and what identifying detail is shown at each
 * anonymity level: marked details and photos of people are shown only at
 * `named`. Pure functions.
 */
import englishNames from '#src/i18n/messages/en/names.ts';
import welshNames from '#src/i18n/messages/cy/names.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { ANONYMITY_LEVELS } from './consent-types.ts';
import type { Anonymity } from './consent-types.ts';

/**
 * The words that stand in for a name or a detail are part of the story as
 * readers see it, so they are in the language the caller asks for (the
 * story's, where it is shown to readers); English when not given. They are
 * plain words, read straight from the catalogue's small `names` area rather
 * than through the translator, because the editor's island shows them too and
 * must not carry the formatter and every page's words.
 */
type StandInWords = Readonly<Record<keyof typeof englishNames, string>>;
const STAND_IN_WORDS: Readonly<Record<Language, StandInWords>> = {
  en: englishNames,
  cy: welshNames,
};

/** The stand-in words in a language; anything else (an index from `.map`) is English. */
function standInWords(language: Language): StandInWords {
  return STAND_IN_WORDS[asLanguage(language)];
}

/** The name shown for an author who chose `anonymous`, in a language. */
export function anonymousName(language: Language = 'en'): string {
  return standInWords(language)['names.anonymous'];
}

/** The name shown when a chosen name is missing (a pseudonym not set, a blank name). */
export function fallbackName(language: Language = 'en'): string {
  return standInWords(language)['names.storyteller'];
}

/** Shown in place of a sensitive detail whose replacement is empty. */
export function removedText(language: Language = 'en'): string {
  return standInWords(language)['names.removed'];
}

/** The name shown for an author who chose `anonymous`, in English. */
export const ANONYMOUS_NAME = anonymousName();

/** The name shown when a chosen name is missing, in English. */
export const FALLBACK_NAME = fallbackName();

/** Shown in place of a sensitive detail whose replacement is empty, in English. */
export const REMOVED_TEXT = removedText();

/** What displayName needs to know about a person. */
export interface NameFacts {
  readonly displayName: string;
  readonly firstName: string | null;
  readonly pseudonym: string | null;
}

/** A piece of story text: plain, or a sensitive detail the author marked with a replacement. */
export type TextSegment =
  | { readonly text: string }
  | {
      readonly sensitive: {
        readonly original: string;
        readonly replacement: string;
        readonly kind: 'person' | 'place' | 'other';
      };
    };

/** The name readers see for a person at an anonymity level (the stand-in words in `language`). */
export function displayName(
  person: NameFacts,
  anonymity: Anonymity,
  language: Language = 'en',
): string {
  const full = person.displayName.trim();
  let name: string;
  switch (anonymity) {
    case 'named':
      name = full;
      break;
    case 'first_name':
      name = person.firstName?.trim() || (full.split(/\s+/)[0] ?? '');
      break;
    case 'pseudonym':
      // Never fall back to the real name: a missing pseudonym must not unmask.
      name = person.pseudonym?.trim() ?? '';
      break;
    case 'anonymous':
      return anonymousName(language);
  }
  return name === '' ? fallbackName(language) : name;
}

/** Whether sensitive details (names, places) show as written: only at `named`. */
export function revealsSensitiveDetails(anonymity: Anonymity): boolean {
  return anonymity === 'named';
}

/** Whether photos flagged as showing identifiable people are shown: only at `named`. */
export function showsIdentifiablePhotos(anonymity: Anonymity): boolean {
  return anonymity === 'named';
}

/** The most private of the levels co-authors chose; `anonymous` when none is given. */
export function mostPrivateAnonymity(levels: readonly Anonymity[]): Anonymity {
  // Details and photos in a shared story can identify every author, so they
  // follow the most private choice: one author's `named` must not reveal another's
  // details: nothing is shown that a contributor has not chosen.
  // With no levels at all, default to the most private.
  let index = ANONYMITY_LEVELS.length - 1;
  if (levels.length > 0) {
    index = Math.max(...levels.map((l) => ANONYMITY_LEVELS.indexOf(l)));
  }
  return ANONYMITY_LEVELS[index] ?? 'anonymous';
}

/**
 * Plain text of the segments, with sensitive details replaced unless the level
 * reveals them ("[removed]" in `language`, the story's).
 */
export function redactSegments(
  segments: readonly TextSegment[],
  anonymity: Anonymity,
  language: Language = 'en',
): string {
  const reveal = revealsSensitiveDetails(anonymity);
  return segments
    .map((s) => {
      if ('text' in s) return s.text;
      if (reveal) return s.sensitive.original;
      // An empty replacement still marks that something was taken out, so the
      // sentence does not silently change meaning.
      const replacement = s.sensitive.replacement.trim();
      return replacement === '' ? removedText(language) : replacement;
    })
    .join('');
}
