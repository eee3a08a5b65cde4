/**
 * Least privilege in the database: migrations run as the database's owner,
 * and the app runs as a role that reads and writes rows and nothing more. That
 * role cannot change the schema, disable a trigger, set
 * `session_replication_role` or truncate, and on the consent ledger it may only
 * add events, so even a compromised app cannot rewrite the ledger (the
 * append-only trigger in 0001_init.ts stays in force). See
 * docs/decisions/023-least-privilege-database-role.md.
 */
import { sql, type Kysely } from 'kysely';

/** The role the app runs as unless `HEARD_APP_DB_ROLE` names another. */
export const DEFAULT_APP_ROLE = 'heard_app';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** How to reach the database as the owner and as the app. */
export interface RoleConfig {
  /** The owner's connection, for migrations. */
  readonly ownerUrl: string;
  /** The app's connection, when the operator gave one (`DATABASE_URL` beside `DATABASE_OWNER_URL`). */
  readonly appUrl: string | undefined;
  /** The role to create and connect as when only the owner's address is known. */
  readonly appRole: string;
  readonly appPassword: string | undefined;
  /** `HEARD_APP_DB_ROLE=off`: stay the owner (not recommended). */
  readonly disabled: boolean;
}

/** Reads the role settings: `DATABASE_OWNER_URL`, `HEARD_APP_DB_ROLE`, `HEARD_APP_DB_PASSWORD`. */
export function readRoleConfig(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): RoleConfig {
  const ownerUrl = env['DATABASE_OWNER_URL']?.trim();
  const role = env['HEARD_APP_DB_ROLE']?.trim() || DEFAULT_APP_ROLE;
  return {
    ownerUrl: ownerUrl || databaseUrl,
    appUrl: ownerUrl ? databaseUrl : undefined,
    appRole: role === 'off' ? DEFAULT_APP_ROLE : role,
    appPassword: env['HEARD_APP_DB_PASSWORD'] || undefined,
    disabled: role === 'off',
  };
}

/** Whether `name` can be a role name without quoting surprises. */
export function isRoleName(name: string): boolean {
  return ROLE_NAME.test(name);
}

/** `url` with its user and password replaced. */
export function urlAsRole(url: string, role: string, password: string | undefined): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = password ? encodeURIComponent(password) : '';
  return next.toString();
}

/** The user a connection string names (as PostgreSQL will see it). */
export function roleOfUrl(url: string): string | undefined {
  const user = new URL(url).username;
  return user ? decodeURIComponent(user) : undefined;
}

/**
 * The two lines an operator with the rights runs once, when the owner cannot
 * create the app's role itself.
 */
export function appRoleSqlForOperator(role: string, database: string): string[] {
  return [
    `CREATE ROLE ${role} LOGIN PASSWORD 'choose-a-long-password';`,
    `GRANT CONNECT ON DATABASE "${database.replaceAll('"', '""')}" TO ${role};`,
  ];
}

/** What `ensureAppRole` could do. */
export type EnsureAppRoleResult =
  | { readonly ok: true; readonly created: boolean }
  | { readonly ok: false; readonly reason: 'cannot-create-role' };

/**
 * As the owner: makes sure `role` exists (creating it when the owner may create
 * roles) and holds exactly the app's rights on every table. Safe to run at
 * every start and from several instances at once.
 */
export async function ensureAppRole(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rights are granted on whatever schema exists
  owner: Kysely<any>,
  role: string,
  password: string | undefined,
): Promise<EnsureAppRoleResult> {
  if (!isRoleName(role)) throw new Error(`"${role}" cannot be a database role name.`);
  const created = await owner.transaction().execute(async (trx) => {
    // Several instances starting at once must not grant over each other.
    await sql`select pg_advisory_xact_lock(hashtext('heard.app-role'))`.execute(trx);
    const existing = await sql<{ rolsuper: boolean }>`
      select rolsuper from pg_roles where rolname = ${role}`.execute(trx);
    let made = false;
    if (existing.rows.length === 0) {
      if (!(await canManageRoles(trx))) return undefined;
      await sql`create role ${sql.id(role)} login nosuperuser nocreatedb nocreaterole noinherit`.execute(
        trx,
      );
      made = true;
    } else if (existing.rows[0]?.rolsuper) {
      throw new Error(
        `The database role ${role} is a superuser: the app must run as a role without those rights.`,
      );
    }
    if (password !== undefined && (made || (await canManageRoles(trx)))) {
      await sql`alter role ${sql.id(role)} password ${sql.lit(password)}`.execute(trx);
    }
    await grantAppRights(trx, role);
    return made;
  });
  return created === undefined
    ? { ok: false, reason: 'cannot-create-role' }
    : { ok: true, created };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
async function canManageRoles(db: Kysely<any>): Promise<boolean> {
  const rights = await sql<{ can: boolean }>`
    select rolsuper or rolcreaterole as can from pg_roles where rolname = current_user`.execute(db);
  return rights.rows[0]?.can === true;
}

/**
 * Rows, not schema: read and write every table and sequence; on the ledger
 * only read and add; the migration records only read (for `/readyz`); never
 * truncate, never own. Run by the owner after every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export async function grantAppRights(db: Kysely<any>, role: string): Promise<void> {
  const to = sql.id(role);
  const database = await sql<{ name: string }>`select current_database() as name`.execute(db);
  await sql`grant connect on database ${sql.id(database.rows[0]?.name ?? '')} to ${to}`.execute(db);
  await sql`grant usage on schema public to ${to}`.execute(db);
  await sql`revoke create on schema public from ${to}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to ${to}`.execute(
    db,
  );
  await sql`revoke truncate, references, trigger on all tables in schema public from ${to}`.execute(
    db,
  );
  await sql`grant usage, select on all sequences in schema public to ${to}`.execute(db);
  // The ledger is append-only for the app, whatever happens to its trigger.
  await sql`revoke update, delete on consent_events from ${to}`.execute(db);
  // The anchor is sealed once (its seal is keyed; see src/server/consent/ledger.repository.ts).
  await sql`revoke insert, update, delete on ledger_anchor from ${to}`.execute(db);
  await sql`grant update (seal) on ledger_anchor to ${to}`.execute(db);
  await sql`revoke insert, update, delete on kysely_migration, kysely_migration_lock from ${to}`.execute(
    db,
  );
}
