import { describe, expect, it } from 'vitest';
import type { ConsentEvent, Scope, StoryAuthor } from '#src/domain/consent-types.ts';
import {
  eighteenthBirthday,
  isNowAdult,
  recentlyEighteenBorn,
  usesDecidedYounger,
} from '#src/domain/turning-eighteen.ts';

const d = (iso: string) => new Date(iso);
// Tia turns 18 on 10 March 2026; Gus is her parent.
const tia: StoryAuthor = { personId: 'tia', dateOfBirth: d('2008-03-10'), guardianIds: ['gus'] };
const ann: StoryAuthor = { personId: 'ann', dateOfBirth: d('1950-04-01'), guardianIds: [] };
const uma: StoryAuthor = { personId: 'uma', dateOfBirth: null, guardianIds: ['gus'] };

let sequence = 0;
function event(
  kind: ConsentEvent['kind'],
  subjectId: string,
  at: string,
  extra: Partial<ConsentEvent> = {},
): ConsentEvent {
  sequence += 1;
  return {
    sequence,
    storyId: 'story',
    subjectId,
    actorId: subjectId,
    kind,
    scope: 'public_site',
    anonymity: kind === 'grant' ? 'first_name' : null,
    revisionNumber: kind === 'grant' || kind === 'guardian_approve' ? 1 : null,
    expiresAt: kind === 'grant' ? d('2026-12-31T00:00:00Z') : null,
    guardianRequired: null,
    fingerprint: null,
    contentKey: null,
    occurredAt: d(at),
    ...extra,
  };
}
const story = (authors: StoryAuthor[], events: ConsentEvent[], storyId = 'story') => ({
  storyId,
  authors,
  events,
});

describe('eighteenthBirthday', () => {
  it.each([
    ['an ordinary day', '2008-03-10', '2026-03-10'],
    ['29 February in a common year falls on 1 March', '2008-02-29', '2026-03-01'],
    ['29 February in a leap year stays', '2006-02-29', '2024-02-29'],
    ['the last day of the year', '2008-12-31', '2026-12-31'],
  ])('%s', (_rule, born, expected) => {
    expect(eighteenthBirthday(born)).toBe(expected);
  });
});

describe('recentlyEighteenBorn', () => {
  it('covers birthdays from today back thirteen months', () => {
    expect(recentlyEighteenBorn('2026-03-10')).toEqual({
      earliest: '2007-02-10',
      latest: '2008-03-10',
    });
  });
  it('someone born 29 February is inside on 1 March, not on 28 February', () => {
    expect(recentlyEighteenBorn('2026-02-28').latest < '2008-02-29').toBe(true);
    expect(recentlyEighteenBorn('2026-03-01').latest >= '2008-02-29').toBe(true);
  });
});

describe('isNowAdult', () => {
  it.each([
    ['the day before the birthday', tia, '2026-03-09T12:00:00Z', false],
    ['on the birthday', tia, '2026-03-10T12:00:00Z', true],
    ['an adult', ann, '2026-03-10T12:00:00Z', true],
    ['no date of birth, with a parent or carer: never turns 18 here', uma, '2040-01-01', false],
  ] as const)('%s', (_rule, person, at, expected) => {
    expect(isNowAdult(person, d(at))).toBe(expected);
  });
});

describe('usesDecidedYounger', () => {
  const NOW = d('2026-03-20T12:00:00Z');
  const uses = (stories: ReturnType<typeof story>[], now = NOW) =>
    usesDecidedYounger('tia', stories, now).map((use) => ({
      storyId: use.storyId,
      scope: use.scope,
      state: use.state,
    }));

  it('nothing before the birthday', () => {
    const events = [event('grant', 'tia', '2026-01-05')];
    expect(uses([story([tia], events)], d('2026-03-09T12:00:00Z'))).toEqual([]);
  });

  it('a yes given younger and approved is asked about, and is still shared', () => {
    const events = [
      event('grant', 'tia', '2026-01-05'),
      event('guardian_approve', 'tia', '2026-01-06', { actorId: 'gus' }),
    ];
    expect(uses([story([tia], events)])).toEqual([
      { storyId: 'story', scope: 'public_site', state: 'shared' },
    ]);
  });

  it('a yes still waiting for the parent or carer is asked about as waiting', () => {
    expect(uses([story([tia], [event('grant', 'tia', '2026-01-05')])])).toEqual([
      { storyId: 'story', scope: 'public_site', state: 'waiting' },
    ]);
  });

  it('group sharing decided younger is asked about too', () => {
    const group: Scope = 'group';
    const events = [event('grant', 'tia', '2026-01-05', { scope: group })];
    expect(uses([story([tia], events)])).toEqual([
      { storyId: 'story', scope: 'group', state: 'shared' },
    ]);
  });

  it('a yes given on or after the birthday is their own, and drops off the list', () => {
    const events = [
      event('grant', 'tia', '2026-01-05'),
      event('guardian_approve', 'tia', '2026-01-06', { actorId: 'gus' }),
      event('grant', 'tia', '2026-03-15'),
    ];
    expect(uses([story([tia], events)])).toEqual([]);
  });

  it('what was stopped, or has run out, is not asked about', () => {
    const stopped = [event('grant', 'tia', '2026-01-05'), event('withdraw', 'tia', '2026-02-01')];
    const ranOut = [
      event('grant', 'tia', '2025-03-01', { expiresAt: d('2026-03-01T00:00:00Z') }),
      event('guardian_approve', 'tia', '2025-03-02', { actorId: 'gus' }),
    ];
    expect(uses([story([tia], stopped, 'a'), story([tia], ranOut, 'b')])).toEqual([]);
  });

  it('only their own yes: a co-author’s does not count', () => {
    const events = [event('grant', 'ann', '2026-01-05')];
    expect(uses([story([tia, ann], events)])).toEqual([]);
  });
});
