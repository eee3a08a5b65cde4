/**
 * How receipts name each use: the plain name ("the public website"), the verb,
 * where it is shown, who else receives it and its Kantara purpose category.
 * Shared by the plain-words receipt and the Kantara record so both describe a
 * change the same way, in the reader's language (the words are in the
 * catalogue under `sharing.use.<use>`).
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import type { Scope } from './consent-types.ts';
import { isOnSite } from './sharing-explanations.ts';

/** Whose group a receipt speaks of: the reader's own, or a named young person's (to their guardian). */
export type Whose = 'yours' | { readonly name: string };

export interface ScopeWords {
  /** "the public website" */
  readonly name: string;
  /** "showing", as in "You said yes to showing …" */
  readonly doing: string;
  /** "show", as in "… agreed that you can show …" */
  readonly verb: string;
  /** "on the public website"; only the group's depends on whose it is ("with Kayla’s group"). */
  readonly where: (whose: Whose) => string;
  /** Who outside the organisation's own spaces receives it, if anyone. */
  readonly thirdParty: string | null;
  /** Best fit from the Kantara 1.1 purpose categories (the specification's own values, never translated). */
  readonly purposeCategory: string;
  /** Whether stopping takes it down at once (on our own site) or needs staff to act. */
  readonly onSite: boolean;
}

/** Best fit from the Kantara 1.1 purpose categories, and who else receives the story. */
const KANTARA: Readonly<
  Record<Scope, { readonly purposeCategory: string; readonly thirdParty: MessageKey | null }>
> = {
  group: { purposeCategory: '1 - Core Function', thirdParty: null },
  public_site: {
    purposeCategory: '1 - Core Function',
    thirdParty: 'sharing.use.public_site.thirdParty',
  },
  newsletter: { purposeCategory: '6 - Marketing', thirdParty: 'sharing.use.newsletter.thirdParty' },
  social_media: {
    purposeCategory: '6 - Marketing',
    thirdParty: 'sharing.use.social_media.thirdParty',
  },
  press: {
    purposeCategory: '9 - Sharing for Marketing',
    thirdParty: 'sharing.use.press.thirdParty',
  },
  funding_and_reports: {
    purposeCategory: '15 - Protecting Our Interests',
    thirdParty: 'sharing.use.funding_and_reports.thirdParty',
  },
  training: { purposeCategory: '16 - Improve Performance', thirdParty: null },
  book: { purposeCategory: '1 - Core Function', thirdParty: 'sharing.use.book.thirdParty' },
  service_improvement: { purposeCategory: '16 - Improve Performance', thirdParty: null },
};

/** How receipts name one use, in a language (plain words as the sharing page names them). */
export function scopeWords(scope: Scope, i18n: Translator): ScopeWords {
  const thirdParty = KANTARA[scope].thirdParty;
  return {
    name: i18n.t(`sharing.use.${scope}.name`),
    doing: i18n.t(`sharing.use.${scope}.doing`),
    verb: i18n.t(`sharing.use.${scope}.verb`),
    where: (whose) =>
      scope === 'group' && whose !== 'yours'
        ? i18n.t('sharing.use.group.whereOf', { name: whose.name })
        : i18n.t(`sharing.use.${scope}.where`),
    thirdParty: thirdParty === null ? null : i18n.t(thirdParty),
    purposeCategory: KANTARA[scope].purposeCategory,
    onSite: isOnSite(scope),
  };
}

/**
 * The Kantara purpose of a use: "Show “The kitchen” (version 3) on the public
 * website, naming the author as ‘Margaret’". `version` and `as` are the
 * fragments as they follow the title, each empty when not known.
 */
export function kantaraPurpose(
  scope: Scope,
  parts: { readonly story: string; readonly version: string; readonly as: string },
  i18n: Translator,
): string {
  return i18n.t(`sharing.use.${scope}.purpose`, parts);
}

/** The plain name of a use, as the sharing page and receipts say it ("the public website"). */
export function scopeName(scope: Scope, i18n: Translator = translatorFor('en')): string {
  return i18n.t(`sharing.use.${scope}.name`);
}
