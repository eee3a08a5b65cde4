/**
 * Safeguarding young people: who may be a guardian, who may change a date of
 * birth, and the plain words for each recorded change. A guardian reads and
 * approves a young person's writing before anyone else sees it, and age decides
 * whether a guardian is asked at all, so both are facts only an authorised
 * adult changes, every change recorded and told to the people it affects.
 * Pure: no I/O; the clock comes in as an argument.
 */
import { isMinorOn } from './age.ts';
import type { Role } from './roles.ts';

/** Roles that work for the organisation: never anyone's guardian. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'comms', 'facilitator', 'service_lead'];

/** Whether someone holding these roles is staff. */
export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}

/** The staff roles among these, for telling an admin why a link was refused. */
export function staffRolesOf(roles: readonly Role[]): Role[] {
  return roles.filter((role) => STAFF_ROLES.includes(role));
}

/** What the rules need to know about a young person (or anyone). */
export interface AgeFacts {
  readonly dateOfBirth: Date | null;
  readonly guardianIds: readonly string[];
}

/**
 * Whether a person may change their own date of birth: not while they are
 * under 18 or have a guardian linked, or a young person could make themselves
 * an adult and skip their parent or carer.
 */
export function mayChangeOwnDateOfBirth(person: AgeFacts, now: Date): boolean {
  return person.guardianIds.length === 0 && !isMinorOn(person, now);
}

/**
 * Whether someone may be a young person's guardian: an adult who works for
 * nobody here and has no guardian of their own. A young person is never
 * another's guardian (they would read and approve each other's work).
 */
export function mayBeGuardian(
  person: { readonly roles: readonly Role[] } & AgeFacts,
  now: Date,
): boolean {
  return !isStaff(person.roles) && person.guardianIds.length === 0 && !isMinorOn(person, now);
}

/** Why a guardian link is refused, or null when it may be made. */
export function checkGuardianLink(
  input: {
    readonly guardianId: string;
    readonly guardian: { readonly roles: readonly Role[] } & AgeFacts;
    readonly youngPersonId: string;
    readonly existingGuardianIds: readonly string[];
  },
  now: Date,
): 'self' | 'staff' | 'young' | 'already-linked' | null {
  if (input.guardianId === input.youngPersonId) return 'self';
  if (isStaff(input.guardian.roles)) return 'staff';
  if (!mayBeGuardian(input.guardian, now)) return 'young';
  if (input.existingGuardianIds.includes(input.guardianId)) return 'already-linked';
  return null;
}

/** A recorded change to someone's safeguarding facts, as shown to them. */
export type AccountChange =
  | {
      readonly kind: 'date_of_birth';
      readonly at: Date;
      readonly actorName: string | null;
      /** Whether whoever made it was an admin or the young person's group's facilitator. */
      readonly actorRole?: 'admin' | 'facilitator';
      readonly previous: string | null;
      readonly next: string | null;
    }
  | {
      readonly kind: 'guardian_linked' | 'guardian_unlinked';
      readonly at: Date;
      readonly actorName: string | null;
      readonly actorRole?: 'admin' | 'facilitator';
      readonly guardianName: string | null;
    };

/**
 * One recorded change in plain words, for the person it is about:
 * "Alex, an admin, linked Donna as your parent or carer."
 * `formatDay` turns a `YYYY-MM-DD` into words ("14 May 2011").
 */
export function describeAccountChange(
  change: AccountChange,
  formatDay: (day: string) => string,
): string {
  const role = change.actorRole === 'facilitator' ? 'your group’s facilitator' : 'an admin';
  const actor =
    change.actorName === null
      ? role.charAt(0).toUpperCase() + role.slice(1)
      : `${change.actorName}, ${role},`;
  switch (change.kind) {
    case 'date_of_birth': {
      const from = change.previous === null ? 'not given' : formatDay(change.previous);
      const to = change.next === null ? 'not given' : formatDay(change.next);
      return `${actor} changed your date of birth from ${from} to ${to}.`;
    }
    case 'guardian_linked':
      return `${actor} linked ${change.guardianName ?? 'someone'} as your parent or carer.`;
    case 'guardian_unlinked':
      return `${actor} took ${change.guardianName ?? 'someone'} off as your parent or carer.`;
  }
}
