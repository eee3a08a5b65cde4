/**
 * How many sign-in links may be asked for, and from where
 * (docs/decisions/010-public-address-and-sign-in-limits.md).
 *
 * Two things must hold at once: a group signing in together on the charity's
 * one computer (or behind one proxy) must all get their links, and nobody who
 * knows someone's address can flood their inbox or keep them out. So the limit
 * on one address is counted separately for each browser that has signed in as
 * that person before: requests from anywhere else share one small allowance,
 * and can never use up the person's own.
 */

/** Links one address can be sent in an hour from browsers that never signed in as them. */
export const LINKS_PER_ADDRESS_PER_HOUR = 5;

/** Links one address can be sent in an hour from one browser that signed in as them before. */
export const LINKS_PER_KNOWN_DEVICE_PER_HOUR = 5;

/**
 * Requests one network address may make in an hour, for any addresses, from
 * browsers not known to the person: enough for a group of 20 signing in on one
 * computer, each asking a few times. An IPv6 network counts as one address
 * (its /64), since anyone there can pick among billions.
 */
export const REQUESTS_PER_CLIENT_PER_HOUR = 100;

/** What has been asked for in the last hour. */
export interface SignInRequestCounts {
  /** Requests for this email address from browsers not known to be the person's. */
  readonly forAddressFromUnknownDevices: number;
  /** Requests for this email address from this browser (0 when it is not known). */
  readonly forAddressFromThisDevice: number;
  /** Requests from this network address, for any email address. */
  readonly fromClient: number;
}

/** Whether a request for a link may go ahead, or which limit it reached. */
export type SignInRequestDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly limit: 'address' | 'client' };

/**
 * Decides one request for a sign-in link. `knownDevice` is true when this
 * browser signed in as the owner of the email address before.
 */
export function decideSignInRequest(
  counts: SignInRequestCounts,
  knownDevice: boolean,
): SignInRequestDecision {
  // A browser the person has signed in on has its own allowance, which nobody
  // else on the same network (a school, a charity's connection) can use up.
  if (knownDevice) {
    return counts.forAddressFromThisDevice >= LINKS_PER_KNOWN_DEVICE_PER_HOUR
      ? { allowed: false, limit: 'address' }
      : { allowed: true };
  }
  if (counts.fromClient >= REQUESTS_PER_CLIENT_PER_HOUR) return { allowed: false, limit: 'client' };
  return counts.forAddressFromUnknownDevices >= LINKS_PER_ADDRESS_PER_HOUR
    ? { allowed: false, limit: 'address' }
    : { allowed: true };
}
