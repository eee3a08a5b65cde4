/**
 * Every answer's status line carries the standard reason phrase for its code
 * (RFC 9110 §15): a page that sets 400, 404, 410 or 429 must not go out as
 * "400 OK". Regression: pages that changed `Astro.response.status` kept Astro's
 * default "OK".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-status-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const base = () => app?.url ?? '';

/** A sign-in form post from this site, from one client address. */
const signIn = (email: string) =>
  fetch(`${base()}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email }),
  });

describeEachDatabase('status lines', ({ db, handle }) => {
  it('name the status each page sets: 400, 404, 410 and 429', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db());
    await grantPublic(db(), story.storyId, story.author, 1);
    await appendConsentEvent(
      db(),
      story.storyId,
      { kind: 'withdraw', actorId: story.author, subjectId: story.author, scope: 'public_site' },
      { now: new Date() },
    );

    const answers = [
      await signIn('not an address'),
      await fetch(`${base()}/no-such-page`),
      await fetch(`${base()}/stories/${story.slug}`),
    ];
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 10 && limited === undefined; attempt += 1) {
      const answer = await signIn('someone@example.test');
      if (answer.status === 429) limited = answer;
    }
    if (limited) answers.push(limited);

    expect(answers.map((answer) => `${answer.status} ${answer.statusText}`)).toEqual(
      [400, 404, 410, 429].map((status) => `${status} ${STATUS_CODES[status]}`),
    );
  });

  it('are untouched where they were right: 200, 303 and an API answer', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const answers = [
      await fetch(`${base()}/`),
      await fetch(`${base()}/my`, { redirect: 'manual' }),
      await fetch(`${base()}/api/stories/00000000-0000-4000-8000-000000000000/revisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base() },
        body: '{}',
      }),
    ];
    // A save from nobody signed in is refused before its body is read.
    expect(answers.map((answer) => `${answer.status} ${answer.statusText}`)).toEqual([
      '200 OK',
      '303 See Other',
      '401 Unauthorized',
    ]);
  });
});
