/**
 * A group's book as print markup: a cover, the title page, contents,
 * introduction, then one chapter per story, each rendered by the public site's renderer at the
 * names its authors chose, with photo descriptions as captions (as everywhere). The print view
 * and the PDF both use this, so they hold the same words. The book's own words
 * (contents, introduction) are in the reader's language; each chapter is marked
 * with the language its story is written in. Escaped by construction: every
 * value is escaped here or by src/editor/render.ts.
 */
import { redactionOf } from '#src/domain/audience.ts';
import { renderStoryForReaders } from '#src/editor/reader.ts';
import { escapeAttribute, escapeHtml } from '#src/editor/escape.ts';
import type { Translator } from '#src/i18n/translator.ts';
import type { GroupBook } from './book.ts';

/** The id a chapter is linked by from the contents (it must start with a letter). */
export function chapterAnchor(storyId: string): string {
  return `story-${storyId}`;
}

const INTRODUCTION_ANCHOR = 'book-introduction';

/** The book's body markup, as src/styles/book-print.css lays it out, its own words in `words`' language. */
export function bookBodyHtml(book: GroupBook, words: Translator): string {
  const introductionHeading = escapeHtml(words.t('groups.book.introduction'));
  const hasIntroduction = book.introduction.trim() !== '';
  const contents = [
    ...(!hasIntroduction
      ? []
      : [
          `<li><a href="#${INTRODUCTION_ANCHOR}"><span class="book-contents-entry">${introductionHeading}</span></a></li>`,
        ]),
    ...book.chapters.map(
      (chapter) =>
        `<li><a href="#${escapeAttribute(chapterAnchor(chapter.storyId))}">` +
        `<span class="book-contents-entry" lang="${escapeAttribute(chapter.language)}">${escapeHtml(chapter.title)} ` +
        `<span class="book-contents-name">${escapeHtml(chapter.byline)}</span></span></a></li>`,
    ),
  ].join('');
  const introduction = hasIntroduction
    ? `<section class="book-introduction" id="${INTRODUCTION_ANCHOR}"><h2>${introductionHeading}</h2>${book.introduction
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
        .join('')}</section>`
    : '';
  const chapters = book.chapters
    .map((chapter) => {
      const view = renderStoryForReaders(
        { editorState: chapter.editorState, scriptNames: chapter.scriptNames },
        chapter.kind,
        redactionOf([chapter.anonymity]),
      );
      const text = view.ok ? view.html : `<p>${escapeHtml(view.message)}</p>`;
      return (
        `<article class="book-chapter" id="${escapeAttribute(chapterAnchor(chapter.storyId))}" lang="${escapeAttribute(chapter.language)}">` +
        `<h2 class="book-chapter-title">${escapeHtml(chapter.title)}</h2>` +
        `<p class="book-chapter-name">${escapeHtml(chapter.byline)}</p>` +
        `<div class="book-chapter-text">${text}</div></article>`
      );
    })
    .join('');
  return (
    `<section class="book-cover"><p class="book-cover-title">${escapeHtml(book.title)}</p>` +
    (book.title.includes(book.group.name)
      ? ''
      : `<p class="book-cover-group">${escapeHtml(book.group.name)}</p>`) +
    `</section>` +
    `<section class="book-title-page"><h1>${escapeHtml(book.title)}</h1>` +
    `<p class="book-subtitle">${escapeHtml(book.group.name)}</p></section>` +
    `<nav class="book-contents" aria-labelledby="contents"><h2 id="contents">${escapeHtml(words.t('groups.book.contents'))}</h2>` +
    `<ol>${contents}</ol></nav>${introduction}${chapters}`
  );
}
