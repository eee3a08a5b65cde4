/**
 * Hashing for the consent ledger: each event stores a keyed hash (HMAC-SHA-256,
 * with the key from src/server/consent/ledger-key.ts) of the previous event's hash and
 * its own fields, in a canonical JSON encoding (RFC 8785), so a changed,
 * removed, reordered or forged event breaks the chain where it happened, and
 * nobody without the key can write one that fits.
 *
 * Events written before the chain was keyed keep their plain SHA-256 hashes;
 * the anchor (`ledger_anchor`, sealed with the key) fixes where they end, so
 * none can be added or changed among them either.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
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
  /** The fields below are hashed only when set, so events recorded before them still verify. */
  readonly guardianRequired?: boolean | null;
  readonly fingerprint?: string | null;
  readonly contentKey?: string | null;
}

/** The canonical bytes an event's hash is taken over. */
export function encodeEventForHash(prevHash: string, event: HashedEventFields): string {
  const optional = (name: string, value: unknown) =>
    value === null || value === undefined ? {} : { [name]: value };
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
    ...optional('guardianRequired', event.guardianRequired),
    ...optional('fingerprint', event.fingerprint),
    ...optional('contentKey', event.contentKey),
  });
  if (encoded === undefined) throw new Error('A consent event could not be encoded.');
  return encoded;
}

/** The keyed hash (hex) of an event chained to the one before it. */
export function hashEvent(prevHash: string, event: HashedEventFields, key: Buffer): string {
  return createHmac('sha256', key).update(encodeEventForHash(prevHash, event)).digest('hex');
}

/** The plain SHA-256 (hex) an event had before the chain was keyed. */
export function legacyHashEvent(prevHash: string, event: HashedEventFields): string {
  return createHash('sha256').update(encodeEventForHash(prevHash, event)).digest('hex');
}

/** The seal on the anchor: where the unkeyed events end, vouched for with the key. */
export function sealAnchor(anchor: { sequence: number; hash: string }, key: Buffer): string {
  return createHmac('sha256', key)
    .update(`heard-ledger-anchor:1:${anchor.sequence}:${anchor.hash}`)
    .digest('hex');
}

/** Compares two hex hashes without leaking where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
