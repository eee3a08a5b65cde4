/**
 * The identification check for the sharing page and for staff: loads the
 * newest version of a story (or a request's excerpt), asks the domain what in
 * it could identify someone, and makes the two changes the check offers (mark
 * words as private, rename a script's character), each as a new revision saved
 * through saveRevision, so nothing anyone wrote is lost and a concurrent edit
 * is caught. Nothing is stored about what the check found or what a person
 * chose to keep (docs/decisions/015-identification-check.md).
 */
import { z } from 'zod';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { findIdentifyingDetails, type IdentifyingDetail } from '#src/domain/identification.ts';
import {
  checkVoiceFor,
  findRealCharacterNames,
  type CheckVoice,
  type RealCharacterName,
} from '#src/domain/identification-words.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import {
  markWordsInState,
  renameCharacterInState,
  storyToCheck,
} from '#src/editor/identification-text.ts';
import {
  MAX_REPLACEMENT_LENGTH,
  SENSITIVE_DETAIL_KINDS,
} from '#src/editor/nodes/SensitiveDetailNode.ts';
import { SCRIPT_NAME_MAP_LIMITS } from '#src/editor/script-names.ts';
import type { Db } from '#src/server/platform/db.ts';
import { requiredText, textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { listGroupmates } from '#src/server/writing/story-people.repository.ts';
import { loadStoryForWriting, saveRevision } from '#src/server/writing/stories.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** What the sharing page shows of the check. */
export interface SharingCheck {
  readonly voice: CheckVoice;
  readonly revisionNumber: number;
  readonly details: readonly IdentifyingDetail[];
  /** A film script's characters named after real people (only beyond the group). */
  readonly realCharacters: readonly RealCharacterName[];
  /** The story's language (a BCP 47 tag), for marking the words found. */
  readonly language: string;
}

/**
 * The check on the newest version of a story, for one of its authors choosing
 * how to share it; undefined when they may not, or there is nothing written.
 */
export async function loadSharingCheck(
  db: Db,
  viewer: Viewer,
  storyId: string,
  choice: {
    readonly anonymity: Anonymity;
    readonly beyondGroup: boolean;
    /** The names readers will see in the byline. */
    readonly shownNames: readonly string[];
  },
): Promise<SharingCheck | undefined> {
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!loaded?.isAuthor || !loaded.latest) return undefined;
  const voice = checkVoiceFor(choice.anonymity);
  // At `named` readers see every detail as written, and the name map is not applied.
  const nameMap = choice.anonymity === 'named' ? {} : loaded.latest.scriptNames;
  const story = storyToCheck(loaded.latest.state, loaded.story.title, nameMap);
  const details =
    voice === 'silent'
      ? []
      : findIdentifyingDetails({
          parts: story.parts,
          shownNames: choice.shownNames,
          characterNames: story.characterNames,
          // Its suggestions go into the story's text: in the story's language.
          language: asLanguage(loaded.story.language),
        });
  let realCharacters: RealCharacterName[] = [];
  if (loaded.story.kind === 'film_script' && choice.beyondGroup) {
    const mates = await listGroupmates(db, viewer.id);
    const people = await listPersonNameFacts(db, [viewer.id, ...mates.map((mate) => mate.id)]);
    realCharacters = findRealCharacterNames(
      story.characterNames,
      people.map((person) => ({
        names: [person.displayName, person.firstName ?? ''],
        isWriter: person.id === viewer.id,
      })),
    );
  }
  return {
    voice,
    revisionNumber: loaded.latest.number,
    details,
    realCharacters,
    language: loaded.story.language,
  };
}

/** The check on words staff want to use (a request's excerpt, in its story's language). */
export function checkExcerpt(
  excerpt: string,
  shownNames: readonly string[],
  language?: Language,
): IdentifyingDetail[] {
  return findIdentifyingDetails({
    parts: [{ where: 'story', segments: [{ text: excerpt }] }],
    shownNames,
    ...(language ? { language } : {}),
  });
}

/** The outcome of a change the check offered. */
export type CheckChangeResult =
  | { readonly ok: true; readonly revision: number; readonly message: string }
  | { readonly ok: false; readonly status: 400 | 404 | 409 | 429; readonly message: string };

// Each form's problems are in the words of the person sending it, so each is made per request.
function markForm() {
  const words = requestWords();
  const chooseWords = words.t('identification.refused.chooseWords');
  return z.object({
    words: z.string().trim().min(1, { message: chooseWords }).max(200, { message: chooseWords }),
    detailKind: z.enum(SENSITIVE_DETAIL_KINDS, {
      message: words.t('identification.refused.chooseKind'),
    }),
    replacement: requiredText(
      words.t('identification.refused.typeReplacement'),
      MAX_REPLACEMENT_LENGTH,
      words.t('identification.refused.replacementTooLong', { max: MAX_REPLACEMENT_LENGTH }),
    ),
    revision: z.coerce.number().int().min(1),
  });
}

function renameForm() {
  const words = requestWords();
  const max = SCRIPT_NAME_MAP_LIMITS.maxNameLength;
  return z.object({
    from: z.string().trim().min(1).max(max),
    to: requiredText(
      words.t('identification.refused.typeName'),
      max,
      words.t('identification.refused.nameTooLong', { max }),
    ).regex(/[\p{L}\p{N}]/u, { message: words.t('identification.refused.nameLetter') }),
    revision: z.coerce.number().int().min(1),
  });
}

const changedElsewhere = () => requestWords().t('identification.refused.changedElsewhere');

/** One of the changes the check offers, as its page makes it. */
export type CheckChange = (
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
) => Promise<CheckChangeResult>;

/** What a change does to the version it was asked on, and its words when it finds nothing or is done. */
interface ChangePlan {
  readonly revision: number;
  readonly change: (state: unknown) => { readonly state: unknown; readonly count: number };
  readonly none: string;
  readonly done: string;
}

/**
 * A change the check offers: reads its form (each field by its name in the
 * schema; a problem comes back as its first message, and nothing is changed),
 * then saves the newest version with the change as a new revision.
 */
function offeredChange<Shape extends z.ZodRawShape>(
  makeSchema: () => z.ZodObject<Shape>,
  plan: (value: z.output<z.ZodObject<Shape>>) => ChangePlan,
): CheckChange {
  return async (db, viewer, storyId, form, now) => {
    const schema = makeSchema();
    const parsed = schema.safeParse(
      Object.fromEntries(Object.keys(schema.shape).map((name) => [name, textField(form, name)])),
    );
    if (!parsed.success) {
      const words = requestWords();
      const problem =
        parsed.error.issues[0]?.message ?? words.t('identification.refused.unreadable');
      return refusal(400, 'identification.refused.nothingChanged', { problem });
    }
    return saveChanged(db, viewer, storyId, plan(parsed.data), now);
  };
}

async function saveChanged(
  db: Db,
  viewer: Viewer,
  storyId: string,
  plan: ChangePlan,
  now: Date,
): Promise<CheckChangeResult> {
  const { revision } = plan;
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!loaded?.isAuthor || !loaded.latest) {
    return refusal(404, 'identification.refused.noSuchStory');
  }
  if (loaded.latest.number !== revision) {
    return { ok: false, status: 409, message: changedElsewhere() };
  }
  const changed = plan.change(loaded.latest.state);
  if (changed.count === 0) return { ok: false, status: 400, message: plan.none };
  const saved = await saveRevision(
    db,
    viewer,
    storyId,
    { state: changed.state, basedOn: revision, scriptNames: loaded.latest.scriptNames },
    now,
  );
  switch (saved.status) {
    case 200:
      return { ok: true, revision: saved.revision, message: plan.done };
    case 409:
      return { ok: false, status: 409, message: changedElsewhere() };
    case 429:
      return { ok: false, status: 429, message: saved.message };
    case 404:
      return { ok: false, status: 404, message: saved.message };
    case 400:
    case 413:
      return { ok: false, status: 400, message: saved.message };
  }
}

/**
 * Marks every unmarked occurrence of some words in the newest version as a
 * private detail with the words readers see instead: what the editor's
 * "Mark as private" does, for all of them at once.
 */
export const markAsPrivate = offeredChange(
  markForm,
  ({ words, detailKind, replacement, revision }) => ({
    revision,
    change: (state) => {
      const result = markWordsInState(state, words, detailKind, replacement);
      return { state: result.state, count: result.marked };
    },
    none: requestWords().t('identification.markDone.none', { words }),
    done: requestWords().t('identification.markDone.done', { replacement, words }),
  }),
);

/** Renames a film script's character throughout the newest version. */
export const renameCharacter = offeredChange(renameForm, ({ from, to, revision }) => ({
  revision,
  change: (state) => {
    const result = renameCharacterInState(state, from, to);
    return { state: result.state, count: result.renamed };
  },
  none: requestWords().t('identification.renameDone.none', { from }),
  done: requestWords().t('identification.renameDone.done', { from, to }),
}));
