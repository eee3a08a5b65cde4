/**
 * Least privilege: on PostgreSQL the app runs as a role that reads and writes
 * rows but cannot change the schema, disable the ledger's trigger, set
 * `session_replication_role` or truncate, so even a compromised app cannot
 * rewrite the consent ledger. (PGlite is one embedded user: nothing to test.)
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import { openDatabase } from '#src/server/platform/db.ts';
import { connectAsAppRole } from '#src/server/platform/app-connection.ts';
import {
  appRoleSqlForOperator,
  DEFAULT_APP_ROLE,
  readRoleConfig,
  urlAsRole,
} from '#src/server/platform/app-role.ts';
import { describeEachDatabase, testTargets } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

const onPostgres = testTargets().some((target) => target.kind === 'postgres');
if (!onPostgres) {
  console.warn(
    '\n[app role] TEST_DATABASE_URL is not set: the least-privilege tests are skipped.\n',
  );
}

describe('the app role settings', () => {
  it.each([
    [{}, { ownerUrl: 'postgres://owner@db/heard', appUrl: undefined, appRole: 'heard_app' }],
    [
      { DATABASE_OWNER_URL: 'postgres://owner@db/heard' },
      { ownerUrl: 'postgres://owner@db/heard', appUrl: 'postgres://app@db/heard' },
    ],
    [{ HEARD_APP_DB_ROLE: 'stories_rw' }, { appRole: 'stories_rw', disabled: false }],
    [{ HEARD_APP_DB_ROLE: 'off' }, { disabled: true }],
  ] as const)('%o', (env: NodeJS.ProcessEnv, expected) => {
    const url = env['DATABASE_OWNER_URL'] ? 'postgres://app@db/heard' : 'postgres://owner@db/heard';
    expect(readRoleConfig(url, env)).toMatchObject(expected);
  });

  it('gives the operator two lines to run', () => {
    expect(appRoleSqlForOperator('heard_app', 'heard')).toEqual([
      "CREATE ROLE heard_app LOGIN PASSWORD 'choose-a-long-password';",
      'GRANT CONNECT ON DATABASE "heard" TO heard_app;',
    ]);
  });

  it('puts the role and password into the address', () => {
    expect(urlAsRole('postgres://owner:secret@db:5432/heard', 'heard_app', 'p@ss')).toBe(
      'postgres://heard_app:p%40ss@db:5432/heard',
    );
  });
});

describeEachDatabase('the app’s database role', ({ db, ownerDb, kind }) => {
  const postgresOnly = it.skipIf(kind !== 'postgres');

  postgresOnly('runs as the app role, not the owner', async () => {
    const { rows } = await sql<{ user: string; superuser: string }>`
      select current_user as user, current_setting('is_superuser') as superuser`.execute(db());
    expect(rows[0]).toEqual({ user: DEFAULT_APP_ROLE, superuser: 'off' });
  });

  postgresOnly('reads and writes rows, and adds to the ledger', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    const added = await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'group',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: new Date() },
    );
    expect(added.ok).toBe(true);
    expect(await listConsentEventsForStory(db(), story.id)).toHaveLength(1);
  });

  postgresOnly.each([
    ['truncate the ledger', sql`truncate consent_events`, /permission denied/],
    ['delete from the ledger', sql`delete from consent_events`, /permission denied/],
    ['update the ledger', sql`update consent_events set anonymity = 'named'`, /permission denied/],
    [
      'disable the ledger’s trigger',
      sql`alter table consent_events disable trigger consent_events_append_only`,
      /must be owner/,
    ],
    ['disable every trigger', sql`alter table consent_events disable trigger all`, /must be owner/],
    [
      'set session_replication_role',
      sql`set session_replication_role = replica`,
      /permission denied/,
    ],
    ['drop the ledger', sql`drop table consent_events`, /must be owner/],
    [
      'drop the ledger’s trigger function',
      sql`drop function heard_forbid_ledger_change() cascade`,
      /must be owner/,
    ],
    ['create a table', sql`create table sneaky (id int)`, /permission denied/],
    ['move the ledger anchor', sql`update ledger_anchor set sequence = 0`, /permission denied/],
    ['truncate any table', sql`truncate stories cascade`, /permission denied/],
    ['become another role', sql`set role postgres`, /permission denied/],
  ])('cannot %s', async (_what, statement, refusal) => {
    await expect(statement.execute(db())).rejects.toThrow(refusal);
    // And the ledger's own trigger is still in force.
    const { rows } = await sql<{ enabled: string }>`
      select tgenabled as enabled from pg_trigger where tgname = 'consent_events_append_only'`.execute(
      ownerDb(),
    );
    expect(rows[0]?.enabled).toBe('O');
  });

  postgresOnly('npm start drops from the owner to the app role after migrating', async () => {
    const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(ownerDb());
    const url = new URL(process.env['TEST_DATABASE_URL'] ?? '');
    url.pathname = `/${rows[0]?.db ?? ''}`;
    const owner = await openDatabase({ kind: 'postgres', url: url.toString() });
    const app = await connectAsAppRole(owner, readRoleConfig(url.toString(), {}));
    try {
      const who = await sql<{ user: string }>`select current_user as user`.execute(app.db);
      expect(who.rows[0]?.user).toBe(DEFAULT_APP_ROLE);
      // The owner's connection is closed: nothing in the process holds its rights.
      await expect(sql`select 1`.execute(owner.db)).rejects.toThrow();
    } finally {
      await app.close();
    }
  });
});
