/**
 * After the asking: staff's list and page of requests (a no
 * shows only as "Declined"), logging each real use while it is agreed, the
 * contributor's view of where their story went, and the fairness view. Takedown
 * tasks and the hourly housekeeping are in takedowns.ts.
 */
import { daysBefore } from '#src/domain/calendar.ts';
import { z } from 'zod';
import { chosenAnonymity } from '#src/domain/audience.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import type { AuthorConsent } from '#src/domain/consent-types.ts';
import { canRequestFeature, canUseStaffPages, type Viewer } from '#src/domain/permissions.ts';
import {
  inChannel,
  isUseDayAllowed,
  REQUEST_LAPSE_DAYS,
  requestStatusWords,
  type RequestChannel,
} from '#src/domain/requests.ts';
import type { Db } from '#src/server/platform/db.ts';
import type { Translator } from '#src/i18n/translator.ts';
import { parseForm, problem, requiredText, textField, textUpTo } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { readReceiptController } from '#src/server/consent/receipts.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import {
  closeRequest,
  findPublicText,
  findRequest,
  lapseOldRequests,
  listRequests,
  type RequestRow,
} from './requests.repository.ts';
import { listTakedownsForStory, type TakedownRow } from './takedowns.repository.ts';
import { insertUse, listUses, type UseRow } from './uses.repository.ts';
import { listFairness } from './askable.repository.ts';
import {
  listStoryAuthorsForConsent,
  lockStoryForUpdate,
} from '#src/server/writing/stories.repository.ts';
import { isStoryAuthor } from '#src/server/writing/authorship.ts';
import { isoDay } from '#src/domain/text.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { isUuid } from '#src/domain/ids.ts';

import {
  answersNeedChanging,
  dayField,
  dayOf,
  formatDateOnly,
  requestContent,
  type RequestFailure,
  type RequestPreview,
} from './requests.ts';
import { refusal } from '#src/server/http/refusal.ts';

// --- Staff: requests, uses, takedowns ---------------------------------------

/** A request as staff see it: a no is only "Declined". */
export interface StaffRequest {
  readonly request: RequestRow;
  readonly statusWords: string;
}

/** `/staff/requests`: the newest requests. */
export async function loadStaffRequests(
  db: Db,
  viewer: Viewer,
  now: Date,
): Promise<readonly StaffRequest[] | undefined> {
  if (!canUseStaffPages(viewer)) return undefined;
  await lapseOldRequests(db, now, REQUEST_LAPSE_DAYS);
  const words = requestWords();
  return (await listRequests(db, { limit: 200 })).map((request) => ({
    request,
    statusWords: requestStatusWords(request.status, words),
  }));
}

/** One request for staff: what may be used now, the uses logged, and their takedowns. */
export interface StaffRequestPage extends StaffRequest {
  /** Whether the use is consented now (every author, and a guardian where needed). */
  readonly usable: boolean;
  /** Why not, in plain words, when a yes was given but cannot be used now. */
  readonly notUsableBecause: string | null;
  /** The words staff may use, shown only while they may be used or read. */
  readonly content: RequestPreview | null;
  readonly uses: readonly UseRow[];
  readonly takedowns: readonly TakedownRow[];
  readonly today: string;
}

/** Loads one request for staff. */
export async function loadStaffRequest(
  db: Db,
  viewer: Viewer,
  requestId: string,
  now: Date,
): Promise<StaffRequestPage | undefined> {
  if (!canUseStaffPages(viewer) || !isUuid(requestId)) return undefined;
  await lapseOldRequests(db, now, REQUEST_LAPSE_DAYS);
  const request = await findRequest(db, requestId);
  if (!request) return undefined;
  const words = requestWords();
  const consent = await consentForUse(db, request, now, words);
  const publicNow = (await findPublicText(db, request.storyId, now)) !== undefined;
  const uses = await listUses(db, { requestId });
  let content: RequestPreview | null = null;
  if (consent.usable) {
    content = await contentForStaff(db, request, consent.consents);
  } else if (publicNow && request.excerpt !== null && request.status === 'open') {
    // Before an answer staff see only the words they chose from the public page.
    content = {
      title: request.storyTitle,
      byline: '',
      excerpt: request.excerpt,
      view: null,
      anonymity: request.anonymity,
    };
  }
  return {
    request,
    statusWords: requestStatusWords(request.status, words),
    usable: consent.usable,
    notUsableBecause: consent.because,
    content,
    uses,
    takedowns: (await listTakedownsForStory(db, request.storyId)).filter(
      (task) => task.useId !== null && uses.some((use) => use.id === task.useId),
    ),
    today: isoDay(now),
  };
}

/** Whether a request's use is consented now, for the revision it asked about. */
async function consentForUse(
  db: Db,
  request: RequestRow,
  now: Date,
  words: Translator,
): Promise<{ usable: boolean; because: string | null; consents: readonly AuthorConsent[] }> {
  if (request.status !== 'accepted' && request.status !== 'accepted_anonymous') {
    return { usable: false, because: null, consents: [] };
  }
  const visibility = decideVisibility({
    authors: await listStoryAuthorsForConsent(db, request.storyId),
    events: await listConsentEventsForStory(db, request.storyId),
    scope: request.channel,
    now,
    revisionNumber: request.revisionNumber,
  });
  if (visibility.visible) {
    return { usable: true, because: null, consents: visibility.consents };
  }
  const because = words.t(
    visibility.reason === 'awaiting-guardian'
      ? 'requests.error.awaitingGuardian'
      : visibility.reason === 'expired'
        ? 'requests.error.expired'
        : 'requests.error.withdrawn',
  );
  return { usable: false, because, consents: [] };
}

/** The use as its readers see it, at the names each author agreed to for it. */
function contentForStaff(
  db: Db,
  request: RequestRow,
  consents: readonly AuthorConsent[],
): Promise<RequestPreview> {
  return requestContent(db, request, (personId) => chosenAnonymity(consents, personId), consents);
}

const useForm = z.object({
  whereUsed: requiredText('requests.error.whereUsed', 500, 'requests.error.whereUsedLong'),
  link: textUpTo(2000, 'requests.error.linkLong').refine(
    (value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value),
    problem('requests.error.link'),
  ),
  usedOn: dayField('requests.error.usedOn'),
});

/** Staff log one actual use: only while the use is consented, within its dates, not in the future. */
export async function logUse(
  db: Db,
  viewer: Viewer,
  requestId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly useId: string } | RequestFailure> {
  const words = requestWords();
  if (!canUseStaffPages(viewer)) return refusal(403, 'requests.error.onlyStaff');
  if (!isUuid(requestId)) return refusal(404, 'requests.error.noSuchRequest');
  const parsed = parseForm(useForm, {
    whereUsed: textField(form, 'whereUsed'),
    link: textField(form, 'link'),
    usedOn: textField(form, 'usedOn'),
  });
  if (!parsed.ok) return answersNeedChanging(parsed.errors);
  const { whereUsed, link, usedOn } = parsed.value;
  const request = await findRequest(db, requestId);
  if (!request) return refusal(404, 'requests.error.noSuchRequest');
  if (!isUseDayAllowed(usedOn, request, now)) {
    const message = words.t('requests.error.usedOnRange', {
      start: formatDateOnly(request.startsOn, words.language),
      end: formatDateOnly(request.endsOn, words.language),
    });
    return { ok: false, status: 400, message, errors: { usedOn: message } };
  }
  return inTransaction(db, async (trx) => {
    // Under the story's lock, so a withdrawal either comes first (and this is
    // refused) or after (and turns this use into a takedown task).
    await lockStoryForUpdate(trx, request.storyId);
    const consent = await consentForUse(trx, request, now, words);
    if (!consent.usable) {
      return {
        ok: false,
        status: 409,
        message: consent.because ?? words.t('requests.error.notAgreed'),
      } as const;
    }
    const useId = await insertUse(trx, {
      requestId,
      storyId: request.storyId,
      whereUsed,
      link: link === '' ? null : link,
      usedOn,
      loggedBy: viewer.id,
      now,
    });
    return { ok: true, useId } as const;
  });
}

/** Staff take back a request that is still waiting (it was a mistake). */
export async function cancelRequest(
  db: Db,
  viewer: Viewer,
  requestId: string,
  now: Date,
): Promise<{ readonly ok: true } | RequestFailure> {
  if (!canRequestFeature(viewer)) return refusal(403, 'requests.error.onlyComms');
  if (!isUuid(requestId)) return refusal(404, 'requests.error.noSuchRequest');
  const closed = await closeRequest(db, requestId, 'cancelled', now);
  return closed ? { ok: true } : refusal(409, 'requests.error.cannotTakeBack');
}

/** What the contributor sees on the sharing page: each use, and each takedown's progress. */
export interface StoryUse {
  readonly channel: RequestChannel;
  readonly whereUsed: string;
  readonly link: string | null;
  readonly usedOn: string;
  /** One plain sentence on where it stands. */
  readonly progress: string;
  readonly state: 'live' | 'taking-down' | 'removed';
}

/** The uses of a story for one of its authors; undefined for anyone else. */
export async function loadStoryUses(
  db: Db,
  viewer: Viewer,
  storyId: string,
): Promise<readonly StoryUse[] | undefined> {
  if (!(await isStoryAuthor(db, viewer, storyId))) return undefined;
  const { timeZone } = readReceiptController();
  // The author reading their own story's sharing page, in its language.
  const words = requestWords();
  const { language } = words;
  const tasks = await listTakedownsForStory(db, storyId);
  return (await listUses(db, { storyId })).map((use) => {
    const task = tasks.find((candidate) => candidate.useId === use.id);
    const where = use.whereUsed;
    let progress = words.t('requests.uses.used', {
      in: inChannel(use.channel, words),
      where,
      date: formatDateOnly(use.usedOn, language),
    });
    let state: StoryUse['state'] = 'live';
    if (task?.status === 'open') {
      state = 'taking-down';
      progress = words.t('requests.uses.takingDown', {
        where,
        date: dayOf(task.createdAt, timeZone, language),
      });
    } else if (task?.status === 'done' && task.doneAt) {
      state = 'removed';
      progress = words.t('requests.takedowns.removed', {
        where,
        date: dayOf(task.doneAt, timeZone, language),
      });
    }
    return {
      channel: use.channel,
      whereUsed: use.whereUsed,
      link: use.link,
      usedOn: use.usedOn,
      progress,
      state,
    };
  });
}

// --- Fairness -----------------------------------------------------------------

/** `/staff/fairness`: who has been featured in the last 12 months, and who offered but was never asked. */
export async function loadFairness(db: Db, viewer: Viewer, now: Date) {
  if (!canUseStaffPages(viewer)) return undefined;
  const since = daysBefore(now, 365);
  return { since, ...(await listFairness(db, since)) };
}
