/**
 * Hashing for the consent ledger: each event stores the SHA-256 of the previous
 * event's hash and its own fields, in a canonical JSON encoding (RFC 8785), so a
 * changed, removed or reordered event breaks the chain where it happened.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The hash the first event in the ledger points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers: opaque ids and the consent itself. */
export interface HashedEventFields {
  readonly id: string;
  readonly storyId: string;
  readonly subjectId: string;
  readonly actorId: string;
  readonly kind: string;
  readonly scope: string;
  readonly anonymity: string | null;
  readonly revisionNumber: number | null;
  readonly expiresAt: Date | null;
  readonly occurredAt: Date;
  readonly requestId: string | null;
  /** Hashed only when set, so events recorded before it existed still verify. */
  readonly guardianRequired?: boolean | null;
}

/** The canonical bytes an event's hash is taken over. */
export function encodeEventForHash(prevHash: string, event: HashedEventFields): string {
  const encoded = canonicalize({
    v: 1,
    prevHash,
    id: event.id,
    storyId: event.storyId,
    subjectId: event.subjectId,
    actorId: event.actorId,
    kind: event.kind,
    scope: event.scope,
    anonymity: event.anonymity,
    revisionNumber: event.revisionNumber,
    expiresAt: event.expiresAt?.toISOString() ?? null,
    occurredAt: event.occurredAt.toISOString(),
    requestId: event.requestId,
    ...(event.guardianRequired === null || event.guardianRequired === undefined
      ? {}
      : { guardianRequired: event.guardianRequired }),
  });
  if (encoded === undefined) throw new Error('A consent event could not be encoded.');
  return encoded;
}

/** The SHA-256 (hex) of an event chained to the one before it. */
export function hashEvent(prevHash: string, event: HashedEventFields): string {
  return createHash('sha256').update(encodeEventForHash(prevHash, event)).digest('hex');
}
