/**
 * What the public story page shows, read fresh on every request: the story's
 * publication and the "more stories like this" beside it. `key` names exactly
 * that content (the story's publication version and every related story's), so
 * a cached rendering under one key can never show a story whose consent has
 * changed since (docs/decisions/005-cache-invalidation.md).
 */
import { themeSlug } from '#src/domain/slug.ts';
import type { Db } from '#src/server/platform/db.ts';
import {
  findPublicationBySlug,
  listRelatedStories,
  type PublishedStory,
} from './publications.repository.ts';

/** How many related stories the page shows. */
export const RELATED_STORIES = 3;

/** A public story page's content, by consent now. */
export interface StoryPageContent {
  readonly publication: PublishedStory;
  readonly related: readonly PublishedStory[];
  /** Changes whenever anything the page shows changes. */
  readonly key: string;
}

/** The public story at this slug with its related stories, or undefined when it is not public now. */
export async function loadStoryPage(
  db: Db,
  slug: string,
  now: Date,
): Promise<StoryPageContent | undefined> {
  const publication = await findPublicationBySlug(db, slug, now);
  if (!publication) return undefined;
  const related = await listRelatedStories(db, {
    storyId: publication.story_id,
    themeSlugs: publication.themes.map(themeSlug).filter((theme) => theme !== ''),
    now,
    limit: RELATED_STORIES,
  });
  const key = [publication, ...related]
    .map((story) => `${story.story_id}:${story.version}`)
    .join(',');
  return { publication, related, key };
}
