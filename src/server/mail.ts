/**
 * Sending email. With `SMTP_URL` set, mail goes out over SMTP; otherwise (the demo
 * and development) each message is stored and shown at /dev/outbox.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Db } from './db.ts';
import { insertOutboxMail, type OutgoingMail } from './repositories/mail.ts';

let transport: Transporter | undefined;

/** The address mail comes from. */
export function mailFrom(): string {
  return process.env['MAIL_FROM']?.trim() || 'Heard <no-reply@heard.invalid>';
}

/**
 * Whether /dev/outbox exists: only without SMTP, and not in production unless
 * HEARD_DEV_OUTBOX=1 (issue 3) — the outbox shows sign-in links to anyone.
 */
export function isOutboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['SMTP_URL']?.trim()) return false;
  if (env['NODE_ENV'] === 'production') return env['HEARD_DEV_OUTBOX'] === '1';
  return true;
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
