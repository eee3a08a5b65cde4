/**
 * The group space: a group's shared stories, its writing prompts, kind
 * replies, and its book. Only the group's members and facilitators reach any of
 * it (src/domain/groups.ts); a story appears only while every author's consent
 * for the scope (`group`, or `book` for the book) is valid now, at the revision
 * and names they chose, rendered by the public site's renderer.
 */
import type { SerializedEditorState } from 'lexical';
import { z } from 'zod';
import { audienceAuthors, projectStory } from '#src/domain/audience.ts';
import { decideVisibility, whenShared } from '#src/domain/consent-visibility.ts';
import { listPhotoIds, photoShownInUse, type PhotoInUse } from '#src/domain/media.ts';
import type { Anonymity, AuthorConsent } from '#src/domain/consent-types.ts';
import {
  canPostPrompt,
  canSeeGroup,
  chaptersChangedSince,
  checkReply,
  moveChapter,
  orderChapters,
  type ChapterChange,
} from '#src/domain/groups.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { slugFromTitle } from '#src/domain/slug.ts';
import { readerText, renderStoryForReaders, type ReaderView } from '#src/editor/reader.ts';
import { toFountain } from '#src/editor/fountain.ts';
import { redactedEditorState } from '#src/editor/render.ts';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Db } from '#src/server/platform/db.ts';
import { listGroupMembershipChanges } from '#src/server/safeguarding/account-changes.repository.ts';
import { isMinorOn } from '#src/domain/age.ts';
import { parseForm, textField } from '#src/server/http/forms.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import {
  findBook,
  findGroupWithPeople,
  findStoryGroupId,
  findPromptOfGroup,
  insertReply,
  listMembersWithGuardians,
  listPromptsOfGroup,
  listReplies,
  listStoriesOfGroup,
  recordBookPdf,
  saveBookDetails,
  saveChapterOrder,
  setMembersMayPostPrompts,
  setRepliesOpen,
  setReplyHidden,
  type GroupWithPeople,
  type ReplyRow,
} from './group-space.repository.ts';
import { insertWritingPrompt } from './prompts.repository.ts';
import {
  findRevision,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import { isUuid } from '#src/domain/ids.ts';
import { isVariantName } from '#src/server/media/images.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { findMediaById } from '#src/server/media/photos.repository.ts';

/** A refusal in plain words. */
export type GroupFailure = {
  readonly ok: false;
  readonly status: 400 | 403 | 404;
  readonly message: string;
};

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

/** A story of the group as its members (or its book's readers) see it now. */
export interface SharedStory {
  readonly storyId: string;
  readonly title: string;
  readonly kind: 'life_story' | 'film_script';
  readonly byline: string;
  readonly contentNotes: readonly string[];
  readonly promptId: string | null;
  readonly repliesOpen: boolean;
  readonly revisionNumber: number;
  readonly anonymity: Anonymity;
  readonly authorIds: readonly string[];
  /** When the last of its authors said yes: the list is newest first by this. */
  readonly sharedAt: Date;
  readonly excerpt: string;
  readonly view: ReaderView;
  /** The consented revision's editor state and script names (for exports). */
  readonly editorState: SerializedEditorState;
  readonly scriptNames: Record<string, string>;
}

/**
 * Every story of the group whose authors all consent to `scope` now, newest yes
 * first, each at the revision and names they chose.
 */
export async function listSharedStories(
  db: Db,
  groupId: string,
  scope: 'group' | 'book',
  now: Date,
): Promise<SharedStory[]> {
  const shared: SharedStory[] = [];
  for (const story of await listStoriesOfGroup(db, groupId)) {
    const authors = await listStoryAuthorsForConsent(db, story.id);
    const visibility = decideVisibility({
      authors,
      events: await listConsentEventsForStory(db, story.id),
      scope,
      now,
    });
    if (!visibility.visible) continue;
    const revision = await findRevision(db, story.id, visibility.revisionNumber);
    if (!revision) continue;
    const reader = { editorState: revision.editor_state, scriptNames: revision.script_names };
    const audience = projectStory(
      audienceAuthors(authors, await listStoryAuthorNames(db, story.id), (personId) =>
        levelOf(visibility.consents, personId),
      ),
    );
    shared.push({
      storyId: story.id,
      title: story.title,
      kind: story.kind,
      byline: audience.byline,
      contentNotes: story.content_notes,
      promptId: story.prompt_id,
      repliesOpen: story.replies_open,
      revisionNumber: visibility.revisionNumber,
      anonymity: audience.redaction,
      authorIds: authors.map((author) => author.personId),
      sharedAt: whenShared(visibility),
      excerpt: readerText(reader, audience).excerpt,
      view: renderStoryForReaders(reader, story.kind, audience),
      editorState: revision.editor_state as SerializedEditorState,
      scriptNames: revision.script_names,
    });
  }
  return shared.sort((a, b) => b.sharedAt.getTime() - a.sharedAt.getTime());
}

/** The level an author chose, from the consents that make the story visible. */
function levelOf(consents: readonly AuthorConsent[], personId: string): Anonymity {
  return consents.find((consent) => consent.personId === personId)?.anonymity ?? 'anonymous';
}

// --- The space and its prompts ------------------------------------------------

/** `/groups/[id]`: the shared stories, the prompts, and whether this viewer may post one. */
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
            isMinorOn(
              {
                dateOfBirth: member.dateOfBirth
                  ? new Date(`${member.dateOfBirth}T00:00:00Z`)
                  : null,
                guardianIds: member.guardians.map((guardian) => guardian.id),
              },
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
      ? 'Someone'
      : change.actor_id === viewerId
        ? 'You'
        : `${change.actor_name}${actorIsAdmin ? ', an admin,' : ''}`;
  const person =
    change.person_id !== null && change.person_id === change.actor_id
      ? change.actor_id === viewerId
        ? 'yourself'
        : 'themselves'
      : change.person_id === viewerId
        ? 'you'
        : (change.person_name ?? 'someone who has left Heard');
  if (change.kind === 'removed') return `${actor} took ${person} out of the group.`;
  return `${actor} added ${person} as a ${change.role === 'facilitator' ? 'facilitator' : 'member'}.`;
}

const promptForm = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'Please type the prompt, for example “A place you loved as a child”.')
    .max(200, 'A prompt can be at most 200 letters long.'),
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
  if (!group) return { ok: false, status: 404, message: 'There is no such group.' };
  if (!canPostPrompt(viewer, group)) {
    return {
      ok: false,
      status: 403,
      message: 'In this group, the facilitators post the prompts.',
    };
  }
  const parsed = parseForm(promptForm, { text: textField(form, 'text') });
  if (!parsed.ok) {
    return { ok: false, status: 400, message: parsed.errors['text'] ?? 'Please try again.' };
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
  if (!group) return { ok: false, status: 404, message: 'There is no such group.' };
  if (!group.facilitatorIds.includes(viewer.id)) {
    return { ok: false, status: 400, message: 'Only the group’s facilitators can change this.' };
  }
  const choice = textField(form, 'members');
  if (choice !== 'allow' && choice !== 'facilitators') {
    return { ok: false, status: 400, message: 'Choose who can post prompts.' };
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

// --- One story and its replies ---------------------------------------------------

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
  const loaded = await loadGroupStory(db, viewer, groupId, storyId, now);
  if (!loaded) return { ok: false, status: 404, message: 'There is no such story here.' };
  const intent = textField(form, 'intent');
  if (intent === 'reply') {
    if (!loaded.story.repliesOpen) {
      return { ok: false, status: 400, message: 'The writer has turned replies off.' };
    }
    const checked = checkReply(textField(form, 'text'));
    if (!checked.ok) return { ok: false, status: 400, message: checked.message };
    await insertReply(db, { storyId, groupId, authorId: viewer.id, text: checked.text, now });
    return { ok: true, done: 'replied' };
  }
  if (!loaded.isAuthor) {
    return { ok: false, status: 400, message: 'Only the person who wrote this can do that.' };
  }
  switch (intent) {
    case 'hide':
    case 'show': {
      const replyId = textField(form, 'reply');
      const changed =
        isUuid(replyId) &&
        (await setReplyHidden(db, storyId, replyId, intent === 'hide' ? now : null));
      return changed
        ? { ok: true, done: intent === 'hide' ? 'hidden' : 'shown' }
        : { ok: false, status: 404, message: 'There is no such reply.' };
    }
    case 'replies-off':
    case 'replies-on':
      await setRepliesOpen(db, storyId, intent === 'replies-on');
      return { ok: true, done: intent };
    default:
      return {
        ok: false,
        status: 400,
        message: 'Something went wrong with that button. Please try again.',
      };
  }
}

// --- The book -----------------------------------------------------------------------

/** The book as the group sees it now. */
export interface GroupBook {
  readonly group: GroupWithPeople;
  readonly title: string;
  readonly introduction: string;
  readonly chapters: readonly SharedStory[];
  readonly lastPdfAt: Date | null;
  readonly changedSincePdf: readonly ChapterChange[];
}

function defaultBookTitle(group: GroupWithPeople): string {
  return `Stories from ${group.name}`.slice(0, 200);
}

/** `/groups/[id]/book`: only stories whose authors all gave `book` consent, in the group's order. */
export async function loadBook(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
  now: Date,
): Promise<GroupBook | undefined> {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group) return undefined;
  const book = await findBook(db, groupId);
  const stories = await listSharedStories(db, groupId, 'book', now);
  const order = orderChapters(
    book?.chapter_order ?? [],
    stories.map((story) => story.storyId),
  );
  const chapters = order.flatMap((id) => stories.filter((story) => story.storyId === id));
  return {
    group,
    title: book?.title ?? defaultBookTitle(group),
    introduction: book?.introduction ?? '',
    chapters,
    lastPdfAt: book?.last_pdf_at ?? null,
    changedSincePdf: chaptersChangedSince(book?.last_pdf_chapters ?? null, snapshot(chapters)),
  };
}

function snapshot(chapters: readonly SharedStory[]) {
  return chapters.map((chapter) => ({
    storyId: chapter.storyId,
    title: chapter.title,
    revisionNumber: chapter.revisionNumber,
    byline: chapter.byline,
  }));
}

const bookForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give the book a title.')
    .max(200, 'Keep the title to 200 characters or fewer.'),
  introduction: z
    .string()
    .trim()
    .max(20000, 'Keep the introduction to 20,000 characters or fewer.'),
});

/** A change on the book page: `details` (title, introduction) or `move` a chapter up or down. */
export async function handleBookForm(
  db: Db,
  viewer: Viewer,
  groupId: string,
  form: FormData,
  now: Date,
): Promise<
  | { readonly ok: true; readonly done: string }
  | (GroupFailure & { readonly errors?: Readonly<Record<string, string>> })
> {
  const book = await loadBook(db, viewer, groupId, now);
  if (!book) return { ok: false, status: 404, message: 'There is no such group.' };
  const intent = textField(form, 'intent');
  if (intent === 'details') {
    const parsed = parseForm(bookForm, {
      title: textField(form, 'title'),
      introduction: textField(form, 'introduction'),
    });
    if (!parsed.ok) {
      return {
        ok: false,
        status: 400,
        message: 'Some answers need changing.',
        errors: parsed.errors,
      };
    }
    await saveBookDetails(db, groupId, { ...parsed.value, by: viewer.id, now });
    return { ok: true, done: 'saved' };
  }
  if (intent === 'up' || intent === 'down') {
    const storyId = textField(form, 'story');
    const current = book.chapters.map((chapter) => chapter.storyId);
    if (!current.includes(storyId)) {
      return { ok: false, status: 404, message: 'That chapter is not in the book.' };
    }
    await saveChapterOrder(db, groupId, {
      chapterIds: moveChapter(current, storyId, intent),
      defaultTitle: book.title,
      by: viewer.id,
      now,
    });
    return { ok: true, done: `moved-${storyId}` };
  }
  return {
    ok: false,
    status: 400,
    message: 'Something went wrong with that button. Please try again.',
  };
}

/** Remembers what a PDF held, for "changed since the last PDF". */
export async function rememberBookPdf(db: Db, book: GroupBook, now: Date): Promise<void> {
  await recordBookPdf(db, book.group.id, {
    chapters: snapshot(book.chapters),
    defaultTitle: book.title,
    now,
  });
}

// --- Photos ----------------------------------------------------------------------------

/**
 * The uses of a photo's story in the viewer's group that run now (its space,
 * its book): empty unless the viewer is in the story's group.
 */
export async function groupUsesOfPhoto(
  db: Db,
  viewer: Viewer | undefined,
  photo: {
    readonly storyId: string;
    readonly mediaId: string;
    readonly showsIdentifiablePeople: boolean;
  },
  now: Date,
): Promise<PhotoInUse[]> {
  if (!viewer) return [];
  const groupId = await findStoryGroupId(db, photo.storyId);
  if (!groupId || !(await findGroupFor(db, viewer, groupId))) return [];
  const authors = await listStoryAuthorsForConsent(db, photo.storyId);
  const events = await listConsentEventsForStory(db, photo.storyId);
  const uses: PhotoInUse[] = [];
  for (const scope of ['group', 'book'] as const) {
    const visibility = decideVisibility({ authors, events, scope, now });
    if (!visibility.visible) continue;
    const revision = await findRevision(db, photo.storyId, visibility.revisionNumber);
    uses.push({
      inShownRevision: revision
        ? listPhotoIds(revision.editor_state).includes(photo.mediaId)
        : false,
      showsIdentifiablePeople: photo.showsIdentifiablePeople,
      anonymity: visibility.consents.map((consent) => consent.anonymity),
    });
  }
  return uses;
}

// --- Scripts as Fountain ------------------------------------------------------------

/**
 * Every film script shared with the group, as Fountain files in a zip: each at
 * its consented revision, with details and names replaced as its authors chose.
 * Undefined for anyone outside the group.
 */
export async function groupScriptsZip(
  db: Db,
  viewer: Viewer | undefined,
  groupId: string,
  now: Date,
): Promise<
  { readonly groupName: string; readonly zip: Uint8Array; readonly count: number } | undefined
> {
  const group = await findGroupFor(db, viewer, groupId);
  if (!group) return undefined;
  const scripts = (await listSharedStories(db, groupId, 'group', now)).filter(
    (story) => story.kind === 'film_script',
  );
  const files: Zippable = {};
  const used = new Set<string>();
  for (const script of scripts) {
    const base = slugFromTitle(script.title) || 'script';
    let name = `${base}.fountain`;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}.fountain`;
    used.add(name);
    const state = redactedEditorState(script.editorState, script.anonymity, script.scriptNames);
    const fountain = toFountain(state, script.title).replace(
      /^Title: .*$/m,
      (line) => `${line}\nAuthor: ${script.byline}`,
    );
    files[name] = strToU8(fountain);
  }
  return { groupName: group.name, zip: zipSync(files, { mtime: now }), count: scripts.length };
}

/**
 * A photo the book's PDF asks for (`/media/[id]/[variant]`): only one in a
 * chapter's consented revision, and a photo of recognisable people only when
 * that chapter's authors chose to be named. Anything else is not there.
 */
export async function photoForBook(
  db: Db,
  book: GroupBook,
  path: string,
): Promise<{ body: Buffer; contentType: string } | undefined> {
  const match = /^\/media\/([0-9a-f-]{36})\/([a-z]+)$/.exec(path);
  const [, mediaId = '', variant = ''] = match ?? [];
  if (!isVariantName(variant)) return undefined;
  const media = await findMediaById(db, mediaId);
  const chapter = book.chapters.find((candidate) => candidate.storyId === media?.storyId);
  if (!media || !chapter) return undefined;
  const allowed = photoShownInUse({
    inShownRevision: listPhotoIds(chapter.editorState).includes(media.id),
    showsIdentifiablePeople: media.showsIdentifiablePeople,
    anonymity: [chapter.anonymity],
  });
  if (!allowed) return undefined;
  const bytes = await openMediaStore(db).get(media.storageKey, variant);
  return bytes ? { body: Buffer.from(bytes), contentType: 'image/webp' } : undefined;
}
