/**
 * Bad text and bad dates get a plain 4xx, never a 500: a NUL or a lone
 * surrogate in any field or address, a day that does not exist, an absurd
 * date of birth. What was typed is kept clean or refused; nothing half-written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { answerRequest } from '#src/server/requests/answers.ts';
import { createRequest } from '#src/server/requests/asking.ts';
import { logUse } from '#src/server/requests/uses.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson, makeStory } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-bad-input-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const NUL = '\u0000';

function post(path: string, cookie: string, fields: Record<string, string>) {
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

function postJson(path: string, cookie: string, body: string) {
  return fetch(`${app?.url ?? ''}${path}`, {
    method: 'POST',
    headers: { cookie, origin: app?.url ?? '', 'content-type': 'application/json' },
    body,
  });
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A group with a facilitator and a member whose story is shared with it, and a takedown task. */
async function world(db: Db) {
  const now = new Date();
  const admin = await makePerson(db, { name: 'Alex Admin', roles: ['admin'] });
  const facilitator = await makePerson(db, { name: 'Priya Shah', roles: ['facilitator'] });
  const member = await makePerson(db, { name: 'Margaret Ellis' });
  const comms = await makePerson(db, { name: 'Sam Comms', roles: ['comms'] });
  const group = await insertGroup(db, { slug: 'tea', name: 'Tea group', description: '' });
  await addGroupMember(db, group, facilitator, 'facilitator');
  await addGroupMember(db, group, member, 'member');
  await db.updateTable('people').set({ open_to_requests: true }).where('id', '=', member).execute();
  const story = await makeStory(db, [member], { title: 'The harbour', now });
  await db.updateTable('stories').set({ group_id: group }).where('id', '=', story.id).execute();
  for (const scope of ['group', 'public_site'] as const) {
    const granted = await appendConsentEvent(
      db,
      story.id,
      {
        kind: 'grant',
        actorId: member,
        subjectId: member,
        scope,
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now },
    );
    if (!granted.ok) throw new Error(granted.reason);
  }
  // A use of the story in the newsletter, then a withdrawal: a takedown task.
  const asked = await createRequest(
    db,
    { id: comms, roles: ['comms'] },
    story.id,
    formData({
      channel: 'newsletter',
      purpose: 'The winter newsletter',
      audience: 'Supporters',
      excerpt: '',
      anonymity: 'named',
      startsOn: day(0),
      endsOn: day(30),
      message: '',
    }),
    now,
  );
  if (!asked.ok) throw new Error(asked.message);
  await answerRequest(
    db,
    { id: member, roles: ['contributor'] },
    formData({ request: asked.requestId, answer: 'yes' }),
    now,
  );
  const used = await logUse(
    db,
    { id: comms, roles: ['comms'] },
    asked.requestId,
    formData({ whereUsed: 'Winter newsletter', link: '', usedOn: day(0) }),
    now,
  );
  if (!used.ok) throw new Error(used.message);
  await appendConsentEvent(
    db,
    story.id,
    { kind: 'withdraw', actorId: member, subjectId: member, scope: 'newsletter' },
    { now: new Date(now.getTime() + 1000) },
  );
  const task = await db.selectFrom('takedown_tasks').select('id').executeTakeFirstOrThrow();
  return {
    group,
    story,
    task: task.id,
    cookies: {
      admin: await sessionCookieFor(db, admin),
      facilitator: await sessionCookieFor(db, facilitator),
      member: await sessionCookieFor(db, member),
      comms: await sessionCookieFor(db, comms),
    },
  };
}

/** Every text column in the tables a form can write, searched for control characters. */
async function storedControlCharacters(db: Db): Promise<string[]> {
  const found: string[] = [];
  const checks: Array<[string, string[]]> = [
    ['stories', ['title', 'themes::text', 'content_notes::text']],
    ['people', ['display_name', 'first_name', 'default_pseudonym']],
    ['groups', ['name', 'description']],
    ['writing_prompts', ['text']],
    ['story_replies', ['text']],
    ['group_books', ['title', 'introduction']],
    ['takedown_tasks', ['done_note']],
  ];
  for (const [table, columns] of checks) {
    for (const column of columns) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table)}
        where ${sql.raw(column)} ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'`.execute(db);
      if ((rows[0]?.n ?? 0) > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

describeEachDatabase('bad input', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('regression: a NUL in any of the forms gets a plain answer, never a 500, and nothing stores it', async () => {
    use();
    const w = await world(db());
    const attempts: Array<[string, string, Record<string, string>]> = [
      ['story title', w.cookies.member, { title: `A new${NUL} story`, kind: 'life_story' }],
      [
        'profile name',
        w.cookies.member,
        { displayName: `Margaret${NUL}`, firstName: 'Mar\u0001garet' },
      ],
      [
        'admin invite',
        w.cookies.admin,
        { intent: 'invite', email: 'new@example.test', displayName: `New${NUL}` },
      ],
      [
        'group name',
        w.cookies.admin,
        { intent: 'create-group', name: `Group${NUL}`, description: `About${NUL}` },
      ],
      ['prompt', w.cookies.facilitator, { text: `A place${NUL} you loved` }],
      ['reply', w.cookies.facilitator, { intent: 'reply', text: `Lovely${NUL} story` }],
      [
        'book introduction',
        w.cookies.member,
        { intent: 'details', title: `Our${NUL} book`, introduction: `We${NUL} wrote` },
      ],
      ['takedown note', w.cookies.comms, { task: w.task, note: `Removed${NUL} it` }],
      [
        'story details',
        w.cookies.member,
        { title: `The${NUL} harbour`, themes: `sea${NUL}`, contentNotes: `loss${NUL}` },
      ],
    ];
    const paths: Record<string, string> = {
      'story title': '/write',
      'profile name': '/my/account',
      'admin invite': '/admin/people',
      'group name': '/admin/groups',
      prompt: `/groups/${w.group}`,
      reply: `/groups/${w.group}/stories/${w.story.id}`,
      'book introduction': `/groups/${w.group}/book`,
      'takedown note': '/staff/takedowns',
      'story details': `/my/stories/${w.story.id}`,
    };
    const statuses: string[] = [];
    for (const [what, cookie, fields] of attempts) {
      const response = await post(paths[what] ?? '', cookie, fields);
      await response.arrayBuffer();
      statuses.push(`${what}: ${response.status}`);
      expect(response.status, `${what} answered ${response.status}`).toBeLessThan(500);
    }
    // Each form was reached and did its work, with the character taken out.
    expect(statuses.filter((status) => !/: (200|303)$/.test(status))).toEqual([]);
    expect(await storedControlCharacters(db())).toEqual([]);
    // The text around the NUL is kept: nothing typed is lost but the character.
    const title = await db()
      .selectFrom('stories')
      .select('title')
      .where('id', '=', w.story.id)
      .executeTakeFirstOrThrow();
    expect(title.title).toBe('The harbour');
  });

  it('regression: a NUL or a broken character in an address gets 400, not 500', async () => {
    use();
    for (const path of [
      '/search?q=%00',
      '/stories/%00',
      '/stories/a%00b',
      '/themes/%00',
      '/search?q=%ED%A0%80',
      '/stories/%ED%A0%80',
      '/search?q=%C3%28',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain('characters in it that we cannot read');
    }
    expect((await get('/search?q=tea%20time')).status).toBe(200);
  });

  it('regression: the save API refuses a NUL or a lone surrogate with 400 and a plain message', async () => {
    use();
    const author = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [author]);
    const cookie = await sessionCookieFor(db(), author);
    const state = (text: string) =>
      JSON.stringify({
        state: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                textStyle: '',
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text,
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        },
        basedOn: 1,
      });
    for (const body of [
      state(`Tea${NUL} time`),
      // A lone surrogate, as JSON escapes it: PostgreSQL's jsonb refuses it.
      state('Tea time').replace('Tea time', 'Tea \\ud800 time'),
      state('Tea time').replace('Tea time', 'Tea \\udfff time'),
    ]) {
      const response = await postJson(`/api/stories/${story.id}/revisions`, cookie, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /invisible character/,
      );
    }
    const latest = await db()
      .selectFrom('stories')
      .select('latest_revision')
      .where('id', '=', story.id)
      .executeTakeFirstOrThrow();
    expect(latest.latest_revision).toBe(1);
    // A real emoji (a surrogate pair) is fine.
    const emoji = await postJson(
      `/api/stories/${story.id}/revisions`,
      cookie,
      state('Tea 🫖 time'),
    );
    expect(emoji.status).toBe(200);
  });

  it('regression: dates that do not exist, or could not be a birth date, get 400', async () => {
    use();
    const person = await makePerson(db(), { name: 'Dee Dates' });
    const cookie = await sessionCookieFor(db(), person);
    const admin = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    for (const date of [
      '2010-02-30',
      '2010-13-01',
      '0000-00-00',
      '9999-12-31',
      '1899-12-31',
      'soon',
    ]) {
      const profile = await post('/my/account', cookie, {
        displayName: 'Dee Dates',
        dateOfBirth: date,
      });
      expect(profile.status, `profile ${date}`).toBe(400);
      const invite = await post('/admin/people', admin, {
        intent: 'invite',
        email: `dee-${date}@example.test`,
        displayName: 'Dee',
        dateOfBirth: date,
      });
      expect(invite.status, `invite ${date}`).toBe(400);
    }
    const row = await db()
      .selectFrom('people')
      .select('date_of_birth')
      .where('id', '=', person)
      .executeTakeFirstOrThrow();
    expect(row.date_of_birth).toBeNull();
    expect(
      (await post('/my/account', cookie, { displayName: 'Dee Dates', dateOfBirth: '2000-02-29' }))
        .status,
    ).toBe(303);
  });
  it('regression: a made-up "done" in an address (the name of an object’s method) shows the page without a notice, not a 500', async () => {
    use();
    const w = await world(db());
    const pages = [`/groups/${w.group}/stories/${w.story.id}`, `/my/stories/${w.story.id}/answers`];
    for (const page of pages) {
      const plain = await (await get(page, w.cookies.member)).text();
      for (const done of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'nonsense']) {
        const response = await get(`${page}?done=${done}`, w.cookies.member);
        expect(response.status, `${page}?done=${done}`).toBe(200);
        const html = await response.text();
        // The same notices as with no "done" at all: none.
        expect(html.match(/class="notice/g)?.length ?? 0, `${page}?done=${done}`).toBe(
          plain.match(/class="notice/g)?.length ?? 0,
        );
      }
    }
  });
});
