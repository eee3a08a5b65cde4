/**
 * Groups: the groups and their members, the membership history, writing
 * prompts, replies to stories shared in a group, and the group's book.
 * Part of the one `Database` in schema.ts.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './schema-columns.ts';

export interface GroupTable {
  id: Generated<string>;
  slug: string;
  name: string;
  description: Generated<string>;
  members_may_post_prompts: Generated<boolean>;
  created_at: DefaultedTimestamp;
}

export interface GroupMemberTable {
  group_id: string;
  person_id: string;
  role: 'member' | 'facilitator';
  joined_at: DefaultedTimestamp;
}

export interface GroupMembershipChangeTable {
  id: Generated<string>;
  group_id: string;
  person_id: string | null;
  actor_id: string | null;
  kind: 'added' | 'removed';
  role: 'member' | 'facilitator' | null;
  occurred_at: Timestamp;
}

export interface WritingPromptTable {
  id: Generated<string>;
  group_id: string;
  text: string;
  created_by: string | null;
  created_at: DefaultedTimestamp;
}

/** A kind reply to a story shared with a group: plain text. */
export interface StoryReplyTable {
  id: Generated<string>;
  story_id: string;
  group_id: string;
  author_id: string;
  text: string;
  hidden_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

/** One chapter as a book's last PDF held it. */
export interface BookPdfChapter {
  readonly storyId: string;
  readonly title: string;
  readonly revisionNumber: number;
  readonly byline: string;
}

/** A group's book: title, introduction, the chosen chapter order, and its last PDF. */
export interface GroupBookTable {
  group_id: string;
  title: string;
  introduction: Generated<string>;
  chapter_order: ColumnType<string[], string[] | undefined, string[]>;
  updated_at: DefaultedTimestamp;
  updated_by: string | null;
  last_pdf_at: Timestamp | null;
  last_pdf_chapters: ColumnType<BookPdfChapter[] | null, string | null | undefined, string | null>;
}

/** This area's tables, by their names in the database. */
export interface GroupsTables {
  groups: GroupTable;
  group_members: GroupMemberTable;
  group_membership_changes: GroupMembershipChangeTable;
  writing_prompts: WritingPromptTable;
  story_replies: StoryReplyTable;
  group_books: GroupBookTable;
}
