/**
 * What every part of asking shares: a refusal in plain words, days as people
 * say them, and what a use shows its readers (the chosen words exactly, or the
 * whole story as the public site renders it). Asking is in askable.ts and
 * asking.ts, the contributor's answer in answers.ts, the cap in request-cap.ts,
 * and what happens after in uses.ts and takedowns.ts.
 */
import { z } from 'zod';
import { audienceAuthors, projectStory } from '#src/domain/audience.ts';
import { formatCalendarDay, formatDayOf } from '#src/domain/calendar.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { isCalendarDay } from '#src/domain/text.ts';
import type { ReaderView } from '#src/editor/reader.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';
import { problem, type FormWords } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Db } from '#src/server/platform/db.ts';
import { renderStoredRevision } from '#src/server/writing/reader-revisions.ts';
import { listStoryAuthorNames } from '#src/server/writing/stories.repository.ts';
import type { RequestRow } from './requests.repository.ts';

/** A change refused with a plain sentence, or with one per form field. */
export type RequestFailure = {
  readonly ok: false;
  readonly status: 400 | 403 | 404 | 409;
  readonly message: string;
  readonly errors?: Readonly<Record<string, string>>;
};

/** A form with answers to fix: a sentence for the page, and one beside each field. */
export function answersNeedChanging(errors: Readonly<Record<string, string>>): RequestFailure {
  return { ok: false, status: 400, message: requestWords().t('requests.error.fix'), errors };
}

/** "2026-05-04" as people say it: "4 May 2026", "4 Mai 2026". */
export function formatDateOnly(day: string, language: Language = DEFAULT_LANGUAGE): string {
  return formatCalendarDay(day, language);
}

/** A moment's day in the given time zone: "4 May 2026". */
export function dayOf(
  moment: Date,
  timeZone: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  return formatDayOf(moment, timeZone, language);
}

/** A YYYY-MM-DD field that names a real day (not 30 February). */
export const dayField = (message: FormWords) =>
  z
    .string()
    .trim()
    .refine((value) => isCalendarDay(value), problem(message));

/** What readers of the use would see. */
export interface RequestPreview {
  readonly title: string;
  readonly byline: string;
  /** The chosen words, shown exactly; null when the whole story is asked for. */
  readonly excerpt: string | null;
  /** The whole story, rendered as readers would see it; null for an excerpt. */
  readonly view: ReaderView | null;
  readonly anonymity: Anonymity;
}

/**
 * What a use shows readers: the chosen words exactly, or the whole story rendered
 * by the public site's renderer, with each author named at `levelOf`'s level.
 * `authors` are the authors shown, in order: by default all the story's authors.
 */
export async function requestContent(
  db: Db,
  request: RequestRow,
  levelOf: (personId: string) => Anonymity,
  authors?: readonly { readonly personId: string }[],
): Promise<RequestPreview> {
  const people = await listStoryAuthorNames(db, request.storyId);
  const audience = projectStory(audienceAuthors(authors ?? people, people, levelOf));
  const { byline, redaction: anonymity } = audience;
  if (request.excerpt !== null) {
    return { title: request.storyTitle, byline, excerpt: request.excerpt, view: null, anonymity };
  }
  const view = await renderStoredRevision(
    db,
    { storyId: request.storyId, revisionNumber: request.revisionNumber, kind: request.storyKind },
    audience,
    requestWords().t('requests.error.noVersion'),
  );
  return { title: request.storyTitle, byline, excerpt: null, view, anonymity };
}
