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
import type { Translator } from '#src/i18n/translator.ts';

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
 * One recorded change in plain words, in `words`' language: for the person it
 * is about ("Alex, an admin, linked Donna as your parent or carer."), or, with
 * `about` (the young person's name), for their parent or carer ("… as Kayla’s
 * parent or carer."). `formatDay` turns a `YYYY-MM-DD` into words ("14 May 2011").
 */
export function describeAccountChange(
  change: AccountChange,
  formatDay: (day: string) => string,
  words: Translator,
  about?: string,
): string {
  const young = about ?? '';
  const actor =
    change.actorRole === 'facilitator'
      ? change.actorName === null
        ? about === undefined
          ? words.t('groups.change.aFacilitator')
          : words.t('groups.change.aFacilitatorOf', { young })
        : about === undefined
          ? words.t('groups.change.facilitator', { name: change.actorName })
          : words.t('groups.change.facilitatorOf', { name: change.actorName, young })
      : change.actorName === null
        ? words.t('groups.change.anAdmin')
        : words.t('groups.change.admin', { name: change.actorName });
  switch (change.kind) {
    case 'date_of_birth': {
      const notGiven = words.t('groups.change.notGiven');
      const from = change.previous === null ? notGiven : formatDay(change.previous);
      const to = change.next === null ? notGiven : formatDay(change.next);
      return about === undefined
        ? words.t('groups.change.dateOfBirth', { actor, from, to })
        : words.t('groups.change.dateOfBirthOf', { actor, from, to, young });
    }
    case 'guardian_linked':
    case 'guardian_unlinked': {
      const guardian = change.guardianName ?? words.t('groups.change.someone');
      const linked = change.kind === 'guardian_linked';
      if (about === undefined) {
        return words.t(linked ? 'groups.change.linked' : 'groups.change.unlinked', {
          actor,
          guardian,
        });
      }
      return words.t(linked ? 'groups.change.linkedOf' : 'groups.change.unlinkedOf', {
        actor,
        guardian,
        young,
      });
    }
  }
}
