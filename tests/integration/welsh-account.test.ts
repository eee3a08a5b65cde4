/**
 * A contributor's own area, account and sign-in in Welsh: a Welsh person's
 * pages hold no English of Heard's own, choosing a language on the account
 * page (or with the header's switch) saves it on the account, and a sign-in
 * link asked for from a Welsh page comes in Welsh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { setPersonLanguage } from '#src/server/accounts/profile.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import {
  insertCoAuthorInvitation,
  upsertStoryHelper,
} from '#src/server/writing/story-people.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import {
  emailOf,
  formData,
  languageOf,
  makePerson,
  makeStory,
  saveText,
} from './support/fixtures.ts';
import { answerInLanguage } from '#src/server/http/request-language.ts';
import { saveStoryDetails, startStory } from '#src/server/writing/stories.ts';
import { welshPageProblems } from './support/welsh.ts';

const NOW = new Date('2026-03-03T10:00:00Z');

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-account-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function get(path: string, cookie?: string) {
  return fetch(`${app?.url ?? ''}${path}`, {
    headers: { 'accept-encoding': 'identity', ...(cookie ? { cookie } : {}) },
    redirect: 'manual',
  });
}

function post(path: string, cookie: string | undefined, fields: Record<string, string>) {
  return fetch(`${app?.url ?? ''}${path}`, {
    method: 'POST',
    headers: { origin: app?.url ?? '', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];

/** The emails sent to an address, waiting a moment for one sent after the answer. */
async function mailTo(db: Db, address: string) {
  for (let tries = 0; ; tries += 1) {
    const mails = (await listOutboxMail(db, 1000)).filter((mail) => mail.to_address === address);
    if (mails.length > 0 || tries >= 40) return mails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeEachDatabase('a Welsh person’s own pages', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  /** Eira reads Heard in Welsh: a group she facilitates, a story with two versions and a helper, an invitation. */
  async function eirasPlace() {
    const eira = await makePerson(db(), { name: 'Eira Owen' });
    await setPersonLanguage(db(), eira, 'cy');
    const bryn = await makePerson(db(), { name: 'Bryn Hughes' });
    const group = await insertGroup(db(), { slug: 'grwp-y-dref', name: 'Grŵp y dref' });
    await addGroupMember(db(), group, eira, 'facilitator');
    await addGroupMember(db(), group, bryn, 'member');
    // Titles are the writers' own words; these are Welsh, as Eira and Bryn wrote them.
    const story = await makeStory(db(), [eira], {
      title: 'Yr harbwr',
      paragraphs: ['Roedd y môr yn llonydd.'],
      now: NOW,
    });
    await saveText(db(), story.id, eira, ['Roedd y môr yn llonydd y bore hwnnw.'], 1, NOW);
    await upsertStoryHelper(db(), story.id, bryn, 'read', eira, NOW);
    const brynsStory = await makeStory(db(), [bryn], { title: 'Y felin', now: NOW });
    await insertCoAuthorInvitation(db(), brynsStory.id, eira, NOW);
    // A story they wrote together that Bryn said yes to sharing: it waits for Eira's yes.
    const together = await makeStory(db(), [bryn, eira], { title: 'Y ffair', now: NOW });
    const granted = await appendConsentEvent(
      db(),
      together.id,
      {
        kind: 'grant',
        actorId: bryn,
        subjectId: bryn,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: NOW },
    );
    if (!granted.ok) throw new Error(granted.reason);
    return { eira, bryn, story, brynsStory, cookie: await sessionCookieFor(db(), eira) };
  }

  it('her own area, account and story pages are all in Welsh', async () => {
    use();
    const { story, brynsStory, cookie } = await eirasPlace();
    for (const path of [
      '/my',
      '/my/account',
      '/my/account/delete',
      '/my/changes',
      `/my/invitations/${brynsStory.id}`,
      `/my/stories/${story.id}/people`,
      `/my/stories/${story.id}/history`,
      `/my/stories/${story.id}/history/1`,
    ]) {
      const response = await get(path, cookie);
      expect(response.status, path).toBe(200);
      const body = await response.text();
      expect(welshPageProblems(body), path).toEqual([]);
      if (path === '/my') expect(body).toContain('Dywedodd Bryn ie i rannu “Y ffair”');
    }
  });

  it('answers her forms in Welsh, and emails an invitation in the language of the person invited', async () => {
    use();
    const { eira, bryn, story, cookie } = await eirasPlace();
    const refused = await post(`/my/stories/${story.id}/people`, cookie, {
      intent: 'share-with-helper',
      personId: bryn,
      access: 'everything',
    });
    expect(refused.status).toBe(400);
    const refusal = await refused.text();
    expect(refusal).toContain('Dewiswch a ydyn nhw’n cael darllen neu olygu');
    expect(welshPageProblems(refusal)).toEqual([]);

    // Bryn reads Heard in English: his invitation is in English; Eira's page says it in Welsh.
    const englishStory = await makeStory(db(), [eira], { title: 'Y cwch', now: NOW });
    const invited = await post(`/my/stories/${englishStory.id}/people`, cookie, {
      intent: 'invite-coauthor',
      personId: bryn,
    });
    expect(invited.status).toBe(200);
    expect(await invited.text()).toContain('Mae Bryn Hughes wedi cael gwahoddiad');
    const [toBryn] = await mailTo(db(), await emailOf(db(), bryn));
    expect(toBryn?.subject).toBe('Eira asked you to write “Y cwch” together');

    // Eira reads in Welsh: an invitation to her is in Welsh.
    const brynsCookie = await sessionCookieFor(db(), bryn);
    const brynsStory = await makeStory(db(), [bryn], { title: 'Y castell', now: NOW });
    await post(`/my/stories/${brynsStory.id}/people`, brynsCookie, {
      intent: 'invite-coauthor',
      personId: eira,
    });
    const [toEira] = await mailTo(db(), await emailOf(db(), eira));
    expect(toEira?.subject).toBe('Gofynnodd Bryn i chi ysgrifennu “Y castell” gyda’ch gilydd');
    expect(toEira?.text_body).toContain('Helo Eira,');
  });

  it('refuses a story’s start and details in the words of the writer', async () => {
    use();
    const { eira, story } = await eirasPlace();
    const eiraAsViewer = { id: eira, roles: ['contributor' as const] };
    const started = await answerInLanguage('cy', () =>
      startStory(db(), eiraAsViewer, formData({ title: ' ', kind: 'poem', groupId: 'x' }), NOW),
    );
    expect(started).toEqual({
      ok: false,
      errors: {
        title: 'Rhowch deitl i’ch stori, os gwelwch yn dda. Gallwch chi ei newid yn nes ymlaen.',
        kind: 'Dewiswch stori bywyd neu sgript ffilm, os gwelwch yn dda.',
        groupId: 'Dewiswch un o’ch grwpiau, os gwelwch yn dda.',
      },
    });
    const details = await answerInLanguage('cy', () =>
      saveStoryDetails(
        db(),
        eiraAsViewer,
        story.id,
        formData({
          title: 'Yr harbwr',
          themes: Array.from({ length: 13 }, (_, i) => `thema ${i}`).join(','),
          contentNotes: 'x'.repeat(41),
        }),
        NOW,
      ),
    );
    expect(details).toEqual({
      ok: false,
      errors: {
        themes: 'Dewiswch 12 thema ar y mwyaf, os gwelwch yn dda.',
        contentNotes: 'Gall pob nodyn cynnwys fod yn 40 llythyren ar y mwyaf.',
      },
    });
  });

  it('saves the language chosen on the account page, and the next page is in it', async () => {
    use();
    const { eira, cookie } = await eirasPlace();
    const account = await (await get('/my/account', cookie)).text();
    // Her own setting, shown as it is: Cymraeg checked, each name in its own language.
    expect(account).toMatch(/<input type="radio" name="language" value="cy" checked/);
    expect(account).not.toMatch(/value="en" checked/);
    expect(account).toContain('<span lang="en-GB">English</span>');
    expect(account).toContain('<span lang="cy">Cymraeg</span>');

    const toEnglish = await post('/my/account', cookie, { intent: 'language', language: 'en' });
    expect(toEnglish.status).toBe(303);
    expect(toEnglish.headers.get('location')).toBe('/my/account?saved=1#language');
    expect(await languageOf(db(), eira)).toBe('en');
    const english = await (await get('/my/account?saved=1', cookie)).text();
    expect(htmlLang(english)).toBe('en-GB');
    expect(english).toContain('Your changes are saved.');
    expect(english).toMatch(/value="en" checked/);
    expect(htmlLang(await (await get('/my', cookie)).text())).toBe('en-GB');

    const toWelsh = await post('/my/account', cookie, { intent: 'language', language: 'cy' });
    expect(toWelsh.status).toBe(303);
    expect(await languageOf(db(), eira)).toBe('cy');
    const welsh = await (await get('/my/account?saved=1', cookie)).text();
    expect(htmlLang(welsh)).toBe('cy');
    expect(welsh).toContain('Mae eich newidiadau wedi’u cadw.');

    // A language Heard is not written in changes nothing.
    const unknown = await post('/my/account', cookie, { intent: 'language', language: 'fr' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Dewiswch Saesneg neu Gymraeg');
    expect(await languageOf(db(), eira)).toBe('cy');

    // The profile form, which names no change, still saves the profile.
    const profile = await post('/my/account', cookie, { displayName: 'Eira Owen' });
    expect(profile.status).toBe(303);
    expect(profile.headers.get('location')).toBe('/my/account?saved=1');
  });

  it('saves the language chosen with the header’s switch on the account too', async () => {
    use();
    const { eira, cookie } = await eirasPlace();
    const toEnglish = await post('/language', cookie, { to: 'en', next: '/my/account' });
    expect(toEnglish.status).toBe(303);
    expect(await languageOf(db(), eira)).toBe('en');
    expect(htmlLang(await (await get('/my/account', cookie)).text())).toBe('en-GB');
    await post('/language', cookie, { to: 'cy', next: '/my/account' });
    expect(await languageOf(db(), eira)).toBe('cy');
    expect(htmlLang(await (await get('/my/account', cookie)).text())).toBe('cy');
  });
});

describeEachDatabase('signing in from a Welsh page', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('shows the sign-in pages in Welsh and sends someone new their link in Welsh; opening it starts their account in Welsh', async () => {
    use();
    const page = await get('/cy/signin');
    expect(page.status).toBe(200);
    const form = await page.text();
    expect(welshPageProblems(form)).toEqual([]);
    // The form posts at the Welsh address, so the answer and the email are Welsh.
    expect(form).toContain('action="/cy/signin"');

    const newcomer = await makePerson(db(), { name: 'Gwen Jones' });
    const email = await emailOf(db(), newcomer);
    const asked = await post('/cy/signin', undefined, { email });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/cy/signin/check-email');
    const checkEmail = await get('/cy/signin/check-email');
    expect(welshPageProblems(await checkEmail.text())).toEqual([]);
    const [mail] = await mailTo(db(), email);
    expect(mail?.subject).toBe('Rydych chi wedi cael gwahoddiad i Heard');
    expect(mail?.text_body).toContain('Helo Gwen,');
    expect(mail?.text_body).toContain('Agorwch y ddolen hon i fewngofnodi.');
    expect(mail?.text_body).not.toMatch(/\b(the|your|link)\b/i);
    // Asking changes nothing on the account (anyone may ask for any address);
    // opening the link starts it in Welsh.
    expect(await languageOf(db(), newcomer)).toBe('en');
    const link = mail?.text_body.match(/https?:\/\/\S+/)?.[0] ?? '';
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
    expect(await languageOf(db(), newcomer)).toBe('cy');

    const problem = await get('/cy/signin/problem?error=Verification');
    expect(welshPageProblems(await problem.text())).toEqual([]);
    const wrong = await post('/cy/signin', undefined, { email: 'not-an-email' });
    expect(wrong.status).toBe(400);
    expect(welshPageProblems(await wrong.text())).toEqual([]);
  });

  it('writes to someone who has signed in before in their own language, wherever they ask from', async () => {
    use();
    const english = await makePerson(db(), { name: 'Alun Price' });
    const welsh = await makePerson(db(), { name: 'Nia Roberts' });
    await setPersonLanguage(db(), welsh, 'cy');
    await db()
      .updateTable('User')
      .set({ emailVerified: NOW })
      .where('id', 'in', [english, welsh])
      .execute();

    await post('/cy/signin', undefined, { email: await emailOf(db(), english) });
    const [toAlun] = await mailTo(db(), await emailOf(db(), english));
    expect(toAlun?.subject).toBe('Your link to sign in to Heard');
    expect(await languageOf(db(), english)).toBe('en');

    await post('/signin', undefined, { email: await emailOf(db(), welsh) });
    const [toNia] = await mailTo(db(), await emailOf(db(), welsh));
    expect(toNia?.subject).toBe('Eich dolen i fewngofnodi i Heard');
  });
});
