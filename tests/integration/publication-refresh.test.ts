/**
 * Regression: the publications read model went stale when an input to the
 * consent rules changed outside the ledger (a guardian unlinked, a co-author
 * joining). Public surfaces must never show what the rules would refuse.
 */
import { expect, it } from 'vitest';
import { handlePeopleForm } from '#src/server/accounts/admin.ts';
import {
  appendConsentEvent,
  refreshPublicationsMissingText,
} from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { listPublishedStories } from '#src/server/publishing/publications.repository.ts';
import { answerCoAuthorInvite, handleStoryPeopleForm } from '#src/server/writing/story-people.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory, formData as form } from './support/fixtures.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';

const T0 = new Date('2026-11-01T10:00:00Z');
const later = new Date('2026-11-02T10:00:00Z');

describeEachDatabase('publications follow changes outside the ledger', ({ db }) => {
  it('unlinking the guardian who approved a young person’s story takes it down', async () => {
    const kid = await makePerson(db(), { name: 'Kay Young', dateOfBirth: '2011-05-14' });
    const guardian = await makePerson(db(), { name: 'Gail Young', roles: ['guardian'] });
    const admin = { id: await makePerson(db(), { roles: ['admin'] }), roles: ['admin' as const] };
    await linkGuardian(db(), guardian, kid);
    const story = await makeStory(db(), [kid]);
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: kid,
        subjectId: kid,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'guardian_approve',
        actorId: guardian,
        subjectId: kid,
        scope: 'public_site',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(await listPublishedStories(db(), { now: later, limit: 10 })).toHaveLength(1);

    const result = await handlePeopleForm(
      db(),
      admin,
      form({ intent: 'unlink-guardian', guardianId: guardian, youngPersonId: kid }),
      { now: later },
    );
    expect(result.ok).toBe(true);
    expect(await listPublishedStories(db(), { now: later, limit: 10 })).toEqual([]);
  });

  it('a new co-author joining a public story takes it down until they consent too', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const bo = await makePerson(db(), { name: 'Bo Jones' });
    const group = await insertGroup(db(), { slug: 'together', name: 'Together' });
    await addGroupMember(db(), group, ann, 'member');
    await addGroupMember(db(), group, bo, 'member');
    const story = await makeStory(db(), [ann]);
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(await listPublishedStories(db(), { now: later, limit: 10 })).toHaveLength(1);

    await handleStoryPeopleForm(
      db(),
      { id: ann, roles: ['contributor'] },
      story.id,
      form({ intent: 'invite-coauthor', personId: bo }),
      later,
    );
    expect(await listPublishedStories(db(), { now: later, limit: 10 })).toHaveLength(1); // only invited
    await answerCoAuthorInvite(db(), { id: bo, roles: ['contributor'] }, story.id, true, later);
    expect(await listPublishedStories(db(), { now: later, limit: 10 })).toEqual([]);

    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: bo,
        subjectId: bo,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: later },
    );
    const [published] = await listPublishedStories(db(), { now: later, limit: 10 });
    expect(published?.author_names).toBe('Ann Smith and Bo');
  });
});

describeEachDatabase('publications written before the public site read their text', ({ db }) => {
  it('are rewritten once with redacted text, and only those', async () => {
    const story = await makeMarkedStory(db(), { photos: false });
    await grantPublic(db(), story.storyId, story.author, 1);
    await db()
      .updateTable('publications')
      .set({ search_text: '', excerpt: '', word_count: 0 })
      .where('story_id', '=', story.storyId)
      .execute();

    expect(await refreshPublicationsMissingText(db(), new Date())).toBe(1);
    const row = await db()
      .selectFrom('publications')
      .select(['search_text', 'word_count'])
      .where('story_id', '=', story.storyId)
      .executeTakeFirstOrThrow();
    expect(row.search_text).toContain('a town in Wales');
    expect(row.search_text).not.toContain('Aberystwyth');
    expect(row.word_count).toBeGreaterThan(0);
    expect(await refreshPublicationsMissingText(db(), new Date())).toBe(0);
  });
});
