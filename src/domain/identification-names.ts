/**
 * Names of people and places in running text, for the identification check
 * (identification.ts). The English lexicon and tagger of `compromise` say
 * which capitalised words are given names, surnames or places; our gazetteer
 * adds British and Welsh towns and names it lacks; the words around a name
 * decide the rest ("my grandson Tyler", "we moved to Bootle"). Where the
 * writing cannot tell (a "Rose" starting a sentence), the tagger reads that
 * one sentence; anything still unclear is left alone, because a check that
 * cries wolf is soon ignored.
 */
import nlp from 'compromise';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';
import {
  EXTRA_GIVEN_NAMES,
  HONORIFICS,
  LARGE_CITIES,
  NAMES_THAT_ARE_WORDS,
  NEVER_IDENTIFYING,
  NEVER_IDENTIFYING_IN_WELSH,
  RELATION_WORDS,
  TOWNS,
  TOWNS_THAT_ARE_WORDS,
  WELSH_PLACE_PARTS,
  WELSH_SPELLING,
} from './identification-gazetteer.ts';

/** A person's or a place's name in the text, and what it was read as. */
export interface NameSpan {
  readonly kind: 'person' | 'place';
  readonly start: number;
  readonly end: number;
  /** The family word before a person's name, as written ("my grandson"). */
  readonly relation?: string;
}

/** How to read the text: running prose, or a title (where every word has a capital). */
export type ReadingMode = 'prose' | 'title';

type Lexicon = Readonly<Record<string, string | readonly string[] | undefined>>;

const LEXICON = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Place']);

function tagsOf(word: string): readonly string[] {
  const tags = LEXICON[word];
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

/** Whether the lexicon knows a word as a given name or surname. */
function isKnownName(lower: string): boolean {
  return EXTRA_GIVEN_NAMES.has(lower) || tagsOf(lower).some((tag) => NAME_TAGS.has(tag));
}

/** Whether the lexicon knows a word as something other than a name or place ("when", "kitchen"). */
function isOrdinaryWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag) || PLACE_TAGS.has(tag));
}

function looksWelshPlace(lower: string): boolean {
  const part = WELSH_PLACE_PARTS.find((prefix) => lower.startsWith(prefix));
  return (
    part !== undefined &&
    lower.length >= part.length + 3 &&
    WELSH_SPELLING.test(lower.slice(part.length - 1)) &&
    !isKnownName(lower)
  );
}

// Words before a name that say it is a place: "in Bootle", "moved to Rhyl".
const PLACE_BEFORE =
  /(?:\b(?:in|to|from|near|at|into|outside|towards|round|around|through|via|visit|visiting|left|leaving|reached|of)\s+)$/iu;
// A family word (and its owner) right before a name: "my grandson", "our Tyler".
const RELATION_BEFORE =
  /\b((?:my|our|his|her|their|your)(?:\s+(?:little|big|eldest|youngest|oldest|baby|best|new|old|late|dear|twin))?(?:\s+([\p{L}-]+))?)\s*,?\s*$/iu;

// A capitalised word with at least one small letter ("Tyler", "O'Brien", not "TYLER" or "I").
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*`;
const CAP_RUN = new RegExp(
  String.raw`(?:${CAP_WORD}|(?:Mr|Mrs|Ms|Dr|St)\.?)(?:[ ](?:${CAP_WORD}))*`,
  'gu',
);

/** Whether a position starts a sentence (or a line, or a quotation). */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'([—–-]/u.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?…:;]/u.test(text[i] ?? '');
}

/** The sentence around a position (for the tagger and for ages with places). */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?…\n]/u.test(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < text.length && !/[.!?…\n]/u.test(text[end] ?? '')) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

// A capitalised word, Welsh hyphenated names whole ("Betws-y-Coed", "Grange-over-Sands").
const TOWN_WORDS =
  /\p{Lu}[\p{L}\p{M}'’]*(?:-(?:y|yr|over|on|upon|le|\p{Lu}[\p{L}\p{M}'’]*))*(?: \p{Lu}[\p{L}\p{M}'’]*(?:-(?:y|yr|over|on|upon|le|\p{Lu}[\p{L}\p{M}'’]*))*)*/gu;

/** Towns and large cities a text names: runs of capitalised words looked up in the gazetteer. */
function findTowns(text: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const run of text.matchAll(TOWN_WORDS)) {
    const words = [...run[0].matchAll(/\S+/gu)].map((word) => ({
      start: run.index + word.index,
      end: run.index + word.index + word[0].length,
      key: word[0]
        .toLowerCase()
        .replace(/-/gu, ' ')
        .replace(/[’']s$/u, ''),
    }));
    for (let i = 0; i < words.length; i++) {
      // The longest name first: "Newcastle Emlyn" before "Newcastle".
      for (let length = Math.min(3, words.length - i); length >= 1; length--) {
        const key = words
          .slice(i, i + length)
          .map((word) => word.key)
          .join(' ');
        if (!TOWNS.has(key) && !LARGE_CITIES.has(key)) continue;
        const first = words[i];
        const last = words[i + length - 1];
        if (first && last) found.push({ start: first.start, end: last.end, name: key });
        i += length - 1;
        break;
      }
    }
  }
  return found;
}

/** The large cities a text names (for "a street in Liverpool"), in order of first mention. */
export function findLargeCities(text: string): string[] {
  const cities: string[] = [];
  for (const town of findTowns(text)) {
    const written = text.slice(town.start, town.end);
    if (LARGE_CITIES.has(town.name) && !cities.includes(written)) cities.push(written);
  }
  return cities;
}

function overlaps(start: number, end: number, taken: readonly { start: number; end: number }[]) {
  return taken.some((span) => start < span.end && end > span.start);
}

/** The people the tagger finds in one sentence, in lower case. */
function peopleInSentence(sentence: string): readonly string[] {
  const people = nlp(sentence).people().out('array') as readonly string[];
  return people.map((name: string) => name.replace(/[^\p{L}\p{M}'’ -]/gu, '').toLowerCase());
}

/**
 * Names of people and places in a text, not overlapping `taken` (details the
 * patterns already found). Large cities are not returned: on their own they
 * pick nobody out.
 */
export function findNameSpans(
  text: string,
  taken: readonly { start: number; end: number }[],
  mode: ReadingMode,
  language: Language = DEFAULT_LANGUAGE,
): NameSpan[] {
  const never = language === 'cy' ? NEVER_IDENTIFYING_IN_WELSH : NEVER_IDENTIFYING;
  const spans: NameSpan[] = [];
  const blocked = [...taken];
  for (const town of findTowns(text)) {
    const { start, end, name } = town;
    if (overlaps(start, end, blocked)) continue;
    if (LARGE_CITIES.has(name)) {
      blocked.push({ start, end });
      continue;
    }
    const before = text.slice(Math.max(0, start - 20), start);
    // "Bath", "Reading", "Chester": a town where the words before say so.
    if (TOWNS_THAT_ARE_WORDS.has(name) && !PLACE_BEFORE.test(before)) continue;
    spans.push({ kind: 'place', start, end });
    blocked.push({ start, end });
  }
  for (const run of text.matchAll(CAP_RUN)) {
    const words = [...run[0].matchAll(/\S+/gu)].map((word) => ({
      text: word[0],
      lower: word[0]
        .toLowerCase()
        .replace(/[.’']s?$/u, '')
        .replace(/’/gu, "'"),
      start: run.index + word.index,
      end: run.index + word.index + word[0].length,
    }));
    // Leave out the words before the name: "When", "Mum", "Christmas".
    while (words.length > 0) {
      const first = words[0];
      if (first === undefined) break;
      const atStart = mode === 'title' || isSentenceStart(text, first.start);
      const dropped =
        (never.has(first.lower) && !HONORIFICS.has(first.lower)) ||
        (isOrdinaryWord(first.lower) &&
          !HONORIFICS.has(first.lower) &&
          !NAMES_THAT_ARE_WORDS.has(first.lower) &&
          (atStart || !/^\p{Lu}/u.test(first.text)));
      if (!dropped) break;
      words.shift();
    }
    const first = words[0];
    if (first === undefined) continue;
    const last = words[Math.min(words.length, 3) - 1] ?? first;
    const start = first.start;
    let end = last.end;
    if (overlaps(start, end, blocked)) continue;
    const atStart = mode === 'title' || isSentenceStart(text, start);
    const before = text.slice(Math.max(0, start - 40), start);
    const relation = RELATION_BEFORE.exec(before);
    const relationWord = relation?.[2]?.toLowerCase();
    const hasRelation = relationWord !== undefined && RELATION_WORDS.has(relationWord);
    const hasHonorific = HONORIFICS.has(first.lower) && words.length > 1;
    const lowers = words.slice(0, 3).map((word) => word.lower);
    const known = lowers.some((lower) => isKnownName(lower) && !NAMES_THAT_ARE_WORDS.has(lower));
    const wordName = lowers.some((lower) => NAMES_THAT_ARE_WORDS.has(lower));
    let kind: NameSpan['kind'] | undefined;
    // "St Luke’s", "St Helen’s": a church or a school named for a saint.
    if (first.lower === 'st' && words.length > 1) kind = 'place';
    else if (hasHonorific || hasRelation) kind = 'person';
    else if (lowers.some(looksWelshPlace)) kind = 'place';
    else if (known) kind = 'person';
    else if (wordName && !atStart && mode === 'prose') kind = 'person';
    else if (wordName && mode === 'prose') {
      const sentence = sentenceAround(text, start);
      const people = peopleInSentence(text.slice(sentence.start, sentence.end));
      if (people.some((name) => name.split(' ').includes(first.lower))) kind = 'person';
    } else if (
      mode === 'prose' &&
      !atStart &&
      PLACE_BEFORE.test(before) &&
      lowers.every((lower) => !isOrdinaryWord(lower) || tagsOf(lower).includes('City'))
    ) {
      kind = 'place';
    }
    if (kind === undefined) continue;
    // Countries and regions are too wide to pick anyone out.
    if (kind === 'place' && lowers.every((lower) => never.has(lower))) continue;
    if (kind === 'person' && !hasHonorific) {
      // A name is at most a given name and a surname.
      end = (words[Math.min(words.length, 2) - 1] ?? first).end;
    }
    spans.push({
      kind,
      start,
      end,
      ...(kind === 'person' && hasRelation && relation?.[1]
        ? { relation: relation[1].toLowerCase().replace(/\s+/gu, ' ') }
        : {}),
    });
    blocked.push({ start, end });
  }
  return spans;
}
