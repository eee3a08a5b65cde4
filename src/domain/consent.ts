/**
 * The consent core: folding the ledger into per-author consent, deciding whether a
 * story may be shown in a scope, and checking a consent change before it is
 * appended. Pure functions only, so every rule is tested alone: the clock comes in as
 * `now`, nothing here reads or writes storage, and refusals are values, not throws.
 */
import { isMinorOn } from './age.ts';
import { addMonthsToDay, calendarDayOf, endOfCalendarDay } from './calendar.ts';
import type {
  Anonymity,
  AuthorConsent,
  ConsentEvent,
  ConsentEventKind,
  Scope,
  StoryAuthor,
  Visibility,
} from './consent-types.ts';

/** Months a consent lasts when the contributor does not choose: a yes is not forever. */
export const DEFAULT_CONSENT_MONTHS = 12;

/** The longest a single grant or renewal may last: consent is revisited at least yearly. */
export const MAX_CONSENT_MONTHS = 12;

/** What the guardian rule needs to know about an author. */
export type GuardianFacts = Pick<StoryAuthor, 'dateOfBirth' | 'guardianIds'>;

/** One author's consent for one scope at one moment. */
export type AuthorConsentStatus =
  | { readonly status: 'valid'; readonly consent: AuthorConsent }
  | { readonly status: 'none' }
  | { readonly status: 'withdrawn'; readonly at: Date }
  | { readonly status: 'expired'; readonly at: Date }
  | { readonly status: 'awaiting-guardian'; readonly consent: AuthorConsent };

/** Input to decideVisibility. */
export interface VisibilityInput {
  readonly authors: readonly StoryAuthor[];
  /** One story's ledger events, in any order. */
  readonly events: readonly ConsentEvent[];
  readonly scope: Scope;
  readonly now: Date;
  /** The revision the caller wants to show; when omitted, the one all authors consented to. */
  readonly revisionNumber?: number | undefined;
}

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
export interface ConsentEventDraft {
  readonly kind: ConsentEventKind;
  readonly subjectId: string;
  readonly actorId: string;
  readonly scope: Scope;
  readonly anonymity: Anonymity | null;
  readonly revisionNumber: number | null;
  readonly expiresAt: Date | null;
  readonly guardianRequired: boolean | null;
  readonly fingerprint: string | null;
  readonly contentKey: string | null;
  readonly occurredAt: Date;
}

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

/** Adds calendar months in UTC; a day missing from the target month clamps to its last day. */
export function addMonthsUtc(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  // Clamp rather than roll over (29 Feb + 12 months = 28 Feb, not 1 Mar): a
  // consent must never last longer than the contributor was told.
  const day = Math.min(from.getUTCDate(), lastDayOfTarget);
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** When a consent granted at `grantedAt` ends if no expiry is chosen: 12 calendar months later. */
export function defaultExpiry(grantedAt: Date): Date {
  return addMonthsUtc(grantedAt, DEFAULT_CONSENT_MONTHS);
}

/**
 * The latest moment a yes given now may run to: the end of the day 12 months
 * from today, in the organisation's time zone (a whole last day, as chosen).
 */
export function latestConsentEnd(now: Date, timeZone: string): Date {
  return endOfCalendarDay(
    addMonthsToDay(calendarDayOf(now, timeZone), MAX_CONSENT_MONTHS),
    timeZone,
  );
}

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
function foldLedger(
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
function isCurrentGuardian(author: StoryAuthor, actorId: string): boolean {
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
      if (state.consent.expiresAt.getTime() <= e.occurredAt.getTime()) return state;
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

/** Turns a fold state into the status at `now`: expiry by time alone needs no job. */
function statusAt(state: FoldState, now: Date): AuthorConsentStatus {
  switch (state.kind) {
    case 'none':
      return { status: 'none' };
    case 'withdrawn':
      return { status: 'withdrawn', at: state.at };
    case 'expired':
      return { status: 'expired', at: state.at };
    case 'live':
      if (state.consent.expiresAt.getTime() <= now.getTime()) {
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

/** Whether, and at which revision, a story may be shown in a scope at `now`. */
export function decideVisibility(input: VisibilityInput): Visibility {
  const { authors, events, scope, now, revisionNumber } = input;
  if (authors.length === 0) return { visible: false, reason: 'no-authors' };
  const statuses = authors.map((a) => foldAuthorConsent(events, a, scope, now));
  const any = (s: AuthorConsentStatus['status']): boolean => statuses.some((x) => x.status === s);

  // Co-author unanimity (a story is public only with every author's consent): one
  // withdrawal takes the story down for everyone.
  if (any('withdrawn')) return { visible: false, reason: 'withdrawn' };
  if (any('expired')) return { visible: false, reason: 'expired' };
  if (statuses.every((x) => x.status === 'none')) return { visible: false, reason: 'no-consent' };
  if (any('none')) return { visible: false, reason: 'awaiting-co-author' };
  if (any('awaiting-guardian')) return { visible: false, reason: 'awaiting-guardian' };

  const consents: AuthorConsent[] = [];
  for (const s of statuses) {
    if (s.status === 'valid') consents.push(s.consent);
  }
  const first = consents[0];
  if (first === undefined || consents.length !== statuses.length) {
    // Unreachable after the checks above; fail closed rather than assert.
    return { visible: false, reason: 'no-consent' };
  }
  // Consent is for the exact revision shown: authors who agreed
  // to different texts have not agreed to any one text.
  if (consents.some((c) => c.revisionNumber !== first.revisionNumber)) {
    return { visible: false, reason: 'revision-not-consented' };
  }
  if (revisionNumber !== undefined && revisionNumber !== first.revisionNumber) {
    return { visible: false, reason: 'revision-not-consented' };
  }
  // Title, themes and content notes are part of what each author agreed to: if
  // they agreed to the same text under different titles, they have not agreed
  // to one story. (A yes recorded before this was kept agrees with any.)
  const keys = new Set(consents.flatMap((c) => (c.contentKey === null ? [] : [c.contentKey])));
  if (keys.size > 1) return { visible: false, reason: 'version-not-agreed' };
  const expiresAt = consents.reduce(
    (earliest, c) => (c.expiresAt.getTime() < earliest.getTime() ? c.expiresAt : earliest),
    first.expiresAt,
  );
  return { visible: true, revisionNumber: first.revisionNumber, consents, expiresAt };
}

/** Whether a story is on the public site at `now`: the one rule every public surface calls. */
export function isPublic(input: Omit<VisibilityInput, 'scope'>): boolean {
  return decideVisibility({ ...input, scope: 'public_site' }).visible;
}

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
      if (state.kind !== 'live' || state.consent.expiresAt.getTime() > now.getTime()) {
        return refuse('not-expired');
      }
      return accept({ anonymity: null, revisionNumber: null, expiresAt: null });
  }
}

/** A short, plain-words explanation of why a consent change was refused, for the person who asked. */
export function consentChangeMessage(reason: ConsentChangeReason): string {
  switch (reason) {
    case 'not-an-author':
      return 'This person did not write this story.';
    case 'not-allowed':
      return 'Only the person who wrote this can share it. A guardian can only approve or stop it while they are under 18.';
    case 'no-such-revision':
      return 'That version of the story does not exist.';
    case 'bad-expiry':
      return 'Pick an end date after today and no more than 12 months away.';
    case 'nothing-to-renew':
      return 'There is nothing to extend. If sharing has ended, share the story again.';
    case 'nothing-to-withdraw':
      return 'This story is not shared this way, so there is nothing to stop.';
    case 'nothing-to-approve':
      return 'There is nothing waiting for your approval.';
    case 'not-expired':
      return 'This permission has not run out.';
  }
}
