import { describe, expect, it } from 'vitest';
import {
  audienceAuthors,
  chosenAnonymity,
  projectStory,
  redactionOf,
  shownNameOf,
  type AudienceAuthor,
} from '#src/domain/audience.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';

const ann = { displayName: 'Ann Jones', firstName: 'Ann', pseudonym: 'Nightingale' };
const bo = { displayName: 'Bo Smith', firstName: null, pseudonym: null };

const author = (
  names: AudienceAuthor['names'],
  anonymity: Anonymity,
  agreedName?: string | null,
): AudienceAuthor => ({ names, anonymity, agreedName });

describe('shownNameOf: the name one author is shown by', () => {
  it.each([
    ['named', author(ann, 'named'), 'Ann Jones'],
    ['first name', author(ann, 'first_name'), 'Ann'],
    ['first name, none recorded: the first word', author(bo, 'first_name'), 'Bo'],
    ['pseudonym', author(ann, 'pseudonym'), 'Nightingale'],
    ['pseudonym not set: never the real name', author(bo, 'pseudonym'), 'A storyteller'],
    ['anonymous', author(ann, 'anonymous'), 'Anonymous'],
    ['an account that is gone', author(undefined, 'named'), 'Anonymous'],
    ['the name agreed in the preview stands', author(ann, 'named', 'Annie J'), 'Annie J'],
    ['a blank agreed name is no name', author(ann, 'first_name', '  '), 'Ann'],
  ] as const)('%s', (_row, who, expected) => {
    expect(shownNameOf(who)).toBe(expected);
  });
});

describe('projectStory: a story as one audience sees it', () => {
  it.each([
    ['one named author', [author(ann, 'named')], {}, 'Ann Jones', 'named', true],
    [
      'two authors: the most private level decides details and photos',
      [author(ann, 'named'), author(bo, 'first_name')],
      {},
      'Ann Jones and Bo',
      'first_name',
      false,
    ],
    [
      'an anonymous co-author folds into one phrase',
      [author(ann, 'first_name'), author(bo, 'anonymous')],
      {},
      'Ann and an anonymous co-author',
      'anonymous',
      false,
    ],
    [
      'a preview adds the co-author still to answer without naming them',
      [author(ann, 'named')],
      { extraNames: ['another writer'] },
      'Ann Jones and another writer',
      'named',
      true,
    ],
    [
      'a stricter level can be asked for',
      [author(ann, 'named')],
      { redactAtLeast: 'pseudonym' as const },
      'Ann Jones',
      'pseudonym',
      false,
    ],
    ['nobody: the most private level', [], {}, '', 'anonymous', false],
  ] as const)('%s', (_row, authors, options, byline, redaction, photos) => {
    const view = projectStory(authors, options);
    expect(view.byline).toBe(byline);
    expect(view.redaction).toBe(redaction);
    expect(view.showsIdentifiablePhotos).toBe(photos);
    expect(view.revealsDetails).toBe(redaction === 'named');
    expect(view.names).toHaveLength(authors.length);
  });

  it('redactionOf a stored publication agrees with projectStory', () => {
    const levels: Anonymity[] = ['named', 'pseudonym'];
    const projected = projectStory(levels.map((level) => author(ann, level)));
    const { redaction, revealsDetails, showsIdentifiablePhotos } = projected;
    expect(redactionOf(levels)).toEqual({ redaction, revealsDetails, showsIdentifiablePhotos });
  });
});

describe('audienceAuthors: pairs authors with their names and levels', () => {
  it('keeps author order, and a missing person has no names', () => {
    const people = [
      { personId: 'b', ...bo },
      { personId: 'a', ...ann },
    ];
    const authors = audienceAuthors(
      [{ personId: 'a' }, { personId: 'b' }, { personId: 'gone' }],
      people,
      (personId) => (personId === 'a' ? 'named' : 'first_name'),
      (personId) => (personId === 'b' ? 'Bobby' : null),
    );
    expect(authors.map((author) => shownNameOf(author))).toEqual([
      'Ann Jones',
      'Bobby',
      'Anonymous',
    ]);
  });
});

describe('chosenAnonymity: the naming level an author chose, or anonymous', () => {
  const consents = [
    { personId: 'ann', anonymity: 'first_name' },
    { personId: 'bo', anonymity: 'named' },
  ] as const;
  it.each([
    ['the first author', 'ann', 'first_name'],
    ['the second author', 'bo', 'named'],
    ['someone who gave no consent', 'cy', 'anonymous'],
  ] as const)('%s', (_row, personId, expected) => {
    expect(chosenAnonymity(consents, personId)).toBe(expected);
  });

  it('no consents at all: anonymous', () => {
    expect(chosenAnonymity([], 'ann')).toBe('anonymous');
  });
});
