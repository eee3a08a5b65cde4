/**
 * Sign out: this browser, or (with `everywhere=1`) every browser at once by
 * deleting all of the person's sessions.
 */
import type { APIRoute } from 'astro';
import { clearSessionCookie, readSessionToken } from '#src/server/accounts/auth.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { signOut } from '#src/server/accounts/sessions.ts';
import { pathInLanguage } from '#src/i18n/languages.ts';

export const POST: APIRoute = async ({ request, cookies, locals, redirect }) => {
  const form = await request.formData().catch(() => undefined);
  const everywhere = form?.get('everywhere') === '1';
  const { db } = await getDatabase();
  const token = readSessionToken(cookies);
  await signOut(db, { token, person: locals.person, everywhere });
  clearSessionCookie(cookies);
  // Signed out, they keep reading in the language they were reading in.
  const signedOut = everywhere ? '/signin?signed-out=everywhere' : '/signin?signed-out=1';
  return redirect(pathInLanguage(locals.language, signedOut), 303);
};
