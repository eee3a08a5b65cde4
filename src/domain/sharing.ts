/**
 * What the sharing page says (issue 5 items 1 and 3): each use explained in plain
 * words and in Easy Read, the names a contributor can choose, and the state of one
 * use for one author in one sentence. Pure: the clock and time zone come in.
 */
import { mostPrivateAnonymity } from './anonymity.ts';
import { daysLeft } from './calendar.ts';
import type { AuthorConsentStatus } from './consent.ts';
import type { Anonymity, Scope, Visibility } from './consent-types.ts';

/** Icons drawn beside Easy Read sentences; the page maps each name to a picture. */
export const EASY_READ_ICONS = [
  'users',
  'globe',
  'mail',
  'share',
  'newspaper',
  'chart',
  'teacher',
  'book',
  'eye',
  'clock',
  'hand',
  'user',
  'mask',
  'check',
  'wrench',
] as const;
export type EasyReadIcon = (typeof EASY_READ_ICONS)[number];

/** One Easy Read sentence and the picture beside it. */
export interface EasyReadLine {
  readonly icon: EasyReadIcon;
  readonly text: string;
}

/** How the sharing page explains one use. */
export interface ScopeExplanation {
  /** A short heading: "The public website". */
  readonly title: string;
  /** The main picture for the use. */
  readonly icon: EasyReadIcon;
  /** Where, as a phrase that follows "since": "on the public website". */
  readonly where: string;
  /** One plain sentence on who sees it. */
  readonly who: string;
  /** Whether stopping takes it down at once (our own site) or staff must remove copies. */
  readonly onSite: boolean;
  /** Easy Read: short sentences, one idea each. */
  readonly easyRead: readonly EasyReadLine[];
}

const STOP_ON_SITE: EasyReadLine = {
  icon: 'hand',
  text: 'You can stop at any time. It comes down straight away.',
};
const STOP_OFF_SITE: EasyReadLine = {
  icon: 'hand',
  text: 'You can stop at any time. We stop using it and take down what we can.',
};
const TIME_LIMIT: EasyReadLine = {
  icon: 'clock',
  text: 'Your yes lasts up to 12 months. We remind you before it ends.',
};

/** Every use in plain words and Easy Read, in the order the sharing page lists them. */
export const SCOPE_EXPLANATIONS: Readonly<Record<Scope, ScopeExplanation>> = {
  group: {
    title: 'Your group',
    icon: 'users',
    where: 'with your group',
    who: 'The people in your group and its facilitators can read it.',
    onSite: true,
    easyRead: [
      { icon: 'users', text: 'People in your group can read your story.' },
      { icon: 'eye', text: 'Nobody outside your group can see it.' },
      STOP_ON_SITE,
    ],
  },
  public_site: {
    title: 'The public website',
    icon: 'globe',
    where: 'on the public website',
    who: 'Anyone on the internet can read it on our website.',
    onSite: true,
    easyRead: [
      { icon: 'globe', text: 'Anyone can read your story on our website.' },
      { icon: 'eye', text: 'People you do not know may read it.' },
      TIME_LIMIT,
      STOP_ON_SITE,
    ],
  },
  newsletter: {
    title: 'The newsletter',
    icon: 'mail',
    where: 'in the newsletter',
    who: 'People who get our newsletter by email or on paper can read it.',
    onSite: false,
    easyRead: [
      { icon: 'mail', text: 'We may put your story in our newsletter.' },
      { icon: 'eye', text: 'People who get the newsletter will read it.' },
      { icon: 'check', text: 'We ask you each time before we use it.' },
      STOP_OFF_SITE,
    ],
  },
  social_media: {
    title: 'Social media',
    icon: 'share',
    where: 'on social media',
    who: 'We may post it on sites like Facebook or Instagram, where anyone can see and share it.',
    onSite: false,
    easyRead: [
      { icon: 'share', text: 'We may post your story on social media.' },
      { icon: 'eye', text: 'Anyone can see it and share it with others.' },
      { icon: 'check', text: 'We ask you each time before we use it.' },
      STOP_OFF_SITE,
    ],
  },
  press: {
    title: 'Newspapers, radio and TV',
    icon: 'newspaper',
    where: 'with newspapers, radio and TV',
    who: 'We may give it to journalists, who may print or broadcast it.',
    onSite: false,
    easyRead: [
      { icon: 'newspaper', text: 'We may give your story to newspapers, radio or TV.' },
      { icon: 'eye', text: 'Lots of people may read it or hear it.' },
      {
        icon: 'hand',
        text: 'You can stop at any time. Things already printed cannot be taken back.',
      },
    ],
  },
  funding_and_reports: {
    title: 'Funding bids and reports',
    icon: 'chart',
    where: 'in funding bids and reports',
    who: 'We may use it when we ask for money or report to the people who fund us.',
    onSite: false,
    easyRead: [
      { icon: 'chart', text: 'We may put your story in reports for the people who fund us.' },
      { icon: 'eye', text: 'Funders will read it.' },
      STOP_OFF_SITE,
    ],
  },
  training: {
    title: 'Training',
    icon: 'teacher',
    where: 'in training for staff and volunteers',
    who: 'We may use it to help train our staff and volunteers.',
    onSite: false,
    easyRead: [
      { icon: 'teacher', text: 'We may use your story to teach our staff and volunteers.' },
      { icon: 'eye', text: 'Staff and volunteers will read it.' },
      STOP_OFF_SITE,
    ],
  },
  book: {
    title: 'The book',
    icon: 'book',
    where: 'in the book',
    who: 'It may be printed in a book of stories from your group.',
    onSite: false,
    easyRead: [
      { icon: 'book', text: 'Your story may be printed in a book.' },
      { icon: 'eye', text: 'People who read the book will see it.' },
      {
        icon: 'hand',
        text: 'You can stop before the book is printed. Printed books cannot be taken back.',
      },
    ],
  },
  service_improvement: {
    title: 'To improve our services',
    icon: 'wrench',
    where: 'to improve our services',
    who: 'The managers and staff who plan our services can read it, answer you and tell you what changed because of it.',
    onSite: true,
    easyRead: [
      {
        icon: 'wrench',
        text: 'People who plan our services will read it to make things better.',
      },
      { icon: 'mail', text: 'They may write back to you. You can turn this off.' },
      { icon: 'eye', text: 'Nobody else can read it this way.' },
      TIME_LIMIT,
      STOP_ON_SITE,
    ],
  },
};

/** How the sharing page explains each way of being named. */
export interface AnonymityExplanation {
  readonly label: string;
  readonly icon: EasyReadIcon;
  readonly easyRead: string;
}

/** The four ways to be named, most identifying first. */
export const ANONYMITY_EXPLANATIONS: Readonly<Record<Anonymity, AnonymityExplanation>> = {
  named: {
    label: 'My full name',
    icon: 'user',
    easyRead: 'People see your full name. Names and places you marked are shown as you wrote them.',
  },
  first_name: {
    label: 'My first name only',
    icon: 'user',
    easyRead: 'People see only your first name. Names and places you marked are replaced.',
  },
  pseudonym: {
    label: 'A made-up name',
    icon: 'mask',
    easyRead: 'People see a name you made up. Names and places you marked are replaced.',
  },
  anonymous: {
    label: 'No name (anonymous)',
    icon: 'mask',
    easyRead: 'People see no name at all. Names and places you marked are replaced.',
  },
};

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

/**
 * The anonymity a preview renders at: the most private of the author's choice and
 * the choices co-authors have running in that use, because details and photos in
 * a shared story follow the most private choice (anonymity.ts).
 */
export function previewAnonymity(chosen: Anonymity, coAuthors: readonly Anonymity[]): Anonymity {
  return mostPrivateAnonymity([chosen, ...coAuthors]);
}

/** Reads an anonymity level from untrusted input. */
export function parseAnonymity(value: unknown): Anonymity | undefined {
  return typeof value === 'string' && Object.hasOwn(ANONYMITY_EXPLANATIONS, value)
    ? (value as Anonymity)
    : undefined;
}

/** Reads a scope from untrusted input. */
export function parseScope(value: unknown): Scope | undefined {
  return typeof value === 'string' && Object.hasOwn(SCOPE_EXPLANATIONS, value)
    ? (value as Scope)
    : undefined;
}
