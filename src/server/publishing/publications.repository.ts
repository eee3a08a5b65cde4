/**
 * Reading the publications read model: what the public may see now.
 * Every query here keeps only what is still running now (`runningAt`), so an
 * expired consent takes a story down the moment it ends, with no job to run
 * (docs/decisions/002-ledger-and-read-model.md). Every list is keyset-paginated
 * on an index, so it costs the same at a thousand stories as at a million
 * (measured by bench/scale.ts).
 */
import { expressionBuilder, sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database, PublicationRow } from '#src/server/platform/schema.ts';
import { runningAt } from '#src/server/platform/sql.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A position in a newest-first list, for keyset pagination. */
export interface PublicationCursor {
  readonly publishedAt: Date;
  readonly storyId: string;
}

/** What every public surface reads: never the search columns. */
export type PublishedStory = Omit<PublicationRow, 'search_text' | 'search_document'>;

const CARD_FIELDS = [
  'story_id',
  'slug',
  'title',
  'kind',
  'revision_number',
  'author_names',
  'anonymity',
  'themes',
  'content_notes',
  'published_at',
  'expires_at',
  'version',
  'excerpt',
  'word_count',
  'language',
] as const;
const CARD_COLUMNS = CARD_FIELDS.map((field) => `p.${field}` as const);
const CANDIDATE_COLUMNS = CARD_FIELDS.map((field) => `c.${field}` as const);

/**
 * Leaves out publications with any of these content notes (lower case, as
 * parseLeftOutNotes in src/domain/search.ts gives them); true when there are none.
 */
function withoutNotes(leaveOut: readonly string[] | undefined) {
  return leaveOut === undefined || leaveOut.length === 0
    ? sql<boolean>`true`
    : sql<boolean>`not exists (select 1 from unnest(p.content_notes) as n(note)
        where lower(btrim(n.note)) = any(${[...leaveOut]}::text[]))`;
}

/** Where a newest-first list starts, how long it is, and what the reader leaves out. */
interface NewestOptions {
  readonly now: Date;
  readonly limit: number;
  readonly after?: PublicationCursor;
  /** Content notes whose stories the reader chose to leave out. */
  readonly leaveOut?: readonly string[] | undefined;
  /** Only stories written in this language (a BCP 47 tag), when the reader chose one. */
  readonly language?: string | undefined;
}

/** Keeps only publications in this language; true when no language was chosen. */
function inLanguage(language: string | undefined) {
  return language === undefined ? sql<boolean>`true` : sql<boolean>`p.language = ${language}`;
}

/**
 * One page of public stories, newest first, from `query` (the cards of `p`,
 * perhaps joined): every story's page walks the publications' own index
 * (`walked` is `p`), a theme's walks the theme index (`t`), which keeps each
 * story's publication time beside its theme.
 */
function newestPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  walked: 'p' | 't',
  options: NewestOptions,
): SelectQueryBuilder<DB, TB, O> {
  const publishedAt = sql.ref(`${walked}.published_at`);
  const storyId = sql.ref(`${walked}.story_id`);
  let page = query
    .where(runningAt('p.expires_at', options.now))
    .where(withoutNotes(options.leaveOut))
    .where(inLanguage(options.language))
    .orderBy(publishedAt, 'desc')
    .orderBy(storyId, 'desc')
    .limit(options.limit);
  const after = options.after;
  if (after) {
    page = page.where(
      sql<SqlBool>`(${publishedAt}, ${storyId}) < (${after.publishedAt}, ${after.storyId})`,
    );
  }
  return page;
}

/** Published stories, newest first, after an optional cursor. */
export async function listPublishedStories(
  db: Db,
  options: NewestOptions,
): Promise<PublishedStory[]> {
  const query = db.selectFrom('publications as p').select(CARD_COLUMNS);
  return newestPage(query, 'p', options).execute();
}

/** Published stories with one theme, newest first, walking the theme index. */
export async function listPublishedStoriesByTheme(
  db: Db,
  options: NewestOptions & { readonly themeSlug: string },
): Promise<PublishedStory[]> {
  const query = db
    .selectFrom('publication_themes as t')
    .innerJoin('publications as p', 'p.story_id', 't.story_id')
    .select(CARD_COLUMNS)
    .where('t.theme_slug', '=', options.themeSlug)
    .where(runningAt('t.expires_at', options.now));
  return newestPage(query, 't', options).execute();
}

/** One theme as the public site lists it. */
export interface PublicTheme {
  readonly slug: string;
  readonly name: string;
}

/**
 * The themes with at least one public story now, in order. A loose index scan:
 * one index probe per theme, never a pass over every story.
 */
export async function listPublicThemes(
  db: Db,
  options: { readonly now: Date; readonly limit: number },
): Promise<PublicTheme[]> {
  const result = await sql<{ theme_slug: string; theme: string }>`
    with recursive found(theme_slug) as (
      (select theme_slug from publication_themes
        where ${runningAt('expires_at', options.now)} order by theme_slug limit 1)
      union all
      select (select t.theme_slug from publication_themes t
                where t.theme_slug > found.theme_slug and ${runningAt('t.expires_at', options.now)}
                order by t.theme_slug limit 1)
      from found where found.theme_slug is not null
    )
    select found.theme_slug,
      (select t.theme from publication_themes t
        where t.theme_slug = found.theme_slug and ${runningAt('t.expires_at', options.now)}
        order by t.published_at desc limit 1) as theme
    from found where found.theme_slug is not null
    limit ${options.limit}`.execute(db);
  return result.rows.map((row) => ({ slug: row.theme_slug, name: row.theme }));
}

/** The name of a theme with at least one public story now, or undefined. */
export async function findPublicThemeName(
  db: Db,
  slug: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('publication_themes')
    .select('theme')
    .where('theme_slug', '=', slug)
    .where(runningAt('expires_at', now))
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.theme;
}

/** A position in search results, for keyset pagination. */
export interface SearchCursor extends PublicationCursor {
  readonly rank: number;
}

/** A search hit: the story's card, its rank and a snippet of redacted text. */
export interface SearchHit extends PublishedStory {
  readonly rank: number;
  /** Redacted text around the match; matched words between \u0002 and \u0003. */
  readonly snippet: string;
}

/** Marks a matched word in a snippet; pages escape the text, then turn these into <mark>. */
export const SNIPPET_START = '\u0002';
export const SNIPPET_STOP = '\u0003';

/** Search ranks at most this many of the newest matches, so a common word costs about what a rare one does (bench/scale). */
export const SEARCH_WINDOW = 200;

/**
 * Public stories matching a web-style query (words, "phrases", -not, or), the
 * title counting above the text, best first among the newest SEARCH_WINDOW
 * matches. Snippets come from the redacted text only, so a replaced name can
 * never surface through a search (docs/decisions/007-public-site.md).
 */
export async function searchPublishedStories(
  db: Db,
  options: {
    readonly query: string;
    readonly now: Date;
    readonly limit: number;
    readonly after?: SearchCursor;
    /** How many of the newest matches to rank; SEARCH_WINDOW unless given. */
    readonly window?: number;
    /** Content notes whose stories the reader chose to leave out. */
    readonly leaveOut?: readonly string[];
  },
): Promise<SearchHit[]> {
  // Each story is searched with its language's configuration
  // (src/domain/story-language.ts): English stemmed, every other language word for word.
  const english = sql`websearch_to_tsquery('english', ${options.query})`;
  const simple = sql`websearch_to_tsquery('simple', ${options.query})`;
  const queryFor = (alias: string) =>
    sql`(case when ${sql.ref(`${alias}.language`)} = 'en' then ${english} else ${simple} end)`;
  const matches = (alias: string) =>
    sql<boolean>`((${sql.ref(`${alias}.language`)} = 'en' and ${sql.ref(`${alias}.search_document`)} @@ ${english}) or (${sql.ref(`${alias}.language`)} <> 'en' and ${sql.ref(`${alias}.search_document`)} @@ ${simple}))`;
  const tsquery = queryFor('c');
  // Rounded so the cursor a page hands back compares equal to the value recomputed.
  const rank = sql<number>`round(ts_rank(c.search_document, ${tsquery})::numeric, 6)::float8`;
  const headline = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  // The window carries only what ordering needs; the shown rows' text is joined
  // back afterwards, so a common word sorts narrow rows.
  let query = db
    .with('w', (cte) =>
      newestPage(
        cte
          .selectFrom('publications as p')
          .select(['p.story_id', 'p.published_at'])
          .where(matches('p')),
        'p',
        { now: options.now, limit: options.window ?? SEARCH_WINDOW, leaveOut: options.leaveOut },
      ),
    )
    .selectFrom('w')
    .innerJoin('publications as c', 'c.story_id', 'w.story_id')
    .select(CANDIDATE_COLUMNS)
    .select(rank.as('rank'))
    .select(
      sql<string>`ts_headline(case when c.language = 'en' then 'english'::regconfig else 'simple'::regconfig end, c.search_text, ${tsquery}, ${headline})`.as(
        'snippet',
      ),
    )
    .orderBy(rank, 'desc')
    .orderBy('c.published_at', 'desc')
    .orderBy('c.story_id', 'desc')
    .limit(options.limit);
  const after = options.after;
  if (after) {
    query = query.where(
      sql<boolean>`(${rank}, c.published_at, c.story_id) < (${after.rank}, ${after.publishedAt}, ${after.storyId})`,
    );
  }
  return query.execute();
}

/** Other public stories sharing a theme with this one, newest first. */
export async function listRelatedStories(
  db: Db,
  options: {
    readonly storyId: string;
    readonly themeSlugs: readonly string[];
    readonly now: Date;
    readonly limit: number;
  },
): Promise<PublishedStory[]> {
  const related: PublishedStory[] = [];
  const seen = new Set([options.storyId]);
  // Theme by theme, each an index walk, until there are enough.
  for (const themeSlug of options.themeSlugs) {
    if (related.length >= options.limit) break;
    const rows = await listPublishedStoriesByTheme(db, {
      themeSlug,
      now: options.now,
      limit: options.limit + 1,
    });
    for (const row of rows) {
      if (related.length >= options.limit) break;
      if (seen.has(row.story_id)) continue;
      seen.add(row.story_id);
      related.push(row);
    }
  }
  return related;
}

/**
 * The publication of the story whose id is in `storyId`, a column of the outer
 * query, if it is public now: for an exists test.
 */
export function publicationNowOf(storyId: `${string}.id`, now: Date) {
  return expressionBuilder<Database>()
    .selectFrom('publications as p')
    .select('p.story_id')
    .where('p.story_id', '=', sql.ref<string>(storyId))
    .where(runningAt('p.expires_at', now));
}

/** The publication at this slug, or of this story, if it is public now. */
export async function findPublicationNow(
  db: Db,
  by: { readonly slug: string } | { readonly storyId: string },
  now: Date,
): Promise<PublishedStory | undefined> {
  return db
    .selectFrom('publications as p')
    .select(CARD_COLUMNS)
    .$call((query) =>
      'slug' in by
        ? query.where('p.slug', '=', by.slug)
        : query.where('p.story_id', '=', by.storyId),
    )
    .where(runningAt('p.expires_at', now))
    .executeTakeFirst();
}

/**
 * The words of public stories nearest a (perhaps misspelt) word, by trigram
 * similarity (pg_trgm), most similar first, then the most used. Only words of
 * stories public now: the words of a withdrawn story went with its publication,
 * and an expired one's are skipped here.
 */
export async function listNearPublicWords(
  db: Db,
  options: { readonly word: string; readonly now: Date; readonly limit: number },
): Promise<string[]> {
  const result = await sql<{ word: string }>`
    select w.word
    from publication_words w
    join publications p on p.story_id = w.story_id
    where w.word % ${options.word} and w.word <> ${options.word} and ${runningAt('p.expires_at', options.now)}
    group by w.word
    order by similarity(w.word, ${options.word}) desc, count(*) desc, w.word
    limit ${options.limit}`.execute(db);
  return result.rows.map((row) => row.word);
}

/** Whether some story public now holds this exact word. */
export async function isPublicWord(db: Db, word: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('publication_words as w')
    .innerJoin('publications as p', 'p.story_id', 'w.story_id')
    .select('w.word')
    .where('w.word', '=', word)
    .where(runningAt('p.expires_at', now))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Gives a story's publication a new version without changing its consent
 * (something else its page shows changed, such as an answer its author chose to
 * show): every cached page and ETag keyed by the old version is gone on the
 * next request, on every instance (the NOTIFY is delivered on commit).
 */
export async function touchPublication(db: Db, storyId: string): Promise<void> {
  await db
    .updateTable('publications')
    .set({ version: sql<number>`nextval('publication_versions')` })
    .where('story_id', '=', storyId)
    .execute();
  await sql`select pg_notify('heard_publication', ${storyId})`.execute(db);
}
