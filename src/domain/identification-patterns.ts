/**
 * The patterns of the identification check (identification.ts) for details
 * that have a shape: emails, social media handles, UK postcodes, car
 * registrations, exact dates, ages, and places named by what they are (a
 * street, a school, a hospital, a care home, a workplace). Each pattern finds
 * candidates; identification.ts decides. Phone numbers are libphonenumber-js's.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/min';

/** What kind of detail a pattern found. */
export type PatternKind =
  | 'email'
  | 'social_handle'
  | 'postcode'
  | 'car_registration'
  | 'date'
  | 'phone'
  | 'address'
  | 'street'
  | 'school'
  | 'hospital'
  | 'care_home'
  | 'workplace';

/** A span of text and what it looks like. */
export interface Span {
  readonly kind: PatternKind;
  readonly start: number;
  readonly end: number;
}

// What a named place ends with, by kind: "Fern Street", "Litherland High School".
const PLACE_ENDINGS: readonly { readonly kind: PatternKind; readonly words: readonly string[] }[] =
  [
    {
      kind: 'street',
      words: [
        'Street',
        'Road',
        'Lane',
        'Avenue',
        'Close',
        'Drive',
        'Way',
        'Terrace',
        'Crescent',
        'Grove',
        'Place',
        'Gardens',
        'Square',
        'Row',
        'Walk',
        'Mews',
        'Parade',
        'Brow',
        'Vale',
        'Rd',
        'Ave',
      ],
    },
    {
      kind: 'school',
      words: [
        'Primary School',
        'Secondary School',
        'High School',
        'Grammar School',
        'Junior School',
        'Infant School',
        'Infants',
        'Primary',
        'Comprehensive',
        'Grammar',
        'Academy',
        'College',
        'School',
        'University',
      ],
    },
    {
      kind: 'hospital',
      words: [
        'Hospital',
        'Infirmary',
        'Hospice',
        'Medical Centre',
        'Health Centre',
        'Surgery',
        'Clinic',
      ],
    },
    {
      kind: 'care_home',
      words: ['Care Home', 'Nursing Home', 'Residential Home', 'Care Centre', 'Retirement Home'],
    },
    {
      kind: 'workplace',
      words: [
        'Colliery',
        'Pit',
        'Mill',
        'Works',
        'Factory',
        'Docks',
        'Dock',
        'Shipyard',
        'Steelworks',
        'Depot',
        'Bakery',
        'Laundry',
      ],
    },
  ];

const ENDING_KIND = new Map(
  PLACE_ENDINGS.flatMap(({ kind, words }) => words.map((word) => [word, kind] as const)),
);
// Plain ASCII alternation, longest first: fast over a long story.
const ENDING = new RegExp(
  String.raw`\b(?:${[...ENDING_KIND.keys()].sort((a, b) => b.length - a.length).join('|')})\b`,
  'g',
);

// Welsh names put the kind first: "Heol y Bont", "Ysgol Glan Clwyd", "Ysbyty Gwynedd".
const WELSH_FIRST =
  /\b(Heol|Stryd|Ffordd|Lôn|Rhodfa|Cilgant|Teras|Ysgol|Ysbyty)\s+((?:(?:y|yr|a|ar)\s+)?\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){0,2})/gu;
const WELSH_KIND: Readonly<Record<string, PatternKind>> = { Ysgol: 'school', Ysbyty: 'hospital' };

// Hospitals known by name alone around the places Heard started.
const KNOWN_HOSPITALS = /\b(?:Alder Hey|Clatterbridge|Broadgreen|Arrowe Park|Fazakerley)\b/g;

/** Capitalised words that are not part of a place's name: "The", "On", "My". */
const NOT_IN_A_NAME = new Set(
  `The A An My Our His Her Their At In On To From And But When Then We I He She They Of For By Near Off Up Down Into Old New Big Little Sunday Art Night Drama Dance Driving Nursing Medical Sixth Form Further Primary Secondary Main Back Front Top Bottom Local This That Every Each One Two Its Kitchen House Home`.split(
    ' ',
  ),
);

/** Street names too common to pick anyone out. */
const COMMON_NAMES = new Set(['High', 'Main', 'Church', 'Station', 'Market', 'Back', 'London']);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const HOUSE_NUMBER =
  /(?:(?:Flat|Apartment|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?\b\d{1,4}[A-Za-z]?,?\s+$/u;

/** The capitalised words right before a position, at most four: the name of "… Street". */
function nameBefore(text: string, at: number): { start: number; words: string[] } {
  const words: string[] = [];
  let start = at;
  let cursor = at;
  while (words.length < 4) {
    let end = cursor;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
    if (end === cursor && cursor !== at) break;
    let begin = end;
    while (begin > 0 && !/\s/u.test(text[begin - 1] ?? '')) begin--;
    const word = text.slice(begin, end);
    if (word === '' || !CAPITALISED.test(word) || NOT_IN_A_NAME.has(word)) break;
    words.unshift(word);
    start = begin;
    cursor = begin;
  }
  return { start, words };
}

function findNamedPlaceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(ENDING)) {
    const kind = ENDING_KIND.get(match[0]);
    if (kind === undefined) continue;
    const name = nameBefore(text, match.index);
    // "High School" or "Road" alone is a kind of place, not a named one.
    if (name.words.length === 0) continue;
    if (kind === 'street' && name.words.every((word) => COMMON_NAMES.has(word))) continue;
    const end = match.index + match[0].length;
    const number =
      kind === 'street'
        ? HOUSE_NUMBER.exec(text.slice(Math.max(0, name.start - 24), name.start))
        : null;
    if (number) spans.push({ kind: 'address', start: name.start - number[0].length, end });
    else spans.push({ kind, start: name.start, end });
  }
  for (const match of text.matchAll(WELSH_FIRST)) {
    const first = match[1] ?? '';
    spans.push({
      kind: WELSH_KIND[first] ?? 'street',
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of text.matchAll(KNOWN_HOSPITALS)) {
    spans.push({ kind: 'hospital', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// "worked at Littlewoods", "a job at the Co-op", "shifts at Tesco".
const WORKED_AT =
  /\b(?:worked|work|working|works|job|jobs|shift|shifts|employed|apprenticeship|apprentice)\s+(?:at|for|in)\s+(?:the\s+)?/g;
const CAPITALISED_RUN = /^\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*){0,3}/u;

function findWorkplaceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(WORKED_AT)) {
    const at = match.index + match[0].length;
    const run = CAPITALISED_RUN.exec(text.slice(at, at + 60));
    if (!run) continue;
    const words = run[0].split(/\s+/u);
    // "worked in Wales", "a job in Town": a country or a stray capital is no workplace.
    if (words.every((word) => NOT_IN_A_NAME.has(word))) continue;
    spans.push({ kind: 'workplace', start: at, end: at + run[0].replace(/[.’']+$/u, '').length });
  }
  return spans;
}

const MONTHS = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr`;

const PATTERNS: readonly {
  readonly kind: PatternKind;
  readonly pattern: RegExp;
  /** What a text must hold for the pattern to be worth running. */
  readonly needs?: string | RegExp;
}[] = [
  {
    kind: 'email',
    // Starts only where a word starts, so a long text is read once, not once per letter.
    pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
    needs: '@',
  },
  {
    kind: 'social_handle',
    pattern:
      /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])(?![\p{L}\p{N}@])|\b(?:facebook|instagram|tiktok|twitter|x|snapchat|youtube|threads)\.com\/[\w.@-]+/giu,
    needs: /@|\.com\//u,
  },
  {
    kind: 'postcode',
    pattern: /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gu,
  },
  {
    kind: 'car_registration',
    pattern:
      /\b(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-HJ-PR-Y]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-HJ-PR-Y])\b/gu,
  },
  {
    // An older plate ("reg GKA 1") only where the words say it is one.
    kind: 'car_registration',
    pattern:
      /(?<=\b(?:reg|registration|number plate|numberplate)(?: number)?(?: was| is|:)? )[A-Z]{1,3} ?\d{1,4}\b/gu,
    needs: /\breg|plate/iu,
  },
  {
    kind: 'date',
    pattern: new RegExp(
      String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b(?:,?\s+\d{4})?|\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b`,
      'gu',
    ),
  },
];

/** Every span the patterns find, in any order, overlaps included. */
export function findPatternSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { kind, pattern, needs } of PATTERNS) {
    if (typeof needs === 'string' ? !text.includes(needs) : needs && !needs.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      spans.push({ kind, start, end });
    }
  }
  spans.push(...findNamedPlaceSpans(text), ...findWorkplaceSpans(text), ...findPhoneSpans(text));
  return spans;
}

// A run of at least eight digits with spaces, brackets or dashes between:
// only such runs are handed to libphonenumber-js, which keeps long texts fast.
const DIGIT_RUN = /\+?\(?\d[\d\s()-]{6,18}\d/gu;

function findPhoneSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    if ((run[0].match(/\d/g) ?? []).length < 8) continue;
    for (const phone of findPhoneNumbersInText(run[0], 'GB')) {
      spans.push({
        kind: 'phone',
        start: run.index + phone.startsAt,
        end: run.index + phone.endsAt,
      });
    }
  }
  return spans;
}

const NUMBER_WORDS = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`;

const AGE = new RegExp(
  String.raw`\b(?:aged|age)\s+(?:\d{1,3}|${NUMBER_WORDS})\b|\b(?:\d{1,3}|(?:${NUMBER_WORDS})(?:-(?:${NUMBER_WORDS}))?)[- ]years?[- ]old\b|\b(?:I|he|she|we|they|you)\s+(?:was|were|am|is|are|turned)\s+(?:only\s+|just\s+)?(?:\d{1,3}|(?:${NUMBER_WORDS})(?:-(?:${NUMBER_WORDS}))?)\b(?!\s+(?:years|minutes|hours|days|weeks|months|miles|pounds|times|of))`,
  'giu',
);

/** Where ages are given ("aged 12", "I was fourteen", "a 15-year-old"). */
export function findAgeSpans(text: string): { readonly start: number; readonly end: number }[] {
  return [...text.matchAll(AGE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
