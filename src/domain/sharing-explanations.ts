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
