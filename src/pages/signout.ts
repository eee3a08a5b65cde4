/**
 * Sign out: this browser, or (with `everywhere=1`) every browser at once by
 * deleting all of the person's sessions.
 */
import type { APIRoute } from 'astro';
import { clearSessionCookie, readSessionToken } from '#src/server/accounts/auth.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import {
  deleteSessionByToken,
  deleteSessionsForPerson,
} from '#src/server/accounts/sessions.repository.ts';

export const POST: APIRoute = async ({ request, cookies, locals, redirect }) => {
  const form = await request.formData().catch(() => undefined);
  const everywhere = form?.get('everywhere') === '1';
  const { db } = await getDatabase();
  const token = readSessionToken(cookies);
  if (everywhere && locals.person) {
    await deleteSessionsForPerson(db, locals.person.id);
  } else if (token) {
    await deleteSessionByToken(db, token);
  }
  clearSessionCookie(cookies);
  return redirect(everywhere ? '/signin?signed-out=everywhere' : '/signin?signed-out=1', 303);
};
