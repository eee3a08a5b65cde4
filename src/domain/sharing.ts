/**
 * The state of one use for one author, as the sharing page says it in a
 * sentence: shared, waiting (and for whom, by name) or off, with the actions
 * on offer. Pure: the clock and time
 * zone come in, and the words are the author's language's (src/i18n). The
 * words for each use are in sharing-explanations.ts.
 */
import { daysLeft } from './calendar.ts';
import type { AuthorConsentStatus } from './consent.ts';
import type { Scope, Visibility } from './consent-types.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { isOnSite, scopeExplanation } from './sharing-explanations.ts';

/** The actions the sharing page offers for one use. */
export interface ScopeActions {
  /** Share (or share again): shows the preview first. */
  readonly share: boolean;
  /** Share a newer version or change the name: shows the preview first. */
  readonly change: boolean;
  /** Keep sharing for longer: shows what changes, then one yes. Only when live and about to end. */
  readonly renew: boolean;
  /** Stop sharing: one click and one confirmation. */
  readonly stop: boolean;
}

/** The state of one use for one author, in words. */
export interface ScopeState {
  readonly tone: 'shared' | 'waiting' | 'off';
  readonly headline: string;
  readonly details: readonly string[];
  readonly actions: ScopeActions;
  /** The revision the author said yes to, if their yes is running. */
  readonly consentedRevision: number | null;
  /** When a running yes ends. */
  readonly endsAt: Date | null;
}

/** Another author of the story, as this author's page speaks of them. */
export interface OtherWriter {
  readonly personId: string;
  /** Their first name, as the people who write with them know them. */
  readonly name: string;
  readonly status: AuthorConsentStatus;
  /** Whether their running yes is to the same version (text, title, themes, notes) as this author's. */
  readonly sameVersion: boolean;
  /** 18 now, so a yes from when they were younger waits for them, not their parent or carer. */
  readonly grownUp?: boolean;
}

/**
 * Who stopped sharing in a use, as an author's page names them: themself, a
 * co-author by first name, their own parent or carer (by name when known), or
 * a co-author's parent or carer only as that ("Kayla’s parent or carer").
 */
export type Stopper =
  | { readonly kind: 'you' }
  | { readonly kind: 'writer'; readonly name: string }
  | { readonly kind: 'yourCarer'; readonly name: string | null }
  | { readonly kind: 'theirCarer'; readonly name: string };

/** Who stopped sharing in this use, as this author's page may name them. */
export interface StopWords {
  /** Whose yes it ended: the author's own (null) or another writer's, by first name. */
  readonly whose: string | null;
  readonly by: Stopper;
  readonly at: Date;
}

/** What describeScopeState needs. */
export interface ScopeStateInput {
  readonly scope: Scope;
  /** The author's own consent in this use. */
  readonly mine: AuthorConsentStatus;
  /** Whether the story shows in this use now, deciding for every author. */
  readonly visibility: Visibility;
  /** The name readers see for this author under their running yes. */
  readonly shownName: string | null;
  /** The newest revision of the story. */
  readonly latestRevision: number;
  /** The other authors, in order; empty for a story written alone. */
  readonly others?: readonly OtherWriter[];
  /** Whether this author is 18 now (src/domain/turning-eighteen.ts): a parent or carer no longer answers for them. */
  readonly grownUp?: boolean;
  /** The stop that keeps the story out of this use, if one does. */
  readonly stop?: StopWords | null;
  readonly now: Date;
  /** A moment's day in words: "3 March 2026". */
  readonly formatDate: (date: Date) => string;
  /** The last day a period ending at a moment covers, in words (defaults to formatDate). */
  readonly formatUntil?: (end: Date) => string;
  /** Whole calendar days left until a moment, in the organisation's time zone (UTC if not given). */
  readonly daysLeft?: (end: Date, now: Date) => number;
  /** The words of the author's language (English if not given). */
  readonly i18n?: Translator;
}

/** A sentence that starts with a phrase: "on the public website" → "On the public website". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The values a message about a stop takes: who stopped (a select) and their name. */
function stopperValues(by: Stopper): { by: string; name: string } {
  switch (by.kind) {
    case 'you':
      return { by: 'you', name: '' };
    case 'writer':
      return { by: 'writer', name: by.name };
    case 'yourCarer':
      return by.name ? { by: 'yourNamedCarer', name: by.name } : { by: 'yourCarer', name: '' };
    case 'theirCarer':
      return { by: 'theirCarer', name: by.name };
  }
}

/**
 * Who a use is still waiting for, by name, so nobody reads "shared" when it is
 * not: "Waiting for Jay, and for Jay’s parent or carer."
 */
export function waitingWords(
  mine: AuthorConsentStatus,
  others: readonly OtherWriter[],
  grownUp = false,
  i18n: Translator = translatorFor('en'),
): string | null {
  const people: string[] = [];
  const carers: string[] = [];
  if (mine.status === 'awaiting-guardian') {
    // At 18 a parent's or carer's answer no longer counts: it waits for the person.
    if (grownUp) people.push(i18n.t('sharing.waiting.youGrownUp'));
    else carers.push(i18n.t('sharing.waiting.yourCarer'));
  }
  for (const other of others) {
    switch (other.status.status) {
      case 'none':
      case 'expired':
        people.push(other.name);
        break;
      case 'awaiting-guardian':
        if (other.grownUp) {
          people.push(other.name);
          break;
        }
        if (!other.sameVersion)
          people.push(i18n.t('sharing.waiting.thisVersion', { name: other.name }));
        carers.push(i18n.t('sharing.waiting.theirCarer', { name: other.name }));
        break;
      case 'valid':
        if (!other.sameVersion)
          people.push(i18n.t('sharing.waiting.thisVersion', { name: other.name }));
        break;
      case 'withdrawn':
        break;
    }
  }
  if (people.length === 0 && carers.length === 0) return null;
  const who =
    people.length === 0
      ? i18n.list(carers)
      : carers.length === 0
        ? i18n.list(people)
        : i18n.t('sharing.waiting.andCarers', {
            people: i18n.list(people),
            carers: i18n.list(carers),
          });
  return i18n.t('sharing.waiting', { who });
}

/** The state of one use for one author, as the sharing page says it. */
export function describeScopeState(input: ScopeStateInput): ScopeState {
  const { scope, mine, visibility, shownName, latestRevision, now, formatDate } = input;
  const i18n = input.i18n ?? translatorFor('en');
  const formatUntil = input.formatUntil ?? formatDate;
  const others = input.others ?? [];
  const where = scopeExplanation(scope, i18n).where;
  const none: ScopeActions = { share: true, change: false, renew: false, stop: false };
  switch (mine.status) {
    case 'none': {
      const waitingForMe = others.filter(
        (other) => other.status.status === 'valid' || other.status.status === 'awaiting-guardian',
      );
      return {
        tone: 'off',
        headline: i18n.t('sharing.state.notShared', { where }),
        details:
          waitingForMe.length > 0
            ? [
                i18n.t('sharing.state.othersSaidYes', {
                  names: i18n.list(waitingForMe.map((other) => other.name)),
                  where,
                }),
              ]
            : [],
        actions: none,
        consentedRevision: null,
        endsAt: null,
      };
    }
    case 'withdrawn': {
      const stop = input.stop;
      const headline =
        stop && stop.by.kind !== 'you'
          ? i18n.t('sharing.state.stoppedBy', {
              ...stopperValues(stop.by),
              where,
              date: formatDate(stop.at),
            })
          : i18n.t('sharing.state.youStopped', { where, date: formatDate(mine.at) });
      return {
        tone: 'off',
        headline,
        details: [i18n.t('sharing.state.shareAgain')],
        actions: none,
        consentedRevision: null,
        endsAt: null,
      };
    }
    case 'expired':
      return {
        tone: 'off',
        headline: i18n.t('sharing.state.ended', { where, date: formatUntil(mine.at) }),
        details: [i18n.t('sharing.state.endedDetail')],
        actions: none,
        consentedRevision: null,
        endsAt: null,
      };
    case 'valid':
    case 'awaiting-guardian': {
      const { consent } = mine;
      const yes = {
        where,
        name: shownName ?? i18n.t('sharing.state.nameYouChose'),
        granted: formatDate(consent.grantedAt),
        until: formatUntil(consent.expiresAt),
      };
      const showing = visibility.visible && mine.status === 'valid';
      // Our own surfaces show it from the yes; elsewhere (a newsletter, a
      // post) the yes lets staff use it, which is not the same as it being there.
      const headline = showing
        ? isOnSite(scope)
          ? i18n.t('sharing.state.showing', { ...yes, where: capitalise(where) })
          : i18n.t('sharing.state.mayBeUsed', yes)
        : i18n.t('sharing.state.notYet', yes);
      const details: string[] = [];
      if (!showing) {
        const stop = input.stop;
        if (!visibility.visible && visibility.reason === 'withdrawn' && stop) {
          details.push(
            i18n.t('sharing.state.stoppedSo', {
              ...stopperValues(stop.by),
              date: formatDate(stop.at),
              whose: stop.whose === null ? 'you' : 'writer',
              whoseName: stop.whose ?? '',
            }),
          );
        } else if (!visibility.visible && visibility.reason === 'expired') {
          const lapsed = others.filter((other) => other.status.status === 'expired');
          details.push(
            lapsed.length > 0
              ? i18n.t('sharing.state.ranOut', {
                  names: i18n.list(lapsed.map((other) => other.name)),
                })
              : i18n.t('sharing.state.anotherRanOut'),
          );
        }
        const waiting = waitingWords(mine, others, input.grownUp ?? false, i18n);
        if (waiting) details.push(waiting);
      }
      if (consent.revisionNumber < latestRevision) {
        details.push(
          i18n.t('sharing.state.olderVersion', {
            yes: String(consent.revisionNumber),
            latest: String(latestRevision),
          }),
        );
      }
      const days = (input.daysLeft ?? ((end, at) => daysLeft(end, at, 'UTC')))(
        consent.expiresAt,
        now,
      );
      if (days <= 30) details.push(i18n.t('sharing.state.lastDay', { days }));
      // Keeping it going is offered only for what is live and about to end,
      // and never for a use agreed through a request: that was for its dates,
      // and a longer one is a new request, or a new choice on this page.
      const renew = showing && days <= 30 && consent.viaRequest !== true;
      return {
        tone: showing ? 'shared' : 'waiting',
        headline,
        details,
        actions: { share: false, change: true, renew, stop: true },
        consentedRevision: consent.revisionNumber,
        endsAt: consent.expiresAt,
      };
    }
  }
}
