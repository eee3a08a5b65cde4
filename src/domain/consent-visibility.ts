/**
 * Whether a story may be shown in a use at a moment: every author's folded
 * consent must be running, for the same revision and the same version, and the
 * story shows until the earliest of their end dates. The one rule every
 * surface that shows a story asks.
 */
import { foldAuthorConsent } from './consent.ts';
import type { AuthorConsentStatus } from './consent.ts';
import type {
  AuthorConsent,
  ConsentEvent,
  Scope,
  StoryAuthor,
  Visibility,
} from './consent-types.ts';

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

/** When the last author said yes (a story is shared once all have): a wait for an answer starts here. */
export function whenShared(visibility: Extract<Visibility, { visible: true }>): Date {
  return visibility.consents.reduce(
    (latest, consent) => (consent.grantedAt > latest ? consent.grantedAt : latest),
    new Date(0),
  );
}
