/**
 * The network address a request came from, for limits. Behind a reverse proxy
 * every request arrives from the proxy, so the client's address is read from
 * `X-Forwarded-For`, but only as far as the proxies named in
 * `HEARD_TRUSTED_PROXIES` vouch for it: anyone can send that header, and
 * believing it from anywhere else would let them pick whose limit they use.
 */
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';
import { StartupError } from '#src/server/platform/startup-error.ts';

type Trust = (address: string, hop: number) => boolean;

const trustByConfig = new Map<string, Trust>();

/**
 * Reads `HEARD_TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges, or
 * the names `loopback`, `linklocal` and `uniquelocal`. Empty trusts no proxy.
 */
export function readTrustedProxies(env: NodeJS.ProcessEnv = process.env): Trust {
  const raw = env['HEARD_TRUSTED_PROXIES']?.trim() ?? '';
  let trust = trustByConfig.get(raw);
  if (trust) return trust;
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    trust = proxyAddr.compile(entries);
  } catch (error) {
    throw new StartupError(
      `HEARD_TRUSTED_PROXIES must list addresses or ranges like 10.0.0.0/8, separated by commas: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  trustByConfig.set(raw, trust);
  return trust;
}

/**
 * The network a client address belongs to, for limits: an IPv4 address as it
 * is, an IPv6 address as its /64 (one home or office has all of those, and can
 * use a new one for every request), an IPv4-mapped IPv6 address as its IPv4.
 */
export function clientNetworkOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}

/**
 * The client's address: the connection's own address, or, when that is a
 * trusted proxy, the nearest address in `X-Forwarded-For` that is not.
 */
export function clientAddressOf(
  headers: Headers,
  socketAddress: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const forwardedFor = headers.get('x-forwarded-for');
  // proxy-addr reads the shape of a Node request; this is all it looks at.
  const request = {
    headers: forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor },
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
  };
  return proxyAddr(request as unknown as Parameters<typeof proxyAddr>[0], readTrustedProxies(env));
}
