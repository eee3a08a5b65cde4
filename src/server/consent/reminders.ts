/**
 * Consent expiry reminders: emails a contributor 30 days and again 7 days before
 * a consent of theirs ends, with one link to keep sharing and one to stop, given
 * the same weight: no is as easy as yes (UK GDPR Art. 7(3)). Nothing changes unless
 * they choose: doing nothing lets the consent end on its date.
 */
import { displayName } from '#src/domain/anonymity.ts';
import { shownNameOf } from '#src/domain/audience.ts';
import { dueReminder, REMINDER_DAYS, type ReminderDays } from '#src/domain/reminders.ts';
import { daysAfter, daysLeft, formatLastDay } from '#src/domain/calendar.ts';
import { scopeName } from '#src/domain/receipt-words.ts';
import type { Db } from '#src/server/platform/db.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { hello, readReceiptController } from './receipts.ts';
import { listPersonNameFacts } from './receipts.repository.ts';
import {
  listExpiringConsents,
  listSentReminders,
  recordReminder,
  type ExpiringConsent,
} from './reminders.repository.ts';
import { listStoryAuthorNames } from '#src/server/writing/stories.repository.ts';

/** What the reminder email says about one consent. */
interface ReminderText {
  readonly consent: ExpiringConsent;
  readonly greetingName: string;
  readonly shownName: string;
  readonly site: string;
  readonly timeZone: string;
  readonly organisation: { readonly name: string; readonly email: string };
  readonly now: Date;
  /** The reader's language (English when not given). */
  readonly language?: Language;
}

/** The subject and plain-text body of one reminder email, in the reader's language. */
export function reminderEmail(input: ReminderText): { subject: string; text: string } {
  const { consent, site, now } = input;
  const language = input.language ?? 'en';
  const i18n = translatorFor(language);
  const left = daysLeft(consent.expiresAt, now, input.timeZone);
  const lastDay = formatLastDay(consent.expiresAt, input.timeZone, language);
  const sharing = `${site}/my/stories/${consent.storyId}/sharing`;
  const lines = [
    hello(i18n, input.greetingName),
    '',
    i18n.t('sharing.reminder.saidYes', { title: consent.storyTitle }),
    i18n.t('sharing.reminder.where', { where: scopeName(consent.scope, i18n) }),
    i18n.t('sharing.reminder.named', { name: input.shownName }),
    i18n.t('sharing.reminder.lastDay', { date: lastDay, days: left }),
    ...(consent.status === 'awaiting-guardian' ? [i18n.t('sharing.reminder.waitingForCarer')] : []),
    '',
    i18n.t('sharing.reminder.nothingChanges'),
    i18n.t('sharing.reminder.ifNothing'),
    i18n.t('sharing.reminder.noReason'),
    '',
    // The two choices are worded and laid out alike: neither is the "main" one.
    i18n.t('sharing.reminder.keep', { link: `${sharing}?renew=${consent.scope}#${consent.scope}` }),
    i18n.t('sharing.reminder.stop', { link: `${sharing}#${consent.scope}` }),
    '',
    i18n.t('sharing.email.footer', {
      organisation: input.organisation.name,
      email: input.organisation.email,
    }),
    '',
  ];
  return {
    subject: i18n.t('sharing.reminder.subject', { title: consent.storyTitle, date: lastDay }),
    text: lines.join('\n'),
  };
}

/**
 * Sends every consent expiry reminder due at `now` and returns how many went.
 * Safe to run on several instances at once: each reminder is recorded before it
 * is sent, and only the instance that recorded it sends it.
 */
export async function sendExpiryReminders(db: Db, now: Date): Promise<{ sent: number }> {
  const earliest = Math.max(...REMINDER_DAYS);
  const until = daysAfter(now, earliest);
  const consents = await listExpiringConsents(db, now, until);
  if (consents.length === 0) return { sent: 0 };
  const site = publicOrigin();
  const controller = readReceiptController();
  const people = new Map(
    (await listPersonNameFacts(db, [...new Set(consents.map((c) => c.subjectId))])).map((p) => [
      p.id,
      p,
    ]),
  );
  let sent = 0;
  for (const consent of consents) {
    const person = people.get(consent.subjectId);
    // No account, no address: nobody to remind (and nothing to record).
    if (!person) continue;
    const due: ReminderDays | null = dueReminder(
      consent.expiresAt,
      now,
      await listSentReminders(db, consent),
    );
    if (due === null) continue;
    // The record and the email (in the outbox) commit together: the record is
    // what stops a second instance sending it too, and the outbox delivers it
    // however long the mail server is away.
    const names = await listStoryAuthorNames(db, consent.storyId);
    const facts = names.find((n) => n.personId === consent.subjectId);
    const shownName = shownNameOf({ names: facts, anonymity: consent.anonymity }, person.language);
    const mail = reminderEmail({
      consent,
      greetingName: displayName({ ...person, pseudonym: null }, 'first_name'),
      shownName,
      site,
      timeZone: controller.timeZone,
      organisation: { name: controller.name, email: controller.email },
      now,
      language: person.language,
    });
    const queued = await db.transaction().execute(async (trx) => {
      if (!(await recordReminder(trx, consent, due, now))) return false;
      await sendMail(trx, { to: person.email, ...mail }, now);
      return true;
    });
    if (queued) sent += 1;
  }
  return { sent };
}
