/**
 * What admins do: invite people, set roles, pause accounts, link guardians, run
 * groups. Each function checks the viewer may do it, validates the form, and
 * writes in one transaction. None of it gives access to anyone's drafts.
 */
import { z } from 'zod';
import { normaliseEmail } from '../domain/email.ts';
import { canAdminister, type Viewer } from '../domain/permissions.ts';
import { ROLES, type Role } from '../domain/roles.ts';
import { slugFromTitle } from '../domain/slug.ts';
import type { Db } from './db.ts';
import { refreshPublicationsForAuthor } from './repositories/consent.ts';
import { parseForm, textField } from './forms.ts';
import {
  addGroupMember,
  groupExists,
  insertGroup,
  listGroupSlugsStartingWith,
  removeGroupMember,
} from './repositories/groups.ts';
import {
  findPersonById,
  findPersonIdByEmail,
  insertPerson,
  linkGuardian,
  setPersonDisabled,
  setPersonRoles,
  unlinkGuardian,
} from './repositories/people.ts';
import { deleteSessionsForPerson } from './repositories/sessions.ts';
import { sendSignInLink } from './sign-in.ts';

export type AdminResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

const NOT_ALLOWED: AdminResult = { ok: false, errors: { form: 'Only admins can do this.' } };

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
  context: { readonly origin: string; readonly now: Date },
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return NOT_ALLOWED;
  switch (textField(form, 'intent')) {
    case 'invite':
      return invitePerson(db, form, context.origin);
    case 'set-roles': {
      const id = uuid.safeParse(textField(form, 'personId'));
      if (!id.success)
        return { ok: false, errors: { form: 'Please choose someone from the list.' } };
      const roles = rolesFrom(form);
      // An admin cannot remove their own admin role: someone must always be able to run Heard.
      if (id.data === viewer.id && !roles.includes('admin')) {
        return { ok: false, errors: { form: 'You cannot remove your own admin role.' } };
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
    case 'link-guardian': {
      const guardian = uuid.safeParse(textField(form, 'guardianId'));
      const young = uuid.safeParse(textField(form, 'youngPersonId'));
      if (!guardian.success || !young.success) {
        return { ok: false, errors: { guardian: 'Please choose both people.' } };
      }
      if (guardian.data === young.data) {
        return { ok: false, errors: { guardian: 'Someone cannot be their own guardian.' } };
      }
      const person = await findPersonById(db, guardian.data);
      if (!person || !(await findPersonById(db, young.data))) {
        return { ok: false, errors: { guardian: 'Please choose both people.' } };
      }
      await db.transaction().execute(async (trx) => {
        await linkGuardian(trx, guardian.data, young.data);
        if (!person.roles.includes('guardian')) {
          await setPersonRoles(trx, guardian.data, [...person.roles, 'guardian']);
        }
        // A guardian link changes whose co-consent counts.
        await refreshPublicationsForAuthor(trx, young.data, context.now);
      });
      return { ok: true, message: 'Guardian linked.' };
    }
    case 'unlink-guardian': {
      const guardian = uuid.safeParse(textField(form, 'guardianId'));
      const young = uuid.safeParse(textField(form, 'youngPersonId'));
      if (!guardian.success || !young.success)
        return { ok: false, errors: { form: 'Please choose both people.' } };
      await db.transaction().execute(async (trx) => {
        await unlinkGuardian(trx, guardian.data, young.data);
        // Their co-consent no longer counts: a young person's story they approved
        // comes down until a linked guardian approves it.
        await refreshPublicationsForAuthor(trx, young.data, context.now);
      });
      return { ok: true, message: 'Guardian link removed.' };
    }
    default:
      return { ok: false, errors: { form: 'That form was not recognised. Please try again.' } };
  }
}

const inviteSchema = z.object({
  email: z.string(),
  displayName: z
    .string()
    .trim()
    .min(1, 'Please type their name.')
    .max(120, 'That name is too long.'),
  firstName: z.string().trim().max(60, 'That first name is too long.'),
  dateOfBirth: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value),
      'Please give a date, or leave it empty.',
    ),
});

async function invitePerson(db: Db, form: FormData, origin: string): Promise<AdminResult> {
  const parsed = parseForm(inviteSchema, {
    email: textField(form, 'email'),
    displayName: textField(form, 'displayName'),
    firstName: textField(form, 'firstName'),
    dateOfBirth: textField(form, 'dateOfBirth'),
  });
  const email = normaliseEmail(textField(form, 'email'));
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
  if (!email.ok) errors['email'] = email.message;
  else if (await findPersonIdByEmail(db, email.email))
    errors['email'] = 'Someone already has that email address.';
  if (!parsed.ok || !email.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const roles = rolesFrom(form);
  await insertPerson(db, {
    email: email.email,
    displayName: parsed.value.displayName,
    firstName: parsed.value.firstName || null,
    dateOfBirth: parsed.value.dateOfBirth || null,
    roles: roles.length > 0 ? roles : ['contributor'],
  });
  // The invitation is a sign-in link.
  const sent = await sendSignInLink(email.email, '/my', origin);
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
): Promise<AdminResult> {
  if (!canAdminister(viewer)) return NOT_ALLOWED;
  switch (textField(form, 'intent')) {
    case 'create-group': {
      const parsed = parseForm(
        z.object({
          name: z
            .string()
            .trim()
            .min(1, 'Please give the group a name.')
            .max(120, 'That name is too long.'),
          description: z.string().trim().max(2000, 'That description is too long.'),
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
      await addGroupMember(db, group.data, person.data, role);
      return { ok: true, message: role === 'facilitator' ? 'Facilitator added.' : 'Member added.' };
    }
    case 'remove-member': {
      const group = uuid.safeParse(textField(form, 'groupId'));
      const person = uuid.safeParse(textField(form, 'personId'));
      if (!group.success || !person.success)
        return { ok: false, errors: { form: 'Please choose someone.' } };
      await removeGroupMember(db, group.data, person.data);
      return { ok: true, message: 'Removed from the group.' };
    }
    default:
      return { ok: false, errors: { form: 'That form was not recognised. Please try again.' } };
  }
}
