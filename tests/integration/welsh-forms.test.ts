/**
 * Forms and refusals in the words of the person who sent them: a form's
 * problem, worked out by a service while Astro renders the page (the request's
 * language reaches it through `requestWords`, src/server/http/request-language.ts),
 * comes back in a Welsh person's Welsh; a request refused before any page
 * sees it (too large, a bad address, signed out, not sent from Heard) is
 * refused in the reader's language, and in English exactly as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Language } from '#src/i18n/languages.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { escapeHtml, translatorFor, type MessageValues } from '#src/i18n/translator.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson } from './support/fixtures.ts';
import { welshPageProblems } from './support/welsh.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-forms-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const base = () => app?.url ?? '';

/** A message as a page shows it: in that language, escaped as Astro escapes text. */
function shown(language: Language, key: MessageKey, values?: MessageValues): string {
  return escapeHtml(translatorFor(language).t(key, values));
}

async function personIn(db: Db, language: Language, roles: ('facilitator' | 'contributor')[]) {
  const id = await makePerson(db, { name: language === 'cy' ? 'Eira Jones' : 'Ann Smith', roles });
  await db.updateTable('people').set({ language }).where('id', '=', id).execute();
  return { id, cookie: await sessionCookieFor(db, id) };
}

function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${base()}${path}`, {
    method: 'POST',
    headers: { cookie, origin: base() },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

/** Sends a raw request whose body may be far smaller than it says (refused before it is read). */
function rawRequest(
  path: string,
  options: { method?: string; headers: Record<string, string | number>; body?: string },
): Promise<{ status: number; body: string; language: string | undefined }> {
  return new Promise((resolve, reject) => {
    const target = new URL(`${base()}${path}`);
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: path,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(parts).toString(),
            language: res.headers['content-language'],
          }),
        );
        res.on('error', reject);
      },
    );
    // The server answers and closes before the whole body is sent: that is the point.
    req.on('error', () => undefined);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A form body declared far too large for any page (300 MB), of which a few bytes are sent. */
const TOO_LARGE = {
  'content-type': 'application/x-www-form-urlencoded',
  'content-length': 300 * 1024 * 1024,
};

describeEachDatabase('Welsh forms and refusals', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('a too-long field on a Welsh person’s page gets its problem in Welsh, worked out while the page renders', async () => {
    use();
    const group = await insertGroup(db(), { slug: 'te', name: 'Grŵp te', description: '' });
    const results: Record<Language, string> = { en: '', cy: '' };
    for (const language of ['en', 'cy'] as const) {
      const facilitator = await personIn(db(), language, ['facilitator']);
      await addGroupMember(db(), group, facilitator.id, 'facilitator');
      const response = await post(`/groups/${group}`, facilitator.cookie, {
        text: 'Lle roeddech chi’n ei garu '.repeat(10),
      });
      expect(response.status, language).toBe(400);
      results[language] = await response.text();
    }
    expect(results.cy).toContain('<html lang="cy"');
    expect(results.cy).toContain(shown('cy', 'groups.space.promptTooLong'));
    expect(results.cy).not.toContain(shown('en', 'groups.space.promptTooLong'));
    expect(results.en).toContain('A prompt can be at most 200 letters long.');
    // What was typed is kept, as typed.
    expect(results.cy).toContain(escapeHtml('Lle roeddech chi’n ei garu'));
  });

  it('a button the page does not have, and a date of birth that is no date, are refused in Welsh', async () => {
    use();
    const group = await insertGroup(db(), { slug: 'cor', name: 'Côr', description: '' });
    const eira = await personIn(db(), 'cy', ['facilitator']);
    await addGroupMember(db(), group, eira.id, 'facilitator');
    const unknown = await post(`/groups/${group}`, eira.cookie, { intent: 'delete-everything' });
    expect(unknown.status).toBe(400);
    const unknownPage = await unknown.text();
    expect(unknownPage).toContain(shown('cy', 'http.form.unknownIntent'));
    expect(unknownPage).not.toContain(shown('en', 'http.form.unknownIntent'));

    const account = await post('/my/account', eira.cookie, {
      displayName: 'Eira Jones',
      dateOfBirth: '2010-02-30',
    });
    expect(account.status).toBe(400);
    const accountPage = await account.text();
    expect(accountPage).toContain(shown('cy', 'http.birthDate.notADate'));
    expect(accountPage).not.toContain(shown('en', 'http.birthDate.notADate'));
  });

  it('a request refused before any page sees it is refused in the reader’s language', async () => {
    use();
    const welshPage = (body: string) => {
      expect(body).toContain(shown('cy', 'http.refusal.tooLarge', { megabytes: 1 }));
      expect(body).toContain(`<h1>${shown('cy', 'http.refusal.title.413')}</h1>`);
      expect(welshPageProblems(body)).toEqual([]);
    };
    const origin = base();
    // The browser asks for Welsh.
    const browser = await rawRequest('/signin', {
      headers: { origin, 'accept-language': 'cy,en;q=0.5', ...TOO_LARGE },
      body: 'email=',
    });
    expect(browser.status).toBe(413);
    expect(browser.language).toBe('cy');
    welshPage(browser.body);
    // The reader chose Welsh with the switch link, whatever the browser says.
    const chosen = await rawRequest('/signin', {
      headers: { origin, 'accept-language': 'en-GB', cookie: 'heard-language=cy', ...TOO_LARGE },
      body: 'email=',
    });
    expect(chosen.status).toBe(413);
    welshPage(chosen.body);
    // A Welsh address is Welsh for everyone.
    const address = await rawRequest('/cy/signin', {
      headers: { origin, 'accept-language': 'en-GB', ...TOO_LARGE },
      body: 'email=',
    });
    expect(address.status).toBe(413);
    welshPage(address.body);
    expect(address.body).toContain('<a href="/cy">');

    // English, exactly as it was.
    const english = await rawRequest('/signin', {
      headers: { origin, 'accept-language': 'en-GB', ...TOO_LARGE },
      body: 'email=',
    });
    expect(english.status).toBe(413);
    expect(english.body).toBe(
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too much at once · Heard</title></head><body><main><h1>Too much at once</h1><p>This is more than we can take in one go (the limit is 1 MB). Nothing was kept.</p><p><a href="/">Back to Heard</a></p></main></body></html>',
    );

    // An address that cannot be read.
    const unreadable = await rawRequest('/search?q=%00', {
      method: 'GET',
      headers: { 'accept-language': 'cy' },
    });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body).toContain(shown('cy', 'http.refusal.badAddress'));
    expect(welshPageProblems(unreadable.body)).toEqual([]);
  });

  it('the editor’s APIs refuse in the reader’s language, or the signed-in person’s', async () => {
    use();
    const origin = base();
    const signedOut = await rawRequest('/api/stories/anything/media', {
      headers: {
        origin,
        'accept-language': 'cy',
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': 20 * 1024 * 1024,
      },
      body: 'x',
    });
    expect(signedOut.status).toBe(401);
    expect(JSON.parse(signedOut.body)).toEqual({
      message: translatorFor('cy').t('http.refusal.signedOut'),
    });
    // Signed in, the account's language decides, whatever the browser says.
    const eira = await personIn(db(), 'cy', ['contributor']);
    const save = await rawRequest('/api/stories/00000000-0000-4000-8000-000000000000/revisions', {
      headers: {
        origin,
        cookie: eira.cookie,
        'accept-language': 'en-GB',
        'content-type': 'application/json',
        'content-length': 3 * 1024 * 1024,
      },
      body: '{',
    });
    expect(save.status).toBe(413);
    expect(JSON.parse(save.body)).toEqual({
      message: translatorFor('cy').t('http.refusal.tooLarge', { megabytes: 2 }),
    });
  });

  it('a post from another site is refused in the reader’s language', async () => {
    use();
    const page = await fetch(`${base()}/signin`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'accept-language': 'cy' },
      body: new URLSearchParams({ email: 'someone@example.test' }),
      redirect: 'manual',
    });
    expect(page.status).toBe(403);
    expect(page.headers.get('content-language')).toBe('cy');
    const body = await page.text();
    expect(body).toContain(shown('cy', 'http.crossSite.message'));
    expect(welshPageProblems(body)).toEqual([]);
    const api = await fetch(`${base()}/api/stories/anything/recordings`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        cookie: 'heard-language=cy',
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ message: translatorFor('cy').t('http.crossSite.message') });
    // English, exactly as it was.
    const english = await fetch(`${base()}/signin`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new URLSearchParams({ email: 'someone@example.test' }),
      redirect: 'manual',
    });
    expect(await english.text()).toBe(
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not sent from Heard · Heard</title></head><body><main><h1>Not sent from Heard</h1><p>This was sent from somewhere other than Heard’s own pages, so nothing was changed. Please use the form on Heard.</p><p><a href="/">Back to Heard</a></p></main></body></html>',
    );
  });
});
