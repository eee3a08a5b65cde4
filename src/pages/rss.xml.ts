/**
 * The newest public stories as RSS, with redacted excerpts; a story
 * with content notes gives its notes instead of its words. Built per request
 * from the publications read model, so a withdrawn story is gone at once.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { readFeedStories } from '#src/server/publishing/public-site.ts';

export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const stories = await readFeedStories(db, new Date());
  const response = await rss({
    title: 'Heard: stories, told by the people who lived them',
    description:
      'Everyone here chose to share their story, chose how they are named, and can take it back at any time.',
    site: publicOrigin(),
    trailingSlash: false,
    items: stories.map((story) => ({
      title: story.title,
      link: `/stories/${story.slug}`,
      pubDate: story.published_at,
      description:
        story.content_notes.length > 0
          ? `By ${story.author_names}. Content notes: ${story.content_notes.join(', ')}.`
          : `By ${story.author_names}. ${story.excerpt}`,
      categories: [...story.themes],
    })),
  });
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  headers.set('Cache-Control', 'no-cache');
  headers.set('Surrogate-Key', 'stories feed');
  return new Response(response.body, { status: 200, headers });
};
