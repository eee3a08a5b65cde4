/**
 * The stories shared with a group: a story appears only while every author's
 * consent for the scope (`group` for the space, `book` for the book) is valid
 * now, at the revision and names they chose, rendered by the public site's
 * renderer.
 */
import type { SerializedEditorState } from 'lexical';
import { audienceAuthors, chosenAnonymity, projectStory } from '#src/domain/audience.ts';
import { decideVisibility, whenShared } from '#src/domain/consent-visibility.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { readerText, renderStoryForReaders, type ReaderView } from '#src/editor/reader.ts';
import type { Db } from '#src/server/platform/db.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import {
  findRevision,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import { readerRevisionOf } from '#src/server/writing/reader-revisions.ts';
import { listStoriesOfGroup } from './group-space.repository.ts';

/** A story of the group as its members (or its book's readers) see it now. */
export interface SharedStory {
  readonly storyId: string;
  readonly title: string;
  /** The language it is written in (a BCP 47 tag), for `lang` wherever its words are shown. */
  readonly language: string;
  readonly kind: 'life_story' | 'film_script';
  readonly byline: string;
  readonly contentNotes: readonly string[];
  readonly promptId: string | null;
  readonly repliesOpen: boolean;
  readonly revisionNumber: number;
  readonly anonymity: Anonymity;
  readonly authorIds: readonly string[];
  /** When the last of its authors said yes: the list is newest first by this. */
  readonly sharedAt: Date;
  readonly excerpt: string;
  readonly view: ReaderView;
  /** The consented revision's editor state and script names (for exports). */
  readonly editorState: SerializedEditorState;
  readonly scriptNames: Record<string, string>;
}

/**
 * Every story of the group whose authors all consent to `scope` now, newest yes
 * first, each at the revision and names they chose.
 */
export async function listSharedStories(
  db: Db,
  groupId: string,
  scope: 'group' | 'book',
  now: Date,
): Promise<SharedStory[]> {
  const shared: SharedStory[] = [];
  for (const story of await listStoriesOfGroup(db, groupId)) {
    const authors = await listStoryAuthorsForConsent(db, story.id);
    const visibility = decideVisibility({
      authors,
      events: await listConsentEventsForStory(db, story.id),
      scope,
      now,
    });
    if (!visibility.visible) continue;
    const revision = await findRevision(db, story.id, visibility.revisionNumber);
    if (!revision) continue;
    const reader = readerRevisionOf(revision);
    const audience = projectStory(
      audienceAuthors(authors, await listStoryAuthorNames(db, story.id), (personId) =>
        chosenAnonymity(visibility.consents, personId),
      ),
    );
    shared.push({
      storyId: story.id,
      title: story.title,
      language: story.language,
      kind: story.kind,
      byline: audience.byline,
      contentNotes: story.content_notes,
      promptId: story.prompt_id,
      repliesOpen: story.replies_open,
      revisionNumber: visibility.revisionNumber,
      anonymity: audience.redaction,
      authorIds: authors.map((author) => author.personId),
      sharedAt: whenShared(visibility),
      excerpt: readerText(reader, audience).excerpt,
      view: renderStoryForReaders(reader, story.kind, audience),
      editorState: revision.editor_state as SerializedEditorState,
      scriptNames: revision.script_names,
    });
  }
  return shared.sort((a, b) => b.sharedAt.getTime() - a.sharedAt.getTime());
}
