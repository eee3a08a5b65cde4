/**
 * Which stories staff may ask about, and what staff may know of them: a story
 * on the public site, or one whose every author said they are open to being
 * asked and has shared it somewhere (src/domain/requests.ts, mayStaffAsk).
 * The staff stories page lists them with how many requests each may still get.
 */
import { displayName, type NameFacts } from '#src/domain/anonymity.ts';
import { joinAuthorNames } from '#src/domain/bylines.ts';
import { foldAuthorConsent } from '#src/domain/consent.ts';
import { SCOPES, type Scope, type StoryAuthor } from '#src/domain/consent-types.ts';
import { isUuid } from '#src/domain/ids.ts';
import { canUseStaffPages, type Viewer } from '#src/domain/permissions.ts';
import { mayStaffAsk, type RequestCap } from '#src/domain/requests.ts';
import type { Db } from '#src/server/platform/db.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import { listPublishedStories } from '#src/server/publishing/publications.repository.ts';
import { formatCursor, parseCursor } from '#src/server/publishing/public-lists.ts';
import {
  findStoryById,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import { listAskableCandidates } from './askable.repository.ts';
import { readRequestCap, requestsLeftFor } from './request-cap.ts';
import {
  findPublicText,
  listActiveAuthorIds,
  listStoriesWithOpenRequests,
} from './requests.repository.ts';

/** What staff may know of a story they could ask about. */
export interface AskableStory {
  readonly storyId: string;
  readonly title: string;
  /** The language it is written in (a BCP 47 tag), for marking its title and excerpt. */
  readonly language: string;
  readonly kind: StoryRow['kind'];
  /** The byline as the public sees it, or the authors' first names when they offered it. */
  readonly byline: string;
  /** The public page, when the story is on the public site. */
  readonly slug: string | null;
  readonly excerpt: string | null;
  readonly openRequest: boolean;
  /** The fewest requests any author may still be sent in the period. */
  readonly requestsLeft: number;
}

/**
 * Whether a story may be asked about now, and what staff may see of it. A story
 * is askable when it is on the public site, or when every author said they are
 * open to being asked and has shared it somewhere (so it is not a draft).
 */
export async function findAskable(
  db: Db,
  storyId: string,
  now: Date,
): Promise<
  | {
      readonly story: StoryRow;
      readonly authors: readonly StoryAuthor[];
      readonly names: Awaited<ReturnType<typeof listStoryAuthorNames>>;
      readonly publicText: Awaited<ReturnType<typeof findPublicText>>;
    }
  | undefined
> {
  if (!isUuid(storyId)) return undefined;
  const story = await findStoryById(db, storyId);
  if (!story) return undefined;
  const authors = await listStoryAuthorsForConsent(db, storyId);
  const publicText = await findPublicText(db, storyId, now);
  // Asked only when not public: the SQL checks every active author is open to requests.
  const candidates = publicText ? [] : await listAskableCandidates(db, { now, storyId, limit: 1 });
  const events = publicText ? [] : await listConsentEventsForStory(db, storyId);
  const askable = mayStaffAsk({
    hasText: story.latest_revision >= 1,
    publicNow: publicText !== undefined,
    everyAuthorOpen: candidates.length > 0,
    sharedIn: sharedInOf(authors, events, now),
  });
  if (!askable) return undefined;
  return { story, authors, names: await listStoryAuthorNames(db, storyId), publicText };
}

/** Per author, the uses their yes runs in now. */
function sharedInOf(
  authors: readonly StoryAuthor[],
  events: Awaited<ReturnType<typeof listConsentEventsForStory>>,
  now: Date,
): Scope[][] {
  return authors.map((author) =>
    SCOPES.filter((scope) => foldAuthorConsent(events, author, scope, now).status === 'valid'),
  );
}

/** The authors' first names, for a story staff may ask about that is not public. */
export function firstNames(names: readonly NameFacts[]): string {
  return joinAuthorNames(names.map((person) => displayName(person, 'first_name')));
}

/** The staff stories page: public stories (newest first, a page at a time) and stories offered for asking. */
export async function loadStaffStories(
  db: Db,
  viewer: Viewer,
  now: Date,
  options: { readonly after?: string | null; readonly limit?: number } = {},
): Promise<
  | {
      readonly cap: RequestCap;
      readonly publicStories: readonly AskableStory[];
      readonly nextCursor: string | null;
      readonly offered: readonly AskableStory[];
    }
  | undefined
> {
  if (!canUseStaffPages(viewer)) return undefined;
  const cap = await readRequestCap(db);
  const limit = options.limit ?? 20;
  const after = parseCursor(options.after ?? null);
  const published = await listPublishedStories(db, {
    now,
    limit: limit + 1,
    ...(after ? { after } : {}),
  });
  const page = published.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = published.length > limit && last ? formatCursor(last) : null;

  const offeredRows = await listAskableCandidates(db, { now, limit: 50 });
  const offered: { row: (typeof offeredRows)[number]; authors: readonly StoryAuthor[] }[] = [];
  for (const row of offeredRows) {
    const authors = await listStoryAuthorsForConsent(db, row.storyId);
    const events = await listConsentEventsForStory(db, row.storyId);
    // The candidates' SQL already holds them to text, not public, every author open.
    const askable = mayStaffAsk({
      hasText: true,
      publicNow: false,
      everyAuthorOpen: true,
      sharedIn: sharedInOf(authors, events, now),
    });
    if (askable) offered.push({ row, authors });
  }

  const storyIds = [...page.map((story) => story.story_id), ...offered.map((o) => o.row.storyId)];
  const authorIds = await listActiveAuthorIds(db, storyIds);
  const left = await requestsLeftFor(db, [...new Set([...authorIds.values()].flat())], cap, now);
  const fewestLeft = (storyId: string) =>
    Math.min(cap.requests, ...(authorIds.get(storyId) ?? []).map((id) => left.get(id) ?? 0));
  const open = await listStoriesWithOpenRequests(db, storyIds);

  return {
    cap,
    nextCursor,
    publicStories: page.map((story) => ({
      storyId: story.story_id,
      title: story.title,
      language: story.language,
      kind: story.kind,
      byline: story.author_names,
      slug: story.slug,
      excerpt: story.excerpt,
      openRequest: open.has(story.story_id),
      requestsLeft: fewestLeft(story.story_id),
    })),
    offered: offered.map(({ row }) => ({
      storyId: row.storyId,
      title: row.title,
      language: row.language,
      kind: row.kind,
      byline: firstNames(row.authors),
      slug: null,
      excerpt: null,
      openRequest: open.has(row.storyId),
      requestsLeft: fewestLeft(row.storyId),
    })),
  };
}
