import { createDatabaseMediaStore } from '#src/server/media/database-store.ts';
import { findAudibleRecording } from '#src/server/voice/serving.ts';
import { expect, it } from 'vitest';
import { DEMO_PEOPLE, seedDemo } from '../../db/seed.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import { listPublishedStories } from '#src/server/publishing/publications.repository.ts';
import { listCoAuthorInvitations } from '#src/server/writing/story-people.repository.ts';
import { loadSharingCheck } from '#src/server/identification/check.ts';
import { loadStoryAnswers } from '#src/server/being-heard/authors.ts';
import { loadYouSaidWeDid } from '#src/server/being-heard/public.ts';
import { loadServiceStories } from '#src/server/being-heard/services.ts';
import { listWaitingForMe } from '#src/server/consent/waiting-for-me.ts';
import { loadSharingPage } from '#src/server/consent/sharing-page.ts';
import { loadTurningEighteen } from '#src/server/safeguarding/turning-eighteen.ts';
import { describeEachDatabase } from './support/databases.ts';

describeEachDatabase('demo data', ({ db }) => {
  it('tells two stories out loud: Arthur heard by his first name, Edna anonymous with words only', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    await seedDemo(db(), now);
    const recordings = await db()
      .selectFrom('recordings as r')
      .innerJoin('stories as s', 's.id', 'r.story_id')
      .select(['r.id', 's.title', 'r.status', 'r.storage_key', 'r.bytes'])
      .orderBy('s.title')
      .execute();
    expect(recordings.map((r) => [r.title, r.status])).toEqual([
      ['Four in the morning', 'ready'],
      ['Singing on the ferry', 'ready'],
    ]);
    const store = createDatabaseMediaStore(db());
    for (const recording of recordings) {
      const bytes = await store.get(recording.storage_key ?? '', 'voice');
      expect(bytes?.length).toBe(recording.bytes);
    }
    const heard = async (title: string) =>
      findAudibleRecording(
        db(),
        undefined,
        recordings.find((r) => r.title === title)?.id ?? '',
        now,
      );
    expect(await heard('Singing on the ferry')).toMatchObject({ heardAs: 'public' });
    expect(await heard('Four in the morning')).toBeUndefined();
    // What the seed wrote is what the editor could have saved.
    const revisions = await db()
      .selectFrom('revisions as v')
      .innerJoin('recordings as r', 'r.story_id', 'v.story_id')
      .select('v.editor_state')
      .execute();
    for (const revision of revisions) {
      expect(validateEditorState(revision.editor_state, 'life_story')).toMatchObject({ ok: true });
    }
  });

  it('publishes exactly the consented stories, through a real ledger, and is idempotent', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(await seedDemo(db(), now)).toEqual({ seeded: true });
    expect(await seedDemo(db(), now)).toMatchObject({ seeded: false });

    const published = await listPublishedStories(db(), { now, limit: 50 });
    expect(published.map((story) => [story.title, story.author_names])).toEqual([
      ['Saturday Shift', 'Kayla'],
      ['Dancing at the Grafton', 'Rose'],
      ['Y capel ar y bryn', 'Eira'],
      ['The kitchen on Fern Street', 'Margaret'],
      ['The year I turned seventeen', 'Leah'],
      ['Singing on the ferry', 'Arthur'],
      ['Four in the morning', 'Anonymous'],
    ]);
    const people = await db().selectFrom('people').select('display_name').execute();
    expect(people).toHaveLength(DEMO_PEOPLE.length);
    const stories = await db().selectFrom('stories').select('title').execute();
    expect(stories.map((story) => story.title)).toEqual(
      expect.arrayContaining([
        'Learning to swim at forty',
        'My brother Tom',
        'The night the river rose',
        'Two Buses Home',
      ]),
    );
    expect(await verifyLedger(db())).toMatchObject({ ok: true });

    // Each state a consent can be in, for people to see: waiting for a
    // co-author, waiting for a parent or carer, stopped by one, near its end,
    // decided at 17 by someone now 18, and an invitation to write together.
    const person = async (email: string) => {
      const row = await db()
        .selectFrom('User')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      return { id: row.id, roles: [] };
    };
    const kayla = await person('kayla@demo.heard.test');
    const donna = await person('donna@demo.heard.test');
    const waitingForKayla = await listWaitingForMe(db(), kayla, now);
    expect(waitingForKayla.asCoAuthor).toMatchObject([
      { title: 'Two Buses Home', scope: 'group', saidYes: ['Jay'] },
    ]);
    expect((await listWaitingForMe(db(), donna, now)).asGuardian).toBe(1);
    const shift = await db()
      .selectFrom('stories')
      .select('id')
      .where('title', '=', 'Saturday Shift')
      .executeTakeFirstOrThrow();
    const kaylaPage = await loadSharingPage(db(), kayla, shift.id, now);
    const state = (scope: string) =>
      kaylaPage?.scopes.find((entry) => entry.scope === scope)?.state;
    expect(state('newsletter')?.details).toContain('Waiting for your parent or carer.');
    expect(state('training')?.headline).toMatch(
      /^Donna, your parent or carer, stopped sharing it in training for staff and volunteers on 17 November 2026\.$/,
    );
    const edna = await person('edna@demo.heard.test');
    const dancing = await db()
      .selectFrom('stories')
      .select('id')
      .where('title', '=', 'Dancing at the Grafton')
      .executeTakeFirstOrThrow();
    const book = (await loadSharingPage(db(), edna, dancing.id, now))?.scopes.find(
      (entry) => entry.scope === 'book',
    );
    expect(book?.state.actions.renew).toBe(true);
    const leah = await person('leah@demo.heard.test');
    expect((await loadTurningEighteen(db(), leah, now))?.items).toMatchObject([
      { title: 'The year I turned seventeen', scope: 'public_site', state: 'shared', live: true },
    ]);
    const margaret = await person('margaret@demo.heard.test');
    expect(
      (await listCoAuthorInvitations(db(), margaret.id)).map((invitation) => invitation.title),
    ).toEqual(['The coach trip to Llandudno']);

    // Asking: requests wait for Margaret and (in Welsh) for Eira; Arthur, Eira and
    // Margaret are open to being asked.
    const requests = await db()
      .selectFrom('feature_requests as r')
      .innerJoin('stories as s', 's.id', 'r.story_id')
      .select(['s.title', 'r.channel', 'r.status'])
      .orderBy('s.title')
      .execute();
    expect(requests).toEqual([
      { title: 'The kitchen on Fern Street', channel: 'newsletter', status: 'open' },
      { title: 'Y capel ar y bryn', channel: 'newsletter', status: 'open' },
    ]);
    const open = await db()
      .selectFrom('people')
      .select('display_name')
      .where('open_to_requests', '=', true)
      .orderBy('display_name')
      .execute();
    expect(open.map((person) => person.display_name)).toEqual([
      'Arthur Boyle',
      'Eira Owen',
      'Margaret Ellis',
    ]);

    // Being heard: Nadia, a service lead, reads two stories shared to improve
    // services; Margaret's is answered (and helped), Arthur's waits; two
    // changes, one done and one planned, each counting one person.
    const nadia = { ...(await person('nadia@demo.heard.test')), roles: ['service_lead' as const] };
    expect(await loadServiceStories(db(), nadia, now)).toMatchObject([
      { title: 'Too loud to think', byline: 'Arthur Boyle', answered: false },
      { title: 'The bus that never waited', byline: 'Margaret', answered: true },
    ]);
    const bus = await db()
      .selectFrom('stories')
      .select('id')
      .where('title', '=', 'The bus that never waited')
      .executeTakeFirstOrThrow();
    expect((await loadStoryAnswers(db(), margaret, bus.id, now))?.answers).toMatchObject([
      { writerName: 'Nadia Khan', helpful: true, hiddenAt: null },
    ]);
    expect(
      (await loadYouSaidWeDid(db(), now)).map((change) => [
        change.statusWords,
        change.quotes.length,
        change.ledToThis,
      ]),
    ).toEqual([
      ['Done', 0, '1 person’s story led to this.'],
      ['Planned', 0, '1 person’s story led to this.'],
    ]);
  });

  // Regression: the demo's film scripts were once plain paragraphs, which the
  // editor refuses, so they opened empty.
  it('every demo revision is a valid editor state for its kind', async () => {
    await seedDemo(db(), new Date('2026-11-23T12:00:00Z'));
    const revisions = await db()
      .selectFrom('revisions as r')
      .innerJoin('stories as s', 's.id', 'r.story_id')
      .select(['s.title', 's.kind', 'r.editor_state'])
      .execute();
    expect(revisions.length).toBeGreaterThan(0);
    for (const revision of revisions) {
      const result = validateEditorState(revision.editor_state, revision.kind);
      expect(result.ok, `${revision.title}: ${result.ok ? '' : result.message}`).toBe(true);
    }
  });

  it('has one draft with identifying details left unmarked, so a newcomer sees the check', async () => {
    await seedDemo(db(), new Date('2026-11-23T12:00:00Z'));
    const arthur = await db()
      .selectFrom('User')
      .select('id')
      .where('email', '=', 'arthur@demo.heard.test')
      .executeTakeFirstOrThrow();
    const swim = await db()
      .selectFrom('stories')
      .select('id')
      .where('title', '=', 'Learning to swim at forty')
      .executeTakeFirstOrThrow();
    const check = await loadSharingCheck(db(), { id: arthur.id, roles: [] }, swim.id, {
      anonymity: 'anonymous',
      beyondGroup: true,
      shownNames: ['Anonymous'],
    });
    expect(check?.details.map((detail) => [detail.text, detail.suggestion])).toEqual([
      ['Picton Road', 'our street'],
      ['Chloe', 'my granddaughter'],
    ]);
  });
});
