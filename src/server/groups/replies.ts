/**
 * One story shared with a group, and its kind replies: any member may reply
 * while replies are open; the story's authors may hide a reply (it stays
 * visible to them) or turn replies off.
 */
import { checkReply } from '#src/domain/groups.ts';
import { isUuid } from '#src/domain/ids.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import {
  insertReply,
  listReplies,
  setRepliesOpen,
  setReplyHidden,
  type GroupWithPeople,
  type ReplyRow,
} from './group-space.repository.ts';
import { UNKNOWN_BUTTON } from '#src/server/http/form-post.ts';
import { findGroupFor, type GroupFailure } from './group-space.ts';
import { listSharedStories, type SharedStory } from './shared-stories.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** `/groups/[id]/stories/[storyId]`: the story as shared with the group, and its replies. */
export async function loadGroupStory(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
  storyId: string,
  now: Date,
): Promise<
  | {
      readonly group: GroupWithPeople;
      readonly story: SharedStory;
      readonly isAuthor: boolean;
      readonly replies: readonly ReplyRow[];
    }
  | undefined
> {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group || !viewer || !isUuid(storyId)) return undefined;
  const story = (await listSharedStories(db, groupId, 'group', now)).find(
    (candidate) => candidate.storyId === storyId,
  );
  if (!story) return undefined;
  const isAuthor = story.authorIds.includes(viewer.id);
  // Hidden replies stay visible to the story's authors (so they can show them again), and to nobody else.
  const replies = (await listReplies(db, storyId, groupId)).filter(
    (reply) => !reply.hidden || isAuthor,
  );
  return { group, story, isAuthor, replies };
}

/**
 * A change on a group story's page: `reply` (any member, while replies are
 * open), `hide`/`show` a reply and `replies-off`/`replies-on` (the story's
 * authors only).
 */
export async function handleGroupStoryForm(
  db: Db,
  viewer: Viewer,
  groupId: string,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly done: string } | GroupFailure> {
  const words = requestWords();
  const loaded = await loadGroupStory(db, viewer, groupId, storyId, now);
  if (!loaded) return refusal(404, 'groups.story.noSuchStory');
  const intent = textField(form, 'intent');
  if (intent === 'reply') {
    if (!loaded.story.repliesOpen) return refusal(400, 'groups.story.turnedOff');
    const checked = checkReply(textField(form, 'text'), words);
    if (!checked.ok) return { ok: false, status: 400, message: checked.message };
    await insertReply(db, { storyId, groupId, authorId: viewer.id, text: checked.text, now });
    return { ok: true, done: 'replied' };
  }
  if (!loaded.isAuthor) return refusal(400, 'groups.story.onlyWriter');
  switch (intent) {
    case 'hide':
    case 'show': {
      const replyId = textField(form, 'reply');
      const changed =
        isUuid(replyId) &&
        (await setReplyHidden(db, storyId, replyId, intent === 'hide' ? now : null));
      return changed
        ? { ok: true, done: intent === 'hide' ? 'hidden' : 'shown' }
        : refusal(404, 'groups.story.noSuchReply');
    }
    case 'replies-off':
    case 'replies-on':
      await setRepliesOpen(db, storyId, intent === 'replies-on');
      return { ok: true, done: intent };
    default:
      return UNKNOWN_BUTTON;
  }
}
