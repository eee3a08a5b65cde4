/**
 * Comms staff ask, contributors decide: making a request within the
 * rules and the cap, stories offered for asking, the contributor's answer (a yes
 * is a ledger grant with its receipt), lapsing, logging uses, takedown tasks on
 * withdrawal, expiry and erasure, and the fairness view.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Role } from '#src/domain/roles.ts';
import { eraseAccount } from '#src/server/accounts/account.ts';
import type { Db } from '#src/server/platform/db.ts';
import { createLocalMediaStore, type MediaStore } from '#src/server/media/storage.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import {
  answerRequest,
  changeOpenToRequests,
  loadMyRequests,
} from '#src/server/requests/answers.ts';
import { createRequest, loadNewRequest } from '#src/server/requests/asking.ts';
import { loadStaffStories } from '#src/server/requests/askable.ts';
import { readRequestCap, saveRequestCap } from '#src/server/requests/request-cap.ts';
import {
  cancelRequest,
  loadFairness,
  loadStaffRequest,
  loadStaffRequests,
  loadStoryUses,
  logUse,
} from '#src/server/requests/uses.ts';
import {
  closeTakedown,
  loadTakedowns,
  runRequestHousekeeping,
} from '#src/server/requests/takedowns.ts';
import { handleGuardianForm } from '#src/server/consent/approvals.ts';
import { sendSharingForm } from './support/sharing.ts';
import { describeEachDatabase } from './support/databases.ts';
import { emailOf as emailOfPerson, formData, makePerson, makeStory } from './support/fixtures.ts';
import { grantPublic } from './support/published.ts';

// Every link in an email comes from the public address (src/server/http/public-address.ts).
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'http://heard.test');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const T0 = new Date('2026-03-03T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const day = (moment: Date) => moment.toISOString().slice(0, 10);

const as = (id: string, ...roles: Role[]) => ({ id, roles });
const contributor = (id: string) => as(id, 'contributor');
const comms = (id: string) => as(id, 'comms');
const admin = (id: string) => as(id, 'admin');

const PARAGRAPHS = [
  'I started at the mill when I was fourteen.',
  'The noise was the first thing you noticed, and the last thing you forgot.',
  'We sang to keep awake on the night shift.',
];
const EXCERPT = 'The noise was the first thing you noticed, and the last thing you forgot.';
const PURPOSE = 'The spring newsletter, about what the mill meant to people here.';
const AUDIENCE = 'About 400 members and supporters who get the newsletter.';

const requestForm = (fields: Record<string, string> = {}) =>
  formData({
    channel: 'newsletter',
    purpose: PURPOSE,
    audience: AUDIENCE,
    excerpt: EXCERPT,
    anonymity: 'named',
    startsOn: '2026-03-03',
    endsOn: '2026-05-31',
    message: 'We loved this story.',
    ...fields,
  });

/** A request made at `now`, running for 30 days from that day. */
const datesFrom = (now: Date) => ({
  startsOn: day(now),
  endsOn: day(new Date(now.getTime() + 30 * DAY)),
});

/** Builders and readers bound to the running test's database. */
function helpers(db: () => Db) {
  const emailOf = (personId: string): Promise<string> => emailOfPerson(db(), personId);
  return {
    /** A story by these authors, on the public site with each author's first name. */
    async publicStory(authors: string[], title = 'The mill') {
      const story = await makeStory(db(), authors, { title, paragraphs: PARAGRAPHS, now: T0 });
      for (const author of authors) await grantPublic(db(), story.id, author, 1, { now: T0 });
      return story;
    },
    /** A story shared only with the group by each author (not public, not a draft). */
    async groupStory(authors: string[], title = 'Night shift') {
      const story = await makeStory(db(), authors, { title, paragraphs: PARAGRAPHS, now: T0 });
      for (const author of authors) {
        const result = await appendConsentEvent(
          db(),
          story.id,
          {
            kind: 'grant',
            actorId: author,
            subjectId: author,
            scope: 'group',
            anonymity: 'first_name',
            revisionNumber: 1,
          },
          { now: T0 },
        );
        if (!result.ok) throw new Error(result.reason);
      }
      return story;
    },
    async ask(
      storyId: string,
      staffId: string,
      now = T0,
      fields: Record<string, string> = {},
    ): Promise<string> {
      const result = await createRequest(db(), comms(staffId), storyId, requestForm(fields), now);
      if (!result.ok) throw new Error(result.message);
      return result.requestId;
    },
    answer(personId: string, requestId: string, answer: string, now = at(1)) {
      return answerRequest(
        db(),
        contributor(personId),
        formData({ request: requestId, answer }),
        now,
      );
    },
    async status(requestId: string) {
      const row = await db()
        .selectFrom('feature_requests')
        .select('status')
        .where('id', '=', requestId)
        .executeTakeFirstOrThrow();
      return row.status;
    },
    emailOf,
    async mailTo(personId: string) {
      return db()
        .selectFrom('mail_outbox')
        .select(['to_address', 'subject', 'text_body'])
        .where('to_address', '=', await emailOf(personId))
        .orderBy('created_at')
        .execute();
    },
    async count(table: 'feature_requests' | 'mail_outbox' | 'consent_events' | 'takedown_tasks') {
      return (await db().selectFrom(table).selectAll().execute()).length;
    },
    async grantsFor(requestId: string) {
      return db()
        .selectFrom('consent_events')
        .selectAll()
        .where('request_id', '=', requestId)
        .execute();
    },
    async tasks() {
      return db().selectFrom('takedown_tasks').selectAll().orderBy('created_at').execute();
    },
  };
}

describeEachDatabase('asking to use a story', ({ db }) => {
  const h = helpers(db);

  it('stores a request on a public story, emails the author, who sees it in plain words and Easy Read with an exact preview', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const stranger = await makePerson(db(), { name: 'Not Asked' });
    const story = await h.publicStory([margaret]);

    const made = await createRequest(db(), comms(chris), story.id, requestForm(), T0);
    expect(made.ok).toBe(true);
    if (!made.ok) return;

    const stored = await db()
      .selectFrom('feature_requests')
      .selectAll()
      .where('id', '=', made.requestId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      story_id: story.id,
      requested_by: chris,
      channel: 'newsletter',
      purpose: PURPOSE,
      audience: AUDIENCE,
      excerpt: EXCERPT,
      revision_number: 1,
      anonymity: 'named',
      starts_on: '2026-03-03',
      ends_on: '2026-05-31',
      status: 'open',
    });
    // Asking changes no consent: the only ledger event is the public-site yes.
    expect(await h.count('consent_events')).toBe(1);

    const mail = await h.mailTo(margaret);
    expect(mail).toHaveLength(1);
    // The person asking is named, and the link opens that request.
    expect(mail[0]?.subject).toBe('Chris Lane asks: may we use your story “The mill”?');
    expect(mail[0]?.text_body).toContain('Chris Lane, at ');
    expect(mail[0]?.text_body).toContain('Hello Margaret,');
    expect(mail[0]?.text_body).toContain('in the newsletter');
    expect(mail[0]?.text_body).toContain(
      'No is fine. You do not have to give a reason, and nothing else changes.',
    );
    expect(mail[0]?.text_body).toContain('If you do not answer by 2 April 2026, the answer is no.');
    expect(mail[0]?.text_body).toContain(`http://heard.test/my/requests/${made.requestId}`);

    const mine = await loadMyRequests(db(), contributor(margaret), T0);
    expect(mine.past).toEqual([]);
    expect(mine.openToRequests).toBe(false);
    expect(mine.waiting).toHaveLength(1);
    const waiting = mine.waiting[0];
    expect(waiting?.request).toMatchObject({ id: made.requestId, status: 'open' });
    expect(waiting?.needsGuardian).toBe(false);
    expect(waiting?.words.plain).toEqual([
      { label: 'Who is asking', text: 'Chris Lane' },
      { label: 'Where', text: 'The newsletter' },
      { label: 'What they want to use', text: 'The part shown below' },
      { label: 'What for', text: PURPOSE },
      { label: 'Who will see it', text: AUDIENCE },
      { label: 'How you are named', text: 'Margaret Hughes' },
      { label: 'When', text: 'From 3 March 2026 to 31 May 2026' },
    ]);
    const easyRead = waiting?.words.easyRead.map((line) => line.text);
    expect(easyRead).toContain('Chris Lane wants to use a part of your story.');
    expect(easyRead).toContain('Your name would show as: Margaret Hughes.');
    expect(easyRead).toContain('You can say yes, yes without your name, or no. No is fine.');
    expect(easyRead).toContain('You do not have to say why.');
    expect(easyRead).toContain('If you do not answer by 2 April 2026, the answer is no.');
    expect(waiting?.preview).toEqual({
      title: 'The mill',
      byline: 'Margaret Hughes',
      excerpt: EXCERPT,
      view: null,
      anonymity: 'named',
    });
    expect(waiting?.previewWithoutName).toEqual({
      title: 'The mill',
      byline: 'Anonymous',
      excerpt: EXCERPT,
      view: null,
      anonymity: 'anonymous',
    });

    // Nobody else is asked.
    expect((await loadMyRequests(db(), contributor(stranger), T0)).waiting).toEqual([]);

    // Staff see it waiting, and the story now has an open request.
    const list = await loadStaffRequests(db(), comms(chris), T0);
    expect(list?.map((r) => [r.request.id, r.statusWords])).toEqual([
      [made.requestId, 'Waiting for an answer'],
    ]);
    const stories = await loadStaffStories(db(), comms(chris), T0);
    expect(stories?.publicStories).toMatchObject([
      { storyId: story.id, byline: 'Margaret', openRequest: true, requestsLeft: 1 },
    ]);
    expect(await loadStaffRequests(db(), contributor(margaret), T0)).toBeUndefined();
  });

  it('refuses bad requests in plain words and writes nothing', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const story = await h.publicStory([margaret]);
    const draft = await makeStory(db(), [margaret], { title: 'Never shared', now: T0 });
    const create = (viewer: ReturnType<typeof as>, storyId: string, fields = {}) =>
      createRequest(db(), viewer, storyId, requestForm(fields), T0);

    expect(await create(contributor(margaret), story.id)).toEqual({
      ok: false,
      status: 403,
      message: 'Only comms staff can ask to use a story.',
    });
    expect(await create(comms(chris), draft.id)).toEqual({
      ok: false,
      status: 404,
      message: 'This story is not open to requests.',
    });
    expect(await create(comms(chris), 'not-a-uuid')).toMatchObject({ ok: false, status: 404 });

    const notWordForWord = await create(comms(chris), story.id, {
      excerpt: 'The noise was deafening, and nobody forgot it.',
    });
    expect(notWordForWord).toMatchObject({ ok: false, status: 400 });
    expect(!notWordForWord.ok && notWordForWord.errors?.['excerpt']).toMatch(/exactly/);

    const noPurpose = await create(comms(chris), story.id, { purpose: '  ' });
    expect(noPurpose).toMatchObject({
      ok: false,
      status: 400,
      errors: { purpose: 'Say what you want to use it for.' },
    });
    const noChannel = await create(comms(chris), story.id, { channel: 'public_site' });
    expect(noChannel).toMatchObject({
      ok: false,
      status: 400,
      errors: { channel: 'Choose where you want to use the story.' },
    });

    const datesMessage =
      'Choose a start date from today, and an end date after it and no more than 12 months away.';
    for (const dates of [
      { startsOn: '2026-03-02' }, // yesterday
      { startsOn: '2026-04-10', endsOn: '2026-04-09' }, // ends before it starts
      { endsOn: '2027-03-03' }, // 12 months away
      { endsOn: '2026-02-30' }, // not a day
    ]) {
      const result = await create(comms(chris), story.id, dates);
      expect(result, JSON.stringify(dates)).toMatchObject({ ok: false, status: 400 });
      if (!result.ok && dates.endsOn !== '2026-02-30') expect(result.message).toBe(datesMessage);
    }
    expect(await h.count('feature_requests')).toBe(0);
    expect(await h.count('mail_outbox')).toBe(0);

    // The last day before 12 months on is allowed; then one open request per story.
    expect(await create(comms(chris), story.id, { endsOn: '2027-03-02' })).toMatchObject({
      ok: true,
    });
    expect(await create(comms(chris), story.id)).toMatchObject({
      ok: false,
      status: 409,
      message: 'This story already has a request waiting for an answer.',
    });
    expect(await h.count('feature_requests')).toBe(1);
    expect(await h.count('mail_outbox')).toBe(1);
  });

  it('caps requests to one person across their stories, and counts only the period', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const first = await h.publicStory([ann], 'First story');
    const second = await h.publicStory([ann], 'Second story');

    const one = await h.ask(first.id, chris, T0, datesFrom(T0));
    expect((await h.answer(ann, one, 'no', T0)).ok).toBe(true);
    // A request taken back was a mistake put right: it does not count.
    const mistake = await h.ask(second.id, chris, at(1), datesFrom(at(1)));
    expect(await cancelRequest(db(), comms(chris), mistake, at(1))).toEqual({ ok: true });
    expect(await cancelRequest(db(), comms(chris), mistake, at(1))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await h.status(mistake)).toBe('cancelled');
    const two = await h.ask(second.id, chris, at(2), datesFrom(at(2)));
    expect((await h.answer(ann, two, 'no', at(2))).ok).toBe(true);

    const capMessage =
      'Someone who wrote this story has had 2 requests in the last 90 days, which is the most we ask anyone. Ask someone else.';
    const third = await createRequest(
      db(),
      comms(chris),
      first.id,
      requestForm(datesFrom(at(3))),
      at(3),
    );
    expect(third).toEqual({
      ok: false,
      status: 409,
      message: capMessage,
      errors: { form: capMessage },
    });
    const page = await loadNewRequest(db(), comms(chris), first.id, at(3));
    expect(page).toMatchObject({ blocked: capMessage, story: { requestsLeft: 0 } });
    expect(
      await createRequest(db(), comms(chris), first.id, requestForm(datesFrom(at(89))), at(89)),
    ).toMatchObject({ ok: false, status: 409, message: capMessage });
    expect(await h.count('feature_requests')).toBe(3);

    // 91 days after the first request it no longer counts.
    expect(await h.ask(first.id, chris, at(91), datesFrom(at(91)))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets an admin change the cap, and refuses a bad cap', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const boss = await makePerson(db(), { name: 'Ada Admin', roles: ['admin'] });
    const first = await h.publicStory([ann], 'First story');
    const second = await h.publicStory([ann], 'Second story');
    const save = (viewer: ReturnType<typeof as>, fields: Record<string, string>) =>
      saveRequestCap(db(), viewer, formData(fields), T0);

    expect(await readRequestCap(db())).toEqual({ requests: 2, days: 90 });
    expect(await save(comms(chris), { requests: '5', days: '30' })).toMatchObject({
      ok: false,
      status: 403,
    });
    const bad: [Record<string, string>, string][] = [
      [{ requests: '0', days: '90' }, 'Allow at least 1 request.'],
      [{ requests: 'abc', days: '90' }, 'Write how many requests, as a number.'],
      [{ requests: '1.5', days: '90' }, 'Write how many requests, as a whole number.'],
      [{ requests: '2', days: '400' }, 'Choose no more than 365 days.'],
      [{ requests: '2', days: '3' }, 'Choose at least 7 days.'],
    ];
    for (const [fields, message] of bad) {
      expect(await save(admin(boss), fields), JSON.stringify(fields)).toEqual({
        ok: false,
        status: 400,
        message,
      });
    }
    expect(await readRequestCap(db())).toEqual({ requests: 2, days: 90 });

    expect(await save(admin(boss), { requests: '1', days: '30' })).toEqual({
      ok: true,
      cap: { requests: 1, days: 30 },
    });
    expect(await readRequestCap(db())).toEqual({ requests: 1, days: 30 });
    const one = await h.ask(first.id, chris, T0, datesFrom(T0));
    expect((await h.answer(ann, one, 'no', T0)).ok).toBe(true);
    const capped = await createRequest(
      db(),
      comms(chris),
      second.id,
      requestForm(datesFrom(at(1))),
      at(1),
    );
    expect(capped).toMatchObject({ ok: false, status: 409 });
    expect(!capped.ok && capped.message).toMatch(
      /^Someone who wrote this story has had 1 requests? in the last 30 days/,
    );
    // The shorter period frees Ann sooner than the default 90 days would.
    expect(await h.ask(second.id, chris, at(31), datesFrom(at(31)))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers a story that is not public only when every author is open to asking and has shared it', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const bo = await makePerson(db(), { name: 'Bo Dean' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const draft = await makeStory(db(), [ann], { title: 'Draft', paragraphs: PARAGRAPHS, now: T0 });
    const story = await h.groupStory([ann, bo]);
    const offered = async () =>
      (await loadStaffStories(db(), comms(chris), T0))?.offered.map((s) => s.storyId);
    const wholeStory = { excerpt: '' };

    expect(
      await changeOpenToRequests(db(), contributor(ann), formData({ open: 'maybe' })),
    ).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await changeOpenToRequests(db(), contributor(ann), formData({ open: 'yes' }))).toEqual({
      ok: true,
      open: true,
    });
    // Bo has not said he is open to being asked; Ann's draft was never shared.
    expect(await offered()).toEqual([]);
    for (const storyId of [story.id, draft.id]) {
      expect(
        await createRequest(db(), comms(chris), storyId, requestForm(wholeStory), T0),
      ).toMatchObject({ ok: false, status: 404, message: 'This story is not open to requests.' });
    }

    expect((await changeOpenToRequests(db(), contributor(bo), formData({ open: 'yes' }))).ok).toBe(
      true,
    );
    expect((await loadMyRequests(db(), contributor(bo), T0)).openToRequests).toBe(true);
    const staffStories = await loadStaffStories(db(), comms(chris), T0);
    expect(staffStories?.publicStories).toEqual([]);
    expect(staffStories?.offered).toEqual([
      {
        storyId: story.id,
        title: 'Night shift',
        language: 'en',
        kind: 'life_story',
        byline: 'Ann and Bo',
        slug: null,
        excerpt: null,
        openRequest: false,
        requestsLeft: 2,
      },
    ]);
    // Titles and first names only: staff never read a story not shared with them.
    const seen = JSON.stringify(staffStories);
    for (const paragraph of PARAGRAPHS) expect(seen).not.toContain(paragraph);
    expect(seen).not.toContain('Cole');
    expect((await loadNewRequest(db(), comms(chris), story.id, T0))?.publicText).toBeNull();

    // Words cannot be chosen from a story staff cannot read.
    const withExcerpt = await createRequest(db(), comms(chris), story.id, requestForm(), T0);
    expect(withExcerpt).toMatchObject({
      ok: false,
      status: 400,
      errors: { excerpt: 'Leave this empty: you will ask about the whole story.' },
    });
    expect(await h.count('feature_requests')).toBe(0);

    const requestId = await h.ask(story.id, chris, T0, wholeStory);
    const row = await db()
      .selectFrom('feature_requests')
      .select(['excerpt', 'revision_number'])
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ excerpt: null, revision_number: 1 });
    expect((await h.mailTo(ann)).map((m) => m.subject)).toEqual([
      'Chris Lane asks: may we use your story “Night shift”?',
    ]);
    expect((await h.mailTo(bo)).map((m) => m.subject)).toEqual([
      'Chris Lane asks: may we use your story “Night shift”?',
    ]);

    // The person asked sees the whole story exactly as it would be used.
    const [waiting] = (await loadMyRequests(db(), contributor(ann), T0)).waiting;
    expect(waiting?.words.plain).toContainEqual({
      label: 'What they want to use',
      text: 'The whole story',
    });
    expect(waiting?.words.easyRead.map((l) => l.text)).toContain(
      'Chris Lane wants to use your whole story.',
    );
    expect(waiting?.preview.excerpt).toBeNull();
    expect(waiting?.preview.byline).toBe('Ann Cole and Bo Dean');
    const view = waiting?.preview.view;
    expect(view?.ok).toBe(true);
    for (const paragraph of PARAGRAPHS) expect(view?.ok && view.html).toContain(paragraph);
    expect(waiting?.previewWithoutName.byline).toBe('Bo Dean and an anonymous co-author');
    expect(waiting?.previewWithoutName.anonymity).toBe('anonymous');

    // Before any answer, staff still see nothing of the text.
    const staffPage = await loadStaffRequest(db(), comms(chris), requestId, T0);
    expect(staffPage).toMatchObject({ usable: false, content: null });
    expect((await loadStaffStories(db(), comms(chris), T0))?.offered[0]?.openRequest).toBe(true);

    // Turning it off takes the story off the list at once.
    await changeOpenToRequests(db(), contributor(bo), formData({ open: 'no' }));
    expect(await offered()).toEqual([]);
  });
});

describeEachDatabase('answering a request', ({ db }) => {
  const h = helpers(db);

  it('turns a yes into a ledger grant for the use, with a receipt, and staff may use it', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const stranger = await makePerson(db(), { name: 'Not Asked' });
    const story = await h.publicStory([margaret]);
    const requestId = await h.ask(story.id, chris);
    const before = await h.count('consent_events');

    // Refusals first: none of them writes anything.
    expect(await h.answer(margaret, requestId, 'maybe')).toEqual({
      ok: false,
      status: 400,
      message: 'Choose yes, yes without my name, or no.',
    });
    expect(await h.answer(stranger, requestId, 'yes')).toEqual({
      ok: false,
      status: 404,
      message: 'There is no such request.',
    });
    expect(await h.answer(margaret, 'not-a-uuid', 'yes')).toMatchObject({ ok: false, status: 404 });
    expect(await h.count('consent_events')).toBe(before);
    expect(await h.status(requestId)).toBe('open');

    const answered = await h.answer(margaret, requestId, 'yes');
    expect(answered).toMatchObject({ ok: true, answer: 'yes', storyId: story.id });
    const grants = await h.grantsFor(requestId);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({
      id: answered.ok ? answered.eventId : '',
      story_id: story.id,
      kind: 'grant',
      subject_id: margaret,
      actor_id: margaret,
      scope: 'newsletter',
      anonymity: 'named',
      revision_number: 1,
      // To the end of the use's last day in the organisation's time zone
      // (London, on summer time on 31 May).
      expires_at: new Date('2026-05-31T23:00:00Z'),
    });
    expect(await h.status(requestId)).toBe('accepted');
    const answers = await db().selectFrom('feature_request_answers').selectAll().execute();
    expect(answers).toMatchObject([
      {
        request_id: requestId,
        person_id: margaret,
        answer: 'yes',
        consent_event_id: grants[0]?.id,
      },
    ]);

    // The receipt for the yes, and word to the person who asked.
    const mine = await h.mailTo(margaret);
    expect(mine).toHaveLength(2);
    expect(mine[1]?.text_body).toContain('newsletter');
    expect((await h.mailTo(chris)).map((m) => m.subject)).toEqual([
      'Your request to use “The mill”: Yes',
    ]);

    const staffPage = await loadStaffRequest(db(), comms(chris), requestId, at(1));
    expect(staffPage).toMatchObject({
      statusWords: 'Yes',
      usable: true,
      notUsableBecause: null,
      content: {
        title: 'The mill',
        byline: 'Margaret Hughes',
        excerpt: EXCERPT,
        view: null,
        anonymity: 'named',
      },
    });
    expect(await loadStaffRequest(db(), contributor(margaret), requestId, at(1))).toBeUndefined();

    const myRequests = await loadMyRequests(db(), contributor(margaret), at(1));
    expect(myRequests.waiting).toEqual([]);
    expect(myRequests.past).toMatchObject([
      { id: requestId, myAnswer: 'yes', outcome: 'You said yes' },
    ]);

    // Answering twice changes nothing.
    expect(await h.answer(margaret, requestId, 'no', at(2))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await h.grantsFor(requestId)).toHaveLength(1);
    expect(await h.status(requestId)).toBe('accepted');
    expect((await verifyLedger(db())).ok).toBe(true);
  });

  it('regression: names authors on the staff page by consent at the given clock, not the wall clock', async () => {
    // A clock far from today: with the wall clock, the yes below has "not happened
    // yet" (or has long expired), and the byline fell back to "Anonymous".
    const future = new Date('2040-06-10T10:00:00Z');
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const story = await makeStory(db(), [margaret], { paragraphs: PARAGRAPHS, now: future });
    await grantPublic(db(), story.id, margaret, 1, { now: future });
    const requestId = await h.ask(story.id, chris, future, {
      startsOn: '2040-06-10',
      endsOn: '2040-07-10',
    });
    expect((await h.answer(margaret, requestId, 'yes', future)).ok).toBe(true);
    expect(await loadStaffRequest(db(), comms(chris), requestId, future)).toMatchObject({
      usable: true,
      content: { byline: 'Margaret Hughes', excerpt: EXCERPT },
    });
  });

  it('records yes without my name as an anonymous grant', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const story = await h.publicStory([margaret]);
    const requestId = await h.ask(story.id, chris);

    expect((await h.answer(margaret, requestId, 'yes_anonymous')).ok).toBe(true);
    expect(await h.grantsFor(requestId)).toMatchObject([
      { scope: 'newsletter', anonymity: 'anonymous', kind: 'grant' },
    ]);
    expect(await h.status(requestId)).toBe('accepted_anonymous');
    const staffPage = await loadStaffRequest(db(), comms(chris), requestId, at(1));
    expect(staffPage).toMatchObject({
      statusWords: 'Yes, without their name',
      usable: true,
      content: { byline: 'Anonymous', excerpt: EXCERPT, anonymity: 'anonymous' },
    });
    expect(JSON.stringify(staffPage?.content)).not.toContain('Margaret');
    expect((await loadMyRequests(db(), contributor(margaret), at(1))).past).toMatchObject([
      { outcome: 'You said yes, without your name' },
    ]);
  });

  it('records a no and nothing else: staff see only “Declined”', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const story = await h.publicStory([margaret]);
    const requestId = await h.ask(story.id, chris);
    const before = await h.count('consent_events');
    const mailBefore = (await h.mailTo(margaret)).length;

    expect(await h.answer(margaret, requestId, 'no')).toEqual({
      ok: true,
      answer: 'no',
      eventId: null,
      storyId: story.id,
    });
    expect(await h.count('consent_events')).toBe(before);
    expect(await h.grantsFor(requestId)).toEqual([]);
    expect(await h.status(requestId)).toBe('declined');
    // No receipt for a no: nothing changed on the ledger.
    expect(await h.mailTo(margaret)).toHaveLength(mailBefore);
    expect((await h.mailTo(chris)).map((m) => m.subject)).toEqual([
      'Your request to use “The mill”: Declined',
    ]);

    const staffPage = await loadStaffRequest(db(), comms(chris), requestId, at(1));
    expect(staffPage).toMatchObject({
      statusWords: 'Declined',
      usable: false,
      notUsableBecause: null,
      content: null,
      uses: [],
    });
    expect(JSON.stringify(staffPage)).not.toMatch(/"no"|said no/);
    expect((await loadStaffRequests(db(), comms(chris), at(1)))?.map((r) => r.statusWords)).toEqual(
      ['Declined'],
    );
    expect((await loadMyRequests(db(), contributor(margaret), at(1))).past).toMatchObject([
      { myAnswer: 'no', outcome: 'You said no' },
    ]);
    expect(await h.answer(margaret, requestId, 'yes', at(2))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      await logUse(
        db(),
        comms(chris),
        requestId,
        formData({ whereUsed: 'The spring newsletter', link: '', usedOn: '2026-03-04' }),
        at(1),
      ),
    ).toMatchObject({ ok: false, status: 409 });
  });

  it('waits for every co-author; one no declines the use', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const bo = await makePerson(db(), { name: 'Bo Dean' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const together = await h.publicStory([ann, bo], 'Together');
    const again = await h.publicStory([ann, bo], 'Together again');

    const first = await h.ask(together.id, chris);
    expect((await h.mailTo(ann)).length).toBe(1);
    expect((await h.mailTo(bo)).length).toBe(1);
    expect((await h.answer(ann, first, 'yes')).ok).toBe(true);
    expect(await h.status(first)).toBe('open');
    expect((await loadMyRequests(db(), contributor(ann), at(1))).waiting).toEqual([]);
    expect(
      (await loadMyRequests(db(), contributor(bo), at(1))).waiting.map((w) => w.request.id),
    ).toEqual([first]);
    expect(await loadStaffRequest(db(), comms(chris), first, at(1))).toMatchObject({
      statusWords: 'Waiting for an answer',
      usable: false,
    });
    expect((await h.answer(bo, first, 'yes_anonymous', at(2))).ok).toBe(true);
    expect(await h.status(first)).toBe('accepted_anonymous');
    expect(await loadStaffRequest(db(), comms(chris), first, at(2))).toMatchObject({
      usable: true,
      content: { byline: 'Ann Cole and an anonymous co-author' },
    });

    const second = await h.ask(again.id, chris, at(2), datesFrom(at(2)));
    expect((await h.answer(ann, second, 'yes', at(3))).ok).toBe(true);
    expect((await h.answer(bo, second, 'no', at(3))).ok).toBe(true);
    expect(await h.status(second)).toBe('declined');
    expect(await loadStaffRequest(db(), comms(chris), second, at(3))).toMatchObject({
      statusWords: 'Declined',
      usable: false,
      content: null,
    });
    // Ann is told a co-author said no only as "not used", never who or why.
    const annPast = (await loadMyRequests(db(), contributor(ann), at(3))).past;
    expect(annPast.find((r) => r.id === second)).toMatchObject({
      status: 'declined',
      myAnswer: 'yes',
    });
    expect((await verifyLedger(db())).ok).toBe(true);
  });

  it('holds a young person’s yes until a parent or carer agrees, and tells the guardian', async () => {
    // Fifteen on the day of the request.
    const kayla = await makePerson(db(), { name: 'Kayla Brown', dateOfBirth: '2010-09-01' });
    const donna = await makePerson(db(), { name: 'Donna Brown', roles: ['guardian'] });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    await linkGuardian(db(), donna, kayla);
    const story = await h.groupStory([kayla], 'Saturday shift');
    await changeOpenToRequests(db(), contributor(kayla), formData({ open: 'yes' }));
    const requestId = await h.ask(story.id, chris, T0, { excerpt: '', anonymity: 'first_name' });

    const [waiting] = (await loadMyRequests(db(), contributor(kayla), T0)).waiting;
    expect(waiting?.needsGuardian).toBe(true);

    expect((await h.answer(kayla, requestId, 'yes')).ok).toBe(true);
    expect(await h.status(requestId)).toBe('accepted');
    const held = await loadStaffRequest(db(), comms(chris), requestId, at(1));
    expect(held?.usable).toBe(false);
    expect(held?.notUsableBecause).toMatch(/parent or carer/);
    expect(held?.content).toBeNull();
    const guardianMail = await h.mailTo(donna);
    expect(guardianMail.map((m) => m.subject)).toContain(
      'Kayla asked to share “Saturday shift”: it needs your answer',
    );
    expect(guardianMail.find((m) => m.subject.startsWith('Kayla asked'))?.text_body).toContain(
      'http://heard.test/my/approvals',
    );
    const use = formData({ whereUsed: 'The spring newsletter', link: '', usedOn: '2026-03-04' });
    expect(await logUse(db(), comms(chris), requestId, use, at(1))).toMatchObject({
      ok: false,
      status: 409,
      message: 'It is waiting for a parent or carer to agree. Do not use it yet.',
    });

    const approved = await handleGuardianForm(
      db(),
      as(donna, 'guardian'),
      formData({
        intent: 'approve',
        story: story.id,
        ward: kayla,
        scope: 'newsletter',
        revision: '1',
      }),
      at(2),
    );
    expect(approved.ok).toBe(true);
    const usable = await loadStaffRequest(db(), comms(chris), requestId, at(2));
    expect(usable).toMatchObject({ usable: true, notUsableBecause: null });
    expect(usable?.content?.byline).toBe('Kayla');
    const view = usable?.content?.view;
    expect(view?.ok && view.html).toContain(PARAGRAPHS[0]);
    expect(await logUse(db(), comms(chris), requestId, use, at(2))).toMatchObject({ ok: true });
    expect((await verifyLedger(db())).ok).toBe(true);
  });

  it('lapses a request unanswered for 30 days, and a late answer changes nothing', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const bo = await makePerson(db(), { name: 'Bo Dean' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const annStory = await h.publicStory([ann], 'Ann’s story');
    const boStory = await h.publicStory([bo], 'Bo’s story');
    const annRequest = await h.ask(annStory.id, chris);
    const boRequest = await h.ask(boStory.id, chris);

    expect(
      (await loadStaffRequests(db(), comms(chris), at(29)))?.map((r) => r.statusWords),
    ).toEqual(['Waiting for an answer', 'Waiting for an answer']);
    expect((await loadMyRequests(db(), contributor(ann), at(29))).waiting).toHaveLength(1);

    // Ann opens her requests page on day 30: it has lapsed as a no.
    const mine = await loadMyRequests(db(), contributor(ann), at(30));
    expect(mine.waiting).toEqual([]);
    expect(mine.past).toMatchObject([
      {
        id: annRequest,
        status: 'lapsed',
        myAnswer: null,
        outcome: 'No answer in 30 days, so the answer was no',
      },
    ]);
    expect(await h.status(annRequest)).toBe('lapsed');
    expect(await h.status(boRequest)).toBe('lapsed');
    expect(await h.answer(ann, annRequest, 'yes', at(30))).toEqual({
      ok: false,
      status: 409,
      message: 'This request is no longer waiting for an answer. Nothing was changed.',
    });
    expect(await h.grantsFor(annRequest)).toEqual([]);
    expect(
      (await loadStaffRequests(db(), comms(chris), at(30)))?.map((r) => r.statusWords),
    ).toEqual(['Declined (no answer in 30 days)', 'Declined (no answer in 30 days)']);

    // The hourly job lapses them too, with nobody looking.
    const carol = await makePerson(db(), { name: 'Carol King' });
    const carolStory = await h.publicStory([carol], 'Carol’s story');
    const carolRequest = await h.ask(carolStory.id, chris, at(30), datesFrom(at(30)));
    expect((await runRequestHousekeeping(db(), at(59))).lapsed).toBe(0);
    expect(await runRequestHousekeeping(db(), at(60))).toMatchObject({ lapsed: 1 });
    expect(await h.status(carolRequest)).toBe('lapsed');
    expect(await h.answer(carol, carolRequest, 'yes', at(60))).toMatchObject({
      ok: false,
      status: 409,
    });
  });
});

describeEachDatabase('uses and takedowns', ({ db }) => {
  const h = helpers(db);
  let mediaDir: string;
  let store: MediaStore;

  beforeEach(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'heard-requests-'));
    store = createLocalMediaStore(mediaDir);
  });

  afterEach(async () => {
    await rm(mediaDir, { recursive: true, force: true });
  });

  const useForm = (fields: Record<string, string> = {}) =>
    formData({
      whereUsed: 'The spring newsletter',
      link: 'https://example.org/spring',
      usedOn: '2026-03-04',
      ...fields,
    });

  /** Margaret's public story, asked about by Chris (comms) and answered yes on day 1. */
  async function agreedUse(fields: Record<string, string> = {}, answeredAt = at(1)) {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const story = await h.publicStory([margaret]);
    const requestId = await h.ask(story.id, chris, T0, fields);
    const answered = await h.answer(margaret, requestId, 'yes', answeredAt);
    if (!answered.ok) throw new Error(answered.message);
    return { margaret, chris, story, requestId };
  }

  it('logs a use only while it is agreed, within its dates and not in the future', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const story = await h.publicStory([margaret]);
    const requestId = await h.ask(story.id, chris);

    expect(await logUse(db(), comms(chris), requestId, useForm(), at(1))).toEqual({
      ok: false,
      status: 409,
      message: 'This use has not been agreed to, so it cannot be logged.',
    });
    expect((await h.answer(margaret, requestId, 'yes')).ok).toBe(true);

    expect(await logUse(db(), contributor(margaret), requestId, useForm(), at(1))).toMatchObject({
      ok: false,
      status: 403,
    });
    const badLink = await logUse(
      db(),
      comms(chris),
      requestId,
      useForm({ link: 'javascript:alert(1)' }),
      at(1),
    );
    expect(badLink).toMatchObject({
      ok: false,
      status: 400,
      errors: { link: 'A link starts with http:// or https://, or leave it empty.' },
    });
    expect(
      await logUse(db(), comms(chris), requestId, useForm({ whereUsed: ' ' }), at(1)),
    ).toMatchObject({
      ok: false,
      status: 400,
      errors: { whereUsed: 'Say where you used it, for example “the May newsletter”.' },
    });
    const datesMessage = 'Choose a day from 3 March 2026 to 31 May 2026, and not after today.';
    for (const usedOn of ['2026-03-02', '2026-03-05', '2026-06-01', 'last week']) {
      const result = await logUse(db(), comms(chris), requestId, useForm({ usedOn }), at(1));
      expect(result, usedOn).toMatchObject({
        ok: false,
        status: 400,
        errors: { usedOn: usedOn === 'last week' ? 'Choose the day you used it.' : datesMessage },
      });
    }
    expect(await db().selectFrom('feature_uses').selectAll().execute()).toEqual([]);

    const logged = await logUse(db(), comms(chris), requestId, useForm(), at(1));
    expect(logged).toMatchObject({ ok: true });
    const noLink = await logUse(
      db(),
      comms(chris),
      requestId,
      useForm({ whereUsed: 'The printed copy', link: '', usedOn: '2026-03-03' }),
      at(1),
    );
    expect(noLink.ok).toBe(true);

    const uses = await loadStoryUses(db(), contributor(margaret), story.id);
    expect(uses).toEqual([
      {
        channel: 'newsletter',
        whereUsed: 'The printed copy',
        link: null,
        usedOn: '2026-03-03',
        progress: 'Used in the newsletter: The printed copy, on 3 March 2026.',
        state: 'live',
      },
      {
        channel: 'newsletter',
        whereUsed: 'The spring newsletter',
        link: 'https://example.org/spring',
        usedOn: '2026-03-04',
        progress: 'Used in the newsletter: The spring newsletter, on 4 March 2026.',
        state: 'live',
      },
    ]);
    expect(await loadStoryUses(db(), comms(chris), story.id)).toBeUndefined();
    expect(await loadStoryUses(db(), contributor(chris), story.id)).toBeUndefined();
    expect((await loadStaffRequest(db(), comms(chris), requestId, at(1)))?.uses).toHaveLength(2);
  });

  it('turns a withdrawal into a takedown task in the same commit, emails comms, and tracks it to done', async () => {
    const { margaret, chris, story, requestId } = await agreedUse();
    const dana = await makePerson(db(), { name: 'Dana Comms', roles: ['comms'] });
    const boss = await makePerson(db(), { name: 'Ada Admin', roles: ['admin'] });
    const logged = await logUse(db(), comms(chris), requestId, useForm(), at(1));
    if (!logged.ok) throw new Error(logged.message);
    expect(await h.tasks()).toEqual([]);

    const stopped = await sendSharingForm(
      db(),
      contributor(margaret),
      story.id,
      formData({ intent: 'stop', scope: 'newsletter' }),
      at(2),
    );
    expect(stopped.ok).toBe(true);
    const tasks = await h.tasks();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      use_id: logged.useId,
      story_id: story.id,
      consent_event_id: stopped.ok ? stopped.eventId : '',
      status: 'open',
      channel: 'newsletter',
      story_title: 'The mill',
      where_used: 'The spring newsletter',
      link: 'https://example.org/spring',
      used_on: '2026-03-04',
      created_at: at(2),
      notified_at: at(2),
    });
    // The withdrawal event and its task share one commit: the task names the event.
    const withdrawal = await db()
      .selectFrom('consent_events')
      .select(['kind', 'scope'])
      .where('id', '=', tasks[0]?.consent_event_id ?? '')
      .executeTakeFirst();
    expect(withdrawal).toEqual({ kind: 'withdraw', scope: 'newsletter' });

    for (const staff of [chris, dana]) {
      const notice = (await h.mailTo(staff)).filter((m) => m.subject.startsWith('Take down'));
      expect(notice).toHaveLength(1);
      expect(notice[0]?.subject).toBe('Take down “The mill”: consent has ended');
      expect(notice[0]?.text_body).toContain('The spring newsletter (https://example.org/spring)');
      expect(notice[0]?.text_body).toContain('http://heard.test/staff/takedowns');
    }
    expect((await h.mailTo(boss)).filter((m) => m.subject.startsWith('Take down'))).toEqual([]);

    const list = await loadTakedowns(db(), comms(chris), at(2));
    expect(list?.done).toEqual([]);
    expect(list?.open).toMatchObject([
      {
        id: tasks[0]?.id,
        storyId: story.id,
        storyTitle: 'The mill',
        whereUsed: 'The spring newsletter',
        channel: 'newsletter',
        overdue: false,
      },
    ]);
    expect(await loadTakedowns(db(), contributor(margaret), at(2))).toBeUndefined();
    const staffPage = await loadStaffRequest(db(), comms(chris), requestId, at(2));
    expect(staffPage).toMatchObject({ usable: false, content: null });
    expect(staffPage?.notUsableBecause).toMatch(/stopped sharing/);
    expect(staffPage?.takedowns.map((t) => t.id)).toEqual([tasks[0]?.id]);
    expect(await logUse(db(), comms(chris), requestId, useForm(), at(2))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await loadStoryUses(db(), contributor(margaret), story.id))?.[0]).toMatchObject({
      state: 'taking-down',
      progress: 'Being taken down from The spring newsletter since 5 March 2026.',
    });

    const taskId = tasks[0]?.id ?? '';
    const close = (viewer: ReturnType<typeof as>, fields: Record<string, string>, now = at(3)) =>
      closeTakedown(db(), viewer, formData(fields), now);
    expect(await close(contributor(margaret), { task: taskId, note: '' })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await close(comms(chris), { task: 'nope', note: '' })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await close(comms(chris), { task: taskId, note: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await close(comms(chris), { task: taskId, note: 'Removed from the web archive.' }),
    ).toEqual({ ok: true });
    expect(await close(comms(dana), { task: taskId, note: '' }, at(4))).toMatchObject({
      ok: false,
      status: 409,
    });

    const after = await loadTakedowns(db(), comms(chris), at(3));
    expect(after?.open).toEqual([]);
    expect(after?.done).toMatchObject([
      {
        id: taskId,
        status: 'done',
        doneNote: 'Removed from the web archive.',
        doneByName: 'Chris Lane',
      },
    ]);
    expect(await loadStoryUses(db(), contributor(margaret), story.id)).toMatchObject([
      { state: 'removed', progress: 'Removed from The spring newsletter on 6 March 2026.' },
    ]);
    // Nothing is opened or sent twice.
    expect(await runRequestHousekeeping(db(), at(10))).toEqual({
      lapsed: 0,
      opened: 0,
      notified: 0,
      overdue: 0,
    });
    // The public site was a separate yes, and stays.
    expect(
      await db()
        .selectFrom('publications')
        .select('story_id')
        .where('story_id', '=', story.id)
        .execute(),
    ).toHaveLength(1);
    expect((await verifyLedger(db())).ok).toBe(true);
  });

  it('opens a task when the agreed time runs out, once, and tells admins when it is overdue', async () => {
    const { chris, requestId } = await agreedUse({ endsOn: '2026-03-31' }, T0);
    const boss = await makePerson(db(), { name: 'Ada Admin', roles: ['admin'] });
    expect(
      (await logUse(db(), comms(chris), requestId, useForm({ usedOn: '2026-03-03' }), T0)).ok,
    ).toBe(true);

    // 11 pm on the last day, London time: still within the agreed time.
    expect(await runRequestHousekeeping(db(), new Date('2026-03-31T22:00:00Z'))).toEqual({
      lapsed: 0,
      opened: 0,
      notified: 0,
      overdue: 0,
    });
    const expired = new Date('2026-04-01T06:00:00Z');
    expect(await runRequestHousekeeping(db(), expired)).toEqual({
      lapsed: 0,
      opened: 1,
      notified: 1,
      overdue: 0,
    });
    expect(await runRequestHousekeeping(db(), new Date(expired.getTime() + HOUR))).toEqual({
      lapsed: 0,
      opened: 0,
      notified: 0,
      overdue: 0,
    });
    const tasks = await h.tasks();
    expect(tasks).toMatchObject([
      { status: 'open', consent_event_id: null, channel: 'newsletter', created_at: expired },
    ]);
    expect(
      (await h.mailTo(chris))
        .filter((m) => m.subject.startsWith('Take down'))
        .map((m) => m.subject),
    ).toEqual(['Take down “The mill”: consent has ended']);
    const page = await loadStaffRequest(db(), comms(chris), requestId, expired);
    expect(page?.usable).toBe(false);
    expect(page?.notUsableBecause).toMatch(/time they agreed to has ended/);

    // Exactly 72 hours is not yet overdue; past it, admins are told once.
    const overdueAt = (hours: number) => new Date(expired.getTime() + hours * HOUR);
    expect((await runRequestHousekeeping(db(), overdueAt(72))).overdue).toBe(0);
    expect((await loadTakedowns(db(), comms(chris), overdueAt(72)))?.open[0]?.overdue).toBe(false);
    expect((await runRequestHousekeeping(db(), overdueAt(73))).overdue).toBe(1);
    expect((await runRequestHousekeeping(db(), overdueAt(80))).overdue).toBe(0);
    const adminMail = await h.mailTo(boss);
    expect(adminMail.map((m) => m.subject)).toEqual(['1 takedown task is overdue']);
    expect(adminMail[0]?.text_body).toContain(
      '“The mill” in the newsletter: The spring newsletter.',
    );
    expect((await h.mailTo(chris)).some((m) => m.subject.includes('overdue'))).toBe(false);
    expect((await loadTakedowns(db(), comms(chris), overdueAt(73)))?.open[0]?.overdue).toBe(true);
  });

  it('keeps the takedown task when the author erases their account', async () => {
    const { margaret, chris, story, requestId } = await agreedUse();
    const logged = await logUse(db(), comms(chris), requestId, useForm(), at(1));
    if (!logged.ok) throw new Error(logged.message);

    expect(await eraseAccount(db(), store, margaret, at(2))).toMatchObject({
      ok: true,
      storiesErased: 1,
    });
    expect(
      await db().selectFrom('stories').select('id').where('id', '=', story.id).execute(),
    ).toEqual([]);
    const tasks = await h.tasks();
    expect(tasks).toMatchObject([
      {
        story_id: null,
        use_id: null,
        status: 'open',
        channel: 'newsletter',
        story_title: 'The mill',
        where_used: 'The spring newsletter',
        link: 'https://example.org/spring',
        used_on: '2026-03-04',
      },
    ]);
    expect(
      (await h.mailTo(chris))
        .filter((m) => m.subject.startsWith('Take down'))
        .map((m) => m.subject),
    ).toEqual(['Take down “The mill”: consent has ended']);
    const list = await loadTakedowns(db(), comms(chris), at(2));
    expect(list?.open).toMatchObject([
      {
        id: tasks[0]?.id,
        storyId: null,
        storyTitle: 'The mill',
        whereUsed: 'The spring newsletter',
      },
    ]);
    expect(
      await closeTakedown(
        db(),
        comms(chris),
        formData({ task: tasks[0]?.id ?? '', note: '' }),
        at(3),
      ),
    ).toEqual({ ok: true });
    expect((await verifyLedger(db())).ok).toBe(true);
  });
});

describeEachDatabase('fairness', ({ db }) => {
  const h = helpers(db);

  it('counts who was featured and lists who offered but was never asked, without revealing a no', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const bo = await makePerson(db(), { name: 'Bo Dean' });
    const cy = await makePerson(db(), { name: 'Cy Evans' });
    const chris = await makePerson(db(), { name: 'Chris Lane', roles: ['comms'] });
    const boss = await makePerson(db(), { name: 'Ada Admin', roles: ['admin'] });
    for (const person of [bo, cy]) {
      await changeOpenToRequests(db(), contributor(person), formData({ open: 'yes' }));
    }
    const annStory = await h.publicStory([ann], 'Ann’s story');
    const boStory = await h.publicStory([bo], 'Bo’s story');
    const annRequest = await h.ask(annStory.id, chris);
    const boRequest = await h.ask(boStory.id, chris);
    expect((await h.answer(ann, annRequest, 'yes')).ok).toBe(true);
    expect((await h.answer(bo, boRequest, 'no')).ok).toBe(true);
    for (const usedOn of ['2026-03-03', '2026-03-04']) {
      const logged = await logUse(
        db(),
        comms(chris),
        annRequest,
        formData({ whereUsed: `Newsletter ${usedOn}`, link: '', usedOn }),
        at(1),
      );
      expect(logged.ok).toBe(true);
    }

    const fairness = await loadFairness(db(), comms(chris), at(5));
    expect(fairness?.featured).toEqual([
      { personId: ann, displayName: 'Ann Cole', uses: 2, requests: 1 },
    ]);
    expect(fairness?.neverAsked).toEqual([{ personId: cy, displayName: 'Cy Evans' }]);
    expect(JSON.stringify(fairness)).not.toMatch(/declined|"no"|said no/i);
    expect(await loadFairness(db(), admin(boss), at(5))).toMatchObject({
      featured: [{ personId: ann }],
    });
    expect(await loadFairness(db(), contributor(ann), at(5))).toBeUndefined();

    // A year on, old uses and old requests no longer count.
    const later = await loadFairness(db(), comms(chris), at(400));
    expect(later?.featured).toEqual([]);
    expect(later?.neverAsked.map((p) => p.personId).sort()).toEqual([bo, cy].sort());
    expect((await verifyLedger(db())).ok).toBe(true);
  });
});
