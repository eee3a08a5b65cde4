import { expect, it } from 'vitest';
import { insertGroup } from '#src/server/groups/groups.repository.ts';
import {
  insertDateOfBirthChange,
  insertGroupMembershipChange,
  insertGuardianLinkChange,
  listAccountChanges,
  listGroupMembershipChanges,
} from '#src/server/safeguarding/account-changes.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson } from './support/fixtures.ts';

const T0 = new Date('2026-11-23T10:00:00Z');
const T1 = new Date('2026-11-24T10:00:00Z');

describeEachDatabase('the record of account changes', ({ db }) => {
  it('names who made each change and in which role, as they are now, and no one once they are gone', async () => {
    const young = await makePerson(db(), { name: 'Robin Young', dateOfBirth: '2012-05-14' });
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    const facilitator = await makePerson(db(), { name: 'Fay Facil', roles: ['facilitator'] });
    const guardian = await makePerson(db(), { name: 'Donna Carer', roles: ['guardian'] });
    await insertDateOfBirthChange(db(), {
      personId: young,
      actorId: admin,
      previous: null,
      next: '2012-05-14',
      at: T0,
    });
    await insertGuardianLinkChange(db(), {
      kind: 'guardian_linked',
      youngPersonId: young,
      guardianId: guardian,
      actorId: facilitator,
      at: T1,
    });

    expect(await listAccountChanges(db(), young)).toEqual([
      {
        kind: 'guardian_linked',
        at: T1,
        actorName: 'Fay Facil',
        actorRole: 'facilitator',
        guardianName: 'Donna Carer',
      },
      {
        kind: 'date_of_birth',
        at: T0,
        actorName: 'Alex Admin',
        actorRole: 'admin',
        previous: null,
        next: '2012-05-14',
      },
    ]);

    const group = await insertGroup(db(), { slug: 'young-writers', name: 'Young writers' });
    await insertGroupMembershipChange(db(), {
      groupId: group,
      personId: young,
      actorId: admin,
      kind: 'added',
      role: 'member',
      at: T0,
    });
    expect(await listGroupMembershipChanges(db(), group)).toMatchObject([
      {
        kind: 'added',
        role: 'member',
        person_id: young,
        actor_id: admin,
        person_name: 'Robin Young',
        actor_name: 'Alex Admin',
        actor_roles: ['admin'],
      },
    ]);

    await db().deleteFrom('people').where('id', '=', admin).execute();
    expect(await listGroupMembershipChanges(db(), group)).toMatchObject([
      { actor_id: null, actor_name: null, actor_roles: null },
    ]);
    expect((await listAccountChanges(db(), young))[1]).toMatchObject({ actorName: null });
  });
});
