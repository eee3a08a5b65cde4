/**
 * The rules for asking and answering (issue 7): one open request per story, the
 * per-person cap, dates, lapsing, what a yes grants, and excerpts.
 */
import { describe, expect, it } from 'vitest';
import {
  capPeriodStart,
  checkNewRequest,
  DEFAULT_REQUEST_CAP,
  grantForAnswer,
  hasLapsed,
  isExcerptOf,
  newRequestMessage,
  parseChannel,
  requestsLeft,
  type NewRequestFacts,
} from '../../src/domain/requests.ts';

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
    expect(newRequestMessage('cap-reached', DEFAULT_REQUEST_CAP)).toContain(
      '2 requests in the last 90 days',
    );
    for (const reason of [
      'not-askable',
      'not-a-channel',
      'already-open',
      'cap-reached',
      'bad-dates',
    ] as const) {
      expect(newRequestMessage(reason, DEFAULT_REQUEST_CAP).length).toBeGreaterThan(10);
    }
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
    endsOn: day(30),
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
