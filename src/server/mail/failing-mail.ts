/**
 * The admin's view of email that keeps failing (/admin/mail): what is stuck,
 * why the mail server refused it, and a way to start the tries again once the
 * cause is fixed.
 */
import { canAdminister, type Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { refusal } from '#src/server/http/refusal.ts';
import { isUuid } from '#src/domain/ids.ts';
import { listFailingMail, retryGivenUpMail } from '#src/server/platform/mail-queue.repository.ts';
import { KEEPS_FAILING_AFTER } from './delivery.ts';

/** One email that keeps failing, as the page shows it. */
export interface FailingMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly tries: number;
  readonly lastError: string;
  readonly since: Date;
  readonly lastTry: Date | null;
  /** When the next try starts, or null when the tries have stopped. */
  readonly nextTry: Date | null;
}

/** Emails that failed at least a few times, for admins; undefined for anyone else. */
export async function loadFailingMail(
  db: Db,
  viewer: Viewer,
): Promise<readonly FailingMail[] | undefined> {
  if (!canAdminister(viewer)) return undefined;
  const rows = await listFailingMail(db, KEEPS_FAILING_AFTER);
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    tries: row.attempts,
    lastError: row.last_error ?? '',
    since: row.created_at,
    lastTry: row.last_attempt_at,
    nextTry: row.given_up_at ? null : row.next_attempt_at,
  }));
}

/** "Try again now" on an email whose tries stopped. */
export async function retryFailingMail(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 403 | 400; readonly message: string }
> {
  if (!canAdminister(viewer)) return refusal(403, 'admin.onlyAdmins');
  const id = textField(form, 'id');
  if (!isUuid(id) || !(await retryGivenUpMail(db, id, now))) {
    return refusal(400, 'admin.mail.notWaiting');
  }
  return { ok: true };
}
