/**
 * Being heard: who may read a story shared "to improve our services", who may
 * answer it, whether a story's link to a change shows (and how), what "You
 * said, we did" says, and how fairly stories are being listened to. Pure: the
 * consent decision comes in as a `Visibility` from `decideVisibility`, the
 * clock as `now`. Every surface (the service leads' pages, the author's pages,
 * the public page and its feed) asks these functions, never decides itself.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';
import type { Translator } from '#src/i18n/translator.ts';
import { whenShared } from './consent-visibility.ts';
import { wholeDaysBetween } from './calendar.ts';
import type { Anonymity, HiddenReason, Visibility } from './consent-types.ts';
import { hasRole, type Viewer } from './permissions.ts';

/** The use a story is shared in for service leads to read it. */
export const IMPROVEMENT_SCOPE = 'service_improvement' as const;

/** Days a story shared for improvement may wait for an answer before admins are told. */
export const ANSWER_WAIT_FLAG_DAYS = 30;

/** The longest answer or reply, in characters: a letter, not a report. */
export const MAX_ANSWER_LENGTH = 4000;

/** How a change stands. */
export const CHANGE_STATUSES = [
  'thinking',
  'planned',
  'happening',
  'done',
  'not_possible',
] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** Each status in plain words (its message), as every page, email and the feed say it. */
export const CHANGE_STATUS_MESSAGES: Readonly<Record<ChangeStatus, MessageKey>> = {
  thinking: 'services.status.thinking',
  planned: 'services.status.planned',
  happening: 'services.status.happening',
  done: 'services.status.done',
  not_possible: 'services.status.not_possible',
};

/** Reads a change status from untrusted input. */
export function parseChangeStatus(value: unknown): ChangeStatus | undefined {
  return typeof value === 'string' && Object.hasOwn(CHANGE_STATUS_MESSAGES, value)
    ? (value as ChangeStatus)
    : undefined;
}

/** Service leads (and only they) use the pages for stories shared to improve services. */
export function canUseServicePages(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, 'service_lead');
}

/** Whether a viewer may read a story for improving services, and at which names. */
export type ImprovementReading =
  | {
      readonly readable: true;
      readonly revisionNumber: number;
      /** Per author, in author order: the name each chose for this use. */
      readonly anonymity: readonly Anonymity[];
      /** When the last author said yes: the wait for an answer starts here. */
      readonly sharedAt: Date;
    }
  | { readonly readable: false; readonly reason: 'not-a-service-lead' | HiddenReason };

/**
 * A service lead reads a story only while every author's yes to "to improve
 * our services" holds now, at the revision and names they chose; nobody else
 * reads it this way, and no role reaches a draft (src/domain/permissions.ts).
 */
export function decideImprovementReading(
  viewer: Viewer | undefined,
  improvement: Visibility,
): ImprovementReading {
  if (!canUseServicePages(viewer)) return { readable: false, reason: 'not-a-service-lead' };
  if (!improvement.visible) return { readable: false, reason: improvement.reason };
  const anonymity = improvement.consents.map((consent) => consent.anonymity);
  return {
    readable: true,
    revisionNumber: improvement.revisionNumber,
    anonymity,
    sharedAt: whenShared(improvement),
  };
}

/** What decides whether an answer shows on its story's public page. */
export interface PublicAnswerFacts {
  /** When an author chose to show it there; null when nobody did. */
  readonly shownPubliclyAt: Date | null;
  /** When an author hid it; null when it is not hidden. */
  readonly hiddenAt: Date | null;
}

/**
 * An answer shows on the public story page only while the story is public now,
 * an author chose to show it there, and no author has hidden it: the choice
 * alone never makes anything public, and hiding always wins.
 */
export function showsOnPublicPage(answer: PublicAnswerFacts, storyIsPublic: boolean): boolean {
  return storyIsPublic && answer.shownPubliclyAt !== null && answer.hiddenAt === null;
}

/**
 * Whether an author may choose to show an answer under their public story: only
 * while the story is public, and only a story's sole author, because an answer
 * is shown exactly as written and may name the person it answers; one writer
 * must not publish words that name a co-writer who chose another name.
 */
export function mayShowAnswerPublicly(facts: {
  readonly storyIsPublic: boolean;
  readonly authorCount: number;
}): boolean {
  return facts.storyIsPublic && facts.authorCount === 1;
}

/** Why a service lead may not answer a story now. */
export type AnswerRefusal = 'not-a-service-lead' | 'not-shared' | 'answers-off';

/** A service lead may answer a story they can read, unless its author turned answers off. */
export function checkMayAnswer(
  viewer: Viewer | undefined,
  improvement: Visibility,
  answersOpen: boolean,
): { readonly ok: true } | { readonly ok: false; readonly reason: AnswerRefusal } {
  const reading = decideImprovementReading(viewer, improvement);
  if (!reading.readable) {
    return {
      ok: false,
      reason: reading.reason === 'not-a-service-lead' ? 'not-a-service-lead' : 'not-shared',
    };
  }
  if (!answersOpen) return { ok: false, reason: 'answers-off' };
  return { ok: true };
}

/** Who is looking at a change's links. */
export type ChangeAudience = 'public' | 'service_lead' | 'author';

/** What a change's link to one story shows to an audience. */
export type ChangeLink =
  | { readonly shown: false; readonly reason: 'not-shared-for-improvement' }
  | {
      readonly shown: true;
      /** Per author: the name this audience may see them by. */
      readonly anonymity: readonly Anonymity[];
      /**
       * Public only: true when the story is on the public site now, so the
       * change may quote it at its public names (the publication's own).
       */
      readonly quote: boolean;
    };

/** What decideChangeLink needs. */
export interface ChangeLinkInput {
  readonly audience: ChangeAudience;
  /** decideVisibility for "to improve our services", now. */
  readonly improvement: Visibility;
  /** decideVisibility for the public website, now. */
  readonly publicSite: Visibility;
}

/**
 * A story's link to a change shows only while every author's yes to "to
 * improve our services" holds: stopping it (or its end) takes the link away
 * everywhere on the next request. Service leads see the names chosen for that
 * use; the public sees a quote only from a story on the public site now, at
 * its public names, and otherwise only a count of people.
 */
export function decideChangeLink(input: ChangeLinkInput): ChangeLink {
  const { audience, improvement, publicSite } = input;
  if (!improvement.visible) return { shown: false, reason: 'not-shared-for-improvement' };
  switch (audience) {
    case 'service_lead':
    case 'author':
      return {
        shown: true,
        anonymity: improvement.consents.map((consent) => consent.anonymity),
        quote: false,
      };
    case 'public':
      if (publicSite.visible) {
        return {
          shown: true,
          anonymity: publicSite.consents.map((consent) => consent.anonymity),
          quote: true,
        };
      }
      // Nobody is named or quoted: the public learns only that people spoke.
      return {
        shown: true,
        anonymity: improvement.consents.map(() => 'anonymous'),
        quote: false,
      };
  }
}

/**
 * "1 person's story led to this", "3 people's stories led to this"; with
 * `more`, after quotes: "1 more person's story led to this too".
 */
export function storiesLedToThis(people: number, more: boolean, words: Translator): string {
  return words.t(more ? 'services.ledToThisToo' : 'services.ledToThis', { count: people });
}

/** A piece of text checked as plain words within a length. */
export type CheckedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Checks an answer or a reply: not empty, not too long; a problem in the writer's words. */
export function checkAnswerText(text: string, words: Translator): CheckedText {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: words.t('services.check.noAnswer') };
  if ([...trimmed].length > MAX_ANSWER_LENGTH) {
    return { ok: false, message: words.t('services.tooLong', { max: MAX_ANSWER_LENGTH }) };
  }
  return { ok: true, text: trimmed };
}

/** A change as a service lead describes it. */
export interface ChangeDraft {
  readonly what: string;
  readonly service: string;
  readonly status: ChangeStatus;
  readonly whyNot: string | null;
}

/** Checks a change: what and which service are said, and "not possible" says why. */
export function checkChange(
  input: {
    readonly what: string;
    readonly service: string;
    readonly status: unknown;
    readonly whyNot: string;
  },
  words: Translator,
):
  | { readonly ok: true; readonly change: ChangeDraft }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> } {
  const errors: Record<string, string> = {};
  const what = input.what.trim();
  const service = input.service.trim();
  const whyNot = input.whyNot.trim();
  const status = parseChangeStatus(input.status);
  const tooLong = (max: number) => words.t('services.tooLong', { max });
  if (what === '') errors['what'] = words.t('services.check.noWhat');
  else if ([...what].length > 300) errors['what'] = tooLong(300);
  if (service === '') errors['service'] = words.t('services.check.noService');
  else if ([...service].length > 120) errors['service'] = tooLong(120);
  if (!status) errors['status'] = words.t('services.check.noStatus');
  if (status === 'not_possible' && whyNot === '') {
    errors['whyNot'] = words.t('services.check.noWhyNot');
  }
  if ([...whyNot].length > 2000) errors['whyNot'] = tooLong(2000);
  if (!status || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    change: { what, service, status, whyNot: status === 'not_possible' ? whyNot : null },
  };
}

/** One story shared for improvement, as the fairness view counts it (no content). */
export interface WaitingStory {
  readonly storyId: string;
  readonly groupName: string | null;
  readonly sharedAt: Date;
  /** The first answer since it was shared, if any. */
  readonly answeredAt: Date | null;
}

/** Per group: how many shared stories have had an answer, and the longest wait. */
export interface ListeningRow {
  readonly groupName: string | null;
  readonly shared: number;
  readonly answered: number;
  /** Whole days the oldest unanswered story has waited; null when none waits. */
  readonly oldestWaitDays: number | null;
  /** Unanswered for ANSWER_WAIT_FLAG_DAYS or more. */
  readonly overdue: number;
}

/** Whether a story has waited too long for an answer. */
export function isAnswerOverdue(story: WaitingStory, now: Date): boolean {
  return (
    story.answeredAt === null && wholeDaysBetween(story.sharedAt, now) >= ANSWER_WAIT_FLAG_DAYS
  );
}

/**
 * How stories shared for improvement are being listened to, per group (by
 * name, stories with no group last): counts and days only, never a title,
 * a name or a word of a story, and nothing that ranks people.
 */
export function summariseListening(stories: readonly WaitingStory[], now: Date): ListeningRow[] {
  const groups = new Map<string | null, WaitingStory[]>();
  for (const story of stories) {
    groups.set(story.groupName, [...(groups.get(story.groupName) ?? []), story]);
  }
  return [...groups.entries()]
    .map(([groupName, members]): ListeningRow => {
      const waiting = members.filter((story) => story.answeredAt === null);
      const oldest = waiting.reduce<Date | null>(
        (earliest, story) =>
          earliest === null || story.sharedAt < earliest ? story.sharedAt : earliest,
        null,
      );
      return {
        groupName,
        shared: members.length,
        answered: members.length - waiting.length,
        oldestWaitDays: oldest === null ? null : wholeDaysBetween(oldest, now),
        overdue: waiting.filter((story) => isAnswerOverdue(story, now)).length,
      };
    })
    .sort((a, b) =>
      a.groupName === null ? 1 : b.groupName === null ? -1 : a.groupName.localeCompare(b.groupName),
    );
}
