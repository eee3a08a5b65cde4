/**
 * Group spaces, the group book, parents' and carers' approvals and turning 18
 * read all in Welsh for people who read Heard in Welsh: each page's own words,
 * the book's fixed text in its print view and PDF, and the emails to a parent
 * or carer in their own language, whatever the language of the person they
 * are about. A story written in English keeps its own language, marked `lang`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentChange } from '#src/domain/consent-change.ts';
import type { Scope } from '#src/domain/consent-types.ts';
import { setPersonLanguage } from '#src/server/accounts/profile.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { findServerChromium } from '#src/server/groups/book-pdf.ts';
import { insertReply } from '#src/server/groups/group-space.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { insertWritingPrompt } from '#src/server/groups/prompts.repository.ts';
import { insertGroupMembershipChange } from '#src/server/safeguarding/account-changes.repository.ts';
import { linkGuardianToYoungPerson } from '#src/server/safeguarding/guardian-links.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { insertStory } from '#src/server/writing/stories.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, saveText } from './support/fixtures.ts';
import { welshPageProblems } from './support/welsh.ts';

const chromium = findServerChromium();
const WITHOUT_CHROMIUM = chromium
  ? ''
  : ' (skipped: no Chromium on this machine; install chromium or set HEARD_CHROMIUM)';
const DAY = 24 * 60 * 60 * 1000;

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-groups-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(path: string, cookie: string): Promise<Response> {
  const response = await fetch(`${app?.url ?? ''}${path}`, {
    headers: { cookie, 'accept-encoding': 'identity' },
    redirect: 'manual',
  });
  expect(response.status, path).toBe(200);
  return response;
}

/** A page's HTML, checked to be all Welsh. */
async function welshPage(path: string, cookie: string): Promise<string> {
  const html = await (await get(path, cookie)).text();
  expect(welshPageProblems(html), path).toEqual([]);
  return html;
}

/** A day some years before today ('YYYY-MM-DD'), less `daysLess` days. */
function yearsAgo(years: number, daysLess = 0): string {
  const date = new Date(Date.now() - daysLess * DAY);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

async function append(db: Db, storyId: string, change: ConsentChange, now: Date): Promise<void> {
  const result = await appendConsentEvent(db, storyId, change, { now });
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
}

const grant = (person: string, scope: Scope): ConsentChange => ({
  kind: 'grant',
  actorId: person,
  subjectId: person,
  scope,
  anonymity: 'first_name',
  revisionNumber: 1,
});

/** A person who reads Heard in Welsh. */
async function welshPerson(db: Db, options: Parameters<typeof makePerson>[1]): Promise<string> {
  const id = await makePerson(db, options);
  await setPersonLanguage(db, id, 'cy');
  return id;
}

/** A story with one revision, in a group or not, in its own language. */
async function story(
  db: Db,
  author: string,
  options: {
    title: string;
    language: string;
    paragraphs: string[];
    groupId?: string;
    promptId?: string;
    now: Date;
  },
): Promise<string> {
  const made = await insertStory(db, {
    title: options.title,
    kind: 'life_story',
    authorIds: [author],
    groupId: options.groupId ?? null,
    promptId: options.promptId ?? null,
    language: options.language,
    now: options.now,
  });
  const saved = await saveText(db, made.id, author, options.paragraphs, null, options.now);
  if (!saved.ok) throw new Error(saved.reason);
  return made.id;
}

/**
 * Grŵp Dydd Iau: Siân facilitates, Eira is a member with a story in Welsh
 * (from a prompt, in the group and the book) and one in English (not shared
 * yet); Cai is 15, a member, with his father Dewi linked.
 */
async function welshGroup(db: Db) {
  const earlier = new Date(Date.now() - 2 * DAY);
  const groupId = await insertGroup(db, { slug: 'dydd-iau', name: 'Grŵp Dydd Iau' });
  const sian = await welshPerson(db, { name: 'Siân Prys', roles: ['contributor', 'facilitator'] });
  const eira = await welshPerson(db, { name: 'Eira Owen' });
  const cai = await welshPerson(db, { name: 'Cai Morgan', dateOfBirth: yearsAgo(15) });
  const dewi = await welshPerson(db, { name: 'Dewi Morgan', roles: ['guardian'] });
  await linkGuardian(db, dewi, cai);
  for (const [person, role] of [
    [sian, 'facilitator'],
    [eira, 'member'],
    [cai, 'member'],
  ] as const) {
    await addGroupMember(db, groupId, person, role);
    await insertGroupMembershipChange(db, {
      groupId,
      personId: person,
      actorId: sian,
      kind: 'added',
      role,
      at: earlier,
    });
  }
  const promptId = await insertWritingPrompt(db, {
    groupId,
    text: 'Lle roeddech chi’n ei garu',
    createdBy: sian,
    now: earlier,
  });
  const welsh = await story(db, eira, {
    title: 'Y porthladd',
    language: 'cy',
    paragraphs: ['Roedd y cychod yn dawel yn y bore bach.'],
    groupId,
    promptId,
    now: earlier,
  });
  const english = await story(db, eira, {
    title: 'The harbour in winter',
    language: 'en',
    paragraphs: ['The boats were quiet in the early morning, and the gulls were loud.'],
    groupId,
    now: earlier,
  });
  await append(db, welsh, grant(eira, 'group'), earlier);
  await append(db, welsh, grant(eira, 'book'), earlier);
  await insertReply(db, {
    storyId: welsh,
    groupId,
    authorId: sian,
    text: 'Diolch, Eira. Hyfryd.',
    now: earlier,
  });
  return { groupId, sian, eira, cai, dewi, welsh, english, promptId };
}

describeEachDatabase('Welsh group spaces, book and safeguarding', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('a Welsh member and facilitator read the group, a story, a prompt and the book in Welsh', async () => {
    use();
    const world = await welshGroup(db());
    const eira = await sessionCookieFor(db(), world.eira);
    const sian = await sessionCookieFor(db(), world.sian);

    const space = await welshPage(`/groups/${world.groupId}`, sian);
    expect(space).toContain('Sbardunau ysgrifennu');
    expect(space).toContain('Pobl ifanc a’u rhieni neu ofalwyr');
    expect(space).toContain('Dewi Morgan');
    expect(space).toMatch(/<p class="excerpt" lang="cy">\s*Roedd y cychod/);
    await welshPage(`/groups/${world.groupId}`, eira);

    const read = await welshPage(`/groups/${world.groupId}/stories/${world.welsh}`, eira);
    expect(read).toContain('Ymatebion');
    expect(read).toContain('Diolch, Eira. Hyfryd.');

    await welshPage(`/groups/${world.groupId}/prompts/${world.promptId}`, eira);

    const book = await welshPage(`/groups/${world.groupId}/book`, eira);
    expect(book).toContain('Ein llyfr: Straeon Grŵp Dydd Iau');

    // The English story joins the book: in print, its chapter keeps its language.
    await append(db(), world.english, grant(world.eira, 'book'), new Date());
    const print = await welshPage(`/groups/${world.groupId}/book/print`, eira);
    expect(print).toContain('<h2 id="contents">Cynnwys</h2>');
    expect(print).toMatch(/<article class="book-chapter" id="story-[^"]+" lang="en">/);
    expect(print).toContain('data-ready="Yn barod i’w argraffu: {count} tudalen."');
  });

  it(`makes the book's PDF with its own words in Welsh for a Welsh reader${WITHOUT_CHROMIUM}`, async (context) => {
    if (!chromium) {
      context.skip();
      return;
    }
    use();
    const world = await welshGroup(db());
    await append(db(), world.english, grant(world.eira, 'book'), new Date());
    const eira = await sessionCookieFor(db(), world.eira);
    const response = await get(`/groups/${world.groupId}/book/pdf`, eira);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    // The file's name is the book's title in the letters a header can carry.
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[A-Za-z0-9-]+\.pdf"$/,
    );
    const pdf = new Uint8Array(await response.arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('Straeon Grŵp Dydd Iau');
    expect(words).toContain('Cynnwys');
    expect(words).not.toContain('Contents');
    // The stories are in their own languages.
    expect(words).toContain('Roedd y cychod yn dawel');
    expect(words).toContain('The boats were quiet');
  });

  it('a Welsh parent reads what their child asked to share in Welsh, Easy Read included', async () => {
    use();
    const world = await welshGroup(db());
    const storyId = await story(db(), world.cai, {
      title: 'Fy meic',
      language: 'cy',
      paragraphs: ['Mae gen i feic coch, ac rydw i’n ei reidio i’r ysgol.'],
      now: new Date(Date.now() - DAY),
    });
    await append(db(), storyId, grant(world.cai, 'public_site'), new Date(Date.now() - DAY));
    const dewi = await sessionCookieFor(db(), world.dewi);
    const list = await welshPage('/my/approvals', dewi);
    expect(list).toContain('Yn aros am eich ie');
    const preview = await welshPage(
      `/my/approvals?story=${storyId}&ward=${world.cai}&scope=public_site`,
      dewi,
    );
    expect(preview).toContain('Ydych chi’n cytuno?');
    expect(preview).toContain('class="easy-read"');
  });

  it('tells a Welsh parent of a change in Welsh, and an English young person in English', async () => {
    use();
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    const young = await makePerson(db(), { name: 'Kayla Reid', dateOfBirth: yearsAgo(15) });
    const parent = await welshPerson(db(), { name: 'Donna Reid' });
    const linked = await linkGuardianToYoungPerson(
      db(),
      { id: admin, roles: ['admin'] },
      { guardianId: parent, youngPersonId: young },
      new Date(),
    );
    expect(linked.ok).toBe(true);
    const emails = await db()
      .selectFrom('User')
      .select(['id', 'email'])
      .where('id', 'in', [young, parent])
      .execute();
    const emailOf = (id: string) => emails.find((row) => row.id === id)?.email;
    const outbox = await listOutboxMail(db(), 500);
    const toParent = outbox.find((mail) => mail.to_address === emailOf(parent));
    const toYoung = outbox.find((mail) => mail.to_address === emailOf(young));
    expect(toParent?.subject).toBe('Newid i gyfrif Heard Kayla');
    expect(toParent?.text_body).toContain('Helo Donna,');
    expect(toParent?.text_body).toContain(
      'Cysylltodd Alex Admin, gweinyddwr, Donna Reid fel rhiant neu ofalwr Kayla.',
    );
    expect(toParent?.text_body).not.toMatch(/\b(the|your|you)\b/i);
    expect(toYoung?.subject).toBe('A change to your Heard account');
    expect(toYoung?.text_body).toContain(
      'Alex Admin, an admin, linked Donna Reid as your parent or carer.',
    );
  });

  it('a Welsh young person who has turned 18 reads their choices in Welsh', async () => {
    use();
    const dewi = await welshPerson(db(), { name: 'Dewi Hart', roles: ['guardian'] });
    const tia = await welshPerson(db(), { name: 'Tia Hart', dateOfBirth: yearsAgo(18, 5) });
    await linkGuardian(db(), dewi, tia);
    const younger = new Date(Date.now() - 40 * DAY);
    const storyId = await story(db(), tia, {
      title: 'Sadwrn yn y siop',
      language: 'cy',
      paragraphs: ['Roeddwn i’n gweithio yn y siop bob dydd Sadwrn.'],
      now: younger,
    });
    await append(db(), storyId, grant(tia, 'public_site'), younger);
    await append(
      db(),
      storyId,
      {
        kind: 'guardian_approve',
        actorId: dewi,
        subjectId: tia,
        scope: 'public_site',
        revisionNumber: 1,
      },
      new Date(younger.getTime() + 3_600_000),
    );
    await append(db(), storyId, grant(tia, 'newsletter'), new Date(younger.getTime() + 7_200_000));
    const page = await welshPage('/my/turning-18', await sessionCookieFor(db(), tia));
    expect(page).toContain('Rydych chi’n 18 oed nawr');
    expect(page).toContain('dal ati i’w rhannu?');
  });
});
