import type { Db } from './db.ts';
/**
 * The development outbox: emails that would have been sent.
 */

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

/** An email as both the outbox and the delivery queue keep it. */
export function outgoingMailColumns(mail: OutgoingMail) {
  return {
    to_address: mail.to,
    subject: mail.subject,
    text_body: mail.text,
    html_body: mail.html ?? null,
  };
}

/** Stores one email in the outbox. */
export async function insertOutboxMail(db: Db, mail: OutgoingMail, now: Date): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({ ...outgoingMailColumns(mail), created_at: now })
    .execute();
}

/** The newest emails in the outbox first. */
export async function listOutboxMail(db: Db, limit = 50) {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
