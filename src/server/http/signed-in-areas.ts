/**
 * Which routes are for signed-in people only, decided once by route prefix in
 * src/middleware.ts, so no page can forget it: a signed-out visitor is sent to
 * sign in (and back afterwards), and a signed-in person whose role the area is
 * not for gets the 403 page, before the page's own code runs.
 *
 * Routes are matched by their pattern (`/my/stories/[id]`), not the address, so
 * an address that matches no route still gets the 404 page, whoever asks.
 */
import type { Viewer } from '#src/domain/permissions.ts';
import { canAdminister, canRequestFeature, canUseStaffPages } from '#src/domain/permissions.ts';
import { canUseServicePages } from '#src/domain/being-heard.ts';

/** Routes under `prefix` need a signed-in person, and `allowed(person)` when given. */
export interface SignedInArea {
  readonly prefix: string;
  readonly allowed?: (viewer: Viewer) => boolean;
}

/** The areas; where two prefixes match, the longer one decides. */
export const SIGNED_IN_AREAS: readonly SignedInArea[] = [
  { prefix: '/my' },
  { prefix: '/write' },
  { prefix: '/groups' },
  { prefix: '/staff', allowed: canUseStaffPages },
  // Admins see the staff pages, but only comms ask to use a story.
  { prefix: '/staff/requests/new', allowed: canRequestFeature },
  { prefix: '/admin', allowed: canAdminister },
  { prefix: '/services', allowed: canUseServicePages },
];

/**
 * Endpoints inside the areas that answer a signed-out visitor themselves: a
 * receipt's JSON answers 404, like any receipt that is not theirs; the
 * downloads send them to sign in in their own way.
 */
export const ANSWERING_FOR_THEMSELVES: ReadonlySet<string> = new Set([
  '/my/consents/[id].json',
  '/my/account/export',
  '/groups/[id]/book/pdf',
  '/groups/[id]/scripts.zip',
]);

/** The area a route (its pattern) is in, if it is one the middleware guards. */
export function signedInAreaOf(route: string): SignedInArea | undefined {
  if (ANSWERING_FOR_THEMSELVES.has(route)) return undefined;
  let found: SignedInArea | undefined;
  for (const area of SIGNED_IN_AREAS) {
    const inside = route === area.prefix || route.startsWith(`${area.prefix}/`);
    if (inside && area.prefix.length > (found?.prefix.length ?? -1)) found = area;
  }
  return found;
}

/** What the middleware does with a request before its route runs. */
export type AreaGuard =
  | { readonly kind: 'pass' }
  | { readonly kind: 'sign-in'; readonly location: string }
  | { readonly kind: 'not-for-this-role' };

/**
 * Pass, sign in first (303 to `/signin?next=<path and query>`, so the person
 * comes back to exactly where they were going), or the 403 page.
 */
export function guardRoute(route: string, url: URL, person: Viewer | undefined): AreaGuard {
  const area = signedInAreaOf(route);
  if (!area) return { kind: 'pass' };
  if (!person) {
    return {
      kind: 'sign-in',
      location: `/signin?next=${encodeURIComponent(url.pathname + url.search)}`,
    };
  }
  if (area.allowed && !area.allowed(person)) return { kind: 'not-for-this-role' };
  return { kind: 'pass' };
}
