/**
 * How receipts name each use: the plain name ("the public website"), the verb,
 * where it is shown, who else receives it and its Kantara purpose category.
 * Shared by the plain-words receipt and the Kantara record so both describe a
 * change the same way.
 */
import type { Scope } from './consent-types.ts';

export interface ScopeWords {
  /** "the public website" */
  readonly name: string;
  /** "showing", as in "You said yes to showing …" */
  readonly doing: string;
  /** "show", as in "… agreed that you can show …" */
  readonly verb: string;
  /** "on the public website"; `whose` is "your" or "Kayla's". */
  readonly where: (whose: string) => string;
  /** Whether the story leaves the organisation's own spaces. */
  readonly thirdParty: string | null;
  /** Best fit from the Kantara 1.1 purpose categories. */
  readonly purposeCategory: string;
  /** Whether stopping takes it down at once (on our own site) or needs staff to act. */
  readonly onSite: boolean;
}

// Plain words for each use, as the sharing page names them (src/domain/sharing-explanations.ts).
export const SCOPE_WORDS: Readonly<Record<Scope, ScopeWords>> = {
  group: {
    name: 'your group',
    doing: 'sharing',
    verb: 'share',
    where: (whose) => `with ${whose} group`,
    thirdParty: null,
    purposeCategory: '1 - Core Function',
    onSite: true,
  },
  public_site: {
    name: 'the public website',
    doing: 'showing',
    verb: 'show',
    where: () => 'on the public website',
    thirdParty: 'Anyone who visits the public website',
    purposeCategory: '1 - Core Function',
    onSite: true,
  },
  newsletter: {
    name: 'the newsletter',
    doing: 'using',
    verb: 'use',
    where: () => 'in the newsletter',
    thirdParty: 'Readers of the newsletter',
    purposeCategory: '6 - Marketing',
    onSite: false,
  },
  social_media: {
    name: 'social media',
    doing: 'posting',
    verb: 'post',
    where: () => 'on social media',
    thirdParty: 'Social media sites and their users',
    purposeCategory: '6 - Marketing',
    onSite: false,
  },
  press: {
    name: 'newspapers, radio and TV',
    doing: 'sharing',
    verb: 'share',
    where: () => 'with newspapers, radio and TV',
    thirdParty: 'Newspapers, radio and TV',
    purposeCategory: '9 - Sharing for Marketing',
    onSite: false,
  },
  funding_and_reports: {
    name: 'funding bids and reports',
    doing: 'using',
    verb: 'use',
    where: () => 'in funding bids and reports',
    thirdParty: 'Funders and the people who read the reports',
    purposeCategory: '15 - Protecting Our Interests',
    onSite: false,
  },
  training: {
    name: 'training',
    doing: 'using',
    verb: 'use',
    where: () => 'in training for staff and volunteers',
    thirdParty: null,
    purposeCategory: '16 - Improve Performance',
    onSite: false,
  },
  book: {
    name: 'the book',
    doing: 'printing',
    verb: 'print',
    where: () => 'in the book',
    thirdParty: 'Readers of the book',
    purposeCategory: '1 - Core Function',
    onSite: false,
  },
  service_improvement: {
    name: 'improving our services',
    doing: 'sharing',
    verb: 'share',
    where: () => 'with the people who plan our services',
    thirdParty: null,
    purposeCategory: '16 - Improve Performance',
    onSite: true,
  },
};

/** The plain name of a use, as the sharing page and receipts say it ("the public website"). */
export function scopeName(scope: Scope): string {
  return SCOPE_WORDS[scope].name;
}
