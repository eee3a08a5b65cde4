import { describe, expect, it } from 'vitest';
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { refusal } from '#src/server/http/refusal.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';

describe('refusal', () => {
  it.each<[string, Language]>([
    ['an English request', 'en'],
    ['a Welsh request', 'cy'],
  ])('says no in the language of %s', (_row, language) => {
    const refused = answerInLanguage(language, () => refusal(403, 'requests.error.onlyAdmins'));
    expect(refused).toEqual({
      ok: false,
      status: 403,
      message: translatorFor(language).t('requests.error.onlyAdmins'),
    });
  });

  it('fills in the message’s values', () => {
    const refused = refusal(400, 'identification.refused.nothingChanged', { problem: 'X' });
    expect(refused.message).toBe(
      translatorFor('en').t('identification.refused.nothingChanged', { problem: 'X' }),
    );
    expect(refused.message).toContain('X');
  });
});
