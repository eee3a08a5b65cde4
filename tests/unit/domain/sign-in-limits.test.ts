import { describe, expect, it } from 'vitest';
import {
  decideSignInRequest,
  LINKS_PER_ADDRESS_PER_HOUR,
  LINKS_PER_KNOWN_DEVICE_PER_HOUR,
  REQUESTS_PER_CLIENT_PER_HOUR,
  type SignInRequestCounts,
} from '#src/domain/sign-in-limits.ts';

const counts = (fields: Partial<SignInRequestCounts> = {}): SignInRequestCounts => ({
  forAddressFromUnknownDevices: 0,
  forAddressFromThisDevice: 0,
  fromClient: 0,
  ...fields,
});

describe('decideSignInRequest', () => {
  it.each([
    ['nothing asked yet', counts(), false, { allowed: true }],
    [
      'the fifth for an address from strangers',
      counts({ forAddressFromUnknownDevices: LINKS_PER_ADDRESS_PER_HOUR - 1 }),
      false,
      { allowed: true },
    ],
    [
      'the sixth for an address from strangers',
      counts({ forAddressFromUnknownDevices: LINKS_PER_ADDRESS_PER_HOUR }),
      false,
      { allowed: false, limit: 'address' },
    ],
    [
      'the owner’s own browser is not held up by strangers',
      counts({ forAddressFromUnknownDevices: 1000 }),
      true,
      { allowed: true },
    ],
    [
      'the owner’s own browser has its own five',
      counts({ forAddressFromThisDevice: LINKS_PER_KNOWN_DEVICE_PER_HOUR }),
      true,
      { allowed: false, limit: 'address' },
    ],
    ['twenty people on one computer', counts({ fromClient: 20 }), false, { allowed: true }],
    [
      'a network address past its hundred',
      counts({ fromClient: REQUESTS_PER_CLIENT_PER_HOUR }),
      false,
      { allowed: false, limit: 'client' },
    ],
    [
      'regression: the owner’s own browser is not held up by its network either',
      counts({ fromClient: REQUESTS_PER_CLIENT_PER_HOUR * 10 }),
      true,
      { allowed: true },
    ],
  ] as const)('%s', (_rule, given, knownDevice, expected) => {
    expect(decideSignInRequest(given, knownDevice)).toEqual(expected);
  });

  it('lets a group of 20 each ask several times from one computer', () => {
    expect(REQUESTS_PER_CLIENT_PER_HOUR).toBeGreaterThanOrEqual(20 * 3);
  });
});
