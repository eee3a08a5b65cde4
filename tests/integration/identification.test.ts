/**
 * The identification check's server side on both databases: what the sharing
 * page is told, marking words as private and renaming a script's character as
 * new revisions (never overwriting, refusing a stale or bad change with plain
 * words and nothing saved), and who may do either.
 */
import { expect, it } from 'vitest';
import type { Viewer } from '#src/domain/permissions.ts';
import { fromFountain } from '#src/editor/fountain.ts';
import { extractPlainText } from '#src/editor/plain-text.ts';
import {
  checkExcerpt,
  loadSharingCheck,
  markAsPrivate,
  renameCharacter,
} from '#src/server/identification/check.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import {
  findRevision,
  insertRevision,
  insertStory,
} from '#src/server/writing/stories.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

const now = new Date('2026-11-30T12:00:00Z');
const anonymous = { anonymity: 'anonymous', beyondGroup: true, shownNames: ['Anonymous'] } as const;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describeEachDatabase('the identification check', ({ db }) => {
  async function margaretsStory() {
    const id = await makePerson(db(), { name: 'Margaret Ellis' });
    const me: Viewer = { id, roles: ['contributor'] };
    const story = await makeStory(db(), [id], {
      title: 'Sundays',
      paragraphs: [
        'Every Sunday we ate at our house on Fern Street.',
        'My grandson Tyler carved, and Tyler never let anyone help.',
      ],
    });
    return { me, storyId: story.id };
  }

  it('tells an author what could identify someone, more gently at first name, nothing at full name', async () => {
    const { me, storyId } = await margaretsStory();
    const check = await loadSharingCheck(db(), me, storyId, anonymous);
    expect(check?.voice).toBe('full');
    expect(check?.revisionNumber).toBe(1);
    expect(check?.details.map((detail) => [detail.text, detail.times, detail.suggestion])).toEqual([
      ['Fern Street', 1, 'our street'],
      ['Tyler', 2, 'my grandson'],
    ]);
    const gentle = await loadSharingCheck(db(), me, storyId, {
      ...anonymous,
      anonymity: 'first_name',
    });
    expect(gentle?.voice).toBe('gentle');
    expect(gentle?.details).toHaveLength(2);
    const named = await loadSharingCheck(db(), me, storyId, { ...anonymous, anonymity: 'named' });
    expect(named).toMatchObject({ voice: 'silent', details: [] });
  });

  it('tells nobody but an author', async () => {
    const { storyId } = await margaretsStory();
    const stranger: Viewer = { id: await makePerson(db()), roles: ['contributor', 'comms'] };
    expect(await loadSharingCheck(db(), stranger, storyId, anonymous)).toBeUndefined();
    const result = await markAsPrivate(
      db(),
      stranger,
      storyId,
      form({ words: 'Tyler', detailKind: 'person', replacement: 'a boy', revision: '1' }),
      now,
    );
    expect(result).toMatchObject({ ok: false, status: 404 });
  });

  it('marks every occurrence as private in a new revision, and the check stops listing it', async () => {
    const { me, storyId } = await margaretsStory();
    const result = await markAsPrivate(
      db(),
      me,
      storyId,
      form({ words: 'Tyler', detailKind: 'person', replacement: 'my grandson', revision: '1' }),
      now,
    );
    expect(result).toMatchObject({ ok: true, revision: 2 });
    const saved = await findRevision(db(), storyId, 2);
    // The author's own text is unchanged; only the marks are new.
    expect(saved?.plain_text).toContain('My grandson Tyler carved, and Tyler never');
    expect(JSON.stringify(saved?.editor_state).match(/"sensitive-detail"/g)).toHaveLength(2);
    expect((await findRevision(db(), storyId, 1))?.plain_text).toContain('Tyler');
    const check = await loadSharingCheck(db(), me, storyId, anonymous);
    expect(check?.details.map((detail) => detail.text)).toEqual(['Fern Street']);
  });

  it.each([
    [
      'an empty replacement',
      { words: 'Tyler', detailKind: 'person', replacement: '  ', revision: '1' },
      400,
      /Please type the words readers should see instead\. Nothing was changed\./,
    ],
    [
      'an unknown kind',
      { words: 'Tyler', detailKind: 'secret', replacement: 'a boy', revision: '1' },
      400,
      /Choose what kind of detail it is\./,
    ],
    [
      'words not in the story',
      { words: 'Bootle', detailKind: 'place', replacement: 'a town', revision: '1' },
      400,
      /“Bootle” is not in the story’s text any more/,
    ],
    [
      'an older version',
      { words: 'Tyler', detailKind: 'person', replacement: 'a boy', revision: '7' },
      409,
      /changed somewhere else/,
    ],
  ])('refuses %s in plain words and saves nothing', async (_label, fields, status, message) => {
    const { me, storyId } = await margaretsStory();
    const result = await markAsPrivate(db(), me, storyId, form(fields), now);
    expect(result).toMatchObject({ ok: false, status });
    expect(!result.ok && result.message).toMatch(message);
    expect(await findRevision(db(), storyId, 2)).toBeUndefined();
  });

  it('flags script characters named after the writer or a group member beyond the group, and renames them throughout', async () => {
    const kayla = await makePerson(db(), { name: 'Kayla Brooks' });
    const jay = await makePerson(db(), { name: 'Jay Okafor' });
    const group = await insertGroup(db(), {
      slug: 'young-carers-test',
      name: 'Young Carers Test',
      description: 'A test group.',
    });
    await addGroupMember(db(), group, kayla, 'member');
    await addGroupMember(db(), group, jay, 'member');
    const me: Viewer = { id: kayla, roles: ['contributor'] };
    const story = await insertStory(db(), {
      title: 'Late again',
      kind: 'film_script',
      authorIds: [kayla],
      groupId: group,
      now,
    });
    const state = fromFountain(
      'INT. KITCHEN - NIGHT\n\nJAY\nWhere is Kayla?\n\nKAYLA\nHere. Jay, sit down.\n\nANNE\nBoth of you, bed.',
    );
    await insertRevision(db(), {
      storyId: story.id,
      editorState: state,
      plainText: extractPlainText(state),
      wordCount: 10,
      authorId: kayla,
      basedOn: null,
      now,
    });
    const inGroup = await loadSharingCheck(db(), me, story.id, {
      ...anonymous,
      beyondGroup: false,
    });
    expect(inGroup?.realCharacters).toEqual([]);
    const beyond = await loadSharingCheck(db(), me, story.id, anonymous);
    expect(beyond?.realCharacters).toEqual([
      { character: 'JAY', whose: 'someone in your group' },
      { character: 'KAYLA', whose: 'yours' },
    ]);

    const renamed = await renameCharacter(
      db(),
      me,
      story.id,
      form({ from: 'JAY', to: 'Theo', revision: '1' }),
      now,
    );
    expect(renamed).toMatchObject({ ok: true, revision: 2 });
    const text = (await findRevision(db(), story.id, 2))?.plain_text ?? '';
    expect(text).toContain('THEO\nWhere is Kayla?');
    expect(text).toContain('Here. Theo, sit down.');
    expect(text).not.toMatch(/\bJay\b/i);
    const after = await loadSharingCheck(db(), me, story.id, anonymous);
    expect(after?.realCharacters).toEqual([{ character: 'KAYLA', whose: 'yours' }]);

    const empty = await renameCharacter(
      db(),
      me,
      story.id,
      form({ from: 'KAYLA', to: ' ', revision: '2' }),
      now,
    );
    expect(empty).toMatchObject({ ok: false, status: 400 });
    expect(await findRevision(db(), story.id, 3)).toBeUndefined();
  });

  it('checks the words staff want to use', () => {
    expect(
      checkExcerpt('My daughter Chloe went to Litherland High School.', ['Margaret']).map(
        (detail) => detail.kind,
      ),
    ).toEqual(['person', 'school']);
  });
});
