/**
 * Being heard, on each database: a story shared "to improve our services" is
 * read by service leads only, at the name chosen and with marked details
 * replaced, never as a draft and not after a stop; answers reach the author
 * (page and email), who can reply, say whether it helped, hide it or turn
 * answers off; changes tell their linked authors; "You said, we did" counts
 * or quotes only as consent allows now; fair listening counts and flags.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { Role } from '#src/domain/roles.ts';
import {
  handleStoryAnswersForm,
  loadMyChanges,
  loadStoryAnswers,
} from '#src/server/being-heard/authors.ts';
import { flagLongWaits, loadListening, loadYouSaidWeDid } from '#src/server/being-heard/public.ts';
import {
  answerStory,
  loadServiceStories,
  loadServiceStory,
} from '#src/server/being-heard/services.ts';
import {
  handleServiceChangeForm,
  loadServiceChange,
  loadServiceChanges,
  recordChange,
} from '#src/server/being-heard/service-changes.ts';
import type { Db } from '#src/server/platform/db.ts';
import { exportEverything } from '#src/server/accounts/account.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { answerStoryPage } from '#src/server/publishing/story-page.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson, makeStory } from './support/fixtures.ts';
import { saveMarkedText } from './support/published.ts';
import { sendSharingForm } from './support/sharing.ts';

const T0 = new Date('2026-03-03T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const as = (id: string, ...roles: Role[]) => ({ id, roles });

const share = (scope: string, anonymity: string, pseudonym = '') =>
  formData({ intent: 'share', scope, anonymity, revision: '1', months: '12', pseudonym });
const stop = (scope: string) => formData({ intent: 'stop', scope });

async function outbox(db: Db) {
  return db
    .selectFrom('mail_outbox')
    .select(['to_address', 'subject', 'text_body'])
    .orderBy('created_at')
    .execute();
}

/** Edna's story with a marked place, in the Grandparents group; Priya leads a service. */
async function setUp(db: Db) {
  const edna = await makePerson(db, { name: 'Edna Price', firstName: 'Edna', pseudonym: 'Rose' });
  const priya = await makePerson(db, { name: 'Priya Shah', roles: ['service_lead'] });
  const story = await makeStory(db, [edna], { title: 'The long wait', now: T0 });
  await saveMarkedText(
    db,
    story.id,
    edna,
    { before: 'I waited at', detail: 'Ward 7', replacement: 'the ward', after: ' all night.' },
    1,
  );
  const groupId = await insertGroup(db, { slug: 'grandparents', name: 'Grandparents' });
  await addGroupMember(db, groupId, edna, 'member');
  await db.updateTable('stories').set({ group_id: groupId }).where('id', '=', story.id).execute();
  return { edna, priya, story };
}

async function shareForImprovement(
  db: Db,
  person: string,
  storyId: string,
  now = at(1),
  revision = '2',
) {
  const result = await sendSharingForm(
    db,
    as(person, 'contributor'),
    storyId,
    formData({
      intent: 'share',
      scope: 'service_improvement',
      anonymity: 'first_name',
      revision,
      months: '12',
      pseudonym: '',
    }),
    now,
  );
  expect(result.ok).toBe(true);
}

describeEachDatabase('being heard', ({ db }) => {
  it('service leads read only stories shared to improve services, at the name chosen, until a stop', async () => {
    const { edna, priya, story } = await setUp(db());
    const lead = as(priya, 'service_lead');

    // A draft is nobody's to read.
    expect(await loadServiceStories(db(), lead, at(1))).toEqual([]);
    expect(await loadServiceStory(db(), lead, story.id, at(1))).toBeUndefined();

    await shareForImprovement(db(), edna, story.id);
    const list = await loadServiceStories(db(), lead, at(2));
    expect(list).toMatchObject([
      { storyId: story.id, byline: 'Edna', groupName: 'Grandparents', answered: false },
    ]);
    const page = await loadServiceStory(db(), lead, story.id, at(2));
    expect(page?.byline).toBe('Edna');
    expect(page?.view.ok && page.view.html).toContain('the ward');
    expect(page?.view.ok && page.view.html).not.toContain('Ward 7');

    // No other role reads it this way, and it is not public.
    for (const role of ['admin', 'comms', 'facilitator', 'contributor'] as const) {
      const someone = as(await makePerson(db(), { roles: [role] }), role);
      expect(await loadServiceStories(db(), someone, at(2))).toBeUndefined();
      expect(await loadServiceStory(db(), someone, story.id, at(2))).toBeUndefined();
    }
    expect(await loadYouSaidWeDid(db(), at(2))).toEqual([]);

    // Stopping takes it away on the next request.
    const stopped = await sendSharingForm(
      db(),
      as(edna, 'contributor'),
      story.id,
      stop('service_improvement'),
      at(3),
    );
    expect(stopped.ok).toBe(true);
    expect(await loadServiceStories(db(), lead, at(3))).toEqual([]);
    expect(await loadServiceStory(db(), lead, story.id, at(3))).toBeUndefined();
    const late = await answerStory(db(), lead, story.id, formData({ text: 'Thank you.' }), at(3));
    expect(late).toMatchObject({ ok: false, status: 404 });
  });

  it('an author may show an answer on their public story page; hiding or stopping takes it off at once', async () => {
    const { edna, priya, story } = await setUp(db());
    const author = as(edna, 'contributor');
    await shareForImprovement(db(), edna, story.id);
    const text = 'We are changing the night rota.\n\nThank you for telling us.';
    await answerStory(db(), as(priya, 'service_lead'), story.id, formData({ text }), at(2));
    const answerId = (await loadStoryAnswers(db(), author, story.id, at(2)))?.answers[0]?.id ?? '';
    const act = (intent: string, now: Date) =>
      handleStoryAnswersForm(db(), author, story.id, formData({ intent, answer: answerId }), now);

    // Not public yet: the choice is refused plainly, and nothing is recorded.
    expect(await act('show-publicly', at(3))).toMatchObject({ ok: false, status: 400 });
    expect((await loadStoryAnswers(db(), author, story.id, at(3)))?.mayShowPublicly).toBe(false);
    expect((await loadStoryAnswers(db(), author, story.id, at(3)))?.publicNow).toBe(false);

    const shared = await sendSharingForm(
      db(),
      author,
      story.id,
      formData({
        intent: 'share',
        scope: 'public_site',
        anonymity: 'first_name',
        revision: '2',
        months: '12',
        pseudonym: '',
      }),
      at(3),
    );
    expect(shared.ok).toBe(true);
    const { slug } = await db()
      .selectFrom('publications')
      .select('slug')
      .where('story_id', '=', story.id)
      .executeTakeFirstOrThrow();
    const shownAt = async (now: Date) => {
      const page = await answerStoryPage(db(), slug, now, undefined);
      return page.status === 200 ? page.answers.map((answer) => answer.text) : undefined;
    };
    const versionNow = async () =>
      (
        await db()
          .selectFrom('publications')
          .select('version')
          .where('story_id', '=', story.id)
          .executeTakeFirstOrThrow()
      ).version;

    // Public, but nothing shows until the author chooses it.
    expect(await shownAt(at(4))).toEqual([]);
    expect((await loadStoryAnswers(db(), author, story.id, at(4)))?.mayShowPublicly).toBe(true);
    const before = await versionNow();
    expect(await act('show-publicly', at(4))).toEqual({ ok: true, done: 'shown-publicly' });
    expect(await shownAt(at(4))).toEqual([text]);
    // A new version: every cached page and ETag of the old one is gone.
    const shown = await versionNow();
    expect(shown).not.toBe(before);

    // Hiding wins over showing, on the next request.
    expect(await act('hide', at(5))).toEqual({ ok: true, done: 'hidden' });
    expect(await shownAt(at(5))).toEqual([]);
    expect(await versionNow()).not.toBe(shown);
    expect(await act('show', at(5))).toEqual({ ok: true, done: 'shown' });
    expect(await shownAt(at(5))).toEqual([text]);

    // Stopping showing it takes it off.
    expect(await act('stop-showing-publicly', at(6))).toEqual({
      ok: true,
      done: 'not-shown-publicly',
    });
    expect(await shownAt(at(6))).toEqual([]);

    // Stopping public sharing takes the page, and the answer, away.
    expect(await act('show-publicly', at(7))).toMatchObject({ ok: true });
    const stopped = await sendSharingForm(db(), author, story.id, stop('public_site'), at(8));
    expect(stopped.ok).toBe(true);
    expect(await shownAt(at(8))).toBeUndefined();
  });

  it('the account export keeps every answer and reply, with what the author chose', async () => {
    const { edna, priya, story } = await setUp(db());
    const author = as(edna, 'contributor');
    await shareForImprovement(db(), edna, story.id);
    await answerStory(
      db(),
      as(priya, 'service_lead'),
      story.id,
      formData({ text: 'Thank you.' }),
      at(2),
    );
    const answerId = (await loadStoryAnswers(db(), author, story.id, at(2)))?.answers[0]?.id ?? '';
    const reply = formData({ intent: 'reply', answer: answerId, text: 'It helped a lot.' });
    await handleStoryAnswersForm(db(), author, story.id, reply, at(3));
    const helpful = formData({ intent: 'helpful', answer: answerId });
    await handleStoryAnswersForm(db(), author, story.id, helpful, at(3));

    const media = mkdtempSync(join(tmpdir(), 'heard-export-'));
    try {
      const zip = unzipSync(
        await exportEverything(db(), createLocalMediaStore(media), edna, at(4)),
      );
      const name = Object.keys(zip).find((file) => file.endsWith('/answers.txt'));
      const words = strFromU8(zip[name ?? ''] ?? new Uint8Array());
      expect(words).toContain('Answer from Priya Shah');
      expect(words).toContain('Thank you.');
      expect(words).toContain('You said this helped.');
      expect(words).toContain('Reply from Edna');
      expect(words).toContain('It helped a lot.');
      expect(strFromU8(zip['README.txt'] ?? new Uint8Array())).toContain('answers.txt');
    } finally {
      rmSync(media, { recursive: true, force: true });
    }
  });

  it('a co-written story waits for every writer’s yes', async () => {
    const { edna, priya } = await setUp(db());
    const arthur = await makePerson(db(), { name: 'Arthur Jones' });
    const story = await makeStory(db(), [edna, arthur], { title: 'Both of us', now: T0 });
    await shareForImprovement(db(), edna, story.id, at(1), '1');
    expect(await loadServiceStories(db(), as(priya, 'service_lead'), at(2))).toEqual([]);
    await shareForImprovement(db(), arthur, story.id, at(2), '1');
    expect(await loadServiceStories(db(), as(priya, 'service_lead'), at(3))).toMatchObject([
      { byline: 'Edna and Arthur' },
    ]);
  });

  it('answers reach the author, who can reply, say it helped, hide it, and turn answers off', async () => {
    const { edna, priya, story } = await setUp(db());
    const lead = as(priya, 'service_lead');
    const author = as(edna, 'contributor');
    await shareForImprovement(db(), edna, story.id);

    // Bad input: a clear message, nothing kept.
    const empty = await answerStory(db(), lead, story.id, formData({ text: '   ' }), at(2));
    expect(empty).toEqual({ ok: false, status: 400, message: 'Write your answer first.' });
    const tooLong = await answerStory(
      db(),
      lead,
      story.id,
      formData({ text: 'a'.repeat(4001) }),
      at(2),
    );
    expect(tooLong).toMatchObject({ ok: false, status: 400 });
    expect(await db().selectFrom('service_answers').selectAll().execute()).toEqual([]);

    const sent = await answerStory(
      db(),
      lead,
      story.id,
      formData({ text: 'We are changing the night rota.' }),
      at(2),
    );
    expect(sent).toEqual({ ok: true });
    const mail = (await outbox(db())).filter((m) => m.subject.includes('An answer to your story'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text_body).toContain('We are changing the night rota.');
    expect(mail[0]?.text_body).toContain(`/my/stories/${story.id}/answers`);
    expect(mail[0]?.text_body).not.toMatch(/tell us more|share your story again/i);

    const page = await loadStoryAnswers(db(), author, story.id, at(2));
    expect(page?.answers).toMatchObject([
      { text: 'We are changing the night rota.', writerName: 'Priya Shah', helpful: null },
    ]);
    const answerId = page?.answers[0]?.id ?? '';

    // Nobody but the author reaches the page or its forms.
    const stranger = as(await makePerson(db()), 'contributor');
    expect(await loadStoryAnswers(db(), stranger, story.id, at(2))).toBeUndefined();
    expect(await loadStoryAnswers(db(), lead, story.id, at(2))).toBeUndefined();
    expect(
      await handleStoryAnswersForm(
        db(),
        stranger,
        story.id,
        formData({ intent: 'hide', answer: answerId }),
        at(2),
      ),
    ).toMatchObject({ ok: false, status: 404 });

    expect(
      await handleStoryAnswersForm(
        db(),
        author,
        story.id,
        formData({ intent: 'helpful', answer: answerId }),
        at(3),
      ),
    ).toEqual({ ok: true, done: 'helpful' });
    expect(
      await handleStoryAnswersForm(
        db(),
        author,
        story.id,
        formData({ intent: 'reply', answer: answerId, text: ' ' }),
        at(3),
      ),
    ).toMatchObject({ ok: false, status: 400 });
    expect(
      await handleStoryAnswersForm(
        db(),
        author,
        story.id,
        formData({ intent: 'reply', answer: answerId, text: 'Thank you.' }),
        at(3),
      ),
    ).toEqual({ ok: true, done: 'replied' });
    const seen = await loadServiceStory(db(), lead, story.id, at(3));
    expect(seen?.answers).toMatchObject([
      { helpful: true, replies: [{ text: 'Thank you.', writerName: 'Edna' }] },
    ]);
    expect(await loadServiceStories(db(), lead, at(3))).toMatchObject([{ answered: true }]);

    expect(
      await handleStoryAnswersForm(
        db(),
        author,
        story.id,
        formData({ intent: 'hide', answer: answerId }),
        at(4),
      ),
    ).toEqual({ ok: true, done: 'hidden' });
    expect(
      (await loadStoryAnswers(db(), author, story.id, at(4)))?.answers[0]?.hiddenAt,
    ).not.toBeNull();
    // An answer id from another story is refused.
    expect(
      await handleStoryAnswersForm(
        db(),
        author,
        story.id,
        formData({ intent: 'hide', answer: '00000000-0000-4000-8000-000000000000' }),
        at(4),
      ),
    ).toMatchObject({ ok: false, status: 400 });

    expect(
      await handleStoryAnswersForm(
        db(),
        author,
        story.id,
        formData({ intent: 'answers-off' }),
        at(5),
      ),
    ).toEqual({ ok: true, done: 'answers-off' });
    const refused = await answerStory(
      db(),
      lead,
      story.id,
      formData({ text: 'One more thing.' }),
      at(5),
    );
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(await db().selectFrom('service_answers').select('id').execute()).toHaveLength(1);
  });

  it('changes tell linked authors; links show only while the yes to improve services lasts', async () => {
    const { edna, priya, story } = await setUp(db());
    const lead = as(priya, 'service_lead');
    const author = as(edna, 'contributor');
    await shareForImprovement(db(), edna, story.id);

    // Bad input: plain words per field, nothing kept.
    const bad = await recordChange(
      db(),
      lead,
      formData({ what: 'Open later', service: 'Ward', status: 'not_possible', whyNot: '' }),
      at(2),
    );
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(!bad.ok && bad.errors?.['whyNot']).toMatch(/^Say why/);
    expect(await db().selectFrom('service_changes').select('id').execute()).toEqual([]);
    const notLead = await recordChange(
      db(),
      author,
      formData({ what: 'x', service: 'y', status: 'done' }),
      at(2),
    );
    expect(notLead).toMatchObject({ ok: false, status: 403 });

    const recorded = await recordChange(
      db(),
      lead,
      formData({
        what: 'A second nurse at night',
        service: 'Ward care',
        status: 'planned',
        story: story.id,
      }),
      at(2),
    );
    if (!recorded.ok) throw new Error(recorded.message);
    const told = (await outbox(db())).filter((m) =>
      m.subject.startsWith('What is happening because of your story'),
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.text_body).toContain('A second nurse at night');

    expect(await loadMyChanges(db(), author, at(2))).toMatchObject([
      { what: 'A second nurse at night', statusWords: 'Planned', storyTitles: ['The long wait'] },
    ]);
    expect(await loadServiceChanges(db(), lead, at(2))).toMatchObject([
      { stories: [{ storyId: story.id, byline: 'Edna' }] },
    ]);
    let publicChanges = await loadYouSaidWeDid(db(), at(2));
    expect(publicChanges).toMatchObject([
      {
        what: 'A second nurse at night',
        statusWords: 'Planned',
        quotes: [],
        ledToThis: '1 person’s story led to this.',
      },
    ]);

    // Public too, as "Rose": the change quotes it at its public name.
    const shared = await sendSharingForm(
      db(),
      author,
      story.id,
      formData({
        intent: 'share',
        scope: 'public_site',
        anonymity: 'pseudonym',
        revision: '2',
        months: '12',
        pseudonym: 'Rose',
      }),
      at(3),
    );
    expect(shared.ok).toBe(true);
    publicChanges = await loadYouSaidWeDid(db(), at(3));
    expect(publicChanges[0]?.quotes).toMatchObject([{ byline: 'Rose', title: 'The long wait' }]);
    expect(publicChanges[0]?.quotes[0]?.excerpt).toContain('the ward');
    expect(publicChanges[0]?.quotes[0]?.excerpt).not.toContain('Ward 7');
    expect(publicChanges[0]?.ledToThis).toBeNull();

    // The status moves: the author is told again.
    const moved = await handleServiceChangeForm(
      db(),
      lead,
      recorded.changeId,
      formData({
        intent: 'update',
        what: 'A second nurse at night',
        service: 'Ward care',
        status: 'done',
      }),
      at(4),
    );
    expect(moved).toEqual({ ok: true, done: 'saved' });
    expect(
      (await outbox(db())).filter((m) => m.subject.startsWith('What is happening')),
    ).toHaveLength(2);
    expect((await loadYouSaidWeDid(db(), at(4)))[0]).toMatchObject({
      statusWords: 'Done',
      statusChangedAt: at(4),
      createdAt: at(2),
    });

    // Stopping "to improve our services" takes the link away everywhere, public or not.
    await sendSharingForm(db(), author, story.id, stop('service_improvement'), at(5));
    publicChanges = await loadYouSaidWeDid(db(), at(5));
    expect(publicChanges).toMatchObject([
      { what: 'A second nurse at night', quotes: [], ledToThis: null },
    ]);
    expect(await loadMyChanges(db(), author, at(5))).toEqual([]);
    expect(await loadServiceChanges(db(), lead, at(5))).toMatchObject([{ stories: [] }]);
    expect((await loadServiceChange(db(), lead, recorded.changeId, at(5)))?.linkable).toEqual([]);

    // A story not shared for improvement cannot be linked.
    const link = await handleServiceChangeForm(
      db(),
      lead,
      recorded.changeId,
      formData({ intent: 'link', story: story.id }),
      at(5),
    );
    expect(link).toMatchObject({ ok: false, status: 400 });
  });

  it('counts people, not stories, and names nobody who is not public', async () => {
    const { edna, priya, story } = await setUp(db());
    const lead = as(priya, 'service_lead');
    await shareForImprovement(db(), edna, story.id);
    const second = await makeStory(db(), [edna], { title: 'Another day', now: T0 });
    // share() says version 1, which is all these two have.
    const arthur = await makePerson(db(), { name: 'Arthur Jones' });
    const third = await makeStory(db(), [arthur], { title: 'Arthur’s day', now: T0 });
    for (const [person, id] of [
      [edna, second.id],
      [arthur, third.id],
    ] as const) {
      const result = await sendSharingForm(
        db(),
        as(person, 'contributor'),
        id,
        share('service_improvement', 'named'),
        at(1),
      );
      expect(result.ok).toBe(true);
    }
    const recorded = await recordChange(
      db(),
      lead,
      formData({
        what: 'Quieter wards',
        service: 'Ward care',
        status: 'thinking',
        story: story.id,
      }),
      at(2),
    );
    if (!recorded.ok) throw new Error(recorded.message);
    for (const id of [second.id, third.id]) {
      expect(
        await handleServiceChangeForm(
          db(),
          lead,
          recorded.changeId,
          formData({ intent: 'link', story: id }),
          at(2),
        ),
      ).toEqual({ ok: true, done: 'linked' });
    }
    const [change] = await loadYouSaidWeDid(db(), at(2));
    expect(change?.ledToThis).toBe('2 people’s stories led to this.');
    expect(JSON.stringify(change)).not.toMatch(/Edna|Arthur|Another day|The long wait/);
  });

  it('fair listening: answered counts and the oldest wait per group; admins told once, without content', async () => {
    const { edna, priya, story } = await setUp(db());
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    const alone = await makePerson(db(), { name: 'Sam Solo' });
    const solo = await makeStory(db(), [alone], { title: 'Secret title', now: T0 });
    await shareForImprovement(db(), edna, story.id);
    const result = await sendSharingForm(
      db(),
      as(alone, 'contributor'),
      solo.id,
      share('service_improvement', 'anonymous'),
      at(1),
    );
    expect(result.ok).toBe(true);
    await answerStory(
      db(),
      as(priya, 'service_lead'),
      story.id,
      formData({ text: 'Thank you.' }),
      at(3),
    );

    expect(await loadListening(db(), as(priya, 'service_lead'), at(40))).toBeUndefined();
    const listening = await loadListening(db(), as(admin, 'admin'), at(40));
    expect(listening).toEqual({
      overdue: 1,
      rows: [
        { groupName: 'Grandparents', shared: 1, answered: 1, oldestWaitDays: null, overdue: 0 },
        { groupName: null, shared: 1, answered: 0, oldestWaitDays: 39, overdue: 1 },
      ],
    });

    expect(await flagLongWaits(db(), at(20))).toBe(0);
    expect(await flagLongWaits(db(), at(40))).toBe(1);
    expect(await flagLongWaits(db(), at(41))).toBe(0);
    const flags = (await outbox(db())).filter((m) => m.subject.includes('waiting for an answer'));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.text_body).toContain('Not in a group: 1');
    expect(flags[0]?.text_body).not.toContain('Secret title');
    expect(flags[0]?.text_body).not.toContain('Sam');
  });
});
