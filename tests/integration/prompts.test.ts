import { expect, it } from 'vitest';
import { offerWritingPrompt } from '#src/server/groups/prompts.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { listPromptsForPerson } from '#src/server/groups/prompts.repository.ts';
import { findPromptTextForStory, findStoryById } from '#src/server/writing/stories.repository.ts';
import { startStory } from '#src/server/writing/stories.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, formData as form } from './support/fixtures.ts';

const NOW = new Date('2026-11-23T10:00:00Z');

describeEachDatabase('writing prompts', ({ db }) => {
  it('a facilitator offers a prompt; a member starts a story from it; others cannot use it', async () => {
    const group = await insertGroup(db(), { slug: 'grandparents', name: 'Grandparents' });
    const fay = {
      id: await makePerson(db(), { roles: ['facilitator'] }),
      roles: ['facilitator' as const],
    };
    const ann = { id: await makePerson(db()), roles: ['contributor' as const] };
    const outsider = { id: await makePerson(db()), roles: ['contributor' as const] };
    const otherFacilitator = {
      id: await makePerson(db(), { roles: ['facilitator'] }),
      roles: ['facilitator' as const],
    };
    await addGroupMember(db(), group, fay.id, 'facilitator');
    await addGroupMember(db(), group, ann.id, 'member');

    expect(
      await offerWritingPrompt(
        db(),
        otherFacilitator,
        form({ groupId: group, text: 'Hello' }),
        NOW,
      ),
    ).toEqual({
      ok: false,
      errors: { groupId: 'Only a facilitator of that group can offer it a prompt.' },
    });
    expect(
      await offerWritingPrompt(db(), ann, form({ groupId: group, text: 'Hello' }), NOW),
    ).toMatchObject({ ok: false });
    expect(
      await offerWritingPrompt(db(), fay, form({ groupId: group, text: '  ' }), NOW),
    ).toMatchObject({
      ok: false,
      errors: { text: expect.stringMatching(/^Please type the prompt/) as string },
    });
    const offered = await offerWritingPrompt(
      db(),
      fay,
      form({ groupId: group, text: 'A place you loved as a child' }),
      NOW,
    );
    if (!offered.ok) throw new Error('not offered');

    expect((await listPromptsForPerson(db(), ann.id)).map((prompt) => prompt.text)).toEqual([
      'A place you loved as a child',
    ]);
    expect(await listPromptsForPerson(db(), outsider.id)).toEqual([]);

    const started = await startStory(
      db(),
      ann,
      form({ title: '', kind: 'life_story', promptId: offered.value.id, groupId: '' }),
      NOW,
    );
    if (!started.ok) throw new Error('not started');
    expect(await findStoryById(db(), started.value.id)).toMatchObject({
      title: 'A place you loved as a child',
      group_id: group,
    });
    expect(await findPromptTextForStory(db(), started.value.id)).toBe(
      'A place you loved as a child',
    );

    // Someone outside the group cannot borrow the prompt (or its group).
    const borrowed = await startStory(
      db(),
      outsider,
      form({ title: 'Mine', kind: 'life_story', promptId: offered.value.id, groupId: '' }),
      NOW,
    );
    if (!borrowed.ok) throw new Error('not started');
    expect(await findStoryById(db(), borrowed.value.id)).toMatchObject({
      group_id: null,
      prompt_id: null,
    });
  });
});
