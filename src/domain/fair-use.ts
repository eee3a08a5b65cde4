/**
 * Fair use of storage: how much one person may save and upload in an hour.
 * Far above what anyone writing needs (a save every few seconds, a photo a
 * minute), far below what a script can send: without a limit, one account
 * could add hundreds of megabytes of revisions a minute and fill the disk that
 * everyone's stories live on. Admins may change the numbers.
 */
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { DEFAULT_LANGUAGE } from '#src/i18n/languages.ts';

/** The hourly limits for one person. */
export interface FairUseLimits {
  /** Saves (revisions) in an hour. */
  readonly savesPerHour: number;
  /** Megabytes of saves in an hour. */
  readonly saveMegabytesPerHour: number;
  /** Photos uploaded in an hour. */
  readonly photosPerHour: number;
}

/** The limits when an admin has not set them. */
export const DEFAULT_FAIR_USE_LIMITS: FairUseLimits = {
  // A save a couple of seconds after each pause, all hour, with room to spare.
  savesPerHour: 2_000,
  // A 200,000-character memoir (the longest story there is) saved every few
  // seconds for an hour is about 700 MB; a script sending 400 MB a minute is
  // stopped within three minutes.
  saveMegabytesPerHour: 1_000,
  photosPerHour: 60,
};

/** The range an admin may choose from, for each limit. */
export const FAIR_USE_RANGES: Readonly<Record<keyof FairUseLimits, { min: number; max: number }>> =
  {
    savesPerHour: { min: 60, max: 20_000 },
    saveMegabytesPerHour: { min: 10, max: 10_000 },
    photosPerHour: { min: 5, max: 1_000 },
  };

/** The limits stored in settings, or the defaults for anything missing or out of range. */
export function parseFairUseLimits(value: unknown): FairUseLimits {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const pick = (key: keyof FairUseLimits): number => {
    const candidate = stored[key];
    const { min, max } = FAIR_USE_RANGES[key];
    return typeof candidate === 'number' &&
      Number.isInteger(candidate) &&
      candidate >= min &&
      candidate <= max
      ? candidate
      : DEFAULT_FAIR_USE_LIMITS[key];
  };
  return {
    savesPerHour: pick('savesPerHour'),
    saveMegabytesPerHour: pick('saveMegabytesPerHour'),
    photosPerHour: pick('photosPerHour'),
  };
}

/** What one person did in the last hour, of one kind. */
export interface RecentUse {
  readonly count: number;
  readonly bytes: number;
  /** When the oldest counted use happened, if any: the limit frees up an hour after it. */
  readonly oldest: Date | null;
}

/** Whether one more save or photo of `bytes` fits, and if not, when to try again. */
export type FairUseDecision =
  | { readonly allowed: true; readonly usageId?: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number; readonly message: string };

const HOUR_MS = 60 * 60 * 1000;

/**
 * Decides one save or upload against the person's recent use; a refusal is
 * worded for the person saving (`words`, their request's language).
 */
export function decideFairUse(
  kind: 'save' | 'photo',
  recent: RecentUse,
  bytes: number,
  limits: FairUseLimits,
  now: Date,
  words: Translator = translatorFor(DEFAULT_LANGUAGE),
): FairUseDecision {
  const over =
    kind === 'save'
      ? recent.count >= limits.savesPerHour ||
        recent.bytes + bytes > limits.saveMegabytesPerHour * 1024 * 1024
      : recent.count >= limits.photosPerHour;
  if (!over) return { allowed: true };
  const freesAt = (recent.oldest?.getTime() ?? now.getTime()) + HOUR_MS;
  const retryAfterSeconds = Math.max(60, Math.ceil((freesAt - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    allowed: false,
    retryAfterSeconds,
    message: words.t(kind === 'save' ? 'requests.fairUse.save' : 'requests.fairUse.photo', {
      minutes,
    }),
  };
}
