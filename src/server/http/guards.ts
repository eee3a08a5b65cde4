/**
 * What a page reads of its guards. Signing in and roles are decided by route
 * prefix in src/middleware.ts (`signed-in-areas.ts`) before the page runs, so
 * a page stays a straight line: `signedInPerson` → handle a form → load → render.
 */
import type { AstroGlobal } from 'astro';
import type { SessionPerson } from '#src/server/accounts/sessions.repository.ts';
import { signedInAreaOf } from './signed-in-areas.ts';

interface PageContext {
  readonly routePattern: AstroGlobal['routePattern'];
  readonly locals: Pick<App.Locals, 'person'>;
}

/**
 * The signed-in person on a page of a signed-in area (the middleware has sent
 * everyone else to sign in). On any other page it throws: that is a mistake in
 * the code (the page's prefix is missing from `SIGNED_IN_AREAS`), never
 * something a visitor did.
 */
export function signedInPerson(context: PageContext): SessionPerson {
  const person = context.locals.person;
  if (signedInAreaOf(context.routePattern) && person) return person;
  throw new Error(
    `${context.routePattern} asks for the signed-in person, but the middleware does not guard it: add its prefix to SIGNED_IN_AREAS.`,
  );
}

/**
 * The 404 page, also after a form has been read: Astro cannot rewrite a
 * request whose body it has consumed, so that case renders /404 for a fresh
 * GET with the same cookies.
 */
export function rewriteToNotFound(context: Pick<AstroGlobal, 'request' | 'rewrite' | 'url'>) {
  if (!context.request.bodyUsed) return context.rewrite('/404');
  return context.rewrite(
    new Request(new URL('/404', context.url), { headers: context.request.headers }),
  );
}
