/**
 * Every rewrite of a publication gets a new version from one sequence:
 * a refresh that changes the byline without a ledger event must still change the
 * version, so no cache or ETag keyed by it can outlive the change.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence publication_versions`.execute(db);
  // Start above every version already written (they were ledger sequences).
  await sql`select setval('publication_versions', greatest((select max(version) from publications), (select max(sequence) from consent_events), 1))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop sequence publication_versions`.execute(db);
}
