/**
 * The database as Kysely sees it. `XTable` describes a table; `XRow` is a row read
 * from it. Repositories convert rows to domain types at their edge. The tables
 * are described by area in the schema-*.ts files beside this one; this file
 * assembles them into one `Database` and exports every table and row type.
 */
import type { Insertable, Selectable } from 'kysely';
import type { AccountsTables, PersonTable } from './schema-accounts.ts';
import type { WritingTables, RevisionTable, StoryTable } from './schema-writing.ts';
import type { ConsentTables, ConsentEventTable, PublicationTable } from './schema-consent.ts';
import type { RequestsTables } from './schema-requests.ts';
import type { GroupsTables } from './schema-groups.ts';
import type { PlatformTables } from './schema-platform.ts';
import type { BeingHeardTables } from '#src/server/being-heard/schema.ts';
import type { VoiceTables } from '#src/server/voice/schema.ts';

export type * from './schema-accounts.ts';
export type * from './schema-writing.ts';
export type * from './schema-consent.ts';
export type * from './schema-requests.ts';
export type * from './schema-groups.ts';
export type * from './schema-platform.ts';
export type * from '#src/server/being-heard/schema.ts';
export type * from '#src/server/voice/schema.ts';

/** Every table Heard keeps. */
export interface Database
  extends
    AccountsTables,
    WritingTables,
    ConsentTables,
    RequestsTables,
    GroupsTables,
    PlatformTables,
    BeingHeardTables,
    VoiceTables {}

export type PersonRow = Selectable<PersonTable>;
export type StoryRow = Selectable<StoryTable>;
export type RevisionRow = Selectable<RevisionTable>;
export type ConsentEventRow = Selectable<ConsentEventTable>;
export type NewConsentEvent = Insertable<ConsentEventTable>;
export type PublicationRow = Selectable<PublicationTable>;
