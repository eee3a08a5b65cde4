/**
 * Finding stories: a misspelt search suggests the nearest words that stories
 * public now hold (pg_trgm over the public, redacted text), never a word that
 * only a draft, a withdrawn or expired story, or a replaced detail holds; and a
 * reader can leave out stories with a content note on the home page, a theme
 * and search, from page to page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { suggestSearches } from '#src/server/publishing/public-lists.ts';
import { startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';
import { grantPublic, makeMarkedStory, withdrawPublic } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-finding-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(path: string): Promise<string> {
  return (await fetch(`${app?.url ?? ''}${path}`)).text();
}

const DAY = 86_400_000;

describeEachDatabase('finding stories', ({ db, handle }) => {
  it('a misspelt search suggests public words only: never a draft’s, a withdrawn or expired story’s, or a replaced detail', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const now = new Date();
    const kitchen = await makeMarkedStory(db(), {
      title: 'Sunday kitchen',
      text: {
        before: 'The kitchen smelled of bread, and next door lived',
        detail: 'Kowalski',
        replacement: 'our neighbours',
        after: '.',
      },
      photos: false,
    });
    await grantPublic(db(), kitchen.storyId, kitchen.author, 1);
    const withdrawn = await makeMarkedStory(db(), {
      title: 'Band nights',
      text: { before: 'I played in an orchestra in', after: '.' },
      photos: false,
    });
    await grantPublic(db(), withdrawn.storyId, withdrawn.author, 1);
    await withdrawPublic(db(), withdrawn.storyId, withdrawn.author);
    const expired = await makeMarkedStory(db(), {
      title: 'Keeping the light',
      text: { before: 'Grandad kept the lighthouse at', after: '.' },
      photos: false,
    });
    const past = new Date(now.getTime() - 40 * DAY);
    await grantPublic(db(), expired.storyId, expired.author, 1, {
      now: past,
      expiresAt: new Date(past.getTime() + 30 * DAY),
    });
    const writer = await makePerson(db());
    await makeStory(db(), [writer], { paragraphs: ['Nobody likes the dentist.'] });

    expect(await suggestSearches(db(), 'kichen', now)).toContain('kitchen');
    expect(await suggestSearches(db(), 'Kichen bred', now)).toEqual(['kitchen bread']);
    // Words found as typed need nothing.
    expect(await suggestSearches(db(), 'kitchen', now)).toEqual([]);
    for (const misspelt of ['orchestr', 'lighthous', 'dentst', 'kowalsky', 'aberystwth']) {
      expect(await suggestSearches(db(), misspelt, now), misspelt).toEqual([]);
    }
    // The withdrawn story's words went with it, in the same transaction.
    const left = await db()
      .selectFrom('publication_words')
      .select('word')
      .where('story_id', 'in', [withdrawn.storyId])
      .execute();
    expect(left).toEqual([]);

    const page = await get('/search?q=kichen');
    expect(page).toContain('No stories match “kichen”');
    expect(page).toContain('Did you mean');
    expect(page).toContain('<a href="/search?q=kitchen">kitchen</a>');
    expect(await get('/search?q=kitchen')).toContain('Sunday kitchen');
    expect(await get('/search?q=orchestr')).not.toContain('Did you mean');
  });

  it('leaves out stories with a chosen content note on the home page, a theme and search', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const sad = await makeMarkedStory(db(), {
      title: 'The last winter',
      themes: ['family'],
      contentNotes: ['Bereavement'],
      text: { before: 'The garden was bare that winter in', after: '.' },
      photos: false,
    });
    const glad = await makeMarkedStory(db(), {
      title: 'First spring',
      themes: ['family'],
      text: { before: 'The garden came back that spring in', after: '.' },
      photos: false,
    });
    await grantPublic(db(), sad.storyId, sad.author, 1);
    await grantPublic(db(), glad.storyId, glad.author, 1);

    for (const path of ['/', '/themes/family', '/search?q=garden']) {
      const all = await get(path);
      expect(all, path).toContain('The last winter');
      expect(all, path).toContain('First spring');
      // The note on a story shown is offered as a choice.
      expect(all, path).toContain('name="leave_out" value="bereavement"');
      const join = path.includes('?') ? '&' : '?';
      const chosen = await get(`${path}${join}leave_out=bereavement`);
      expect(chosen, path).not.toContain('The last winter');
      expect(chosen, path).toContain('First spring');
      // Still offered, ticked, so it can be taken back.
      expect(chosen, path).toMatch(/value="bereavement" checked/);
    }
  });
});
