/**
 * The group's book: only stories whose authors all gave `book` consent, in the
 * order the group chose, with its title and introduction, and what changed
 * since the last PDF (book-html.ts and book-pdf.ts lay it out).
 */
import { z } from 'zod';
import {
  chaptersChangedSince,
  moveChapter,
  orderChapters,
  type ChapterChange,
} from '#src/domain/groups.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { parseForm, requiredText, textField, textUpTo } from '#src/server/http/forms.ts';
import {
  findBook,
  recordBookPdf,
  saveBookDetails,
  saveChapterOrder,
  type GroupWithPeople,
} from './group-space.repository.ts';
import { UNKNOWN_BUTTON } from '#src/server/http/form-post.ts';
import { findGroupFor, noSuchGroup, type GroupFailure } from './group-space.ts';
import { listSharedStories, type SharedStory } from './shared-stories.ts';
import { requestWords } from '#src/server/http/request-language.ts';

/** The book as the group sees it now. */
export interface GroupBook {
  readonly group: GroupWithPeople;
  readonly title: string;
  readonly introduction: string;
  readonly chapters: readonly SharedStory[];
  readonly lastPdfAt: Date | null;
  readonly changedSincePdf: readonly ChapterChange[];
}

/** The title until the group gives one: in the language of whoever is reading the book. */
function defaultBookTitle(group: GroupWithPeople): string {
  return requestWords().t('groups.book.defaultTitle', { group: group.name }).slice(0, 200);
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
  title: requiredText('groups.book.titleMissing', 200, 'groups.book.titleTooLong'),
  introduction: textUpTo(20000, 'groups.book.introductionTooLong'),
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
  if (!book) return noSuchGroup();
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
        message: requestWords().t('groups.book.someAnswers'),
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
      const message = requestWords().t('groups.book.noSuchChapter');
      return { ok: false, status: 404, message };
    }
    await saveChapterOrder(db, groupId, {
      chapterIds: moveChapter(current, storyId, intent),
      defaultTitle: book.title,
      by: viewer.id,
      now,
    });
    return { ok: true, done: `moved-${storyId}` };
  }
  return UNKNOWN_BUTTON;
}

/** Remembers what a PDF held, for "changed since the last PDF". */
export async function rememberBookPdf(db: Db, book: GroupBook, now: Date): Promise<void> {
  await recordBookPdf(db, book.group.id, {
    chapters: snapshot(book.chapters),
    defaultTitle: book.title,
    now,
  });
}
