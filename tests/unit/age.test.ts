import { describe, it, expect } from 'vitest';
import { ageOn, isMinorOn } from '#src/domain/age.ts';

const d = (iso: string): Date => new Date(iso);

describe('ageOn', () => {
  it.each([
    ['the day before a birthday', '2008-05-10', '2026-05-09', 17],
    ['on the birthday', '2008-05-10', '2026-05-10', 18],
    ['the day after a birthday', '2008-05-10', '2026-05-11', 18],
    ['the day of birth', '2008-05-10', '2008-05-10', 0],
    ['an earlier month of the year', '2008-05-10', '2026-04-30', 17],
    ['a later month of the year', '2008-05-10', '2026-06-01', 18],
    ['a 31 Dec birthday on 30 Dec', '2000-12-31', '2001-12-30', 0],
    ['a 31 Dec birthday on 31 Dec', '2000-12-31', '2001-12-31', 1],
    ['a 29 Feb birthday on 28 Feb of a non-leap year', '2008-02-29', '2026-02-28', 17],
    ['a 29 Feb birthday on 1 Mar of a non-leap year', '2008-02-29', '2026-03-01', 18],
    ['a 29 Feb birthday on 28 Feb of a leap year', '2008-02-29', '2028-02-28', 19],
    ['a 29 Feb birthday on 29 Feb of a leap year', '2008-02-29', '2028-02-29', 20],
    [
      'late UTC evening before the birthday',
      '2008-05-10T00:00:00Z',
      '2026-05-09T23:59:59.999Z',
      17,
    ],
    [
      'the first UTC millisecond of the birthday',
      '2008-05-10T00:00:00Z',
      '2026-05-10T00:00:00Z',
      18,
    ],
  ])('%s', (_rule, dob, on, expected) => {
    expect(ageOn(d(dob), d(on))).toBe(expected);
  });
});

describe('isMinorOn', () => {
  it.each([
    ['17 with a known date of birth', d('2008-05-10'), [], '2026-05-09', true],
    ['18 on the birthday', d('2008-05-10'), [], '2026-05-10', false],
    ['an adult with a guardian link still on record', d('1990-01-01'), ['g1'], '2026-01-01', false],
    ['a known minor without a guardian link', d('2012-01-01'), [], '2026-01-01', true],
    ['unknown date of birth with a guardian: treated as a minor', null, ['g1'], '2026-01-01', true],
    [
      'unknown date of birth without a guardian: treated as an adult',
      null,
      [],
      '2026-01-01',
      false,
    ],
  ] as const)('%s', (_rule, dateOfBirth, guardianIds, on, expected) => {
    expect(isMinorOn({ dateOfBirth, guardianIds }, d(on))).toBe(expected);
  });
});
