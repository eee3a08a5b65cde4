/**
 * The initial schema: people (with the Auth.js tables), groups, guardians,
 * stories and their immutable revisions, media, the append-only consent ledger,
 * the publications read model, feature requests, uses and takedown tasks.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

const SCOPES = [
  'group',
  'public_site',
  'newsletter',
  'social_media',
  'press',
  'funding_and_reports',
  'training',
  'book',
];
const ANONYMITY = ['named', 'first_name', 'pseudonym', 'anonymous'];
const EVENT_KINDS = [
  'grant',
  'withdraw',
  'renew',
  'expire',
  'guardian_approve',
  'guardian_withdraw',
];
const ROLES = ['contributor', 'guardian', 'facilitator', 'comms', 'admin'];

function inList(values: string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

export async function up(db: Kysely<any>): Promise<void> {
  // --- Auth.js tables, named and shaped as @auth/kysely-adapter expects. ---
  await db.schema
    .createTable('User')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text')
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('emailVerified', 'timestamptz')
    .addColumn('image', 'text')
    .execute();

  await db.schema
    .createTable('Account')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('userId', 'uuid', (col) => col.notNull().references('User.id').onDelete('cascade'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('providerAccountId', 'text', (col) => col.notNull())
    .addColumn('refresh_token', 'text')
    .addColumn('access_token', 'text')
    .addColumn('expires_at', 'bigint')
    .addColumn('token_type', 'text')
    .addColumn('scope', 'text')
    .addColumn('id_token', 'text')
    .addColumn('session_state', 'text')
    .addUniqueConstraint('account_provider_unique', ['provider', 'providerAccountId'])
    .execute();
  await db.schema.createIndex('account_user_idx').on('Account').column('userId').execute();

  await db.schema
    .createTable('Session')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('userId', 'uuid', (col) => col.notNull().references('User.id').onDelete('cascade'))
    .addColumn('sessionToken', 'text', (col) => col.notNull().unique())
    .addColumn('expires', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('session_user_idx').on('Session').column('userId').execute();

  await db.schema
    .createTable('VerificationToken')
    .addColumn('identifier', 'text', (col) => col.notNull())
    .addColumn('token', 'text', (col) => col.notNull().unique())
    .addColumn('expires', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('verification_token_pk', ['identifier', 'token'])
    .execute();

  // --- Our profile of each person: one row per Auth.js user. ---
  await db.schema
    .createTable('people')
    .addColumn('id', 'uuid', (col) => col.primaryKey().references('User.id').onDelete('cascade'))
    .addColumn('display_name', 'text', (col) =>
      col.notNull().check(sql`length(btrim(display_name)) between 1 and 120`),
    )
    .addColumn('first_name', 'text', (col) => col.check(sql`length(first_name) <= 60`))
    .addColumn('default_pseudonym', 'text', (col) =>
      col.check(sql`length(default_pseudonym) <= 60`),
    )
    .addColumn('date_of_birth', 'date')
    .addColumn('roles', sql`text[]`, (col) =>
      col
        .notNull()
        .defaultTo(sql`'{contributor}'`)
        .check(sql`roles <@ array[${sql.raw(inList(ROLES))}]::text[]`),
    )
    .addColumn('larger_text', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('high_contrast', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('open_to_requests', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('guardian_links')
    .addColumn('guardian_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('young_person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('guardian_links_pk', ['guardian_id', 'young_person_id'])
    .addCheckConstraint('guardian_not_self', sql`guardian_id <> young_person_id`)
    .execute();
  await db.schema
    .createIndex('guardian_links_young_idx')
    .on('guardian_links')
    .column('young_person_id')
    .execute();

  // --- Groups ---
  await db.schema
    .createTable('groups')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (col) =>
      col
        .notNull()
        .unique()
        .check(sql`slug ~ '^[a-z0-9-]{1,80}$'`),
    )
    .addColumn('name', 'text', (col) =>
      col.notNull().check(sql`length(btrim(name)) between 1 and 120`),
    )
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('members_may_post_prompts', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('group_members')
    .addColumn('group_id', 'uuid', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('member', 'facilitator')`))
    .addColumn('joined_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('group_members_person_idx')
    .on('group_members')
    .column('person_id')
    .execute();

  // --- Stories and their immutable revisions ---
  await db.schema
    .createTable('stories')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (col) =>
      col
        .notNull()
        .unique()
        .check(sql`slug ~ '^[a-z0-9-]{1,120}$'`),
    )
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('life_story', 'film_script')`),
    )
    .addColumn('title', 'text', (col) =>
      col.notNull().check(sql`length(btrim(title)) between 1 and 200`),
    )
    .addColumn('group_id', 'uuid', (col) => col.references('groups.id').onDelete('set null'))
    .addColumn('themes', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('content_notes', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('latest_revision', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`latest_revision >= 0`),
    )
    .addColumn('created_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // Set when the story first reached the public site: a page that was public
    // and no longer is answers 410 Gone rather than 404.
    .addColumn('first_published_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('stories_group_idx').on('stories').column('group_id').execute();

  await db.schema
    .createTable('story_authors')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (col) => col.notNull().check(sql`position >= 0`))
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('invited', 'active')`),
    )
    // The pseudonym this author uses on this story, when different from their default.
    .addColumn('pseudonym', 'text', (col) => col.check(sql`length(pseudonym) <= 60`))
    .addColumn('added_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('story_authors_pk', ['story_id', 'person_id'])
    .addUniqueConstraint('story_authors_position_unique', ['story_id', 'position'])
    .execute();
  await db.schema
    .createIndex('story_authors_person_idx')
    .on('story_authors')
    .column('person_id')
    .execute();

  // People an author has shared a draft with for help: nobody else reads a draft.
  await db.schema
    .createTable('story_helpers')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('access', 'text', (col) => col.notNull().check(sql`access in ('read', 'edit')`))
    .addColumn('shared_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('shared_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('story_helpers_pk', ['story_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('story_helpers_person_idx')
    .on('story_helpers')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('revisions')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (col) => col.notNull().check(sql`number >= 1`))
    .addColumn('parent_number', 'integer', (col) =>
      col.check(sql`parent_number >= 1 and parent_number < number`),
    )
    .addColumn('editor_state', 'jsonb', (col) => col.notNull())
    .addColumn('plain_text', 'text', (col) => col.notNull())
    .addColumn('word_count', 'integer', (col) => col.notNull().check(sql`word_count >= 0`))
    .addColumn('author_id', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('revisions_pk', ['story_id', 'number'])
    .execute();

  // Every save is a new immutable revision: nothing a writer types is ever lost.
  // Deleting is still possible, because erasing an account must erase what the
  // person wrote.
  await sql`
    create function heard_forbid_revision_update() returns trigger
    language plpgsql as $$
    begin
      raise exception 'revisions are immutable: save a new revision instead'
        using errcode = 'P0001';
    end
    $$`.execute(db);
  await sql`
    create trigger revisions_immutable before update on revisions
    for each row execute function heard_forbid_revision_update()`.execute(db);

  // --- Media ---
  await db.schema
    .createTable('media')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('uploaded_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('storage_key', 'text', (col) => col.notNull().unique())
    .addColumn('alt_text', 'text', (col) =>
      col.notNull().check(sql`length(btrim(alt_text)) between 1 and 1000`),
    )
    .addColumn('shows_identifiable_people', 'boolean', (col) => col.notNull())
    .addColumn('width', 'integer', (col) => col.notNull().check(sql`width > 0`))
    .addColumn('height', 'integer', (col) => col.notNull().check(sql`height > 0`))
    .addColumn('variants', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('media_story_idx').on('media').column('story_id').execute();

  // --- The consent ledger: append-only, hash-chained (docs/decisions/002-…). ---
  // No foreign keys on purpose: erasing an account deletes the person and their
  // stories, and the ledger must keep its opaque ids so the chain still verifies.
  await db.schema
    .createTable('consent_events')
    .addColumn('sequence', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('id', 'uuid', (col) => col.notNull().unique())
    .addColumn('story_id', 'uuid', (col) => col.notNull())
    .addColumn('subject_id', 'uuid', (col) => col.notNull())
    .addColumn('actor_id', 'uuid', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in (${sql.raw(inList(EVENT_KINDS))})`),
    )
    .addColumn('scope', 'text', (col) =>
      col.notNull().check(sql`scope in (${sql.raw(inList(SCOPES))})`),
    )
    .addColumn('anonymity', 'text', (col) =>
      col.check(sql`anonymity in (${sql.raw(inList(ANONYMITY))})`),
    )
    .addColumn('revision_number', 'integer', (col) => col.check(sql`revision_number >= 1`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    // The feature request this grant answers, if any (kept opaque, like every id here).
    .addColumn('request_id', 'uuid')
    .addColumn('prev_hash', 'text', (col) => col.notNull().check(sql`prev_hash ~ '^[0-9a-f]{64}$'`))
    .addColumn('hash', 'text', (col) =>
      col
        .notNull()
        .unique()
        .check(sql`hash ~ '^[0-9a-f]{64}$'`),
    )
    .addCheckConstraint(
      'consent_grant_complete',
      sql`kind <> 'grant' or (anonymity is not null and revision_number is not null and expires_at > occurred_at)`,
    )
    .addCheckConstraint(
      'consent_renew_has_expiry',
      sql`kind <> 'renew' or expires_at > occurred_at`,
    )
    .addCheckConstraint(
      'consent_approval_has_revision',
      sql`kind <> 'guardian_approve' or revision_number is not null`,
    )
    .execute();
  await db.schema
    .createIndex('consent_events_story_idx')
    .on('consent_events')
    .columns(['story_id', 'sequence'])
    .execute();
  await db.schema
    .createIndex('consent_events_subject_idx')
    .on('consent_events')
    .columns(['subject_id', 'sequence'])
    .execute();

  await sql`
    create function heard_forbid_ledger_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'consent_events is append-only: % is not allowed', tg_op
        using errcode = 'P0001';
    end
    $$`.execute(db);
  await sql`
    create trigger consent_events_append_only before update or delete on consent_events
    for each row execute function heard_forbid_ledger_change()`.execute(db);
  await sql`
    create trigger consent_events_no_truncate before truncate on consent_events
    for each statement execute function heard_forbid_ledger_change()`.execute(db);

  // --- Publications: the read model of what is public now (docs/decisions/002-…). ---
  // Written in the same transaction as the ledger event that changes it; public
  // queries always add `expires_at > now()`, so expiry needs no job.
  await db.schema
    .createTable('publications')
    .addColumn('story_id', 'uuid', (col) =>
      col.primaryKey().references('stories.id').onDelete('cascade'),
    )
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('revision_number', 'integer', (col) => col.notNull())
    .addColumn('author_names', 'text', (col) => col.notNull())
    // Per author: how they are named in this publication, in author order.
    .addColumn('anonymity', sql`text[]`, (col) => col.notNull())
    .addColumn('themes', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('content_notes', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('published_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    // The ledger sequence that last rewrote this row: a version for ETags and caches.
    .addColumn('version', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('publications_newest_idx')
    .on('publications')
    .columns(['published_at desc', 'story_id desc'])
    .execute();
  await db.schema
    .createIndex('publications_expires_idx')
    .on('publications')
    .column('expires_at')
    .execute();

  // --- Feature requests (comms asks, the contributor decides), uses, takedowns ---
  await db.schema
    .createTable('feature_requests')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('channel', 'text', (col) =>
      col.notNull().check(sql`channel in (${sql.raw(inList(SCOPES))})`),
    )
    .addColumn('purpose', 'text', (col) =>
      col.notNull().check(sql`length(btrim(purpose)) between 1 and 2000`),
    )
    .addColumn('audience', 'text', (col) =>
      col.notNull().check(sql`length(btrim(audience)) between 1 and 2000`),
    )
    .addColumn('excerpt', 'text', (col) =>
      col.notNull().check(sql`length(excerpt) between 1 and 20000`),
    )
    .addColumn('revision_number', 'integer', (col) => col.notNull())
    .addColumn('anonymity', 'text', (col) =>
      col.notNull().check(sql`anonymity in (${sql.raw(inList(ANONYMITY))})`),
    )
    .addColumn('starts_on', 'date', (col) => col.notNull())
    .addColumn('ends_on', 'date', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('open')
        .check(
          sql`status in ('open', 'accepted', 'accepted_anonymous', 'declined', 'lapsed', 'cancelled')`,
        ),
    )
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answered_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('feature_request_dates', sql`ends_on >= starts_on`)
    .execute();
  // No more than one open request per story, so nobody is pressed twice at once.
  await sql`
    create unique index feature_requests_one_open_per_story
    on feature_requests (story_id) where status = 'open'`.execute(db);
  await db.schema
    .createIndex('feature_requests_created_idx')
    .on('feature_requests')
    .columns(['story_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('feature_uses')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (col) =>
      col.notNull().references('feature_requests.id').onDelete('cascade'),
    )
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('where_used', 'text', (col) =>
      col.notNull().check(sql`length(btrim(where_used)) between 1 and 500`),
    )
    .addColumn('link', 'text', (col) => col.check(sql`link ~ '^https?://'`))
    .addColumn('used_on', 'date', (col) => col.notNull())
    .addColumn('logged_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('feature_uses_story_idx')
    .on('feature_uses')
    .column('story_id')
    .execute();

  await db.schema
    .createTable('takedown_tasks')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('use_id', 'uuid', (col) =>
      col.notNull().references('feature_uses.id').onDelete('cascade'),
    )
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    // The ledger event (withdraw or expire) that made this use unconsented.
    .addColumn('consent_event_id', 'uuid')
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'done')`),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('done_at', 'timestamptz')
    .addColumn('done_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('done_note', 'text')
    .addCheckConstraint('takedown_done_complete', sql`status <> 'done' or done_at is not null`)
    .execute();
  await sql`
    create unique index takedown_tasks_one_open_per_use
    on takedown_tasks (use_id) where status = 'open'`.execute(db);

  // Settings an admin can change (e.g. the per-person request cap).
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'settings',
    'takedown_tasks',
    'feature_uses',
    'feature_requests',
    'publications',
    'consent_events',
    'media',
    'revisions',
    'story_helpers',
    'story_authors',
    'stories',
    'group_members',
    'groups',
    'guardian_links',
    'people',
    'VerificationToken',
    'Session',
    'Account',
    'User',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop function if exists heard_forbid_ledger_change()`.execute(db);
  await sql`drop function if exists heard_forbid_revision_update()`.execute(db);
}
