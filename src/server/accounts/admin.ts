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
import { ONLY_ADMINS, type AdminResult } from './admin-result.ts';

function rolesFrom(form: FormData): Role[] {
  return form
    .getAll('roles')
    .filter(
      (value): value is Role =>
        typeof value === 'string' && (ROLES as readonly string[]).includes(value),
    );
}

const uuid = z.uuid('Please choose someone from the list.');

/** Handles one admin form on /admin/people, chosen by its `intent`. */
export async function handlePeopleForm(
  db: Db,
  viewer: Viewer,
  form: FormData,
  context: { readonly now: Date },
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  switch (textField(form, 'intent')) {
    case 'invite':
      return invitePerson(db, form, context.now);
    case 'set-roles': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success)
        return { ok: false, errors: { form: 'Please choose someone from the list.' } };
      const roles = rolesFrom(form);
      // An admin cannot remove their own admin role: someone must always be able to run Heard.
      if (id.data === viewer.id && !roles.includes('admin')) {
        return { ok: false, errors: { form: 'You cannot remove your own admin role.' } };
      }
      // Staff are never guardians (src/domain/safeguarding.ts); the database holds to it too.
      if (isStaff(roles) && (await isLinkedAsGuardian(db, id.data))) {
        return {
          ok: false,
          errors: {
            form: 'This person is linked as a young person’s parent or carer, so they cannot have a staff role (admin, comms or facilitator). Take them off as a parent or carer first.',
          },
        };
      }
      await setPersonRoles(db, id.data, roles.length > 0 ? roles : ['contributor']);
      return { ok: true, message: 'Roles saved.' };
    }
    case 'disable':
    case 'enable': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success)
        return { ok: false, errors: { form: 'Please choose someone from the list.' } };
      if (id.data === viewer.id)
        return { ok: false, errors: { form: 'You cannot pause your own account.' } };
      const disabling = textField(form, 'intent') === 'disable';
      await db.transaction().execute(async (trx) => {
        await setPersonDisabled(trx, id.data, disabling ? context.now : null);
        // Pausing signs them out everywhere on their very next request.
        if (disabling) await deleteSessionsForPerson(trx, id.data);
      });
      return {
        ok: true,
        message: disabling ? 'Account paused and signed out everywhere.' : 'Account restored.',
      };
    }
    case 'link-guardian':
    case 'unlink-guardian': {
      const guardian = uuid.safeParse(textField(form, 'guardianId'));
      const young = uuid.safeParse(textField(form, 'youngPersonId'));
      if (!guardian.success || !young.success) {
        return { ok: false, errors: { guardian: 'Please choose both people.' } };
      }
      const people = { guardianId: guardian.data, youngPersonId: young.data };
      return textField(form, 'intent') === 'link-guardian'
        ? linkGuardianToYoungPerson(db, viewer, people, context.now)
        : unlinkGuardianFromYoungPerson(db, viewer, people, context.now);
    }
    case 'set-date-of-birth': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success)
        return { ok: false, errors: { form: 'Please choose someone from the list.' } };
      return changeDateOfBirth(
        db,
        viewer,
        { personId: id.data, dateOfBirth: textField(form, 'dateOfBirth') },
        context.now,
      );
    }
    default:
      return { ok: false, errors: { form: 'That form was not recognised. Please try again.' } };
  }
}

const inviteSchema = z.object({
  email: z.string(),
  displayName: requiredText('Please type their name.', 120, 'That name is too long.'),
  firstName: textUpTo(60, 'That first name is too long.'),
  dateOfBirth: z.string(),
});

async function invitePerson(db: Db, form: FormData, now: Date): Promise<AdminResult> {
  const parsed = parseForm(inviteSchema, {
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
    errors['email'] = 'Someone already has that email address.';
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
    return {
      ok: true,
      message: `${parsed.value.displayName} was added, but the invitation email could not be sent. Ask them to sign in with their email address.`,
    };
  }
  return { ok: true, message: `Invitation sent to ${email.email}.` };
}

/** Handles one admin form on /admin/groups, chosen by its `intent`. */
export async function handleGroupsForm(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return ONLY_ADMINS;
  switch (textField(form, 'intent')) {
    case 'create-group': {
      const parsed = parseForm(
        z.object({
          name: requiredText('Please give the group a name.', 120, 'That name is too long.'),
          description: textUpTo(2000, 'That description is too long.'),
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
      return { ok: true, message: `Group “${parsed.value.name}” created.` };
    }
    case 'add-member': {
      const group = uuid.safeParse(textField(form, 'groupId'));
      const person = uuid.safeParse(textField(form, 'personId'));
      const role = textField(form, 'role');
      if (!group.success || !person.success || (role !== 'member' && role !== 'facilitator')) {
        return {
          ok: false,
          errors: {
            member: 'Please choose a person and whether they are a member or a facilitator.',
          },
        };
      }
      const exists = await groupExists(db, group.data);
      if (!exists || !(await findPersonById(db, person.data))) {
        return {
          ok: false,
          errors: { member: 'Please choose a person and a group from the lists.' },
        };
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
      return {
        ok: true,
        message: `${role === 'facilitator' ? 'Facilitator added' : 'Member added'}. The group’s members see this on their group’s page.`,
      };
    }
    case 'remove-member': {
      const group = uuid.safeParse(textField(form, 'groupId'));
      const person = uuid.safeParse(textField(form, 'personId'));
      if (!group.success || !person.success)
        return { ok: false, errors: { form: 'Please choose someone.' } };
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
      if (!removed) {
        return { ok: false, errors: { member: 'That person is not in that group.' } };
      }
      return { ok: true, message: 'Removed from the group.' };
    }
    default:
      return { ok: false, errors: { form: 'That form was not recognised. Please try again.' } };
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
