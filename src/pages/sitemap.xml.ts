/**
 * The sitemap, built per request from the publications read model so a
 * withdrawn story leaves it at once. The protocol's own limit is 50,000
 * addresses per file; the newest stories come first.
 *
 * Every page is listed at each of its addresses, one per language, and each
 * entry names all of them with `xhtml:link rel="alternate" hreflang`, the
 * plain (English) address as x-default, as search engines ask of a page
 * offered in several languages.
 */
import type { APIRoute } from 'astro';
import { escapeHtml } from '#src/editor/escape.ts';
import { LANGUAGE_TAGS, LANGUAGES, pathInLanguage } from '#src/i18n/languages.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { readSitemapEntries } from '#src/server/publishing/public-site.ts';

/** Pages the sitemap always lists besides themes and stories. */
const FIXED_PAGES = ['/', '/how-consent-works', '/you-said-we-did'];

export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const { themes, stories } = await readSitemapEntries(
    db,
    new Date(),
    FIXED_PAGES.length,
    LANGUAGES.length,
  );
  // Text escaping for HTML is also correct XML escaping for these values.
  const link = (path: string) => escapeHtml(siteLink(path));
  const alternates = (path: string) =>
    [
      ...LANGUAGES.map(
        (language) =>
          `<xhtml:link rel="alternate" hreflang="${LANGUAGE_TAGS[language]}" href="${link(pathInLanguage(language, path))}"/>`,
      ),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${link(path)}"/>`,
    ].join('');
  const entries = (path: string, lastmod?: Date) =>
    LANGUAGES.map(
      (language) =>
        `<url><loc>${link(pathInLanguage(language, path))}</loc>${
          lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''
        }${alternates(path)}</url>`,
    );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...FIXED_PAGES.flatMap((path) => entries(path)),
    ...themes.flatMap((theme) => entries(`/themes/${encodeURIComponent(theme.slug)}`)),
    ...stories.flatMap((story) => entries(`/stories/${story.slug}`, story.published_at)),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Surrogate-Key': 'stories sitemap',
    },
  });
};
