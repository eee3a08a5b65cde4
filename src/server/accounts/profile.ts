/**
 * A person changing their own profile: names, date of birth, reading
 * preferences, and the language Heard uses with them.
 */
import { z } from 'zod';
import { mayChangeOwnDateOfBirth } from '#src/domain/safeguarding.ts';
import { checkBirthDate } from '#src/domain/text.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Translator } from '#src/i18n/translator.ts';
import type { Db } from '#src/server/platform/db.ts';
import { isLanguage, type Language } from '#src/i18n/languages.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { refreshPublicationsForAuthor } from '#src/server/consent/consent.repository.ts';
import {
  parseForm,
  requiredText,
  textField,
  textUpTo,
  type FormResult,
} from '#src/server/http/forms.ts';
import {
  findPersonById,
  listGuardianIdsOf,
  updatePerson,
  updatePersonProfile,
  type ProfileChanges,
} from './people.repository.ts';

const optionalName = (tooLong: MessageKey, max: number) =>
  textUpTo(max, requestWords().t(tooLong, { max })).transform((value) =>
    value === '' ? null : value,
  );

// Made for each form checked, so its problems are in the words of the person who sent it.
function profileSchema(today: Date) {
  const words = requestWords();
  const t: Translator['t'] = (key, values) => words.t(key, values);
  const todayIso = today.toISOString().slice(0, 10);
  return z.object({
    displayName: requiredText(
      t('accounts.profile.nameMissing'),
      120,
      t('accounts.profile.nameTooLong', { max: 120 }),
    ),
    firstName: optionalName('accounts.profile.firstNameTooLong', 60),
    defaultPseudonym: optionalName('accounts.profile.pseudonymTooLong', 60),
    dateOfBirth: z.string().transform((value, ctx) => {
      const checked = checkBirthDate(value, todayIso);
      if (!checked.ok) {
        ctx.addIssue({ code: 'custom', message: t(checked.problem) });
        return z.NEVER;
      }
      return checked.date;
    }),
    largerText: z.boolean(),
    highContrast: z.boolean(),
  });
}

/** The words shown, and sent back, when someone may not change their own date of birth. */
export const DATE_OF_BIRTH_LOCKED: MessageKey = 'accounts.profile.dateLocked';

/** Whether this person may change their own date of birth (src/domain/safeguarding.ts). */
export async function mayEditOwnDateOfBirth(
  db: Db,
  person: { readonly id: string; readonly date_of_birth: string | null },
  now: Date,
): Promise<boolean> {
  const guardianIds = await listGuardianIdsOf(db, person.id);
  return mayChangeOwnDateOfBirth(
    {
      dateOfBirth:
        person.date_of_birth === null ? null : new Date(`${person.date_of_birth}T00:00:00Z`),
      guardianIds,
    },
    now,
  );
}

/**
 * Validates and saves a profile form; nothing is saved if any field is wrong.
 * A young person's date of birth is kept as it is: the form does not offer it,
 * and a different one sent anyway is refused.
 */
export async function saveProfileForm(
  db: Db,
  personId: string,
  form: FormData,
  now: Date,
): Promise<FormResult<ProfileChanges>> {
  const person = await findPersonById(db, personId);
  const words = requestWords();
  const t: Translator['t'] = (key, values) => words.t(key, values);
  if (!person) return { ok: false, errors: { form: t('accounts.profile.signInAgain') } };
  const locked = !(await mayEditOwnDateOfBirth(db, person, now));
  const sentDateOfBirth = form.has('dateOfBirth') ? textField(form, 'dateOfBirth').trim() : null;
  if (locked && sentDateOfBirth !== null && sentDateOfBirth !== (person.date_of_birth ?? '')) {
    return { ok: false, errors: { dateOfBirth: t(DATE_OF_BIRTH_LOCKED) } };
  }
  const parsed = parseForm(profileSchema(now), {
    displayName: textField(form, 'displayName'),
    firstName: textField(form, 'firstName'),
    defaultPseudonym: textField(form, 'defaultPseudonym'),
    dateOfBirth: locked ? (person.date_of_birth ?? '') : textField(form, 'dateOfBirth'),
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

/** The signed-in person's own profile, as their account page shows it. */
export function loadOwnProfile(db: Db, personId: string): ReturnType<typeof findPersonById> {
  return findPersonById(db, personId);
}

/** Sets the language a person reads Heard in: their pages, emails, reminders and receipts. */
export async function setPersonLanguage(
  db: Db,
  personId: string,
  language: Language,
): Promise<void> {
  await updatePerson(db, personId, { language });
}

/**
 * The account page's choice of language: saved on the account, so every page,
 * email, reminder and receipt for the person follows it from now on.
 */
export async function saveLanguageForm(
  db: Db,
  personId: string,
  form: FormData,
): Promise<FormResult<Language>> {
  const language = textField(form, 'language');
  if (!isLanguage(language)) {
    return {
      ok: false,
      errors: { language: requestWords().t('accounts.account.language.unknown') },
    };
  }
  await setPersonLanguage(db, personId, language);
  return { ok: true, value: language };
}
