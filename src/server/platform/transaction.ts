/**
 * Runs work in one transaction, joining the caller's transaction when there is one,
 * so a repository function composes into a larger change without nesting.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Runs `work` inside a transaction (the caller's, or a new one). */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
