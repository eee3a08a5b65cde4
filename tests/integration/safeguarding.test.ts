/**
 * Safeguarding: a young person cannot skip their guardian, staff never become
 * guardians, every change to age or guardians is recorded and told, and no
 * role reaches into a group unseen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { findPublicationNow } from '#src/server/publishing/publications.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { emailOf, makePerson, makeStory } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-safeguarding-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${app?.url ?? ''}${path}`, {
    method: 'POST',
    headers: { cookie, origin: app?.url ?? '' },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

async function page(path: string, cookie: string): Promise<string> {
  const response = await fetch(`${app?.url ?? ''}${path}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/\s+/g, ' ');
}

const fifteenYearsAgo = (): string => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - 15);
  return date.toISOString().slice(0, 10);
};

/** Kayla (15) with Donna as her guardian, and a story Kayla shared publicly that waits for Donna. */
async function kaylaWaitingForDonna(db: Db) {
  const donna = await makePerson(db, { name: 'Donna Reid', roles: ['guardian'] });
  const kayla = await makePerson(db, { name: 'Kayla Reid', dateOfBirth: fifteenYearsAgo() });
  await linkGuardian(db, donna, kayla);
  const story = await makeStory(db, [kayla], { title: 'Our kitchen', now: new Date() });
  const granted = await appendConsentEvent(
    db,
    story.id,
    {
      kind: 'grant',
      actorId: kayla,
      subjectId: kayla,
      scope: 'public_site',
      anonymity: 'first_name',
      revisionNumber: 1,
    },
    { now: new Date() },
  );
  if (!granted.ok) throw new Error(granted.reason);
  expect(granted.publicSite.visible).toBe(false);
  return { donna, kayla, story };
}

describeEachDatabase('safeguarding', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('regression: a young person cannot make themselves an adult to skip their guardian', async () => {
    use();
    const { donna, kayla, story } = await kaylaWaitingForDonna(db());
    const cookie = await sessionCookieFor(db(), kayla);
    const account = await page('/my/account', cookie);
    expect(account).toContain('Only an admin can change your date of birth');
    expect(account).not.toContain('name="dateOfBirth"');

    const response = await post('/my/account', cookie, {
      displayName: 'Kayla Reid',
      dateOfBirth: '1990-01-01',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Only an admin can change your date of birth');
    const kept = await db()
      .selectFrom('people')
      .select('date_of_birth')
      .where('id', '=', kayla)
      .executeTakeFirstOrThrow();
    expect(kept.date_of_birth).toBe(fifteenYearsAgo());
    expect(await findPublicationNow(db(), { storyId: story.id }, new Date())).toBeUndefined();
    // Her other details still save, with her date of birth as it was.
    expect((await post('/my/account', cookie, { displayName: 'Kayla R' })).status).toBe(303);
    // Her guardian can still stop it.
    const stop = await post('/my/approvals', await sessionCookieFor(db(), donna), {
      intent: 'stop',
      story: story.id,
      ward: kayla,
      scope: 'public_site',
    });
    expect(stop.status).toBe(303);
  });

  it('an adult with no guardian changes their own date of birth', async () => {
    use();
    const adult = await makePerson(db(), { name: 'Arthur Bell', dateOfBirth: '1950-04-01' });
    const cookie = await sessionCookieFor(db(), adult);
    expect(await page('/my/account', cookie)).toContain('name="dateOfBirth"');
    expect(
      (await post('/my/account', cookie, { displayName: 'Arthur Bell', dateOfBirth: '1951-04-01' }))
        .status,
    ).toBe(303);
  });

  it('an admin’s change of date of birth is recorded, shown to the person, emailed to each guardian, and publishes nothing', async () => {
    use();
    const { donna, kayla, story } = await kaylaWaitingForDonna(db());
    const second = await makePerson(db(), { name: 'Dev Reid', roles: ['guardian'] });
    await linkGuardian(db(), second, kayla);
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    const adminCookie = await sessionCookieFor(db(), admin);
    const response = await post('/admin/people', adminCookie, {
      intent: 'set-date-of-birth',
      personId: kayla,
      dateOfBirth: '1990-01-01',
    });
    expect(response.status).toBe(200);
    // The yes that waited for Donna still waits: the change published nothing.
    expect(await findPublicationNow(db(), { storyId: story.id }, new Date())).toBeUndefined();
    expect((await fetch(`${app?.url ?? ''}/stories/${story.slug}`)).status).toBe(404);

    const account = await page('/my/account', await sessionCookieFor(db(), kayla));
    expect(account).toContain('Changes made to your account');
    expect(account).toMatch(
      /Alex Admin, an admin, changed your date of birth from \d+ \w+ \d{4} to 1 January 1990/,
    );

    const mail = await listOutboxMail(db());
    const to = new Set(mail.map((m) => m.to_address));
    for (const person of [kayla, donna, second]) expect(to).toContain(await emailOf(db(), person));
    const donnaAddress = await emailOf(db(), donna);
    const toDonna = mail.find((m) => m.to_address === donnaAddress);
    expect(toDonna?.text_body).toContain('changed Kayla’s date of birth');

    // A bad date is refused and changes nothing.
    const bad = await post('/admin/people', adminCookie, {
      intent: 'set-date-of-birth',
      personId: kayla,
      dateOfBirth: '2010-02-30',
    });
    expect(bad.status).toBe(400);
  });

  it('regression: finding out someone was a minor takes their public story down until a guardian agrees', async () => {
    use();
    const margaret = await makePerson(db(), { name: 'Margaret Ellis', dateOfBirth: '1950-04-01' });
    const story = await makeStory(db(), [margaret], { title: 'The kitchen', now: new Date() });
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: margaret,
        subjectId: margaret,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: new Date() },
    );
    expect(await findPublicationNow(db(), { storyId: story.id }, new Date())).toBeDefined();
    const adminCookie = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    await post('/admin/people', adminCookie, {
      intent: 'set-date-of-birth',
      personId: margaret,
      dateOfBirth: fifteenYearsAgo(),
    });
    expect(await findPublicationNow(db(), { storyId: story.id }, new Date())).toBeUndefined();
  });

  it('regression: a young person cannot be anyone’s guardian, and unlinking takes the role away', async () => {
    use();
    const kayla = await makePerson(db(), { name: 'Kayla Reid', dateOfBirth: fifteenYearsAgo() });
    const jay = await makePerson(db(), { name: 'Jay Okafor', dateOfBirth: fifteenYearsAgo() });
    const adminCookie = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    const refused = await post('/admin/people', adminCookie, {
      intent: 'link-guardian',
      guardianId: jay,
      youngPersonId: kayla,
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('is under 18');
    const parent = await makePerson(db(), { name: 'Pat Parent' });
    await post('/admin/people', adminCookie, {
      intent: 'link-guardian',
      guardianId: parent,
      youngPersonId: kayla,
    });
    const roles = async () =>
      (
        await db()
          .selectFrom('people')
          .select('roles')
          .where('id', '=', parent)
          .executeTakeFirstOrThrow()
      ).roles;
    expect(await roles()).toContain('guardian');
    // A young person with a guardian cannot be one either.
    const again = await post('/admin/people', adminCookie, {
      intent: 'link-guardian',
      guardianId: kayla,
      youngPersonId: jay,
    });
    expect(again.status).toBe(400);
    await post('/admin/people', adminCookie, {
      intent: 'unlink-guardian',
      guardianId: parent,
      youngPersonId: kayla,
    });
    expect(await roles()).not.toContain('guardian');
  });

  it('regression: staff are never linked as guardians, by the form or in the database', async () => {
    use();
    const kid = await makePerson(db(), { name: 'Young Person', dateOfBirth: fifteenYearsAgo() });
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    const adminCookie = await sessionCookieFor(db(), admin);
    for (const roles of [
      ['admin'],
      ['comms'],
      ['facilitator'],
      ['contributor', 'comms'],
    ] as const) {
      const staff =
        roles[0] === 'admin'
          ? admin
          : await makePerson(db(), { name: `Staff ${roles.join(' ')}`, roles: [...roles] });
      const response = await post('/admin/people', adminCookie, {
        intent: 'link-guardian',
        guardianId: staff,
        youngPersonId: kid,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('cannot be anyone’s parent or carer');
    }
    expect(await db().selectFrom('guardian_links').selectAll().execute()).toEqual([]);
    // The database holds to it whatever the code does.
    await expect(linkGuardian(db(), admin, kid)).rejects.toThrow(/staff cannot be linked/);
    const parent = await makePerson(db(), { name: 'A Parent' });
    await linkGuardian(db(), parent, kid);
    await expect(
      sql`update people set roles = array['contributor', 'admin'] where id = ${parent}`.execute(
        db(),
      ),
    ).rejects.toThrow(/guardian cannot be given a staff role/);
    const roles = await post('/admin/people', adminCookie, {
      intent: 'set-roles',
      personId: parent,
      roles: 'comms',
    });
    expect(roles.status).toBe(400);
    expect(await roles.text()).toContain('cannot have a staff role');
  });

  it('linking a second guardian tells the young person and the guardian already linked, and each link is recorded', async () => {
    use();
    const { donna, kayla } = await kaylaWaitingForDonna(db());
    const dev = await makePerson(db(), { name: 'Dev Reid' });
    const adminCookie = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    const linked = await post('/admin/people', adminCookie, {
      intent: 'link-guardian',
      guardianId: dev,
      youngPersonId: kayla,
    });
    expect(linked.status).toBe(200);
    let mail = await listOutboxMail(db());
    for (const person of [kayla, donna, dev]) {
      const address = await emailOf(db(), person);
      expect(
        mail.some((m) => m.to_address === address && m.text_body.includes('linked Dev Reid')),
        `told ${address}`,
      ).toBe(true);
    }
    const unlinked = await post('/admin/people', adminCookie, {
      intent: 'unlink-guardian',
      guardianId: dev,
      youngPersonId: kayla,
    });
    expect(unlinked.status).toBe(200);
    mail = await listOutboxMail(db());
    expect(mail.filter((m) => m.text_body.includes('took Dev Reid off'))).toHaveLength(3);
    const account = await page('/my/account', await sessionCookieFor(db(), kayla));
    expect(account).toContain('Alex Admin, an admin, linked Dev Reid as your parent or carer.');
    expect(account).toContain('Alex Admin, an admin, took Dev Reid off as your parent or carer.');
  });

  it('regression: an admin cannot post into a group they are not in, and adding themselves is seen by its members', async () => {
    use();
    const member = await makePerson(db(), { name: 'Margaret Ellis' });
    const facilitator = await makePerson(db(), { name: 'Priya Shah', roles: ['facilitator'] });
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    const group = await insertGroup(db(), { slug: 'tea', name: 'Tea group' });
    await addGroupMember(db(), group, member, 'member');
    await addGroupMember(db(), group, facilitator, 'facilitator');
    const adminCookie = await sessionCookieFor(db(), admin);

    const prompt = await post('/my', adminCookie, {
      intent: 'offer-prompt',
      groupId: group,
      text: 'Tell us a secret',
    });
    expect(prompt.status).toBe(400);
    expect(await db().selectFrom('writing_prompts').selectAll().execute()).toEqual([]);
    expect(
      (await fetch(`${app?.url ?? ''}/groups/${group}`, { headers: { cookie: adminCookie } }))
        .status,
    ).toBe(404);

    // The facilitator still can.
    const offered = await post('/my', await sessionCookieFor(db(), facilitator), {
      intent: 'offer-prompt',
      groupId: group,
      text: 'A place you loved',
    });
    expect(offered.status).toBe(303);

    const added = await post('/admin/groups', adminCookie, {
      intent: 'add-member',
      groupId: group,
      personId: admin,
      role: 'member',
    });
    expect(added.status).toBe(200);
    const seen = await page(`/groups/${group}`, await sessionCookieFor(db(), member));
    expect(seen).toContain('Who joined or left');
    expect(seen).toContain('Alex Admin, an admin, added themselves as a member.');
    // Taking out someone who was never in the group records nothing.
    const stranger = await makePerson(db(), { name: 'Someone Else' });
    const removed = await post('/admin/groups', adminCookie, {
      intent: 'remove-member',
      groupId: group,
      personId: stranger,
    });
    expect(removed.status).toBe(400);
    expect(await page(`/groups/${group}`, await sessionCookieFor(db(), member))).not.toContain(
      'Someone Else',
    );
  });
});
