/**
 * "You said, we did" as RSS: each change with how it stands and when, quoting
 * only stories on the public site now (as the page does), built per request
 * so a stop takes a quote or a count away at once.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadYouSaidWeDid } from '#src/server/being-heard/public.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';

/** How many changes the feed carries. */
const FEED_SIZE = 50;

export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const changes = await loadYouSaidWeDid(db, new Date(), FEED_SIZE);
  const response = await rss({
    title: 'Heard: you said, we did',
    description: 'What is changing because people told us their stories.',
    site: publicOrigin(),
    trailingSlash: false,
    items: changes.map((change) => ({
      title: `${change.what} (${change.statusWords})`,
      link: `/you-said-we-did#change-${change.id}`,
      pubDate: change.statusChangedAt,
      description: [
        `${change.service}: ${change.statusWords}.`,
        change.whyNot ? `Why it is not possible: ${change.whyNot}` : '',
        ...change.quotes.map((quote) =>
          quote.contentNotes.length > 0
            ? `From “${quote.title}” by ${quote.byline}. Content notes: ${quote.contentNotes.join(', ')}.`
            : `“${quote.excerpt}” (${quote.byline}, “${quote.title}”)`,
        ),
        change.ledToThis ?? '',
      ]
        .filter((part) => part !== '')
        .join(' '),
      categories: [change.service],
    })),
  });
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  headers.set('Cache-Control', 'no-cache');
  return new Response(response.body, { status: 200, headers });
};
