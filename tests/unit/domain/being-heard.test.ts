/**
 * Being heard: who reads a story shared to improve services, who may answer,
 * whether a change's link to a story shows (and as what), the words of "You
 * said, we did", checking answers and changes, and fair listening. Each
 * decision takes a Visibility made by decideVisibility from a real ledger.
 */
import { describe, expect, it } from 'vitest';
import {
  ANSWER_WAIT_FLAG_DAYS,
  checkAnswerText,
  checkChange,
  checkMayAnswer,
  decideChangeLink,
  decideImprovementReading,
  isAnswerOverdue,
  MAX_ANSWER_LENGTH,
  mayShowAnswerPublicly,
  parseChangeStatus,
  showsOnPublicPage,
  storiesLedToThis,
  summariseListening,
  type ChangeAudience,
} from '#src/domain/being-heard.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type {
  Anonymity,
  ConsentEvent,
  Scope,
  StoryAuthor,
  Visibility,
} from '#src/domain/consent-types.ts';
import type { Role } from '#src/domain/roles.ts';
import type { Viewer } from '#src/domain/permissions.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const english = translatorFor('en');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const EDNA: StoryAuthor = { personId: 'edna', dateOfBirth: null, guardianIds: [] };
const KAYLA: StoryAuthor = {
  personId: 'kayla',
  dateOfBirth: new Date('2011-01-01T00:00:00Z'),
  guardianIds: ['donna'],
};

let sequence = 0;
function event(
  author: StoryAuthor,
  scope: Scope,
  kind: ConsentEvent['kind'],
  fields: { anonymity?: Anonymity; at?: Date; expiresAt?: Date } = {},
): ConsentEvent {
  sequence += 1;
  return {
    sequence,
    storyId: 'story',
    subjectId: author.personId,
    actorId: author.personId,
    kind,
    scope,
    anonymity: kind === 'grant' ? (fields.anonymity ?? 'first_name') : null,
    revisionNumber: kind === 'grant' ? 1 : null,
    expiresAt: kind === 'grant' ? (fields.expiresAt ?? new Date(NOW.getTime() + 100 * DAY)) : null,
    guardianRequired: null,
    fingerprint: null,
    contentKey: null,
    occurredAt: fields.at ?? daysAgo(10),
  };
}

/** The ledgers the rows use, for one author. */
type Ledger = 'none' | 'shared' | 'withdrawn' | 'expired' | 'awaiting-guardian';

function improvementOf(ledger: Ledger, anonymity: Anonymity = 'first_name'): Visibility {
  const author = ledger === 'awaiting-guardian' ? KAYLA : EDNA;
  const events: ConsentEvent[] = [];
  const scope = 'service_improvement';
  if (ledger !== 'none') {
    events.push(
      event(author, scope, 'grant', {
        anonymity,
        at: daysAgo(10),
        ...(ledger === 'expired' ? { expiresAt: daysAgo(1) } : {}),
      }),
    );
  }
  if (ledger === 'withdrawn') events.push(event(author, scope, 'withdraw', { at: daysAgo(2) }));
  return decideVisibility({ authors: [author], events, scope, now: NOW });
}

function publicOf(shared: boolean, anonymity: Anonymity = 'pseudonym'): Visibility {
  const events = shared ? [event(EDNA, 'public_site', 'grant', { anonymity })] : [];
  return decideVisibility({ authors: [EDNA], events, scope: 'public_site', now: NOW });
}

const as = (...roles: Role[]): Viewer => ({ id: 'viewer', roles });

describe('who reads a story shared to improve services', () => {
  it.each([
    ['a service lead, shared', as('service_lead'), 'shared', true, 'first_name'],
    ['a service lead, never shared', as('service_lead'), 'none', false, 'no-consent'],
    ['a service lead, after a stop', as('service_lead'), 'withdrawn', false, 'withdrawn'],
    ['a service lead, after the yes ended', as('service_lead'), 'expired', false, 'expired'],
    [
      'a service lead, a young person’s yes waiting for a parent',
      as('service_lead'),
      'awaiting-guardian',
      false,
      'awaiting-guardian',
    ],
    ['an admin, shared', as('admin'), 'shared', false, 'not-a-service-lead'],
    ['comms, shared', as('comms'), 'shared', false, 'not-a-service-lead'],
    ['a facilitator, shared', as('facilitator'), 'shared', false, 'not-a-service-lead'],
    ['a contributor, shared', as('contributor'), 'shared', false, 'not-a-service-lead'],
  ] as const)('%s', (_row, viewer, ledger, readable, detail) => {
    const reading = decideImprovementReading(viewer, improvementOf(ledger));
    expect(reading.readable).toBe(readable);
    if (reading.readable) {
      expect(reading.anonymity).toEqual([detail]);
      expect(reading.sharedAt).toEqual(daysAgo(10));
    } else {
      expect(reading.reason).toBe(detail);
    }
  });

  it('nobody signed in reads it', () => {
    expect(decideImprovementReading(undefined, improvementOf('shared'))).toEqual({
      readable: false,
      reason: 'not-a-service-lead',
    });
  });
});

describe('who may answer', () => {
  it.each([
    ['a service lead, shared, answers on', as('service_lead'), 'shared', true, { ok: true }],
    [
      'a service lead, answers turned off',
      as('service_lead'),
      'shared',
      false,
      { ok: false, reason: 'answers-off' },
    ],
    [
      'a service lead, sharing stopped',
      as('service_lead'),
      'withdrawn',
      true,
      { ok: false, reason: 'not-shared' },
    ],
    ['an admin', as('admin'), 'shared', true, { ok: false, reason: 'not-a-service-lead' }],
  ] as const)('%s', (_row, viewer, ledger, open, expected) => {
    expect(checkMayAnswer(viewer, improvementOf(ledger), open)).toEqual(expected);
  });
});

describe('a change’s link to a story', () => {
  it.each<[string, ChangeAudience, Ledger, boolean, boolean, readonly Anonymity[] | null, boolean]>(
    [
      // audience, improvement ledger, public now, shown, anonymity, quote
      [
        'service lead: at the name chosen for improving services',
        'service_lead',
        'shared',
        false,
        true,
        ['first_name'],
        false,
      ],
      [
        'service lead: gone once sharing stopped',
        'service_lead',
        'withdrawn',
        true,
        false,
        null,
        false,
      ],
      [
        'service lead: gone once the yes ended',
        'service_lead',
        'expired',
        false,
        false,
        null,
        false,
      ],
      ['author: shown while shared', 'author', 'shared', false, true, ['first_name'], false],
      ['author: gone once sharing stopped', 'author', 'withdrawn', false, false, null, false],
      [
        'public: counted, named by nobody, when not public',
        'public',
        'shared',
        false,
        true,
        ['anonymous'],
        false,
      ],
      [
        'public: quoted at the public name when public now',
        'public',
        'shared',
        true,
        true,
        ['pseudonym'],
        true,
      ],
      [
        'public: gone once sharing stopped, even if public',
        'public',
        'withdrawn',
        true,
        false,
        null,
        false,
      ],
      [
        'public: not counted when never shared for improving',
        'public',
        'none',
        true,
        false,
        null,
        false,
      ],
      [
        'public: not counted while a parent’s yes waits',
        'public',
        'awaiting-guardian',
        false,
        false,
        null,
        false,
      ],
    ],
  )('%s', (_row, audience, ledger, isPublic, shown, anonymity, quote) => {
    const link = decideChangeLink({
      audience,
      improvement: improvementOf(ledger),
      publicSite: publicOf(isPublic),
    });
    expect(link.shown).toBe(shown);
    if (link.shown) {
      expect(link.anonymity).toEqual(anonymity);
      expect(link.quote).toBe(quote);
    }
  });
});

describe('“You said, we did” words', () => {
  it('counts people in Welsh with the Welsh plural forms', () => {
    const welsh = translatorFor('cy');
    expect(storiesLedToThis(1, false, welsh)).toBe('Arweiniodd stori 1 person at hyn.');
    expect(storiesLedToThis(3, true, welsh)).toBe(
      'Arweiniodd straeon 3 o bobl eraill at hyn hefyd.',
    );
  });

  it.each([
    [1, false, '1 person’s story led to this.'],
    [3, false, '3 people’s stories led to this.'],
    [1, true, '1 more person’s story led to this too.'],
    [2, true, '2 more people’s stories led to this too.'],
  ] as const)('%i people (after quotes: %s)', (people, more, words) => {
    expect(storiesLedToThis(people, more, english)).toBe(words);
  });
});

describe('checking answers and replies', () => {
  it.each([
    [
      'plain words, trimmed',
      '  Thank you for telling us.  ',
      { ok: true, text: 'Thank you for telling us.' },
    ],
    ['nothing', '   ', { ok: false, message: 'Write your answer first.' }],
    [
      'the longest allowed',
      'a'.repeat(MAX_ANSWER_LENGTH),
      { ok: true, text: 'a'.repeat(MAX_ANSWER_LENGTH) },
    ],
    [
      'one too long',
      'a'.repeat(MAX_ANSWER_LENGTH + 1),
      { ok: false, message: 'Keep it to 4,000 characters or fewer.' },
    ],
  ] as const)('%s', (_row, text, expected) => {
    expect(checkAnswerText(text, english)).toEqual(expected);
  });
});

describe('checking a change', () => {
  const good = {
    what: 'Longer visiting hours',
    service: 'Day centre',
    status: 'planned',
    whyNot: '',
  };
  it.each([
    ['a planned change', good, null],
    [
      'not possible, with why',
      { ...good, status: 'not_possible', whyNot: 'The building shuts at 6.' },
      null,
    ],
    ['no what', { ...good, what: ' ' }, 'what'],
    ['no service', { ...good, service: '' }, 'service'],
    ['an unknown status', { ...good, status: 'maybe' }, 'status'],
    ['not possible without why', { ...good, status: 'not_possible' }, 'whyNot'],
    ['what too long', { ...good, what: 'a'.repeat(301) }, 'what'],
  ] as const)('%s', (_row, input, field) => {
    const result = checkChange(input, english);
    if (field === null) {
      expect(result.ok).toBe(true);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.errors)).toContain(field);
    }
  });

  it('keeps why only when it is not possible', () => {
    const result = checkChange({ ...good, whyNot: 'left over' }, english);
    expect(result.ok && result.change.whyNot).toBe(null);
  });

  it.each([
    ['thinking', 'thinking'],
    ['done', 'done'],
    ['not_possible', 'not_possible'],
    ['toString', undefined],
    [undefined, undefined],
  ] as const)('reads status %s', (value, expected) => {
    expect(parseChangeStatus(value)).toBe(expected);
  });
});

describe('fair listening', () => {
  const waiting = (
    storyId: string,
    groupName: string | null,
    sharedDaysAgo: number,
    answeredDaysAgo: number | null,
  ) => ({
    storyId,
    groupName,
    sharedAt: daysAgo(sharedDaysAgo),
    answeredAt: answeredDaysAgo === null ? null : daysAgo(answeredDaysAgo),
  });

  it.each([
    ['answered', waiting('a', 'G', 40, 35), false],
    ['waiting 29 days', waiting('a', 'G', ANSWER_WAIT_FLAG_DAYS - 1, null), false],
    ['waiting 30 days', waiting('a', 'G', ANSWER_WAIT_FLAG_DAYS, null), true],
  ] as const)('overdue: %s', (_row, story, overdue) => {
    expect(isAnswerOverdue(story, NOW)).toBe(overdue);
  });

  it('counts per group, oldest wait, overdue; groupless last; no titles or names', () => {
    const rows = summariseListening(
      [
        waiting('a', 'Young carers', 5, null),
        waiting('b', 'Grandparents', 40, null),
        waiting('c', 'Grandparents', 10, 3),
        waiting('d', null, 2, null),
        waiting('e', 'Grandparents', 31, null),
      ],
      NOW,
    );
    expect(rows).toEqual([
      { groupName: 'Grandparents', shared: 3, answered: 1, oldestWaitDays: 40, overdue: 2 },
      { groupName: 'Young carers', shared: 1, answered: 0, oldestWaitDays: 5, overdue: 0 },
      { groupName: null, shared: 1, answered: 0, oldestWaitDays: 2, overdue: 0 },
    ]);
  });

  it('no wait when everything is answered', () => {
    expect(summariseListening([waiting('a', 'G', 3, 1)], NOW)).toEqual([
      { groupName: 'G', shared: 1, answered: 1, oldestWaitDays: null, overdue: 0 },
    ]);
  });
});

describe('showsOnPublicPage: an answer under the public story', () => {
  const chosen = new Date('2026-03-01T00:00:00Z');
  const hid = new Date('2026-03-02T00:00:00Z');
  it.each([
    ['chosen, not hidden, story public', { shownPubliclyAt: chosen, hiddenAt: null }, true, true],
    [
      'chosen, but the story is not public now',
      { shownPubliclyAt: chosen, hiddenAt: null },
      false,
      false,
    ],
    [
      'not chosen: public alone is not enough',
      { shownPubliclyAt: null, hiddenAt: null },
      true,
      false,
    ],
    ['chosen, then hidden: hiding wins', { shownPubliclyAt: chosen, hiddenAt: hid }, true, false],
    ['hidden and never chosen', { shownPubliclyAt: null, hiddenAt: hid }, true, false],
  ] as const)('%s', (_row, answer, storyIsPublic, expected) => {
    expect(showsOnPublicPage(answer, storyIsPublic)).toBe(expected);
  });
});

describe('mayShowAnswerPublicly: who may put an answer under the public story', () => {
  it.each([
    ['the sole author, story public', true, 1, true],
    ['the sole author, story not public', false, 1, false],
    ['one of two authors: the answer may name the other', true, 2, false],
    ['no authors left', true, 0, false],
  ] as const)('%s', (_row, storyIsPublic, authorCount, expected) => {
    expect(mayShowAnswerPublicly({ storyIsPublic, authorCount })).toBe(expected);
  });
});
