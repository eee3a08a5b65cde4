/**
 * The sitemap, built per request from the publications read model so a
 * withdrawn story leaves it at once. The protocol's own limit is 50,000
 * addresses per file; the newest stories come first.
 */
import type { APIRoute } from 'astro';
import { escapeHtml } from '#src/editor/escape.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import {
  listPublicThemes,
  listPublishedStories,
} from '#src/server/publishing/publications.repository.ts';

const MAX_URLS = 50_000;

export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const now = new Date();
  const themes = await listPublicThemes(db, { now, limit: 1000 });
  const stories = await listPublishedStories(db, {
    now,
    limit: MAX_URLS - themes.length - 2,
  });
  // Text escaping for HTML is also correct XML escaping for these values.
  const entry = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeHtml(siteLink(path))}</loc>${
      lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''
    }</url>`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry('/'),
    entry('/how-consent-works'),
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
