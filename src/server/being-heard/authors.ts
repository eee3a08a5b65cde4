/**
 * The author's side of being heard: answers to their story (reply, say
 * whether it helped, hide it, show it on the story's public page, or turn
 * answers off), and "What happened because of my story". Only the story's
 * authors reach any of it.
 */
import {
  CHANGE_STATUS_MESSAGES,
  checkAnswerText,
  decideChangeLink,
  mayShowAnswerPublicly,
} from '#src/domain/being-heard.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { isStoryAuthor } from '#src/server/writing/authorship.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { touchPublication } from '#src/server/publishing/publications.repository.ts';
import { isUuid } from '#src/domain/ids.ts';
import { decideStory, type StoryDecisions } from './decide.ts';
import {
  findAnswerStoryId,
  findImprovementCandidate,
  insertAnswerReply,
  listAnswersForStory,
  listStoryIdsWithAnswers,
  setAnswerHelpful,
  setAnswerHidden,
  setAnswerShownPublicly,
  setAnswersOpen,
  type AnswerRow,
} from './being-heard.repository.ts';
import { listChangesForStories, type ChangeRow } from './changes.repository.ts';
import { listActiveStoryIdsForAuthor } from '#src/server/consent/receipts.repository.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** `/my/stories/[id]/answers` as its author sees it. */
export interface StoryAnswersPage {
  readonly storyId: string;
  readonly title: string;
  /** The story's language (a BCP 47 tag), for marking its title. */
  readonly language: string;
  readonly answersOpen: boolean;
  /** Whether the story is shared to improve services now (so answers can come). */
  readonly sharedForImprovement: boolean;
  /** Whether the story is on the public website now. */
  readonly publicNow: boolean;
  /** Whether an answer may be shown under it there (mayShowAnswerPublicly). */
  readonly mayShowPublicly: boolean;
  readonly answers: readonly AnswerRow[];
}

async function findAuthoredStory(db: Db, viewer: Viewer, storyId: string) {
  if (!(await isStoryAuthor(db, viewer, storyId))) return undefined;
  return findImprovementCandidate(db, storyId);
}

/** The answers to a story, for its authors only; anyone else gets nothing (a 404). */
export async function loadStoryAnswers(
  db: Db,
  viewer: Viewer,
  storyId: string,
  now: Date,
): Promise<StoryAnswersPage | undefined> {
  const story = await findAuthoredStory(db, viewer, storyId);
  if (!story) return undefined;
  const decided = await decideStory(db, storyId, now);
  return {
    storyId,
    title: story.title,
    language: story.language,
    answersOpen: story.answersOpen,
    sharedForImprovement: decided.improvement.visible,
    publicNow: decided.publicSite.visible,
    mayShowPublicly: mayShowPublicly(decided),
    answers: await listAnswersForStory(db, storyId),
  };
}

function mayShowPublicly(decided: StoryDecisions): boolean {
  return mayShowAnswerPublicly({
    storyIsPublic: decided.publicSite.visible,
    authorCount: decided.authors.length,
  });
}

/** What the answers page's forms did. */
export type AnswersDone =
  | 'replied'
  | 'helpful'
  | 'not-helpful'
  | 'hidden'
  | 'shown'
  | 'shown-publicly'
  | 'not-shown-publicly'
  | 'answers-off'
  | 'answers-on';

/**
 * The answers page's forms: reply, helpful or not, hide or show, show on the
 * public story page or stop, answers off or on.
 */
export async function handleStoryAnswersForm(
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<
  | { readonly ok: true; readonly done: AnswersDone }
  | { readonly ok: false; readonly status: 400 | 404; readonly message: string }
> {
  const story = await findAuthoredStory(db, viewer, storyId);
  if (!story) return refusal(404, 'services.refused.noSuchStory');
  const intent = form.get('intent');
  if (intent === 'answers-off' || intent === 'answers-on') {
    await setAnswersOpen(db, storyId, intent === 'answers-on');
    return { ok: true, done: intent };
  }
  const answerId = textField(form, 'answer');
  const belongs = isUuid(answerId) && (await findAnswerStoryId(db, answerId)) === storyId;
  if (!belongs) return refusal(400, 'services.refused.chooseAnswer');
  switch (typeof intent === 'string' ? intent : '') {
    case 'reply': {
      const text = checkAnswerText(textField(form, 'text'), requestWords());
      if (!text.ok) return { ok: false, status: 400, message: text.message };
      await insertAnswerReply(db, { answerId, writtenBy: viewer.id, text: text.text, now });
      return { ok: true, done: 'replied' };
    }
    case 'helpful':
    case 'not-helpful':
      await setAnswerHelpful(db, answerId, intent === 'helpful');
      return { ok: true, done: intent === 'helpful' ? 'helpful' : 'not-helpful' };
    case 'hide':
    case 'show':
      // The public page shows no hidden answer: it changes in the same transaction.
      await inTransaction(db, async (trx) => {
        await setAnswerHidden(trx, answerId, intent === 'hide' ? now : null);
        await touchPublication(trx, storyId);
      });
      return { ok: true, done: intent === 'hide' ? 'hidden' : 'shown' };
    case 'show-publicly':
    case 'stop-showing-publicly':
      if (intent === 'show-publicly' && !mayShowPublicly(await decideStory(db, storyId, now))) {
        return refusal(400, 'services.refused.onlyOwnPublic');
      }
      await inTransaction(db, async (trx) => {
        await setAnswerShownPublicly(trx, answerId, intent === 'show-publicly' ? now : null);
        await touchPublication(trx, storyId);
      });
      return {
        ok: true,
        done: intent === 'show-publicly' ? 'shown-publicly' : 'not-shown-publicly',
      };
    default:
      return refusal(400, 'services.refused.tryAgain');
  }
}

/** A change as its author sees it under "What happened because of my story". */
export interface MyChange extends ChangeRow {
  readonly statusWords: string;
  /** The titles of this person's stories that led to it. */
  readonly storyTitles: readonly string[];
}

/**
 * `/my/changes`: the changes this person's stories led to, only while their
 * story still shares to improve services (stopping takes the link away), each
 * status in the words of the request's language.
 */
export async function loadMyChanges(db: Db, viewer: Viewer, now: Date): Promise<MyChange[]> {
  const words = requestWords();
  const storyIds = await listActiveStoryIdsForAuthor(db, viewer.id);
  const rows = await listChangesForStories(db, storyIds);
  const shown = new Map<string, boolean>();
  for (const storyId of new Set(rows.map((row) => row.storyId))) {
    const decided = await decideStory(db, storyId, now);
    shown.set(storyId, decideChangeLink({ audience: 'author', ...decided }).shown);
  }
  const changes = new Map<string, MyChange>();
  for (const row of rows) {
    if (!shown.get(row.storyId)) continue;
    const known = changes.get(row.id);
    changes.set(row.id, {
      id: row.id,
      what: row.what,
      service: row.service,
      status: row.status,
      whyNot: row.whyNot,
      createdAt: row.createdAt,
      statusChangedAt: row.statusChangedAt,
      statusWords: words.t(CHANGE_STATUS_MESSAGES[row.status]),
      storyTitles: [...(known?.storyTitles ?? []), row.storyTitle],
    });
  }
  return [...changes.values()];
}

/** The ids of this person's stories with answers to read (for links on `/my`). */
export async function listMyAnsweredStoryIds(db: Db, viewer: Viewer): Promise<Set<string>> {
  return new Set(await listStoryIdsWithAnswers(db, viewer.id));
}
