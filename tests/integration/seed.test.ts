import { expect, it } from 'vitest';
import { DEMO_PEOPLE, seedDemo } from '../../db/seed.ts';
import { verifyLedger } from '../../src/server/repositories/consent.ts';
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
  });
});
