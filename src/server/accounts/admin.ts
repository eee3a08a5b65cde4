/**
 * What admins do: invite people, set roles, pause accounts, link guardians, run
 * groups. Each function checks the viewer may do it, validates the form, and
 * writes in one transaction. None of it gives access to anyone's drafts.
 */
import { z } from 'zod';
import { normaliseEmail } from '#src/domain/email.ts';
import { canAdminister, type Viewer } from '#src/domain/permissions.ts';
import { ROLES, type Role } from '#src/domain/roles.ts';
import { isStaff } from '#src/domain/safeguarding.ts';
import { slugFromTitle } from '#src/domain/slug.ts';
import { checkBirthDate, isoDay } from '#src/domain/text.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Db } from '#src/server/platform/db.ts';
import { parseForm, requiredText, textField, textUpTo } from '#src/server/http/forms.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import {
  addGroupMember,
  groupExists,
  insertGroup,
  listGroupSlugsStartingWith,
  listGroupsWithMembers,
  removeGroupMember,
} from '#src/server/groups/groups.repository.ts';
import {
  findPersonById,
  findPersonIdByEmail,
  insertPerson,
  isLinkedAsGuardian,
  listGuardianLinks,
  listPeopleForAdmin,
  setPersonDisabled,
  setPersonRoles,
} from './people.repository.ts';
import { changeDateOfBirth } from '#src/server/safeguarding/safeguarding.ts';
import {
  linkGuardianToYoungPerson,
  unlinkGuardianFromYoungPerson,
} from '#src/server/safeguarding/guardian-links.ts';
import { insertGroupMembershipChange } from '#src/server/safeguarding/account-changes.repository.ts';
import { deleteSessionsForPerson } from './sessions.repository.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { sendSignInLink } from './sign-in.ts';
import { onlyAdmins, type AdminResult } from './admin-result.ts';

function rolesFrom(form: FormData): Role[] {
  return form
    .getAll('roles')
    .filter(
      (value): value is Role =>
        typeof value === 'string' && (ROLES as readonly string[]).includes(value),
    );
}

// Only whether it is one is used: each form says in its own words what to choose.
const uuid = z.uuid();

/** A change refused, its reason in the words of the admin who asked (field `form` unless said). */
function refused(key: MessageKey, field = 'form'): AdminResult {
  return { ok: false, errors: { [field]: requestWords().t(key) } };
}

/** A change made, said in the words of the admin who asked. */
function done(key: MessageKey, values?: Readonly<Record<string, string>>): AdminResult {
  return { ok: true, message: requestWords().t(key, values) };
}

/** Handles one admin form on /admin/people, chosen by its `intent`. */
export async function handlePeopleForm(
  db: Db,
  viewer: Viewer,
  form: FormData,
  context: { readonly now: Date },
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return onlyAdmins();
  switch (textField(form, 'intent')) {
    case 'invite':
      return invitePerson(db, form, context.now);
    case 'set-roles': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success) return refused('admin.refused.chooseSomeone');
      const roles = rolesFrom(form);
      // An admin cannot remove their own admin role: someone must always be able to run Heard.
      if (id.data === viewer.id && !roles.includes('admin')) {
        return refused('admin.refused.ownAdminRole');
      }
      // Staff are never guardians (src/domain/safeguarding.ts); the database holds to it too.
      if (isStaff(roles) && (await isLinkedAsGuardian(db, id.data))) {
        return refused('admin.refused.guardianStaff');
      }
      await setPersonRoles(db, id.data, roles.length > 0 ? roles : ['contributor']);
      return done('admin.done.rolesSaved');
    }
    case 'disable':
    case 'enable': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success) return refused('admin.refused.chooseSomeone');
      if (id.data === viewer.id) return refused('admin.refused.pauseSelf');
      const disabling = textField(form, 'intent') === 'disable';
      await db.transaction().execute(async (trx) => {
        await setPersonDisabled(trx, id.data, disabling ? context.now : null);
        // Pausing signs them out everywhere on their very next request.
        if (disabling) await deleteSessionsForPerson(trx, id.data);
      });
      return done(disabling ? 'admin.done.paused' : 'admin.done.restored');
    }
    case 'link-guardian':
    case 'unlink-guardian': {
      const guardian = uuid.safeParse(textField(form, 'guardianId'));
      const young = uuid.safeParse(textField(form, 'youngPersonId'));
      if (!guardian.success || !young.success) {
        return refused('admin.refused.chooseBoth', 'guardian');
      }
      const people = { guardianId: guardian.data, youngPersonId: young.data };
      return textField(form, 'intent') === 'link-guardian'
        ? linkGuardianToYoungPerson(db, viewer, people, context.now)
        : unlinkGuardianFromYoungPerson(db, viewer, people, context.now);
    }
    case 'set-date-of-birth': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success) return refused('admin.refused.chooseSomeone');
      return changeDateOfBirth(
        db,
        viewer,
        { personId: id.data, dateOfBirth: textField(form, 'dateOfBirth') },
        context.now,
      );
    }
    default:
      return refused('admin.refused.unknownForm');
  }
}

/** The invitation's fields, their problems in the words of the admin inviting. */
function inviteSchema() {
  const words = requestWords();
  return z.object({
    email: z.string(),
    displayName: requiredText(
      words.t('admin.refused.typeName'),
      120,
      words.t('admin.refused.nameTooLong'),
    ),
    firstName: textUpTo(60, words.t('admin.refused.firstNameTooLong')),
    dateOfBirth: z.string(),
  });
}

async function invitePerson(db: Db, form: FormData, now: Date): Promise<AdminResult> {
  const parsed = parseForm(inviteSchema(), {
    email: textField(form, 'email'),
    displayName: textField(form, 'displayName'),
    firstName: textField(form, 'firstName'),
    dateOfBirth: textField(form, 'dateOfBirth'),
  });
  const email = normaliseEmail(textField(form, 'email'));
  const birthDate = checkBirthDate(textField(form, 'dateOfBirth'), isoDay(now));
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
  if (!birthDate.ok) errors['dateOfBirth'] = requestWords().t(birthDate.problem);
  if (!email.ok) errors['email'] = requestWords().t(email.problem);
  else if (await findPersonIdByEmail(db, email.email))
    errors['email'] = requestWords().t('admin.refused.emailTaken');
  if (!parsed.ok || !email.ok || !birthDate.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }

  const roles = rolesFrom(form);
  await insertPerson(db, {
    email: email.email,
    displayName: parsed.value.displayName,
    firstName: parsed.value.firstName || null,
    dateOfBirth: birthDate.date,
    roles: roles.length > 0 ? roles : ['contributor'],
  });
  // The invitation is a sign-in link.
  const sent = await sendSignInLink(email.email, '/my');
  if (sent.status !== 'sent') {
    return done('admin.done.invitedNotSent', { name: parsed.value.displayName });
  }
  return done('admin.done.invited', { email: email.email });
}

/** Handles one admin form on /admin/groups, chosen by its `intent`. */
export async function handleGroupsForm(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return onlyAdmins();
  switch (textField(form, 'intent')) {
    case 'create-group': {
      const words = requestWords();
      const parsed = parseForm(
        z.object({
          name: requiredText(
            words.t('admin.refused.groupName'),
            120,
            words.t('admin.refused.nameTooLong'),
          ),
          description: textUpTo(2000, words.t('admin.refused.descriptionTooLong')),
        }),
        { name: textField(form, 'name'), description: textField(form, 'description') },
      );
      if (!parsed.ok) return parsed;
      const base = slugFromTitle(parsed.value.name);
      const slugs = new Set(await listGroupSlugsStartingWith(db, base));
      let slug = base;
      for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
      await insertGroup(db, {
        slug,
        name: parsed.value.name,
        description: parsed.value.description,
      });
      return done('admin.done.groupCreated', { name: parsed.value.name });
    }
    case 'add-member': {
      const group = uuid.safeParse(textField(form, 'groupId'));
      const person = uuid.safeParse(textField(form, 'personId'));
      const role = textField(form, 'role');
      if (!group.success || !person.success || (role !== 'member' && role !== 'facilitator')) {
        return refused('admin.refused.memberRole', 'member');
      }
      const exists = await groupExists(db, group.data);
      if (!exists || !(await findPersonById(db, person.data))) {
        return refused('admin.refused.memberLists', 'member');
      }
      // Recorded with who did it: the group's members see it on their group's page,
      // so nobody (an admin adding themselves included) joins a group unseen.
      await inTransaction(db, async (trx) => {
        await addGroupMember(trx, group.data, person.data, role);
        await insertGroupMembershipChange(trx, {
          groupId: group.data,
          personId: person.data,
          actorId: viewer.id,
          kind: 'added',
          role,
          at: now,
        });
      });
      return done(
        role === 'facilitator' ? 'admin.done.facilitatorAdded' : 'admin.done.memberAdded',
      );
    }
    case 'remove-member': {
      const group = uuid.safeParse(textField(form, 'groupId'));
      const person = uuid.safeParse(textField(form, 'personId'));
      if (!group.success || !person.success) return refused('admin.refused.chooseSomeoneShort');
      const removed = await inTransaction(db, async (trx) => {
        if (!(await removeGroupMember(trx, group.data, person.data))) return false;
        await insertGroupMembershipChange(trx, {
          groupId: group.data,
          personId: person.data,
          actorId: viewer.id,
          kind: 'removed',
          role: null,
          at: now,
        });
        return true;
      });
      if (!removed) return refused('admin.refused.notInGroup', 'member');
      return done('admin.done.removed');
    }
    default:
      return refused('admin.refused.unknownForm');
  }
}

/** Refuses anyone who is not an admin: the admin pages check first, and this checks again. */
function assertAdmin(viewer: Viewer): void {
  if (!canAdminister(viewer)) throw new Error('Only admins see the people and groups lists.');
}

/** What the admin "People" page lists: everyone, and every parent or carer link. */
export async function loadPeopleForAdmin(db: Db, viewer: Viewer) {
  assertAdmin(viewer);
  const people = await listPeopleForAdmin(db);
  const links = await listGuardianLinks(db);
  return { people, links };
}

/** What the admin "Groups" page lists: every group with its members, and everyone to add. */
export async function loadGroupsForAdmin(db: Db, viewer: Viewer) {
  assertAdmin(viewer);
  const groups = await listGroupsWithMembers(db);
  const people = await listPeopleForAdmin(db);
  return { groups, people };
}
