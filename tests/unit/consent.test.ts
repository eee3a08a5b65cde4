import { describe, it, expect } from 'vitest';
import {
  CONSENT_CHANGE_REASONS,
  checkConsentChange,
  consentChangeMessage,
} from '#src/domain/consent-change.ts';
import {
  DEFAULT_CONSENT_MONTHS,
  MAX_CONSENT_MONTHS,
  addMonthsUtc,
  defaultExpiry,
} from '#src/domain/consent-period.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { foldAuthorConsent, isRunningAt, needsGuardian } from '#src/domain/consent.ts';
import type { AuthorConsentStatus } from '#src/domain/consent.ts';
import type { ConsentChange, ConsentChangeResult } from '#src/domain/consent-change.ts';
import type {
  Anonymity,
  ConsentEvent,
  Scope,
  StoryAuthor,
  Visibility,
} from '#src/domain/consent-types.ts';

// Fixed clocks only: the domain takes `now` as an argument, so every case is repeatable.
const d = (iso: string): Date => new Date(iso);
const NOW = d('2026-01-15T12:00:00Z');

// Authors. Kit is 15 with guardian Gwen. Tia turns 18 on 2026-03-10, guardian Gus.
const ann: StoryAuthor = { personId: 'ann', dateOfBirth: d('1950-04-01'), guardianIds: [] };
const bo: StoryAuthor = { personId: 'bo', dateOfBirth: d('1985-09-20'), guardianIds: [] };
const cy: StoryAuthor = { personId: 'cy', dateOfBirth: null, guardianIds: [] };
const kit: StoryAuthor = { personId: 'kit', dateOfBirth: d('2010-06-15'), guardianIds: ['gwen'] };
const tia: StoryAuthor = { personId: 'tia', dateOfBirth: d('2008-03-10'), guardianIds: ['gus'] };
/** Kit after Gwen's link was removed and Gail linked instead. */
const kitRelinked: StoryAuthor = { ...kit, guardianIds: ['gail'] };
/** A young person whose age is not recorded but who has a guardian. */
const noDobWithGuardian: StoryAuthor = {
  personId: 'uma',
  dateOfBirth: null,
  guardianIds: ['gwen'],
};

interface EventSpec {
  readonly kind: ConsentEvent['kind'];
  readonly subjectId: string;
  readonly at: string;
  readonly actorId?: string;
  readonly scope?: Scope;
  readonly anonymity?: Anonymity;
  readonly rev?: number;
  readonly expiresAt?: string;
  readonly sequence?: number;
  readonly guardianRequired?: boolean;
  readonly contentKey?: string;
}

/** Builds a story's ledger; sequence follows array order unless given. */
function ledger(...specs: EventSpec[]): ConsentEvent[] {
  return specs.map((s, i) => ({
    sequence: s.sequence ?? i + 1,
    storyId: 'story-1',
    subjectId: s.subjectId,
    actorId: s.actorId ?? s.subjectId,
    kind: s.kind,
    scope: s.scope ?? 'public_site',
    anonymity: s.anonymity ?? null,
    revisionNumber: s.rev ?? null,
    expiresAt: s.expiresAt === undefined ? null : d(s.expiresAt),
    guardianRequired: s.guardianRequired ?? null,
    fingerprint: null,
    contentKey: s.contentKey ?? null,
    occurredAt: d(s.at),
  }));
}

type Extra = Omit<EventSpec, 'kind' | 'subjectId' | 'at'>;
/** A grant with revision 1, named, expiring 12 months later unless told otherwise. */
const grant = (subjectId: string, at: string, extra: Extra = {}): EventSpec => ({
  kind: 'grant',
  subjectId,
  at,
  anonymity: 'named',
  rev: 1,
  expiresAt: defaultExpiry(d(at)).toISOString(),
  ...extra,
});
const ev =
  (kind: ConsentEvent['kind']) =>
  (subjectId: string, at: string, extra: Extra = {}): EventSpec => ({
    kind,
    subjectId,
    at,
    ...extra,
  });
const renew = ev('renew');
const withdraw = ev('withdraw');
const approve = (subjectId: string, at: string, extra: Extra = {}): EventSpec =>
  ev('guardian_approve')(subjectId, at, { rev: 1, ...extra });
const guardianWithdraw = ev('guardian_withdraw');
const expire = ev('expire');

/** The AuthorConsent a grant() spec produces. */
const consentOf = (
  personId: string,
  grantedAt: string,
  extra: { rev?: number; expiresAt?: string; anonymity?: Anonymity; contentKey?: string } = {},
) => ({
  personId,
  anonymity: extra.anonymity ?? 'named',
  revisionNumber: extra.rev ?? 1,
  grantedAt: d(grantedAt),
  expiresAt: extra.expiresAt === undefined ? defaultExpiry(d(grantedAt)) : d(extra.expiresAt),
  fingerprint: null,
  contentKey: extra.contentKey ?? null,
});

describe('defaultExpiry and addMonthsUtc', () => {
  it.each([
    ['12 calendar months later', '2025-01-15T12:00:00Z', '2026-01-15T12:00:00Z'],
    ['keeps the time of day', '2025-07-01T23:59:59.500Z', '2026-07-01T23:59:59.500Z'],
    ['29 Feb clamps to 28 Feb, never later', '2024-02-29T10:00:00Z', '2025-02-28T10:00:00Z'],
  ])('%s', (_rule, from, expected) => {
    expect(defaultExpiry(d(from))).toEqual(d(expected));
  });

  it.each([
    ['31 Jan + 1 month clamps to end of Feb', '2026-01-31T00:00:00Z', 1, '2026-02-28T00:00:00Z'],
    ['crosses a year end', '2025-11-30T00:00:00Z', 3, '2026-02-28T00:00:00Z'],
    ['0 months is the same moment', '2026-01-15T12:00:00Z', 0, '2026-01-15T12:00:00Z'],
  ])('%s', (_rule, from, months, expected) => {
    expect(addMonthsUtc(d(from), months)).toEqual(d(expected));
  });

  it('defaults and maximum are both 12 months', () => {
    expect([DEFAULT_CONSENT_MONTHS, MAX_CONSENT_MONTHS]).toEqual([12, 12]);
  });
});

describe('isRunningAt: a consent holds until its expiry instant, not at it', () => {
  const expiresAt = new Date('2026-06-01T00:00:00Z');
  it.each([
    ['a day before', new Date('2026-05-31T00:00:00Z'), true],
    ['a millisecond before', new Date(expiresAt.getTime() - 1), true],
    ['at the instant', expiresAt, false],
    ['after', new Date('2026-06-02T00:00:00Z'), false],
  ] as const)('%s', (_row, now, expected) => {
    expect(isRunningAt({ expiresAt }, now)).toBe(expected);
  });
});

describe('needsGuardian', () => {
  it.each([
    ['an adult, public site', ann, 'public_site', '2026-01-15', false],
    ['a minor, public site', kit, 'public_site', '2026-01-15', true],
    ['a minor, newsletter', kit, 'newsletter', '2026-01-15', true],
    ['a minor, group: no guardian needed', kit, 'group', '2026-01-15', false],
    ['the day before turning 18', tia, 'public_site', '2026-03-09', true],
    ['on the 18th birthday', tia, 'public_site', '2026-03-10', false],
    ['the day after the 18th birthday', tia, 'public_site', '2026-03-11', false],
    ['unknown age with a guardian link', noDobWithGuardian, 'press', '2026-01-15', true],
    ['unknown age without a guardian link', cy, 'press', '2026-01-15', false],
  ] as const)('%s', (_rule, author, scope, at, expected) => {
    expect(needsGuardian(scope, author, d(at))).toBe(expected);
  });
});

describe('foldAuthorConsent', () => {
  const rows: ReadonlyArray<
    readonly [string, StoryAuthor, readonly EventSpec[], Scope, string, AuthorConsentStatus]
  > = [
    ['no events: none', ann, [], 'public_site', '2026-01-15', { status: 'none' }],
    [
      'a grant: valid',
      ann,
      [grant('ann', '2025-06-01T00:00:00Z')],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('ann', '2025-06-01T00:00:00Z') },
    ],
    [
      'another author’s events are not mine',
      ann,
      [grant('bo', '2025-06-01')],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      'another scope’s events are not this scope',
      ann,
      [grant('ann', '2025-06-01', { scope: 'newsletter' })],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      'a grant made by someone else is no yes',
      ann,
      [grant('ann', '2025-06-01', { actorId: 'bo' })],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      'a grant missing its expiry is ignored',
      ann,
      [{ kind: 'grant', subjectId: 'ann', at: '2025-06-01', anonymity: 'named', rev: 1 }],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      'withdraw ends the consent',
      ann,
      [grant('ann', '2025-06-01'), withdraw('ann', '2025-07-01')],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-07-01') },
    ],
    [
      'withdrawing twice keeps the first moment',
      ann,
      [grant('ann', '2025-06-01'), withdraw('ann', '2025-07-01'), withdraw('ann', '2025-08-01')],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-07-01') },
    ],
    [
      're-granting after a withdrawal: valid again, with the new grant',
      ann,
      [
        grant('ann', '2025-06-01'),
        withdraw('ann', '2025-07-01'),
        grant('ann', '2025-08-01', { rev: 2, anonymity: 'pseudonym' }),
      ],
      'public_site',
      '2026-01-15',
      {
        status: 'valid',
        consent: consentOf('ann', '2025-08-01', { rev: 2, anonymity: 'pseudonym' }),
      },
    ],
    [
      'a new grant replaces the earlier one',
      ann,
      [grant('ann', '2025-06-01'), grant('ann', '2025-09-01', { rev: 3, anonymity: 'anonymous' })],
      'public_site',
      '2026-01-15',
      {
        status: 'valid',
        consent: consentOf('ann', '2025-09-01', { rev: 3, anonymity: 'anonymous' }),
      },
    ],
    [
      'renewal before expiry extends',
      ann,
      [
        grant('ann', '2025-01-01T00:00:00Z'),
        renew('ann', '2025-12-01T00:00:00Z', { expiresAt: '2026-12-01T00:00:00Z' }),
      ],
      'public_site',
      '2026-06-01',
      {
        status: 'valid',
        consent: consentOf('ann', '2025-01-01T00:00:00Z', { expiresAt: '2026-12-01T00:00:00Z' }),
      },
    ],
    [
      'renewal after expiry does not revive',
      ann,
      [
        grant('ann', '2025-01-01T00:00:00Z'),
        renew('ann', '2026-01-15T00:00:00Z', { expiresAt: '2027-01-15T00:00:00Z' }),
      ],
      'public_site',
      '2026-02-01',
      { status: 'expired', at: d('2026-01-01T00:00:00Z') },
    ],
    [
      'renewal at the very moment of expiry does not revive',
      ann,
      [
        grant('ann', '2025-01-01T00:00:00Z'),
        renew('ann', '2026-01-01T00:00:00Z', { expiresAt: '2027-01-01T00:00:00Z' }),
      ],
      'public_site',
      '2026-02-01',
      { status: 'expired', at: d('2026-01-01T00:00:00Z') },
    ],
    [
      'renewal with nothing granted does nothing',
      ann,
      [renew('ann', '2025-12-01', { expiresAt: '2026-12-01' })],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      'renewal after a withdrawal does not revive',
      ann,
      [
        grant('ann', '2025-06-01'),
        withdraw('ann', '2025-07-01'),
        renew('ann', '2025-08-01', { expiresAt: '2026-08-01' }),
      ],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-07-01') },
    ],
    [
      'renewal by someone else does not extend',
      ann,
      [
        grant('ann', '2025-01-01T00:00:00Z'),
        renew('ann', '2025-12-01T00:00:00Z', { actorId: 'bo', expiresAt: '2026-12-01T00:00:00Z' }),
      ],
      'public_site',
      '2026-02-01',
      { status: 'expired', at: d('2026-01-01T00:00:00Z') },
    ],
    [
      'expiry exactly at now: expired (expiresAt <= now)',
      ann,
      [grant('ann', '2025-01-15T12:00:00Z')],
      'public_site',
      '2026-01-15T12:00:00Z',
      { status: 'expired', at: d('2026-01-15T12:00:00Z') },
    ],
    [
      'one millisecond before expiry: still valid',
      ann,
      [grant('ann', '2025-01-15T12:00:00Z')],
      'public_site',
      '2026-01-15T11:59:59.999Z',
      { status: 'valid', consent: consentOf('ann', '2025-01-15T12:00:00Z') },
    ],
    [
      'an expire record written late: expired at the real expiry',
      ann,
      [
        grant('ann', '2025-01-01T00:00:00Z'),
        expire('ann', '2026-01-03T00:00:00Z', { actorId: 'system' }),
      ],
      'public_site',
      '2026-02-01',
      { status: 'expired', at: d('2026-01-01T00:00:00Z') },
    ],
    [
      'an expire record before the expiry still ends the consent then',
      ann,
      [
        grant('ann', '2025-01-01T00:00:00Z'),
        expire('ann', '2025-06-01T00:00:00Z', { actorId: 'system' }),
      ],
      'public_site',
      '2025-07-01',
      { status: 'expired', at: d('2025-06-01T00:00:00Z') },
    ],
    [
      'an expire record with nothing granted does nothing',
      ann,
      [expire('ann', '2025-06-01', { actorId: 'system' })],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      're-granting after expiry: valid again',
      ann,
      [grant('ann', '2024-01-01T00:00:00Z'), grant('ann', '2025-12-01T00:00:00Z', { rev: 2 })],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('ann', '2025-12-01T00:00:00Z', { rev: 2 }) },
    ],
    [
      'events after now are ignored: a future grant',
      ann,
      [grant('ann', '2026-02-01')],
      'public_site',
      '2026-01-15',
      { status: 'none' },
    ],
    [
      'events after now are ignored: a future withdrawal',
      ann,
      [grant('ann', '2025-06-01'), withdraw('ann', '2026-01-15T12:00:00.001Z')],
      'public_site',
      '2026-01-15T12:00:00Z',
      { status: 'valid', consent: consentOf('ann', '2025-06-01') },
    ],
    [
      'an event exactly at now has happened',
      ann,
      [grant('ann', '2025-06-01'), withdraw('ann', '2026-01-15T12:00:00Z')],
      'public_site',
      '2026-01-15T12:00:00Z',
      { status: 'withdrawn', at: d('2026-01-15T12:00:00Z') },
    ],
    [
      'events are folded by time, not array order',
      ann,
      [withdraw('ann', '2025-07-01'), grant('ann', '2025-06-01')],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-07-01') },
    ],
    [
      'same timestamp: sequence decides (grant, then withdraw)',
      ann,
      [withdraw('ann', '2025-06-01', { sequence: 2 }), grant('ann', '2025-06-01', { sequence: 1 })],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-06-01') },
    ],
    [
      'same timestamp: sequence decides (withdraw, then grant)',
      ann,
      [withdraw('ann', '2025-06-01', { sequence: 1 }), grant('ann', '2025-06-01', { sequence: 2 })],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('ann', '2025-06-01') },
    ],
    [
      'a minor’s public_site grant awaits a guardian',
      kit,
      [grant('kit', '2025-12-01')],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'a minor’s group grant needs no guardian',
      kit,
      [grant('kit', '2025-12-01', { scope: 'group' })],
      'group',
      '2026-01-15',
      { status: 'valid', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'a minor’s grant approved by their guardian: valid',
      kit,
      [grant('kit', '2025-12-01'), approve('kit', '2025-12-02', { actorId: 'gwen' })],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'approval by someone who is not a guardian does not count',
      kit,
      [grant('kit', '2025-12-01'), approve('kit', '2025-12-02', { actorId: 'bo' })],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'approval by a guardian no longer linked does not count',
      kitRelinked,
      [grant('kit', '2025-12-01'), approve('kit', '2025-12-02', { actorId: 'gwen' })],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'approval of a different revision does not count',
      kit,
      [
        grant('kit', '2025-12-01', { rev: 2 }),
        approve('kit', '2025-12-02', { actorId: 'gwen', rev: 1 }),
      ],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01', { rev: 2 }) },
    ],
    [
      'approval before the latest grant does not carry over',
      kit,
      [
        grant('kit', '2025-12-01'),
        approve('kit', '2025-12-02', { actorId: 'gwen' }),
        grant('kit', '2025-12-03'),
      ],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-03') },
    ],
    [
      'approval before any grant does not count',
      kit,
      [approve('kit', '2025-11-30', { actorId: 'gwen' }), grant('kit', '2025-12-01')],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'a guardian withdrawing ends the consent',
      kit,
      [
        grant('kit', '2025-12-01'),
        approve('kit', '2025-12-02', { actorId: 'gwen' }),
        guardianWithdraw('kit', '2025-12-10', { actorId: 'gwen' }),
      ],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-12-10') },
    ],
    [
      'a guardian withdrawing a group grant ends it too',
      kit,
      [
        grant('kit', '2025-12-01', { scope: 'group' }),
        guardianWithdraw('kit', '2025-12-10', { actorId: 'gwen', scope: 'group' }),
      ],
      'group',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-12-10') },
    ],
    [
      'a guardian_withdraw by a non-guardian is ignored',
      kit,
      [
        grant('kit', '2025-12-01'),
        approve('kit', '2025-12-02', { actorId: 'gwen' }),
        guardianWithdraw('kit', '2025-12-10', { actorId: 'bo' }),
      ],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'after a guardian’s withdrawal the young person re-grants and awaits approval again',
      kit,
      [
        grant('kit', '2025-12-01'),
        approve('kit', '2025-12-02', { actorId: 'gwen' }),
        guardianWithdraw('kit', '2025-12-10', { actorId: 'gwen' }),
        grant('kit', '2025-12-11'),
      ],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-11') },
    ],
    [
      '…and a fresh approval makes it valid',
      kit,
      [
        grant('kit', '2025-12-01'),
        approve('kit', '2025-12-02', { actorId: 'gwen' }),
        guardianWithdraw('kit', '2025-12-10', { actorId: 'gwen' }),
        grant('kit', '2025-12-11'),
        approve('kit', '2025-12-12', { actorId: 'gwen' }),
      ],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('kit', '2025-12-11') },
    ],
    [
      'turning 18: a grant the day after the 18th birthday needs no guardian',
      tia,
      [grant('tia', '2026-03-11T09:00:00Z')],
      'public_site',
      '2026-04-01',
      { status: 'valid', consent: consentOf('tia', '2026-03-11T09:00:00Z') },
    ],
    [
      'turning 18: a grant on the 18th birthday needs no guardian',
      tia,
      [grant('tia', '2026-03-10T00:00:00Z')],
      'public_site',
      '2026-04-01',
      { status: 'valid', consent: consentOf('tia', '2026-03-10T00:00:00Z') },
    ],
    [
      'turning 18: a grant the day before still needs the guardian, even after the birthday',
      tia,
      [grant('tia', '2026-03-09T09:00:00Z')],
      'public_site',
      '2026-04-01',
      { status: 'awaiting-guardian', consent: consentOf('tia', '2026-03-09T09:00:00Z') },
    ],
    [
      'guardian_withdraw after the young person turned 18 is ignored',
      tia,
      [grant('tia', '2026-03-11'), guardianWithdraw('tia', '2026-03-12', { actorId: 'gus' })],
      'public_site',
      '2026-04-01',
      { status: 'valid', consent: consentOf('tia', '2026-03-11') },
    ],
    [
      'guardian_withdraw after 18 is ignored even for a grant made (and approved) while a minor',
      tia,
      [
        grant('tia', '2026-03-01'),
        approve('tia', '2026-03-02', { actorId: 'gus' }),
        guardianWithdraw('tia', '2026-03-10', { actorId: 'gus' }),
      ],
      'public_site',
      '2026-04-01',
      { status: 'valid', consent: consentOf('tia', '2026-03-01') },
    ],
    [
      'a guardian’s approval after the young person turned 18 is ignored: the yes waits for them',
      tia,
      [grant('tia', '2026-03-01'), approve('tia', '2026-03-10', { actorId: 'gus' })],
      'public_site',
      '2026-04-01',
      { status: 'awaiting-guardian', consent: consentOf('tia', '2026-03-01') },
    ],
    [
      'guardian_withdraw the day before turning 18 counts',
      tia,
      [
        grant('tia', '2026-03-01', { scope: 'group' }),
        guardianWithdraw('tia', '2026-03-09', { actorId: 'gus', scope: 'group' }),
      ],
      'group',
      '2026-04-01',
      { status: 'withdrawn', at: d('2026-03-09') },
    ],
    [
      'unknown age with a guardian link: awaits the guardian',
      noDobWithGuardian,
      [grant('uma', '2025-12-01')],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('uma', '2025-12-01') },
    ],
    [
      'unknown age without a guardian link: valid',
      cy,
      [grant('cy', '2025-12-01')],
      'public_site',
      '2026-01-15',
      { status: 'valid', consent: consentOf('cy', '2025-12-01') },
    ],
    [
      'regression: a date of birth changed after a young person’s yes does not skip the guardian',
      { ...kit, dateOfBirth: d('1990-01-01') },
      [grant('kit', '2025-12-01', { guardianRequired: true })],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'regression: a yes given as an adult waits for a guardian once the person turns out to have been a minor',
      kit,
      [grant('kit', '2025-12-01', { guardianRequired: false })],
      'public_site',
      '2026-01-15',
      { status: 'awaiting-guardian', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'a grant recorded as needing no guardian stays valid whatever the age says now',
      kit,
      [grant('kit', '2025-12-01', { scope: 'group', guardianRequired: false })],
      'group',
      '2026-01-15',
      { status: 'valid', consent: consentOf('kit', '2025-12-01') },
    ],
    [
      'a withdraw with nothing granted still records a no',
      ann,
      [withdraw('ann', '2025-06-01')],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-06-01') },
    ],
    [
      'withdrawal after expiry: withdrawn',
      ann,
      [grant('ann', '2024-01-01T00:00:00Z'), withdraw('ann', '2025-06-01')],
      'public_site',
      '2026-01-15',
      { status: 'withdrawn', at: d('2025-06-01') },
    ],
  ];

  it.each(rows)('%s', (_rule, author, specs, scope, now, expected) => {
    expect(foldAuthorConsent(ledger(...specs), author, scope, d(now))).toEqual(expected);
  });
});

describe('decideVisibility', () => {
  const all = (specs: readonly EventSpec[]) => ledger(...specs);
  const visible = (
    revisionNumber: number,
    consents: ReturnType<typeof consentOf>[],
    expiresAt: Date,
  ): Visibility => ({ visible: true, revisionNumber, consents, expiresAt });
  const hidden = (reason: Extract<Visibility, { visible: false }>['reason']): Visibility => ({
    visible: false,
    reason,
  });

  const rows: ReadonlyArray<
    readonly [
      string,
      readonly StoryAuthor[],
      readonly EventSpec[],
      Scope,
      number | undefined,
      Visibility,
    ]
  > = [
    [
      'no authors',
      [],
      [grant('ann', '2025-06-01')],
      'public_site',
      undefined,
      hidden('no-authors'),
    ],
    ['nobody has consented', [ann, bo], [], 'public_site', undefined, hidden('no-consent')],
    [
      'one author, valid consent',
      [ann],
      [grant('ann', '2025-06-01')],
      'public_site',
      undefined,
      visible(1, [consentOf('ann', '2025-06-01')], defaultExpiry(d('2025-06-01'))),
    ],
    [
      'consent for another scope does not count',
      [ann],
      [grant('ann', '2025-06-01', { scope: 'group' })],
      'public_site',
      undefined,
      hidden('no-consent'),
    ],
    [
      'three co-authors all valid: consents in author order, earliest expiry',
      [cy, ann, bo],
      [grant('ann', '2025-06-01'), grant('bo', '2025-03-01'), grant('cy', '2025-09-01')],
      'public_site',
      undefined,
      visible(
        1,
        [
          consentOf('cy', '2025-09-01'),
          consentOf('ann', '2025-06-01'),
          consentOf('bo', '2025-03-01'),
        ],
        defaultExpiry(d('2025-03-01')),
      ),
    ],
    [
      'one co-author of three withdrawing takes the story down',
      [ann, bo, cy],
      [
        grant('ann', '2025-06-01'),
        grant('bo', '2025-06-01'),
        grant('cy', '2025-06-01'),
        withdraw('bo', '2025-12-01'),
      ],
      'public_site',
      undefined,
      hidden('withdrawn'),
    ],
    [
      'one co-author expired',
      [ann, bo],
      [grant('ann', '2025-06-01'), grant('bo', '2024-06-01')],
      'public_site',
      undefined,
      hidden('expired'),
    ],
    [
      'withdrawn outranks expired',
      [ann, bo],
      [grant('ann', '2024-06-01'), grant('bo', '2025-06-01'), withdraw('bo', '2025-07-01')],
      'public_site',
      undefined,
      hidden('withdrawn'),
    ],
    [
      'expired outranks a co-author not yet asked',
      [ann, bo],
      [grant('ann', '2024-06-01')],
      'public_site',
      undefined,
      hidden('expired'),
    ],
    [
      'one co-author has not said yes yet',
      [ann, bo],
      [grant('ann', '2025-06-01')],
      'public_site',
      undefined,
      hidden('awaiting-co-author'),
    ],
    [
      'a co-author not asked outranks one awaiting a guardian',
      [kit, bo],
      [grant('kit', '2025-06-01')],
      'public_site',
      undefined,
      hidden('awaiting-co-author'),
    ],
    [
      'a minor’s public_site grant awaits a guardian',
      [kit, ann],
      [grant('kit', '2025-12-01'), grant('ann', '2025-12-01')],
      'public_site',
      undefined,
      hidden('awaiting-guardian'),
    ],
    [
      'the same minor’s group grant needs none',
      [kit, ann],
      [
        grant('kit', '2025-12-01', { scope: 'group' }),
        grant('ann', '2025-12-01', { scope: 'group' }),
      ],
      'group',
      undefined,
      visible(
        1,
        [consentOf('kit', '2025-12-01'), consentOf('ann', '2025-12-01')],
        defaultExpiry(d('2025-12-01')),
      ),
    ],
    [
      'a minor’s grant with guardian approval is visible',
      [kit],
      [grant('kit', '2025-12-01'), approve('kit', '2025-12-02', { actorId: 'gwen' })],
      'public_site',
      undefined,
      visible(1, [consentOf('kit', '2025-12-01')], defaultExpiry(d('2025-12-01'))),
    ],
    [
      'a guardian withdrawing takes it down',
      [kit],
      [
        grant('kit', '2025-12-01'),
        approve('kit', '2025-12-02', { actorId: 'gwen' }),
        guardianWithdraw('kit', '2026-01-01', { actorId: 'gwen' }),
      ],
      'public_site',
      undefined,
      hidden('withdrawn'),
    ],
    [
      'co-authors consented to different revisions',
      [ann, bo],
      [grant('ann', '2025-06-01', { rev: 1 }), grant('bo', '2025-06-01', { rev: 2 })],
      'public_site',
      undefined,
      hidden('revision-not-consented'),
    ],
    [
      'co-authors agreed to the same text under different titles',
      [ann, bo],
      [
        grant('ann', '2025-06-01', { rev: 2, contentKey: 'a'.repeat(64) }),
        grant('bo', '2025-06-01', { rev: 2, contentKey: 'b'.repeat(64) }),
      ],
      'public_site',
      undefined,
      hidden('version-not-agreed'),
    ],
    [
      'a yes recorded before content keys were kept agrees with any',
      [ann, bo],
      [
        grant('ann', '2025-06-01', { rev: 2, contentKey: 'a'.repeat(64) }),
        grant('bo', '2025-06-01', { rev: 2 }),
      ],
      'public_site',
      undefined,
      visible(
        2,
        [
          consentOf('ann', '2025-06-01', { rev: 2, contentKey: 'a'.repeat(64) }),
          consentOf('bo', '2025-06-01', { rev: 2 }),
        ],
        defaultExpiry(d('2025-06-01')),
      ),
    ],
    [
      'the revision asked for differs from the one consented to',
      [ann, bo],
      [grant('ann', '2025-06-01', { rev: 2 }), grant('bo', '2025-06-01', { rev: 2 })],
      'public_site',
      3,
      hidden('revision-not-consented'),
    ],
    [
      'the revision asked for is the one consented to',
      [ann, bo],
      [grant('ann', '2025-06-01', { rev: 2 }), grant('bo', '2025-07-01', { rev: 2 })],
      'public_site',
      2,
      visible(
        2,
        [consentOf('ann', '2025-06-01', { rev: 2 }), consentOf('bo', '2025-07-01', { rev: 2 })],
        defaultExpiry(d('2025-06-01')),
      ),
    ],
    [
      're-granting after a withdrawal makes it visible again',
      [ann],
      [grant('ann', '2025-06-01'), withdraw('ann', '2025-07-01'), grant('ann', '2025-08-01')],
      'public_site',
      undefined,
      visible(1, [consentOf('ann', '2025-08-01')], defaultExpiry(d('2025-08-01'))),
    ],
    [
      'events after now are ignored',
      [ann],
      [grant('ann', '2026-01-15T12:00:00.001Z')],
      'public_site',
      undefined,
      hidden('no-consent'),
    ],
    [
      'expiry exactly at now: expired',
      [ann],
      [grant('ann', '2025-01-15T12:00:00Z')],
      'public_site',
      undefined,
      hidden('expired'),
    ],
  ];

  it.each(rows)('%s', (_rule, authors, specs, scope, revisionNumber, expected) => {
    expect(
      decideVisibility({ authors, events: all(specs), scope, now: NOW, revisionNumber }),
    ).toEqual(expected);
  });
});

describe('checkConsentChange', () => {
  const LATEST = 3;
  const IN_12_MONTHS = defaultExpiry(NOW);
  const expectedEvent = (fields: {
    kind: ConsentEvent['kind'];
    subjectId: string;
    actorId: string;
    scope?: Scope;
    anonymity?: Anonymity;
    revisionNumber?: number;
    expiresAt?: Date;
    guardianRequired?: boolean;
  }): ConsentChangeResult => ({
    ok: true,
    event: {
      kind: fields.kind,
      subjectId: fields.subjectId,
      actorId: fields.actorId,
      scope: fields.scope ?? 'public_site',
      anonymity: fields.anonymity ?? null,
      revisionNumber: fields.revisionNumber ?? null,
      expiresAt: fields.expiresAt ?? null,
      guardianRequired: fields.guardianRequired ?? (fields.kind === 'grant' ? false : null),
      fingerprint: null,
      contentKey: null,
      occurredAt: NOW,
    },
  });
  const refused = (reason: Extract<ConsentChangeResult, { ok: false }>['reason']) =>
    ({ ok: false, reason }) as const;

  const base = { actorId: 'ann', subjectId: 'ann', scope: 'public_site' } as const;
  const kitBase = { actorId: 'gwen', subjectId: 'kit', scope: 'public_site' } as const;
  const validAnn = [grant('ann', '2025-06-01')];
  const expiredAnn = [grant('ann', '2025-01-15T12:00:00Z')]; // expires exactly at NOW
  const withdrawnAnn = [grant('ann', '2025-06-01'), withdraw('ann', '2025-07-01')];
  const awaitingKit = [grant('kit', '2025-12-01', { rev: 2 })];
  const approvedKit = [...awaitingKit, approve('kit', '2025-12-02', { actorId: 'gwen', rev: 2 })];

  const rows: ReadonlyArray<
    readonly [string, ConsentChange, readonly EventSpec[], ConsentChangeResult]
  > = [
    // grant
    [
      'grant with the default expiry',
      { ...base, kind: 'grant', anonymity: 'first_name', revisionNumber: 3 },
      [],
      expectedEvent({
        ...base,
        kind: 'grant',
        anonymity: 'first_name',
        revisionNumber: 3,
        expiresAt: IN_12_MONTHS,
      }),
    ],
    [
      'grant with a chosen expiry',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 1, expiresAt: d('2026-04-01') },
      [],
      expectedEvent({
        ...base,
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: d('2026-04-01'),
      }),
    ],
    [
      'a grant to the end of the last day, 12 months ahead, is allowed',
      {
        ...base,
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: new Date(Date.UTC(2027, 0, 16)),
      },
      [],
      expectedEvent({
        ...base,
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: new Date(Date.UTC(2027, 0, 16)),
      }),
    ],
    [
      'grant exactly 12 months ahead is allowed',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 1, expiresAt: IN_12_MONTHS },
      [],
      expectedEvent({
        ...base,
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: IN_12_MONTHS,
      }),
    ],
    [
      're-granting after a withdrawal',
      { ...base, kind: 'grant', anonymity: 'anonymous', revisionNumber: 2 },
      withdrawnAnn,
      expectedEvent({
        ...base,
        kind: 'grant',
        anonymity: 'anonymous',
        revisionNumber: 2,
        expiresAt: IN_12_MONTHS,
      }),
    ],
    [
      'sharing again after expiry',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 1 },
      expiredAnn,
      expectedEvent({
        ...base,
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: IN_12_MONTHS,
      }),
    ],
    [
      'a minor may grant for themself (the guardian approves after)',
      {
        actorId: 'kit',
        subjectId: 'kit',
        scope: 'public_site',
        kind: 'grant',
        anonymity: 'pseudonym',
        revisionNumber: 1,
      },
      [],
      expectedEvent({
        actorId: 'kit',
        subjectId: 'kit',
        kind: 'grant',
        anonymity: 'pseudonym',
        revisionNumber: 1,
        expiresAt: IN_12_MONTHS,
        guardianRequired: true,
      }),
    ],
    [
      'not-an-author: the subject did not write the story',
      {
        actorId: 'zed',
        subjectId: 'zed',
        scope: 'public_site',
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
      },
      [],
      refused('not-an-author'),
    ],
    [
      'not-allowed: a co-author granting for another',
      { ...base, actorId: 'bo', kind: 'grant', anonymity: 'named', revisionNumber: 1 },
      [],
      refused('not-allowed'),
    ],
    [
      'not-allowed: a guardian granting for a minor',
      { ...kitBase, kind: 'grant', anonymity: 'named', revisionNumber: 1 },
      [],
      refused('not-allowed'),
    ],
    [
      'no-such-revision: revision 0',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 0 },
      [],
      refused('no-such-revision'),
    ],
    [
      'no-such-revision: beyond the latest',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: LATEST + 1 },
      [],
      refused('no-such-revision'),
    ],
    [
      'no-such-revision: not a whole number',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 1.5 },
      [],
      refused('no-such-revision'),
    ],
    [
      'bad-expiry: expiry at now',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 1, expiresAt: NOW },
      [],
      refused('bad-expiry'),
    ],
    [
      'bad-expiry: expiry in the past',
      { ...base, kind: 'grant', anonymity: 'named', revisionNumber: 1, expiresAt: d('2025-01-01') },
      [],
      refused('bad-expiry'),
    ],
    [
      'bad-expiry: past the end of the day 12 months ahead',
      {
        ...base,
        kind: 'grant',
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: new Date(Date.UTC(2027, 0, 16) + 1),
      },
      [],
      refused('bad-expiry'),
    ],
    // renew
    [
      'renew a valid consent with the default expiry',
      { ...base, kind: 'renew' },
      validAnn,
      expectedEvent({ ...base, kind: 'renew', expiresAt: IN_12_MONTHS }),
    ],
    [
      'renew a consent still awaiting a guardian',
      {
        actorId: 'kit',
        subjectId: 'kit',
        scope: 'public_site',
        kind: 'renew',
        expiresAt: d('2026-06-01'),
      },
      awaitingKit,
      expectedEvent({
        actorId: 'kit',
        subjectId: 'kit',
        kind: 'renew',
        expiresAt: d('2026-06-01'),
      }),
    ],
    [
      'nothing-to-renew: nothing granted',
      { ...base, kind: 'renew' },
      [],
      refused('nothing-to-renew'),
    ],
    [
      'nothing-to-renew: expired (share again instead)',
      { ...base, kind: 'renew' },
      expiredAnn,
      refused('nothing-to-renew'),
    ],
    [
      'nothing-to-renew: withdrawn',
      { ...base, kind: 'renew' },
      withdrawnAnn,
      refused('nothing-to-renew'),
    ],
    [
      'not-allowed: renewing someone else’s consent',
      { ...base, actorId: 'bo', kind: 'renew' },
      validAnn,
      refused('not-allowed'),
    ],
    [
      'bad-expiry: renewal beyond 12 months',
      { ...base, kind: 'renew', expiresAt: d('2027-06-01') },
      validAnn,
      refused('bad-expiry'),
    ],
    // withdraw
    [
      'withdraw a valid consent',
      { ...base, kind: 'withdraw' },
      validAnn,
      expectedEvent({ ...base, kind: 'withdraw' }),
    ],
    [
      'withdraw an expired consent',
      { ...base, kind: 'withdraw' },
      expiredAnn,
      expectedEvent({ ...base, kind: 'withdraw' }),
    ],
    [
      'withdraw a grant still awaiting a guardian',
      { actorId: 'kit', subjectId: 'kit', scope: 'public_site', kind: 'withdraw' },
      awaitingKit,
      expectedEvent({ actorId: 'kit', subjectId: 'kit', kind: 'withdraw' }),
    ],
    [
      'nothing-to-withdraw: nothing granted',
      { ...base, kind: 'withdraw' },
      [],
      refused('nothing-to-withdraw'),
    ],
    [
      'nothing-to-withdraw: withdrawn twice',
      { ...base, kind: 'withdraw' },
      withdrawnAnn,
      refused('nothing-to-withdraw'),
    ],
    [
      'not-allowed: a co-author withdrawing for another',
      { ...base, actorId: 'bo', kind: 'withdraw' },
      validAnn,
      refused('not-allowed'),
    ],
    [
      'not-an-author: withdrawing for a non-author',
      { actorId: 'zed', subjectId: 'zed', scope: 'public_site', kind: 'withdraw' },
      [],
      refused('not-an-author'),
    ],
    // guardian_approve
    [
      'a guardian approves the revision granted',
      { ...kitBase, kind: 'guardian_approve', revisionNumber: 2 },
      awaitingKit,
      expectedEvent({ ...kitBase, kind: 'guardian_approve', revisionNumber: 2 }),
    ],
    [
      'not-allowed: approval from someone who is not a guardian',
      { ...kitBase, actorId: 'bo', kind: 'guardian_approve', revisionNumber: 2 },
      awaitingKit,
      refused('not-allowed'),
    ],
    [
      'not-allowed: approval from the young person themself',
      { ...kitBase, actorId: 'kit', kind: 'guardian_approve', revisionNumber: 2 },
      awaitingKit,
      refused('not-allowed'),
    ],
    [
      'no-such-revision: approving a revision that does not exist',
      { ...kitBase, kind: 'guardian_approve', revisionNumber: LATEST + 1 },
      awaitingKit,
      refused('no-such-revision'),
    ],
    [
      'nothing-to-approve: no grant',
      { ...kitBase, kind: 'guardian_approve', revisionNumber: 2 },
      [],
      refused('nothing-to-approve'),
    ],
    [
      'nothing-to-approve: a different revision',
      { ...kitBase, kind: 'guardian_approve', revisionNumber: 1 },
      awaitingKit,
      refused('nothing-to-approve'),
    ],
    [
      'nothing-to-approve: already approved',
      { ...kitBase, kind: 'guardian_approve', revisionNumber: 2 },
      approvedKit,
      refused('nothing-to-approve'),
    ],
    [
      'nothing-to-approve: a group grant needs no approval',
      { ...kitBase, scope: 'group', kind: 'guardian_approve', revisionNumber: 1 },
      [grant('kit', '2025-12-01', { scope: 'group' })],
      refused('nothing-to-approve'),
    ],
    // guardian_withdraw
    [
      'a guardian withdraws',
      { ...kitBase, kind: 'guardian_withdraw' },
      approvedKit,
      expectedEvent({ ...kitBase, kind: 'guardian_withdraw' }),
    ],
    [
      'not-allowed: guardian_withdraw by a non-guardian',
      { ...kitBase, actorId: 'bo', kind: 'guardian_withdraw' },
      approvedKit,
      refused('not-allowed'),
    ],
    [
      'nothing-to-withdraw: guardian withdrawing nothing',
      { ...kitBase, kind: 'guardian_withdraw' },
      [],
      refused('nothing-to-withdraw'),
    ],
    // expire
    [
      'record an expiry exactly at expiresAt',
      { ...base, actorId: 'system', kind: 'expire' },
      expiredAnn,
      expectedEvent({ ...base, actorId: 'system', kind: 'expire' }),
    ],
    [
      'not-expired: before expiresAt',
      { ...base, actorId: 'system', kind: 'expire' },
      validAnn,
      refused('not-expired'),
    ],
    [
      'not-expired: already recorded',
      { ...base, actorId: 'system', kind: 'expire' },
      [...expiredAnn, expire('ann', '2026-01-15T12:00:00Z', { actorId: 'system' })],
      refused('not-expired'),
    ],
    [
      'not-expired: nothing granted',
      { ...base, actorId: 'system', kind: 'expire' },
      [],
      refused('not-expired'),
    ],
    [
      'not-expired: withdrawn',
      { ...base, actorId: 'system', kind: 'expire' },
      withdrawnAnn,
      refused('not-expired'),
    ],
  ];

  it.each(rows)('%s', (_rule, change, specs, expected) => {
    expect(
      checkConsentChange({
        change,
        authors: [ann, bo, kit],
        events: ledger(...specs),
        now: NOW,
        latestRevisionNumber: LATEST,
      }),
    ).toEqual(expected);
  });

  // A guardian speaks for a young person only while they are under 18.
  const TIA_ADULT = d('2026-03-10T00:00:00Z');
  const TIA_MINOR = d('2026-03-09T23:59:59Z');
  const tiaGrant = ledger(grant('tia', '2026-03-01'));
  it.each([
    ['guardian_approve the day before turning 18', 'guardian_approve', TIA_MINOR, true],
    ['guardian_approve on the 18th birthday: not-allowed', 'guardian_approve', TIA_ADULT, false],
    ['guardian_withdraw the day before turning 18', 'guardian_withdraw', TIA_MINOR, true],
    ['guardian_withdraw on the 18th birthday: not-allowed', 'guardian_withdraw', TIA_ADULT, false],
  ] as const)('%s', (_rule, kind, now, allowed) => {
    const change: ConsentChange =
      kind === 'guardian_approve'
        ? { kind, actorId: 'gus', subjectId: 'tia', scope: 'public_site', revisionNumber: 1 }
        : { kind, actorId: 'gus', subjectId: 'tia', scope: 'public_site' };
    const result = checkConsentChange({
      change,
      authors: [tia],
      events: tiaGrant,
      now,
      latestRevisionNumber: 1,
    });
    expect(result.ok ? 'ok' : result.reason).toBe(allowed ? 'ok' : 'not-allowed');
  });

  it('every refusal reason is covered by a row above', () => {
    const covered = new Set(rows.flatMap(([, , , r]) => (r.ok ? [] : [r.reason])));
    expect([...covered].sort()).toEqual([...CONSENT_CHANGE_REASONS].sort());
  });
});

describe('consentChangeMessage', () => {
  it.each(CONSENT_CHANGE_REASONS.map((r) => [r]))('%s has a short plain sentence', (reason) => {
    const message = consentChangeMessage(reason);
    expect(message).toMatch(/^[A-Z].*\.$/);
    expect(message.length).toBeLessThanOrEqual(120);
    // No jargon or internal names in what a contributor reads.
    expect(message).not.toMatch(/revision|scope|ledger|consent|_|-/i);
  });

  it('gives a different message for each reason', () => {
    const messages = CONSENT_CHANGE_REASONS.map((reason) => consentChangeMessage(reason));
    expect(new Set(messages).size).toBe(messages.length);
  });
});
