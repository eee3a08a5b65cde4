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

/**
 * Refuses a transaction for work that must own its own: work that deletes or
 * keeps files once its rows have really committed, which a caller's
 * transaction could still roll back. `why` ends the error's sentence.
 */
export function requireOutsideTransaction(db: Db, work: string, why: string): void {
  if (db.isTransaction) throw new Error(`${work} must run outside a transaction: ${why}.`);
}
