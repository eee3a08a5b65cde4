/**
 * Sending email. With `SMTP_URL` set, mail is written to the outbox
 * (`mail_queue`) and delivered over SMTP by the worker in `mail/delivery.ts`;
 * otherwise (the demo and development) each message is stored and shown at
 * /dev/outbox. Either way it is a row written with the caller's database or
 * transaction, so an email exists exactly when the change that causes it commits.
 */
import { insertQueuedMail } from './mail-queue.repository.ts';
import type { Db } from './db.ts';
import { isLoopbackOrigin, listenOrigin, publicOrigin } from '#src/server/http/public-address.ts';
import { insertOutboxMail, listOutboxMail, type OutgoingMail } from './mail.repository.ts';

/** The address mail comes from. */
export function mailFrom(): string {
  return process.env['MAIL_FROM']?.trim() || 'Heard <no-reply@heard.invalid>';
}

/**
 * Whether /dev/outbox exists. It shows every sign-in link to anyone who opens
 * it, so only the demo has it: no SMTP, and the server reachable from this
 * machine alone (listening on, and known by, a loopback address), or
 * `HEARD_DEMO=1` said outright.
 */
export function isOutboxEnabled(
  env: NodeJS.ProcessEnv = process.env,
  listening: string | undefined = listenOrigin(),
): boolean {
  if (env['SMTP_URL']?.trim()) return false;
  if (env['HEARD_DEMO']?.trim() === '1') return true;
  if (listening === undefined || !isLoopbackOrigin(listening)) return false;
  return isLoopbackOrigin(publicOrigin(env));
}

/**
 * Whether this request may see the demo outbox: the outbox exists, and the
 * request was made on this machine by its loopback name, not handed on by a
 * proxy (which would make the sign-in links anyone's).
 */
export function mayReadOutbox(headers: Headers, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!isOutboxEnabled(env)) return false;
  if (env['HEARD_DEMO']?.trim() === '1') return true;
  if (headers.has('x-forwarded-for') || headers.has('forwarded') || headers.has('x-real-ip')) {
    return false;
  }
  const host = headers.get('host') ?? '';
  return isLoopbackOrigin(`http://${host}`);
}

/** One line for the operator at start-up: how email leaves this server. */
export function describeMailDelivery(
  env: NodeJS.ProcessEnv = process.env,
  listening: string | undefined = listenOrigin(),
): string {
  const smtp = env['SMTP_URL']?.trim();
  if (smtp) {
    let where = 'the SMTP server';
    try {
      const url = new URL(smtp);
      where = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
    } catch {
      // Named without its address; nodemailer reports a bad URL when it sends.
    }
    return `Email: sent through ${where} (SMTP_URL), from the outbox, with retries; mail that keeps failing is listed at /admin/mail.`;
  }
  return isOutboxEnabled(env, listening)
    ? 'Email: not sent; the demo outbox at /dev/outbox shows each one (set SMTP_URL to send email).'
    : 'Email: NOT SENT and not shown anywhere: set SMTP_URL (smtp://user:password@host:587) so people get their sign-in links.';
}

/**
 * Sends one email: queued for SMTP, or stored for /dev/outbox when there is no
 * SMTP. Pass the transaction of the change that causes the email, so both
 * commit or neither does.
 */
export async function sendMail(db: Db, mail: OutgoingMail, now: Date = new Date()): Promise<void> {
  if (process.env['SMTP_URL']?.trim()) {
    await insertQueuedMail(db, mail, now);
    return;
  }
  await insertOutboxMail(db, mail, now);
}

/** The newest emails in the development outbox (shown at /dev/outbox when it is on). */
export function readDevelopmentOutbox(db: Db, limit = 50): ReturnType<typeof listOutboxMail> {
  return listOutboxMail(db, limit);
}
