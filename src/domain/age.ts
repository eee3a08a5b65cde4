/**
 * Age rules for the guardian requirement (a young person under 18 shares beyond
 * their group only with a guardian's co-consent). Pure: the moment to judge is
 * always passed in.
 */

/** The age of majority for consent in Heard (UK: 18). */
export const AGE_OF_MAJORITY = 18;

/** Whole years between a date of birth and a moment, counted on UTC calendar dates. */
export function ageOn(dateOfBirth: Date, on: Date): number {
  const years = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const monthDiff = on.getUTCMonth() - dateOfBirth.getUTCMonth();
  // Compare month and day rather than adding years to the birth date: a 29 Feb
  // birthday then falls on 1 Mar in non-leap years (28 Feb < 29 Feb, 1 Mar > Feb),
  // the usual legal reading in England and Wales.
  const birthdayReached =
    monthDiff > 0 || (monthDiff === 0 && on.getUTCDate() >= dateOfBirth.getUTCDate());
  return birthdayReached ? years : years - 1;
}

/** Whether a person is under 18 on the given date. */
export function isMinorOn(
  author: { readonly dateOfBirth: Date | null; readonly guardianIds: readonly string[] },
  on: Date,
): boolean {
  if (author.dateOfBirth === null) {
    // Unknown age: someone with a linked guardian is treated as a minor so their
    // guardian's co-consent is still asked for (when in doubt, ask). Without a
    // guardian link there is nobody to ask, and date of birth is optional, so adults
    // are not blocked.
    return author.guardianIds.length > 0;
  }
  return ageOn(author.dateOfBirth, on) < AGE_OF_MAJORITY;
}
