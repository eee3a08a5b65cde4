import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory, saveText } from './support/fixtures.ts';

describeEachDatabase('revisions', ({ db }) => {
  it('a save based on a stale revision is refused, and nothing is overwritten', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann], { paragraphs: ['One.'] });
    expect(await saveText(db(), story.id, ann, ['Two.'], 1)).toEqual({ ok: true, number: 2 });
    expect(await saveText(db(), story.id, ann, ['Two, from another tab.'], 1)).toEqual({
      ok: false,
      reason: 'stale',
      latest: 2,
    });
    const texts = await db()
      .selectFrom('revisions')
      .select(['number', 'plain_text'])
      .where('story_id', '=', story.id)
      .orderBy('number')
      .execute();
    expect(texts).toEqual([
      { number: 1, plain_text: 'One.' },
      { number: 2, plain_text: 'Two.' },
    ]);
  });

  it('revisions cannot be changed after they are written', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    await expect(
      sql`update revisions set plain_text = 'changed' where story_id = ${story.id}`.execute(db()),
    ).rejects.toThrow(/immutable/);
  });
});
