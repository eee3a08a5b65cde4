import { expect, it } from 'vitest';
import { handleGroupsForm, handlePeopleForm } from '#src/server/accounts/admin.ts';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { saveProfileForm } from '#src/server/accounts/profile.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { findPersonById, findPersonIdByEmail } from '#src/server/accounts/people.repository.ts';
import { signedInCookie } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, formData as form } from './support/fixtures.ts';

const NOW = new Date('2026-11-23T10:00:00Z');

describeEachDatabase('profile', ({ db }) => {
  it('saves a valid profile and refuses a bad one without changing anything', async () => {
    const id = await makePerson(db(), { name: 'Ann Smith' });
    const bad = await saveProfileForm(
      db(),
      id,
      form({ displayName: '   ', firstName: 'Ann', dateOfBirth: '2999-01-01', largerText: 'on' }),
      NOW,
    );
    expect(bad).toMatchObject({
      ok: false,
      errors: {
        displayName: 'Please type the name you would like to be known by.',
        dateOfBirth: 'That date of birth is not possible. Please check the year.',
      },
    });
    expect(await findPersonById(db(), id)).toMatchObject({
      display_name: 'Ann Smith',
      larger_text: false,
    });

    const good = await saveProfileForm(
      db(),
      id,
      form({
        displayName: 'Ann B. Smith',
        firstName: 'Annie',
        defaultPseudonym: 'Wren',
        dateOfBirth: '2010-02-03',
        highContrast: 'on',
      }),
      NOW,
    );
    expect(good.ok).toBe(true);
    expect(await findPersonById(db(), id)).toMatchObject({
      display_name: 'Ann B. Smith',
      first_name: 'Annie',
      default_pseudonym: 'Wren',
      date_of_birth: '2010-02-03',
      larger_text: false,
      high_contrast: true,
    });
  });
});

describeEachDatabase('admin', ({ db, handle }) => {
  it('only admins can use the admin forms', async () => {
    const comms = { id: await makePerson(db(), { roles: ['comms'] }), roles: ['comms' as const] };
    const result = await handlePeopleForm(
      db(),
      comms,
      form({ intent: 'invite', email: 'x@example.test', displayName: 'X' }),
      {
        now: NOW,
      },
    );
    expect(result).toEqual({ ok: false, errors: { form: 'Only admins can do this.' } });
    expect(await findPersonIdByEmail(db(), 'x@example.test')).toBeUndefined();
    expect(
      await handleGroupsForm(db(), comms, form({ intent: 'create-group', name: 'G' }), NOW),
    ).toMatchObject({ ok: false });
  });

  it('invites someone with an email link, refuses a duplicate, and links a guardian', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const admin = { id: await makePerson(db(), { roles: ['admin'] }), roles: ['admin' as const] };
    const context = { origin: 'http://127.0.0.1:4321', now: NOW };
    const invited = await handlePeopleForm(
      db(),
      admin,
      form({
        intent: 'invite',
        email: ' New.Person@Example.TEST',
        displayName: 'New Person',
        firstName: 'New',
        roles: ['contributor'],
      }),
      context,
    );
    expect(invited).toEqual({ ok: true, message: 'Invitation sent to new.person@example.test.' });
    const mails = await listOutboxMail(db());
    expect(mails[0]).toMatchObject({
      to_address: 'new.person@example.test',
      subject: 'You are invited to Heard',
    });

    const again = await handlePeopleForm(
      db(),
      admin,
      form({ intent: 'invite', email: 'new.person@example.test', displayName: 'Again' }),
      context,
    );
    expect(again).toEqual({
      ok: false,
      errors: { email: 'Someone already has that email address.' },
    });

    const young = (await findPersonIdByEmail(db(), 'new.person@example.test')) ?? '';
    const guardian = await makePerson(db(), { roles: ['contributor'] });
    expect(
      await handlePeopleForm(
        db(),
        admin,
        form({ intent: 'link-guardian', guardianId: guardian, youngPersonId: young }),
        context,
      ),
    ).toEqual({
      ok: true,
      message: 'Guardian linked. The young person and their parents or carers are told.',
    });
    expect((await findPersonById(db(), guardian))?.roles).toEqual(['contributor', 'guardian']);
    expect(
      await handlePeopleForm(
        db(),
        admin,
        form({ intent: 'link-guardian', guardianId: young, youngPersonId: young }),
        context,
      ),
    ).toEqual({ ok: false, errors: { guardian: 'Someone cannot be their own guardian.' } });
  });

  it('pausing an account signs the person out everywhere; an admin cannot lock themself out', async () => {
    const admin = { id: await makePerson(db(), { roles: ['admin'] }), roles: ['admin' as const] };
    const context = { origin: 'http://127.0.0.1:4321', now: NOW };
    const member = await signedInCookie(db(), ['contributor']);
    await signedInCookie(db(), ['contributor']);
    await db()
      .insertInto('Session')
      .values({
        userId: member.personId,
        sessionToken: 'second-browser',
        expires: new Date(Date.now() + 86_400_000),
      })
      .execute();
    expect(
      await handlePeopleForm(
        db(),
        admin,
        form({ intent: 'disable', personId: member.personId }),
        context,
      ),
    ).toMatchObject({ ok: true });
    const sessions = await db()
      .selectFrom('Session')
      .select('id')
      .where('userId', '=', member.personId)
      .execute();
    expect(sessions).toEqual([]);
    expect((await findPersonById(db(), member.personId))?.disabled_at).toEqual(NOW);

    expect(
      await handlePeopleForm(db(), admin, form({ intent: 'disable', personId: admin.id }), context),
    ).toEqual({
      ok: false,
      errors: { form: 'You cannot pause your own account.' },
    });
    expect(
      await handlePeopleForm(
        db(),
        admin,
        form({ intent: 'set-roles', personId: admin.id, roles: ['comms'] }),
        context,
      ),
    ).toEqual({
      ok: false,
      errors: { form: 'You cannot remove your own admin role.' },
    });
  });

  it('creates groups with unique addresses and adds members and facilitators', async () => {
    const admin = { id: await makePerson(db(), { roles: ['admin'] }), roles: ['admin' as const] };
    expect(
      await handleGroupsForm(
        db(),
        admin,
        form({ intent: 'create-group', name: 'Tea & Memories', description: '' }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(
      await handleGroupsForm(
        db(),
        admin,
        form({ intent: 'create-group', name: 'Tea & Memories', description: '' }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    const groups = await db().selectFrom('groups').select(['id', 'slug']).orderBy('slug').execute();
    expect(groups.map((group) => group.slug)).toEqual(['tea-memories', 'tea-memories-2']);
    const person = await makePerson(db());
    const groupId = groups[0]?.id ?? '';
    expect(
      await handleGroupsForm(
        db(),
        admin,
        form({ intent: 'add-member', groupId, personId: person, role: 'facilitator' }),
        NOW,
      ),
    ).toEqual({
      ok: true,
      message: 'Facilitator added. The group’s members see this on their group’s page.',
    });
    expect(
      await handleGroupsForm(
        db(),
        admin,
        form({ intent: 'add-member', groupId, personId: 'not-a-uuid', role: 'member' }),
        NOW,
      ),
    ).toMatchObject({ ok: false });
    expect(
      await handleGroupsForm(db(), admin, form({ intent: 'create-group', name: '' }), NOW),
    ).toMatchObject({
      ok: false,
      errors: { name: 'Please give the group a name.' },
    });
  });
});
