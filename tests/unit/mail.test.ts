import { describe, expect, it } from 'vitest';
import { isOutboxEnabled } from '../../src/server/mail.ts';

describe('the development outbox exists only where it is safe', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'development' }, true],
    [{ SMTP_URL: 'smtp://mail.example.test' }, false],
    [{ SMTP_URL: 'smtp://mail.example.test', HEARD_DEV_OUTBOX: '1' }, false],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', HEARD_DEV_OUTBOX: '1' }, true],
  ])('%j → %s', (env, expected) => {
    expect(isOutboxEnabled(env)).toBe(expected);
  });
});
