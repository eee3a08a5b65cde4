/**
 * Runs work in one transaction, joining the caller's transaction when there is one,
 * so a repository function composes into a larger change without nesting.
 */
import type { Transaction } from 'kysely';
import type { Database } from './schema.ts';
import type { Db } from './db.ts';

/** Runs `work` inside a transaction (the caller's, or a new one). */
export function inTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
