/**
 * The group space: only a group's members and facilitators reach its
 * stories, prompts, replies, book, scripts and photos; a story shows only while
 * every author's consent for the scope is valid now, at the revision and name
 * they chose, with details replaced as they chose.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Anonymity, Scope } from '#src/domain/consent-types.ts';
import type { Role } from '#src/domain/roles.ts';
import { countWords } from '#src/domain/words.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { bookBodyHtml } from '#src/server/groups/book-html.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Db } from '#src/server/platform/db.ts';
import { photoShownInUse } from '#src/domain/media.ts';
import {
  changeWhoPostsPrompts,
  loadGroupSpace,
  loadPrompt,
  postPrompt,
} from '#src/server/groups/group-space.ts';
import { groupScriptsZip } from '#src/server/groups/group-scripts.ts';
import { groupUsesOfPhoto, photoForBook } from '#src/server/groups/group-photos.ts';
import {
  handleBookForm,
  loadBook,
  rememberBookPdf,
  type GroupBook,
} from '#src/server/groups/book.ts';
import { handleGroupStoryForm, loadGroupStory } from '#src/server/groups/replies.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { findMediaById } from '#src/server/media/photos.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { insertWritingPrompt } from '#src/server/groups/prompts.repository.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';
import { makePhoto } from '../fixtures/images/make-images.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makePerson, saveText } from './support/fixtures.ts';
import { saveMarkedText } from './support/published.ts';

const T0 = new Date('2026-03-03T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const as = (id: string, ...roles: Role[]) => ({ id, roles });

// photoForBook reads the local media store from HEARD_DATA_DIR.
let dataDir = '';
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-group-space-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** A film script: a scene, KAYLA's line naming Sharon (a marked detail, shown as "Mum"). */
function scriptState() {
  const element = (name: string, children: unknown[]) => ({
    type: 'screenplay',
    element: name,
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children,
  });
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  });
  const state = {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        element('scene', [text('INT. KITCHEN - MORNING')]),
        element('action', [text('Kayla balances a tray.')]),
        element('character', [text('KAYLA')]),
        element('dialogue', [
          text('Your tablets are by the kettle, '),
          {
            type: 'sensitive-detail',
            detailKind: 'person',
            replacement: 'Mum',
            version: 1,
            children: [text('Sharon')],
          },
          text('.'),
        ]),
      ],
    },
  };
  const valid = validateEditorState(state, 'film_script');
  if (!valid.ok) throw new Error(valid.message);
  return valid;
}

/** Builders bound to the running test's database. */
function helpers(db: () => Db) {
  const self = {
    /** A group with a facilitator and two members, plus people who are not in it. */
    async world() {
      const groupId = await insertGroup(db(), { slug: 'thursday', name: 'Thursday group' });
      const otherGroupId = await insertGroup(db(), { slug: 'friday', name: 'Friday group' });
      const facilitator = await makePerson(db(), {
        name: 'Fay Lowe',
        roles: ['contributor', 'facilitator'],
      });
      const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
      const bo = await makePerson(db(), { name: 'Bo Dean', pseudonym: 'Robin' });
      const outsider = await makePerson(db(), { name: 'Olive Out' });
      const admin = await makePerson(db(), { name: 'Ada Admin', roles: ['admin'] });
      const comms = await makePerson(db(), { name: 'Cal Comms', roles: ['comms'] });
      const otherFacilitator = await makePerson(db(), {
        name: 'Frank Elsewhere',
        roles: ['contributor', 'facilitator'],
      });
      await addGroupMember(db(), groupId, facilitator, 'facilitator');
      await addGroupMember(db(), groupId, margaret, 'member');
      await addGroupMember(db(), groupId, bo, 'member');
      await addGroupMember(db(), otherGroupId, otherFacilitator, 'facilitator');
      await addGroupMember(db(), otherGroupId, outsider, 'member');
      return {
        groupId,
        otherGroupId,
        facilitator: as(facilitator, 'contributor', 'facilitator'),
        margaret: as(margaret, 'contributor'),
        bo: as(bo, 'contributor'),
        outsiders: [
          ['a person outside the group', as(outsider, 'contributor')],
          ['an admin who is not a member', as(admin, 'admin')],
          ['comms', as(comms, 'comms')],
          ['a facilitator of another group', as(otherFacilitator, 'contributor', 'facilitator')],
        ] as const,
      };
    },

    /** A story written for a group, with one revision of plain text (or none). */
    async story(
      authors: string[],
      options: {
        groupId: string | null;
        title?: string;
        paragraphs?: string[] | null;
        promptId?: string;
        kind?: 'life_story' | 'film_script';
      },
    ): Promise<string> {
      const story = await insertStory(db(), {
        title: options.title ?? 'A story',
        kind: options.kind ?? 'life_story',
        authorIds: authors,
        groupId: options.groupId,
        promptId: options.promptId ?? null,
        now: T0,
      });
      if (options.paragraphs !== null) {
        const saved = await saveText(
          db(),
          story.id,
          authors[0] ?? '',
          options.paragraphs ?? ['Once upon a time.'],
          null,
          T0,
        );
        if (!saved.ok) throw new Error(saved.reason);
      }
      return story.id;
    },

    /** A film script for a group: "Kayla" becomes "Jo" unless its authors are named. */
    async script(author: string, groupId: string | null, title = 'After school') {
      const story = await insertStory(db(), {
        title,
        kind: 'film_script',
        authorIds: [author],
        groupId,
        now: T0,
      });
      const valid = scriptState();
      const saved = await insertRevision(db(), {
        storyId: story.id,
        editorState: valid.state,
        plainText: valid.plainText,
        wordCount: countWords(valid.plainText),
        authorId: author,
        basedOn: null,
        now: T0,
        scriptNames: { Kayla: 'Jo' },
      });
      if (!saved.ok) throw new Error(saved.reason);
      return story.id;
    },

    /** The author's own yes for `scope`. */
    async grant(
      storyId: string,
      author: string,
      scope: Scope,
      options: { anonymity?: Anonymity; revision?: number; now?: Date; expiresAt?: Date } = {},
    ): Promise<void> {
      const result = await appendConsentEvent(
        db(),
        storyId,
        {
          kind: 'grant',
          actorId: author,
          subjectId: author,
          scope,
          anonymity: options.anonymity ?? 'first_name',
          revisionNumber: options.revision ?? 1,
          expiresAt: options.expiresAt,
        },
        { now: options.now ?? T0 },
      );
      if (!result.ok) throw new Error(result.reason);
    },

    /** The author's withdrawal from `scope`. */
    async withdraw(storyId: string, author: string, scope: Scope, now: Date): Promise<void> {
      const result = await appendConsentEvent(
        db(),
        storyId,
        { kind: 'withdraw', actorId: author, subjectId: author, scope },
        { now },
      );
      if (!result.ok) throw new Error(result.reason);
    },

    /** A stored photo of a story; returns its media id. */
    async photo(storyId: string, author: string, people: boolean): Promise<string> {
      const stored = await storeUploadedPhoto(db(), createLocalMediaStore(), {
        storyId,
        uploadedBy: author,
        bytes: await makePhoto(64, 48, 'jpeg'),
        altText: people ? 'My sister and me' : 'The harbour at dawn',
        showsIdentifiablePeople: people,
      });
      if (!stored.ok) throw new Error(stored.message);
      return stored.media.id;
    },

    /** A story with a marked place ("Aberystwyth" → "a town in Wales") and these photos. */
    async markedStory(
      author: string,
      groupId: string,
      options: { title?: string; photos?: { people: boolean }[] } = {},
    ) {
      const storyId = await self.story([author], {
        groupId,
        title: options.title ?? 'The harbour',
        paragraphs: null,
      });
      const photos: string[] = [];
      for (const photo of options.photos ?? []) {
        photos.push(await self.photo(storyId, author, photo.people));
      }
      // saveMarkedText flags every photo after the first as showing people.
      await saveMarkedText(db(), storyId, author, {}, null, photos);
      return { storyId, photos };
    },
  };
  return self;
}

const html = (story: { view: { ok: true; html: string } | { ok: false } } | undefined) =>
  story?.view.ok ? story.view.html : '';

describeEachDatabase('the group space: who reaches it', ({ db }) => {
  const h = helpers(db);

  it('opens to members and the group’s facilitator, never to admins, comms or other groups', async () => {
    const w = await h.world();
    const promptId = await insertWritingPrompt(db(), {
      groupId: w.groupId,
      text: 'A place you loved',
      createdBy: w.facilitator.id,
      now: T0,
    });
    const storyId = await h.story([w.margaret.id], { groupId: w.groupId, promptId });
    await h.grant(storyId, w.margaret.id, 'group');
    await h.grant(storyId, w.margaret.id, 'book');
    const scriptId = await h.script(w.margaret.id, w.groupId);
    await h.grant(scriptId, w.margaret.id, 'group');
    const now = at(1);

    for (const [who, viewer] of [
      ...w.outsiders,
      ['nobody signed in', undefined] as const,
    ] as const) {
      expect(await loadGroupSpace(db(), viewer, w.groupId, now), who).toBeUndefined();
      expect(await loadPrompt(db(), viewer, w.groupId, promptId, now), who).toBeUndefined();
      expect(await loadGroupStory(db(), viewer, w.groupId, storyId, now), who).toBeUndefined();
      expect(await loadBook(db(), viewer, w.groupId, now), who).toBeUndefined();
      expect(await groupScriptsZip(db(), viewer, w.groupId, now), who).toBeUndefined();
      expect(
        await groupUsesOfPhoto(
          db(),
          viewer,
          { storyId, mediaId: storyId, showsIdentifiablePeople: false },
          now,
        ),
        who,
      ).toEqual([]);
    }
    for (const [, viewer] of w.outsiders) {
      expect(
        await postPrompt(db(), viewer, w.groupId, formData({ text: 'Sneaky prompt' }), now),
      ).toMatchObject({ ok: false, status: 404 });
      expect(
        await handleGroupStoryForm(
          db(),
          viewer,
          w.groupId,
          storyId,
          formData({ intent: 'reply', text: 'Hello' }),
          now,
        ),
      ).toMatchObject({ ok: false, status: 404 });
      expect(
        await handleBookForm(
          db(),
          viewer,
          w.groupId,
          formData({ intent: 'details', title: 'Taken over', introduction: '' }),
          now,
        ),
      ).toMatchObject({ ok: false, status: 404 });
    }

    for (const viewer of [w.margaret, w.bo, w.facilitator]) {
      const space = await loadGroupSpace(db(), viewer, w.groupId, now);
      expect(space?.group.name).toBe('Thursday group');
      expect(space?.isFacilitator).toBe(viewer === w.facilitator);
      expect(space?.stories.map((s) => s.storyId).sort()).toEqual([storyId, scriptId].sort());
      expect(space?.prompts.map((p) => p.text)).toEqual(['A place you loved']);
      const prompt = await loadPrompt(db(), viewer, w.groupId, promptId, now);
      expect(prompt?.stories.map((s) => s.storyId)).toEqual([storyId]);
      const story = await loadGroupStory(db(), viewer, w.groupId, storyId, now);
      expect(story?.story.title).toBe('A story');
      expect(story?.isAuthor).toBe(viewer === w.margaret);
      expect((await loadBook(db(), viewer, w.groupId, now))?.chapters).toHaveLength(1);
      expect((await groupScriptsZip(db(), viewer, w.groupId, now))?.count).toBe(1);
    }
    // Nothing any outsider tried was written.
    expect((await loadBook(db(), w.margaret, w.groupId, now))?.title).toBe(
      'Stories from Thursday group',
    );
    expect((await loadGroupSpace(db(), w.margaret, w.groupId, now))?.prompts).toHaveLength(1);
    expect((await loadGroupStory(db(), w.margaret, w.groupId, storyId, now))?.replies).toEqual([]);
  });

  it('answers nothing for ids that are not uuids, or belong to another group', async () => {
    const w = await h.world();
    const promptId = await insertWritingPrompt(db(), {
      groupId: w.groupId,
      text: 'A place you loved',
      createdBy: w.facilitator.id,
      now: T0,
    });
    const storyId = await h.story([w.margaret.id], { groupId: w.groupId, promptId });
    await h.grant(storyId, w.margaret.id, 'group');
    const now = at(1);
    for (const bad of ['not-a-uuid', '', `${w.groupId}x`, "1' or '1'='1"]) {
      expect(await loadGroupSpace(db(), w.margaret, bad, now), bad).toBeUndefined();
      expect(await loadPrompt(db(), w.margaret, bad, promptId, now), bad).toBeUndefined();
      expect(await loadPrompt(db(), w.margaret, w.groupId, bad, now), bad).toBeUndefined();
      expect(await loadGroupStory(db(), w.margaret, bad, storyId, now), bad).toBeUndefined();
      expect(await loadGroupStory(db(), w.margaret, w.groupId, bad, now), bad).toBeUndefined();
      expect(await loadBook(db(), w.margaret, bad, now), bad).toBeUndefined();
      expect(await groupScriptsZip(db(), w.margaret, bad, now), bad).toBeUndefined();
    }
    // Real ids, but of the wrong group: the story and prompt are not reached through it.
    const outsider = w.outsiders[0][1];
    expect(await loadGroupStory(db(), outsider, w.otherGroupId, storyId, now)).toBeUndefined();
    expect(await loadPrompt(db(), outsider, w.otherGroupId, promptId, now)).toBeUndefined();
    expect(await loadGroupSpace(db(), outsider, w.otherGroupId, now)).toMatchObject({
      stories: [],
      prompts: [],
    });
  });
});

describeEachDatabase('the group space: which stories show', ({ db }) => {
  const h = helpers(db);

  it('lists only stories every author said yes to, newest yes first, at the chosen names', async () => {
    const w = await h.world();
    const first = await h.markedStory(w.margaret.id, w.groupId, { title: 'The harbour' });
    await h.grant(first.storyId, w.margaret.id, 'group', { now: at(1) });
    const named = await h.markedStory(w.margaret.id, w.groupId, { title: 'Named in full' });
    await h.grant(named.storyId, w.margaret.id, 'group', { anonymity: 'named', now: at(2) });
    const robin = await h.story([w.bo.id], { groupId: w.groupId, title: 'As Robin' });
    await h.grant(robin, w.bo.id, 'group', { anonymity: 'pseudonym', now: at(3) });
    const draft = await h.story([w.bo.id], { groupId: w.groupId, title: 'A draft' });
    const expiring = await h.story([w.bo.id], { groupId: w.groupId, title: 'For five days' });
    await h.grant(expiring, w.bo.id, 'group', { now: T0, expiresAt: at(5) });
    const withdrawn = await h.story([w.bo.id], { groupId: w.groupId, title: 'Taken back' });
    await h.grant(withdrawn, w.bo.id, 'group', { now: T0 });
    await h.withdraw(withdrawn, w.bo.id, 'group', at(1));
    const publicOnly = await h.story([w.bo.id], { groupId: w.groupId, title: 'Public only' });
    await h.grant(publicOnly, w.bo.id, 'public_site');
    const elsewhere = await h.story([w.bo.id], { groupId: w.otherGroupId, title: 'Elsewhere' });
    await h.grant(elsewhere, w.bo.id, 'group');
    const noGroup = await h.story([w.bo.id], { groupId: null, title: 'No group' });
    await h.grant(noGroup, w.bo.id, 'group');

    const before = await loadGroupSpace(db(), w.facilitator, w.groupId, at(4));
    expect(before?.stories.map((s) => s.title)).toEqual([
      'As Robin',
      'Named in full',
      'The harbour',
      'For five days',
    ]);

    const space = await loadGroupSpace(db(), w.facilitator, w.groupId, at(6));
    const stories = space?.stories ?? [];
    expect(stories.map((s) => s.storyId)).toEqual([robin, named.storyId, first.storyId]);
    expect(stories.map((s) => s.byline)).toEqual(['Robin', 'Margaret Hughes', 'Margaret']);
    expect(stories.map((s) => s.anonymity)).toEqual(['pseudonym', 'named', 'first_name']);
    expect(stories.map((s) => s.sharedAt)).toEqual([at(3), at(2), at(1)]);
    expect(stories.some((s) => [draft, expiring, withdrawn].includes(s.storyId))).toBe(false);

    // At first_name the marked place is replaced, in the text and in the excerpt.
    const harbour = stories[2];
    expect(html(harbour)).toContain('I grew up in a town in Wales');
    expect(html(harbour)).not.toContain('Aberystwyth');
    expect(harbour?.excerpt).toContain('a town in Wales');
    expect(harbour?.excerpt).not.toContain('Aberystwyth');
    // Named in full, the place shows as written.
    expect(html(stories[1])).toContain('Aberystwyth');
    expect(html(stories[0])).toContain('Once upon a time.');
    // The story page shows the same story the list does.
    const page = await loadGroupStory(db(), w.bo, w.groupId, first.storyId, at(6));
    expect(page?.story.byline).toBe('Margaret');
    expect(html(page?.story)).not.toContain('Aberystwyth');
    expect(await loadGroupStory(db(), w.bo, w.groupId, expiring, at(6))).toBeUndefined();
    expect(await loadGroupStory(db(), w.bo, w.groupId, draft, at(6))).toBeUndefined();
  });

  it('shows the consented revision, not a later private one', async () => {
    const w = await h.world();
    const storyId = await h.story([w.margaret.id], {
      groupId: w.groupId,
      paragraphs: ['Words I shared.'],
    });
    await h.grant(storyId, w.margaret.id, 'group');
    await saveText(db(), storyId, w.margaret.id, ['Words still private.'], 1, at(1));
    const story = (await loadGroupSpace(db(), w.bo, w.groupId, at(2)))?.stories[0];
    expect(story?.revisionNumber).toBe(1);
    expect(html(story)).toContain('Words I shared.');
    expect(html(story)).not.toContain('private');
  });

  it('takes a story out on the very next call after its author withdraws', async () => {
    const w = await h.world();
    const storyId = await h.story([w.margaret.id], { groupId: w.groupId });
    await h.grant(storyId, w.margaret.id, 'group');
    expect((await loadGroupSpace(db(), w.bo, w.groupId, at(1)))?.stories).toHaveLength(1);
    await h.withdraw(storyId, w.margaret.id, 'group', at(1));
    expect((await loadGroupSpace(db(), w.bo, w.groupId, at(1)))?.stories).toEqual([]);
    expect(await loadGroupStory(db(), w.bo, w.groupId, storyId, at(1))).toBeUndefined();
    // Withdrawing from the group does not touch a book yes, and the other way round.
    expect((await loadBook(db(), w.bo, w.groupId, at(1)))?.chapters).toEqual([]);
  });

  it('needs every co-author’s yes, and names them each as they chose', async () => {
    const w = await h.world();
    const storyId = await h.story([w.margaret.id, w.bo.id], {
      groupId: w.groupId,
      title: 'Together',
    });
    await h.grant(storyId, w.margaret.id, 'group', { anonymity: 'named' });
    expect((await loadGroupSpace(db(), w.facilitator, w.groupId, at(1)))?.stories).toEqual([]);
    await h.grant(storyId, w.bo.id, 'group', { anonymity: 'pseudonym', now: at(1) });
    const stories = (await loadGroupSpace(db(), w.facilitator, w.groupId, at(2)))?.stories;
    expect(stories?.map((s) => s.byline)).toEqual(['Margaret Hughes and Robin']);
    expect(stories?.[0]?.anonymity).toBe('pseudonym');
    expect(stories?.[0]?.sharedAt).toEqual(at(1));
    // Either one stopping takes it out.
    await h.withdraw(storyId, w.bo.id, 'group', at(2));
    expect((await loadGroupSpace(db(), w.facilitator, w.groupId, at(2)))?.stories).toEqual([]);
  });

  it('lets a 15-year-old share with their group alone, but their book yes waits for a guardian', async () => {
    const w = await h.world();
    const young = await makePerson(db(), { name: 'Kayla Young', dateOfBirth: '2011-01-01' });
    const guardian = await makePerson(db(), { name: 'Gina Young', roles: ['guardian'] });
    await linkGuardian(db(), guardian, young);
    await addGroupMember(db(), w.groupId, young, 'member');
    const storyId = await h.story([young], { groupId: w.groupId, title: 'My first story' });
    await h.grant(storyId, young, 'group');
    await h.grant(storyId, young, 'book');

    expect(
      (await loadGroupSpace(db(), w.facilitator, w.groupId, at(1)))?.stories.map((s) => s.byline),
    ).toEqual(['Kayla']);
    expect((await loadBook(db(), w.facilitator, w.groupId, at(1)))?.chapters).toEqual([]);

    const approved = await appendConsentEvent(
      db(),
      storyId,
      {
        kind: 'guardian_approve',
        actorId: guardian,
        subjectId: young,
        scope: 'book',
        revisionNumber: 1,
      },
      { now: at(1) },
    );
    expect(approved.ok).toBe(true);
    expect(
      (await loadBook(db(), w.facilitator, w.groupId, at(2)))?.chapters.map((c) => c.storyId),
    ).toEqual([storyId]);
  });
});

describeEachDatabase('the group space: prompts', ({ db }) => {
  const h = helpers(db);

  it('lets the facilitator post a prompt, and members only when the group allows it', async () => {
    const w = await h.world();
    const posted = await postPrompt(
      db(),
      w.facilitator,
      w.groupId,
      formData({ text: '  A place you loved as a child  ' }),
      T0,
    );
    expect(posted.ok).toBe(true);
    const space = await loadGroupSpace(db(), w.margaret, w.groupId, at(1));
    expect(space?.prompts.map((p) => [p.text, p.postedBy])).toEqual([
      ['A place you loved as a child', 'Fay Lowe'],
    ]);
    expect(space?.mayPostPrompt).toBe(false);
    if (posted.ok) {
      expect(
        (await loadPrompt(db(), w.margaret, w.groupId, posted.promptId, at(1)))?.prompt,
      ).toMatchObject({
        id: posted.promptId,
        text: 'A place you loved as a child',
      });
    }

    expect(
      await postPrompt(db(), w.margaret, w.groupId, formData({ text: 'My prompt' }), at(1)),
    ).toEqual({
      ok: false,
      status: 403,
      message: 'In this group, the facilitators post the prompts.',
    });

    // Only a facilitator changes who may post; a member cannot, nor can odd input.
    expect(
      await changeWhoPostsPrompts(db(), w.margaret, w.groupId, formData({ members: 'allow' })),
    ).toMatchObject({ ok: false, status: 400 });
    expect(
      await changeWhoPostsPrompts(db(), w.facilitator, w.groupId, formData({ members: 'all' })),
    ).toMatchObject({ ok: false, status: 400 });
    expect((await loadGroupSpace(db(), w.margaret, w.groupId, at(2)))?.mayPostPrompt).toBe(false);
    expect(
      await changeWhoPostsPrompts(db(), w.facilitator, w.groupId, formData({ members: 'allow' })),
    ).toEqual({ ok: true, allowed: true });
    expect((await loadGroupSpace(db(), w.margaret, w.groupId, at(2)))?.mayPostPrompt).toBe(true);
    expect(
      await postPrompt(db(), w.margaret, w.groupId, formData({ text: 'My prompt' }), at(2)),
    ).toMatchObject({ ok: true });
    expect(
      (await loadGroupSpace(db(), w.bo, w.groupId, at(3)))?.prompts.map((p) => p.text),
    ).toEqual(['My prompt', 'A place you loved as a child']);
  });

  it('refuses an empty or over-long prompt in plain words', async () => {
    const w = await h.world();
    for (const [text, message] of [
      ['', /Please type the prompt/],
      ['   ', /Please type the prompt/],
      ['x'.repeat(201), /at most 200 letters/],
    ] as const) {
      const result = await postPrompt(db(), w.facilitator, w.groupId, formData({ text }), T0);
      expect(result).toMatchObject({ ok: false, status: 400 });
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(await postPrompt(db(), w.facilitator, w.groupId, new FormData(), T0)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect((await loadGroupSpace(db(), w.facilitator, w.groupId, T0))?.prompts).toEqual([]);
    expect(
      await postPrompt(db(), w.facilitator, w.groupId, formData({ text: 'x'.repeat(200) }), T0),
    ).toMatchObject({ ok: true });
  });

  it('shows under a prompt only the stories answering it that are shared with the group', async () => {
    const w = await h.world();
    const prompt = await insertWritingPrompt(db(), {
      groupId: w.groupId,
      text: 'A place you loved',
      createdBy: w.facilitator.id,
      now: T0,
    });
    const other = await insertWritingPrompt(db(), {
      groupId: w.groupId,
      text: 'Your first job',
      createdBy: w.facilitator.id,
      now: T0,
    });
    const answer = await h.story([w.margaret.id], { groupId: w.groupId, promptId: prompt });
    await h.grant(answer, w.margaret.id, 'group');
    await h.story([w.bo.id], { groupId: w.groupId, promptId: prompt });
    const bookOnly = await h.story([w.bo.id], { groupId: w.groupId, promptId: prompt });
    await h.grant(bookOnly, w.bo.id, 'book');
    const otherAnswer = await h.story([w.bo.id], { groupId: w.groupId, promptId: other });
    await h.grant(otherAnswer, w.bo.id, 'group');
    const noPrompt = await h.story([w.bo.id], { groupId: w.groupId });
    await h.grant(noPrompt, w.bo.id, 'group');

    const loaded = await loadPrompt(db(), w.bo, w.groupId, prompt, at(1));
    expect(loaded?.prompt.text).toBe('A place you loved');
    expect(loaded?.stories.map((s) => s.storyId)).toEqual([answer]);
    expect(
      (await loadPrompt(db(), w.bo, w.groupId, other, at(1)))?.stories.map((s) => s.storyId),
    ).toEqual([otherAnswer]);
    // A prompt of one group is not reached through another.
    const outsider = w.outsiders[0][1];
    expect(await loadPrompt(db(), outsider, w.otherGroupId, prompt, at(1))).toBeUndefined();
  });
});

describeEachDatabase('the group space: replies', ({ db }) => {
  const h = helpers(db);

  async function sharedStory(w: Awaited<ReturnType<typeof h.world>>) {
    const storyId = await h.story([w.margaret.id], { groupId: w.groupId, title: 'Fern Street' });
    await h.grant(storyId, w.margaret.id, 'group');
    return storyId;
  }

  const reply = (text: string) => formData({ intent: 'reply', text });
  const repliesSeenBy = async (
    viewer: { id: string; roles: Role[] },
    storyId: string,
    w: { groupId: string },
  ) =>
    (await loadGroupStory(db(), viewer, w.groupId, storyId, at(5)))?.replies.map((r) => [
      r.text,
      r.hidden,
    ]);

  it('shows a member’s reply to everyone in the group, and refuses empty or long ones', async () => {
    const w = await h.world();
    const storyId = await sharedStory(w);
    expect(
      await handleGroupStoryForm(db(), w.bo, w.groupId, storyId, reply('  Lovely.  '), at(1)),
    ).toEqual({ ok: true, done: 'replied' });
    for (const viewer of [w.margaret, w.bo, w.facilitator]) {
      const page = await loadGroupStory(db(), viewer, w.groupId, storyId, at(2));
      expect(page?.replies).toMatchObject([
        { text: 'Lovely.', authorId: w.bo.id, authorName: 'Bo', hidden: false },
      ]);
    }
    const facilitatorReply = await handleGroupStoryForm(
      db(),
      w.facilitator,
      w.groupId,
      storyId,
      reply('x'.repeat(1000)),
      at(2),
    );
    expect(facilitatorReply.ok).toBe(true);

    for (const [text, message] of [
      ['', 'Write a few words first.'],
      ['   ', 'Write a few words first.'],
      ['x'.repeat(1001), 'Keep your reply to 1,000 characters or fewer.'],
    ] as const) {
      expect(
        await handleGroupStoryForm(db(), w.bo, w.groupId, storyId, reply(text), at(3)),
      ).toEqual({ ok: false, status: 400, message });
    }
    expect(await repliesSeenBy(w.bo, storyId, w)).toHaveLength(2);
  });

  it('lets the author hide a reply from everyone else, and show it again', async () => {
    const w = await h.world();
    const storyId = await sharedStory(w);
    await handleGroupStoryForm(db(), w.bo, w.groupId, storyId, reply('Unkind words'), at(1));
    await handleGroupStoryForm(db(), w.facilitator, w.groupId, storyId, reply('Kind'), at(2));
    const replyId =
      (await loadGroupStory(db(), w.margaret, w.groupId, storyId, at(3)))?.replies[0]?.id ?? '';

    // Only the person who wrote the story may hide a reply, not the facilitator.
    for (const viewer of [w.bo, w.facilitator]) {
      expect(
        await handleGroupStoryForm(
          db(),
          viewer,
          w.groupId,
          storyId,
          formData({ intent: 'hide', reply: replyId }),
          at(3),
        ),
      ).toEqual({ ok: false, status: 400, message: 'Only the person who wrote this can do that.' });
    }
    expect(await repliesSeenBy(w.bo, storyId, w)).toEqual([
      ['Unkind words', false],
      ['Kind', false],
    ]);

    expect(
      await handleGroupStoryForm(
        db(),
        w.margaret,
        w.groupId,
        storyId,
        formData({ intent: 'hide', reply: replyId }),
        at(3),
      ),
    ).toEqual({ ok: true, done: 'hidden' });
    expect(await repliesSeenBy(w.bo, storyId, w)).toEqual([['Kind', false]]);
    expect(await repliesSeenBy(w.facilitator, storyId, w)).toEqual([['Kind', false]]);
    expect(await repliesSeenBy(w.margaret, storyId, w)).toEqual([
      ['Unkind words', true],
      ['Kind', false],
    ]);

    for (const bad of ['not-a-uuid', storyId]) {
      expect(
        await handleGroupStoryForm(
          db(),
          w.margaret,
          w.groupId,
          storyId,
          formData({ intent: 'show', reply: bad }),
          at(4),
        ),
      ).toMatchObject({ ok: false, status: 404 });
    }
    expect(
      await handleGroupStoryForm(
        db(),
        w.margaret,
        w.groupId,
        storyId,
        formData({ intent: 'show', reply: replyId }),
        at(4),
      ),
    ).toEqual({ ok: true, done: 'shown' });
    expect(await repliesSeenBy(w.bo, storyId, w)).toEqual([
      ['Unkind words', false],
      ['Kind', false],
    ]);
  });

  it('lets the author turn replies off and on', async () => {
    const w = await h.world();
    const storyId = await sharedStory(w);
    expect(
      await handleGroupStoryForm(
        db(),
        w.bo,
        w.groupId,
        storyId,
        formData({ intent: 'replies-off' }),
        at(1),
      ),
    ).toMatchObject({ ok: false, status: 400 });
    expect(
      await handleGroupStoryForm(
        db(),
        w.margaret,
        w.groupId,
        storyId,
        formData({ intent: 'replies-off' }),
        at(1),
      ),
    ).toEqual({ ok: true, done: 'replies-off' });
    expect((await loadGroupStory(db(), w.bo, w.groupId, storyId, at(1)))?.story.repliesOpen).toBe(
      false,
    );
    for (const viewer of [w.bo, w.margaret]) {
      expect(
        await handleGroupStoryForm(db(), viewer, w.groupId, storyId, reply('Hello'), at(2)),
      ).toEqual({ ok: false, status: 400, message: 'The writer has turned replies off.' });
    }
    await handleGroupStoryForm(
      db(),
      w.margaret,
      w.groupId,
      storyId,
      formData({ intent: 'replies-on' }),
      at(3),
    );
    expect(
      await handleGroupStoryForm(db(), w.bo, w.groupId, storyId, reply('Hello'), at(3)),
    ).toEqual({ ok: true, done: 'replied' });
    expect(
      await handleGroupStoryForm(
        db(),
        w.margaret,
        w.groupId,
        storyId,
        formData({ intent: 'delete-everything' }),
        at(3),
      ),
    ).toMatchObject({ ok: false, status: 400 });
  });

  it('has no replies for a story not shared with the group', async () => {
    const w = await h.world();
    const draft = await h.story([w.margaret.id], { groupId: w.groupId });
    const withdrawn = await h.story([w.margaret.id], { groupId: w.groupId });
    await h.grant(withdrawn, w.margaret.id, 'group');
    await h.withdraw(withdrawn, w.margaret.id, 'group', at(1));
    const bookOnly = await h.story([w.margaret.id], { groupId: w.groupId });
    await h.grant(bookOnly, w.margaret.id, 'book');
    const otherGroup = await h.story([w.margaret.id], { groupId: w.otherGroupId });
    await h.grant(otherGroup, w.margaret.id, 'group');
    for (const storyId of [draft, withdrawn, bookOnly, otherGroup, 'not-a-uuid']) {
      expect(
        await handleGroupStoryForm(db(), w.bo, w.groupId, storyId, reply('Hello'), at(2)),
      ).toMatchObject({ ok: false, status: 404 });
    }
    const count = await db()
      .selectFrom('story_replies')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describeEachDatabase('the group space: the book', ({ db }) => {
  const h = helpers(db);
  const details = (title: string, introduction = '') =>
    formData({ intent: 'details', title, introduction });
  const move = (intent: 'up' | 'down', story: string) => formData({ intent, story });

  it('holds only stories every author gave to the book, at the consented revision and name', async () => {
    const w = await h.world();
    const kept = await h.story([w.margaret.id], {
      groupId: w.groupId,
      title: 'For the book',
      paragraphs: ['Version one.'],
    });
    await h.grant(kept, w.margaret.id, 'book', { anonymity: 'named' });
    await h.grant(kept, w.margaret.id, 'group', { anonymity: 'first_name' });
    await saveText(db(), kept, w.margaret.id, ['Version two, not for the book.'], 1, at(1));
    const groupOnly = await h.story([w.bo.id], { groupId: w.groupId, title: 'Group only' });
    await h.grant(groupOnly, w.bo.id, 'group');
    const halfYes = await h.story([w.margaret.id, w.bo.id], {
      groupId: w.groupId,
      title: 'Half a yes',
    });
    await h.grant(halfYes, w.margaret.id, 'book');
    const expired = await h.story([w.bo.id], { groupId: w.groupId, title: 'Ran out' });
    await h.grant(expired, w.bo.id, 'book', { expiresAt: at(2) });

    const book = await loadBook(db(), w.bo, w.groupId, at(3));
    expect(book?.title).toBe('Stories from Thursday group');
    expect(book?.introduction).toBe('');
    expect(book?.lastPdfAt).toBeNull();
    expect(book?.changedSincePdf).toEqual([]);
    expect(book?.chapters.map((c) => [c.title, c.byline, c.revisionNumber])).toEqual([
      ['For the book', 'Margaret Hughes', 1],
    ]);
    expect(html(book?.chapters[0])).toContain('Version one.');
    // The group sees the same story at the name chosen for the group.
    const space = await loadGroupSpace(db(), w.bo, w.groupId, at(3));
    expect(space?.stories.find((s) => s.storyId === kept)?.byline).toBe('Margaret');
  });

  it('saves the title and introduction, and refuses an empty title', async () => {
    const w = await h.world();
    expect(
      await handleBookForm(
        db(),
        w.margaret,
        w.groupId,
        details('  Our Thursdays  ', 'We met on Thursdays.'),
        T0,
      ),
    ).toEqual({ ok: true, done: 'saved' });
    expect(await loadBook(db(), w.bo, w.groupId, T0)).toMatchObject({
      title: 'Our Thursdays',
      introduction: 'We met on Thursdays.',
    });

    for (const title of ['', '   ', 'x'.repeat(201)]) {
      const refused = await handleBookForm(db(), w.facilitator, w.groupId, details(title), at(1));
      expect(refused).toMatchObject({ ok: false, status: 400 });
      if (!refused.ok) expect(refused.errors?.['title']).toMatch(/title/);
    }
    const tooLong = await handleBookForm(
      db(),
      w.facilitator,
      w.groupId,
      details('Fine', 'x'.repeat(20001)),
      at(1),
    );
    expect(tooLong).toMatchObject({ ok: false, status: 400 });
    if (!tooLong.ok) expect(tooLong.errors?.['introduction']).toMatch(/20,000/);
    expect(
      await handleBookForm(db(), w.facilitator, w.groupId, formData({ intent: 'print' }), at(1)),
    ).toMatchObject({ ok: false, status: 400 });
    expect((await loadBook(db(), w.bo, w.groupId, at(1)))?.title).toBe('Our Thursdays');
  });

  it('moves chapters up and down, and only chapters in the book', async () => {
    const w = await h.world();
    const ids: string[] = [];
    for (const [index, title] of ['One', 'Two', 'Three'].entries()) {
      const id = await h.story([w.margaret.id], { groupId: w.groupId, title });
      await h.grant(id, w.margaret.id, 'book', { now: at(index) });
      ids.push(id);
    }
    const [one = '', two = '', three = ''] = ids;
    const order = async () =>
      (await loadBook(db(), w.bo, w.groupId, at(5)))?.chapters.map((c) => c.title);
    // Newest yes first until someone chooses an order.
    expect(await order()).toEqual(['Three', 'Two', 'One']);

    expect(await handleBookForm(db(), w.bo, w.groupId, move('up', one), at(5))).toEqual({
      ok: true,
      done: `moved-${one}`,
    });
    expect(await order()).toEqual(['Three', 'One', 'Two']);
    await handleBookForm(db(), w.facilitator, w.groupId, move('down', three), at(5));
    expect(await order()).toEqual(['One', 'Three', 'Two']);
    // At either end nothing moves.
    await handleBookForm(db(), w.bo, w.groupId, move('up', one), at(5));
    await handleBookForm(db(), w.bo, w.groupId, move('down', two), at(5));
    expect(await order()).toEqual(['One', 'Three', 'Two']);
    // Moving a chapter made the book, with its default title.
    expect((await loadBook(db(), w.bo, w.groupId, at(5)))?.title).toBe(
      'Stories from Thursday group',
    );

    const notInBook = await h.story([w.bo.id], { groupId: w.groupId, title: 'Group only' });
    await h.grant(notInBook, w.bo.id, 'group');
    for (const story of [notInBook, 'not-a-uuid', '']) {
      expect(await handleBookForm(db(), w.bo, w.groupId, move('down', story), at(5))).toEqual({
        ok: false,
        status: 404,
        message: 'That chapter is not in the book.',
      });
    }
    // A new chapter joins after the chosen order.
    const four = await h.story([w.bo.id], { groupId: w.groupId, title: 'Four' });
    await h.grant(four, w.bo.id, 'book', { now: at(4) });
    expect(await order()).toEqual(['One', 'Three', 'Two', 'Four']);
  });

  it('says which chapters were removed or changed since the last PDF', async () => {
    const w = await h.world();
    const mine = await h.story([w.margaret.id], { groupId: w.groupId, title: 'Mine' });
    await h.grant(mine, w.margaret.id, 'book');
    const bos = await h.story([w.bo.id], { groupId: w.groupId, title: 'Secret title' });
    await h.grant(bos, w.bo.id, 'book');

    const first = await loadBook(db(), w.facilitator, w.groupId, at(1));
    if (!first) throw new Error('no book');
    expect(first.chapters).toHaveLength(2);
    await rememberBookPdf(db(), first, at(1));
    const printed = await loadBook(db(), w.facilitator, w.groupId, at(1));
    expect(printed?.lastPdfAt).toEqual(at(1));
    expect(printed?.changedSincePdf).toEqual([]);

    await h.withdraw(bos, w.bo.id, 'book', at(2));
    const after = await loadBook(db(), w.facilitator, w.groupId, at(2));
    expect(after?.chapters.map((c) => c.storyId)).toEqual([mine]);
    // The withdrawn chapter's title is not ours to show any more.
    expect(after?.changedSincePdf).toEqual([{ title: null, change: 'removed' }]);

    if (!after) throw new Error('no book');
    await rememberBookPdf(db(), after, at(3));
    expect((await loadBook(db(), w.facilitator, w.groupId, at(3)))?.changedSincePdf).toEqual([]);
    // A new revision saved but not yet given to the book changes nothing.
    await saveText(db(), mine, w.margaret.id, ['A better ending.'], 1, at(4));
    expect((await loadBook(db(), w.facilitator, w.groupId, at(4)))?.changedSincePdf).toEqual([]);
    await h.grant(mine, w.margaret.id, 'book', { revision: 2, now: at(5) });
    const changed = await loadBook(db(), w.facilitator, w.groupId, at(5));
    expect(changed?.chapters[0]?.revisionNumber).toBe(2);
    expect(changed?.changedSincePdf).toEqual([{ title: 'Mine', change: 'changed' }]);

    // A new name is a change too; a new chapter is an addition.
    if (!changed) throw new Error('no book');
    await rememberBookPdf(db(), changed, at(6));
    await h.grant(mine, w.margaret.id, 'book', { revision: 2, anonymity: 'named', now: at(7) });
    const added = await h.story([w.bo.id], { groupId: w.groupId, title: 'Added' });
    await h.grant(added, w.bo.id, 'book', { now: at(8) });
    // Listed in the book's order: newest yes first.
    expect((await loadBook(db(), w.facilitator, w.groupId, at(8)))?.changedSincePdf).toEqual([
      { title: 'Added', change: 'added' },
      { title: 'Mine', change: 'changed' },
    ]);
  });

  it('prints the title, contents, escaped introduction and every chapter', async () => {
    const w = await h.world();
    const harbour = await h.markedStory(w.margaret.id, w.groupId, {
      title: 'The harbour <b>bold</b>',
    });
    await h.grant(harbour.storyId, w.margaret.id, 'book');
    const robin = await h.story([w.bo.id], {
      groupId: w.groupId,
      title: 'Tea & toast',
      paragraphs: ['We had toast every morning.'],
    });
    await h.grant(robin, w.bo.id, 'book', { anonymity: 'pseudonym', now: at(1) });
    await handleBookForm(
      db(),
      w.facilitator,
      w.groupId,
      details(
        'Our <script>alert(1)</script> book',
        'We met on Thursdays.\n\n<script>alert("intro")</script> & more.',
      ),
      at(2),
    );
    const book = await loadBook(db(), w.margaret, w.groupId, at(2));
    if (!book) throw new Error('no book');
    const body = bookBodyHtml(book, translatorFor('en'));

    expect(body).not.toContain('<script');
    expect(body).not.toContain('<b>');
    expect(body).toContain('<h1>Our &lt;script&gt;alert(1)&lt;/script&gt; book</h1>');
    expect(body).toContain('Thursday group');
    expect(body).toContain('Contents');
    expect(body).toContain('<p>We met on Thursdays.</p>');
    expect(body).toMatch(
      /<p>&lt;script&gt;alert\((&quot;|&#34;|")intro\1\)&lt;\/script&gt; &amp; more\.<\/p>/,
    );
    expect(body).toContain('The harbour &lt;b&gt;bold&lt;/b&gt;');
    expect(body).toContain('Tea &amp; toast');
    expect(body).toContain('Margaret');
    expect(body).toContain('Robin');
    expect(body).not.toContain('Margaret Hughes');
    expect(body).not.toContain('Bo Dean');
    expect(body).toContain('We had toast every morning.');
    expect(body).toContain('a town in Wales');
    expect(body).not.toContain('Aberystwyth');
    // Contents and chapters in the book's order (newest yes first): Robin's, then Margaret's.
    const contents = body.slice(
      body.indexOf('Contents'),
      body.indexOf('<section class="book-introduction"'),
    );
    // The introduction is listed first in the contents.
    expect(contents).toContain('<a href="#book-introduction">');
    expect(contents.indexOf('Tea &amp; toast')).toBeLessThan(contents.indexOf('The harbour'));
    expect(body.indexOf('book-introduction')).toBeLessThan(body.indexOf('book-chapter"'));
    expect(body.match(/<article class="book-chapter"/g)).toHaveLength(2);
  });
});

describeEachDatabase('the group space: scripts as Fountain', ({ db }) => {
  const h = helpers(db);

  it('zips the shared scripts with the consented name, details and character names applied', async () => {
    const w = await h.world();
    const script = await h.script(w.margaret.id, w.groupId);
    await h.grant(script, w.margaret.id, 'group');
    const sameTitle = await h.script(w.bo.id, w.groupId);
    await h.grant(sameTitle, w.bo.id, 'group', { anonymity: 'named', now: at(1) });
    const life = await h.story([w.margaret.id], { groupId: w.groupId, title: 'Life story' });
    await h.grant(life, w.margaret.id, 'group');
    await h.script(w.margaret.id, w.groupId, 'Still a draft');
    const bookOnly = await h.script(w.margaret.id, w.groupId, 'Book only');
    await h.grant(bookOnly, w.margaret.id, 'book');
    const otherGroup = await h.script(w.bo.id, w.otherGroupId, 'Friday script');
    await h.grant(otherGroup, w.bo.id, 'group');

    const zipped = await groupScriptsZip(db(), w.bo, w.groupId, at(2));
    expect(zipped?.groupName).toBe('Thursday group');
    expect(zipped?.count).toBe(2);
    const files = unzipSync(zipped?.zip ?? new Uint8Array());
    // Newest yes first: Bo's (named) script, then Margaret's.
    expect(Object.keys(files).sort()).toEqual(['after-school-2.fountain', 'after-school.fountain']);
    const named = strFromU8(files['after-school.fountain'] ?? new Uint8Array());
    const firstName = strFromU8(files['after-school-2.fountain'] ?? new Uint8Array());

    expect(firstName).toMatch(/^Title: After school\nAuthor: Margaret\n/);
    expect(firstName).toContain('INT. KITCHEN - MORNING');
    expect(firstName).toContain('JO');
    expect(firstName).toContain('Jo balances a tray.');
    expect(firstName).toContain('Your tablets are by the kettle, Mum.');
    expect(firstName).not.toMatch(/Kayla|KAYLA|Sharon|Hughes/);

    expect(named).toMatch(/^Title: After school\nAuthor: Bo Dean\n/);
    expect(named).toContain('KAYLA');
    expect(named).toContain('Kayla balances a tray.');
    expect(named).toContain('Your tablets are by the kettle, Sharon.');

    for (const text of [named, firstName]) {
      expect(text).not.toMatch(/Still a draft|Book only|Friday script|Life story/);
      expect(text).not.toContain('Once upon a time.');
    }
  });

  it('gives an empty zip when no script is shared', async () => {
    const w = await h.world();
    await h.script(w.margaret.id, w.groupId);
    const zipped = await groupScriptsZip(db(), w.facilitator, w.groupId, at(1));
    expect(zipped?.count).toBe(0);
    expect(Object.keys(unzipSync(zipped?.zip ?? new Uint8Array()))).toEqual([]);
  });
});

describeEachDatabase('the group space: photos', ({ db }) => {
  const h = helpers(db);

  async function photoStory(w: Awaited<ReturnType<typeof h.world>>) {
    // The first photo is a landscape, the second shows recognisable people.
    const { storyId, photos } = await h.markedStory(w.margaret.id, w.groupId, {
      photos: [{ people: false }, { people: true }],
    });
    const [landscape = '', people = ''] = photos;
    const unused = await h.photo(storyId, w.margaret.id, false);
    return { storyId, landscape, people, unused };
  }

  const see = async (
    viewer: { id: string; roles: readonly Role[] } | undefined,
    storyId: string,
    mediaId: string,
    now: Date,
  ) => {
    const media = await findMediaById(db(), mediaId);
    if (!media) throw new Error('no such photo');
    const uses = await groupUsesOfPhoto(
      db(),
      viewer,
      { storyId, mediaId, showsIdentifiablePeople: media.showsIdentifiablePeople },
      now,
    );
    return uses.some(photoShownInUse);
  };

  it('shows a shared story’s photos to the group, people only when named, none after withdrawal', async () => {
    const w = await h.world();
    const story = await photoStory(w);
    // Before any yes, nobody sees anything.
    expect(await see(w.bo, story.storyId, story.landscape, T0)).toBe(false);
    await h.grant(story.storyId, w.margaret.id, 'group');

    for (const viewer of [w.bo, w.facilitator, w.margaret]) {
      expect(await see(viewer, story.storyId, story.landscape, at(1))).toBe(true);
      expect(await see(viewer, story.storyId, story.people, at(1))).toBe(false);
      // Uploaded, but not in the consented revision.
      expect(await see(viewer, story.storyId, story.unused, at(1))).toBe(false);
    }
    for (const [who, viewer] of [...w.outsiders, ['nobody', undefined] as const]) {
      expect(await see(viewer, story.storyId, story.landscape, at(1)), who).toBe(false);
    }

    await h.grant(story.storyId, w.margaret.id, 'group', { anonymity: 'named', now: at(2) });
    expect(await see(w.bo, story.storyId, story.people, at(2))).toBe(true);
    expect(await see(w.bo, story.storyId, story.landscape, at(2))).toBe(true);

    await h.withdraw(story.storyId, w.margaret.id, 'group', at(3));
    expect(await see(w.bo, story.storyId, story.landscape, at(3))).toBe(false);
    expect(await see(w.bo, story.storyId, story.people, at(3))).toBe(false);

    // A book yes alone also lets the group see the photos the book holds.
    await h.grant(story.storyId, w.margaret.id, 'book', { now: at(4) });
    expect(await see(w.bo, story.storyId, story.landscape, at(4))).toBe(true);
    expect(await see(w.bo, story.storyId, story.people, at(4))).toBe(false);
  });

  it('gives the book’s PDF only the photos of its chapters', async () => {
    const w = await h.world();
    const story = await photoStory(w);
    await h.grant(story.storyId, w.margaret.id, 'book');
    const groupOnly = await photoStory(w);
    await h.grant(groupOnly.storyId, w.margaret.id, 'group');
    const book = (await loadBook(db(), w.facilitator, w.groupId, at(1))) as GroupBook;
    expect(book.chapters.map((c) => c.storyId)).toEqual([story.storyId]);

    const media = await findMediaById(db(), story.landscape);
    const stored = media
      ? await createLocalMediaStore().get(media.storageKey, 'medium')
      : undefined;
    expect(stored?.length).toBeGreaterThan(0);
    const served = await photoForBook(db(), book, `/media/${story.landscape}/medium`);
    expect(served?.contentType).toBe('image/webp');
    expect(served?.body.equals(Buffer.from(stored ?? new Uint8Array()))).toBe(true);
    expect(
      (await photoForBook(db(), book, `/media/${story.landscape}/small`))?.body.length,
    ).toBeGreaterThan(0);

    for (const path of [
      `/media/${story.people}/medium`, // recognisable people, authors at first_name
      `/media/${story.unused}/medium`, // not in the consented revision
      `/media/${groupOnly.landscape}/medium`, // a story not in the book
      `/media/${story.landscape}/original`,
      `/media/${story.landscape}/medium/`,
      `/media/${story.landscape}`,
      `/media/${'-'.repeat(36)}/medium`,
      `/media/00000000-0000-4000-8000-000000000000/medium`,
      `https://elsewhere.example/media/${story.landscape}/medium`,
      `/media/../${story.landscape}/medium`,
    ]) {
      expect(await photoForBook(db(), book, path), path).toBeUndefined();
    }

    // Named in full, the photo of people goes in the book too.
    await h.grant(story.storyId, w.margaret.id, 'book', { anonymity: 'named', now: at(2) });
    const named = (await loadBook(db(), w.facilitator, w.groupId, at(2))) as GroupBook;
    expect(
      (await photoForBook(db(), named, `/media/${story.people}/medium`))?.body.length,
    ).toBeGreaterThan(0);
  });
});
