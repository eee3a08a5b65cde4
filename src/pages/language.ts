/**
 * Switching language. A reader follows a plain link (no JavaScript):
 * `GET /language?to=cy&next=/stories/x` remembers their choice in a cookie and
 * sends them to that page's address in the language. A signed-in person's
 * switch is a form (`POST`, so no other site can change it for them): it also
 * saves the language on their account, which every email and receipt follows.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { setPersonLanguage } from '#src/server/accounts/profile.ts';
import {
  LANGUAGE_COOKIE,
  LANGUAGE_COOKIE_MAX_AGE_S,
  localReturnPath,
} from '#src/server/http/language.ts';
import { isLanguage, pathInLanguage, splitLanguagePrefix } from '#src/i18n/languages.ts';
import type { AstroCookies } from 'astro';

export const GET: APIRoute = ({ url, cookies, locals }) =>
  switchTo(url.searchParams.get('to'), url.searchParams.get('next'), cookies, locals);

export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const form = await request.formData().catch(() => undefined);
  const to = form?.get('to');
  const next = form?.get('next');
  const language = typeof to === 'string' && isLanguage(to) ? to : undefined;
  if (language && locals.person) {
    const { db } = await getDatabase();
    await setPersonLanguage(db, locals.person.id, language);
  }
  return switchTo(
    typeof to === 'string' ? to : null,
    typeof next === 'string' ? next : null,
    cookies,
    locals,
    // Signed in, the account's language now decides every plain address.
    locals.person !== undefined,
  );
};

function switchTo(
  to: string | null,
  next: string | null,
  cookies: AstroCookies,
  locals: App.Locals,
  plainAddress = false,
): Response {
  if (!isLanguage(to)) {
    return new Response(locals.i18n.t('common.language.unknown'), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  cookies.set(LANGUAGE_COOKIE, to, {
    path: '/',
    maxAge: LANGUAGE_COOKIE_MAX_AGE_S,
    sameSite: 'lax',
    httpOnly: true,
  });
  const { path } = splitLanguagePrefix(localReturnPath(next));
  return new Response(null, {
    status: 303,
    headers: {
      Location: plainAddress ? path : pathInLanguage(to, path),
      'Cache-Control': 'no-store',
    },
  });
}
