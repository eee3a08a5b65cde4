/**
 * Who may do what. Pure predicates: the pages and server functions call these and
 * never decide access themselves (nothing is shown to anyone the contributor has
 * not chosen; admins and staff cannot read unshared drafts).
 */
import type { Role } from './roles.ts';

/** The person asking, as the rules need them. */
export interface Viewer {
  readonly id: string;
  readonly roles: readonly Role[];
}

/** Who has a hand in a story: its authors and the helpers they shared it with. */
export interface StoryAccess {
  readonly authorIds: readonly string[];
  readonly helpers: readonly { readonly personId: string; readonly access: 'read' | 'edit' }[];
}

/** True when the person holds the role. */
export function hasRole(viewer: Viewer | undefined, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/** True when the person is one of the story's authors. */
export function isAuthor(viewer: Viewer | undefined, story: StoryAccess): boolean {
  return viewer !== undefined && story.authorIds.includes(viewer.id);
}

/**
 * Only authors and the helpers they chose may read a draft. No role grants it:
 * not admin, not comms, not facilitator.
 */
export function canReadDraft(viewer: Viewer | undefined, story: StoryAccess): boolean {
  if (!viewer) return false;
  return isAuthor(viewer, story) || story.helpers.some((helper) => helper.personId === viewer.id);
}

/** Authors, and helpers given edit access, may change the text. */
export function canEditStory(viewer: Viewer | undefined, story: StoryAccess): boolean {
  if (!viewer) return false;
  return (
    isAuthor(viewer, story) ||
    story.helpers.some((helper) => helper.personId === viewer.id && helper.access === 'edit')
  );
}

/** Comms staff may ask contributors for permission to feature a story. */
export function canRequestFeature(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, 'comms');
}

/** Staff pages (stories open to requests, takedowns, fairness) are for comms and admins. */
export function canUseStaffPages(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, 'comms') || hasRole(viewer, 'admin');
}

/** Admins invite people, assign roles and run groups. */
export function canAdminister(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, 'admin');
}

/**
 * A safe place to send someone after signing in: a path on this site only, never
 * another origin (an open redirect would let a phishing link borrow our name).
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//')) return '/my';
  // Backslashes and control characters can make a browser read a path as a host.
  if ([...candidate].some((char) => char === '\\' || char.charCodeAt(0) < 0x20)) return '/my';
  return candidate;
}
