import { describe, expect, it } from 'vitest';
import {
  MAX_LEFT_OUT_NOTES,
  parseLeftOutNotes,
  suggestedSearches,
  wordsToCheck,
} from '#src/domain/search.ts';

describe('wordsToCheck', () => {
  it.each([
    ['one word, in lower case', 'Kichen', ['kichen']],
    ['several words, each once', 'kichen table kichen', ['kichen', 'table']],
    ['short words are left alone', 'a to kichen', ['kichen']],
    ['a word to leave out is not corrected', 'kichen -bread', ['kichen']],
    ['"or" is an operator', 'kichen or garden', ['kichen', 'garden']],
    ['words in a phrase are checked', '"kichen table"', ['kichen', 'table']],
    ['numbers and symbols are not words', '1962 #tag kichen', ['kichen']],
    ['letters of any language', 'Llanfair cafés', ['llanfair', 'cafés']],
    [
      'at most five words',
      'one two three four five six seven',
      ['one', 'two', 'three', 'four', 'five'],
    ],
    ['nothing typed', '', []],
  ] as const)('%s', (_rule, query, expected) => {
    expect(wordsToCheck(query)).toEqual(expected);
  });
});

describe('suggestedSearches', () => {
  const nearest = new Map([
    ['kichen', ['kitchen', 'chicken', 'kitten', 'kitchens']],
    ['tabel', ['table']],
    ['zzz', []],
  ]);
  it.each([
    ['one misspelt word: up to three alternatives', 'kichen', ['kitchen', 'chicken', 'kitten']],
    ['case as typed does not matter', 'Kichen', ['kitchen', 'chicken', 'kitten']],
    ['several words: one search, each misspelt word replaced', 'kichen tabel', ['kitchen table']],
    ['words that were fine are kept as typed', 'Mum kichen', ['Mum kitchen']],
    ['nothing near: nothing suggested', 'zzz', []],
    ['no misspelt words: nothing suggested', 'garden', []],
    ['nothing typed', '', []],
  ] as const)('%s', (_rule, query, expected) => {
    expect(suggestedSearches(query, nearest)).toEqual(expected);
  });
});

describe('parseLeftOutNotes', () => {
  it.each([
    ['one note', ['bereavement'], ['bereavement']],
    ['trimmed and in lower case', ['  Bereavement '], ['bereavement']],
    ['spaces inside made single', ['self  harm'], ['self harm']],
    ['each once', ['loss', 'Loss'], ['loss']],
    ['empty ones dropped', ['', '  ', 'loss'], ['loss']],
    ['too long ones dropped', ['x'.repeat(101), 'loss'], ['loss']],
    ['none', [], []],
  ] as const)('%s', (_rule, values, expected) => {
    expect(parseLeftOutNotes(values)).toEqual(expected);
  });

  it(`keeps at most ${MAX_LEFT_OUT_NOTES}`, () => {
    const many = Array.from({ length: 20 }, (_, index) => `note ${index}`);
    expect(parseLeftOutNotes(many)).toHaveLength(MAX_LEFT_OUT_NOTES);
  });
});
