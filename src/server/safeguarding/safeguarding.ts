/**
 * Changing the facts that protect young people: a date of birth, a guardian
 * link. Only admins do it (src/domain/safeguarding.ts says why); each change
 * is written with its record in one transaction, re-decides what is public,
 * and is then told to the young person and to each guardian.
 */
import { isMinorOn } from '#src/domain/age.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { canAdminister } from '#src/domain/permissions.ts';
import {
  checkGuardianLink,
  describeAccountChange,
  staffRolesOf,
  type AccountChange,
} from '#src/domain/safeguarding.ts';
import { checkBirthDate, isoDay } from '#src/domain/text.ts';
import type { Db } from '#src/server/platform/db.ts';
import { normaliseEmail } from '#src/domain/email.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { findGroupWithPeople } from '#src/server/groups/group-space.repository.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import {
  insertDateOfBirthChange,
  insertGuardianLinkChange,
  listAccountChanges,
} from './account-changes.repository.ts';
import { refreshPublicationsForAuthor } from '#src/server/consent/consent.repository.ts';
import {
  findPersonById,
  findPersonIdByEmail,
  isLinkedAsGuardian,
  linkGuardian,
  listGuardianIdsOf,
  setDateOfBirth,
  setPersonRoles,
  unlinkGuardian,
} from '#src/server/accounts/people.repository.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { formatDateOnly } from '#src/server/requests/requests.ts';

/** The outcome of a safeguarding change: a message for the admin, or what is wrong. */
export type SafeguardingResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

const ONLY_ADMINS: SafeguardingResult = {
  ok: false,
  errors: { form: 'Only admins can do this.' },
};

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
): Promise<SafeguardingResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  const checked = checkBirthDate(input.dateOfBirth, isoDay(now));
  if (!checked.ok) return { ok: false, errors: { newDateOfBirth: checked.message } };
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
    await refreshPublicationsForAuthor(trx, input.personId, now);
    // Told in the same transaction (the emails wait in the outbox).
    await tellAboutChange(trx, {
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

/**
 * An admin links a guardian to a young person. Staff are never guardians. The
 * young person, and any guardian already linked, are told.
 */
export async function linkGuardianToYoungPerson(
  db: Db,
  viewer: Viewer,
  input: { readonly guardianId: string; readonly youngPersonId: string },
  now: Date,
): Promise<SafeguardingResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  return linkWithSafeguards(db, viewer, 'admin', input, now);
}

/**
 * A facilitator links a parent or carer to a young person in a group they
 * facilitate, by the parent's or carer's email address (facilitators do not
 * see the list of everyone). The same safeguards as an admin's link apply.
 */
export async function linkGuardianAsFacilitator(
  db: Db,
  viewer: Viewer,
  input: {
    readonly groupId: string;
    readonly youngPersonId: string;
    readonly guardianEmail: string;
  },
  now: Date,
): Promise<SafeguardingResult> {
  const group = await findGroupWithPeople(db, input.groupId);
  if (!group || !group.facilitatorIds.includes(viewer.id)) {
    return { ok: false, errors: { form: 'Only a facilitator of this group can do this.' } };
  }
  if (!group.memberIds.includes(input.youngPersonId)) {
    return { ok: false, errors: { youngPersonId: 'Please choose someone in this group.' } };
  }
  // Only for a member known to be under 18: linking a parent or carer to
  // someone whose age is not recorded would treat them as under 18 and hold
  // their stories back, which is an admin's decision, not a facilitator's.
  const member = await findPersonById(db, input.youngPersonId);
  const born = dateFromDay(member?.date_of_birth ?? null);
  if (!born || !isMinorOn({ dateOfBirth: born, guardianIds: [] }, now)) {
    return {
      ok: false,
      errors: {
        youngPersonId:
          'A facilitator can link a parent or carer only for a young person under 18. Ask an admin about anyone else.',
      },
    };
  }
  const email = normaliseEmail(input.guardianEmail);
  const guardianId = email.ok ? await findPersonIdByEmail(db, email.email) : undefined;
  if (!guardianId) {
    return {
      ok: false,
      errors: {
        guardianEmail:
          'Nobody with that email address has an account yet. Ask an admin to invite the parent or carer first.',
      },
    };
  }
  return linkWithSafeguards(
    db,
    viewer,
    'facilitator',
    { guardianId, youngPersonId: input.youngPersonId },
    now,
  );
}

async function linkWithSafeguards(
  db: Db,
  viewer: Viewer,
  actorRole: 'admin' | 'facilitator',
  input: { readonly guardianId: string; readonly youngPersonId: string },
  now: Date,
): Promise<SafeguardingResult> {
  const [guardian, young] = await Promise.all([
    findPersonById(db, input.guardianId),
    findPersonById(db, input.youngPersonId),
  ]);
  if (!guardian || !young) return { ok: false, errors: { guardian: 'Please choose both people.' } };
  const existingGuardianIds = await listGuardianIdsOf(db, young.id);
  const refusal = checkGuardianLink(
    {
      guardianId: guardian.id,
      guardian: {
        roles: guardian.roles,
        dateOfBirth: dateFromDay(guardian.date_of_birth),
        guardianIds: await listGuardianIdsOf(db, guardian.id),
      },
      youngPersonId: young.id,
      existingGuardianIds,
    },
    now,
  );
  switch (refusal) {
    case 'self':
      return { ok: false, errors: { guardian: 'Someone cannot be their own guardian.' } };
    case 'staff':
      return {
        ok: false,
        errors: {
          guardian: `${guardian.display_name} works here (${staffRolesOf(guardian.roles).join(', ')}), so they cannot be anyone’s parent or carer in Heard. A parent or carer reads a young person’s writing before it is shared; staff never do.`,
        },
      };
    case 'young':
      return {
        ok: false,
        errors: {
          guardian: `${guardian.display_name} is under 18, or has a parent or carer of their own, so they cannot be someone’s parent or carer in Heard.`,
        },
      };
    case 'already-linked':
      return { ok: true, message: `${guardian.display_name} is already linked.` };
    case null:
      break;
  }
  await inTransaction(db, async (trx) => {
    await linkGuardian(trx, guardian.id, young.id);
    if (!guardian.roles.includes('guardian')) {
      await setPersonRoles(trx, guardian.id, [...guardian.roles, 'guardian']);
    }
    await insertGuardianLinkChange(trx, {
      kind: 'guardian_linked',
      youngPersonId: young.id,
      guardianId: guardian.id,
      actorId: viewer.id,
      at: now,
    });
    // A guardian link changes whose co-consent counts.
    await refreshPublicationsForAuthor(trx, young.id, now);
    // Told in the same transaction (the emails wait in the outbox).
    await tellAboutChange(trx, {
      personId: young.id,
      guardianIds: [...existingGuardianIds, guardian.id],
      change: {
        kind: 'guardian_linked',
        at: now,
        actorName: await nameOf(trx, viewer.id),
        actorRole,
        guardianName: guardian.display_name,
      },
      now,
    });
  });
  return {
    ok: true,
    message: 'Guardian linked. The young person and their parents or carers are told.',
  };
}

/** An admin takes a guardian off a young person; the young person and every guardian are told. */
export async function unlinkGuardianFromYoungPerson(
  db: Db,
  viewer: Viewer,
  input: { readonly guardianId: string; readonly youngPersonId: string },
  now: Date,
): Promise<SafeguardingResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  const guardianIds = await listGuardianIdsOf(db, input.youngPersonId);
  if (!guardianIds.includes(input.guardianId)) {
    return { ok: false, errors: { form: 'Please choose both people.' } };
  }
  await inTransaction(db, async (trx) => {
    await unlinkGuardian(trx, input.guardianId, input.youngPersonId);
    // Someone who is nobody's guardian any more loses the role (and its menu).
    const former = await findPersonById(trx, input.guardianId);
    if (former && !(await isLinkedAsGuardian(trx, former.id))) {
      const roles = former.roles.filter((role) => role !== 'guardian');
      await setPersonRoles(trx, former.id, roles.length > 0 ? roles : ['contributor']);
    }
    await insertGuardianLinkChange(trx, {
      kind: 'guardian_unlinked',
      youngPersonId: input.youngPersonId,
      guardianId: input.guardianId,
      actorId: viewer.id,
      at: now,
    });
    // Their co-consent no longer counts: a young person's story they approved
    // comes down until a linked guardian approves it.
    await refreshPublicationsForAuthor(trx, input.youngPersonId, now);
    // Told in the same transaction (the emails wait in the outbox).
    await tellAboutChange(trx, {
      personId: input.youngPersonId,
      guardianIds,
      change: {
        kind: 'guardian_unlinked',
        at: now,
        actorName: await nameOf(trx, viewer.id),
        guardianName: await nameOf(trx, input.guardianId),
      },
      now,
    });
  });
  return {
    ok: true,
    message: 'Guardian link removed. The young person and their parents or carers are told.',
  };
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

/** Whether the person is under 18 now, for the words on their account page. */
export function isUnder18(
  dateOfBirth: string | null,
  guardianIds: readonly string[],
  now: Date,
): boolean {
  return isMinorOn(
    {
      dateOfBirth: dateOfBirth === null ? null : new Date(`${dateOfBirth}T00:00:00Z`),
      guardianIds,
    },
    now,
  );
}

function dateFromDay(day: string | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00Z`);
}

async function nameOf(db: Db, personId: string): Promise<string | null> {
  return (await findPersonById(db, personId))?.display_name ?? null;
}

/** Emails the young person and each guardian about one change. */
async function tellAboutChange(
  db: Db,
  input: {
    readonly personId: string;
    readonly guardianIds: readonly string[];
    readonly change: AccountChange;
    readonly now: Date;
  },
): Promise<void> {
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
