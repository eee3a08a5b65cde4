/**
 * A person changing their own profile: names, date of birth, reading preferences.
 */
import { z } from 'zod';
import type { Db } from './db.ts';
import { refreshPublicationsForAuthor } from './repositories/consent.ts';
import { parseForm, textField, type FormResult } from './forms.ts';
import { updatePersonProfile, type ProfileChanges } from './repositories/people.ts';

const optionalName = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} letters long.`)
    .transform((value) => (value === '' ? null : value));

function profileSchema(today: Date) {
  const todayIso = today.toISOString().slice(0, 10);
  return z.object({
    displayName: z
      .string()
      .trim()
      .min(1, 'Please type the name you would like to be known by.')
      .max(120, 'Your name can be at most 120 letters long.'),
    firstName: optionalName('Your first name', 60),
    defaultPseudonym: optionalName('A made-up name', 60),
    dateOfBirth: z
      .string()
      .trim()
      .refine(
        (value) =>
          value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))),
        'Please give your date of birth as a date, for example 14/05/2011.',
      )
      .refine(
        (value) => value === '' || (value >= '1900-01-01' && value <= todayIso),
        'That date of birth is not possible. Please check the year.',
      )
      .transform((value) => (value === '' ? null : value)),
    largerText: z.boolean(),
    highContrast: z.boolean(),
  });
}

/** Validates and saves a profile form; nothing is saved if any field is wrong. */
export async function saveProfileForm(
  db: Db,
  personId: string,
  form: FormData,
  now: Date,
): Promise<FormResult<ProfileChanges>> {
  const parsed = parseForm(profileSchema(now), {
    displayName: textField(form, 'displayName'),
    firstName: textField(form, 'firstName'),
    defaultPseudonym: textField(form, 'defaultPseudonym'),
    dateOfBirth: textField(form, 'dateOfBirth'),
    largerText: form.get('largerText') === 'on',
    highContrast: form.get('highContrast') === 'on',
  });
  if (parsed.ok) {
    const changes = parsed.value;
    await db.transaction().execute(async (trx) => {
      await updatePersonProfile(trx, personId, changes);
      // Names and age feed the publication (shown names, the guardian rule).
      await refreshPublicationsForAuthor(trx, personId, now);
    });
  }
  return parsed;
}
