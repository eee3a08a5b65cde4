import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '#src/domain/email.ts';
import { translatorFor } from '#src/i18n/translator.ts';

describe('normaliseEmail', () => {
  it.each([
    ['ann@example.test', 'ann@example.test'],
    ['  Ann@Example.TEST ', 'ann@example.test'],
    ['first.last+tag@mail.example.co.uk', 'first.last+tag@mail.example.co.uk'],
    ['ann@xn--bcher-kva.example', 'ann@xn--bcher-kva.example'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normaliseEmail(input)).toEqual({ ok: true, email: expected });
  });

  it.each([
    ['', 'Please type your email address.'],
    ['   ', 'Please type your email address.'],
    ['ann', 'does not look like an email'],
    ['ann@', 'does not look like an email'],
    ['ann@localhost', 'does not look like an email'],
    ['ann@exаmple.test', 'does not look like an email'], // Cyrillic "а": a look-alike
    ['аnn@example.test', 'does not look like an email'],
    ['ann@example.test, bob@example.test', 'does not look like an email'],
    ['ann@example.test\nbcc: eve@example.test', 'does not look like an email'],
    ['"ann"@example.test', 'does not look like an email'],
    ['ann..smith@example.test', 'does not look like an email'],
    ['ﬀ@example.test', 'does not look like an email'], // would fold to "ff" under NFKC
    [`${'a'.repeat(250)}@example.test`, 'does not look like an email'],
  ])('refuses %j', (input, message) => {
    const result = normaliseEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(translatorFor('en').t(result.problem)).toContain(message);
  });
});
