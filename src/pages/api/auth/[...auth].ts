/**
 * Auth.js, mounted as an Astro endpoint, for one thing only: the link in a
 * sign-in email (`GET /api/auth/callback/nodemailer`). Every other Auth.js
 * route answers 404 from outside: links are asked for through `/signin`, which
 * applies the limits and answers members and strangers alike
 * (docs/decisions/010-public-address-and-sign-in-limits.md).
 */
import type { APIRoute } from 'astro';
import { handleAuthRequest, sessionCookieName } from '#src/server/accounts/auth.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { isPublicSiteHttps } from '#src/server/http/public-address.ts';
import {
  deviceCookieName,
  newDeviceId,
  rememberSignInDevice,
} from '#src/server/accounts/sign-in.ts';
import {
  firstSignInOf,
  startInAskedLanguage,
  withoutAskedIn,
} from '#src/server/accounts/sign-in-language.ts';

const CALLBACK_PATH = '/api/auth/callback/nodemailer';
const DEVICE_COOKIE_DAYS = 365;

export const GET: APIRoute = async ({ request, url, cookies, rewrite }) => {
  if (url.pathname !== CALLBACK_PATH) return rewrite('/404');
  const { db } = await getDatabase();
  // Read before the link is used: opening it is what makes this a returning person.
  const first = await firstSignInOf(db, url);
  const response = await handleAuthRequest(request);
  const signedIn = response.headers
    .getSetCookie()
    .some((cookie) => cookie.startsWith(`${sessionCookieName()}=`) && !/=;/.test(cookie));
  const email = url.searchParams.get('email');
  if (signedIn && email) {
    // This browser now counts as the person's own for the sign-in limits.
    const deviceId = cookies.get(deviceCookieName())?.value ?? newDeviceId();
    await rememberSignInDevice(db, { email, deviceId, now: new Date() });
    cookies.set(deviceCookieName(), deviceId, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: isPublicSiteHttps(),
      maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
    });
    // Someone new who asked from a page in Welsh starts in Welsh.
    if (first) await startInAskedLanguage(db, first);
  }
  return landingWithoutMark(response, url);
};

/** Auth.js's redirect after the link, to the return address without its language mark. */
function landingWithoutMark(response: Response, url: URL): Response {
  const location = response.headers.get('location');
  if (!location) return response;
  const headers = new Headers(response.headers);
  headers.set('location', withoutAskedIn(location, url));
  return new Response(response.body, { status: response.status, headers });
}

export const ALL: APIRoute = ({ rewrite }) => rewrite('/404');
