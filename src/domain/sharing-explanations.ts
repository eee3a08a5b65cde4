/**
 * How the sharing page explains each use and each way of being named: plain
 * words and Easy Read lines with their icons, in the reader's language (the
 * words are in the catalogue, src/i18n/messages/<language>/sharing-easy-read.ts),
 * and the readers of untrusted form values that accept only a known use or name.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { ANONYMITY_LEVELS, SCOPES, type Anonymity, type Scope } from './consent-types.ts';

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

/** What sets one use apart; its words are in the catalogue under `sharing.scope.<use>`. */
interface UseFacts {
  readonly icon: EasyReadIcon;
  readonly onSite: boolean;
  /** An Easy Read line between what happens and who reads it. */
  readonly also?: { readonly icon: EasyReadIcon; readonly text: MessageKey };
  /** Whether we ask each time before using it (off our site, story by story). */
  readonly askedEachTime?: true;
  /** Whether a yes here lasts up to 12 months, with a reminder before it ends. */
  readonly lasts?: true;
  /** What stopping does, where it is not what it does on or off our site. */
  readonly stop?: MessageKey;
}

/** Every use, in the order the sharing page lists them. */
const USES: Readonly<Record<Scope, UseFacts>> = {
  group: { icon: 'users', onSite: true },
  public_site: { icon: 'globe', onSite: true, lasts: true },
  newsletter: { icon: 'mail', onSite: false, askedEachTime: true },
  social_media: { icon: 'share', onSite: false, askedEachTime: true },
  press: { icon: 'newspaper', onSite: false, stop: 'sharing.scope.press.stop' },
  funding_and_reports: { icon: 'chart', onSite: false },
  training: { icon: 'teacher', onSite: false },
  book: { icon: 'book', onSite: false, stop: 'sharing.scope.book.stop' },
  service_improvement: {
    icon: 'wrench',
    onSite: true,
    lasts: true,
    also: { icon: 'mail', text: 'sharing.scope.service_improvement.also' },
  },
};

/**
 * One use's explanation in a language. Its Easy Read always goes the same
 * way: what happens (beside the use's own picture), who reads it, how a yes
 * works there, and that it can be stopped.
 */
export function scopeExplanation(scope: Scope, i18n: Translator): ScopeExplanation {
  const use = USES[scope];
  return {
    title: i18n.t(`sharing.scope.${scope}.title`),
    icon: use.icon,
    where: i18n.t(`sharing.scope.${scope}.where`),
    who: i18n.t(`sharing.scope.${scope}.who`),
    onSite: use.onSite,
    easyRead: [
      { icon: use.icon, text: i18n.t(`sharing.scope.${scope}.what`) },
      ...(use.also ? [{ icon: use.also.icon, text: i18n.t(use.also.text) }] : []),
      { icon: 'eye', text: i18n.t(`sharing.scope.${scope}.seenBy`) },
      ...(use.askedEachTime
        ? [{ icon: 'check', text: i18n.t('sharing.easyRead.askedEachTime') } as const]
        : []),
      ...(use.lasts
        ? [{ icon: 'clock', text: i18n.t('sharing.easyRead.timeLimit') } as const]
        : []),
      {
        icon: 'hand',
        text: i18n.t(
          use.stop ?? (use.onSite ? 'sharing.easyRead.stopOnSite' : 'sharing.easyRead.stopOffSite'),
        ),
      },
    ],
  };
}

/** Whether stopping a use takes it down at once (our own site) or staff must remove copies. */
export function isOnSite(scope: Scope): boolean {
  return USES[scope].onSite;
}

/** How the sharing page explains each way of being named. */
export interface AnonymityExplanation {
  readonly label: string;
  readonly icon: EasyReadIcon;
  readonly easyRead: string;
}

const NAME_ICONS: Readonly<Record<Anonymity, EasyReadIcon>> = {
  named: 'user',
  first_name: 'user',
  pseudonym: 'mask',
  anonymous: 'mask',
};

/** One way of being named, explained in a language. */
export function anonymityExplanation(level: Anonymity, i18n: Translator): AnonymityExplanation {
  return {
    label: i18n.t(`sharing.name.${level}.label`),
    icon: NAME_ICONS[level],
    easyRead: i18n.t(`sharing.name.${level}.easyRead`),
  };
}

/**
 * What a way of being named means for a story's recordings, in Easy Read:
 * a voice tells people who you are, so it is heard only with a real name
 * (src/domain/voice.ts).
 */
function voiceLine(anonymity: Anonymity, i18n: Translator): EasyReadLine {
  return anonymity === 'named' || anonymity === 'first_name'
    ? { icon: 'globe', text: i18n.t('sharing.voice.heard') }
    : { icon: 'mask', text: i18n.t('sharing.voice.read') };
}

/**
 * What happens to a story's recordings in one use at one way of being named:
 * heard only on the public website with a real name; everywhere else, and
 * with a made-up name or none, read as words.
 */
export function voiceExplanation(
  scope: Scope,
  anonymity: Anonymity,
  i18n: Translator,
): EasyReadLine {
  return voiceLine(scope === 'public_site' ? anonymity : 'anonymous', i18n);
}

const ENGLISH = translatorFor('en');

/**
 * Every use explained in English.
 * @deprecated English only: use `scopeExplanation(scope, Astro.locals.i18n)`.
 */
export const SCOPE_EXPLANATIONS: Readonly<Record<Scope, ScopeExplanation>> = Object.fromEntries(
  SCOPES.map((scope) => [scope, scopeExplanation(scope, ENGLISH)]),
) as Record<Scope, ScopeExplanation>;

/**
 * Every way of being named explained in English.
 * @deprecated English only: use `anonymityExplanation(level, Astro.locals.i18n)`.
 */
export const ANONYMITY_EXPLANATIONS: Readonly<Record<Anonymity, AnonymityExplanation>> =
  Object.fromEntries(
    ANONYMITY_LEVELS.map((level) => [level, anonymityExplanation(level, ENGLISH)]),
  ) as Record<Anonymity, AnonymityExplanation>;

/**
 * What each way of being named means for recordings, in English.
 * @deprecated English only: use `voiceExplanation(scope, anonymity, i18n)`.
 */
export const VOICE_EXPLANATIONS: Readonly<Record<Anonymity, EasyReadLine>> = Object.fromEntries(
  ANONYMITY_LEVELS.map((level) => [level, voiceLine(level, ENGLISH)]),
) as Record<Anonymity, EasyReadLine>;

/** Reads an anonymity level from untrusted input. */
export function parseAnonymity(value: unknown): Anonymity | undefined {
  return ANONYMITY_LEVELS.find((level) => level === value);
}

/** Reads a scope from untrusted input. */
export function parseScope(value: unknown): Scope | undefined {
  return SCOPES.find((scope) => scope === value);
}
