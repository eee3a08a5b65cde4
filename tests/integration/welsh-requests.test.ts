/**
 * Asking to use a Welsh speaker's story, in Welsh: an English staff member
 * asks, the contributor (people.language 'cy') gets the email in Welsh, reads
 * the request and its Easy Read in Welsh and answers in Welsh, and the staff
 * member hears back in English. Emails go in the recipient's language, pages in
 * the reader's, whoever caused them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Language } from '#src/i18n/languages.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { escapeHtml, translatorFor, type MessageValues } from '#src/i18n/translator.ts';
import { formatDayOf } from '#src/domain/calendar.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';
import { grantPublic } from './support/published.ts';
import { mailTo, welshPageProblems } from './support/welsh.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-requests-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
// Every link in an email comes from the public address (src/server/http/public-address.ts).
const PUBLIC_URL = 'http://heard.test';
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', PUBLIC_URL);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const base = () => app?.url ?? '';
const cy = translatorFor('cy');
const en = translatorFor('en');

/** A message as a page shows it: in that language, escaped as Astro escapes text. */
function shown(language: Language, key: MessageKey, values?: MessageValues): string {
  return escapeHtml(translatorFor(language).t(key, values));
}

const PARAGRAPHS = [
  'Dechreuais i weithio yn y felin pan oeddwn i’n bedair ar ddeg oed.',
  'Y sŵn oedd y peth cyntaf roeddech chi’n sylwi arno, a’r peth olaf roeddech chi’n ei anghofio.',
];
const EXCERPT = PARAGRAPHS[1] ?? '';

async function personIn(
  db: Db,
  language: Language,
  name: string,
  roles: ('contributor' | 'comms')[],
) {
  const id = await makePerson(db, { name, roles });
  await db.updateTable('people').set({ language }).where('id', '=', id).execute();
  return { id, cookie: await sessionCookieFor(db, id) };
}

function get(path: string, cookie: string) {
  return fetch(`${base()}${path}`, { headers: { cookie }, redirect: 'manual' });
}

function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${base()}${path}`, {
    method: 'POST',
    // Sent from our own pages, at the public address emails link to.
    headers: { cookie, origin: PUBLIC_URL },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

/** A page that must be all Welsh: its HTML, after checking it is. */
async function welshPage(path: string, cookie: string): Promise<string> {
  const response = await get(path, cookie);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  expect(welshPageProblems(html), path).toEqual([]);
  return html;
}

const isoDay = (moment: Date) => moment.toISOString().slice(0, 10);

describeEachDatabase('asking a Welsh speaker to use their story', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('asks in Welsh, shows the request and its Easy Read in Welsh, takes a Welsh answer and tells the staff member in English', async () => {
    use();
    const eira = await personIn(db(), 'cy', 'Eira Jones', ['contributor']);
    const chris = await personIn(db(), 'en', 'Chris Lane', ['comms']);
    const story = await makeStory(db(), [eira.id], { title: 'Y felin', paragraphs: PARAGRAPHS });
    await db().updateTable('stories').set({ language: 'cy' }).where('id', '=', story.id).execute();
    await grantPublic(db(), story.id, eira.id, 1);

    // An English staff member asks, on the English page.
    const now = new Date();
    const asked = await post(`/staff/requests/new?story=${story.id}`, chris.cookie, {
      channel: 'newsletter',
      purpose: 'Rhifyn y gaeaf',
      audience: 'Tua 400 o aelodau',
      excerpt: EXCERPT,
      anonymity: 'first_name',
      startsOn: isoDay(now),
      endsOn: isoDay(new Date(now.getTime() + 30 * 86_400_000)),
      message: 'Roedden ni wrth ein bodd gyda’r stori hon.',
    });
    expect(asked.status).toBe(303);
    const requestId = /\/staff\/requests\/([0-9a-f-]{36})\?sent=1$/.exec(
      asked.headers.get('location') ?? '',
    )?.[1];
    expect(requestId).toBeDefined();

    // Eira's email is in Welsh.
    const [invitation, ...others] = await mailTo(db(), eira.id);
    expect(others).toEqual([]);
    expect(invitation?.subject).toBe(
      cy.t('requests.mail.askSubject', { asker: 'Chris Lane', title: 'Y felin' }),
    );
    const lapses = formatDayOf(new Date(now.getTime() + 30 * 86_400_000), 'Europe/London', 'cy');
    for (const line of [
      cy.t('requests.mail.hello', { name: 'Eira' }),
      'ddefnyddio eich stori “Y felin” yn y cylchlythyr.',
      cy.t('requests.mail.answers'),
      cy.t('requests.mail.noIsFine'),
      cy.t('requests.easy.lapses', { date: lapses }),
      `http://heard.test/my/requests/${requestId}`,
    ]) {
      expect(invitation?.text_body).toContain(line);
    }
    expect(invitation?.text_body).not.toMatch(/Hello|You can say yes|the answer is no/);

    // Her requests, and the request itself with its Easy Read, are all Welsh.
    const list = await welshPage('/my/requests', eira.cookie);
    expect(list).toContain(
      shown('cy', 'requests.my.mayWeUseIn', { title: 'Y felin', where: 'yn y cylchlythyr' }),
    );
    const page = await welshPage(`/my/requests/${requestId}`, eira.cookie);
    for (const words of [
      shown('cy', 'requests.one.yes'),
      shown('cy', 'requests.one.yesAnonymous'),
      shown('cy', 'requests.one.no'),
      shown('cy', 'requests.easy.wantsPart', { name: 'Chris Lane' }),
      shown('cy', 'requests.easy.noWhy'),
      shown('cy', 'requests.easy.lapses', { date: lapses }),
      escapeHtml(EXCERPT),
    ]) {
      expect(page).toContain(words);
    }
    // The story's title in the question carries the story's language.
    expect(page).toContain('<span lang="cy">Y felin</span>');

    // Sending no answer is refused in Welsh; then she says yes, without her name.
    const none = await post(`/my/requests/${requestId}`, eira.cookie, {});
    expect(none.status).toBe(400);
    const refused = await none.text();
    expect(refused).toContain(shown('cy', 'requests.error.chooseAnswer'));
    expect(welshPageProblems(refused)).toEqual([]);
    const answered = await post(`/my/requests/${requestId}`, eira.cookie, {
      answer: 'yes_anonymous',
    });
    expect(answered.status).toBe(303);
    const after = answered.headers.get('location') ?? '';
    expect(after).toMatch(/^\/my\/requests\?answered=yes_anonymous&story=/);
    const thanks = await welshPage(after, eira.cookie);
    expect(thanks).toContain(shown('cy', 'requests.my.saidYesAnonymous'));
    expect(thanks).toMatch(/<a href="\/my\/consents\/[0-9a-f-]{36}">Gweld eich derbynneb<\/a>\./);
    const past = await welshPage(`/my/requests/${requestId}`, eira.cookie);
    expect(past).toContain(shown('cy', 'requests.answered.yes_anonymous'));

    // The staff member hears in English, as before.
    const [reply] = await mailTo(db(), chris.id);
    expect(reply?.subject).toBe('Your request to use “Y felin”: Yes, without their name');
    expect(reply?.text_body).toBe(
      [
        'Your request to use “Y felin” in the newsletter: Yes, without their name.',
        '',
        `Details: http://heard.test/staff/requests/${requestId}`,
        '',
      ].join('\n'),
    );
    expect(en.t('requests.status.accepted_anonymous')).toBe('Yes, without their name');
  });

  it('shows a Welsh staff member the staff pages in Welsh', async () => {
    use();
    const eira = await personIn(db(), 'cy', 'Eira Jones', ['contributor']);
    const siân = await personIn(db(), 'cy', 'Siân Owen', ['comms']);
    const story = await makeStory(db(), [eira.id], { title: 'Y felin', paragraphs: PARAGRAPHS });
    await db().updateTable('stories').set({ language: 'cy' }).where('id', '=', story.id).execute();
    await grantPublic(db(), story.id, eira.id, 1);

    const form = await welshPage(`/staff/requests/new?story=${story.id}`, siân.cookie);
    expect(form).toContain(shown('cy', 'requests.new.where'));
    await welshPage('/staff/stories', siân.cookie);
    const now = new Date();
    const asked = await post(`/staff/requests/new?story=${story.id}`, siân.cookie, {
      channel: 'book',
      purpose: 'Llyfr y grŵp',
      audience: 'Pawb yn y grŵp',
      excerpt: '',
      anonymity: 'named',
      startsOn: isoDay(now),
      endsOn: isoDay(now),
      message: '',
    });
    expect(asked.status).toBe(303);
    const location = asked.headers.get('location') ?? '';
    const one = await welshPage(location, siân.cookie);
    expect(one).toContain(shown('cy', 'requests.staff.sent'));
    expect(one).toContain(shown('cy', 'requests.status.open'));
    await welshPage('/staff/requests', siân.cookie);
    await welshPage('/staff/takedowns', siân.cookie);
    await welshPage('/staff/fairness', siân.cookie);

    // No second request while one waits, said in her language.
    const again = await welshPage(`/staff/requests/new?story=${story.id}`, siân.cookie);
    expect(again).toContain(shown('cy', 'requests.refused.alreadyOpen'));
  });
});
