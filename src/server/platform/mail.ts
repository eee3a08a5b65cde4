/**
 * Sending email. With `SMTP_URL` set, mail goes out over SMTP; otherwise (the demo
 * and development) each message is stored and shown at /dev/outbox.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Db } from './db.ts';
import { isLoopbackOrigin, listenOrigin, publicOrigin } from '#src/server/http/public-address.ts';
import { insertOutboxMail, listOutboxMail, type OutgoingMail } from './mail.repository.ts';

let transport: Transporter | undefined;

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
    return `Email: sent through ${where} (SMTP_URL).`;
  }
  return isOutboxEnabled(env, listening)
    ? 'Email: not sent; the demo outbox at /dev/outbox shows each one (set SMTP_URL to send email).'
    : 'Email: NOT SENT and not shown anywhere: set SMTP_URL (smtp://user:password@host:587) so people get their sign-in links.';
}

/** Sends one email (or stores it in the outbox when there is no SMTP). */
export async function sendMail(db: Db, mail: OutgoingMail, now: Date = new Date()): Promise<void> {
  const smtpUrl = process.env['SMTP_URL']?.trim();
  if (!smtpUrl) {
    await insertOutboxMail(db, mail, now);
    return;
  }
  transport ??= createTransport(smtpUrl);
  await transport.sendMail({ from: mailFrom(), ...mail });
}

/** The newest emails in the development outbox (shown at /dev/outbox when it is on). */
export function readDevelopmentOutbox(db: Db, limit = 50): ReturnType<typeof listOutboxMail> {
  return listOutboxMail(db, limit);
}
