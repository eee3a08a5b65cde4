/**
 * Turning 18: the parent's or carer's part ends on the birthday, nothing stops
 * silently, and the person is told and asked about each use in their own name
 * (keep or stop, one answer each).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import {
  appendConsentEvent,
  listConsentEventsForStory,
} from '#src/server/consent/consent.repository.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { findPublicationNow } from '#src/server/publishing/publications.repository.ts';
import { listStoryAuthorsForConsent } from '#src/server/writing/stories.repository.ts';
import { handleGuardianForm } from '#src/server/consent/approvals.ts';
import {
  handleTurningEighteenForm,
  loadTurningEighteen,
  tellWhoTurnedEighteen,
} from '#src/server/safeguarding/turning-eighteen.ts';
import type { ConsentChange } from '#src/domain/consent-change.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson, makeStory } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-eighteen-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'https://heard.example');
  vi.stubEnv('HEARD_TIME_ZONE', 'Europe/London');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const HOUR = 3_600_000;
/** Before the birthday: shared as a young person, with her parent's yes. */
const YOUNGER = new Date('2026-01-05T10:00:00Z');
/** Tia turns 18 on 10 March 2026. */
const BIRTHDAY_MORNING = new Date('2026-03-10T09:00:00Z');
const EVE = new Date('2026-03-09T21:00:00Z');

async function append(db: Db, storyId: string, change: ConsentChange, now: Date) {
  const result = await appendConsentEvent(db, storyId, change, { now });
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

async function mailFor(db: Db, personId: string) {
  const person = await db
    .selectFrom('User')
    .select('email')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return (await listOutboxMail(db, 500)).filter((mail) => mail.to_address === person.email);
}

/**
 * Tia (17, parent Gus) shared a story on the public website with Gus's yes,
 * and said yes to the newsletter, which still waits for Gus.
 */
async function tiaAt17(db: Db, dateOfBirth = '2008-03-10', at = YOUNGER) {
  const gus = await makePerson(db, { name: 'Gus Hart', roles: ['guardian'] });
  const tia = await makePerson(db, { name: 'Tia Hart', dateOfBirth });
  await linkGuardian(db, gus, tia);
  const story = await makeStory(db, [tia], { title: 'Saturday shift', now: at });
  const grant = (scope: 'public_site' | 'newsletter'): ConsentChange => ({
    kind: 'grant',
    actorId: tia,
    subjectId: tia,
    scope,
    anonymity: 'first_name',
    revisionNumber: 1,
  });
  await append(db, story.id, grant('public_site'), at);
  await append(
    db,
    story.id,
    {
      kind: 'guardian_approve',
      actorId: gus,
      subjectId: tia,
      scope: 'public_site',
      revisionNumber: 1,
    },
    new Date(at.getTime() + HOUR),
  );
  await append(db, story.id, grant('newsletter'), new Date(at.getTime() + 2 * HOUR));
  return { gus, tia, story };
}

describeEachDatabase('turning 18', ({ db, handle }) => {
  it('tells her on the birthday, once, and her parent that his part has ended; nothing stops', async () => {
    const { gus, tia, story } = await tiaAt17(db());
    expect(await tellWhoTurnedEighteen(db(), EVE)).toEqual({ told: 0 });
    expect(await loadTurningEighteen(db(), { id: tia, roles: [] }, EVE)).toBeUndefined();

    expect(await tellWhoTurnedEighteen(db(), BIRTHDAY_MORNING)).toEqual({ told: 1 });
    expect(await tellWhoTurnedEighteen(db(), new Date(BIRTHDAY_MORNING.getTime() + HOUR))).toEqual({
      told: 0,
    });

    const [toTia] = await mailFor(db(), tia);
    expect(toTia?.subject).toBe('You are 18 now: what you share is yours to decide');
    expect(toTia?.text_body).toContain('You turned 18 on 10 March 2026.');
    expect(toTia?.text_body).toContain(
      '- “Saturday shift”, on the public website, as Tia: the last day it is shared is 5 January 2027.',
    );
    expect(toTia?.text_body).toContain(
      '- “Saturday shift”, in the newsletter, as Tia: not shared yet, it was waiting for your parent or carer.',
    );
    expect(toTia?.text_body).toContain('Choose here: https://heard.example/my/turning-18');
    expect(toTia?.text_body).toContain('Nothing has stopped.');
    const toGus = await mailFor(db(), gus);
    expect(toGus.map((mail) => mail.subject)).toEqual(['Tia is 18 now']);
    expect(toGus[0]?.text_body).toContain(
      'You can no longer say yes to sharing their stories, or stop it.',
    );

    // Nothing stopped: the story is on the public website as before.
    expect(await findPublicationNow(db(), { storyId: story.id }, BIRTHDAY_MORNING)).toBeDefined();
    const page = await loadTurningEighteen(db(), { id: tia, roles: [] }, BIRTHDAY_MORNING);
    expect(page?.birthday).toBe('10 March 2026');
    expect(page?.items.map((item) => [item.scope, item.state, item.live])).toEqual([
      ['public_site', 'shared', true],
      ['newsletter', 'waiting', false],
    ]);
  });

  it('two instances running the job at once tell her once', async () => {
    const { tia } = await tiaAt17(db());
    const results = await Promise.all([
      tellWhoTurnedEighteen(db(), BIRTHDAY_MORNING),
      tellWhoTurnedEighteen(db(), BIRTHDAY_MORNING),
    ]);
    expect(results.reduce((sum, result) => sum + result.told, 0)).toBe(1);
    expect(await mailFor(db(), tia)).toHaveLength(1);
  });

  it('her parent can no longer stop or approve anything', async () => {
    const { gus, tia, story } = await tiaAt17(db());
    const guardian = { id: gus, roles: ['guardian' as const] };
    for (const intent of ['stop', 'approve']) {
      const answer = await handleGuardianForm(
        db(),
        guardian,
        formData({ intent, story: story.id, ward: tia, scope: 'newsletter', revision: '1' }),
        BIRTHDAY_MORNING,
      );
      expect(answer).toMatchObject({ ok: false, status: 404 });
    }
    const direct = await appendConsentEvent(
      db(),
      story.id,
      { kind: 'guardian_withdraw', actorId: gus, subjectId: tia, scope: 'public_site' },
      { now: BIRTHDAY_MORNING },
    );
    expect(direct).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await findPublicationNow(db(), { storyId: story.id }, BIRTHDAY_MORNING)).toBeDefined();
  });

  it('keep is a yes in her own name to exactly what runs; stop takes it down; the parent hears nothing', async () => {
    const { gus, tia, story } = await tiaAt17(db());
    const me = { id: tia, roles: [] };
    const now = BIRTHDAY_MORNING;
    const before = await listConsentEventsForStory(db(), story.id);
    const newsletterYes = before.find((e) => e.scope === 'newsletter' && e.kind === 'grant');

    const kept = await handleTurningEighteenForm(
      db(),
      me,
      formData({ story: story.id, scope: 'newsletter', answer: 'keep' }),
      now,
    );
    expect(kept).toMatchObject({ ok: true, answer: 'keep', title: 'Saturday shift' });
    const events = await listConsentEventsForStory(db(), story.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'grant',
      actorId: tia,
      subjectId: tia,
      scope: 'newsletter',
      anonymity: 'first_name',
      revisionNumber: 1,
      expiresAt: newsletterYes?.expiresAt,
      guardianRequired: false,
    });
    const authors = await listStoryAuthorsForConsent(db(), story.id);
    expect(decideVisibility({ authors, events, scope: 'newsletter', now }).visible).toBe(true);

    const stopped = await handleTurningEighteenForm(
      db(),
      me,
      formData({ story: story.id, scope: 'public_site', answer: 'stop' }),
      now,
    );
    expect(stopped).toMatchObject({ ok: true, answer: 'stop' });
    expect(await findPublicationNow(db(), { storyId: story.id }, now)).toBeUndefined();
    expect(await loadTurningEighteen(db(), me, now)).toBeUndefined();
    // Her receipts came; her parent heard nothing of either.
    const subjects = (await mailFor(db(), tia)).map((mail) => mail.subject);
    expect(subjects.length).toBeGreaterThanOrEqual(2);
    expect(await mailFor(db(), gus)).toEqual([]);
    expect((await verifyLedger(db())).ok).toBe(true);
  });

  it('refuses what is not hers to answer, writing nothing', async () => {
    const { tia, story } = await tiaAt17(db());
    const ann = await makePerson(db(), { name: 'Ann Other', dateOfBirth: '1970-01-01' });
    const count = async () => (await listConsentEventsForStory(db(), story.id)).length;
    const before = await count();
    const tries: [string, Record<string, string>, number][] = [
      [tia, { story: story.id, scope: 'newsletter' }, 400],
      [tia, { story: story.id, scope: 'newsletter', answer: 'maybe' }, 400],
      [tia, { story: story.id, scope: 'press', answer: 'keep' }, 404],
      [tia, { story: 'not-a-story', scope: 'newsletter', answer: 'keep' }, 404],
      [tia, { story: story.id, scope: 'news\u0000letter', answer: 'keep' }, 404],
      [ann, { story: story.id, scope: 'newsletter', answer: 'keep' }, 404],
    ];
    for (const [who, fields, status] of tries) {
      const answer = await handleTurningEighteenForm(
        db(),
        { id: who, roles: [] },
        formData(fields),
        BIRTHDAY_MORNING,
      );
      expect(answer, JSON.stringify(fields)).toMatchObject({ ok: false, status });
    }
    expect(await count()).toBe(before);
  });

  it('the page and the note on My stories, through the app', async () => {
    // The app's own address, so its cookies are the plain ones a test signs in with.
    vi.unstubAllEnvs();
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    // 18 five days ago, by the real clock the app runs on.
    const now = new Date();
    const born = new Date(now.getTime() - 5 * 24 * HOUR);
    born.setUTCFullYear(born.getUTCFullYear() - 18);
    const { tia } = await tiaAt17(
      db(),
      born.toISOString().slice(0, 10),
      new Date(now.getTime() - 40 * 24 * HOUR),
    );
    const cookie = await sessionCookieFor(db(), tia);
    const get = async (path: string) => {
      const response = await fetch(`${app?.url ?? ''}${path}`, { headers: { cookie } });
      return { status: response.status, text: (await response.text()).replace(/\s+/g, ' ') };
    };
    expect((await get('/my')).text).toContain('You are 18 now, so you decide on your own');
    const page = await get('/my/turning-18');
    expect(page.text).toContain('“Saturday shift” on the public website: keep sharing it?');
    expect(page.text).toContain('“Saturday shift” in the newsletter: share it?');

    const post = (fields: Record<string, string>) =>
      fetch(`${app?.url ?? ''}/my/turning-18`, {
        method: 'POST',
        headers: { cookie, origin: app?.url ?? '' },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    const storyId = /name="story" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const nothing = await post({ story: storyId, scope: 'public_site' });
    expect(nothing.status).toBe(400);
    expect(await nothing.text()).toContain('Choose keep sharing or stop sharing.');
    const keep = await post({ story: storyId, scope: 'public_site', answer: 'keep' });
    expect(keep.status).toBe(303);
    const after = await get(keep.headers.get('location') ?? '');
    expect(after.text).toContain('Done: it is shared on your own yes now.');
    expect(after.text).not.toContain('on the public website: keep sharing it?');
  });
});
