import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  calendarDayOf,
  daysAfter,
  daysBefore,
  daysLeft,
  endOfCalendarDay,
  formatCalendarDay,
  formatLastDay,
  formatMomentInWords,
  isKnownTimeZone,
  lastDayBefore,
  startOfCalendarDay,
  wholeDaysBetween,
} from '#src/domain/calendar.ts';

const LONDON = 'Europe/London';

describe('calendar days in a time zone', () => {
  it.each([
    ['winter: London is on UTC', '2026-12-01', LONDON, '2026-12-01T00:00:00.000Z'],
    ['summer: London is an hour ahead', '2026-07-01', LONDON, '2026-06-30T23:00:00.000Z'],
    ['the day the clocks go forward', '2026-03-29', LONDON, '2026-03-29T00:00:00.000Z'],
    ['the day the clocks go back', '2026-10-25', LONDON, '2026-10-24T23:00:00.000Z'],
    ['New York', '2026-01-15', 'America/New_York', '2026-01-15T05:00:00.000Z'],
    ['UTC', '2026-01-15', 'UTC', '2026-01-15T00:00:00.000Z'],
  ])('%s: %s starts at %s', (_rule, day, zone, expected) => {
    expect(startOfCalendarDay(day, zone).toISOString()).toBe(expected);
  });

  it.each([
    [
      'regression: 28 February is a whole day, not 1 March',
      '2027-02-28',
      LONDON,
      '2027-03-01T00:00:00.000Z',
      '28 February 2027',
    ],
    ['31 January', '2027-01-31', LONDON, '2027-02-01T00:00:00.000Z', '31 January 2027'],
    [
      'a summer day ends at 23:00 UTC',
      '2027-07-31',
      LONDON,
      '2027-07-31T23:00:00.000Z',
      '31 July 2027',
    ],
    ['a leap day', '2028-02-29', LONDON, '2028-03-01T00:00:00.000Z', '29 February 2028'],
  ])('%s', (_rule, day, zone, end, words) => {
    const ends = endOfCalendarDay(day, zone);
    expect(ends.toISOString()).toBe(end);
    expect(lastDayBefore(ends, zone)).toBe(day);
    expect(formatLastDay(ends, zone)).toBe(words);
  });

  it.each([
    [
      'late evening in summer is already tomorrow in London',
      '2026-06-30T23:30:00Z',
      LONDON,
      '2026-07-01',
    ],
    ['late evening in winter is still today', '2026-11-30T23:30:00Z', LONDON, '2026-11-30'],
    ['New York is behind', '2026-12-01T03:00:00Z', 'America/New_York', '2026-11-30'],
  ])('%s', (_rule, instant, zone, day) => {
    expect(calendarDayOf(new Date(instant), zone)).toBe(day);
  });

  it.each([
    ['2026-11-30', 12, '2027-11-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s + %d months → %s', (day, months, expected) => {
    expect(addMonthsToDay(day, months)).toBe(expected);
  });

  it('writes days and moments as people do', () => {
    expect(formatCalendarDay('2026-05-04')).toBe('4 May 2026');
    expect(formatMomentInWords(new Date('2026-07-01T09:05:00Z'), LONDON)).toBe(
      '1 July 2026 at 10:05',
    );
  });

  it.each([
    ['the last day', '2026-11-30', '2026-11-30T12:00:00Z', 0],
    ['the day before', '2026-12-01', '2026-11-30T12:00:00Z', 1],
    ['thirty days', '2026-12-30', '2026-11-30T23:59:00Z', 30],
  ])('days left: %s', (_rule, lastDay, now, expected) => {
    expect(daysLeft(endOfCalendarDay(lastDay, LONDON), new Date(now), LONDON)).toBe(expected);
  });

  it.each([
    ['Europe/London', true],
    ['Europe/Cardiff', false],
    ['UTC', true],
    ['not a zone', false],
  ])('isKnownTimeZone(%s) → %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});

describe('spans of whole 24-hour days', () => {
  const noon = new Date('2026-03-28T12:00:00.000Z');

  it('counts days of 24 hours, not calendar days, across a clock change', () => {
    // London's clocks go forward on 29 March 2026; a span in days of 24 hours ignores it.
    expect(daysAfter(noon, 2).toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(daysBefore(noon, 90).toISOString()).toBe('2025-12-28T12:00:00.000Z');
    expect(daysBefore(noon, 0).getTime()).toBe(noon.getTime());
    expect(daysBefore(daysAfter(noon, 7), 7).getTime()).toBe(noon.getTime());
  });

  it.each([
    ['the same moment', '2026-03-28T12:00:00.000Z', 0],
    ['a minute short of a day', '2026-03-29T11:59:00.000Z', 0],
    ['exactly a day', '2026-03-29T12:00:00.000Z', 1],
    ['thirty days and an hour', '2026-04-27T13:00:00.000Z', 30],
    ['a moment before, never below 0', '2026-03-27T12:00:00.000Z', 0],
  ])('counts whole days waited: %s', (_, to, days) => {
    expect(wholeDaysBetween(noon, new Date(to))).toBe(days);
  });
});
