/**
 * The database as Kysely sees it. `XTable` describes a table; `XRow` is a row read
 * from it. Repositories convert rows to domain types at their edge.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Anonymity, ConsentEventKind, Scope } from '../domain/consent-types.ts';
import type { Role } from '../domain/roles.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings on both drivers (see db.ts). */
type DateOnly = ColumnType<string, string, string>;

export interface UserTable {
  id: Generated<string>;
  name: string | null;
  email: string;
  emailVerified: Timestamp | null;
  image: string | null;
}

export interface AccountTable {
  id: Generated<string>;
  userId: string;
  type: string;
  provider: string;
  providerAccountId: string;
  refresh_token: string | null;
  access_token: string | null;
  expires_at: number | null;
  token_type: string | null;
  scope: string | null;
  id_token: string | null;
  session_state: string | null;
}

export interface SessionTable {
  id: Generated<string>;
  userId: string;
  sessionToken: string;
  expires: Timestamp;
}

export interface VerificationTokenTable {
  identifier: string;
  token: string;
  expires: Timestamp;
}

export interface PersonTable {
  id: string;
  display_name: string;
  first_name: string | null;
  default_pseudonym: string | null;
  date_of_birth: DateOnly | null;
  roles: ColumnType<Role[], Role[] | undefined, Role[]>;
  larger_text: Generated<boolean>;
  high_contrast: Generated<boolean>;
  open_to_requests: Generated<boolean>;
  disabled_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export interface GuardianLinkTable {
  guardian_id: string;
  young_person_id: string;
  created_at: DefaultedTimestamp;
}

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

export interface WritingPromptTable {
  id: Generated<string>;
  group_id: string;
  text: string;
  created_by: string | null;
  created_at: DefaultedTimestamp;
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

export interface ConsentEventTable {
  sequence: ColumnType<number, never, never>;
  id: string;
  story_id: string;
  subject_id: string;
  actor_id: string;
  kind: ConsentEventKind;
  scope: Scope;
  anonymity: Anonymity | null;
  revision_number: number | null;
  expires_at: Timestamp | null;
  occurred_at: Timestamp;
  request_id: string | null;
  /** On grants made since 0011: whether a guardian's co-consent was needed. */
  guardian_required: boolean | null;
  /** On grants made since 0012: what the author was shown, and the content all must agree on. */
  fingerprint: string | null;
  content_key: string | null;
  prev_hash: string;
  hash: string;
}

export interface PublicationTable {
  story_id: string;
  slug: string;
  title: string;
  kind: StoryKind;
  revision_number: number;
  author_names: string;
  anonymity: Anonymity[];
  themes: string[];
  content_notes: string[];
  published_at: Timestamp;
  expires_at: Timestamp;
  version: number;
  /** The consented revision's text, sensitive details replaced as its authors chose. */
  search_text: Generated<string>;
  excerpt: Generated<string>;
  word_count: Generated<number>;
  /** Generated by the database from title (weight A) and search_text (weight B). */
  search_document: ColumnType<string, never, never>;
}

export interface PublicationThemeTable {
  theme_slug: string;
  theme: string;
  published_at: Timestamp;
  story_id: string;
  expires_at: Timestamp;
}

/** One distinct word of a public story's title and redacted text (search suggestions). */
export interface PublicationWordTable {
  story_id: string;
  word: string;
}

export type FeatureRequestStatus =
  'open' | 'accepted' | 'accepted_anonymous' | 'declined' | 'lapsed' | 'cancelled';

export interface FeatureRequestTable {
  id: Generated<string>;
  story_id: string;
  requested_by: string | null;
  channel: Scope;
  purpose: string;
  audience: string;
  /** Null: the whole story. */
  excerpt: string | null;
  revision_number: number;
  anonymity: Anonymity;
  starts_on: DateOnly;
  ends_on: DateOnly;
  message: Generated<string>;
  status: ColumnType<FeatureRequestStatus, FeatureRequestStatus | undefined>;
  answered_at: Timestamp | null;
  answered_by: string | null;
  created_at: DefaultedTimestamp;
}

export interface FeatureUseTable {
  id: Generated<string>;
  request_id: string;
  story_id: string;
  where_used: string;
  link: string | null;
  used_on: DateOnly;
  logged_by: string | null;
  created_at: DefaultedTimestamp;
}

/** One author's answer to a feature request. */
export interface FeatureRequestAnswerTable {
  request_id: string;
  person_id: string;
  answer: 'yes' | 'yes_anonymous' | 'no';
  consent_event_id: string | null;
  answered_at: Timestamp;
}

export interface TakedownTaskTable {
  id: Generated<string>;
  /** Null once the story (and so the use) was erased: the task stays. */
  use_id: string | null;
  story_id: string | null;
  consent_event_id: string | null;
  channel: Scope;
  story_title: string;
  where_used: string;
  link: string | null;
  used_on: DateOnly;
  notified_at: Timestamp | null;
  overdue_notified_at: Timestamp | null;
  status: ColumnType<'open' | 'done', 'open' | 'done' | undefined>;
  created_at: DefaultedTimestamp;
  done_at: Timestamp | null;
  done_by: string | null;
  done_note: string | null;
}

/** One consent expiry reminder sent: at most one per consent, end date and days before. */
export interface ConsentReminderTable {
  story_id: string;
  subject_id: string;
  scope: Scope;
  expires_at: Timestamp;
  days_before: 30 | 7;
  sent_at: DefaultedTimestamp;
}

export interface AdulthoodNoticeTable {
  person_id: string;
  birthday: DateOnly;
  told_at: DefaultedTimestamp;
}

export interface SettingTable {
  key: string;
  value: unknown;
  updated_at: DefaultedTimestamp;
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: DefaultedTimestamp;
}

/** The bytes of one photo variant, when the media store is the database. */
export interface MediaFileTable {
  storage_key: string;
  variant: string;
  bytes: Uint8Array;
  created_at: DefaultedTimestamp;
}

/** An email waiting to be delivered over SMTP (the outbox). */
export interface MailQueueTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: DefaultedTimestamp;
  next_attempt_at: DefaultedTimestamp;
  attempts: ColumnType<number, number | undefined, number>;
  claimed_until: Timestamp | null;
  last_error: string | null;
  last_attempt_at: Timestamp | null;
  given_up_at: Timestamp | null;
}

export interface SignInRequestTable {
  id: ColumnType<number, never, never>;
  email_hash: string;
  client_address: string;
  requested_at: Timestamp;
  /** A browser that signed in as this address's owner before; null otherwise. */
  device_hash: string | null;
}

export interface SignInDeviceTable {
  device_hash: string;
  email_hash: string;
  signed_in_at: Timestamp;
}

export interface AccountChangeTable {
  id: Generated<string>;
  person_id: string;
  actor_id: string | null;
  kind: 'date_of_birth' | 'guardian_linked' | 'guardian_unlinked';
  previous_date_of_birth: DateOnly | null;
  new_date_of_birth: DateOnly | null;
  guardian_id: string | null;
  occurred_at: Timestamp;
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

export interface ConsentedVersionTable {
  story_id: string;
  fingerprint: string;
  person_id: string;
  content_key: string;
  revision_number: number;
  title: string;
  themes: string[];
  content_notes: string[];
  shown_name: string;
  created_at: DefaultedTimestamp;
}

export interface LedgerAnchorTable {
  id: number;
  sequence: number;
  hash: string;
  seal: string | null;
}

export interface UsageLogTable {
  id: ColumnType<number, never, never>;
  person_id: string;
  kind: 'save' | 'photo';
  bytes: number;
  occurred_at: Timestamp;
}

/** Every table Heard keeps. */
export interface Database {
  User: UserTable;
  Account: AccountTable;
  Session: SessionTable;
  VerificationToken: VerificationTokenTable;
  people: PersonTable;
  guardian_links: GuardianLinkTable;
  groups: GroupTable;
  group_members: GroupMemberTable;
  stories: StoryTable;
  story_authors: StoryAuthorTable;
  story_helpers: StoryHelperTable;
  revisions: RevisionTable;
  media: MediaTable;
  consent_events: ConsentEventTable;
  consent_reminders: ConsentReminderTable;
  adulthood_notices: AdulthoodNoticeTable;
  publications: PublicationTable;
  publication_themes: PublicationThemeTable;
  publication_words: PublicationWordTable;
  feature_requests: FeatureRequestTable;
  feature_request_answers: FeatureRequestAnswerTable;
  feature_uses: FeatureUseTable;
  takedown_tasks: TakedownTaskTable;
  settings: SettingTable;
  mail_outbox: MailOutboxTable;
  writing_prompts: WritingPromptTable;
  story_replies: StoryReplyTable;
  group_books: GroupBookTable;
  sign_in_requests: SignInRequestTable;
  sign_in_devices: SignInDeviceTable;
  account_changes: AccountChangeTable;
  group_membership_changes: GroupMembershipChangeTable;
  usage_log: UsageLogTable;
  consented_versions: ConsentedVersionTable;
  ledger_anchor: LedgerAnchorTable;
  media_files: MediaFileTable;
  mail_queue: MailQueueTable;
}

export type PersonRow = Selectable<PersonTable>;
export type StoryRow = Selectable<StoryTable>;
export type RevisionRow = Selectable<RevisionTable>;
export type ConsentEventRow = Selectable<ConsentEventTable>;
export type NewConsentEvent = Insertable<ConsentEventTable>;
export type PublicationRow = Selectable<PublicationTable>;
