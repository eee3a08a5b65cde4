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
import { formatDateOnly } from '#src/server/requests/requests.ts';
import { insertDateOfBirthChange, listAccountChanges } from './account-changes.repository.ts';

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
  const checked = checkBirthDate(input.dateOfBirth, isoDay(now));
  if (!checked.ok) {
    return { ok: false, errors: { newDateOfBirth: requestWords().t(checked.problem) } };
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
  if (!changed) return { ok: false, errors: { form: 'Please choose someone from the list.' } };
  if (changed.same) return { ok: true, message: 'That is already their date of birth.' };
  return { ok: true, message: 'Date of birth saved. They and their parents or carers are told.' };
}

/** The changes made to a person's date of birth and guardians, in plain words, newest first. */
export async function listAccountChangesInWords(
  db: Db,
  personId: string,
): Promise<{ readonly at: Date; readonly text: string }[]> {
  const changes = await listAccountChanges(db, personId);
  return changes.map((change) => ({
    at: change.at,
    text: describeAccountChange(change, formatDateOnly),
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

/** Emails the young person and each guardian about one change. */
async function tellAboutChange(db: Db, input: AccountChangeNews): Promise<void> {
  const people = await listPersonNameFacts(db, [input.personId, ...input.guardianIds]);
  const young = people.find((person) => person.id === input.personId);
  const youngName = young?.firstName ?? young?.displayName ?? 'the young person';
  const forYoungPerson = describeAccountChange(input.change, formatDateOnly);
  const day = formatDateOnly(isoDay(input.change.at));
  for (const person of people) {
    const isYoungPerson = person.id === input.personId;
    const greeting = `Hello ${person.firstName ?? person.displayName},`;
    const what = isYoungPerson
      ? `On ${day}: ${forYoungPerson}`
      : `On ${day}, about ${youngName}: ${forYoungPerson.replace(/\byour\b/g, `${youngName}’s`)}`;
    const where = isYoungPerson
      ? `You can see every change like this on your account page: ${siteLink('/my/account')}`
      : `You can see what ${youngName} has asked to share at ${siteLink('/my/approvals')}`;
    await sendMail(
      db,
      {
        to: person.email,
        subject: isYoungPerson
          ? 'A change to your Heard account'
          : `A change to ${youngName}’s Heard account`,
        text: [
          greeting,
          '',
          what,
          '',
          where,
          '',
          'If this looks wrong, tell your group’s facilitator.',
          '',
        ].join('\n'),
      },
      input.now,
    );
  }
}
