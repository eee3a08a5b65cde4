import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { choiceField, parseForm, requiredText, textUpTo } from '#src/server/http/forms.ts';

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
