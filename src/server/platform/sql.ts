/**
 * Pieces of SQL that queries in every feature share, so a rule they all follow
 * is written once.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** A column holding the instant a consent, or the publication it allows, ends. */
export type ExpiresAtColumn = 'expires_at' | `${string}.expires_at`;

/**
 * Whether the consent (or the publication it allows) ending at `expiresAt` still
 * runs at `now`: at its expiry instant it no longer holds. The same test as
 * isRunningAt in src/domain/consent.ts, so a story leaves every public surface
 * the moment its consent ends, with no job to run. A where-clause, a join
 * condition, or a piece of a `sql` template.
 */
export function runningAt(expiresAt: ExpiresAtColumn, now: Date): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(expiresAt)} > ${now}`;
}
