/**
 * Comms staff ask; contributors decide. The rules for asking (one open
 * request per story, a cap per person so nobody becomes the "golden" story),
 * for answering (yes, yes without my name, no — equal weight, no reason), for
 * lapsing (30 days unanswered is a no), and for when a use must be taken down.
 * Pure: the clock and settings come in as arguments.
 */
import { daysAfter, daysBefore } from './calendar.ts';
import { addMonthsUtc } from './consent-period.ts';
import type { Translator } from '#src/i18n/translator.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { OUTSIDE_SCOPES, type Anonymity, type Scope } from './consent-types.ts';
import { scopeWords } from './receipt-words.ts';
import { scopeExplanation, type EasyReadLine } from './sharing-explanations.ts';

/** Uses staff can ask for: everything beyond the group and the public website. */
export const REQUEST_CHANNELS = OUTSIDE_SCOPES;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** How many requests one person may get in a rolling period. */
export interface RequestCap {
  readonly requests: number;
  readonly days: number;
}

/** Two requests per 90 days unless an admin chooses otherwise: nobody is asked again and again. */
export const DEFAULT_REQUEST_CAP: RequestCap = { requests: 2, days: 90 };

/** Days a request waits for an answer before it lapses as a no. */
export const REQUEST_LAPSE_DAYS = 30;

/** The three answers, of equal weight. */
export const REQUEST_ANSWERS = ['yes', 'yes_anonymous', 'no'] as const;
export type RequestAnswer = (typeof REQUEST_ANSWERS)[number];

/** The longest a use may run: consent is revisited at least yearly. */
export const MAX_USE_MONTHS = 12;

/** A request staff are about to make. */
export interface NewRequestFacts {
  readonly channel: string;
  readonly startsOn: Date;
  readonly endsOn: Date;
  readonly now: Date;
  /** Whether the story may be asked about: public now, or its authors are open to asking. */
  readonly storyAskable: boolean;
  /** Whether the story already has a request waiting for an answer. */
  readonly hasOpenRequest: boolean;
  /** For each author, when their requests in the period were made. */
  readonly recentRequestsByAuthor: readonly (readonly Date[])[];
  readonly cap: RequestCap;
}

/** Why a new request is refused. */
export type NewRequestRefusal =
  'not-askable' | 'not-a-channel' | 'already-open' | 'cap-reached' | 'bad-dates';

/** When the rolling period that counts toward the cap began. */
export function capPeriodStart(cap: RequestCap, now: Date): Date {
  return daysBefore(now, cap.days);
}

/** How many more requests this person may get now, never below zero. */
export function requestsLeft(requestTimes: readonly Date[], cap: RequestCap, now: Date): number {
  const since = capPeriodStart(cap, now).getTime();
  const counted = requestTimes.filter((at) => at.getTime() > since && at <= now).length;
  return Math.max(0, cap.requests - counted);
}

/** Reads a channel from untrusted input. */
export function parseChannel(value: unknown): RequestChannel | undefined {
  return typeof value === 'string' && (REQUEST_CHANNELS as readonly string[]).includes(value)
    ? (value as RequestChannel)
    : undefined;
}

/** What decides whether staff may ask about a story. */
export interface AskableFacts {
  /** The story has saved words (revision 1 or later). */
  readonly hasText: boolean;
  /** It is on the public site now. */
  readonly publicNow: boolean;
  /** Every active author said "I'm open to being asked". */
  readonly everyAuthorOpen: boolean;
  /** Per active author: the uses their yes runs in now. */
  readonly sharedIn: readonly (readonly Scope[])[];
}

/**
 * Staff may ask about a story that is on the public site, or whose every
 * author is open to being asked and has shared it somewhere: a story nobody
 * has shared is a draft, and drafts are nobody's business but its authors'.
 */
export function mayStaffAsk(facts: AskableFacts): boolean {
  if (!facts.hasText || facts.sharedIn.length === 0) return false;
  if (facts.publicNow) return true;
  return facts.everyAuthorOpen && facts.sharedIn.every((scopes) => scopes.length > 0);
}

/** Whether staff may make this request now; the first rule it breaks otherwise. */
export function checkNewRequest(
  facts: NewRequestFacts,
): { readonly ok: true } | { readonly ok: false; readonly reason: NewRequestRefusal } {
  // Drafts and stories whose authors did not offer them are never asked about.
  if (!facts.storyAskable) return { ok: false, reason: 'not-askable' };
  if (!parseChannel(facts.channel)) return { ok: false, reason: 'not-a-channel' };
  if (facts.hasOpenRequest) return { ok: false, reason: 'already-open' };
  // Any author at the cap stops the request: nobody becomes the "golden" story.
  if (
    facts.recentRequestsByAuthor.some((times) => requestsLeft(times, facts.cap, facts.now) === 0)
  ) {
    return { ok: false, reason: 'cap-reached' };
  }
  const today = startOfUtcDay(facts.now).getTime();
  if (
    facts.startsOn.getTime() < today ||
    facts.endsOn.getTime() < facts.startsOn.getTime() ||
    facts.endsOn.getTime() > latestUseEnd(facts.now).getTime()
  ) {
    return { ok: false, reason: 'bad-dates' };
  }
  return { ok: true };
}

/** Each refusal of a new request, in plain words (its message). */
const NEW_REQUEST_REFUSALS: Readonly<Record<NewRequestRefusal, MessageKey>> = {
  'not-askable': 'requests.refused.notAskable',
  'not-a-channel': 'requests.refused.notAChannel',
  'already-open': 'requests.refused.alreadyOpen',
  'cap-reached': 'requests.refused.capReached',
  'bad-dates': 'requests.refused.badDates',
};

/** Plain words for a refused request, for the staff member who asked (the cap's, when it is reached). */
export function newRequestMessage(
  reason: NewRequestRefusal,
  cap: RequestCap,
  words: Translator,
): string {
  return words.t(NEW_REQUEST_REFUSALS[reason], { requests: cap.requests, days: cap.days });
}

/** A use's plain name, as the sharing page and receipts say it: "the newsletter". */
export function channelName(channel: RequestChannel, words: Translator): string {
  return scopeWords(channel, words).name;
}

/** Where a use puts the story, as it follows a title: "in the newsletter". */
export function inChannel(channel: RequestChannel, words: Translator): string {
  return words.t(`requests.in.${channel}` as const);
}

/** A story's title and where it would go: “The mill” in the newsletter. */
export function titleInChannel(title: string, channel: RequestChannel, words: Translator): string {
  return `“${title}” ${inChannel(channel, words)}`;
}

/**
 * The last day a use asked for now may run to: the day before the day 12 months
 * on, so its consent (which runs to the end of the last day) never lasts longer
 * than a consent may.
 */
export function latestUseEnd(now: Date): Date {
  return daysBefore(addMonthsUtc(startOfUtcDay(now), MAX_USE_MONTHS), 1);
}

/**
 * Whether staff may log a use on `usedOn` (YYYY-MM-DD): within the request's
 * dates and not in the future.
 */
export function isUseDayAllowed(
  usedOn: string,
  request: { readonly startsOn: string; readonly endsOn: string },
  now: Date,
): boolean {
  const today = startOfUtcDay(now).toISOString().slice(0, 10);
  return usedOn >= request.startsOn && usedOn <= request.endsOn && usedOn <= today;
}

/** The UTC midnight that starts this moment's day. */
export function startOfUtcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

/** Whether a request made at `createdAt` and not yet answered has lapsed as a no at `now`. */
export function hasLapsed(createdAt: Date, now: Date): boolean {
  return now.getTime() >= daysAfter(createdAt, REQUEST_LAPSE_DAYS).getTime();
}

/**
 * What a yes grants: the use's scope, the name the answer chose, until the end
 * of the use's last day (`endsAt`, in the organisation's time zone: the day
 * the person read is the last day it may be used, whole).
 */
export function grantForAnswer(
  request: {
    readonly channel: RequestChannel;
    readonly anonymity: Anonymity;
    readonly revisionNumber: number;
    readonly endsAt: Date;
  },
  answer: RequestAnswer,
): {
  readonly scope: Scope;
  readonly anonymity: Anonymity;
  readonly revisionNumber: number;
  readonly expiresAt: Date;
} | null {
  if (answer === 'no') return null;
  return {
    scope: request.channel,
    anonymity: answer === 'yes_anonymous' ? 'anonymous' : request.anonymity,
    revisionNumber: request.revisionNumber,
    expiresAt: request.endsAt,
  };
}

/** Whether an excerpt staff chose is taken word for word from the consented text. */
export function isExcerptOf(excerpt: string, consentedText: string): boolean {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const wanted = flat(excerpt);
  return wanted.length > 0 && flat(consentedText).includes(wanted);
}

/** Where a request stands, from its authors' answers so far. */
export type RequestOutcome = 'open' | 'accepted' | 'accepted_anonymous' | 'declined';

/**
 * A request is declined by any one author's no (co-authors decide together, as
 * with every use), and accepted once every author has said a yes; "without my
 * name" from anyone makes the whole use anonymous-accepted.
 */
export function requestOutcome(
  authorIds: readonly string[],
  answers: readonly { readonly personId: string; readonly answer: RequestAnswer }[],
): RequestOutcome {
  const mine = (id: string) => answers.find((answer) => answer.personId === id)?.answer;
  if (authorIds.some((id) => mine(id) === 'no')) return 'declined';
  if (authorIds.length === 0 || authorIds.some((id) => mine(id) === undefined)) return 'open';
  return authorIds.some((id) => mine(id) === 'yes_anonymous') ? 'accepted_anonymous' : 'accepted';
}

/** Reads an answer from untrusted input. */
export function parseAnswer(value: unknown): RequestAnswer | undefined {
  return typeof value === 'string' && (REQUEST_ANSWERS as readonly string[]).includes(value)
    ? (value as RequestAnswer)
    : undefined;
}

/** Hours a takedown task may stay open before admins are told. */
export const TAKEDOWN_OVERDUE_HOURS = 72;

/** Whether a takedown task opened at `createdAt` and still open is overdue at `now`. */
export function isTakedownOverdue(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > TAKEDOWN_OVERDUE_HOURS * 60 * 60 * 1000;
}

/** Reads an admin's cap from a stored setting, falling back to the default for anything odd. */
export function parseRequestCap(value: unknown): RequestCap {
  if (typeof value !== 'object' || value === null) return DEFAULT_REQUEST_CAP;
  const { requests, days } = value as Record<string, unknown>;
  return isCapNumber(requests, MIN_CAP_REQUESTS, MAX_CAP_REQUESTS) &&
    isCapNumber(days, MIN_CAP_DAYS, MAX_CAP_DAYS)
    ? { requests, days }
    : DEFAULT_REQUEST_CAP;
}

/** The fewest and most requests per period an admin may allow, and the shortest and longest period. */
export const MIN_CAP_REQUESTS = 1;
export const MAX_CAP_REQUESTS = 12;
export const MIN_CAP_DAYS = 7;
export const MAX_CAP_DAYS = 365;

function isCapNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** What a contributor is told about a request, in plain words and in Easy Read. */
export interface RequestWords {
  /** One sentence per fact, in the order a person needs them. */
  readonly plain: readonly { readonly label: string; readonly text: string }[];
  readonly easyRead: readonly EasyReadLine[];
}

/** The facts describeRequest words; dates come formatted for the reader's time zone. */
export interface RequestFacts {
  readonly channel: RequestChannel;
  readonly purpose: string;
  readonly audience: string;
  readonly wholeStory: boolean;
  readonly shownName: string;
  /** Whether they would be shown with no name at all. */
  readonly anonymous: boolean;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly askedBy: string;
  readonly lapsesOn: string;
}

/** Describes one request for the person asked: what, where, who sees it, how named, when. */
export function describeRequest(facts: RequestFacts, words: Translator): RequestWords {
  const use = scopeExplanation(facts.channel, words);
  const { icon } = use;
  const dates = { start: facts.startsOn, end: facts.endsOn };
  return {
    plain: [
      { label: words.t('requests.fact.askedBy'), text: facts.askedBy },
      { label: words.t('requests.fact.where'), text: use.title },
      {
        label: words.t('requests.fact.what'),
        text: words.t(facts.wholeStory ? 'requests.fact.whole' : 'requests.fact.part'),
      },
      { label: words.t('requests.fact.purpose'), text: facts.purpose },
      { label: words.t('requests.fact.audience'), text: facts.audience },
      { label: words.t('requests.fact.name'), text: facts.shownName },
      { label: words.t('requests.fact.when'), text: words.t('requests.fromTo', dates) },
    ],
    easyRead: [
      {
        icon,
        text: words.t(facts.wholeStory ? 'requests.easy.wantsWhole' : 'requests.easy.wantsPart', {
          name: facts.askedBy,
        }),
      },
      { icon, text: words.t('requests.easy.goesIn', { where: channelName(facts.channel, words) }) },
      { icon: 'eye', text: words.t('requests.easy.seenBy', { audience: facts.audience }) },
      {
        icon: facts.anonymous ? 'mask' : 'user',
        text: words.t('requests.easy.name', { name: facts.shownName }),
      },
      { icon: 'clock', text: words.t('requests.easy.fromTo', dates) },
      { icon: 'check', text: words.t('requests.easy.answers') },
      { icon: 'hand', text: words.t('requests.easy.noWhy') },
      { icon: 'hand', text: words.t('requests.easy.changeMind') },
      { icon: 'clock', text: words.t('requests.easy.lapses', { date: facts.lapsesOn }) },
    ],
  };
}

type RequestStatus =
  'open' | 'accepted' | 'accepted_anonymous' | 'declined' | 'lapsed' | 'cancelled';

/** How staff see where a request stands: a no is only ever "Declined", with nothing more. */
export function requestStatusWords(status: RequestStatus, words: Translator): string {
  return words.t(`requests.status.${status}` as const);
}

/** What the contributor answered, in their own terms. */
export function answerWords(answer: RequestAnswer, words: Translator): string {
  return words.t(`requests.answered.${answer}` as const);
}

/** How staff choose the name they want, in their own words. */
export function nameWantedLabels(words: Translator): Readonly<Record<Anonymity, string>> {
  return {
    named: words.t('requests.nameWanted.named'),
    first_name: words.t('requests.nameWanted.first_name'),
    pseudonym: words.t('requests.nameWanted.pseudonym'),
    anonymous: words.t('requests.nameWanted.anonymous'),
  };
}
