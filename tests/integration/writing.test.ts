import { expect, it } from 'vitest';
import { editorStateFromParagraphs } from '#src/editor/plain-text.ts';
import { findRevision, listRevisions } from '#src/server/writing/stories.repository.ts';
import { answerCoAuthorInvite, handleStoryPeopleForm } from '#src/server/writing/story-people.ts';
import {
  loadStoryForWriting,
  restoreRevision,
  saveRevision,
  startStory,
} from '#src/server/writing/stories.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import type { Role } from '#src/domain/roles.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, formData as form } from './support/fixtures.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const viewer = async (
  db: Parameters<typeof makePerson>[0],
  roles: Role[] = ['contributor'],
  name = 'Someone',
) => ({
  id: await makePerson(db, { roles, name }),
  roles,
});

describeEachDatabase('writing stories', ({ db }) => {
  it('starts a story, saves revisions, detects a stale save and keeps both texts', async () => {
    const ann = await viewer(db());
    const started = await startStory(
      db(),
      ann,
      form({ title: 'My garden', kind: 'life_story', groupId: '' }),
      NOW,
    );
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    const first = await saveRevision(
      db(),
      ann,
      id,
      { state: editorStateFromParagraphs(['Roses.']), basedOn: null },
      NOW,
    );
    expect(first).toMatchObject({ status: 200, revision: 1 });
    const second = await saveRevision(
      db(),
      ann,
      id,
      { state: editorStateFromParagraphs(['Roses and tulips.']), basedOn: 1 },
      NOW,
    );
    expect(second).toMatchObject({ status: 200, revision: 2 });
    const stale = await saveRevision(
      db(),
      ann,
      id,
      { state: editorStateFromParagraphs(['Roses and daisies.']), basedOn: 1 },
      NOW,
    );
    expect(stale).toMatchObject({
      status: 409,
      latest: { revision: 2, state: { root: { type: 'root' } } },
    });
    expect((await findRevision(db(), id, 2))?.plain_text).toBe('Roses and tulips.');

    const restored = await restoreRevision(db(), ann, id, 1, NOW);
    expect(restored).toEqual({ ok: true, revision: 3 });
    expect((await findRevision(db(), id, 3))?.plain_text).toBe('Roses.');
    expect((await listRevisions(db(), id)).map((revision) => revision.number)).toEqual([3, 2, 1]);
  });

  it('refuses a hostile or broken state with a plain message and saves nothing', async () => {
    const ann = await viewer(db());
    const started = await startStory(
      db(),
      ann,
      form({ title: 'T', kind: 'life_story', groupId: '' }),
      NOW,
    );
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    const hostile = [
      {
        state: { root: { type: 'root', children: [{ type: 'script', children: [] }] } },
        basedOn: null,
      },
      { state: 'not a state', basedOn: null },
      { basedOn: null },
      { state: editorStateFromParagraphs(['ok']), basedOn: 'one' },
      null,
    ];
    for (const body of hostile) {
      const result = await saveRevision(db(), ann, id, body, NOW);
      expect(result.status).toBe(400);
      if (result.status === 400) expect(result.message).toMatch(/[A-Z].*\./);
    }
    expect(await listRevisions(db(), id)).toEqual([]);
  });

  it('nobody but the authors and chosen helpers can read or save a draft', async () => {
    const ann = await viewer(db(), ['contributor'], 'Ann');
    const group = await insertGroup(db(), { slug: 'g', name: 'G' });
    const facilitator = await viewer(db(), ['facilitator'], 'Fay');
    await addGroupMember(db(), group, ann.id, 'member');
    await addGroupMember(db(), group, facilitator.id, 'facilitator');
    const started = await startStory(
      db(),
      ann,
      form({ title: 'Private', kind: 'life_story', groupId: group }),
      NOW,
    );
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    await saveRevision(
      db(),
      ann,
      id,
      { state: editorStateFromParagraphs(['Secret.']), basedOn: null },
      NOW,
    );

    for (const roles of [
      ['admin'],
      ['comms'],
      ['facilitator'],
      ['guardian'],
      ['contributor'],
    ] as Role[][]) {
      const stranger = await viewer(db(), roles);
      expect(await loadStoryForWriting(db(), stranger, id)).toBeUndefined();
      expect(
        await saveRevision(
          db(),
          stranger,
          id,
          { state: editorStateFromParagraphs(['x']), basedOn: 1 },
          NOW,
        ),
      ).toMatchObject({ status: 404 });
    }
    expect(await loadStoryForWriting(db(), undefined, id)).toBeUndefined();
    expect(await loadStoryForWriting(db(), ann, 'not-a-uuid')).toBeUndefined();

    // Shared for reading: may read, may not save.
    expect(
      await handleStoryPeopleForm(
        db(),
        ann,
        id,
        form({ intent: 'share-with-helper', personId: facilitator.id, access: 'read' }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await loadStoryForWriting(db(), facilitator, id)).toMatchObject({
      mayEdit: false,
      isAuthor: false,
    });
    expect(
      await saveRevision(
        db(),
        facilitator,
        id,
        { state: editorStateFromParagraphs(['x']), basedOn: 1 },
        NOW,
      ),
    ).toMatchObject({ status: 404 });
    // Shared for editing: each edit records who made it.
    await handleStoryPeopleForm(
      db(),
      ann,
      id,
      form({ intent: 'share-with-helper', personId: facilitator.id, access: 'edit' }),
      NOW,
    );
    expect(
      await saveRevision(
        db(),
        facilitator,
        id,
        { state: editorStateFromParagraphs(['Secret, tidied.']), basedOn: 1 },
        NOW,
      ),
    ).toMatchObject({ status: 200, revision: 2 });
    expect((await findRevision(db(), id, 2))?.author_id).toBe(facilitator.id);
    // A helper cannot change who is on the story.
    expect(
      await handleStoryPeopleForm(
        db(),
        facilitator,
        id,
        form({ intent: 'stop-sharing', personId: facilitator.id }),
        NOW,
      ),
    ).toMatchObject({ ok: false, notFound: true });
    await handleStoryPeopleForm(
      db(),
      ann,
      id,
      form({ intent: 'stop-sharing', personId: facilitator.id }),
      NOW,
    );
    expect(await loadStoryForWriting(db(), facilitator, id)).toBeUndefined();
  });

  it('a co-author must accept before they can read or write', async () => {
    const ann = await viewer(db(), ['contributor'], 'Ann');
    const bo = await viewer(db(), ['contributor'], 'Bo');
    const outsider = await viewer(db(), ['contributor'], 'Cy');
    const group = await insertGroup(db(), { slug: 'g2', name: 'G2' });
    await addGroupMember(db(), group, ann.id, 'member');
    await addGroupMember(db(), group, bo.id, 'member');
    const started = await startStory(
      db(),
      ann,
      form({ title: 'Together', kind: 'film_script', groupId: group }),
      NOW,
    );
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    expect(
      await handleStoryPeopleForm(
        db(),
        ann,
        id,
        form({ intent: 'invite-coauthor', personId: outsider.id }),
        NOW,
      ),
    ).toEqual({
      ok: false,
      message: 'Please choose someone from your groups.',
    });
    expect(
      await handleStoryPeopleForm(
        db(),
        ann,
        id,
        form({ intent: 'invite-coauthor', personId: bo.id }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await loadStoryForWriting(db(), bo, id)).toBeUndefined();
    expect(await answerCoAuthorInvite(db(), bo, id, true)).toBe(true);
    expect(await loadStoryForWriting(db(), bo, id)).toMatchObject({
      isAuthor: true,
      mayEdit: true,
    });
    expect(await answerCoAuthorInvite(db(), bo, id, true)).toBe(false);
  });

  it('refuses a story without a title or kind, and a group the writer is not in', async () => {
    const ann = await viewer(db());
    const otherGroup = await insertGroup(db(), { slug: 'other', name: 'Other' });
    const result = await startStory(
      db(),
      ann,
      form({ title: ' ', kind: 'poem', groupId: otherGroup }),
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Please give your story a title. You can change it later.',
        kind: 'Please choose a life story or a film script.',
        groupId: 'Please choose one of your groups.',
      },
    });
    expect(await db().selectFrom('stories').select('id').execute()).toEqual([]);
  });
});
