/**
 * Linking a parent or carer to a young person, and taking one off. Admins
 * link anyone; a facilitator links a parent or carer of a member under 18 in
 * a group they facilitate, by email. Staff are never guardians
 * (src/domain/safeguarding.ts). Each link is recorded with who made it,
 * re-decides what is public, and is told to the young person and every
 * guardian, all in one transaction.
 */
import { isMinorOn } from '#src/domain/age.ts';
import { normaliseEmail } from '#src/domain/email.ts';
import { canAdminister, type Viewer } from '#src/domain/permissions.ts';
import { checkGuardianLink, staffRolesOf } from '#src/domain/safeguarding.ts';
import type { Db } from '#src/server/platform/db.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { ONLY_ADMINS, type AdminResult } from '#src/server/accounts/admin-result.ts';
import {
  findPersonById,
  findPersonIdByEmail,
  isLinkedAsGuardian,
  linkGuardian,
  listGuardianIdsOf,
  setPersonRoles,
  unlinkGuardian,
} from '#src/server/accounts/people.repository.ts';
import { findGroupWithPeople } from '#src/server/groups/group-space.repository.ts';
import { insertGuardianLinkChange } from './account-changes.repository.ts';
import { dateFromDay, nameOf, redecideAndTell } from './safeguarding.ts';
import { requestWords } from '#src/server/http/request-language.ts';

/** A guardian and the young person they are (or are to be) linked to. */
export interface GuardianLink {
  readonly guardianId: string;
  readonly youngPersonId: string;
}

/**
 * An admin links a guardian to a young person. Staff are never guardians. The
 * young person, and any guardian already linked, are told.
 */
export async function linkGuardianToYoungPerson(
  db: Db,
  viewer: Viewer,
  input: GuardianLink,
  now: Date,
): Promise<AdminResult> {
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
): Promise<AdminResult> {
  const words = requestWords();
  const group = await findGroupWithPeople(db, input.groupId);
  if (!group || !group.facilitatorIds.includes(viewer.id)) {
    return { ok: false, errors: { form: words.t('groups.change.onlyFacilitator') } };
  }
  if (!group.memberIds.includes(input.youngPersonId)) {
    return { ok: false, errors: { youngPersonId: words.t('groups.change.chooseInGroup') } };
  }
  // Only for a member known to be under 18: linking a parent or carer to
  // someone whose age is not recorded would treat them as under 18 and hold
  // their stories back, which is an admin's decision, not a facilitator's.
  const member = await findPersonById(db, input.youngPersonId);
  const born = dateFromDay(member?.date_of_birth ?? null);
  if (!born || !isMinorOn({ dateOfBirth: born, guardianIds: [] }, now)) {
    return { ok: false, errors: { youngPersonId: words.t('groups.change.onlyUnder18') } };
  }
  const email = normaliseEmail(input.guardianEmail);
  const guardianId = email.ok ? await findPersonIdByEmail(db, email.email) : undefined;
  if (!guardianId) {
    return { ok: false, errors: { guardianEmail: words.t('groups.change.noAccount') } };
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
  input: GuardianLink,
  now: Date,
): Promise<AdminResult> {
  const words = requestWords();
  const [guardian, young] = await Promise.all([
    findPersonById(db, input.guardianId),
    findPersonById(db, input.youngPersonId),
  ]);
  if (!guardian || !young)
    return { ok: false, errors: { guardian: words.t('groups.change.chooseBoth') } };
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
  const name = guardian.display_name;
  switch (refusal) {
    case 'self':
      return { ok: false, errors: { guardian: words.t('groups.change.self') } };
    case 'staff': {
      // The roles as stored ("admin, facilitator"): the names an admin chooses them by.
      const roles = staffRolesOf(guardian.roles).join(', ');
      return { ok: false, errors: { guardian: words.t('groups.change.staff', { name, roles }) } };
    }
    case 'young':
      return { ok: false, errors: { guardian: words.t('groups.change.young', { name }) } };
    case 'already-linked':
      return { ok: true, message: words.t('groups.change.alreadyLinked', { name }) };
    case null:
      break;
  }
  await inTransaction(db, async (trx) => {
    await linkGuardian(trx, guardian.id, young.id);
    if (!guardian.roles.includes('guardian')) {
      await setPersonRoles(trx, guardian.id, [...guardian.roles, 'guardian']);
    }
    // A guardian link changes whose co-consent counts.
    await recordGuardianLinkChange(trx, viewer, {
      kind: 'guardian_linked',
      youngPersonId: young.id,
      guardianId: guardian.id,
      guardianName: guardian.display_name,
      actorRole,
      tell: [...existingGuardianIds, guardian.id],
      now,
    });
  });
  return { ok: true, message: words.t('groups.change.linkedDone') };
}

/** An admin takes a guardian off a young person; the young person and every guardian are told. */
export async function unlinkGuardianFromYoungPerson(
  db: Db,
  viewer: Viewer,
  input: GuardianLink,
  now: Date,
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  const guardianIds = await listGuardianIdsOf(db, input.youngPersonId);
  if (!guardianIds.includes(input.guardianId)) {
    return { ok: false, errors: { form: requestWords().t('groups.change.chooseBoth') } };
  }
  await inTransaction(db, async (trx) => {
    await unlinkGuardian(trx, input.guardianId, input.youngPersonId);
    // Someone who is nobody's guardian any more loses the role (and its menu).
    const former = await findPersonById(trx, input.guardianId);
    if (former && !(await isLinkedAsGuardian(trx, former.id))) {
      const roles = former.roles.filter((role) => role !== 'guardian');
      await setPersonRoles(trx, former.id, roles.length > 0 ? roles : ['contributor']);
    }
    // Their co-consent no longer counts: a young person's story they approved
    // comes down until a linked guardian approves it.
    await recordGuardianLinkChange(trx, viewer, {
      kind: 'guardian_unlinked',
      youngPersonId: input.youngPersonId,
      guardianId: input.guardianId,
      guardianName: await nameOf(trx, input.guardianId),
      tell: guardianIds,
      now,
    });
  });
  return { ok: true, message: requestWords().t('groups.change.unlinkedDone') };
}

/**
 * Records a guardian being linked or taken off, then decides again what is
 * public and tells the young person and the guardians in `tell`.
 */
async function recordGuardianLinkChange(
  trx: Db,
  viewer: Viewer,
  input: {
    readonly kind: 'guardian_linked' | 'guardian_unlinked';
    readonly youngPersonId: string;
    readonly guardianId: string;
    readonly guardianName: string | null;
    readonly actorRole?: 'admin' | 'facilitator';
    readonly tell: readonly string[];
    readonly now: Date;
  },
): Promise<void> {
  const { kind, youngPersonId, guardianId, now } = input;
  await insertGuardianLinkChange(trx, {
    kind,
    youngPersonId,
    guardianId,
    actorId: viewer.id,
    at: now,
  });
  await redecideAndTell(trx, {
    personId: youngPersonId,
    guardianIds: input.tell,
    change: {
      kind,
      at: now,
      actorName: await nameOf(trx, viewer.id),
      ...(input.actorRole ? { actorRole: input.actorRole } : {}),
      guardianName: input.guardianName,
    },
    now,
  });
}
