/**
 * Writing stories: opening one to write, starting one, saving revisions,
 * restoring old ones (the people on a story are in story-people.ts). Every function checks the viewer may
 * do it (with the domain rules), validates, writes in one transaction, and
 * returns a typed result. Nothing here ever overwrites what someone wrote.
 */
import { z } from 'zod';
import { isUuid } from '#src/domain/ids.ts';
import { canEditStory, canReadDraft, isAuthor, type Viewer } from '#src/domain/permissions.ts';
import { listPhotoIds } from '#src/domain/media.ts';
import { listRecordingIds } from '#src/domain/voice.ts';
import { listRecordingsOfStory } from '#src/server/voice/recordings.repository.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { validationMessage } from '#src/editor/refusals.ts';
import { validateScriptNameMap, type ScriptNameMap } from '#src/editor/script-names.ts';
import type { Db } from '#src/server/platform/db.ts';
import { claimFairUse } from '#src/server/accounts/fair-use.ts';
import { listMediaForStory } from '#src/server/media/photos.repository.ts';
import {
  findPromptForPerson,
  listPromptsForPerson,
} from '#src/server/groups/prompts.repository.ts';
import {
  parseForm,
  problem,
  requiredText,
  textField,
  type FormResult,
} from '#src/server/http/forms.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Translator } from '#src/i18n/translator.ts';
import {
  findRevision,
  findStoryAccess,
  findPromptTextForStory,
  findStoryById,
  insertRevision,
  insertStory,
  listRevisions,
  updateStoryDetails,
} from './stories.repository.ts';
import { listGroupsForPerson } from './story-people.repository.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';

/** A story as its author (or helper) opens it. */
export interface StoryForWriting {
  readonly story: StoryRow;
  readonly mayEdit: boolean;
  readonly isAuthor: boolean;
  readonly latest: {
    readonly number: number;
    readonly state: unknown;
    readonly scriptNames: ScriptNameMap;
    readonly createdAt: Date;
  } | null;
}

/**
 * The story if this person may read the draft; undefined otherwise. Callers answer
 * 404 either way, so nobody learns that a private story exists.
 */
export async function loadStoryForWriting(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
): Promise<StoryForWriting | undefined> {
  if (!isUuid(storyId)) return undefined;
  const access = await findStoryAccess(db, storyId);
  if (!access || !canReadDraft(viewer, access)) return undefined;
  const story = await findStoryById(db, storyId);
  if (!story) return undefined;
  const revision =
    story.latest_revision > 0 ? await findRevision(db, storyId, story.latest_revision) : undefined;
  return {
    story,
    mayEdit: canEditStory(viewer, access),
    isAuthor: isAuthor(viewer, access),
    latest: revision
      ? {
          number: revision.number,
          state: revision.editor_state,
          scriptNames: revision.script_names,
          createdAt: revision.created_at,
        }
      : null,
  };
}

/** A story the editor may save to: its writer, the story, and their words for the answer. */
export interface StoryToSave {
  readonly writer: Viewer;
  readonly loaded: StoryForWriting;
  readonly t: Translator['t'];
}

/**
 * The story for one of the editor's saves, or the 404 for anyone who may not
 * edit it (so nobody learns a private story exists).
 */
export async function openStoryToSave(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
): Promise<StoryToSave | { readonly status: 404; readonly message: string }> {
  // The editor shows these words to the writer saving, in their language.
  const words = requestWords();
  const t = words.t.bind(words);
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!viewer || !loaded?.mayEdit) return { status: 404, message: t('editor.save.notFound') };
  return { writer: viewer, loaded, t };
}

function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((item) => item.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** The words of a list field's problems: too long in all, too many items, an item too long. */
interface ListFieldWords {
  readonly tooLong: MessageKey;
  readonly tooMany: MessageKey;
  readonly itemTooLong: MessageKey;
}

// Problems are message keys, put in the words of the person who sent the form when it is checked.
const listField = (words: ListFieldWords) =>
  z
    .string()
    .max(1000, problem(words.tooLong))
    .transform(splitList)
    .refine((items) => items.length <= 12, problem({ key: words.tooMany, values: { max: 12 } }))
    .refine(
      (items) => items.every((item) => item.length <= 40),
      problem({ key: words.itemTooLong, values: { max: 40 } }),
    );

const titleField = requiredText('my.writing.titleMissing', 200, {
  key: 'my.writing.titleTooLong',
  values: { max: 200 },
});

/** Starts a new story for the viewer (who becomes its first author). */
export async function startStory(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<FormResult<{ id: string }>> {
  const groups = await listGroupsForPerson(db, viewer.id);
  const promptId = textField(form, 'promptId');
  const prompt = isUuid(promptId) ? await findPromptForPerson(db, promptId, viewer.id) : undefined;
  const parsed = parseForm(
    z.object({
      title: titleField,
      kind: z.enum(['life_story', 'film_script'], problem('my.writing.chooseKind')),
      groupId: z
        .string()
        .refine(
          (value) => value === '' || groups.some((group) => group.id === value),
          problem('my.writing.chooseGroup'),
        ),
    }),
    {
      // A story started from a prompt may take the prompt as its title, and
      // belongs to the prompt's group.
      title: textField(form, 'title').trim() || (prompt?.text ?? ''),
      kind: textField(form, 'kind'),
      groupId: prompt?.group_id ?? textField(form, 'groupId'),
    },
  );
  if (!parsed.ok) return parsed;
  const story = await insertStory(db, {
    title: parsed.value.title,
    kind: parsed.value.kind,
    authorIds: [viewer.id],
    groupId: parsed.value.groupId || null,
    promptId: prompt?.id ?? null,
    now,
  });
  return { ok: true, value: { id: story.id } };
}

/** Changes a story's title, themes and content notes (authors and editing helpers). */
export async function saveStoryDetails(
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<FormResult<null> | { ok: false; notFound: true }> {
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!loaded?.mayEdit) return { ok: false, notFound: true };
  const parsed = parseForm(
    z.object({
      title: titleField,
      themes: listField({
        tooLong: 'my.writing.themesTooLong',
        tooMany: 'my.writing.themesTooMany',
        itemTooLong: 'my.writing.themeTooLong',
      }),
      contentNotes: listField({
        tooLong: 'my.writing.notesTooLong',
        tooMany: 'my.writing.notesTooMany',
        itemTooLong: 'my.writing.noteTooLong',
      }),
    }),
    {
      title: textField(form, 'title'),
      themes: textField(form, 'themes'),
      contentNotes: textField(form, 'contentNotes'),
    },
  );
  if (!parsed.ok) return parsed;
  await updateStoryDetails(db, storyId, parsed.value, now);
  return { ok: true, value: null };
}

export type SaveRevisionResult =
  | { readonly status: 200; readonly revision: number; readonly savedAt: Date }
  | {
      readonly status: 409;
      readonly message: string;
      /** The newer revision someone else saved, so the writer can keep either or both. */
      readonly latest: {
        readonly revision: number;
        readonly state: unknown;
        readonly scriptNames: ScriptNameMap;
      };
    }
  | { readonly status: 400 | 404 | 413; readonly message: string }
  | { readonly status: 429; readonly message: string; readonly retryAfterSeconds: number };

/** The most JSON a save may send: the editor's own 2 MB plus room for the envelope. */
export const MAX_SAVE_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/**
 * Saves a new immutable revision from the editor ({ state, basedOn, scriptNames? }). The state is parsed with the
 * headless editor and the shared node registry; anything it does not recognise
 * is refused with a plain message (and the browser keeps the draft). A save based
 * on an older revision gets 409 with the newer one, so both texts survive.
 */
export async function saveRevision(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  body: unknown,
  now: Date,
): Promise<SaveRevisionResult> {
  const opened = await openStoryToSave(db, viewer, storyId);
  if ('status' in opened) return opened;
  const { writer, loaded, t } = opened;
  const envelope = z
    .object({
      state: z.unknown(),
      basedOn: z.number().int().min(1).nullable(),
      scriptNames: z.unknown().optional(),
    })
    .safeParse(body);
  if (!envelope.success) return { status: 400, message: t('editor.save.unreadable') };
  const validated = validateEditorState(envelope.data.state, loaded.story.kind, t);
  if (!validated.ok) return { status: 400, message: validated.message };
  let scriptNames: ScriptNameMap = {};
  if (envelope.data.scriptNames !== undefined) {
    const names = validateScriptNameMap(envelope.data.scriptNames, t);
    if (!names.ok) return { status: 400, message: names.message };
    scriptNames = names.map;
  }
  // Photos are placed in a story by uploading them to it: an id of another
  // story's photo (or of none) would show something this story never held.
  const photoIds = listPhotoIds(validated.state);
  if (photoIds.length > 0) {
    const own = new Set((await listMediaForStory(db, storyId)).map((media) => media.id));
    if (photoIds.some((id) => !own.has(id))) {
      return { status: 400, message: validationMessage('photoUnknown', t) };
    }
  }
  // Recordings likewise: only this story's own, and never one that was refused.
  const recordingIds = listRecordingIds(validated.state);
  if (recordingIds.length > 0) {
    const own = new Set(
      (await listRecordingsOfStory(db, storyId))
        .filter((recording) => recording.status !== 'refused')
        .map((recording) => recording.id),
    );
    if (recordingIds.some((id) => !own.has(id))) {
      return { status: 400, message: validationMessage('recordingUnknown', t) };
    }
  }
  const fair = await claimFairUse(
    db,
    writer.id,
    'save',
    Buffer.byteLength(JSON.stringify(validated.state)) + Buffer.byteLength(validated.plainText),
    now,
  );
  if (!fair.allowed) {
    return { status: 429, message: fair.message, retryAfterSeconds: fair.retryAfterSeconds };
  }
  const saved = await insertRevision(db, {
    storyId,
    editorState: validated.state,
    plainText: validated.plainText,
    wordCount: validated.wordCount,
    authorId: writer.id,
    basedOn: envelope.data.basedOn,
    now,
    scriptNames,
  });
  if (saved.ok) return { status: 200, revision: saved.number, savedAt: now };
  if (saved.reason === 'no-such-story') return { status: 404, message: t('editor.save.notFound') };
  const latest = await findRevision(db, storyId, saved.latest);
  return {
    status: 409,
    message: t('editor.save.conflict'),
    latest: {
      revision: saved.latest,
      state: latest?.editor_state ?? null,
      scriptNames: latest?.script_names ?? {},
    },
  };
}

/** Restores an old revision by saving its text again as the newest revision. */
export async function restoreRevision(
  db: Db,
  viewer: Viewer,
  storyId: string,
  number: number,
  now: Date,
): Promise<{ ok: true; revision: number } | { ok: false; notFound: true }> {
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!loaded?.mayEdit) return { ok: false, notFound: true };
  const old = await findRevision(db, storyId, number);
  if (!old) return { ok: false, notFound: true };
  const saved = await insertRevision(db, {
    storyId,
    editorState: old.editor_state,
    plainText: old.plain_text,
    wordCount: old.word_count,
    authorId: viewer.id,
    basedOn: loaded.story.latest_revision,
    now,
    scriptNames: old.script_names,
  });
  // The only way to be stale here is a save landing in between: try once more.
  if (!saved.ok) return restoreRevision(db, viewer, storyId, number, now);
  return { ok: true, revision: saved.number };
}

/** Every saved version of a story its viewer may write, newest first. */
export function listVersions(db: Db, loaded: StoryForWriting): ReturnType<typeof listRevisions> {
  return listRevisions(db, loaded.story.id);
}

/** One saved version of a story its viewer may write, if there is one with that number. */
export function findVersion(
  db: Db,
  loaded: StoryForWriting,
  number: number,
): ReturnType<typeof findRevision> {
  return findRevision(db, loaded.story.id, number);
}

/** The group prompt a story was started from, if any, for its writers to see. */
export function findStartingPrompt(
  db: Db,
  loaded: StoryForWriting,
): ReturnType<typeof findPromptTextForStory> {
  return findPromptTextForStory(db, loaded.story.id);
}

/** What the "start a story" page offers a person: their groups and the prompts offered to them. */
export interface WritingStart {
  readonly groups: Awaited<ReturnType<typeof listGroupsForPerson>>;
  readonly prompts: Awaited<ReturnType<typeof listPromptsForPerson>>;
}

/** Loads the "start a story" page for a person. */
export async function loadWritingStart(db: Db, person: Viewer): Promise<WritingStart> {
  const groups = await listGroupsForPerson(db, person.id);
  const prompts = await listPromptsForPerson(db, person.id);
  return { groups, prompts };
}
