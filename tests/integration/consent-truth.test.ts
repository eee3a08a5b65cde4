/**
 * Consent that tells the truth, on both databases: what the public sees
 * changes only through a yes; dates are the days people chose; keep sharing
 * never goes beyond what was agreed; everyone concerned is told; an
 * invitation is not a place on the story; a facilitator links a parent or
 * carer only for a young person.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Role } from '#src/domain/roles.ts';
import { saveProfileForm } from '#src/server/accounts/profile.ts';
import {
  findPublicationNow,
  listPublishedStories,
  searchPublishedStories,
} from '#src/server/publishing/publications.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { listStoriesForAuthor } from '#src/server/writing/stories.repository.ts';
import { insertCoAuthorInvitation } from '#src/server/writing/story-people.repository.ts';
import { answerRequest } from '#src/server/requests/answers.ts';
import { createRequest } from '#src/server/requests/asking.ts';
import { linkGuardianAsFacilitator } from '#src/server/safeguarding/guardian-links.ts';
import { handleGuardianForm } from '#src/server/consent/approvals.ts';
import { handleSharingForm } from '#src/server/consent/sharing-changes.ts';
import { listWaitingForMe } from '#src/server/consent/waiting-for-me.ts';
import { loadSharingPage } from '#src/server/consent/sharing-page.ts';
import { saveStoryDetails } from '#src/server/writing/stories.ts';
import { answerCoAuthorInvite } from '#src/server/writing/story-people.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson, makeStory } from './support/fixtures.ts';
import { sendSharingForm } from './support/sharing.ts';

beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'https://heard.example');
  vi.stubEnv('HEARD_TIME_ZONE', 'Europe/London');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const DAY = 86_400_000;
const as = (id: string, ...roles: Role[]) => ({ id, roles });

describeEachDatabase('consent that tells the truth', ({ db }) => {
  async function mailTo(personId: string) {
    const person = await db()
      .selectFrom('User')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    return db()
      .selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', person.email)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  const share = async (
    personId: string,
    storyId: string,
    now: Date,
    fields: Record<string, string> = {},
  ) => {
    const result = await sendSharingForm(
      db(),
      as(personId),
      storyId,
      formData({
        intent: 'share',
        scope: 'public_site',
        anonymity: 'first_name',
        revision: '1',
        months: '12',
        ...fields,
      }),
      now,
    );
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    return result;
  };

  const scopeState = async (personId: string, storyId: string, scope: string, now: Date) =>
    (await loadSharingPage(db(), as(personId), storyId, now))?.scopes.find(
      (entry) => entry.scope === scope,
    )?.state;

  it('an edit to the title, themes or notes stays private until every writer shares it', async () => {
    const t0 = new Date('2026-03-03T10:00:00Z');
    const ann = await makePerson(db(), { name: 'Ann Lee' });
    const bo = await makePerson(db(), { name: 'Bo Reed' });
    const story = await makeStory(db(), [ann, bo], { title: 'The mill', now: t0 });
    await share(ann, story.id, t0);
    await share(bo, story.id, t0);
    expect((await findPublicationNow(db(), { storyId: story.id }, t0))?.title).toBe('The mill');

    // Bo changes the title, themes and notes; then Ann saves her profile, which
    // refreshes every story she writes.
    const t1 = new Date(t0.getTime() + DAY);
    const saved = await saveStoryDetails(
      db(),
      as(bo),
      story.id,
      formData({ title: 'The mill at night', themes: 'work', contentNotes: 'injury' }),
      t1,
    );
    expect(saved).toMatchObject({ ok: true });
    expect(
      await saveProfileForm(db(), ann, formData({ displayName: 'Ann Lee', firstName: 'Ann' }), t1),
    ).toMatchObject({ ok: true });
    const shown = await findPublicationNow(db(), { storyId: story.id }, t1);
    expect(shown).toMatchObject({ title: 'The mill', content_notes: [] });
    expect(
      (await listPublishedStories(db(), { now: t1, limit: 10 })).map((item) => item.title),
    ).toEqual(['The mill']);
    expect(await searchPublishedStories(db(), { query: 'night', now: t1, limit: 10 })).toEqual([]);

    // Ann says yes to the new one: not shown until Bo does too (they agreed to different things).
    await share(ann, story.id, t1);
    expect(await findPublicationNow(db(), { storyId: story.id }, t1)).toBeUndefined();
    expect((await scopeState(ann, story.id, 'public_site', t1))?.details).toContain(
      'Waiting for Bo (to say yes to this version).',
    );
    await share(bo, story.id, t1);
    expect(await findPublicationNow(db(), { storyId: story.id }, t1)).toMatchObject({
      title: 'The mill at night',
      content_notes: ['injury'],
    });
  });

  it('a day chosen is that day, to its end, on the card and in the receipt', async () => {
    // Sam asks for 1 December 2026 to 31 January 2027; Margaret says yes.
    const now = new Date('2026-11-30T12:00:00Z');
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const sam = await makePerson(db(), { name: 'Sam Taylor', roles: ['comms'] });
    const story = await makeStory(db(), [margaret], { title: 'The kitchen', now });
    await share(margaret, story.id, now);
    const asked = await createRequest(
      db(),
      as(sam, 'comms'),
      story.id,
      formData({
        channel: 'newsletter',
        purpose: 'The winter newsletter.',
        audience: 'About 2,000 readers.',
        excerpt: '',
        anonymity: 'first_name',
        startsOn: '2026-12-01',
        endsOn: '2027-01-31',
        message: '',
      }),
      now,
    );
    if (!asked.ok) throw new Error(asked.message);
    const answered = await answerRequest(
      db(),
      as(margaret),
      formData({ request: asked.requestId, answer: 'yes' }),
      now,
    );
    expect(answered).toMatchObject({ ok: true });
    const grant = await db()
      .selectFrom('consent_events')
      .select('expires_at')
      .where('request_id', '=', asked.requestId)
      .executeTakeFirstOrThrow();
    // The end of 31 January in London (Greenwich time in winter).
    expect(grant.expires_at).toEqual(new Date('2027-02-01T00:00:00Z'));
    const card = await scopeState(margaret, story.id, 'newsletter', now);
    expect(card?.headline).toContain('until 31 January 2027');
    expect(card?.headline).not.toContain('1 February');

    // Three months from 28 November is to the end of 28 February.
    const later = new Date('2026-11-28T15:00:00Z');
    const other = await makeStory(db(), [margaret], { title: 'The yard', now: later });
    await share(margaret, other.id, later, { months: '3' });
    const yard = await scopeState(margaret, other.id, 'public_site', later);
    expect(yard?.headline).toContain('until 28 February 2027');
    const receipts = (await mailTo(margaret)).filter((mail) => mail.text_body.includes('The yard'));
    expect(receipts.at(-1)?.text_body).toContain('28 February 2027');
    expect(receipts.at(-1)?.text_body).not.toContain('1 March 2027');
  });

  it('keep sharing is offered only for what is live and near its end, never past a request', async () => {
    const t0 = new Date('2026-03-03T10:00:00Z');
    const ann = await makePerson(db(), { name: 'Ann Lee' });
    const renew = (storyId: string, now: Date) =>
      handleSharingForm(
        db(),
        as(ann),
        storyId,
        formData({ intent: 'renew', scope: 'public_site' }),
        now,
      );

    // Shared for a month: not offered at first, offered near the end, and runs 12 months from then.
    const story = await makeStory(db(), [ann], { title: 'A month', now: t0 });
    await share(ann, story.id, t0, { months: '1' });
    const early = await makeStory(db(), [ann], { title: 'A year', now: t0 });
    await share(ann, early.id, t0);
    expect(await renew(early.id, new Date(t0.getTime() + DAY))).toMatchObject({
      ok: false,
      status: 400,
    });
    const near = new Date(t0.getTime() + 10 * DAY);
    expect((await scopeState(ann, story.id, 'public_site', near))?.actions.renew).toBe(true);
    expect(await renew(story.id, near)).toMatchObject({ ok: true });
    expect((await scopeState(ann, story.id, 'public_site', near))?.headline).toContain(
      'until 13 March 2027',
    );

    // Not live (a co-writer has not said yes): nothing to keep going.
    const bo = await makePerson(db(), { name: 'Bo Reed' });
    const together = await makeStory(db(), [ann, bo], { title: 'Together', now: t0 });
    await share(ann, together.id, t0, { months: '1' });
    expect((await scopeState(ann, together.id, 'public_site', near))?.actions.renew).toBe(false);
    expect(await renew(together.id, near)).toMatchObject({ ok: false, status: 400 });

    // Agreed through a request, for its dates: not extended from here.
    const sam = await makePerson(db(), { name: 'Sam Taylor', roles: ['comms'] });
    const asked = await createRequest(
      db(),
      as(sam, 'comms'),
      early.id,
      formData({
        channel: 'social_media',
        purpose: 'A post.',
        audience: 'Our followers.',
        excerpt: '',
        anonymity: 'first_name',
        startsOn: '2026-03-03',
        endsOn: '2026-03-20',
        message: '',
      }),
      t0,
    );
    if (!asked.ok) throw new Error(asked.message);
    await answerRequest(db(), as(ann), formData({ request: asked.requestId, answer: 'yes' }), t0);
    const soon = new Date('2026-03-10T10:00:00Z');
    expect((await scopeState(ann, early.id, 'social_media', soon))?.actions.renew).toBe(false);
    const refused = await handleSharingForm(
      db(),
      as(ann),
      early.id,
      formData({ intent: 'renew', scope: 'social_media' }),
      soon,
    );
    expect(refused).toMatchObject({ ok: false, status: 400 });
    const events = await db()
      .selectFrom('consent_events')
      .select('kind')
      .where('story_id', '=', early.id)
      .where('kind', '=', 'renew')
      .execute();
    expect(events).toEqual([]);
  });

  it('tells each person when a yes waits for them, when it goes live, and who stopped it', async () => {
    const t0 = new Date('2026-03-03T10:00:00Z');
    const ann = await makePerson(db(), { name: 'Ann Lee' });
    const bo = await makePerson(db(), { name: 'Bo Reed' });
    const story = await makeStory(db(), [ann, bo], { title: 'The mill', now: t0 });

    await share(ann, story.id, t0);
    const toBo = await mailTo(bo);
    expect(toBo.map((mail) => mail.subject)).toEqual(['Ann said yes to sharing “The mill”']);
    expect(toBo[0]?.text_body).toContain(
      `https://heard.example/my/stories/${story.id}/sharing#public_site`,
    );
    expect((await listWaitingForMe(db(), as(bo), t0)).asCoAuthor).toMatchObject([
      { storyId: story.id, scope: 'public_site', saidYes: ['Ann'] },
    ]);

    await share(bo, story.id, t0);
    expect((await mailTo(ann)).map((mail) => mail.subject)).toContain(
      '“The mill” is now shared on the public website',
    );
    expect((await listWaitingForMe(db(), as(bo), t0)).asCoAuthor).toEqual([]);

    const t1 = new Date(t0.getTime() + DAY);
    await handleSharingForm(
      db(),
      as(ann),
      story.id,
      formData({ intent: 'stop', scope: 'public_site' }),
      t1,
    );
    const stopped = (await mailTo(bo)).at(-1);
    expect(stopped?.subject).toBe('“The mill” is no longer shared on the public website');
    expect(stopped?.text_body).toContain('Ann stopped sharing “The mill” on the public website');

    // A young person's yes: their parent or carer is told, and sees a note.
    const kid = await makePerson(db(), { name: 'Kit Moss', dateOfBirth: '2011-05-01' });
    const gus = await makePerson(db(), { name: 'Gus Moss', roles: ['guardian'] });
    await linkGuardian(db(), gus, kid);
    const script = await makeStory(db(), [kid], { title: 'Night bus', now: t0 });
    await share(kid, script.id, t0);
    expect((await mailTo(gus)).map((mail) => mail.subject)).toEqual([
      'Kit asked to share “Night bus”: it needs your answer',
    ]);
    expect((await listWaitingForMe(db(), as(gus, 'guardian'), t0)).asGuardian).toBe(1);
    expect(
      await handleGuardianForm(
        db(),
        as(gus, 'guardian'),
        formData({
          intent: 'approve',
          story: script.id,
          ward: kid,
          scope: 'public_site',
          revision: '1',
        }),
        t0,
      ),
    ).toMatchObject({ ok: true });
    expect((await mailTo(kid)).map((mail) => mail.subject)).toContain(
      '“Night bus” is now shared on the public website',
    );
  });

  it('a "no" on a question changes nothing, and sending no answer is refused plainly', async () => {
    const t0 = new Date('2026-03-03T10:00:00Z');
    const ann = await makePerson(db(), { name: 'Ann Lee' });
    const story = await makeStory(db(), [ann], { title: 'The mill', now: t0 });
    const count = async () =>
      (
        await db()
          .selectFrom('consent_events')
          .select('id')
          .where('story_id', '=', story.id)
          .execute()
      ).length;
    for (const intent of ['not-now', 'keep', 'let-end']) {
      expect(
        await handleSharingForm(
          db(),
          as(ann),
          story.id,
          formData({ intent, scope: 'public_site' }),
          t0,
        ),
      ).toEqual({ ok: true, eventId: null, scope: 'public_site' });
    }
    expect(
      await handleSharingForm(db(), as(ann), story.id, formData({ scope: 'public_site' }), t0),
    ).toEqual({
      ok: false,
      status: 400,
      message: 'Choose one of the answers, then send it. Nothing has changed.',
    });
    expect(await count()).toBe(0);
  });

  it('an invitation is not a place on the story until it is accepted', async () => {
    const t0 = new Date('2026-03-03T10:00:00Z');
    const arthur = await makePerson(db(), { name: 'Arthur Boyle' });
    const margaret = await makePerson(db(), { name: 'Margaret Ellis' });
    const story = await makeStory(db(), [arthur], { title: 'The coach trip', now: t0 });
    await insertCoAuthorInvitation(db(), story.id, margaret, t0);
    expect(await listStoriesForAuthor(db(), margaret, t0)).toEqual([]);
    expect(await loadSharingPage(db(), as(margaret), story.id, t0)).toBeUndefined();
    expect(await answerCoAuthorInvite(db(), as(margaret), story.id, true, t0)).toBe(true);
    expect((await listStoriesForAuthor(db(), margaret, t0)).map((s) => s.title)).toEqual([
      'The coach trip',
    ]);
    expect(await loadSharingPage(db(), as(margaret), story.id, t0)).toBeDefined();
  });

  it('a facilitator links a parent or carer only for a young person in their group', async () => {
    const now = new Date('2026-03-03T10:00:00Z');
    const priya = await makePerson(db(), { name: 'Priya Shah', roles: ['facilitator'] });
    const kid = await makePerson(db(), { name: 'Kit Moss', dateOfBirth: '2011-05-01' });
    const adult = await makePerson(db(), { name: 'Ada Moss' });
    const gus = await makePerson(db(), { name: 'Gus Moss', roles: ['guardian'] });
    const group = await insertGroup(db(), { slug: 'carers', name: 'Carers', description: '' });
    await addGroupMember(db(), group, priya, 'facilitator');
    await addGroupMember(db(), group, kid, 'member');
    await addGroupMember(db(), group, adult, 'member');
    const email = (
      await db().selectFrom('User').select('email').where('id', '=', gus).executeTakeFirstOrThrow()
    ).email;
    const link = (youngPersonId: string) =>
      linkGuardianAsFacilitator(
        db(),
        as(priya, 'facilitator'),
        { groupId: group, youngPersonId, guardianEmail: email },
        now,
      );
    const refused = await link(adult);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.errors.youngPersonId).toMatch(/\w/);
    expect(await link(kid)).toMatchObject({ ok: true });
    const linked = await db()
      .selectFrom('guardian_links')
      .select(['guardian_id', 'young_person_id'])
      .execute();
    expect(linked).toEqual([{ guardian_id: gus, young_person_id: kid }]);
  });
});
