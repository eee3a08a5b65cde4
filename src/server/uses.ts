/**
 * After the asking (issue 7 items 3–6): staff's list and page of requests (a no
 * shows only as "Declined"), logging each real use while it is agreed, the
 * contributor's view of where their story went, takedown tasks and their emails,
 * the fairness view, and the hourly housekeeping.
 */
import { z } from 'zod';
import { displayName, joinAuthorNames } from '../domain/anonymity.ts';
import { decideVisibility, foldAuthorConsent } from '../domain/consent.ts';
import { type Anonymity } from '../domain/consent-types.ts';
import {
  canRequestFeature,
  canUseStaffPages,
  isAuthor,
  type Viewer,
} from '../domain/permissions.ts';
import { scopeName } from '../domain/receipts.ts';
import {
  isTakedownOverdue,
  isUseDayAllowed,
  REQUEST_LAPSE_DAYS,
  requestStatusWords,
  TAKEDOWN_OVERDUE_HOURS,
  type RequestChannel,
} from '../domain/requests.ts';
import type { Db } from './db.ts';
import { parseForm, textField } from './forms.ts';
import { sendMail } from './mail.ts';
import { readReceiptController } from './receipts.ts';
import { listConsentEventsForStory, refreshPublication } from './repositories/consent.ts';
import { listStoriesWithLiveUses } from './repositories/takedowns.ts';
import {
  claimOverdueTakedowns,
  claimUnnotifiedTakedowns,
  closeRequest,
  findPublicText,
  findRequest,
  insertUse,
  lapseOldRequests,
  listEmailsWithRole,
  listRequests,
  listTakedowns,
  listTakedownsForStory,
  listUses,
  markTakedownDone,
  type RequestRow,
  type TakedownRow,
  type UseRow,
} from './repositories/requests.ts';
import { listFairness } from './repositories/staff-stories.ts';
import {
  findStoryAccess,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
  lockStoryForUpdate,
} from './repositories/stories.ts';
import { isoDay } from '../domain/text.ts';
import { publicOrigin } from './public-address.ts';
import { inTransaction } from './repositories/transaction.ts';
import { isUuid } from './stories.ts';

import {
  dayField,
  dayOf,
  formatDateOnly,
  requestContent,
  type RequestFailure,
  type RequestPreview,
} from './requests.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

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
  return (await listRequests(db, { limit: 200 })).map((request) => ({
    request,
    statusWords: requestStatusWords(request.status),
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
  const consent = await consentForUse(db, request, now);
  const publicNow = (await findPublicText(db, request.storyId, now)) !== undefined;
  const uses = await listUses(db, { requestId });
  let content: RequestPreview | null = null;
  if (consent.usable) {
    content = await contentForStaff(db, request, consent.anonymity, now);
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
    statusWords: requestStatusWords(request.status),
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
): Promise<{ usable: boolean; because: string | null; anonymity: readonly Anonymity[] }> {
  if (request.status !== 'accepted' && request.status !== 'accepted_anonymous') {
    return { usable: false, because: null, anonymity: [] };
  }
  const visibility = decideVisibility({
    authors: await listStoryAuthorsForConsent(db, request.storyId),
    events: await listConsentEventsForStory(db, request.storyId),
    scope: request.channel,
    now,
    revisionNumber: request.revisionNumber,
  });
  if (visibility.visible) {
    return { usable: true, because: null, anonymity: visibility.consents.map((c) => c.anonymity) };
  }
  const because =
    visibility.reason === 'awaiting-guardian'
      ? 'It is waiting for a parent or carer to agree. Do not use it yet.'
      : visibility.reason === 'expired'
        ? 'The time they agreed to has ended. Do not use it.'
        : 'They have stopped sharing it this way. Do not use it, and take down any use.';
  return { usable: false, because, anonymity: [] };
}

async function contentForStaff(
  db: Db,
  request: RequestRow,
  levels: readonly Anonymity[],
  now: Date,
): Promise<RequestPreview> {
  const names = await listStoryAuthorNames(db, request.storyId);
  const events = await listConsentEventsForStory(db, request.storyId);
  const authors = await listStoryAuthorsForConsent(db, request.storyId);
  const shown = authors.map((author) => {
    const status = foldAuthorConsent(events, author, request.channel, now);
    const person = names.find((candidate) => candidate.personId === author.personId);
    const level = status.status === 'valid' ? status.consent.anonymity : 'anonymous';
    return person ? displayName(person, level) : 'Anonymous';
  });
  return requestContent(db, request, joinAuthorNames(shown), levels);
}

const useForm = z.object({
  whereUsed: z
    .string()
    .trim()
    .min(1, { message: 'Say where you used it, for example “the May newsletter”.' })
    .max(500, { message: 'Keep where you used it to 500 characters or fewer.' }),
  link: z
    .string()
    .trim()
    .max(2000, { message: 'Keep the link to 2,000 characters or fewer.' })
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), {
      message: 'A link starts with http:// or https://, or leave it empty.',
    }),
  usedOn: dayField('Choose the day you used it.'),
});

/** Staff log one actual use: only while the use is consented, within its dates, not in the future. */
export async function logUse(
  db: Db,
  viewer: Viewer,
  requestId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly useId: string } | RequestFailure> {
  if (!canUseStaffPages(viewer))
    return { ok: false, status: 403, message: 'Only staff can do this.' };
  if (!isUuid(requestId)) return { ok: false, status: 404, message: 'There is no such request.' };
  const parsed = parseForm(useForm, {
    whereUsed: textField(form, 'whereUsed'),
    link: textField(form, 'link'),
    usedOn: textField(form, 'usedOn'),
  });
  if (!parsed.ok) {
    return {
      ok: false,
      status: 400,
      message: 'Some answers need changing.',
      errors: parsed.errors,
    };
  }
  const { whereUsed, link, usedOn } = parsed.value;
  const request = await findRequest(db, requestId);
  if (!request) return { ok: false, status: 404, message: 'There is no such request.' };
  if (!isUseDayAllowed(usedOn, request, now)) {
    const message = `Choose a day from ${formatDateOnly(request.startsOn)} to ${formatDateOnly(request.endsOn)}, and not after today.`;
    return { ok: false, status: 400, message, errors: { usedOn: message } };
  }
  return inTransaction(db, async (trx) => {
    // Under the story's lock, so a withdrawal either comes first (and this is
    // refused) or after (and turns this use into a takedown task).
    await lockStoryForUpdate(trx, request.storyId);
    const consent = await consentForUse(trx, request, now);
    if (!consent.usable) {
      return {
        ok: false,
        status: 409,
        message: consent.because ?? 'This use has not been agreed to, so it cannot be logged.',
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
  if (!canRequestFeature(viewer)) {
    return { ok: false, status: 403, message: 'Only comms staff can do this.' };
  }
  if (!isUuid(requestId)) return { ok: false, status: 404, message: 'There is no such request.' };
  const closed = await closeRequest(db, requestId, 'cancelled', now);
  return closed
    ? { ok: true }
    : {
        ok: false,
        status: 409,
        message: 'This request is no longer waiting, so it cannot be taken back.',
      };
}

/** `/staff/takedowns`: open tasks (oldest first, overdue flagged) and recently closed ones. */
export async function loadTakedowns(
  db: Db,
  viewer: Viewer,
  now: Date,
): Promise<
  | {
      readonly open: readonly (TakedownRow & { readonly overdue: boolean })[];
      readonly done: readonly TakedownRow[];
    }
  | undefined
> {
  if (!canUseStaffPages(viewer)) return undefined;
  await openTakedownsForLapsedConsents(db, now);
  const { open, done } = await listTakedowns(db, { doneLimit: 50 });
  return {
    open: open.map((task) => ({ ...task, overdue: isTakedownOverdue(task.createdAt, now) })),
    done,
  };
}

/** A staff member confirms a takedown is done (with an optional note of what they did). */
export async function closeTakedown(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true } | RequestFailure> {
  if (!canUseStaffPages(viewer))
    return { ok: false, status: 403, message: 'Only staff can do this.' };
  const taskId = textField(form, 'task');
  const note = textField(form, 'note').trim();
  if (!isUuid(taskId)) return { ok: false, status: 404, message: 'There is no such task.' };
  if (note.length > 500) {
    return { ok: false, status: 400, message: 'Keep the note to 500 characters or fewer.' };
  }
  const closed = await markTakedownDone(db, taskId, {
    by: viewer.id,
    note: note === '' ? null : note,
    now,
  });
  return closed
    ? { ok: true }
    : { ok: false, status: 409, message: 'This task is already done, or there is no such task.' };
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
  if (!isUuid(storyId)) return undefined;
  const access = await findStoryAccess(db, storyId);
  if (!access || !isAuthor(viewer, access)) return undefined;
  const { timeZone } = readReceiptController();
  const tasks = await listTakedownsForStory(db, storyId);
  return (await listUses(db, { storyId })).map((use) => {
    const task = tasks.find((candidate) => candidate.useId === use.id);
    const where = scopeName(use.channel).toLowerCase();
    let progress = `Used in ${where}: ${use.whereUsed}, on ${formatDateOnly(use.usedOn)}.`;
    let state: StoryUse['state'] = 'live';
    if (task?.status === 'open') {
      state = 'taking-down';
      progress = `Being taken down from ${use.whereUsed} since ${dayOf(task.createdAt, timeZone)}.`;
    } else if (task?.status === 'done' && task.doneAt) {
      state = 'removed';
      progress = `Removed from ${use.whereUsed} on ${dayOf(task.doneAt, timeZone)}.`;
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
  const since = new Date(now.getTime() - 365 * DAY_MS);
  return { since, ...(await listFairness(db, since)) };
}

// --- Housekeeping (hourly, and before staff read) -------------------------------

/**
 * Opens takedown tasks for uses whose consent ran out by time alone (no event
 * marks an expiry), by refreshing each story that has a live use.
 */
export async function openTakedownsForLapsedConsents(db: Db, now: Date): Promise<number> {
  let opened = 0;
  for (const storyId of await listStoriesWithLiveUses(db)) {
    opened += (await refreshPublication(db, storyId, now))?.takedowns.length ?? 0;
  }
  return opened;
}

/** Emails comms staff about new takedown tasks; each task is claimed first, so it is sent once. */
export async function sendTakedownNotices(db: Db, now: Date): Promise<number> {
  // The claim and the email (in the outbox) commit together: neither without the other.
  return inTransaction(db, (trx) => sendTakedownNoticesIn(trx, now));
}

async function sendTakedownNoticesIn(db: Db, now: Date): Promise<number> {
  const tasks = await claimUnnotifiedTakedowns(db, now);
  if (tasks.length === 0) return 0;
  const site = publicOrigin();
  const { timeZone } = readReceiptController();
  await emailEveryoneWithRole(db, 'comms', now, {
    subject:
      tasks.length === 1
        ? `Take down “${tasks[0]?.storyTitle ?? ''}”: consent has ended`
        : `Take down ${tasks.length} uses: consent has ended`,
    lines: [
      'The person who wrote these has stopped sharing them, or the time they agreed to has ended.',
      'Please take each one down, then mark it done:',
      '',
      ...tasks.map(
        (task) =>
          `- ${describeTask(task)}${task.link ? ` (${task.link})` : ''}, used on ${formatDateOnly(task.usedOn)}. Since ${dayOf(task.createdAt, timeZone)}.`,
      ),
      '',
      `${site}/staff/takedowns`,
    ],
  });
  return tasks.length;
}

/** Tells admins about takedown tasks open longer than 72 hours (once per task). */
export async function flagOverdueTakedowns(db: Db, now: Date): Promise<number> {
  // The claim and the email (in the outbox) commit together: neither without the other.
  return inTransaction(db, (trx) => flagOverdueTakedownsIn(trx, now));
}

async function flagOverdueTakedownsIn(db: Db, now: Date): Promise<number> {
  const tasks = await claimOverdueTakedowns(
    db,
    new Date(now.getTime() - TAKEDOWN_OVERDUE_HOURS * 60 * 60 * 1000),
    now,
  );
  if (tasks.length === 0) return 0;
  await emailEveryoneWithRole(db, 'admin', now, {
    subject: `${tasks.length} takedown ${tasks.length === 1 ? 'task is' : 'tasks are'} overdue`,
    lines: [
      `These takedown tasks have been open for more than ${TAKEDOWN_OVERDUE_HOURS} hours:`,
      '',
      ...tasks.map((task) => `- ${describeTask(task)}.`),
      '',
      `${publicOrigin()}/staff/takedowns`,
    ],
  });
  return tasks.length;
}

/** “Title” in the newsletter: the December newsletter */
function describeTask(task: TakedownRow): string {
  return `“${task.storyTitle}” in ${scopeName(task.channel).toLowerCase()}: ${task.whereUsed}`;
}

/** Sends one email to everyone holding a role (comms staff, admins). */
async function emailEveryoneWithRole(
  db: Db,
  role: 'comms' | 'admin',
  now: Date,
  mail: { readonly subject: string; readonly lines: readonly string[] },
): Promise<void> {
  for (const to of await listEmailsWithRole(db, role)) {
    await sendMail(db, { to, subject: mail.subject, text: `${mail.lines.join('\n')}\n` }, now);
  }
}

/** Everything the hourly job does for requests and takedowns. */
export async function runRequestHousekeeping(
  db: Db,
  now: Date,
): Promise<{ lapsed: number; opened: number; notified: number; overdue: number }> {
  const lapsed = await lapseOldRequests(db, now, REQUEST_LAPSE_DAYS);
  const opened = await openTakedownsForLapsedConsents(db, now);
  const notified = await sendTakedownNotices(db, now);
  const overdue = await flagOverdueTakedowns(db, now);
  return { lapsed, opened, notified, overdue };
}
