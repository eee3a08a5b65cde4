/**
 * Takedowns: staff's list of tasks to take a use down once its consent has ended,
 * closing a task, the emails to comms staff and admins, and the hourly
 * housekeeping that lapses old requests and opens, announces and flags tasks.
 */

import { inTransaction } from '#src/server/platform/transaction.ts';
import { canUseStaffPages, type Viewer } from '#src/domain/permissions.ts';
import {
  inChannel,
  isTakedownOverdue,
  REQUEST_LAPSE_DAYS,
  TAKEDOWN_OVERDUE_HOURS,
} from '#src/domain/requests.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import type { Language } from '#src/i18n/languages.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { readReceiptController } from '#src/server/consent/receipts.ts';
import { refreshPublication } from '#src/server/consent/consent.repository.ts';
import {
  listStoriesWithLiveUses,
  claimOverdueTakedowns,
  claimUnnotifiedTakedowns,
  listRecipientsWithRole,
  listTakedowns,
  markTakedownDone,
  type TakedownRow,
} from './takedowns.repository.ts';
import { lapseOldRequests } from './requests.repository.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { isUuid } from '#src/domain/ids.ts';

import { dayOf, formatDateOnly, type RequestFailure } from './requests.ts';
import { refusal } from '#src/server/http/refusal.ts';

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
  if (!canUseStaffPages(viewer)) return refusal(403, 'requests.error.onlyStaff');
  const taskId = textField(form, 'task');
  const note = textField(form, 'note').trim();
  if (!isUuid(taskId)) return refusal(404, 'requests.error.noSuchTask');
  if (note.length > 500) return refusal(400, 'requests.error.noteLong');
  const closed = await markTakedownDone(db, taskId, {
    by: viewer.id,
    note: note === '' ? null : note,
    now,
  });
  return closed ? { ok: true } : refusal(409, 'requests.error.taskDone');
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
  await emailEveryoneWithRole(db, 'comms', now, (words) => ({
    subject: words.t('requests.mail.takedownSubject', {
      count: tasks.length,
      title: tasks[0]?.storyTitle ?? '',
    }),
    lines: [
      words.t('requests.mail.takedownWhy'),
      words.t('requests.mail.takedownPlease'),
      '',
      ...tasks.map((task) =>
        words.t('requests.mail.takedownTask', {
          task: describeTask(task, words),
          hasLink: task.link ? 'yes' : 'no',
          link: task.link ?? '',
          date: formatDateOnly(task.usedOn, words.language),
          since: dayOf(task.createdAt, timeZone, words.language),
        }),
      ),
      '',
      `${site}/staff/takedowns`,
    ],
  }));
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
  await emailEveryoneWithRole(db, 'admin', now, (words) => ({
    subject: words.t('requests.mail.overdueSubject', { count: tasks.length }),
    lines: [
      words.t('requests.mail.overdue', { hours: TAKEDOWN_OVERDUE_HOURS }),
      '',
      ...tasks.map((task) => `- ${describeTask(task, words)}.`),
      '',
      `${publicOrigin()}/staff/takedowns`,
    ],
  }));
  return tasks.length;
}

/** “Title” in the newsletter: the December newsletter */
function describeTask(task: TakedownRow, words: Translator): string {
  return `“${task.storyTitle}” ${inChannel(task.channel, words)}: ${task.whereUsed}`;
}

/** Sends one email to everyone holding a role (comms staff, admins), each in their language. */
async function emailEveryoneWithRole(
  db: Db,
  role: 'comms' | 'admin',
  now: Date,
  write: (words: Translator) => { readonly subject: string; readonly lines: readonly string[] },
): Promise<void> {
  const written = new Map<Language, ReturnType<typeof write>>();
  for (const { email: to, language } of await listRecipientsWithRole(db, role)) {
    const mail = written.get(language) ?? write(translatorFor(language));
    written.set(language, mail);
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
