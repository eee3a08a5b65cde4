/**
 * What the identification check says, and when (identification.ts finds; this
 * decides the words): plain words and Easy Read for each kind of detail, how
 * loudly it speaks at each way of being named, and, for film scripts shared
 * beyond their group, which character names are the names of real people in
 * the group or the writer's own.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';
import type { Anonymity } from './consent-types.ts';
import type { IdentifyingDetail, IdentifyingKind } from './identification.ts';

/** How the check speaks: all it found, gently, or not at all. */
export type CheckVoice = 'full' | 'gentle' | 'silent';

/**
 * A made-up name or no name is only as private as the story's words, so the
 * check says everything then; with a first name it speaks gently; someone
 * named in full has chosen to be known, and hears nothing.
 */
export function checkVoiceFor(anonymity: Anonymity): CheckVoice {
  switch (anonymity) {
    case 'anonymous':
    case 'pseudonym':
      return 'full';
    case 'first_name':
      return 'gentle';
    case 'named':
      return 'silent';
  }
}

/** What the check found in a story about to be shared, and how it speaks of it. */
export interface CheckFindings {
  readonly voice: CheckVoice;
  readonly details: readonly IdentifyingDetail[];
  /** A film script's characters named after real people (only beyond the group). */
  readonly realCharacters: readonly RealCharacterName[];
  /** The story's language (a BCP 47 tag): the words found are its writer's, marked with it. */
  readonly language?: string;
}

/** What the check says first about what it found: gently, or all of it (its message). */
export function checkHeadline(voice: CheckVoice): MessageKey {
  return voice === 'gentle' ? 'identification.headline.gentle' : 'identification.headline.full';
}

/** The messages for a kind of detail: its plain words, and the Easy Read sentence beside them. */
export interface DetailWords {
  readonly label: MessageKey;
  readonly easyRead: MessageKey;
}

const words = <K extends IdentifyingKind>(kind: K) =>
  ({
    label: `identification.kind.${kind}`,
    easyRead: `identification.easyRead.${kind}`,
  }) as const satisfies DetailWords;

/** The messages for each kind of detail. */
export const DETAIL_WORDS: Readonly<Record<IdentifyingKind, DetailWords>> = {
  person: words('person'),
  place: words('place'),
  street: words('street'),
  address: words('address'),
  postcode: words('postcode'),
  school: words('school'),
  hospital: words('hospital'),
  care_home: words('care_home'),
  workplace: words('workplace'),
  phone: words('phone'),
  email: words('email'),
  social_handle: words('social_handle'),
  date: words('date'),
  age_with_place: words('age_with_place'),
  car_registration: words('car_registration'),
};

/** Someone a film script's characters might be named after. */
export interface RealPerson {
  /** Their names as people know them (display name, first name). */
  readonly names: readonly string[];
  /** Whether this is the writer themself. */
  readonly isWriter: boolean;
}

/** A character whose name is a real person's. */
export interface RealCharacterName {
  readonly character: string;
  readonly whose: 'yours' | 'someone in your group';
}

function nameWords(name: string): string[] {
  return name
    .toLocaleLowerCase('en-GB')
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter((word) => word.length > 1);
}

/**
 * The character names that are also the name of a real person in the group
 * or of the writer (a character "KAYLA" in Kayla's script), for scripts shared
 * beyond the group: a group knows its own people, the public must not.
 * A character matches when every word of its name is a word of one person's name.
 */
export function findRealCharacterNames(
  characters: readonly string[],
  people: readonly RealPerson[],
): RealCharacterName[] {
  const found: RealCharacterName[] = [];
  const seen = new Set<string>();
  for (const character of characters) {
    const words = nameWords(character);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const matches = people.filter((person) => {
      const theirs = new Set(person.names.flatMap(nameWords));
      return words.every((word) => theirs.has(word));
    });
    if (matches.length === 0) continue;
    found.push({
      character: character.trim(),
      whose: matches.some((person) => person.isWriter) ? 'yours' : 'someone in your group',
    });
  }
  return found;
}
