/**
 * The sitemap, built per request from the publications read model so a
 * withdrawn story leaves it at once. The protocol's own limit is 50,000
 * addresses per file; the newest stories come first.
 */
import type { APIRoute } from 'astro';
import { escapeHtml } from '#src/editor/escape.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { readSitemapEntries } from '#src/server/publishing/public-site.ts';

/** Pages the sitemap always lists besides themes and stories. */
const FIXED_PAGES = ['/', '/how-consent-works'];

export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const { themes, stories } = await readSitemapEntries(db, new Date(), FIXED_PAGES.length);
  // Text escaping for HTML is also correct XML escaping for these values.
  const entry = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeHtml(siteLink(path))}</loc>${
      lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''
    }</url>`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...FIXED_PAGES.map((path) => entry(path)),
    ...themes.map((theme) => entry(`/themes/${encodeURIComponent(theme.slug)}`)),
    ...stories.map((story) => entry(`/stories/${story.slug}`, story.published_at)),
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
