/**
 * Changing the facts that protect young people: a date of birth here, a
 * guardian link in guardian-links.ts. Only admins do it (src/domain/safeguarding.ts
 * says why), and facilitators linking a parent or carer of a member under 18;
 * each change is written with its record in one transaction, re-decides what
 * is public, and is then told to the young person and to each guardian.
 */
import { isMinorOn } from '#src/domain/age.ts';
import { canAdminister, type Viewer } from '#src/domain/permissions.ts';
import { describeAccountChange, type AccountChange } from '#src/domain/safeguarding.ts';
import { checkBirthDate, isoDay } from '#src/domain/text.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Db } from '#src/server/platform/db.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { ONLY_ADMINS, type AdminResult } from '#src/server/accounts/admin-result.ts';
import {
  findPersonById,
  listGuardianIdsOf,
  setDateOfBirth,
} from '#src/server/accounts/people.repository.ts';
import { refreshPublicationsForAuthor } from '#src/server/consent/consent.repository.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { formatDay } from '#src/server/platform/dates.ts';
import { currentLanguage } from '#src/server/http/request-language.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Language } from '#src/i18n/languages.ts';
import {
  insertDateOfBirthChange,
  listAccountChanges,
  listLanguagesOf,
} from './account-changes.repository.ts';

/**
 * An admin sets someone's date of birth. The change is recorded, the person
 * sees it on their account page, and they and each guardian are emailed. A
 * consent waiting for a guardian stays waiting: each grant keeps whether it
 * needed one (src/domain/consent.ts).
 */
export async function changeDateOfBirth(
  db: Db,
  viewer: Viewer,
  input: { readonly personId: string; readonly dateOfBirth: string },
  now: Date,
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  const words = requestWords();
  const checked = checkBirthDate(input.dateOfBirth, isoDay(now));
  if (!checked.ok) {
    return { ok: false, errors: { newDateOfBirth: words.t(checked.problem) } };
  }
  const changed = await inTransaction(db, async (trx) => {
    const replaced = await setDateOfBirth(trx, input.personId, checked.date);
    if (!replaced) return undefined;
    if (replaced.previous === checked.date) return { previous: replaced.previous, same: true };
    await insertDateOfBirthChange(trx, {
      personId: input.personId,
      actorId: viewer.id,
      previous: replaced.previous,
      next: checked.date,
      at: now,
    });
    await redecideAndTell(trx, {
      personId: input.personId,
      guardianIds: await listGuardianIdsOf(trx, input.personId),
      change: {
        kind: 'date_of_birth',
        at: now,
        actorName: viewer.id === input.personId ? null : await nameOf(trx, viewer.id),
        previous: replaced.previous,
        next: checked.date,
      },
      now,
    });
    return { previous: replaced.previous, same: false };
  });
  if (!changed) return { ok: false, errors: { form: words.t('groups.change.chooseSomeone') } };
  if (changed.same) return { ok: true, message: words.t('groups.change.sameDateOfBirth') };
  return { ok: true, message: words.t('groups.change.dateOfBirthSaved') };
}

/**
 * The changes made to a person's date of birth and guardians, in plain words,
 * newest first, for them to read: in the request's language unless told otherwise.
 */
export async function listAccountChangesInWords(
  db: Db,
  personId: string,
  language: Language = currentLanguage(),
): Promise<{ readonly at: Date; readonly text: string }[]> {
  const changes = await listAccountChanges(db, personId);
  const words = translatorFor(language);
  return changes.map((change) => ({
    at: change.at,
    text: describeAccountChange(change, (day) => formatDay(day, language), words),
  }));
}

/**
 * Whether someone is under 18 now, from their date of birth (`YYYY-MM-DD`)
 * and guardians: for the young members a group's facilitators see.
 */
export function isUnder18(
  dateOfBirth: string | null,
  guardianIds: readonly string[],
  now: Date,
): boolean {
  return isMinorOn({ dateOfBirth: dateFromDay(dateOfBirth), guardianIds }, now);
}

/** A `YYYY-MM-DD` day as the moment it starts (UTC), as the age rules take it. */
export function dateFromDay(day: string | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00Z`);
}

/** The name a person is known by here, for the words about a change they made. */
export async function nameOf(db: Db, personId: string): Promise<string | null> {
  return (await findPersonById(db, personId))?.display_name ?? null;
}

/** One recorded change, and who hears of it: the person it is about and their guardians. */
export interface AccountChangeNews {
  readonly personId: string;
  readonly guardianIds: readonly string[];
  readonly change: AccountChange;
  readonly now: Date;
}

/**
 * After a change to a young person's protecting facts, in its transaction:
 * what is public is decided again (whose yes counts may have changed), and the
 * young person and each guardian are told (the emails wait in the outbox).
 */
export async function redecideAndTell(trx: Db, input: AccountChangeNews): Promise<void> {
  await refreshPublicationsForAuthor(trx, input.personId, input.now);
  await tellAboutChange(trx, input);
}

/** Emails the young person and each guardian about one change, each in their own language. */
async function tellAboutChange(db: Db, input: AccountChangeNews): Promise<void> {
  const people = await listPersonNameFacts(db, [input.personId, ...input.guardianIds]);
  const languages = await listLanguagesOf(
    db,
    people.map((person) => person.id),
  );
  const young = people.find((person) => person.id === input.personId);
  for (const person of people) {
    const language = languages.get(person.id) ?? 'en';
    const words = translatorFor(language);
    const inWords = (day: string) => formatDay(day, language);
    const youngName =
      young?.firstName ?? young?.displayName ?? words.t('groups.change.theYoungPerson');
    const isYoungPerson = person.id === input.personId;
    const day = inWords(isoDay(input.change.at));
    const change = describeAccountChange(
      input.change,
      inWords,
      words,
      isYoungPerson ? undefined : youngName,
    );
    const what = isYoungPerson
      ? words.t('groups.change.on', { day, what: change })
      : words.t('groups.change.onAbout', { day, young: youngName, what: change });
    const where = isYoungPerson
      ? words.t('groups.change.seeAccount', { link: siteLink('/my/account') })
      : words.t('groups.change.seeApprovals', {
          young: youngName,
          link: siteLink('/my/approvals'),
        });
    await sendMail(
      db,
      {
        to: person.email,
        subject: isYoungPerson
          ? words.t('groups.change.subject')
          : words.t('groups.change.subjectOf', { young: youngName }),
        text: [
          words.t('groups.change.hello', { name: person.firstName ?? person.displayName }),
          '',
          what,
          '',
          where,
          '',
          words.t('groups.change.looksWrong'),
          '',
        ].join('\n'),
      },
      input.now,
    );
  }
}
