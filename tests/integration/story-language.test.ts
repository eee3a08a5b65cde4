/**
 * The language a story is written in (src/server/writing/story-language.ts and
 * its route): a new story starts in its writer's own language, the writer
 * changes it from the editor, anything that is not a language tag is refused
 * in plain words in the writer's language, and the public copy follows, with
 * the search configuration of its language.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { saveStoryLanguage } from '#src/server/writing/story-language.ts';
import { startStory } from '#src/server/writing/stories.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson } from './support/fixtures.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const ENGLISH_REFUSAL =
  'Heard does not know that language. Please choose one from the list: nothing was changed.';
const WELSH_REFUSAL =
  'Dydy Heard ddim yn adnabod yr iaith honno. Dewiswch un o’r rhestr: does dim byd wedi newid.';

let app: InProcessApp | undefined;
beforeAll(async () => {
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
});

async function speaksWelsh(db: Db, personId: string): Promise<void> {
  await db.updateTable('people').set({ language: 'cy' }).where('id', '=', personId).execute();
}

async function storyLanguage(db: Db, storyId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('stories')
    .select('language')
    .where('id', '=', storyId)
    .executeTakeFirst();
  return row?.language;
}

/** The publication's language, and whether its search document kept "the" (only `simple` does). */
async function publication(db: Db, storyId: string) {
  return db
    .selectFrom('publications')
    .select([
      'language',
      sql<boolean>`search_document @@ to_tsquery('simple', 'the')`.as('keepsEveryWord'),
    ])
    .where('story_id', '=', storyId)
    .executeTakeFirst();
}

describeEachDatabase('the language a story is written in', ({ db, handle }) => {
  it('starts a new story in its writer’s own language', async () => {
    const english = await makePerson(db(), { name: 'Ann Smith' });
    const welsh = await makePerson(db(), { name: 'Megan Jones' });
    await speaksWelsh(db(), welsh);
    const start = (id: string, title: string) =>
      startStory(
        db(),
        { id, roles: ['contributor'] },
        formData({ title, kind: 'life_story', groupId: '' }),
        NOW,
      );
    const ann = await start(english, 'My garden');
    const megan = await start(welsh, 'Fy ngardd');
    if (!ann.ok || !megan.ok) throw new Error('not started');
    expect(await storyLanguage(db(), ann.value.id)).toBe('en');
    expect(await storyLanguage(db(), megan.value.id)).toBe('cy');
  });

  it('saves the language, and the public copy follows with its search configuration', async () => {
    const { author, storyId } = await makeMarkedStory(db(), { photos: false });
    await grantPublic(db(), storyId, author, 1);
    expect(await publication(db(), storyId)).toEqual({ language: 'en', keepsEveryWord: false });

    const writer = { id: author, roles: ['contributor'] as const };
    // After the yes: the publication is written again as the rules decide now.
    const now = new Date();
    const saved = await saveStoryLanguage(db(), writer, storyId, { language: 'cy' }, now);
    expect(saved).toEqual({ status: 200, language: 'cy' });
    expect(await storyLanguage(db(), storyId)).toBe('cy');
    // Welsh is matched word for word (`simple`): "the" stays in the search document.
    expect(await publication(db(), storyId)).toEqual({ language: 'cy', keepsEveryWord: true });

    // Any well-formed tag, not only the editor's list.
    expect(await saveStoryLanguage(db(), writer, storyId, { language: 'pt-BR' }, now)).toEqual({
      status: 200,
      language: 'pt-BR',
    });
    expect(await publication(db(), storyId)).toMatchObject({ language: 'pt-BR' });
    await saveStoryLanguage(db(), writer, storyId, { language: 'en' }, now);
    expect(await publication(db(), storyId)).toEqual({ language: 'en', keepsEveryWord: false });
  });

  it.each([
    ['a tag with markup', { language: 'x<script>' }],
    ['400 characters', { language: 'a'.repeat(400) }],
    ['a NUL byte', { language: 'cy\u0000' }],
    ['no tag at all', {}],
    ['a number', { language: 7 }],
  ])(
    'refuses %s in plain words, in the writer’s language, and changes nothing',
    async (_name, body) => {
      const writer = await makePerson(db(), { name: 'Megan Jones' });
      const started = await startStory(
        db(),
        { id: writer, roles: ['contributor'] },
        formData({ title: 'Fy ngardd', kind: 'life_story', groupId: '' }),
        NOW,
      );
      if (!started.ok) throw new Error('not started');
      const viewer = { id: writer, roles: ['contributor'] as const };
      const storyId = started.value.id;
      expect(await saveStoryLanguage(db(), viewer, storyId, body, NOW)).toEqual({
        status: 400,
        message: ENGLISH_REFUSAL,
      });
      expect(
        await answerInLanguage('cy', () => saveStoryLanguage(db(), viewer, storyId, body, NOW)),
      ).toEqual({ status: 400, message: WELSH_REFUSAL });
      expect(await storyLanguage(db(), storyId)).toBe('en');
    },
  );

  it('answers anyone who may not edit the story as if it did not exist', async () => {
    const { storyId } = await makeMarkedStory(db(), { photos: false });
    const stranger = await makePerson(db(), { name: 'Someone Else' });
    const answer = await saveStoryLanguage(
      db(),
      { id: stranger, roles: ['contributor'] },
      storyId,
      { language: 'cy' },
      NOW,
    );
    expect(answer).toMatchObject({ status: 404 });
    expect(await storyLanguage(db(), storyId)).toBe('en');
  });

  it('through its route: a Welsh writer is refused in Welsh, and a good tag is saved', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const base = app?.url ?? '';
    const { author, storyId } = await makeMarkedStory(db(), { photos: false });
    await speaksWelsh(db(), author);
    const cookie = await sessionCookieFor(db(), author);
    const send = async (body: string) => {
      const response = await fetch(`${base}/api/stories/${storyId}/language`, {
        method: 'POST',
        headers: { cookie, origin: base, 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await send(JSON.stringify({ language: 'x<script>' }))).toEqual({
      status: 400,
      body: { status: 400, message: WELSH_REFUSAL },
    });
    expect(await send('not json')).toMatchObject({ status: 400 });
    expect(await send(JSON.stringify({ language: 'cy', padding: 'x'.repeat(2000) }))).toMatchObject(
      { status: 400 },
    );
    expect(await send(JSON.stringify({ language: 'cy' }))).toEqual({
      status: 200,
      body: { status: 200, language: 'cy' },
    });
    expect(await storyLanguage(db(), storyId)).toBe('cy');
  });
});
