/**
 * People and signing in: Auth.js's own tables, the people on Heard with their
 * roles and reading preferences, guardians, sign-in limits and the record of
 * account changes.
 * Part of the one `Database` in schema.ts.
 */
import type { ColumnType, Generated } from 'kysely';
import type { Role } from '#src/domain/roles.ts';
import type { DateOnly, DefaultedTimestamp, Timestamp } from './schema-columns.ts';

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
  /** The language the person reads Heard in (src/i18n/languages.ts). */
  language: Generated<string>;
  disabled_at: Timestamp | null;
  created_at: DefaultedTimestamp;
}

export interface GuardianLinkTable {
  guardian_id: string;
  young_person_id: string;
  created_at: DefaultedTimestamp;
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

/** This area's tables, by their names in the database. */
export interface AccountsTables {
  User: UserTable;
  Account: AccountTable;
  Session: SessionTable;
  VerificationToken: VerificationTokenTable;
  people: PersonTable;
  guardian_links: GuardianLinkTable;
  sign_in_requests: SignInRequestTable;
  sign_in_devices: SignInDeviceTable;
  account_changes: AccountChangeTable;
}
