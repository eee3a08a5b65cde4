/**
 * The group space: a group's shared stories, its writing prompts and who
 * joined or left. Only the group's members and facilitators reach any of it
 * (src/domain/groups.ts); the stories are listSharedStories's, replies are in
 * replies.ts, the book in book.ts, scripts in group-scripts.ts and photos in
 * group-photos.ts.
 */
import { z } from 'zod';
import { canPostPrompt, canSeeGroup } from '#src/domain/groups.ts';
import { isUuid } from '#src/domain/ids.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { parseForm, requiredText, textField } from '#src/server/http/forms.ts';
import { listGroupMembershipChanges } from '#src/server/safeguarding/account-changes.repository.ts';
import { isUnder18 } from '#src/server/safeguarding/safeguarding.ts';
import {
  findGroupWithPeople,
  findPromptOfGroup,
  listMembersWithGuardians,
  listPromptsOfGroup,
  setMembersMayPostPrompts,
  type GroupWithPeople,
} from './group-space.repository.ts';
import { insertWritingPrompt } from './prompts.repository.ts';
import { listSharedStories } from './shared-stories.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** A refusal in plain words. */
export type GroupFailure = {
  readonly ok: false;
  readonly status: 400 | 403 | 404;
  readonly message: string;
};

/** The group is not there, or this viewer is not in it: they learn nothing more. */
export function noSuchGroup(): GroupFailure {
  return refusal(404, 'groups.noSuchGroup');
}

/** The group, if this viewer is one of its members or facilitators. */
export async function findGroupFor(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
): Promise<GroupWithPeople | undefined> {
  if (!viewer || !isUuid(groupId)) return undefined;
  const group = await findGroupWithPeople(db, groupId);
  return group && canSeeGroup(viewer, group) ? group : undefined;
}

/**
 * `/groups/[id]`: the shared stories, the prompts, and whether this viewer may
 * post one; who joined or left in the words of the request's language.
 */
export async function loadGroupSpace(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
  now: Date,
) {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group) return undefined;
  return {
    group,
    isFacilitator: viewer ? group.facilitatorIds.includes(viewer.id) : false,
    mayPostPrompt: canPostPrompt(viewer, group),
    prompts: await listPromptsOfGroup(db, groupId, 10),
    stories: await listSharedStories(db, groupId, 'group', now),
    // For facilitators: the young people in the group and their parents or carers.
    youngMembers:
      viewer && group.facilitatorIds.includes(viewer.id)
        ? (await listMembersWithGuardians(db, groupId)).filter((member) =>
            isUnder18(
              member.dateOfBirth,
              member.guardians.map((guardian) => guardian.id),
              now,
            ),
          )
        : [],
    membershipChanges: (await listGroupMembershipChanges(db, groupId)).map((change) => ({
      at: change.occurred_at,
      text: describeMembershipChange(change, viewer?.id),
    })),
  };
}

/**
 * "Alex, an admin, added themselves as a member": who joined or left and who
 * did it, so nobody reaches into a group unseen.
 */
function describeMembershipChange(
  change: {
    readonly kind: 'added' | 'removed';
    readonly role: 'member' | 'facilitator' | null;
    readonly person_id: string | null;
    readonly actor_id: string | null;
    readonly person_name: string | null;
    readonly actor_name: string | null;
    readonly actor_roles: readonly string[] | null;
  },
  viewerId: string | undefined,
): string {
  const actorIsAdmin = change.actor_roles?.includes('admin') ?? false;
  const actor =
    change.actor_name === null
      ? 'someone'
      : change.actor_id === viewerId
        ? 'you'
        : actorIsAdmin
          ? 'admin'
          : 'named';
  const person =
    change.person_id !== null && change.person_id === change.actor_id
      ? change.actor_id === viewerId
        ? 'yourself'
        : 'themselves'
      : change.person_id === viewerId
        ? 'you'
        : change.person_name === null
          ? 'gone'
          : 'named';
  const values = {
    actor,
    name: change.actor_name ?? '',
    person,
    personName: change.person_name ?? '',
    role: change.role ?? 'member',
  };
  return requestWords().t(
    change.kind === 'removed' ? 'groups.space.removed' : 'groups.space.added',
    values,
  );
}

const promptForm = z.object({
  text: requiredText('groups.space.promptMissing', 200, 'groups.space.promptTooLong'),
});

/** Posts a writing prompt: facilitators, and members when the group allows. */
export async function postPrompt(
  db: Db,
  viewer: Viewer,
  groupId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly promptId: string } | GroupFailure> {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group) return noSuchGroup();
  if (!canPostPrompt(viewer, group)) return refusal(403, 'groups.space.onlyFacilitatorsPost');
  const parsed = parseForm(promptForm, { text: textField(form, 'text') });
  if (!parsed.ok) {
    const message = parsed.errors['text'] ?? requestWords().t('groups.space.tryAgain');
    return { ok: false, status: 400, message };
  }
  const promptId = await insertWritingPrompt(db, {
    groupId,
    text: parsed.value.text,
    createdBy: viewer.id,
    now,
  });
  return { ok: true, promptId };
}

/** A facilitator lets members post prompts too (`allow`), or leaves it to facilitators. */
export async function changeWhoPostsPrompts(
  db: Db,
  viewer: Viewer,
  groupId: string,
  form: FormData,
): Promise<{ readonly ok: true; readonly allowed: boolean } | GroupFailure> {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group) return noSuchGroup();
  if (!group.facilitatorIds.includes(viewer.id)) {
    return refusal(400, 'groups.space.onlyFacilitatorsChange');
  }
  const choice = textField(form, 'members');
  if (choice !== 'allow' && choice !== 'facilitators') {
    return refusal(400, 'groups.space.chooseWhoPosts');
  }
  await setMembersMayPostPrompts(db, groupId, choice === 'allow');
  return { ok: true, allowed: choice === 'allow' };
}

/** `/groups/[id]/prompts/[promptId]`: the prompt and the stories shared in answer to it. */
export async function loadPrompt(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
  promptId: string,
  now: Date,
) {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group || !isUuid(promptId)) return undefined;
  const prompt = await findPromptOfGroup(db, groupId, promptId);
  if (!prompt) return undefined;
  const stories = (await listSharedStories(db, groupId, 'group', now)).filter(
    (story) => story.promptId === promptId,
  );
  return { group, prompt, stories };
}
