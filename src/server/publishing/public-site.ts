/**
 * What the public site's lists show: the newest stories, a theme's stories,
 * search results, the feed and the sitemap. Everything is read from the
 * publications read model, which holds only what is consented now, so a
 * withdrawn story leaves every list on the next request. Each list names the
 * stories it shows in its Surrogate-Key, so a CDN purges it with any of them.
 */
import { themeSlug } from '#src/domain/slug.ts';
import type { Db } from '#src/server/platform/db.ts';
import {
  findPublicThemeName,
  listPublicThemes,
  listPublishedStories,
  listPublishedStoriesByTheme,
  searchPublishedStories,
  type PublicTheme,
  type PublishedStory,
  type SearchHit,
} from './publications.repository.ts';
import {
  chosenStoryLanguage,
  cleanQuery,
  formatCursor,
  formatSearchCursor,
  leftOutNotes,
  listQuery,
  PAGE_SIZE,
  parseCursor,
  parseSearchCursor,
  suggestSearches,
} from './public-lists.ts';
import { surrogateKeyForStory } from './story-cache.ts';

/** One page of a list of stories. */
export interface StoryListPage {
  readonly stories: readonly PublishedStory[];
  /** The address of the next page, when there is one. */
  readonly next: string | undefined;
  /** Whether this page follows another (the address carries a cursor). */
  readonly continued: boolean;
  /** Content notes whose stories the reader chose to leave out. */
  readonly leaveOut: readonly string[];
  /** The language the reader chose to list stories in, if they chose one. */
  readonly language: string | undefined;
  readonly surrogateKey: string;
}

/** The home page's list: the newest stories, and the themes on the first page. */
export async function readNewestStories(
  db: Db,
  url: URL,
  now: Date,
): Promise<StoryListPage & { readonly themes: readonly PublicTheme[] }> {
  const after = parseCursor(url.searchParams.get('after'));
  const leaveOut = leftOutNotes(url);
  const language = chosenStoryLanguage(url);
  const page = await listPublishedStories(db, {
    now,
    limit: PAGE_SIZE + 1,
    leaveOut,
    language,
    ...(after ? { after } : {}),
  });
  const themes = after ? [] : await listPublicThemes(db, { now, limit: 50 });
  return {
    ...pageOf(page, { leaveOut, language }, '/', ['stories']),
    continued: after !== undefined,
    themes,
  };
}

/** A theme's list, or undefined when no public story has that theme now. */
export async function readThemeStories(
  db: Db,
  theme: string,
  url: URL,
  now: Date,
): Promise<(StoryListPage & { readonly name: string; readonly slug: string }) | undefined> {
  const slug = themeSlug(theme);
  const name = slug === '' ? undefined : await findPublicThemeName(db, slug, now);
  if (!name) return undefined;
  const after = parseCursor(url.searchParams.get('after'));
  const leaveOut = leftOutNotes(url);
  const language = chosenStoryLanguage(url);
  const page = await listPublishedStoriesByTheme(db, {
    themeSlug: slug,
    now,
    limit: PAGE_SIZE + 1,
    leaveOut,
    language,
    ...(after ? { after } : {}),
  });
  const here = `/themes/${encodeURIComponent(slug)}`;
  return {
    ...pageOf(page, { leaveOut, language }, here, ['stories', `theme-${slug}`]),
    continued: after !== undefined,
    name,
    slug,
  };
}

/**
 * One page of a list, from a read of one more row than it shows; the next
 * page's address keeps what the reader chose (notes left out, a language).
 */
function pageOf(
  rows: readonly PublishedStory[],
  chosen: { readonly leaveOut: readonly string[]; readonly language: string | undefined },
  path: string,
  keys: readonly string[],
): Omit<StoryListPage, 'continued'> {
  const { leaveOut, language } = chosen;
  const stories = rows.slice(0, PAGE_SIZE);
  const last = stories.at(-1);
  const next =
    rows.length > PAGE_SIZE && last
      ? `${path}${listQuery(leaveOut, { ...(language ? { language } : {}), after: formatCursor(last) })}`
      : undefined;
  const surrogateKey = [...keys, ...stories.map((story) => surrogateKeyForStory(story.story_id))];
  return { stories, next, leaveOut, language, surrogateKey: surrogateKey.join(' ') };
}

/** Search results for the words in `url`'s `q`. */
export interface SearchPage {
  /** The words searched for, cleaned; empty when nothing was asked. */
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly next: string | undefined;
  /** Whether this page follows another (the address carries a cursor). */
  readonly continued: boolean;
  readonly leaveOut: readonly string[];
  /** Other words to try, when nothing matched. */
  readonly suggestions: readonly string[];
}

/** Searches the public stories for the words in the address. */
export async function searchStories(db: Db, url: URL, now: Date): Promise<SearchPage> {
  const query = cleanQuery(url.searchParams.get('q'));
  const after = parseSearchCursor(url.searchParams.get('after'));
  const leaveOut = leftOutNotes(url);
  const rows =
    query === ''
      ? []
      : await searchPublishedStories(db, {
          query,
          now,
          limit: PAGE_SIZE + 1,
          leaveOut,
          ...(after ? { after } : {}),
        });
  const hits = rows.slice(0, PAGE_SIZE);
  const last = hits.at(-1);
  const next =
    rows.length > PAGE_SIZE && last
      ? `/search${listQuery(leaveOut, { q: query, after: formatSearchCursor(last) })}`
      : undefined;
  const suggestions =
    query !== '' && hits.length === 0 && !after ? await suggestSearches(db, query, now) : [];
  return { query, hits, next, continued: after !== undefined, leaveOut, suggestions };
}

/** How many stories the feed carries. */
const FEED_SIZE = 50;

/** The newest public stories, for the RSS feed. */
export function readFeedStories(db: Db, now: Date): Promise<PublishedStory[]> {
  return listPublishedStories(db, { now, limit: FEED_SIZE });
}

/** The sitemap protocol's limit of addresses per file. */
const MAX_SITEMAP_URLS = 50_000;

/**
 * The themes and stories the sitemap lists, newest stories first, within the
 * protocol's limit when each page is listed at `addressesPerPage` addresses
 * (one per language).
 */
export async function readSitemapEntries(
  db: Db,
  now: Date,
  fixedPages: number,
  addressesPerPage = 1,
): Promise<{
  readonly themes: readonly PublicTheme[];
  readonly stories: readonly PublishedStory[];
}> {
  const themes = await listPublicThemes(db, { now, limit: 1000 });
  const stories = await listPublishedStories(db, {
    now,
    limit: Math.floor(MAX_SITEMAP_URLS / addressesPerPage) - themes.length - fixedPages,
  });
  return { themes, stories };
}
