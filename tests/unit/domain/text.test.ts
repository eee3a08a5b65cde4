import { describe, expect, it } from 'vitest';
import {
  checkBirthDate,
  hasUnstorableCharacters,
  isCalendarDay,
  isoDay,
  removeUnstorableCharacters,
} from '#src/domain/text.ts';
import { translatorFor } from '#src/i18n/translator.ts';

describe('unstorable characters', () => {
  it.each([
    ['plain words', 'Tea at four', false, 'Tea at four'],
    ['tab, new line and carriage return are kept', 'a\tb\nc\r\nd', false, 'a\tb\nc\r\nd'],
    ['NUL', 'Tea\u0000 time', true, 'Tea time'],
    ['other C0 controls', '\u0001a\u0008b\u000bc\u001fd', true, 'abcd'],
    ['DEL', 'a\u007fb', true, 'ab'],
    ['a whole emoji is fine', 'Tea 🫖', false, 'Tea 🫖'],
    ['a lone high surrogate', 'a\ud800b', true, 'a\ufffdb'],
    ['a lone low surrogate', 'a\udfffb', true, 'a\ufffdb'],
    ['Welsh letters', 'Llanfairpwllgwyngyll ŵ ŷ', false, 'Llanfairpwllgwyngyll ŵ ŷ'],
  ])('%s', (_rule, text, unstorable, cleaned) => {
    expect(hasUnstorableCharacters(text)).toBe(unstorable);
    expect(removeUnstorableCharacters(text)).toBe(cleaned);
    expect(hasUnstorableCharacters(removeUnstorableCharacters(text))).toBe(false);
  });
});

describe('isCalendarDay', () => {
  it.each([
    ['2026-11-30', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2010-02-30', false],
    ['2010-13-01', false],
    ['2010-00-10', false],
    ['2010-04-31', false],
    ['0000-00-00', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2010-1-1', false],
    ['20100101', false],
    ['', false],
    ['2010-01-01T00:00:00Z', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });
});

describe('checkBirthDate', () => {
  const today = '2026-11-30';
  it.each([
    ['', { ok: true, date: null }],
    ['   ', { ok: true, date: null }],
    ['2011-05-14', { ok: true, date: '2011-05-14' }],
    [' 2011-05-14 ', { ok: true, date: '2011-05-14' }],
    ['1900-01-01', { ok: true, date: '1900-01-01' }],
    ['2026-11-30', { ok: true, date: '2026-11-30' }],
    ['2026-12-01', 'not possible'],
    ['9999-12-31', 'not possible'],
    ['1899-12-31', 'not possible'],
    ['2010-02-30', 'a real date'],
    ['2010-13-01', 'a real date'],
    ['0000-00-00', 'a real date'],
    ['14/05/2011', 'a real date'],
  ])('%j', (value, expected) => {
    const result = checkBirthDate(value, today);
    if (typeof expected === 'string') {
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : translatorFor('en').t(result.problem)).toContain(expected);
    } else {
      expect(result).toEqual(expected);
    }
  });
});

describe('isoDay', () => {
  it('is the UTC calendar day', () => {
    expect(isoDay(new Date('2026-11-30T23:59:59Z'))).toBe('2026-11-30');
    expect(isoDay(new Date('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
  });
});
