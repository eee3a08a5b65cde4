/**
 * "You said, we did" through the built app, on each database: the page and its
 * RSS count a story shared to improve services without naming or quoting it,
 * quote it at its public name while it is on the public site, and drop it on
 * the very next request after its writer stops sharing it to improve services.
 * The page ships no JavaScript.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordChange } from '#src/server/being-heard/service-changes.ts';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson } from './support/fixtures.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-you-said-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const CHANGE = 'Buses wait ten minutes at every stop';

describeEachDatabase('You said, we did', ({ db, handle }) => {
  it('counts, then quotes at the public name, then forgets after a stop', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const base = app?.url ?? '';
    const read = async (path: string) => {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const { author, storyId } = await makeMarkedStory(db(), {
      title: 'The bus that never waited',
      authorName: 'Margaret Ellis',
      photos: false,
      text: { before: 'The bus left', detail: 'Fern Street', replacement: 'my street', after: '.' },
    });
    const improve = await appendConsentEvent(
      db(),
      storyId,
      {
        kind: 'grant',
        actorId: author,
        subjectId: author,
        scope: 'service_improvement',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: new Date() },
    );
    expect(improve.ok).toBe(true);
    const lead = await makePerson(db(), { name: 'Nadia Khan', roles: ['service_lead'] });
    const recorded = await recordChange(
      db(),
      { id: lead, roles: ['service_lead'] },
      formData({ what: CHANGE, service: 'Transport', status: 'done', story: storyId }),
      new Date(),
    );
    expect(recorded.ok).toBe(true);

    let page = await read('/you-said-we-did');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain(CHANGE);
    expect(page).toContain('Done');
    expect(page).toContain('1 person’s story led to this.');
    expect(page).not.toContain('Margaret');
    expect(page).not.toContain('The bus left');
    let feed = await read('/you-said-we-did/rss.xml');
    expect(feed).toContain(CHANGE);
    expect(feed).toContain('1 person’s story led to this.');
    expect(feed).not.toContain('Margaret');

    // On the public site at her first name: quoted at that name, marked words replaced.
    await grantPublic(db(), storyId, author, 1, { anonymity: 'first_name' });
    page = await read('/you-said-we-did');
    expect(page).toContain('The bus left my street.');
    expect(page).not.toContain('Fern Street');
    expect(page).toContain('Margaret,');
    expect(page).not.toContain('Margaret Ellis');
    expect(page).not.toContain('led to this');
    feed = await read('/you-said-we-did/rss.xml');
    expect(feed).toContain('The bus left my street.');

    // She stops sharing it to improve services: the next request has no trace of her.
    const stopped = await appendConsentEvent(
      db(),
      storyId,
      { kind: 'withdraw', actorId: author, subjectId: author, scope: 'service_improvement' },
      { now: new Date() },
    );
    expect(stopped.ok).toBe(true);
    page = await read('/you-said-we-did');
    expect(page).toContain(CHANGE);
    expect(page).not.toContain('Margaret');
    expect(page).not.toContain('The bus left');
    expect(page).not.toContain('led to this');
    feed = await read('/you-said-we-did/rss.xml');
    expect(feed).not.toContain('Margaret');
    expect(feed).not.toContain('The bus left');
  });
});
