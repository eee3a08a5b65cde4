/**
 * Checking a consent change before it is appended to the ledger: who may grant,
 * renew, withdraw, approve or record an expiry, and the exact row to append
 * when the change is allowed. Refusals are values, not throws, each with plain
 * words for the person who asked.
 */
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { isMinorOn } from './age.ts';
import { foldLedger, isCurrentGuardian, isRunningAt, needsGuardian, statusAt } from './consent.ts';
import {
  addMonthsUtc,
  defaultExpiry,
  latestConsentEnd,
  MAX_CONSENT_MONTHS,
} from './consent-period.ts';
import type { Anonymity, ConsentEvent, Scope, StoryAuthor } from './consent-types.ts';

/** A consent change someone asks to append to the ledger. */
export type ConsentChange =
  | {
      readonly kind: 'grant';
      readonly actorId: string;
      readonly subjectId: string;
      readonly scope: Scope;
      readonly anonymity: Anonymity;
      readonly revisionNumber: number;
      /** Defaults to defaultExpiry(now). */
      readonly expiresAt?: Date | undefined;
      /** What the author was shown and the content all must agree on (docs/decisions/011). */
      readonly fingerprint?: string | null;
      readonly contentKey?: string | null;
    }
  | {
      readonly kind: 'renew';
      readonly actorId: string;
      readonly subjectId: string;
      readonly scope: Scope;
      /** Defaults to defaultExpiry(now). */
      readonly expiresAt?: Date | undefined;
    }
  | {
      readonly kind: 'withdraw';
      readonly actorId: string;
      readonly subjectId: string;
      readonly scope: Scope;
    }
  | {
      readonly kind: 'guardian_approve';
      readonly actorId: string;
      readonly subjectId: string;
      readonly scope: Scope;
      readonly revisionNumber: number;
    }
  | {
      readonly kind: 'guardian_withdraw';
      readonly actorId: string;
      readonly subjectId: string;
      readonly scope: Scope;
    }
  | {
      readonly kind: 'expire';
      readonly actorId: string;
      readonly subjectId: string;
      readonly scope: Scope;
    };

/** Input to checkConsentChange. */
export interface ConsentChangeInput {
  readonly change: ConsentChange;
  readonly authors: readonly StoryAuthor[];
  /** The story's ledger events so far. */
  readonly events: readonly ConsentEvent[];
  readonly now: Date;
  /** The newest revision number of the story (0 when it has none). */
  readonly latestRevisionNumber: number;
  /**
   * The organisation's time zone: a yes may run to the end of the day 12
   * months from today there (src/domain/calendar.ts). UTC when not given.
   */
  readonly timeZone?: string;
}

/** Exactly the columns to append for an accepted change (the repository adds story, sequence and hashes). */
export type ConsentEventDraft = Omit<ConsentEvent, 'sequence' | 'storyId' | 'requestId'>;

/** Every reason a consent change can be refused. */
export const CONSENT_CHANGE_REASONS = [
  'not-an-author',
  'not-allowed',
  'no-such-revision',
  'bad-expiry',
  'nothing-to-renew',
  'nothing-to-withdraw',
  'nothing-to-approve',
  'not-expired',
] as const;
export type ConsentChangeReason = (typeof CONSENT_CHANGE_REASONS)[number];

/** The answer to checkConsentChange. */
export type ConsentChangeResult =
  | { readonly ok: true; readonly event: ConsentEventDraft }
  | { readonly ok: false; readonly reason: ConsentChangeReason };

/** Checks a requested consent change against the rules and, if allowed, returns the ledger row to append. */
export function checkConsentChange(input: ConsentChangeInput): ConsentChangeResult {
  const { change, authors, events, now, latestRevisionNumber } = input;
  const subject = authors.find((a) => a.personId === change.subjectId);
  if (subject === undefined) return { ok: false, reason: 'not-an-author' };

  const refuse = (reason: ConsentChangeReason): ConsentChangeResult => ({ ok: false, reason });
  const accept = (
    fields: Pick<ConsentEventDraft, 'anonymity' | 'revisionNumber' | 'expiresAt'> &
      Partial<Pick<ConsentEventDraft, 'guardianRequired' | 'fingerprint' | 'contentKey'>>,
  ): ConsentChangeResult => ({
    ok: true,
    event: {
      kind: change.kind,
      subjectId: change.subjectId,
      actorId: change.actorId,
      scope: change.scope,
      guardianRequired: null,
      fingerprint: null,
      contentKey: null,
      ...fields,
      occurredAt: now,
    },
  });
  const bySubject = change.actorId === change.subjectId;
  // A guardian acts for a young person only while they are a minor
  // (parental responsibility ends at 18, Children Act 1989).
  const byGuardianOfMinor = isCurrentGuardian(subject, change.actorId) && isMinorOn(subject, now);
  const isRevision = (n: number): boolean =>
    Number.isInteger(n) && n >= 1 && n <= latestRevisionNumber;
  const latestAllowed = Math.max(
    addMonthsUtc(now, MAX_CONSENT_MONTHS).getTime(),
    latestConsentEnd(now, input.timeZone ?? 'UTC').getTime(),
  );
  const isAllowedExpiry = (expiresAt: Date): boolean =>
    expiresAt.getTime() > now.getTime() && expiresAt.getTime() <= latestAllowed;
  const state = foldLedger(events, subject, change.scope, now);
  const status = statusAt(state, now).status;

  switch (change.kind) {
    case 'grant': {
      // Only the person can say yes for themself; a guardian co-consents, never
      // grants: nothing is shown that the person has not chosen.
      if (!bySubject) return refuse('not-allowed');
      if (!isRevision(change.revisionNumber)) return refuse('no-such-revision');
      const expiresAt = change.expiresAt ?? defaultExpiry(now);
      if (!isAllowedExpiry(expiresAt)) return refuse('bad-expiry');
      // A new grant over a live one is allowed: it is how a contributor changes
      // anonymity or moves consent to a new revision.
      return accept({
        anonymity: change.anonymity,
        revisionNumber: change.revisionNumber,
        expiresAt,
        guardianRequired: needsGuardian(change.scope, subject, now),
        fingerprint: change.fingerprint ?? null,
        contentKey: change.contentKey ?? null,
      });
    }
    case 'renew': {
      if (!bySubject) return refuse('not-allowed');
      const expiresAt = change.expiresAt ?? defaultExpiry(now);
      if (!isAllowedExpiry(expiresAt)) return refuse('bad-expiry');
      // An expired consent cannot be revived: sharing again shows the preview
      // again (informed consent: a yes follows seeing what readers will see).
      if (status !== 'valid' && status !== 'awaiting-guardian') return refuse('nothing-to-renew');
      return accept({ anonymity: null, revisionNumber: null, expiresAt });
    }
    case 'withdraw':
      if (!bySubject) return refuse('not-allowed');
      // An expired consent may still be withdrawn: it makes the no explicit, and
      // expiry is a lapse, not the person's choice. Only none/withdrawn refuse.
      if (status === 'none' || status === 'withdrawn') return refuse('nothing-to-withdraw');
      return accept({ anonymity: null, revisionNumber: null, expiresAt: null });
    case 'guardian_approve':
      if (!byGuardianOfMinor) return refuse('not-allowed');
      if (!isRevision(change.revisionNumber)) return refuse('no-such-revision');
      if (state.kind !== 'live' || status !== 'awaiting-guardian') {
        return refuse('nothing-to-approve');
      }
      if (state.consent.revisionNumber !== change.revisionNumber) {
        return refuse('nothing-to-approve');
      }
      return accept({ anonymity: null, revisionNumber: change.revisionNumber, expiresAt: null });
    case 'guardian_withdraw':
      if (!byGuardianOfMinor) return refuse('not-allowed');
      if (status === 'none' || status === 'withdrawn') return refuse('nothing-to-withdraw');
      return accept({ anonymity: null, revisionNumber: null, expiresAt: null });
    case 'expire':
      // Anyone (in practice a system job) may record an expiry: it records what
      // time already did and takes no choice away. Only a running consent whose
      // expiry has passed and is not yet recorded qualifies.
      if (state.kind !== 'live' || isRunningAt(state.consent, now)) {
        return refuse('not-expired');
      }
      return accept({ anonymity: null, revisionNumber: null, expiresAt: null });
  }
}

/** A short, plain-words explanation of why a consent change was refused, for the person who asked. */
export function consentChangeMessage(
  reason: ConsentChangeReason,
  i18n: Translator = translatorFor('en'),
): string {
  return i18n.t(`sharing.refusal.${reason}`);
}
