/**
 * Types of the consent core. Pure data: no I/O, no clocks, no ids are made here.
 */

/** The uses beyond the group and the public website: the ones staff may ask for (src/domain/requests.ts). */
export const OUTSIDE_SCOPES = [
  'newsletter',
  'social_media',
  'press',
  'funding_and_reports',
  'training',
  'book',
] as const;

/** Every use a contributor can say yes or no to, each asked about separately. */
export const SCOPES = [
  'group',
  'public_site',
  ...OUTSIDE_SCOPES,
  // Read inside Heard by the people who plan services (the `service_lead`
  // role), who may answer the author and record what changed because of it.
  'service_improvement',
] as const;
export type Scope = (typeof SCOPES)[number];

/** How a contributor is named in one use, from most to least identifying. */
export const ANONYMITY_LEVELS = ['named', 'first_name', 'pseudonym', 'anonymous'] as const;
export type Anonymity = (typeof ANONYMITY_LEVELS)[number];

/** The kinds of event on the consent ledger. */
export const CONSENT_EVENT_KINDS = [
  'grant',
  'withdraw',
  'renew',
  'expire',
  'guardian_approve',
  'guardian_withdraw',
] as const;
export type ConsentEventKind = (typeof CONSENT_EVENT_KINDS)[number];

/**
 * One ledger event as the domain sees it. `subjectId` is the author whose consent
 * this is; `actorId` who made the change (the author, or their guardian).
 * `sequence` orders events that share a timestamp.
 */
export interface ConsentEvent {
  readonly sequence: number;
  readonly storyId: string;
  readonly subjectId: string;
  readonly actorId: string;
  readonly kind: ConsentEventKind;
  readonly scope: Scope;
  /** Set on `grant`; null otherwise. */
  readonly anonymity: Anonymity | null;
  /** Set on `grant` and `guardian_approve`: the exact revision consented to. */
  readonly revisionNumber: number | null;
  /** Set on `grant` and `renew`: when the consent ends unless renewed. */
  readonly expiresAt: Date | null;
  /**
   * On a grant: whether it needed a guardian's co-consent, decided when it was
   * made. Null on other events and on grants recorded before this was kept.
   */
  readonly guardianRequired: boolean | null;
  /**
   * On a grant: the fingerprint of exactly what its author was shown, and the
   * key of the content (version, title, themes, notes) every author must agree
   * on. Null on other events and on grants recorded before these were kept.
   */
  readonly fingerprint: string | null;
  readonly contentKey: string | null;
  /** On a grant that answered a request from staff: that request; null otherwise. */
  readonly requestId?: string | null;
  readonly occurredAt: Date;
}

/** An author of a story, with what the guardian rule needs to know. */
export interface StoryAuthor {
  readonly personId: string;
  /** Null when not given. */
  readonly dateOfBirth: Date | null;
  /** People linked as this author's guardians now. */
  readonly guardianIds: readonly string[];
}

/** Why something is not visible. */
export type HiddenReason =
  | 'no-authors'
  | 'no-consent'
  | 'withdrawn'
  | 'expired'
  | 'awaiting-co-author'
  | 'awaiting-guardian'
  | 'revision-not-consented'
  | 'version-not-agreed';

/** One author's live consent for a scope. */
export interface AuthorConsent {
  readonly personId: string;
  readonly anonymity: Anonymity;
  readonly revisionNumber: number;
  readonly grantedAt: Date;
  readonly expiresAt: Date;
  /** What this yes was to (see ConsentEvent); null for a yes recorded before they were kept. */
  readonly fingerprint: string | null;
  readonly contentKey: string | null;
  /** Whether this yes answered a request from staff (its dates are the request's). */
  readonly viaRequest?: boolean;
}

/** The decision on one story in one scope at one moment. */
export type Visibility =
  | {
      readonly visible: true;
      readonly revisionNumber: number;
      /** One entry per author, in author order. */
      readonly consents: readonly AuthorConsent[];
      /** The earliest moment any author's consent ends. */
      readonly expiresAt: Date;
    }
  | { readonly visible: false; readonly reason: HiddenReason };
