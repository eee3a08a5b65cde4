import { describe, expect, it } from 'vitest';
import { backoffAfter, DEFAULT_DELIVERY_TIMING, messageIdFor } from '#src/server/mail/delivery.ts';

describe('the wait before the next try', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [30, 3_600_000],
  ])('after %i failed tries: %i ms', (attempts, wait) => {
    expect(backoffAfter(attempts, DEFAULT_DELIVERY_TIMING)).toBe(wait);
  });

  it('tries for about a day before an email waits for an admin', () => {
    let total = 0;
    for (let attempt = 1; attempt < DEFAULT_DELIVERY_TIMING.maxAttempts; attempt++) {
      total += backoffAfter(attempt, DEFAULT_DELIVERY_TIMING);
    }
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(30);
  });
});

describe('the Message-ID every outbox email carries', () => {
  it.each([
    ['Heard <no-reply@heard.example.org>', '<id-1@heard.example.org>'],
    ['stories@charity.org.uk', '<id-1@charity.org.uk>'],
    ['no address at all', '<id-1@heard.invalid>'],
  ])('from %s: %s', (from, expected) => {
    expect(messageIdFor('id-1', from)).toBe(expected);
  });
});
