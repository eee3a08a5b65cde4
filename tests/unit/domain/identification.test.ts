import { describe, expect, it } from 'vitest';
import {
  checkableText,
  findIdentifyingDetails,
  type IdentifyingKind,
} from '#src/domain/identification.ts';
import {
  checkVoiceFor,
  DETAIL_WORDS,
  findRealCharacterNames,
} from '#src/domain/identification-words.ts';
import { LANGUAGES } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { LABELLED_PASSAGES } from '../../fixtures/identification-passages.ts';
import { scorePassages } from '../../fixtures/identification-score.ts';

/** The check on one piece of story text, as [kind, words, suggestion]. */
function check(text: string, shownNames: readonly string[] = ['Anonymous']) {
  return findIdentifyingDetails({
    parts: [{ where: 'story', segments: [{ text }] }],
    shownNames,
  }).map((detail) => [detail.kind, detail.text, detail.suggestion]);
}

describe('findIdentifyingDetails: what it finds in life stories and scripts', () => {
  it.each<[string, string, [IdentifyingKind, string, string][]]>([
    [
      'a street and a grandson',
      'We lived on Fern Street for years. My grandson Tyler still calls it home.',
      [
        ['street', 'Fern Street', 'our street'],
        ['person', 'Tyler', 'my grandson'],
      ],
    ],
    [
      'a street in a large city says which city',
      'Growing up in Liverpool, we played out on Scotland Road.',
      [['street', 'Scotland Road', 'a street in Liverpool']],
    ],
    ['a large city alone picks nobody out', 'Liverpool in the sixties was loud.', []],
    [
      'a neighbour by title and surname',
      'Mrs Kowalski next door swapped her cake for our bread.',
      [['person', 'Mrs Kowalski', 'someone I know']],
    ],
    [
      'a Welsh town, by the gazetteer',
      'Every August we went to Rhyl on the coach.',
      [['place', 'Rhyl', 'a town in Wales']],
    ],
    [
      'a Welsh place the gazetteer lacks, by its spelling',
      'We rented a cottage outside Llanddewi for the summer.',
      [['place', 'Llanddewi', 'a town in Wales']],
    ],
    [
      'a Welsh street, school and hospital',
      'From Heol y Bont I walked to Ysgol Glan Clwyd; later I worked at Ysbyty Gwynedd.',
      [
        ['street', 'Heol y Bont', 'a street in Wales'],
        ['school', 'Ysgol Glan Clwyd', 'my school'],
        ['hospital', 'Ysbyty Gwynedd', 'the hospital'],
      ],
    ],
    [
      'an English town',
      'We took the train to Southport and paddled.',
      [['place', 'Southport', 'a town in England']],
    ],
    ['Bath the tub', 'Friday night was bath night in a tin bath.', []],
    [
      'Bath the city',
      'We had a week in Bath and swam on the roof.',
      [['place', 'Bath', 'a town in England']],
    ],
    ['Rose the flower', 'The rose by the back door was my mother’s pride.', []],
    [
      'Rose the friend, with a capital mid-sentence',
      'I sat next to my best friend Rose for five years.',
      [['person', 'Rose', 'my best friend']],
    ],
    ['grace the prayer', 'Nobody ate until grace was said.', []],
    ['Grace the sister', 'Our Grace was the clever one.', [['person', 'Grace', 'someone I know']]],
    [
      'a school with its kind in the name',
      'I left Litherland High School at fifteen.',
      [['school', 'Litherland High School', 'my school']],
    ],
    ['a school without a name', 'I left school with nothing.', []],
    [
      'a hospital',
      'I nursed at Walton Hospital for years.',
      [['hospital', 'Walton Hospital', 'the hospital']],
    ],
    [
      'a care home',
      'Dad spent his last years at Sunnyside Care Home.',
      [['care_home', 'Sunnyside Care Home', 'the care home']],
    ],
    [
      'a workplace named by the job',
      'I worked at Littlewoods on the pools.',
      [['workplace', 'Littlewoods', 'where I worked']],
    ],
    [
      'a workplace named by its kind',
      'My father went down Bold Colliery at fifteen.',
      [['workplace', 'Bold Colliery', 'where I worked']],
    ],
    [
      'a mobile number',
      'Ring me on 07912 345678 for a natter.',
      [['phone', '07912 345678', 'my phone number']],
    ],
    [
      'a landline',
      'Our number was 0151 922 4477.',
      [['phone', '0151 922 4477', 'my phone number']],
    ],
    ['a bus number is no phone number', 'I took the number 53 into town.', []],
    [
      'an email address',
      'Write to maggie.ellis52@example.co.uk about the dances.',
      [['email', 'maggie.ellis52@example.co.uk', 'my email address']],
    ],
    [
      'a social media handle',
      'Find my baking at @nanbakes_bootle.',
      [['social_handle', '@nanbakes_bootle', 'my account']],
    ],
    [
      'an address with a postcode',
      'Letters come to 14 Stanley Road, Bootle L20 3EF still.',
      [
        ['address', '14 Stanley Road', 'our house'],
        ['place', 'Bootle', 'a town in England'],
        ['postcode', 'L20 3EF', 'our postcode'],
      ],
    ],
    [
      'car registrations old and new',
      'The Mini was KDM 442F and the van is YX19 KTR.',
      [
        ['car_registration', 'KDM 442F', 'our car'],
        ['car_registration', 'YX19 KTR', 'our car'],
      ],
    ],
    [
      'a birthday',
      'I was born on 3 March 1948 in the front bedroom.',
      [['date', '3 March 1948', 'that day']],
    ],
    [
      'a date written with numbers',
      'The letter was dated 12/09/1979.',
      [['date', '12/09/1979', 'that day']],
    ],
    ['Christmas Day is everyone’s date', 'On 25 December we walked along the front.', []],
    ['a year alone', 'In 1966 everybody watched the final.', []],
    ['an age alone', 'I was nine when I first saw the sea.', []],
    [
      'an age with a place',
      'I was 12 when we moved to Crosby.',
      [
        ['age_with_place', 'I was 12', 'when I was young'],
        ['place', 'Crosby', 'a town in England'],
      ],
    ],
    ['family words are not names', 'Mum did the washing and Dad did the garden.', []],
    ['a month is not a name', 'I will always remember May as the month the lilac came out.', []],
    [
      'Welsh given names',
      'My sister Bethan and her boy Gethin came every Easter.',
      [
        ['person', 'Bethan', 'my sister'],
        ['person', 'Gethin', 'her boy'],
      ],
    ],
    [
      'a church named for a saint is a place, not a person',
      'We married at St Luke’s in the spring, and Father Doyle forgot my name.',
      [
        ['place', 'St Luke’s', 'a place nearby'],
        ['person', 'Father Doyle', 'someone I know'],
      ],
    ],
    [
      'a given name and surname',
      'The foreman, Terry Walsh, gave me my first job.',
      [['person', 'Terry Walsh', 'someone I know']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe('findIdentifyingDetails: what it leaves alone', () => {
  it('skips words already marked private, and reads no name into the words around them', () => {
    const details = findIdentifyingDetails({
      parts: [
        {
          where: 'story',
          segments: [
            { text: 'My grandson ' },
            { sensitive: { original: 'Tyler', replacement: 'my grandson', kind: 'person' } },
            { text: ' lives on ' },
            { sensitive: { original: 'Fern Street', replacement: 'our street', kind: 'place' } },
            { text: ' with Sharon.' },
          ],
        },
      ],
      shownNames: ['Anonymous'],
    });
    expect(details.map((detail) => detail.text)).toEqual(['Sharon']);
  });

  it('skips the name readers see anyway, but not the writer’s real name when anonymous', () => {
    const text = 'My name is Margaret and I was a cook.';
    expect(check(text, ['Margaret'])).toEqual([]);
    expect(check(text, ['Anonymous'])).toEqual([['person', 'Margaret', 'someone I know']]);
  });

  it('reads Welsh sentence openings and calendar words in a Welsh story as words, not names', () => {
    const welsh = (text: string) =>
      findIdentifyingDetails({
        parts: [{ where: 'story', segments: [{ text }] }],
        shownNames: ['Dienw'],
        language: 'cy',
      }).map((detail) => [detail.kind, detail.text]);
    const text =
      'Mae Nain yn canu yn y capel bob Sul. Mae e’n wag nawr. Roedd hi yno ym mis Mawrth. Ond roedd fy ffrind Tomos Pritchard yn byw drws nesaf.';
    expect(welsh(text)).toEqual([['person', 'Tomos Pritchard']]);
    // A Welsh place is still a place in a Welsh story.
    expect(welsh('Aethon ni i Llanrwst ar y bws.')).toEqual([['place', 'Llanrwst']]);
    // In an English story, "Mae" is the name it can be.
    expect(check('My aunt Mae came round on Sundays.')).toEqual([['person', 'Mae', 'my aunt']]);
  });

  it('skips a script’s made-up characters', () => {
    const details = findIdentifyingDetails({
      parts: [{ where: 'story', segments: [{ text: 'ANNE\nCome on, Jo, we are late.' }] }],
      shownNames: [],
      characterNames: ['ANNE', 'JO'],
    });
    expect(details).toEqual([]);
  });

  it('reads a title strictly: every word has a capital there', () => {
    const details = findIdentifyingDetails({
      parts: [{ where: 'title', segments: [{ text: 'The Kitchen On Fern Street' }] }],
      shownNames: [],
    });
    expect(details.map((detail) => [detail.kind, detail.text, detail.where])).toEqual([
      ['street', 'Fern Street', ['title']],
    ]);
  });

  it('counts each detail once with every place it is, and learns who someone is later', () => {
    const details = findIdentifyingDetails({
      parts: [
        { where: 'title', segments: [{ text: 'Sundays in Rhyl' }] },
        { where: 'story', segments: [{ text: 'Tyler came to Rhyl. My grandson Tyler ate.' }] },
        { where: 'photo', segments: [{ text: 'Tyler on the prom' }] },
      ],
      shownNames: [],
    });
    expect(
      details.map((detail) => [detail.text, detail.where, detail.times, detail.suggestion]),
    ).toEqual([
      ['Rhyl', ['title', 'story'], 2, 'a town in Wales'],
      ['Tyler', ['story', 'photo'], 3, 'my grandson'],
    ]);
  });

  it('offers the kind of private mark that fits', () => {
    const kinds = findIdentifyingDetails({
      parts: [
        {
          where: 'story',
          segments: [{ text: 'Tyler lives on Fern Street. Ring 07912 345678.' }],
        },
      ],
      shownNames: [],
    }).map((detail) => detail.markAs);
    expect(kinds).toEqual(['person', 'place', 'other']);
  });

  it('blanks marked words out of the text it reads', () => {
    expect(
      checkableText([
        { text: 'a ' },
        { sensitive: { original: 'b', replacement: 'c', kind: 'other' } },
        { text: ' d' },
      ]),
    ).toBe('a \uFFFC d');
  });
});

describe('findIdentifyingDetails: odd input', () => {
  it.each([
    ['nothing at all', ''],
    ['only spaces and new lines', '  \n\n \t '],
    ['one very long word', 'a'.repeat(20_000)],
    ['a long run of capitals', 'AAAA '.repeat(2_000)],
    ['a long run of digits', '1 '.repeat(5_000)],
    ['emoji and symbols', '🙂🙂 — … ¶ @ @@ .com/ £££'],
  ])('%s: finds nothing and does not fail', (_label, text) => {
    expect(check(text)).toEqual([]);
  });

  it('finds nothing in a story that is all marked', () => {
    expect(
      findIdentifyingDetails({
        parts: [
          {
            where: 'story',
            segments: [{ sensitive: { original: 'Tyler', replacement: '', kind: 'person' } }],
          },
        ],
        shownNames: [],
      }),
    ).toEqual([]);
  });
});

describe('checkVoiceFor', () => {
  it.each([
    ['anonymous', 'full'],
    ['pseudonym', 'full'],
    ['first_name', 'gentle'],
    ['named', 'silent'],
  ] as const)('%s: %s', (anonymity, voice) => {
    expect(checkVoiceFor(anonymity)).toBe(voice);
  });
});

describe('DETAIL_WORDS', () => {
  it.each(LANGUAGES)(
    'has plain words and an Easy Read sentence for every kind (%s)',
    (language) => {
      const say = translatorFor(language);
      for (const words of Object.values(DETAIL_WORDS)) {
        expect(say.t(words.label)).not.toBe('');
        expect(say.t(words.easyRead)).toMatch(/\.$/);
      }
    },
  );
});

describe('findRealCharacterNames', () => {
  const people = [
    { names: ['Kayla Brooks', 'Kayla'], isWriter: true },
    { names: ['Jay Okafor', 'Jay'], isWriter: false },
  ];
  it.each<[string, string[], [string, string][]]>([
    ['the writer’s own name', ['KAYLA'], [['KAYLA', 'yours']]],
    ['a group member’s name', ['JAY'], [['JAY', 'someone in your group']]],
    ['a full name', ['Jay Okafor'], [['Jay Okafor', 'someone in your group']]],
    ['made-up names', ['ANNE', 'LEO'], []],
    ['a name that only starts the same', ['JAYDEN'], []],
    ['each character once', ['JAY', 'Jay'], [['JAY', 'someone in your group']]],
  ])('%s', (_label, characters, expected) => {
    expect(
      findRealCharacterNames(characters, people).map((entry) => [entry.character, entry.whose]),
    ).toEqual(expected);
  });
});

describe('the labelled passages', () => {
  it('has at least 60 passages, life stories and scripts, and scores them', () => {
    expect(LABELLED_PASSAGES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LABELLED_PASSAGES.map((passage) => passage.id)).size).toBe(
      LABELLED_PASSAGES.length,
    );
    expect(LABELLED_PASSAGES.some((passage) => passage.kind === 'film_script')).toBe(true);
    const score = scorePassages(LABELLED_PASSAGES.slice(0, 3));
    expect(score.passages.map((passage) => passage.id)).toEqual([
      'fern-street',
      'kitchen-neighbour',
      'rose-the-flower',
    ]);
  });
});
