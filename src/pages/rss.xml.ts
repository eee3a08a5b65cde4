/**
 * The newest public stories as RSS, with redacted excerpts; a story
 * with content notes gives its notes instead of its words. Built per request
 * from the publications read model, so a withdrawn story is gone at once.
 *
 * One feed per language: /rss.xml in English, /cy/rss.xml in Welsh (its words
 * and its links to /cy/ pages), each naming the other. The plain address is
 * always English, whatever the reader's browser asks for: a feed reader
 * subscribes to an address, and the address says the language.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { escapeHtml, translatorFor } from '#src/i18n/translator.ts';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_TAGS,
  LANGUAGES,
  pathInLanguage,
  type Language,
} from '#src/i18n/languages.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { readFeedStories } from '#src/server/publishing/public-site.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

export const GET: APIRoute = async ({ locals }) => {
  const language: Language = locals.pathLanguage ?? DEFAULT_LANGUAGE;
  const words = translatorFor(language);
  const { db } = await getDatabase();
  const stories = await readFeedStories(db, new Date());
  const feedLink = (each: Language) => escapeHtml(siteLink(pathInLanguage(each, '/rss.xml')));
  // The feed's own address, and the same feed in every other language.
  const links = [
    `<atom:link href="${feedLink(language)}" rel="self" type="application/rss+xml"/>`,
    ...LANGUAGES.filter((other) => other !== language).map(
      (other) =>
        `<atom:link href="${feedLink(other)}" rel="alternate" hreflang="${LANGUAGE_TAGS[other]}" type="application/rss+xml"/>`,
    ),
  ];
  const response = await rss({
    title: words.t('public.feed.title'),
    description: words.t('public.home.lead'),
    // The channel's link is the home page in the feed's language.
    site: siteLink(pathInLanguage(language, '/')),
    trailingSlash: false,
    xmlns: { atom: ATOM },
    customData: `<language>${LANGUAGE_TAGS[language]}</language>${links.join('')}`,
    items: stories.map((story) => ({
      title: story.title,
      link: pathInLanguage(language, `/stories/${story.slug}`),
      pubDate: story.published_at,
      description:
        story.content_notes.length > 0
          ? words.t('public.feed.itemWithNotes', {
              name: story.author_names,
              notes: story.content_notes.join(', '),
            })
          : words.t('public.feed.item', { name: story.author_names, excerpt: story.excerpt }),
      categories: [...story.themes],
    })),
  });
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  headers.set('Content-Language', LANGUAGE_TAGS[language]);
  headers.set('Cache-Control', 'no-cache');
  headers.set('Surrogate-Key', 'stories feed');
  return new Response(response.body, { status: 200, headers });
};
