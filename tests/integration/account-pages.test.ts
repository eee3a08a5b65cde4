/**
 * The account's three actions over HTTP: stop sharing
 * everything, download everything, delete the account; and the receipt pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import { findPublicationNow } from '#src/server/publishing/publications.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-account-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function post(path: string, cookie: string, fields: Record<string, string> = {}) {
  return fetch(`${app?.url ?? ''}${path}`, {
    method: 'POST',
    headers: { cookie, origin: app?.url ?? '' },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

function get(path: string, cookie?: string) {
  return fetch(`${app?.url ?? ''}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
  });
}

async function sharedStory(db: Db, title: string) {
  const author = await makePerson(db, { name: 'Edna Price' });
  const story = await makeStory(db, [author], { title, paragraphs: ['We danced all night.'] });
  const granted = await appendConsentEvent(
    db,
    story.id,
    {
      kind: 'grant',
      actorId: author,
      subjectId: author,
      scope: 'public_site',
      anonymity: 'first_name',
      revisionNumber: 1,
    },
    { now: new Date() },
  );
  if (!granted.ok) throw new Error(granted.reason);
  return { author, story, eventId: granted.eventId, cookie: await sessionCookieFor(db, author) };
}

describeEachDatabase('account pages', ({ db, handle }) => {
  it('stops sharing every story after one confirmation, with receipts', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { story, cookie } = await sharedStory(db(), 'Dancing at the Grafton');
    const confirm = await get('/my/account/stop-sharing', cookie);
    expect(await confirm.text()).toContain('Yes, stop sharing everything');

    const response = await post('/my/account/stop-sharing', cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/my/account?stopped=1');
    expect(await findPublicationNow(db(), { slug: story.slug }, new Date())).toBeUndefined();
    expect((await get(`/stories/${story.slug}`)).status).toBe(410);

    const receipts = await (await get('/my/consents', cookie)).text();
    expect(receipts.match(/href="\/my\/consents\/[0-9a-f-]{36}"/g)).toHaveLength(2);
    const mail = await db().selectFrom('mail_outbox').select(['to_address', 'subject']).execute();
    expect(mail.map((m) => m.subject)).toContain('You stopped sharing all your stories');
  });

  it('shows a receipt to its person as a page and as Kantara JSON, and to nobody else', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { eventId, cookie, author } = await sharedStory(db(), 'The receipt story');
    const page = await get(`/my/consents/${eventId}`, cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Change or stop sharing');
    const json = await get(`/my/consents/${eventId}.json`, cookie);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(json.headers.get('cache-control')).toBe('no-store');
    const receipt = (await json.json()) as Record<string, unknown>;
    expect(receipt).toMatchObject({
      version: 'KI-CR-v1.1.0',
      consentReceiptID: eventId,
      piiPrincipalId: author,
    });
    expect(receipt['consentTimestamp']).toEqual(expect.any(Number));

    const other = await sessionCookieFor(db(), await makePerson(db(), { roles: ['admin'] }));
    expect((await get(`/my/consents/${eventId}`, other)).status).toBe(404);
    expect((await get(`/my/consents/${eventId}.json`, other)).status).toBe(404);
    expect((await get(`/my/consents/${eventId}.json`)).status).toBe(404);
  });

  it('downloads everything the person wrote as a zip', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { cookie } = await sharedStory(db(), 'Zip me');
    const response = await post('/my/account/export', cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="heard-everything-i-wrote-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const texts = Object.entries(files).filter(([name]) => name.endsWith('revision-1.txt'));
    expect(texts).toHaveLength(1);
    expect(strFromU8(texts[0]?.[1] ?? new Uint8Array())).toContain('We danced all night.');
    expect(Object.keys(files)).toContain('receipts.json');
  });

  it('sends a signed-out download to sign in, and back to the account page afterwards', async () => {
    const response = await post('/my/account/export', '');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/signin?next=${encodeURIComponent('/my/account')}`,
    );
  });

  it('deletes the account after one confirmation, signs out, and the ledger still verifies', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { author, story, cookie } = await sharedStory(db(), 'Delete me');
    expect(await (await get('/my/account/delete', cookie)).text()).toContain(
      'Yes, delete my account',
    );
    // regression: any other post (a stray form, a script) deletes nothing
    const unconfirmed = await post('/my/account/delete', cookie, { anything: 'else' });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Nothing was deleted');
    expect((await get('/my', cookie)).status).toBe(200);
    const response = await post('/my/account/delete', cookie, { confirm: 'delete-my-account' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/signin?deleted=1');
    expect(response.headers.get('set-cookie')).toMatch(/authjs\.session-token=deleted;/);
    // The old session is gone: the next request is a stranger's.
    expect((await get('/my', cookie)).status).toBe(303);
    expect((await get(`/stories/${story.slug}`)).status).toBe(404);
    const person = await db()
      .selectFrom('people')
      .select('id')
      .where('id', '=', author)
      .executeTakeFirst();
    expect(person).toBeUndefined();
    expect((await verifyLedger(db())).ok).toBe(true);
  });
});
