import { describe, expect, it } from 'vitest';
import { applyScriptNameMap, validateScriptNameMap } from '#src/editor/script-names.ts';
import { english } from './support/words.ts';

describe('applyScriptNameMap', () => {
  const map = { Sharon: 'Anne', 'Mary Ann': 'Rose', Mary: 'Lily', Jo: 'Sam' };
  it.each([
    ['Sharon made tea.', 'Anne made tea.'],
    ['SHARON', 'ANNE'],
    ['sharon', 'Anne'],
    ['SHARON (V.O.)', 'ANNE (V.O.)'],
    ['Mary Ann and Mary', 'Rose and Lily'],
    ['Jo, Joanna and Jo.', 'Sam, Joanna and Sam.'],
    ['Jo’s bag', 'Sam’s bag'],
    ['Sharonville', 'Sharonville'],
    ['No names here.', 'No names here.'],
  ])('%j → %j', (text, expected) => {
    expect(applyScriptNameMap(text, map)).toBe(expected);
  });

  it('never replaces a character name a second time', () => {
    expect(applyScriptNameMap('Ann met Bo', { Ann: 'Bo', Bo: 'Cy' })).toBe('Bo met Cy');
  });

  it('treats regular-expression characters in names literally', () => {
    expect(applyScriptNameMap('Dr. (Who) and Dr X', { 'Dr. (Who)': 'The Doctor' })).toBe(
      'The Doctor and Dr X',
    );
  });

  it('leaves text alone with an empty map', () => {
    expect(applyScriptNameMap('Sharon', {})).toBe('Sharon');
  });
});

describe('validateScriptNameMap', () => {
  it('accepts a map and returns a copy without a prototype', () => {
    const result = validateScriptNameMap(
      JSON.parse('{"Sharon":" Anne ","__proto__":"Polly"}'),
      english.t,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.map)).toBeNull();
      expect(Object.entries(result.map)).toEqual([
        ['Sharon', 'Anne'],
        ['__proto__', 'Polly'],
      ]);
    }
    expect(({} as Record<string, unknown>)['Polly']).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['not an object', 'Sharon=Anne'],
    ['an array', [['Sharon', 'Anne']]],
    ['a name that is not text', { Sharon: 1 }],
    ['an empty character name', { Sharon: ' ' }],
    ['punctuation only', { '!!': 'Anne' }],
    ['a name too long', { Sharon: 'x'.repeat(101) }],
    ['the same name twice', { Sharon: 'Anne', ' sharon ': 'Bea' }],
    [
      'too many names',
      Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`Name${i}`, 'X'])),
    ],
  ])('refuses %s', (_name, json) => {
    expect(validateScriptNameMap(json, english.t).ok).toBe(false);
  });
});
