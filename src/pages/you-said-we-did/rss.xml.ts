/**
 * "You said, we did" as RSS: each change with how it stands and when, quoting
 * only stories on the public site now (as the page does), built per request
 * so a stop takes a quote or a count away at once. The feed at
 * /cy/you-said-we-did/rss.xml is in Welsh; the plain address is always in
 * English, whatever the reader's browser asks, so one address is one feed
 * (a feed reader or shared cache keeps it by its address alone).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadYouSaidWeDid } from '#src/server/being-heard/public.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { DEFAULT_LANGUAGE, pathInLanguage } from '#src/i18n/languages.ts';

/** How many changes the feed carries. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ locals }) => {
  const language = locals.pathLanguage ?? DEFAULT_LANGUAGE;
  const words = translatorFor(language);
  const { db } = await getDatabase();
  const changes = await loadYouSaidWeDid(db, new Date(), { limit: FEED_SIZE, language });
  const response = await rss({
    title: words.t('services.yswd.feedTitle'),
    description: words.t('services.yswd.description'),
    site: publicOrigin(),
    trailingSlash: false,
    items: changes.map((change) => ({
      title: `${change.what} (${change.statusWords})`,
      link: pathInLanguage(language, `/you-said-we-did#change-${change.id}`),
      pubDate: change.statusChangedAt,
      description: [
        `${change.service}: ${change.statusWords}.`,
        change.whyNot ? words.t('services.change.whyNot', { why: change.whyNot }) : '',
        ...change.quotes.map((quote) =>
          quote.contentNotes.length > 0
            ? words.t('services.yswd.feedQuoteNotes', {
                title: quote.title,
                byline: quote.byline,
                notes: quote.contentNotes.join(', '),
              })
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
