/**
 * The group's book as a PDF: the print view's markup laid out
 * by paged.js in the server's Chromium. Photos come only through the same
 * consent check as the media route; nothing else can be fetched. Says plainly
 * when this server has no Chromium. Only the group's members and facilitators.
 * The book's own words are in the language of whoever asks for it.
 */
import type { APIRoute } from 'astro';
import screenplayCss from '#src/styles/screenplay.css?raw';
import bookCss from '#src/styles/book-print.css?raw';
import { bookBodyHtml } from '#src/server/groups/book-html.ts';
import { renderBookPdfInTurn } from '#src/server/groups/book-pdf.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { fileDownload, headerSafeName } from '#src/server/http/responses.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { loadBook, rememberBookPdf } from '#src/server/groups/book.ts';
import { photoForBook } from '#src/server/groups/group-photos.ts';
import { escapeHtml } from '#src/editor/escape.ts';

export const GET: APIRoute = async ({ params, locals, redirect, url }) => {
  const person = locals.person;
  if (!person) return redirect(`/signin?next=${encodeURIComponent(url.pathname)}`, 303);
  const words = locals.i18n;
  const { db } = await getDatabase();
  const now = new Date();
  const book = await loadBook(db, person, params['id'] ?? '', now);
  if (!book) {
    return new Response(words.t('groups.notFound'), {
      status: 404,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  const html =
    `<!doctype html><html lang="${words.tag}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(book.title)}</title><style>${screenplayCss}\n${bookCss}</style></head>` +
    `<body>${bookBodyHtml(book, words)}</body></html>`;
  const made = await renderBookPdfInTurn({
    html,
    baseUrl: publicOrigin(),
    resolve: (asked) => photoForBook(db, book, asked.pathname),
  });
  if (!made.ok) {
    return new Response(made.message, {
      status: made.reason === 'no-chromium' ? 503 : 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  await rememberBookPdf(db, book, now);
  const name = headerSafeName(book.title, words.t('groups.book.fileName'));
  return fileDownload(made.pdf, 'application/pdf', `${name}.pdf`);
};
