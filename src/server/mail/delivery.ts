/**
 * Delivering the outbox (`mail_queue`) over SMTP, from every instance at once
 * without sending anything twice: each email is claimed in the database for a
 * lease before it is sent, so only one worker holds it, and it is deleted as
 * soon as the SMTP server accepts it. A failure waits longer each time
 * (backoff) and, after many, stops and shows on /admin/mail. New mail wakes
 * the worker at once (`NOTIFY heard_mail` on commit); a round every
 * `pollMs` picks up retries and anything announced while it was away. See
 * docs/decisions/022-outbox-and-mail-delivery.md.
 */
import { createTransport } from 'nodemailer';
import type { Db } from '#src/server/platform/db.ts';
import { mailFrom } from '#src/server/platform/mail.ts';
import {
  claimDueMail,
  deleteDeliveredMail,
  recordMailFailure,
  type QueuedMailRow,
} from '#src/server/platform/mail-queue.repository.ts';

/** One email as handed to SMTP, with the id that names it everywhere. */
export interface MailMessage {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string | undefined;
}

/** Sends one email; resolves when the SMTP server has accepted it. */
export type SendOverSmtp = (message: MailMessage) => Promise<void>;

/** How the worker paces itself. */
export interface DeliveryTiming {
  /** How long a claim lasts: well beyond the SMTP timeouts, so a live sender is never overtaken. */
  readonly leaseMs: number;
  /** The wait after the first failure; each later one doubles it, up to `maxBackoffMs`. */
  readonly firstBackoffMs: number;
  readonly maxBackoffMs: number;
  /** After this many failed attempts an email waits for an admin (/admin/mail). */
  readonly maxAttempts: number;
  readonly batchSize: number;
}

export const DEFAULT_DELIVERY_TIMING: DeliveryTiming = {
  leaseMs: 2 * 60_000,
  firstBackoffMs: 30_000,
  maxBackoffMs: 60 * 60_000,
  // With the waits above, about a day of tries.
  maxAttempts: 30,
  batchSize: 20,
};

/** An email that failed this many times is listed on /admin/mail. */
export const KEEPS_FAILING_AFTER = 3;

/** The wait before the attempt after `attempts` failed ones. */
export function backoffAfter(attempts: number, timing: DeliveryTiming): number {
  return Math.min(timing.maxBackoffMs, timing.firstBackoffMs * 2 ** Math.max(0, attempts - 1));
}

/** The Message-ID an outbox email always carries, so a resend is recognisably the same email. */
export function messageIdFor(id: string, from: string = mailFrom()): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'heard.invalid';
  return `<${id}@${domain}>`;
}

/** What one round did. */
export interface DeliveryRound {
  readonly sent: number;
  readonly failed: number;
}

/** Claims the emails due now and tries each once. */
export async function deliverDueMail(
  db: Db,
  send: SendOverSmtp,
  timing: DeliveryTiming = DEFAULT_DELIVERY_TIMING,
  now: Date = new Date(),
): Promise<DeliveryRound> {
  const claimUntil = new Date(now.getTime() + timing.leaseMs);
  const claimed = await claimDueMail(db, now, claimUntil, timing.batchSize);
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    if (await deliverOne(db, send, mail, claimUntil, timing)) sent += 1;
    else failed += 1;
  }
  return { sent, failed };
}

async function deliverOne(
  db: Db,
  send: SendOverSmtp,
  mail: QueuedMailRow,
  claimUntil: Date,
  timing: DeliveryTiming,
): Promise<boolean> {
  try {
    await send({
      messageId: messageIdFor(mail.id),
      to: mail.to_address,
      subject: mail.subject,
      text: mail.text_body,
      html: mail.html_body ?? undefined,
    });
  } catch (error) {
    const failedAt = new Date();
    const givenUp = mail.attempts >= timing.maxAttempts;
    await recordMailFailure(db, mail.id, {
      error: describeSmtpError(error),
      nextAttemptAt: new Date(failedAt.getTime() + backoffAfter(mail.attempts, timing)),
      givenUpAt: givenUp ? failedAt : null,
    });
    if (givenUp) {
      console.error(
        `An email could not be sent after ${mail.attempts} tries and now waits at /admin/mail: ${describeSmtpError(error)}`,
      );
    }
    return false;
  }
  // Accepted: gone from the outbox. Should this fail (the database is away),
  // the claim runs out and the email is sent again with the same Message-ID;
  // that narrow window is the only way one email can arrive twice.
  await deleteDeliveredMail(db, mail.id, claimUntil);
  return true;
}

function describeSmtpError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const response = (error as { response?: unknown }).response;
  return typeof response === 'string' && response !== '' ? response : error.message;
}

/** A sender over the SMTP server at `smtpUrl` (nodemailer), with timeouts well inside the lease. */
export function createSmtpSender(smtpUrl: string): SendOverSmtp {
  const transport = createTransport(smtpUrl, {
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const from = mailFrom();
  return async (message) => {
    await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      messageId: message.messageId,
    });
  };
}

/** A running delivery worker. */
export interface MailWorker {
  /** Starts a round soon (after new mail was committed in this process). */
  wake(): void;
  /** Stops: no new round starts, the one in flight finishes, and listening ends. */
  stop(): Promise<void>;
}

/** What the worker needs. */
export interface MailWorkerOptions {
  readonly db: Db;
  readonly send: SendOverSmtp;
  /** LISTEN for new mail (DatabaseHandle.listen); without it the worker only polls. */
  readonly listen?: (
    channel: string,
    onMessage: () => void,
    options?: { readonly onReconnect?: () => void },
  ) => Promise<() => Promise<void>>;
  readonly pollMs?: number;
  readonly timing?: DeliveryTiming;
}

/** Starts delivering the outbox; resolves once it is listening. */
export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const timing = options.timing ?? DEFAULT_DELIVERY_TIMING;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;

  const round = (): void => {
    if (stopped) return;
    if (running) {
      // Mail committed while a round runs is picked up by one more round.
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const done = await deliverDueMail(options.db, options.send, timing);
          // A full batch means more may be waiting.
          if (done.sent + done.failed >= timing.batchSize) again = true;
        } while (again && !stopped);
      } catch (error) {
        // The database may be away; the next round tries again.
        console.error('Mail delivery failed:', error instanceof Error ? error.message : error);
      } finally {
        running = undefined;
      }
    })();
  };

  const stopListening = options.listen
    ? await options.listen('heard_mail', round, { onReconnect: round })
    : undefined;
  const timer = setInterval(round, options.pollMs ?? 15_000);
  timer.unref();
  round();

  return {
    wake: round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await stopListening?.();
    },
  };
}
