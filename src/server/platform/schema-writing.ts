/**
 * Writing: stories, their authors and helpers, every saved revision, and the
 * photos in them.
 * Part of the one `Database` in schema.ts.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './schema-columns.ts';

export type StoryKind = 'life_story' | 'film_script';

export interface StoryTable {
  id: Generated<string>;
  slug: string;
  kind: StoryKind;
  title: string;
  group_id: string | null;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  content_notes: ColumnType<string[], string[] | undefined, string[]>;
  latest_revision: Generated<number>;
  created_by: string | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  first_published_at: Timestamp | null;
  /** The writing prompt the story was started from, if any. */
  prompt_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Whether group members may leave replies (the author can turn them off). */
  replies_open: Generated<boolean>;
  /** Whether service leads may answer it (the author can turn answers off). */
  answers_open: Generated<boolean>;
  /** The language it is written in, a BCP 47 tag (src/domain/story-language.ts). */
  language: Generated<string>;
}

export interface StoryAuthorTable {
  story_id: string;
  person_id: string;
  position: number;
  status: ColumnType<'invited' | 'active', 'invited' | 'active' | undefined>;
  pseudonym: string | null;
  added_at: DefaultedTimestamp;
}

export interface StoryHelperTable {
  story_id: string;
  person_id: string;
  access: 'read' | 'edit';
  shared_by: string | null;
  shared_at: DefaultedTimestamp;
}

export interface RevisionTable {
  story_id: string;
  number: number;
  parent_number: number | null;
  editor_state: ColumnType<unknown, string, never>;
  plain_text: string;
  word_count: number;
  author_id: string | null;
  created_at: DefaultedTimestamp;
  /** A film script's real-name → character-name map (empty for life stories). */
  script_names: ColumnType<Record<string, string>, string | undefined, never>;
}

export interface MediaTable {
  id: Generated<string>;
  story_id: string;
  uploaded_by: string | null;
  storage_key: string;
  alt_text: string;
  shows_identifiable_people: boolean;
  width: number;
  height: number;
  variants: ColumnType<unknown, string | undefined, string>;
  created_at: DefaultedTimestamp;
}

/** This area's tables, by their names in the database. */
export interface WritingTables {
  stories: StoryTable;
  story_authors: StoryAuthorTable;
  story_helpers: StoryHelperTable;
  revisions: RevisionTable;
  media: MediaTable;
}
