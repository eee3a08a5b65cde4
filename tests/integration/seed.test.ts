import { expect, it } from 'vitest';
import { DEMO_PEOPLE, seedDemo } from '../../db/seed.ts';
import { validateEditorState } from '../../src/editor/validate.ts';
import { verifyLedger } from '../../src/server/repositories/ledger.ts';
import { listPublishedStories } from '../../src/server/repositories/publications.ts';
import { describeEachDatabase } from './support/databases.ts';

describeEachDatabase('demo data', ({ db }) => {
  it('publishes exactly the consented stories, through a real ledger, and is idempotent', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(await seedDemo(db(), now)).toEqual({ seeded: true });
    expect(await seedDemo(db(), now)).toMatchObject({ seeded: false });

    const published = await listPublishedStories(db(), { now, limit: 50 });
    expect(published.map((story) => [story.title, story.author_names])).toEqual([
      ['Saturday Shift', 'Kayla'],
      ['Dancing at the Grafton', 'Rose'],
      ['The kitchen on Fern Street', 'Margaret'],
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

    // Issue 7: a request waits for Margaret; Arthur and Margaret are open to being asked.
    const requests = await db()
      .selectFrom('feature_requests as r')
      .innerJoin('stories as s', 's.id', 'r.story_id')
      .select(['s.title', 'r.channel', 'r.status'])
      .execute();
    expect(requests).toEqual([
      { title: 'The kitchen on Fern Street', channel: 'newsletter', status: 'open' },
    ]);
    const open = await db()
      .selectFrom('people')
      .select('display_name')
      .where('open_to_requests', '=', true)
      .orderBy('display_name')
      .execute();
    expect(open.map((person) => person.display_name)).toEqual(['Arthur Boyle', 'Margaret Ellis']);
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
});
