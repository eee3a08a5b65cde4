/**
 * The service leads' side: the stories shared "to improve our services" (only
 * while every author's yes holds, at the names they chose, never a draft),
 * and answering one (recording changes is in service-changes.ts).
 * Each decision is src/domain/being-heard.ts's; this file reads and writes.
 */
import {
  canUseServicePages,
  checkAnswerText,
  checkMayAnswer,
  decideImprovementReading,
} from '#src/domain/being-heard.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { renderStoryForReaders, type ReaderView } from '#src/editor/reader.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { readerRevisionOf } from '#src/server/writing/reader-revisions.ts';
import { findRevision } from '#src/server/writing/stories.repository.ts';
import { isUuid } from '#src/domain/ids.ts';
import { audienceAt, decideStory } from './decide.ts';
import {
  findImprovementCandidate,
  insertServiceAnswer,
  listAnswersForStory,
  listImprovementCandidates,
  type AnswerRow,
} from './being-heard.repository.ts';
import { listLinksOfChanges, listServiceChanges, type ChangeRow } from './changes.repository.ts';
import { mailStoryAuthors } from './author-mail.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** A refusal in plain words. */
export interface ServiceFailure {
  readonly ok: false;
  readonly status: 400 | 403 | 404 | 409;
  readonly message: string;
  readonly errors?: Readonly<Record<string, string>>;
}

/** A story as a service lead sees it in the list. */
export interface ServiceStoryCard {
  readonly storyId: string;
  readonly title: string;
  /** The story's language (a BCP 47 tag), for marking its title. */
  readonly language: string;
  readonly byline: string;
  readonly groupName: string | null;
  readonly sharedAt: Date;
  readonly answered: boolean;
  readonly answersOpen: boolean;
}

/** `/services/stories`: every story its authors share to improve services now, longest wait first. */
export async function loadServiceStories(
  db: Db,
  viewer: Viewer,
  now: Date,
): Promise<ServiceStoryCard[] | undefined> {
  if (!canUseServicePages(viewer)) return undefined;
  const cards: ServiceStoryCard[] = [];
  for (const story of await listImprovementCandidates(db)) {
    const decided = await decideStory(db, story.id, now);
    const reading = decideImprovementReading(viewer, decided.improvement);
    if (!reading.readable) continue;
    const answers = await listAnswersForStory(db, story.id);
    cards.push({
      storyId: story.id,
      title: story.title,
      language: story.language,
      byline: (await audienceAt(db, story.id, decided.authors, reading.anonymity)).byline,
      groupName: story.groupName,
      sharedAt: reading.sharedAt,
      answered: answers.some((answer) => answer.createdAt >= reading.sharedAt),
      answersOpen: story.answersOpen,
    });
  }
  // Waiting stories first, the longest wait first: nobody is left unheard.
  return cards.sort(
    (a, b) =>
      Number(a.answered) - Number(b.answered) || a.sharedAt.getTime() - b.sharedAt.getTime(),
  );
}

/** One story as a service lead reads it. */
export interface ServiceStory {
  readonly storyId: string;
  readonly title: string;
  /** The story's language (a BCP 47 tag): its title and text are marked with it. */
  readonly language: string;
  readonly byline: string;
  readonly contentNotes: readonly string[];
  readonly view: ReaderView;
  readonly sharedAt: Date;
  readonly answersOpen: boolean;
  /** Answers and the author's replies; whether the author hid one is theirs alone. */
  readonly answers: readonly Omit<AnswerRow, 'hiddenAt'>[];
  readonly changes: readonly ChangeRow[];
}

/** `/services/stories/[id]`: the story at its consented revision and names, or nothing. */
export async function loadServiceStory(
  db: Db,
  viewer: Viewer,
  storyId: string,
  now: Date,
): Promise<ServiceStory | undefined> {
  if (!canUseServicePages(viewer) || !isUuid(storyId)) return undefined;
  const story = await findImprovementCandidate(db, storyId);
  if (!story) return undefined;
  const decided = await decideStory(db, storyId, now);
  const reading = decideImprovementReading(viewer, decided.improvement);
  if (!reading.readable) return undefined;
  const revision = await findRevision(db, storyId, reading.revisionNumber);
  if (!revision) return undefined;
  const linked = await listChangesLinkedTo(db, storyId);
  const audience = await audienceAt(db, storyId, decided.authors, reading.anonymity);
  return {
    storyId,
    title: story.title,
    language: story.language,
    byline: audience.byline,
    contentNotes: story.contentNotes,
    view: renderStoryForReaders(readerRevisionOf(revision), story.kind, audience),
    sharedAt: reading.sharedAt,
    answersOpen: story.answersOpen,
    answers: (await listAnswersForStory(db, storyId)).map(
      ({ hiddenAt: _hidden, ...answer }) => answer,
    ),
    changes: linked,
  };
}

async function listChangesLinkedTo(db: Db, storyId: string): Promise<ChangeRow[]> {
  const changes = await listServiceChanges(db);
  const links = await listLinksOfChanges(
    db,
    changes.map((change) => change.id),
  );
  const ids = new Set(links.filter((link) => link.storyId === storyId).map((l) => l.changeId));
  return changes.filter((change) => ids.has(change.id));
}

/** Answers a story: the author is emailed and reads it on their story's answers page. */
export async function answerStory(
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true } | ServiceFailure> {
  const words = requestWords();
  if (!isUuid(storyId)) return refusal(404, 'services.refused.noSuchStory');
  const story = await findImprovementCandidate(db, storyId);
  if (!story) return refusal(404, 'services.refused.noSuchStory');
  const decided = await decideStory(db, storyId, now);
  const may = checkMayAnswer(viewer, decided.improvement, story.answersOpen);
  if (!may.ok) {
    switch (may.reason) {
      case 'not-a-service-lead':
        return refusal(403, 'services.refused.onlyLeadsAnswer');
      case 'not-shared':
        return refusal(404, 'services.refused.thisNotShared');
      case 'answers-off':
        return refusal(409, 'services.refused.answersOff');
    }
  }
  const text = checkAnswerText(textField(form, 'text'), words);
  if (!text.ok) return { ok: false, status: 400, message: text.message };
  await insertServiceAnswer(db, { storyId, writtenBy: viewer.id, text: text.text, now });
  // Each author is told in their own language; the answer is as its writer wrote it.
  await mailStoryAuthors(db, storyId, now, (theirs, site) => ({
    subject: theirs.t('services.email.answer.subject', { title: story.title }),
    lines: [
      theirs.t('services.email.answer.intro', { title: story.title }),
      '',
      text.text,
      '',
      theirs.t('services.email.answer.where'),
      `${site}/my/stories/${storyId}/answers`,
    ],
  }));
  return { ok: true };
}

// --- Changes -------------------------------------------------------------------
