/**
 * Consent receipts: for every event on the consent ledger, the words the
 * contributor reads ("You said yes to showing …", receipt-plain.ts) and the
 * same change as a Kantara Consent Receipt 1.1 record (receipt-kantara.ts).
 * This module fills in the consent an event concerns and puts the two
 * together. Pure: the clock, the names and the organisation's details all come
 * in as arguments.
 */
import type { Language } from '#src/i18n/languages.ts';
import type { Anonymity, ConsentEvent, ConsentEventKind, Scope } from './consent-types.ts';
import { buildKantaraReceipt } from './receipt-kantara.ts';
import type { KantaraReceipt } from './receipt-kantara.ts';
import { buildPlainReceipt } from './receipt-plain.ts';
import type { PlainReceipt } from './receipt-plain.ts';

/** The organisation responsible for the stories (the Kantara "PII controller"). */
export interface ReceiptController {
  readonly name: string;
  /** A person or role to write to about consent. */
  readonly contact: string;
  readonly email: string;
  readonly phone: string;
  /** The postal address on one line. */
  readonly address: string;
  /** ISO 3166-1 alpha-2, e.g. "GB". */
  readonly country: string;
  /** Whose law applies, e.g. "GB" (UK GDPR). */
  readonly jurisdiction: string;
  /** Where the organisation explains how consent works. */
  readonly policyUrl: string;
  /** The time zone dates are written in for people, e.g. "Europe/London". */
  readonly timeZone: string;
}

/**
 * One ledger event with the consent it concerns filled in: a renewal, an
 * approval, a withdrawal or an expiry names no anonymity of its own, but its
 * receipt must still say which name and which version it was about.
 */
export interface ReceiptEvent {
  /** The ledger event id, which is also the receipt's id. */
  readonly id: string;
  readonly storyId: string;
  readonly subjectId: string;
  readonly actorId: string;
  readonly kind: ConsentEventKind;
  readonly scope: Scope;
  readonly occurredAt: Date;
  /** The feature request this answered, if any. */
  readonly requestId: string | null;
  readonly anonymity: Anonymity | null;
  readonly revisionNumber: number | null;
  /** When the consent ends (or ended) unless renewed. */
  readonly expiresAt: Date | null;
}

/** A receipt: what changed, in plain words and as a Kantara record. */
export interface Receipt {
  readonly id: string;
  readonly storyId: string;
  readonly kind: ConsentEventKind;
  readonly scope: Scope;
  readonly occurredAt: Date;
  readonly plain: PlainReceipt;
  readonly kantara: KantaraReceipt;
}

/** Input to buildReceipt. */
export interface ReceiptInput {
  readonly event: ReceiptEvent;
  /** Null when the story has since been deleted. */
  readonly storyTitle: string | null;
  /** The name readers see for the subject at this consent's anonymity; null if unknown. */
  readonly shownName: string | null;
  readonly controller: ReceiptController;
  readonly now: Date;
  /** Whose receipt this is (the subject or the actor); the subject when omitted. */
  readonly readerId?: string | undefined;
  /** What to call the subject when writing to someone else (a guardian). */
  readonly subjectName?: string | null | undefined;
  /** What to call the actor when writing to the subject (their guardian). */
  readonly actorName?: string | null | undefined;
  /** The reader's language, which both the words and the Kantara record are in; English when omitted. */
  readonly language?: Language | undefined;
}

/**
 * Fills in the consent an event concerns from the story's ledger: the latest
 * grant by the same person for the same use before it, and any renewals since.
 */
export function receiptEventFromLedger(
  event: ConsentEvent & { readonly id: string; readonly requestId: string | null },
  storyEvents: readonly ConsentEvent[],
): ReceiptEvent {
  const base = {
    id: event.id,
    storyId: event.storyId,
    subjectId: event.subjectId,
    actorId: event.actorId,
    kind: event.kind,
    scope: event.scope,
    occurredAt: event.occurredAt,
    requestId: event.requestId,
  };
  if (event.kind === 'grant') {
    return {
      ...base,
      anonymity: event.anonymity,
      revisionNumber: event.revisionNumber,
      expiresAt: event.expiresAt,
    };
  }
  // Sequence is the append order: the receipt describes the consent as it
  // stood when this event was written, not as it stands now.
  const earlier = storyEvents
    .filter(
      (e) =>
        e.subjectId === event.subjectId && e.scope === event.scope && e.sequence < event.sequence,
    )
    .sort((a, b) => a.sequence - b.sequence);
  let anonymity: Anonymity | null = null;
  let revisionNumber: number | null = null;
  let expiresAt: Date | null = null;
  for (const e of earlier) {
    if (e.kind === 'grant') {
      anonymity = e.anonymity;
      revisionNumber = e.revisionNumber;
      expiresAt = e.expiresAt;
    } else if (e.kind === 'renew' && anonymity !== null) {
      expiresAt = e.expiresAt;
    }
  }
  switch (event.kind) {
    case 'renew':
      return { ...base, anonymity, revisionNumber, expiresAt: event.expiresAt };
    case 'guardian_approve':
      return { ...base, anonymity, revisionNumber: event.revisionNumber, expiresAt };
    case 'withdraw':
    case 'guardian_withdraw':
    case 'expire':
      return { ...base, anonymity, revisionNumber, expiresAt };
  }
}

/** Builds the receipt for one consent change: plain words and the Kantara record. */
export function buildReceipt(input: ReceiptInput): Receipt {
  const { event, controller } = input;
  return {
    id: event.id,
    storyId: event.storyId,
    kind: event.kind,
    scope: event.scope,
    occurredAt: event.occurredAt,
    plain: buildPlainReceipt(input),
    kantara: buildKantaraReceipt(
      event,
      input.storyTitle,
      input.shownName,
      controller,
      input.language ?? 'en',
    ),
  };
}
