/**
 * Guards and forms as the pages answer them: the middleware keeps the signed-in
 * areas (sign in first, or the 403 page) by route prefix, and every form post
 * goes through one helper (src/server/http/form-post.ts): a change it does not
 * offer is refused with 400 and a plain sentence, a refusal keeps its status
 * and what was typed, and a success redirects with 303.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { NO_INTENT, UNKNOWN_INTENT } from '#src/server/http/form-post.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { insertWritingPrompt } from '#src/server/groups/prompts.repository.ts';

const NO_INTENT_MESSAGE = translatorFor('en').t(NO_INTENT);
const UNKNOWN_INTENT_MESSAGE = translatorFor('en').t(UNKNOWN_INTENT);

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-form-posts-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function get(path: string, cookie?: string) {
  return fetch(`${app?.url ?? ''}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
  });
}

function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${app?.url ?? ''}${path}`, {
    method: 'POST',
    headers: { cookie, origin: app?.url ?? '' },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

describeEachDatabase('guards and form posts', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('sends a signed-out visitor to sign in and back, by route prefix', async () => {
    use();
    for (const path of ['/my/requests?from=email&x=é', '/write', '/groups/abc', '/admin/mail']) {
      const response = await get(path);
      expect(response.status, path).toBe(303);
      const back = new URL(path, 'http://heard.test');
      expect(response.headers.get('location'), path).toBe(
        `/signin?next=${encodeURIComponent(back.pathname + back.search)}`,
      );
    }
    // A receipt's JSON answers for itself; an address that is no page is 404 to all.
    expect((await get('/my/consents/00000000-0000-4000-8000-000000000000.json')).status).toBe(404);
    expect((await get('/my/no-such-page')).status).toBe(404);
  });

  it('gives the 403 page to a signed-in person the area is not for', async () => {
    use();
    const comms = await sessionCookieFor(db(), await makePerson(db(), { roles: ['comms'] }));
    const admin = await sessionCookieFor(db(), await makePerson(db(), { roles: ['admin'] }));
    for (const [path, cookie] of [
      ['/admin/settings', comms],
      ['/services/stories', comms],
      ['/staff/requests/new?story=x', admin],
    ] as const) {
      const response = await get(path, cookie);
      expect(response.status, path).toBe(403);
      expect(await response.text(), path).toContain('This page is not for your account');
    }
  });

  it('refuses a change the page does not offer, and changes nothing', async () => {
    use();
    const admin = await sessionCookieFor(db(), await makePerson(db(), { roles: ['admin'] }));
    const settings = () => db().selectFrom('settings').selectAll().orderBy('key').execute();
    const before = await settings();
    const refused = await post('/admin/settings', admin, {
      intent: 'raise-everything',
      requests: '9',
      days: '9',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(UNKNOWN_INTENT_MESSAGE);
    expect(await settings()).toEqual(before);
    // The cap's own form names no intent: it is the change made without one.
    const saved = await post('/admin/settings', admin, { requests: '9', days: '9' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/admin/settings?saved=1');
    expect(await settings()).not.toEqual(before);
  });

  it('says so at the top of a page whose only form this person does not see', async () => {
    use();
    // A contributor's home has a form only for facilitators; a hand-made post
    // from anyone else must still be told, not answered with a silent 400.
    const contributor = await sessionCookieFor(db(), await makePerson(db(), { name: 'Ann' }));
    const refused = await post('/my', contributor, { intent: 'raise-everything' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain(UNKNOWN_INTENT_MESSAGE);
    expect(page).toMatch(/role="alert"[^>]*>\s*<p[^>]*>\s*Something went wrong with that button/);
  });

  it('asks again for an answer when a question is sent with none chosen', async () => {
    use();
    const authorId = await makePerson(db(), { name: 'Ann Author' });
    const story = await makeStory(db(), [authorId], { title: 'The pier' });
    const response = await post(
      `/my/stories/${story.id}/sharing`,
      await sessionCookieFor(db(), authorId),
      { scope: 'group' },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(NO_INTENT_MESSAGE);
  });

  it('keeps a refusal’s status and sentence, and what was typed', async () => {
    use();
    const comms = await sessionCookieFor(db(), await makePerson(db(), { roles: ['comms'] }));
    const takedown = await post('/staff/takedowns', comms, {
      task: '00000000-0000-4000-8000-000000000000',
    });
    expect(takedown.status).toBe(409);
    expect(await takedown.text()).toContain('This task is already done, or there is no such task.');
    const writer = await sessionCookieFor(db(), await makePerson(db()));
    const start = await post('/write', writer, { title: 'Kept title', kind: 'no-such-kind' });
    expect(start.status).toBe(400);
    expect(await start.text()).toContain('value="Kept title"');
  });

  it('shows a story started from a prompt in the prompt’s group, where it will be', async () => {
    use();
    const writer = await makePerson(db());
    const groupId = await insertGroup(db(), {
      slug: `g-${writer.slice(0, 8)}`,
      name: 'Tuesday group',
    });
    await addGroupMember(db(), groupId, writer, 'member');
    const promptId = await insertWritingPrompt(db(), {
      groupId,
      text: 'A place you loved',
      createdBy: writer,
      now: new Date(),
    });
    const cookie = await sessionCookieFor(db(), writer);
    const fromPrompt = await (await get(`/write?prompt=${promptId}`, cookie)).text();
    expect(fromPrompt).toMatch(new RegExp(`<option value="${groupId}" selected`));
    // Without a prompt nothing is chosen for them.
    const plain = await (await get('/write', cookie)).text();
    expect(plain).not.toMatch(/<option value="[^"]+" selected/);
  });

  it('redirects with 303 once the change is made', async () => {
    use();
    const personId = await makePerson(db());
    const response = await post('/my/requests', await sessionCookieFor(db(), personId), {
      intent: 'open-to-requests',
      open: 'yes',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/my/requests?open=yes');
    const person = await db()
      .selectFrom('people')
      .select('open_to_requests')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(person.open_to_requests).toBe(true);
  });
});
