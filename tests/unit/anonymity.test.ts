import { describe, it, expect } from 'vitest';
import {
  displayName,
  mostPrivateAnonymity,
  redactSegments,
  revealsSensitiveDetails,
  showsIdentifiablePhotos,
} from '#src/domain/anonymity.ts';
import type { TextSegment } from '#src/domain/anonymity.ts';
import { joinAuthorNames } from '#src/domain/bylines.ts';
import { ANONYMITY_LEVELS } from '#src/domain/consent-types.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';

const ann = { displayName: 'Ann Jones', firstName: 'Ann', pseudonym: 'Robin' };
const spaced = { displayName: '  Ann  Jones ', firstName: '  Annie ', pseudonym: '  Robin  ' };
const bare = { displayName: 'Bo Li', firstName: null, pseudonym: null };
const blank = { displayName: '   ', firstName: '  ', pseudonym: '   ' };

describe('displayName', () => {
  it.each([
    ['named: the display name', ann, 'named', 'Ann Jones'],
    ['first_name: the first name', ann, 'first_name', 'Ann'],
    ['pseudonym: the pseudonym', ann, 'pseudonym', 'Robin'],
    ['anonymous: Anonymous', ann, 'anonymous', 'Anonymous'],
    ['named: trimmed', spaced, 'named', 'Ann  Jones'],
    ['first_name: trimmed', spaced, 'first_name', 'Annie'],
    ['pseudonym: trimmed', spaced, 'pseudonym', 'Robin'],
    ['first_name missing: first word of the display name', bare, 'first_name', 'Bo'],
    ['pseudonym missing: A storyteller, never the real name', bare, 'pseudonym', 'A storyteller'],
    [
      'first_name blank and display name blank: A storyteller',
      blank,
      'first_name',
      'A storyteller',
    ],
    ['pseudonym blank: A storyteller', blank, 'pseudonym', 'A storyteller'],
    ['named but blank: A storyteller', blank, 'named', 'A storyteller'],
    [
      'first_name blank: first word of the (trimmed) display name',
      { ...spaced, firstName: ' ' },
      'first_name',
      'Ann',
    ],
  ] as const)('%s', (_rule, person, level, expected) => {
    expect(displayName(person, level)).toBe(expected);
  });
});

describe('joinAuthorNames', () => {
  it.each([
    ['no names', [], ''],
    ['one name', ['Ann'], 'Ann'],
    ['two names', ['Ann', 'Bo'], 'Ann and Bo'],
    ['three names', ['Ann', 'Bo', 'Cy'], 'Ann, Bo and Cy'],
    ['four names', ['Ann', 'Bo', 'Cy', 'Di'], 'Ann, Bo, Cy and Di'],
    ['one anonymous', ['Anonymous'], 'Anonymous'],
    ['all anonymous collapse into one', ['Anonymous', 'Anonymous', 'Anonymous'], 'Anonymous'],
    ['one named and one anonymous', ['Anonymous', 'Ann'], 'Ann and an anonymous co-author'],
    [
      'two named and one anonymous',
      ['Ann', 'Anonymous', 'Bo'],
      'Ann, Bo and an anonymous co-author',
    ],
    [
      'one named and two anonymous',
      ['Anonymous', 'Ann', 'Anonymous'],
      'Ann and anonymous co-authors',
    ],
    ['blank names are skipped', ['Ann', ' ', 'Bo '], 'Ann and Bo'],
  ] as const)('%s', (_rule, names, expected) => {
    expect(joinAuthorNames(names)).toBe(expected);
  });
});

describe.each([
  ['named', true],
  ['first_name', false],
  ['pseudonym', false],
  ['anonymous', false],
] as const)('at %s', (level, reveals) => {
  it(`sensitive details ${reveals ? 'show' : 'are replaced'}`, () => {
    expect(revealsSensitiveDetails(level)).toBe(reveals);
  });
  it(`identifiable photos ${reveals ? 'show' : 'are hidden'}`, () => {
    expect(showsIdentifiablePhotos(level)).toBe(reveals);
  });
});

describe('mostPrivateAnonymity', () => {
  it.each([
    ['no levels: the most private', [], 'anonymous'],
    ['one level', ['named'], 'named'],
    ['named and first_name', ['named', 'first_name'], 'first_name'],
    ['order does not matter', ['pseudonym', 'named', 'first_name'], 'pseudonym'],
    ['one anonymous author hides details for all', ['named', 'named', 'anonymous'], 'anonymous'],
    ['all named', ['named', 'named'], 'named'],
  ] as const satisfies ReadonlyArray<readonly [string, readonly Anonymity[], Anonymity]>)(
    '%s',
    (_rule, levels, expected) => {
      expect(mostPrivateAnonymity(levels)).toBe(expected);
    },
  );

  it('covers every level in order', () => {
    expect(ANONYMITY_LEVELS.map((l) => mostPrivateAnonymity(['named', l]))).toEqual([
      ...ANONYMITY_LEVELS,
    ]);
  });
});

describe('redactSegments', () => {
  const story: TextSegment[] = [
    { text: 'I moved to ' },
    { sensitive: { original: 'Rhyl', replacement: 'a town in Wales', kind: 'place' } },
    { text: ' with ' },
    { sensitive: { original: 'Megan', replacement: 'my daughter', kind: 'person' } },
    { text: '.' },
  ];
  const emptyReplacement: TextSegment[] = [
    { text: 'I worked at ' },
    { sensitive: { original: 'Acme Ltd', replacement: '  ', kind: 'other' } },
    { text: '.' },
  ];

  it.each([
    ['named shows the originals', story, 'named', 'I moved to Rhyl with Megan.'],
    [
      'first_name uses replacements',
      story,
      'first_name',
      'I moved to a town in Wales with my daughter.',
    ],
    [
      'pseudonym uses replacements',
      story,
      'pseudonym',
      'I moved to a town in Wales with my daughter.',
    ],
    [
      'anonymous uses replacements',
      story,
      'anonymous',
      'I moved to a town in Wales with my daughter.',
    ],
    [
      'an empty replacement shows [removed]',
      emptyReplacement,
      'anonymous',
      'I worked at [removed].',
    ],
    [
      'named still shows the original when the replacement is empty',
      emptyReplacement,
      'named',
      'I worked at Acme Ltd.',
    ],
    ['plain text only', [{ text: 'Just words.' }], 'anonymous', 'Just words.'],
    ['no segments', [], 'named', ''],
  ] as const satisfies ReadonlyArray<readonly [string, readonly TextSegment[], Anonymity, string]>)(
    '%s',
    (_rule, segments, level, expected) => {
      expect(redactSegments(segments, level)).toBe(expected);
    },
  );
});
