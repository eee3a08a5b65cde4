/**
 * The fold of the consent ledger: replaying one author's events for one use
 * into where their consent stands at a moment (valid, none, withdrawn,
 * expired, awaiting a guardian), and finding who stopped a use. Pure functions
 * only: the clock comes in as `now`, nothing here reads or writes storage.
 * Visibility (consent-visibility.ts) and change checks (consent-change.ts) are
 * built on this fold.
 */
import { isMinorOn } from './age.ts';
import type { AuthorConsent, ConsentEvent, Scope, StoryAuthor } from './consent-types.ts';

/** What the guardian rule needs to know about an author. */
export type GuardianFacts = Pick<StoryAuthor, 'dateOfBirth' | 'guardianIds'>;

/** One author's consent for one scope at one moment. */
export type AuthorConsentStatus =
  | { readonly status: 'valid'; readonly consent: AuthorConsent }
  | { readonly status: 'none' }
  | { readonly status: 'withdrawn'; readonly at: Date }
  | { readonly status: 'expired'; readonly at: Date }
  | { readonly status: 'awaiting-guardian'; readonly consent: AuthorConsent };

/** Whether a grant in this scope by this author at this moment needs a guardian's co-consent. */
export function needsGuardian(scope: Scope, author: GuardianFacts, grantedAt: Date): boolean {
  // Sharing with one's own group stays inside a supervised space, so a young
  // person may do it alone; every wider use needs a guardian's co-consent. Age
  // is judged at the grant: turning 18 frees new grants, not old ones.
  return scope !== 'group' && isMinorOn(author, grantedAt);
}

/** Where the fold of one author's events stands, before the clock is applied. */
type FoldState =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'live';
      readonly consent: AuthorConsent;
      /** Whether this grant needs a guardian's yes: fixed when it was made. */
      readonly guardianRequired: boolean;
      readonly approved: boolean;
    }
  | { readonly kind: 'withdrawn'; readonly at: Date }
  | { readonly kind: 'expired'; readonly at: Date };

/** Events in ledger order: time, then sequence for events sharing a timestamp. */
function inLedgerOrder(events: readonly ConsentEvent[]): ConsentEvent[] {
  return [...events].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.sequence - b.sequence,
  );
}

/** Replays one author's events for one scope up to `now`. */
export function foldLedger(
  events: readonly ConsentEvent[],
  author: StoryAuthor,
  scope: Scope,
  now: Date,
): FoldState {
  const mine = inLedgerOrder(
    events.filter(
      (e) =>
        e.subjectId === author.personId &&
        e.scope === scope &&
        // Events after `now` have not happened yet as far as this decision goes.
        e.occurredAt.getTime() <= now.getTime(),
    ),
  );
  let state: FoldState = { kind: 'none' };
  for (const e of mine) {
    state = applyEvent(state, e, author);
  }
  return state;
}

/** Whether `actorId` is linked as one of the author's guardians now. */
export function isCurrentGuardian(author: StoryAuthor, actorId: string): boolean {
  return author.guardianIds.includes(actorId);
}

/** One step of the fold. */
function applyEvent(state: FoldState, e: ConsentEvent, author: StoryAuthor): FoldState {
  switch (e.kind) {
    case 'grant': {
      // A yes counts only from the person themself (nothing is shown that the
      // contributor has not chosen); a malformed grant is no yes.
      if (e.actorId !== author.personId) return state;
      if (e.anonymity === null || e.revisionNumber === null || e.expiresAt === null) return state;
      // A fresh grant replaces the old one and clears its guardian approval: the
      // guardian approved that grant, not this one.
      return {
        kind: 'live',
        approved: false,
        // The stricter of what was decided when the yes was given (kept with
        // it, so a date of birth changed afterwards cannot skip a parent or
        // carer) and what the facts known now say of that moment (so finding
        // out someone was a minor takes their story down until a guardian
        // agrees). A grant recorded before this was kept has only the second.
        guardianRequired:
          (e.guardianRequired ?? false) || needsGuardian(e.scope, author, e.occurredAt),
        consent: {
          personId: author.personId,
          anonymity: e.anonymity,
          revisionNumber: e.revisionNumber,
          grantedAt: e.occurredAt,
          expiresAt: e.expiresAt,
          fingerprint: e.fingerprint,
          contentKey: e.contentKey,
          ...(e.requestId ? { viaRequest: true } : {}),
        },
      };
    }
    case 'renew': {
      if (e.actorId !== author.personId || e.expiresAt === null) return state;
      // Renewal extends only a consent that is still running: after expiry the
      // contributor must share again and see the preview again (informed consent).
      if (state.kind !== 'live') return state;
      if (!isRunningAt(state.consent, e.occurredAt)) return state;
      return { ...state, consent: { ...state.consent, expiresAt: e.expiresAt } };
    }
    case 'withdraw':
      // Honoured whoever recorded it: wrongly hiding a story can be undone,
      // wrongly showing it cannot: withdrawal is instant and total.
      return state.kind === 'withdrawn' ? state : { kind: 'withdrawn', at: e.occurredAt };
    case 'guardian_approve': {
      // Only a guardian linked now, while the young person was under 18, for
      // exactly the revision granted, after the latest grant (a grant resets
      // `approved`, so earlier approvals are gone).
      if (state.kind !== 'live' || !isCurrentGuardian(author, e.actorId)) return state;
      if (!isMinorOn(author, e.occurredAt)) return state;
      if (e.revisionNumber !== state.consent.revisionNumber) return state;
      return { ...state, approved: true };
    }
    case 'guardian_withdraw':
      // A guardian speaks for a minor only: once the young person is 18 their
      // former guardian has no say (parental responsibility ends at 18, Children Act 1989).
      if (!isCurrentGuardian(author, e.actorId) || !isMinorOn(author, e.occurredAt)) return state;
      return state.kind === 'withdrawn' ? state : { kind: 'withdrawn', at: e.occurredAt };
    case 'expire': {
      if (state.kind !== 'live') return state;
      // The record may be written late; the consent ended at its expiry.
      const at =
        state.consent.expiresAt.getTime() < e.occurredAt.getTime()
          ? state.consent.expiresAt
          : e.occurredAt;
      return { kind: 'expired', at };
    }
  }
}

/**
 * Whether a consent is still running at `now`: it ends at its expiry instant,
 * so at that very moment it no longer holds. Every expiry comparison in the
 * rules asks this; SQL asks the same in runningAt (src/server/platform/sql.ts).
 */
export function isRunningAt(consent: { readonly expiresAt: Date }, now: Date): boolean {
  return consent.expiresAt.getTime() > now.getTime();
}

/** Turns a fold state into the status at `now`: expiry by time alone needs no job. */
export function statusAt(state: FoldState, now: Date): AuthorConsentStatus {
  switch (state.kind) {
    case 'none':
      return { status: 'none' };
    case 'withdrawn':
      return { status: 'withdrawn', at: state.at };
    case 'expired':
      return { status: 'expired', at: state.at };
    case 'live':
      if (!isRunningAt(state.consent, now)) {
        return { status: 'expired', at: state.consent.expiresAt };
      }
      if (!state.approved && state.guardianRequired) {
        return { status: 'awaiting-guardian', consent: state.consent };
      }
      return { status: 'valid', consent: state.consent };
  }
}

/** One author's consent for one scope as of `now`, folded from the story's ledger events. */
export function foldAuthorConsent(
  events: readonly ConsentEvent[],
  author: StoryAuthor,
  scope: Scope,
  now: Date,
): AuthorConsentStatus {
  return statusAt(foldLedger(events, author, scope, now), now);
}

/** A "stop" on the ledger: who stopped whose sharing in a use, and when. */
export interface Stop {
  /** The author whose yes it ended. */
  readonly subjectId: string;
  /** Who stopped it: the author, or their parent or carer. */
  readonly actorId: string;
  readonly at: Date;
}

/**
 * The stop that keeps a story out of a use now, if any: the latest withdrawal
 * among the authors whose yes it ended (so a page can say who stopped it).
 */
export function findStop(
  events: readonly ConsentEvent[],
  authors: readonly StoryAuthor[],
  scope: Scope,
  now: Date,
): Stop | undefined {
  let found: Stop | undefined;
  for (const author of authors) {
    const status = foldAuthorConsent(events, author, scope, now);
    if (status.status !== 'withdrawn') continue;
    const event = inLedgerOrder(events)
      .filter(
        (e) =>
          e.subjectId === author.personId &&
          e.scope === scope &&
          (e.kind === 'withdraw' || e.kind === 'guardian_withdraw') &&
          e.occurredAt.getTime() === status.at.getTime(),
      )
      .at(0);
    if (event && (!found || event.occurredAt > found.at)) {
      found = { subjectId: author.personId, actorId: event.actorId, at: event.occurredAt };
    }
  }
  return found;
}
