/**
 * The identification check: words in what is about to be shared that could
 * help someone recognise the writer or the people they wrote about (names,
 * towns, streets, schools, hospitals, care homes, workplaces, phone numbers,
 * email and postal addresses, postcodes, exact dates, ages with places, car
 * registrations, social media handles), skipping anything already marked
 * private. Pure: it only reads the words it is given.
 *
 * It helps and never blocks: the sharing page lists what it finds with a way
 * to mark each as private and a way to keep it (docs/decisions/015-identification-check.md).
 * Precision matters more than recall, because a check that cries wolf teaches
 * people to ignore it: measured on tests/fixtures/identification-passages.ts
 * by bench/identification.ts.
 */
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import type { TextSegment } from './anonymity.ts';
import { LARGE_CITIES, TOWNS, WELSH_PLACE_PARTS } from './identification-gazetteer.ts';
import {
  findLargeCities,
  findNameSpans,
  sentenceAround,
  type ReadingMode,
} from './identification-names.ts';
import { findAgeSpans, findPatternSpans, type PatternKind } from './identification-patterns.ts';

/** What kind of identifying detail was found. */
export type IdentifyingKind = PatternKind | 'person' | 'place' | 'age_with_place';

/** Where in a story a detail was found. */
export type IdentifyingWhere = 'title' | 'story' | 'photo';

/** One identifying detail, however many times it appears. */
export interface IdentifyingDetail {
  readonly kind: IdentifyingKind;
  /** The words as first written. */
  readonly text: string;
  readonly where: readonly IdentifyingWhere[];
  /** How many times the words appear. */
  readonly times: number;
  /**
   * Words readers could see instead ("my grandson", "a street in Liverpool"),
   * in the story's language.
   */
  readonly suggestion: string;
  /** The kind of private mark the replacement form starts with. */
  readonly markAs: 'person' | 'place' | 'other';
}

/** A piece of a story to check. */
export interface CheckedPart {
  readonly where: IdentifyingWhere;
  /** Story text as segments: details already marked private are skipped. */
  readonly segments: readonly TextSegment[];
}

/** What the check reads. */
export interface IdentificationInput {
  readonly parts: readonly CheckedPart[];
  /** Names readers see anyway (the byline): not flagged. */
  readonly shownNames: readonly string[];
  /** A film script's character names: made-up people, not flagged as real ones. */
  readonly characterNames?: readonly string[];
  /**
   * The story's language (English unless said): the suggestions are written
   * in it, since they go into its text. The patterns read English, with Welsh
   * place and street names; in a Welsh story, Welsh sentence openings and
   * calendar words ("Mae", "Roedd", "Mawrth") are not read as names.
   */
  readonly language?: Language;
}

// Marked words become one character no pattern matches, so "my grandson"
// before a marked name is not read as naming the next word.
const MARKED = '\uFFFC';

/** The text of some segments with marked details blanked out. */
export function checkableText(segments: readonly TextSegment[]): string {
  return segments.map((segment) => ('text' in segment ? segment.text : MARKED)).join('');
}

interface Found {
  readonly kind: IdentifyingKind;
  readonly start: number;
  readonly end: number;
  readonly relation?: string;
}

// When two findings overlap, the more specific one wins.
const PRIORITY: readonly IdentifyingKind[] = [
  'email',
  'social_handle',
  'phone',
  'postcode',
  'address',
  'car_registration',
  'date',
  'hospital',
  'care_home',
  'school',
  'workplace',
  'street',
  'age_with_place',
  'place',
  'person',
];

const PLACE_KINDS: ReadonlySet<IdentifyingKind> = new Set([
  'place',
  'street',
  'address',
  'school',
  'hospital',
  'care_home',
  'workplace',
  'postcode',
]);

// Dates everyone shares: no more identifying than "Christmas".
const SHARED_DATES =
  /^(?:25(?:th)?\s+(?:of\s+)?Dec\w*|26(?:th)?\s+(?:of\s+)?Dec\w*|1(?:st)?\s+(?:of\s+)?Jan\w*|31(?:st)?\s+(?:of\s+)?Dec\w*|5(?:th)?\s+(?:of\s+)?Nov\w*|14(?:th)?\s+(?:of\s+)?Feb\w*|Dec\w*\s+25(?:th)?|Jan\w*\s+1(?:st)?)$/iu;

function findInText(text: string, mode: ReadingMode, language: Language): Found[] {
  const patterns = findPatternSpans(text).filter(
    (span) => !(span.kind === 'date' && SHARED_DATES.test(text.slice(span.start, span.end))),
  );
  const names = findNameSpans(text, patterns, mode, language);
  const found: Found[] = [...patterns, ...names];
  // An age is identifying beside a place: "I was 14 at Litherland High".
  for (const age of findAgeSpans(text)) {
    const sentence = sentenceAround(text, age.start);
    const placed = found.some(
      (span) =>
        PLACE_KINDS.has(span.kind) && span.start >= sentence.start && span.end <= sentence.end,
    );
    if (placed) found.push({ kind: 'age_with_place', start: age.start, end: age.end });
  }
  // Keep the most specific of overlapping findings, then the longest.
  const ordered = [...found].sort(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start),
  );
  const kept: Found[] = [];
  for (const span of ordered) {
    if (!kept.some((other) => span.start < other.end && span.end > other.start)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('en-GB').replace(/\s+/gu, ' ').trim();
}

function isWelshPlace(text: string): boolean {
  const lower = normalise(text);
  return (
    TOWNS.get(lower.replace(/-/g, ' ')) === 'Wales' ||
    WELSH_PLACE_PARTS.some((part) => lower.startsWith(part)) ||
    /^(?:heol|stryd|ffordd|lôn|ysgol|ysbyty)\b/u.test(lower)
  );
}

// The words suggested instead of a detail whatever it said and wherever the
// story is set.
type PlainKind = Exclude<IdentifyingKind, 'person' | 'place' | 'street' | 'address' | 'hospital'>;
const PLAIN_SUGGESTIONS: Readonly<Record<PlainKind, MessageKey>> = {
  postcode: 'identification.suggest.postcode',
  school: 'identification.suggest.school',
  care_home: 'identification.suggest.care_home',
  workplace: 'identification.suggest.workplace',
  phone: 'identification.suggest.phone',
  email: 'identification.suggest.email',
  social_handle: 'identification.suggest.social_handle',
  date: 'identification.suggest.date',
  age_with_place: 'identification.suggest.age_with_place',
  car_registration: 'identification.suggest.car_registration',
};

function isPlainKind(kind: IdentifyingKind): kind is PlainKind {
  return Object.hasOwn(PLAIN_SUGGESTIONS, kind);
}

function suggestionFor(
  found: Found,
  text: string,
  cities: readonly string[],
  words: Translator,
): string {
  if (isPlainKind(found.kind)) return words.t(PLAIN_SUGGESTIONS[found.kind]);
  const city = cities[0];
  switch (found.kind) {
    case 'person':
      return found.relation ?? words.t('identification.suggest.someone');
    case 'place': {
      if (/^St\.?\s/u.test(text)) return words.t('identification.suggest.nearby');
      const country = TOWNS.get(normalise(text).replace(/-/g, ' '));
      if (isWelshPlace(text)) return words.t('identification.suggest.townIn', { country: 'Wales' });
      return country
        ? words.t('identification.suggest.townIn', { country })
        : words.t('identification.suggest.town');
    }
    case 'street':
      return city
        ? words.t('identification.suggest.streetIn', { place: city })
        : isWelshPlace(text)
          ? words.t('identification.suggest.streetInWales')
          : words.t('identification.suggest.street');
    case 'address':
      return city
        ? words.t('identification.suggest.houseIn', { place: city })
        : words.t('identification.suggest.house');
    case 'hospital':
      return city
        ? words.t('identification.suggest.hospitalIn', { place: city })
        : words.t('identification.suggest.hospital');
  }
}

function markAsFor(kind: IdentifyingKind): IdentifyingDetail['markAs'] {
  if (kind === 'person') return 'person';
  return PLACE_KINDS.has(kind) ? 'place' : 'other';
}

/**
 * Every identifying detail in the parts given, in the order first met,
 * leaving out the names readers see anyway, a script's character names, and
 * words already marked private.
 */
export function findIdentifyingDetails(input: IdentificationInput): IdentifyingDetail[] {
  const words = translatorFor(input.language ?? DEFAULT_LANGUAGE);
  const someone = words.t('identification.suggest.someone');
  const skipNames = new Set(
    [...input.shownNames, ...(input.characterNames ?? [])].flatMap((name) =>
      normalise(name)
        .split(' ')
        .filter((word) => word !== ''),
    ),
  );
  const texts = input.parts.map((part) => ({
    where: part.where,
    text: checkableText(part.segments),
  }));
  const cities = findLargeCities(texts.map((part) => part.text).join('\n')).filter((city) =>
    LARGE_CITIES.has(normalise(city)),
  );
  const details = new Map<
    string,
    {
      kind: IdentifyingKind;
      text: string;
      where: IdentifyingWhere[];
      times: number;
      suggestion: string;
    }
  >();
  for (const part of texts) {
    const mode = part.where === 'title' ? 'title' : 'prose';
    for (const found of findInText(part.text, mode, input.language ?? DEFAULT_LANGUAGE)) {
      const text = part.text.slice(found.start, found.end).replace(/\s+/gu, ' ').trim();
      if (
        found.kind === 'person' &&
        normalise(text)
          .split(' ')
          .every((word) => skipNames.has(word.replace(/[’']s$/u, '')))
      ) {
        continue;
      }
      const key = `${found.kind === 'person' ? 'person' : 'detail'}:${normalise(text)}`;
      const known = details.get(key);
      if (known) {
        known.times += 1;
        if (!known.where.includes(part.where)) known.where.push(part.where);
        // A later mention may say who it is ("Tyler" … "my grandson Tyler").
        if (known.suggestion === someone && found.relation) known.suggestion = found.relation;
        continue;
      }
      details.set(key, {
        kind: found.kind,
        text,
        where: [part.where],
        times: 1,
        suggestion: suggestionFor(found, text, cities, words),
      });
    }
  }
  return [...details.values()].map((detail) => ({
    ...detail,
    markAs: markAsFor(detail.kind),
  }));
}
