import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { choiceField, parseForm, problem, requiredText, textUpTo } from '#src/server/http/forms.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import { translatorFor } from '#src/i18n/translator.ts';

const form = z.object({
  name: requiredText('Type a name.', 5, 'Keep it short.'),
  note: textUpTo(5, 'Keep the note short.'),
  colour: choiceField(
    (value) => (value === 'red' || value === 'blue' ? value : undefined),
    'Choose a colour.',
  ),
});

describe('form field helpers', () => {
  it.each([
    [
      'all fine, trimmed',
      { name: ' Ann ', note: '', colour: 'red' },
      { name: 'Ann', note: '', colour: 'red' },
    ],
    [
      'a note at the limit',
      { name: 'Bo', note: 'abcde', colour: 'blue' },
      { name: 'Bo', note: 'abcde', colour: 'blue' },
    ],
  ])('%s', (_row, fields, expected) => {
    expect(parseForm(form, fields)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['an empty required field', { name: '   ', note: '', colour: 'red' }, { name: 'Type a name.' }],
    [
      'a required field too long',
      { name: 'Annabel', note: '', colour: 'red' },
      { name: 'Keep it short.' },
    ],
    [
      'an optional field too long',
      { name: 'Ann', note: 'abcdef', colour: 'red' },
      { note: 'Keep the note short.' },
    ],
    ['no choice', { name: 'Ann', note: '', colour: '' }, { colour: 'Choose a colour.' }],
    ['a forged choice', { name: 'Ann', note: '', colour: 'green' }, { colour: 'Choose a colour.' }],
  ])('%s is refused with its sentence', (_row, fields, errors) => {
    expect(parseForm(form, fields)).toEqual({ ok: false, errors });
  });
});

describe('form problems in the words of the person who sent the form', () => {
  // Made once, outside any request, as a service's schema is.
  const keyed = z.object({
    name: requiredText('http.email.missing', 5, {
      key: 'http.refusal.tooLarge',
      values: { megabytes: 5 },
    }),
    colour: choiceField(() => undefined, 'http.form.noIntent'),
    note: z.string().max(1, 'http.refusal.slow'),
    other: z.string().max(1, problem('http.refusal.busy')),
  });
  const sent = { name: '', colour: 'green', note: 'ab', other: 'ab' };

  it.each(['en', 'cy'] as const)('in %s', (language) => {
    const words = translatorFor(language);
    const t = words.t.bind(words);
    expect(answerInLanguage(language, () => parseForm(keyed, sent))).toEqual({
      ok: false,
      errors: {
        name: t('http.email.missing'),
        colour: t('http.form.noIntent'),
        note: t('http.refusal.slow'),
        other: t('http.refusal.busy'),
      },
    });
    expect(
      answerInLanguage(language, () => parseForm(keyed, { ...sent, name: 'Annabel' })),
    ).toMatchObject({ errors: { name: t('http.refusal.tooLarge', { megabytes: 5 }) } });
  });

  it('keeps words not yet in the catalogues as they are', () => {
    expect(
      answerInLanguage('cy', () => parseForm(form, { name: '', note: '', colour: 'red' })),
    ).toEqual({
      ok: false,
      errors: { name: 'Type a name.' },
    });
  });
});
