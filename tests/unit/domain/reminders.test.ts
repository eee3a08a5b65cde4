import { describe, expect, it } from 'vitest';
import { dueReminder, REMINDER_DAYS } from '#src/domain/reminders.ts';

const END = new Date('2027-03-03T10:00:00Z');
const DAY = 86_400_000;
/** A moment `days` days (and `ms` milliseconds) before the end; negative is after it. */
const before = (days: number, ms = 0): Date => new Date(END.getTime() - days * DAY - ms);

describe('REMINDER_DAYS', () => {
  it('is 30 then 7 days before the end', () => {
    expect(REMINDER_DAYS).toEqual([30, 7]);
  });
});

describe('dueReminder', () => {
  it.each([
    ['31 days before: no window has begun', before(31), [], null],
    ['one millisecond before the 30-day window', before(30, 1), [], null],
    ['the first instant of the 30-day window', before(30), [], 30],
    ['inside the 30-day window', before(20), [], 30],
    ['inside the 30-day window, 30 already sent', before(20), [30], null],
    ['inside the 30-day window, 7 already sent (clock went back)', before(20), [7], null],
    ['one millisecond before the 7-day window, 30 sent', before(7, 1), [30], null],
    ['the first instant of the 7-day window, 30 sent', before(7), [30], 7],
    ['inside the 7-day window, 30 sent', before(3), [30], 7],
    ['inside the 7-day window, both sent', before(3), [30, 7], null],
    ['inside the 7-day window, 7 sent', before(3), [7], null],
    ['inside the 7-day window, none sent: only the 7-day one, 30 skipped', before(3), [], 7],
    ['the last millisecond before the end', before(0, 1), [30], 7],
    ['the end itself: nothing to renew', before(0), [], null],
    ['after the end', before(-1), [], null],
    ['an unknown number in the sent list is ignored', before(20), [99], 30],
  ] as const)('%s', (_rule, now, sent, expected) => {
    expect(dueReminder(END, now, sent)).toBe(expected);
  });
});
