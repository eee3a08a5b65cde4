import { describe, expect, it } from 'vitest';
import { describeMailDelivery, isOutboxEnabled } from '#src/server/platform/mail.ts';

describe('the demo outbox exists only where it is safe', () => {
  const LOOPBACK = 'http://127.0.0.1:4321';
  it.each([
    ['the demo: loopback, no SMTP', {}, LOOPBACK, true],
    ['IPv6 loopback', {}, 'http://[::1]:4321', true],
    ['localhost', {}, 'http://localhost:4321', true],
    ['regression: listening on every address', {}, 'http://0.0.0.0:4321', false],
    ['listening on a LAN address', {}, 'http://192.168.1.20:4321', false],
    ['not listening yet', {}, undefined, false],
    [
      'loopback behind a proxy with a public address',
      { HEARD_PUBLIC_URL: 'https://stories.example.org' },
      LOOPBACK,
      false,
    ],
    ['SMTP set', { SMTP_URL: 'smtp://mail.example.test' }, LOOPBACK, false],
    [
      'SMTP set wins over HEARD_DEMO',
      { SMTP_URL: 'smtp://mail.example.test', HEARD_DEMO: '1' },
      LOOPBACK,
      false,
    ],
    ['HEARD_DEMO=1 says so outright', { HEARD_DEMO: '1' }, 'http://0.0.0.0:4321', true],
    [
      'the old production switch no longer opens it',
      { HEARD_DEV_OUTBOX: '1' },
      'http://0.0.0.0:80',
      false,
    ],
  ])('%s', (_rule, env, listening, expected) => {
    expect(isOutboxEnabled(env, listening)).toBe(expected);
  });
});

describe('start-up says in one line how mail is sent', () => {
  it.each([
    [
      { SMTP_URL: 'smtp://user:secret@mail.example.org:587' },
      'http://0.0.0.0:80',
      /mail\.example\.org:587 \(SMTP_URL\)/,
    ],
    [{}, 'http://127.0.0.1:4321', /demo outbox at \/dev\/outbox/],
    [{}, 'http://0.0.0.0:80', /NOT SENT.*set SMTP_URL/],
  ])('%j on %s', (env, listening, expected) => {
    const line = describeMailDelivery(env, listening);
    expect(line).toMatch(expected);
    expect(line).not.toContain('secret');
    expect(line).not.toContain('\n');
  });
});
