import { describe, expect, it } from 'vitest';
import {
  decideFairUse,
  DEFAULT_FAIR_USE_LIMITS,
  parseFairUseLimits,
  type RecentUse,
} from '#src/domain/fair-use.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const MB = 1024 * 1024;
const recent = (count: number, megabytes = 0, minutesAgo = 30): RecentUse => ({
  count,
  bytes: megabytes * MB,
  oldest: count === 0 ? null : new Date(NOW.getTime() - minutesAgo * 60_000),
});

describe('parseFairUseLimits', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_FAIR_USE_LIMITS],
    ['not an object', 'lots', DEFAULT_FAIR_USE_LIMITS],
    [
      'an admin’s choice',
      { savesPerHour: 100, saveMegabytesPerHour: 20, photosPerHour: 10 },
      { savesPerHour: 100, saveMegabytesPerHour: 20, photosPerHour: 10 },
    ],
    [
      'out-of-range values fall back one by one',
      { savesPerHour: 5, saveMegabytesPerHour: 20.5, photosPerHour: 10 },
      { ...DEFAULT_FAIR_USE_LIMITS, photosPerHour: 10 },
    ],
  ])('%s', (_rule, stored, expected) => {
    expect(parseFairUseLimits(stored)).toEqual(expected);
  });
});

describe('decideFairUse', () => {
  const limits = { savesPerHour: 100, saveMegabytesPerHour: 10, photosPerHour: 5 };
  it.each([
    ['a first save', 'save', recent(0), 1000, true],
    ['the hundredth save', 'save', recent(99, 1), 1000, true],
    ['the hundred-and-first save', 'save', recent(100, 1), 1000, false],
    ['a save that would pass 10 MB', 'save', recent(3, 9.5), MB, false],
    ['a save that reaches exactly 10 MB', 'save', recent(3, 9), MB, true],
    ['the fifth photo', 'photo', recent(4), 5 * MB, true],
    ['the sixth photo', 'photo', recent(5), 100, false],
    ['photo bytes do not count against saves', 'photo', recent(1, 1000), MB, true],
  ] as const)('%s', (_rule, kind, use, bytes, allowed) => {
    expect(decideFairUse(kind, use, bytes, limits, NOW).allowed).toBe(allowed);
  });

  it('says when to try again: an hour after the oldest counted use, at least a minute', () => {
    const refused = decideFairUse('save', recent(100, 0, 50), 10, limits, NOW);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 600 });
    expect(refused.allowed ? '' : refused.message).toContain('in about 10 minutes');
    const almost = decideFairUse('photo', recent(5, 0, 59.99), 10, limits, NOW);
    expect(almost).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    expect(almost.allowed ? '' : almost.message).toContain('in about a minute');
  });
});
