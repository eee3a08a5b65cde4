/**
 * The rules for asking and answering: one open request per story, the
 * per-person cap, dates, lapsing, what a yes grants, and excerpts.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '#src/i18n/translator.ts';
import {
  capPeriodStart,
  checkNewRequest,
  DEFAULT_REQUEST_CAP,
  grantForAnswer,
  hasLapsed,
  isExcerptOf,
  answerWords,
  describeRequest,
  isTakedownOverdue,
  isUseDayAllowed,
  latestUseEnd,
  mayStaffAsk,
  newRequestMessage,
  parseAnswer,
  parseChannel,
  parseRequestCap,
  requestOutcome,
  requestsLeft,
  requestStatusWords,
  type AskableFacts,
  type NewRequestFacts,
} from '#src/domain/requests.ts';

const english = translatorFor('en');
const NOW = new Date('2026-03-03T10:00:00Z');
const day = (offset: number) => new Date(Date.UTC(2026, 2, 3 + offset));
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const facts = (overrides: Partial<NewRequestFacts> = {}): NewRequestFacts => ({
  channel: 'newsletter',
  startsOn: day(0),
  endsOn: day(30),
  now: NOW,
  storyAskable: true,
  hasOpenRequest: false,
  recentRequestsByAuthor: [[]],
  cap: DEFAULT_REQUEST_CAP,
  ...overrides,
});

describe('mayStaffAsk: which stories staff may ask about', () => {
  const askable = (overrides: Partial<AskableFacts> = {}): AskableFacts => ({
    hasText: true,
    publicNow: false,
    everyAuthorOpen: true,
    sharedIn: [['group']],
    ...overrides,
  });
  it.each([
    ['open, and shared with their group', askable(), true],
    [
      'on the public site, though not open to being asked',
      askable({ publicNow: true, everyAuthorOpen: false, sharedIn: [[]] }),
      true,
    ],
    ['open, but shared nowhere: a draft', askable({ sharedIn: [[]] }), false],
    [
      'one co-author has shared it, the other has not',
      askable({ sharedIn: [['group'], []] }),
      false,
    ],
    ['one author is not open to being asked', askable({ everyAuthorOpen: false }), false],
    ['no words saved yet', askable({ hasText: false, publicNow: true }), false],
    ['no active authors', askable({ publicNow: true, sharedIn: [] }), false],
  ] as const)('%s', (_row, facts, expected) => {
    expect(mayStaffAsk(facts)).toBe(expected);
  });
});

describe('checkNewRequest', () => {
  it('allows a request for an askable story with room under the cap', () => {
    expect(checkNewRequest(facts())).toEqual({ ok: true });
  });

  it.each([
    [{ storyAskable: false }, 'not-askable'],
    [{ channel: 'public_site' }, 'not-a-channel'],
    [{ channel: 'group' }, 'not-a-channel'],
    [{ hasOpenRequest: true }, 'already-open'],
    [{ recentRequestsByAuthor: [[ago(10), ago(80)]] }, 'cap-reached'],
    [{ recentRequestsByAuthor: [[], [ago(1), ago(2)]] }, 'cap-reached'],
    [{ startsOn: day(-1) }, 'bad-dates'],
    [{ endsOn: day(-1) }, 'bad-dates'],
    [{ endsOn: day(366) }, 'bad-dates'],
  ] as const)('refuses %j: %s', (overrides, reason) => {
    expect(checkNewRequest(facts(overrides))).toEqual({ ok: false, reason });
  });

  it('counts only requests inside the rolling period', () => {
    expect(checkNewRequest(facts({ recentRequestsByAuthor: [[ago(10), ago(91)]] }))).toEqual({
      ok: true,
    });
  });

  it('checks askability before anything else, so nothing about a draft is revealed', () => {
    expect(
      checkNewRequest(facts({ storyAskable: false, hasOpenRequest: true, channel: 'x' })),
    ).toEqual({ ok: false, reason: 'not-askable' });
  });

  it('explains each refusal in plain words, naming the cap', () => {
    expect(newRequestMessage('cap-reached', DEFAULT_REQUEST_CAP, english)).toContain(
      '2 requests in the last 90 days',
    );
    const reasons = [
      'not-askable',
      'not-a-channel',
      'already-open',
      'cap-reached',
      'bad-dates',
    ] as const;
    const messages = reasons.map((reason) =>
      newRequestMessage(reason, DEFAULT_REQUEST_CAP, english),
    );
    for (const message of messages) expect(message.length).toBeGreaterThan(10);
    // Each refusal says its own reason: no two share words.
    expect(new Set(messages).size).toBe(reasons.length);
    expect(newRequestMessage('bad-dates', DEFAULT_REQUEST_CAP, english)).not.toContain('90');
  });
});

describe('the cap', () => {
  it('counts down and never below zero', () => {
    expect(requestsLeft([], DEFAULT_REQUEST_CAP, NOW)).toBe(2);
    expect(requestsLeft([ago(1)], DEFAULT_REQUEST_CAP, NOW)).toBe(1);
    expect(requestsLeft([ago(1), ago(2), ago(3)], DEFAULT_REQUEST_CAP, NOW)).toBe(0);
    // A request exactly at the period's start has aged out.
    expect(requestsLeft([ago(90)], DEFAULT_REQUEST_CAP, NOW)).toBe(2);
    expect(capPeriodStart(DEFAULT_REQUEST_CAP, NOW)).toEqual(ago(90));
  });
});

describe('answers', () => {
  const request = {
    channel: 'newsletter' as const,
    anonymity: 'first_name' as const,
    revisionNumber: 3,
    // The end of the use's last day, as the server works it out in the organisation's time zone.
    endsAt: day(31),
  };

  it('turns a yes into a grant for the use, its name and its period', () => {
    expect(grantForAnswer(request, 'yes')).toEqual({
      scope: 'newsletter',
      anonymity: 'first_name',
      revisionNumber: 3,
      expiresAt: day(31),
    });
  });

  it('turns "yes, but without my name" into an anonymous grant', () => {
    expect(grantForAnswer(request, 'yes_anonymous')?.anonymity).toBe('anonymous');
  });

  it('grants nothing for a no', () => {
    expect(grantForAnswer(request, 'no')).toBeNull();
  });

  it('lapses a request unanswered for 30 days', () => {
    expect(hasLapsed(ago(29), NOW)).toBe(false);
    expect(hasLapsed(ago(30), NOW)).toBe(true);
  });

  it('reads only the channels staff may ask for', () => {
    expect(parseChannel('press')).toBe('press');
    expect(parseChannel('public_site')).toBeUndefined();
    expect(parseChannel(undefined)).toBeUndefined();
  });
});

describe('isExcerptOf', () => {
  const text = 'Our kitchen was the warmest room.\nMy mother baked on Fridays.';
  it('accepts words taken as they are, whatever the spacing', () => {
    expect(isExcerptOf('warmest room. My mother', text)).toBe(true);
  });
  it('refuses changed or empty words', () => {
    expect(isExcerptOf('the coldest room', text)).toBe(false);
    expect(isExcerptOf('   ', text)).toBe(false);
  });
});

describe('the use never outlasts a consent', () => {
  it('refuses an end date on the day 12 months on, accepts the day before', () => {
    expect(checkNewRequest(facts({ endsOn: new Date(Date.UTC(2027, 2, 3)) }))).toEqual({
      ok: false,
      reason: 'bad-dates',
    });
    expect(checkNewRequest(facts({ endsOn: new Date(Date.UTC(2027, 2, 2)) }))).toEqual({
      ok: true,
    });
  });
});

describe('requestOutcome', () => {
  const both = ['a', 'b'];
  it.each([
    [[], 'open'],
    [[{ personId: 'a', answer: 'yes' }], 'open'],
    [[{ personId: 'a', answer: 'no' }], 'declined'],
    [
      [
        { personId: 'a', answer: 'yes' },
        { personId: 'b', answer: 'yes' },
      ],
      'accepted',
    ],
    [
      [
        { personId: 'a', answer: 'yes' },
        { personId: 'b', answer: 'yes_anonymous' },
      ],
      'accepted_anonymous',
    ],
    [
      [
        { personId: 'a', answer: 'yes' },
        { personId: 'b', answer: 'no' },
      ],
      'declined',
    ],
    // An answer from someone who is not an author counts for nothing.
    [
      [
        { personId: 'a', answer: 'yes' },
        { personId: 'z', answer: 'yes' },
      ],
      'open',
    ],
  ] as const)('%j → %s', (answers, outcome) => {
    expect(requestOutcome(both, answers)).toBe(outcome);
  });
  it('a story with no authors is never accepted', () => {
    expect(requestOutcome([], [{ personId: 'a', answer: 'yes' }])).toBe('open');
  });
});

describe('reading answers and caps', () => {
  it('reads only the three answers', () => {
    expect(parseAnswer('yes_anonymous')).toBe('yes_anonymous');
    expect(parseAnswer('maybe')).toBeUndefined();
    expect(parseAnswer(1)).toBeUndefined();
  });
  it.each([
    [
      { requests: 3, days: 60 },
      { requests: 3, days: 60 },
    ],
    [{ requests: 0, days: 60 }, DEFAULT_REQUEST_CAP],
    [{ requests: 13, days: 60 }, DEFAULT_REQUEST_CAP],
    [{ requests: 2, days: 6 }, DEFAULT_REQUEST_CAP],
    [{ requests: 2, days: 366 }, DEFAULT_REQUEST_CAP],
    [{ requests: 2.5, days: 90 }, DEFAULT_REQUEST_CAP],
    [{ requests: '2', days: 90 }, DEFAULT_REQUEST_CAP],
    [null, DEFAULT_REQUEST_CAP],
    ['2 per 90', DEFAULT_REQUEST_CAP],
  ])('a stored cap %j reads as %j', (stored, cap) => {
    expect(parseRequestCap(stored)).toEqual(cap);
  });
});

describe('takedown tasks', () => {
  it('are overdue after 72 hours, not at 72', () => {
    const opened = new Date('2026-03-03T10:00:00Z');
    expect(isTakedownOverdue(opened, new Date('2026-03-06T10:00:00Z'))).toBe(false);
    expect(isTakedownOverdue(opened, new Date('2026-03-06T10:00:01Z'))).toBe(true);
  });
});

describe('words for people', () => {
  const words = describeRequest(
    {
      channel: 'newsletter',
      purpose: 'Our winter issue',
      audience: 'About 2,000 readers',
      wholeStory: false,
      shownName: 'Anonymous',
      anonymous: true,
      startsOn: '1 December 2026',
      endsOn: '31 December 2026',
      askedBy: 'Sam Taylor',
      lapsesOn: '23 December 2026',
    },
    english,
  );
  it('says what, where, who, how named and when, in plain words', () => {
    expect(words.plain.map((fact) => fact.label)).toEqual([
      'Who is asking',
      'Where',
      'What they want to use',
      'What for',
      'Who will see it',
      'How you are named',
      'When',
    ]);
    expect(words.plain.find((fact) => fact.label === 'When')?.text).toBe(
      'From 1 December 2026 to 31 December 2026',
    );
  });
  it('says in Easy Read that no is fine, no reason is needed, and silence is a no', () => {
    const lines = words.easyRead.map((line) => line.text);
    expect(lines).toContain('You do not have to say why.');
    expect(lines).toContain('If you do not answer by 23 December 2026, the answer is no.');
    expect(lines).toContain('Your name would show as: Anonymous.');
    expect(words.easyRead.find((line) => line.text.startsWith('Your name'))?.icon).toBe('mask');
  });
  it('staff see a no only as declined', () => {
    expect(requestStatusWords('declined', english)).toBe('Declined');
    expect(requestStatusWords('lapsed', english)).toBe('Declined (no answer in 30 days)');
    expect(answerWords('no', english)).toBe('You said no');
  });
});

describe('the days of a use', () => {
  it('runs to the day before the day 12 months on', () => {
    expect(latestUseEnd(NOW).toISOString().slice(0, 10)).toBe('2027-03-02');
    expect(checkNewRequest(facts({ endsOn: latestUseEnd(NOW) }))).toEqual({ ok: true });
  });
  it('is logged only within its dates, and not in the future', () => {
    const request = { startsOn: '2026-03-01', endsOn: '2026-03-10' };
    expect(isUseDayAllowed('2026-03-01', request, NOW)).toBe(true);
    expect(isUseDayAllowed('2026-03-03', request, NOW)).toBe(true);
    expect(isUseDayAllowed('2026-03-04', request, NOW)).toBe(false);
    expect(isUseDayAllowed('2026-02-28', request, NOW)).toBe(false);
    expect(isUseDayAllowed('2026-03-11', request, new Date('2026-04-01T00:00:00Z'))).toBe(false);
  });
});
