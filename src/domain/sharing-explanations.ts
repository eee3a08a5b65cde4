/**
 * How the sharing page explains each use and each way of being named: plain
 * words and Easy Read lines with their icons, and the readers of untrusted
 * form values that accept only a use or a name that is explained here.
 */
import type { Anonymity, Scope } from './consent-types.ts';

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

/** What sets one use apart; `explain` adds the Easy Read lines the uses share. */
interface UseWords {
  readonly title: string;
  readonly icon: EasyReadIcon;
  readonly where: string;
  readonly who: string;
  /** Easy Read, beside the use's own picture: what happens to the story. */
  readonly what: string;
  /** Easy Read, beside the eye: who reads it. */
  readonly seenBy: string;
  readonly onSite: boolean;
  /** An Easy Read line between what happens and who reads it. */
  readonly also?: EasyReadLine;
  /** Whether we ask each time before using it (off our site, story by story). */
  readonly askedEachTime?: true;
  /** Whether a yes here lasts up to 12 months, with a reminder before it ends. */
  readonly lasts?: true;
  /** What stopping does, where it is not what it does on or off our site. */
  readonly stop?: string;
}

const ASKED_EACH_TIME: EasyReadLine = {
  icon: 'check',
  text: 'We ask you each time before we use it.',
};
const TIME_LIMIT: EasyReadLine = {
  icon: 'clock',
  text: 'Your yes lasts up to 12 months. We remind you before it ends.',
};
const STOP_ON_SITE = 'You can stop at any time. It comes down straight away.';
const STOP_OFF_SITE = 'You can stop at any time. We stop using it and take down what we can.';

/**
 * One use's explanation. Its Easy Read always goes the same way: what happens
 * (beside the use's own picture), who reads it, how a yes works there, and
 * that it can be stopped.
 */
function explain(use: UseWords): ScopeExplanation {
  return {
    title: use.title,
    icon: use.icon,
    where: use.where,
    who: use.who,
    onSite: use.onSite,
    easyRead: [
      { icon: use.icon, text: use.what },
      ...(use.also ? [use.also] : []),
      { icon: 'eye', text: use.seenBy },
      ...(use.askedEachTime ? [ASKED_EACH_TIME] : []),
      ...(use.lasts ? [TIME_LIMIT] : []),
      { icon: 'hand', text: use.stop ?? (use.onSite ? STOP_ON_SITE : STOP_OFF_SITE) },
    ],
  };
}

/** Every use in plain words and Easy Read, in the order the sharing page lists them. */
export const SCOPE_EXPLANATIONS: Readonly<Record<Scope, ScopeExplanation>> = {
  group: explain({
    title: 'Your group',
    icon: 'users',
    where: 'with your group',
    who: 'The people in your group and its facilitators can read it.',
    what: 'People in your group can read your story.',
    seenBy: 'Nobody outside your group can see it.',
    onSite: true,
  }),
  public_site: explain({
    title: 'The public website',
    icon: 'globe',
    where: 'on the public website',
    who: 'Anyone on the internet can read it on our website.',
    what: 'Anyone can read your story on our website.',
    seenBy: 'People you do not know may read it.',
    onSite: true,
    lasts: true,
  }),
  newsletter: explain({
    title: 'The newsletter',
    icon: 'mail',
    where: 'in the newsletter',
    who: 'People who get our newsletter by email or on paper can read it.',
    what: 'We may put your story in our newsletter.',
    seenBy: 'People who get the newsletter will read it.',
    onSite: false,
    askedEachTime: true,
  }),
  social_media: explain({
    title: 'Social media',
    icon: 'share',
    where: 'on social media',
    who: 'We may post it on sites like Facebook or Instagram, where anyone can see and share it.',
    what: 'We may post your story on social media.',
    seenBy: 'Anyone can see it and share it with others.',
    onSite: false,
    askedEachTime: true,
  }),
  press: explain({
    title: 'Newspapers, radio and TV',
    icon: 'newspaper',
    where: 'with newspapers, radio and TV',
    who: 'We may give it to journalists, who may print or broadcast it.',
    what: 'We may give your story to newspapers, radio or TV.',
    seenBy: 'Lots of people may read it or hear it.',
    onSite: false,
    stop: 'You can stop at any time. Things already printed cannot be taken back.',
  }),
  funding_and_reports: explain({
    title: 'Funding bids and reports',
    icon: 'chart',
    where: 'in funding bids and reports',
    who: 'We may use it when we ask for money or report to the people who fund us.',
    what: 'We may put your story in reports for the people who fund us.',
    seenBy: 'Funders will read it.',
    onSite: false,
  }),
  training: explain({
    title: 'Training',
    icon: 'teacher',
    where: 'in training for staff and volunteers',
    who: 'We may use it to help train our staff and volunteers.',
    what: 'We may use your story to teach our staff and volunteers.',
    seenBy: 'Staff and volunteers will read it.',
    onSite: false,
  }),
  book: explain({
    title: 'The book',
    icon: 'book',
    where: 'in the book',
    who: 'It may be printed in a book of stories from your group.',
    what: 'Your story may be printed in a book.',
    seenBy: 'People who read the book will see it.',
    onSite: false,
    stop: 'You can stop before the book is printed. Printed books cannot be taken back.',
  }),
  service_improvement: explain({
    title: 'To improve our services',
    icon: 'wrench',
    where: 'to improve our services',
    who: 'The managers and staff who plan our services can read it, answer you and tell you what changed because of it.',
    what: 'People who plan our services will read it to make things better.',
    also: { icon: 'mail', text: 'They may write back to you. You can turn this off.' },
    seenBy: 'Nobody else can read it this way.',
    onSite: true,
    lasts: true,
  }),
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

/**
 * What each way of being named means for a story's recordings, in Easy Read:
 * a voice tells people who you are, so it is heard only with a real name
 * (src/domain/voice.ts).
 */
export const VOICE_EXPLANATIONS: Readonly<Record<Anonymity, EasyReadLine>> = {
  named: {
    icon: 'globe',
    text: 'On the public website, people can hear your recordings. Your voice can tell people who you are.',
  },
  first_name: {
    icon: 'globe',
    text: 'On the public website, people can hear your recordings. Your voice can tell people who you are.',
  },
  pseudonym: {
    icon: 'mask',
    text: 'People read the words of your recordings. They never hear your voice.',
  },
  anonymous: {
    icon: 'mask',
    text: 'People read the words of your recordings. They never hear your voice.',
  },
};

/**
 * What happens to a story's recordings in one use at one way of being named:
 * heard only on the public website with a real name; everywhere else, and
 * with a made-up name or none, read as words.
 */
export function voiceExplanation(scope: Scope, anonymity: Anonymity): EasyReadLine {
  return VOICE_EXPLANATIONS[scope === 'public_site' ? anonymity : 'anonymous'];
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
