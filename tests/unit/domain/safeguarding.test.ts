import { describe, expect, it } from 'vitest';
import {
  checkGuardianLink,
  describeAccountChange,
  isStaff,
  mayChangeOwnDateOfBirth,
  type AccountChange,
} from '#src/domain/safeguarding.ts';
import type { Role } from '#src/domain/roles.ts';
import { translatorFor } from '#src/i18n/translator.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('mayChangeOwnDateOfBirth', () => {
  it.each([
    ['an adult with no guardian', d('1950-04-01'), [], true],
    ['no date and no guardian', null, [], true],
    ['regression: a 15-year-old', d('2011-05-14'), [], false],
    ['regression: a 15-year-old with a guardian', d('2011-05-14'), ['donna'], false],
    ['an adult who still has a guardian linked', d('1990-01-01'), ['donna'], false],
    ['no date but a guardian linked', null, ['donna'], false],
    ['18 today', d('2008-11-30'), [], true],
    ['18 tomorrow', d('2008-12-01'), [], false],
  ] as const)('%s', (_rule, dateOfBirth, guardianIds, expected) => {
    expect(mayChangeOwnDateOfBirth({ dateOfBirth, guardianIds }, NOW)).toBe(expected);
  });
});

describe('checkGuardianLink', () => {
  const link = (
    guardianRoles: Role[],
    existing: string[] = [],
    guardianId = 'g',
    facts: { dateOfBirth?: Date | null; guardianIds?: string[] } = {},
  ) =>
    checkGuardianLink(
      {
        guardianId,
        guardian: {
          roles: guardianRoles,
          dateOfBirth: facts.dateOfBirth ?? d('1980-01-01'),
          guardianIds: facts.guardianIds ?? [],
        },
        youngPersonId: 'kid',
        existingGuardianIds: existing,
      },
      NOW,
    );
  it.each([
    ['a parent', link(['contributor']), null],
    ['a parent already a guardian of someone', link(['contributor', 'guardian']), null],
    ['regression: an admin', link(['admin']), 'staff'],
    ['comms', link(['contributor', 'comms']), 'staff'],
    ['a facilitator', link(['facilitator']), 'staff'],
    ['themself', link(['contributor'], [], 'kid'), 'self'],
    ['already linked', link(['guardian'], ['g']), 'already-linked'],
    [
      'regression: a 16-year-old',
      link(['contributor'], [], 'g', { dateOfBirth: d('2010-03-01') }),
      'young',
    ],
    [
      'someone with a guardian of their own',
      link(['contributor'], [], 'g', { guardianIds: ['p'] }),
      'young',
    ],
    [
      'a parent whose age is not given',
      link(['contributor'], [], 'g', { dateOfBirth: null }),
      null,
    ],
  ])('%s', (_rule, result, expected) => {
    expect(result).toBe(expected);
  });

  it.each([
    [['admin'], true],
    [['comms'], true],
    [['facilitator'], true],
    [['service_lead'], true],
    [['guardian', 'contributor'], false],
  ] as const)('isStaff(%j) → %s', (roles, expected) => {
    expect(isStaff(roles)).toBe(expected);
  });
});

describe('describeAccountChange', () => {
  const day = (iso: string) => `«${iso}»`;
  const at = NOW;
  it.each([
    [
      {
        kind: 'date_of_birth',
        at,
        actorName: 'Alex Morgan',
        previous: '2011-05-14',
        next: '1990-01-01',
      },
      'Alex Morgan, an admin, changed your date of birth from «2011-05-14» to «1990-01-01».',
    ],
    [
      { kind: 'date_of_birth', at, actorName: null, previous: null, next: '2011-05-14' },
      'An admin changed your date of birth from not given to «2011-05-14».',
    ],
    [
      { kind: 'guardian_linked', at, actorName: 'Alex Morgan', guardianName: 'Dev Reid' },
      'Alex Morgan, an admin, linked Dev Reid as your parent or carer.',
    ],
    [
      { kind: 'guardian_unlinked', at, actorName: 'Alex Morgan', guardianName: null },
      'Alex Morgan, an admin, took someone off as your parent or carer.',
    ],
  ] satisfies Array<[AccountChange, string]>)('%j', (change, expected) => {
    expect(describeAccountChange(change, day, translatorFor('en'))).toBe(expected);
  });
});
