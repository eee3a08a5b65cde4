/**
 * The consent ledger's chain: its rows as the domain's events, which events
 * verify, the whole-ledger walk behind `npm run ledger:verify`, and the anchor
 * that fixes where the events hashed before the chain was keyed end
 * (src/server/consent/ledger-hash.ts).
 *
 * Every decision reads events through `keepVerifiedEvents`: an event whose hash
 * does not verify with the key is left out (and reported), so a row forged or
 * edited by someone with database access can never grant anything.
 */
import type { ConsentEvent } from '#src/domain/consent-types.ts';
import { ledgerKey } from './ledger-key.ts';
import {
  GENESIS_HASH,
  hashEvent,
  legacyHashEvent,
  sameHash,
  sealAnchor,
  type HashedEventFields,
} from './ledger-hash.ts';
import type { ConsentEventRow } from '#src/server/platform/schema.ts';
import type { Db } from '#src/server/platform/db.ts';
import { processWide } from '#src/server/platform/process-wide.ts';

/** What a ledger row says happened: the same in the domain's event and in what its hash covers. */
function eventFieldsOf(row: ConsentEventRow) {
  return {
    storyId: row.story_id,
    subjectId: row.subject_id,
    actorId: row.actor_id,
    kind: row.kind,
    scope: row.scope,
    anonymity: row.anonymity,
    revisionNumber: row.revision_number,
    expiresAt: row.expires_at,
    guardianRequired: row.guardian_required,
    fingerprint: row.fingerprint,
    contentKey: row.content_key,
    requestId: row.request_id,
    occurredAt: row.occurred_at,
  };
}

/** Converts a ledger row to the domain's event. */
export function consentEventRowToEvent(row: ConsentEventRow): ConsentEvent {
  return { sequence: row.sequence, ...eventFieldsOf(row) };
}

/** The fields of a ledger row its hash covers. */
export function hashedFieldsOf(row: ConsentEventRow): HashedEventFields {
  return { id: row.id, ...eventFieldsOf(row) };
}

interface Anchor {
  readonly sequence: number;
  readonly hash: string;
  readonly seal: string | null;
}

async function readAnchor(db: Db): Promise<Anchor> {
  const row = await db
    .selectFrom('ledger_anchor')
    .select(['sequence', 'hash', 'seal'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ?? { sequence: 0, hash: GENESIS_HASH, seal: null };
}

function isSealed(anchor: Anchor, key: Buffer): boolean {
  return anchor.seal !== null && sameHash(anchor.seal, sealAnchor(anchor, key));
}

// The unkeyed events, once their chain has been walked to the sealed anchor:
// id → hash. Held per anchor, since those events can never change.
const legacyEvents =
  processWide<Map<string, Promise<ReadonlyMap<string, string>>>>('ledgerLegacyEvents');

/** The events hashed before the chain was keyed that verify up to the sealed anchor. */
async function verifiedLegacyEvents(
  db: Db,
  anchor: Anchor,
  key: Buffer,
): Promise<ReadonlyMap<string, string>> {
  if (anchor.sequence === 0 || !isSealed(anchor, key)) return new Map();
  const held = legacyEvents.get() ?? new Map<string, Promise<ReadonlyMap<string, string>>>();
  legacyEvents.set(held);
  const cacheKey = `${anchor.sequence}:${anchor.hash}:${anchor.seal ?? ''}`;
  let pending = held.get(cacheKey);
  if (!pending) {
    pending = (async () => {
      const walked = await walkLegacyChain(db, anchor);
      return walked.ok ? walked.events : new Map<string, string>();
    })();
    held.set(cacheKey, pending);
  }
  return pending;
}

async function walkLegacyChain(
  db: Db,
  anchor: Pick<Anchor, 'sequence' | 'hash'>,
): Promise<
  | { readonly ok: true; readonly events: Map<string, string> }
  | { readonly ok: false; readonly row: ConsentEventRow | undefined }
> {
  const rows = await db
    .selectFrom('consent_events')
    .selectAll()
    .where('sequence', '<=', anchor.sequence)
    .orderBy('sequence')
    .execute();
  const events = new Map<string, string>();
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.prev_hash !== prevHash || row.hash !== legacyHashEvent(prevHash, hashedFieldsOf(row))) {
      return { ok: false, row };
    }
    events.set(row.id, row.hash);
    prevHash = row.hash;
  }
  if (prevHash !== anchor.hash) return { ok: false, row: rows.at(-1) };
  return { ok: true, events };
}

/**
 * Seals the anchor with the key, once: the events before it are walked first,
 * and a chain that does not verify is left unsealed (its events then count for
 * nothing) and reported. Run at start-up, before anything is decided.
 */
export async function sealLedgerAnchor(db: Db): Promise<void> {
  const key = ledgerKey();
  const anchor = await readAnchor(db);
  if (anchor.seal !== null) {
    if (!isSealed(anchor, key)) {
      console.error(
        'The consent ledger’s anchor does not match the ledger key: either HEARD_LEDGER_KEY changed or the anchor was edited. Events before it are not trusted.',
      );
    }
    return;
  }
  if (anchor.sequence > 0) {
    const walked = await walkLegacyChain(db, anchor);
    if (!walked.ok) {
      console.error(
        `The consent ledger is broken at event ${walked.row?.id ?? '?'} (before the chain was keyed); it was not sealed, and those events are not trusted. Run npm run ledger:verify.`,
      );
      return;
    }
  }
  await db
    .updateTable('ledger_anchor')
    .set({ seal: sealAnchor(anchor, key) })
    .where('id', '=', 1)
    .where('seal', 'is', null)
    .execute();
}

/**
 * The rows whose hash verifies: keyed events by their HMAC, unkeyed ones only
 * as part of the sealed chain before the anchor. The rest are reported and left
 * out, so no decision is ever made from them.
 */
export async function keepVerifiedEvents(
  db: Db,
  rows: readonly ConsentEventRow[],
): Promise<ConsentEventRow[]> {
  if (rows.length === 0) return [];
  const key = ledgerKey();
  const anchor = await readAnchor(db);
  const legacy = rows.some((row) => row.sequence <= anchor.sequence)
    ? await verifiedLegacyEvents(db, anchor, key)
    : new Map<string, string>();
  return rows.filter((row) => {
    const fields = hashedFieldsOf(row);
    const verified =
      row.sequence <= anchor.sequence
        ? legacy.get(row.id) === row.hash && row.hash === legacyHashEvent(row.prev_hash, fields)
        : sameHash(row.hash, hashEvent(row.prev_hash, fields, key));
    if (!verified) {
      console.error(
        `Consent event ${row.id} (sequence ${row.sequence}) does not verify and is ignored: run npm run ledger:verify.`,
      );
    }
    return verified;
  });
}

/** Every ledger event of these stories that verifies (deleted stories included), oldest first. */
export async function listLedgerEventsForStories(
  db: Db,
  storyIds: readonly string[],
): Promise<ConsentEvent[]> {
  if (storyIds.length === 0) return [];
  const rows = await db
    .selectFrom('consent_events')
    .selectAll()
    .where('story_id', 'in', [...storyIds])
    .orderBy('sequence')
    .execute();
  return (await keepVerifiedEvents(db, rows)).map(consentEventRowToEvent);
}

/** The result of walking the whole ledger. */
export type LedgerVerification =
  | { readonly ok: true; readonly count: number }
  | {
      readonly ok: false;
      readonly count: number;
      readonly sequence: number;
      readonly eventId: string;
      readonly problem: 'hash-mismatch' | 'broken-link' | 'anchor';
    };

/**
 * Walks the whole ledger in order, recomputing every hash (keyed after the
 * anchor, plain before it) and every link, and reports the first event that
 * does not match.
 */
export async function verifyLedger(
  db: Db,
  options: { readonly batchSize?: number } = {},
): Promise<LedgerVerification> {
  const batchSize = options.batchSize ?? 1000;
  const key = ledgerKey();
  const anchor = await readAnchor(db);
  if (anchor.sequence > 0 && !isSealed(anchor, key)) {
    return { ok: false, count: 0, sequence: anchor.sequence, eventId: '', problem: 'anchor' };
  }
  let prevHash = GENESIS_HASH;
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('consent_events')
      .selectAll()
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      count += 1;
      const failure = (problem: 'hash-mismatch' | 'broken-link' | 'anchor') =>
        ({ ok: false, count, sequence: row.sequence, eventId: row.id, problem }) as const;
      if (row.prev_hash !== prevHash) return failure('broken-link');
      const fields = hashedFieldsOf(row);
      const keyed = row.sequence > anchor.sequence;
      const matches = keyed
        ? sameHash(row.hash, hashEvent(prevHash, fields, key))
        : row.hash === legacyHashEvent(prevHash, fields);
      if (!matches) return failure('hash-mismatch');
      if (row.sequence === anchor.sequence && row.hash !== anchor.hash) return failure('anchor');
      prevHash = row.hash;
      after = row.sequence;
    }
    if (rows.length < batchSize) {
      // The unkeyed events must end exactly at the anchor.
      if (anchor.sequence > 0 && after < anchor.sequence) {
        return { ok: false, count, sequence: anchor.sequence, eventId: '', problem: 'anchor' };
      }
      return { ok: true, count };
    }
  }
}
