/**
 * Route guards: `require*` either returns what the page needs or a Response to
 * send instead (a redirect to sign in, or 403). Pages stay straight lines:
 * authenticate → authorize → validate → call the server → respond.
 */
import type { AstroGlobal } from 'astro';
import type { Viewer } from '#src/domain/permissions.ts';
import type { SessionPerson } from '#src/server/accounts/sessions.repository.ts';

type PageContext = Pick<AstroGlobal, 'locals' | 'url' | 'redirect' | 'rewrite'>;

/** The signed-in person, or a redirect to /signin that returns here afterwards. */
export function requirePerson(context: PageContext): SessionPerson | Response {
  const person = context.locals.person;
  if (person) return person;
  const next = context.url.pathname + context.url.search;
  return context.redirect(`/signin?next=${encodeURIComponent(next)}`, 303);
}

/**
 * The 404 page, also after a form has been read: Astro cannot rewrite a
 * request whose body it has consumed, so that case renders /404 for a fresh
 * GET with the same cookies.
 */
export function rewriteToNotFound(context: PageContext & Pick<AstroGlobal, 'request'>) {
  if (!context.request.bodyUsed) return context.rewrite('/404');
  return context.rewrite(
    new Request(new URL('/404', context.url), { headers: context.request.headers }),
  );
}

/** The signed-in person if `allowed(person)`; otherwise sign-in or a 403 page. */
export async function requireAllowed(
  context: PageContext,
  allowed: (viewer: Viewer) => boolean,
): Promise<SessionPerson | Response> {
  const person = requirePerson(context);
  if (person instanceof Response) return person;
  if (!allowed(person)) return context.rewrite('/403');
  return person;
}
