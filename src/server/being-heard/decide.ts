/**
 * What the consent rules say of one story now, for the pages of being heard:
 * its "to improve our services" and public-website decisions (both from
 * decideVisibility, the one function), and the story as each audience sees it.
 */
import { audienceAuthors, projectStory, type AudienceView } from '#src/domain/audience.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import type { Anonymity, StoryAuthor, Visibility } from '#src/domain/consent-types.ts';
import type { Db } from '#src/server/platform/db.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import {
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';

/** A story's decisions for improving services and for the public website, now. */
export interface StoryDecisions {
  readonly authors: readonly StoryAuthor[];
  readonly improvement: Visibility;
  readonly publicSite: Visibility;
}

/** Reads a story's ledger once and decides both uses at `now`. */
export async function decideStory(db: Db, storyId: string, now: Date): Promise<StoryDecisions> {
  const authors = await listStoryAuthorsForConsent(db, storyId);
  const events = await listConsentEventsForStory(db, storyId);
  return {
    authors,
    improvement: decideVisibility({ authors, events, scope: 'service_improvement', now }),
    publicSite: decideVisibility({ authors, events, scope: 'public_site', now }),
  };
}

/** The story as this audience sees it, at the names decided (one level per author, in author order). */
export async function audienceAt(
  db: Db,
  storyId: string,
  authors: readonly StoryAuthor[],
  anonymity: readonly Anonymity[],
): Promise<AudienceView> {
  const people = await listStoryAuthorNames(db, storyId);
  return projectStory(
    audienceAuthors(authors, people, (_personId, index) => anonymity[index] ?? 'anonymous'),
  );
}
