/**
 * The state of one use for one author, as the sharing page says it in a
 * sentence: shared, waiting (and for whom, by name) or off, with the actions
 * on offer. Pure: the clock and time
 * zone come in. The words for each use are in sharing-explanations.ts.
 */
import { daysLeft } from './calendar.ts';
import type { AuthorConsentStatus } from './consent.ts';
import type { Scope, Visibility } from './consent-types.ts';
import { SCOPE_EXPLANATIONS } from './sharing-explanations.ts';

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

/** Who stopped sharing in this use, as this author's page may name them. */
export interface StopWords {
  /** "you", or the author whose yes it ended ("Kayla"). */
  readonly whose: string;
  /** How the one who stopped is named: "you", "Kayla", "Donna, your parent or carer", "Kayla’s parent or carer". */
  readonly by: string;
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
}

/** A sentence that starts with a phrase: "on the public website" → "On the public website". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Jay", "Jay and Sam", "Jay, Sam and Ali". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Who a use is still waiting for, by name, so nobody reads "shared" when it is
 * not: "Waiting for Jay, and for Jay’s parent or carer."
 */
export function waitingWords(
  mine: AuthorConsentStatus,
  others: readonly OtherWriter[],
  grownUp = false,
): string | null {
  const people: string[] = [];
  const carers: string[] = [];
  if (mine.status === 'awaiting-guardian') {
    // At 18 a parent's or carer's answer no longer counts: it waits for the person.
    if (grownUp) people.push('you (you are 18 now, so your parent or carer no longer answers)');
    else carers.push('your parent or carer');
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
        if (!other.sameVersion) people.push(`${other.name} (to say yes to this version)`);
        carers.push(`${other.name}’s parent or carer`);
        break;
      case 'valid':
        if (!other.sameVersion) people.push(`${other.name} (to say yes to this version)`);
        break;
      case 'withdrawn':
        break;
    }
  }
  if (people.length === 0 && carers.length === 0) return null;
  const parts = [
    ...(people.length > 0 ? [listInWords(people)] : []),
    ...(carers.length > 0 ? [`${people.length > 0 ? 'for ' : ''}${listInWords(carers)}`] : []),
  ];
  return `Waiting for ${parts.join(', and ')}.`;
}

/** The state of one use for one author, as the sharing page says it. */
export function describeScopeState(input: ScopeStateInput): ScopeState {
  const { scope, mine, visibility, shownName, latestRevision, now, formatDate } = input;
  const formatUntil = input.formatUntil ?? formatDate;
  const others = input.others ?? [];
  const where = SCOPE_EXPLANATIONS[scope].where;
  const none: ScopeActions = { share: true, change: false, renew: false, stop: false };
  switch (mine.status) {
    case 'none': {
      const waitingForMe = others.filter(
        (other) => other.status.status === 'valid' || other.status.status === 'awaiting-guardian',
      );
      return {
        tone: 'off',
        headline: `Not shared ${where}.`,
        details:
          waitingForMe.length > 0
            ? [
                `${listInWords(waitingForMe.map((other) => other.name))} said yes to sharing it ${where}. It is shared only if you say yes too. No is fine.`,
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
        stop && stop.by !== 'you'
          ? `${capitalise(stop.by)} stopped sharing it ${where} on ${formatDate(stop.at)}.`
          : `You stopped sharing it ${where} on ${formatDate(mine.at)}.`;
      return {
        tone: 'off',
        headline,
        details: ['You can share it again whenever you want.'],
        actions: none,
        consentedRevision: null,
        endsAt: null,
      };
    }
    case 'expired':
      return {
        tone: 'off',
        headline: `Your yes to sharing it ${where} ended on ${formatUntil(mine.at)}.`,
        details: ['It is not shared. You can share it again whenever you want.'],
        actions: none,
        consentedRevision: null,
        endsAt: null,
      };
    case 'valid':
    case 'awaiting-guardian': {
      const { consent } = mine;
      const name = shownName ?? 'the name you chose';
      const showing = visibility.visible && mine.status === 'valid';
      // Our own surfaces show it from the yes; elsewhere (a newsletter, a
      // post) the yes lets staff use it, which is not the same as it being there.
      const headline = showing
        ? SCOPE_EXPLANATIONS[scope].onSite
          ? `${capitalise(where)} since ${formatDate(consent.grantedAt)}, as “${name}”, until ${formatUntil(consent.expiresAt)}.`
          : `You said yes on ${formatDate(consent.grantedAt)}: it may be used ${where}, as “${name}”, until ${formatUntil(consent.expiresAt)}.`
        : `You said yes on ${formatDate(consent.grantedAt)} to sharing it ${where}, as “${name}”, until ${formatUntil(consent.expiresAt)}. It is not shared yet.`;
      const details: string[] = [];
      if (!showing) {
        const stop = input.stop;
        if (!visibility.visible && visibility.reason === 'withdrawn' && stop) {
          details.push(
            `${capitalise(stop.by)} stopped sharing it on ${formatDate(stop.at)}, so it is not shared. It is shared again only if ${stop.whose === 'you' ? 'you say' : `${stop.whose} says`} yes again.`,
          );
        } else if (!visibility.visible && visibility.reason === 'expired') {
          const lapsed = others.filter((other) => other.status.status === 'expired');
          details.push(
            `${lapsed.length > 0 ? `${listInWords(lapsed.map((other) => other.name))}’s` : 'Another writer’s'} yes has run out, so it is not shared.`,
          );
        }
        const waiting = waitingWords(mine, others, input.grownUp ?? false);
        if (waiting) details.push(waiting);
      }
      if (consent.revisionNumber < latestRevision) {
        details.push(
          `Your yes is for version ${consent.revisionNumber}. Your changes since then (version ${latestRevision}) stay private until you share them.`,
        );
      }
      const days = (input.daysLeft ?? ((end, at) => daysLeft(end, at, 'UTC')))(
        consent.expiresAt,
        now,
      );
      if (days <= 30) {
        details.push(
          days === 0
            ? 'Today is the last day it is shared, unless you choose to keep sharing.'
            : days === 1
              ? 'Tomorrow is the last day it is shared, unless you choose to keep sharing.'
              : `The last day it is shared is ${days} days from now, unless you choose to keep sharing.`,
        );
      }
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
