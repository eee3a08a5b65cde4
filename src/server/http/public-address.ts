/**
 * The one address every link Heard writes points at: sign-in links,
 * invitations, requests, receipts, reminders, feeds and the sitemap.
 *
 * It is `HEARD_PUBLIC_URL` when set, otherwise the address this server was
 * started on. It never comes from a request's `Host`, `X-Forwarded-Host` or
 * `Origin`: those are whatever the sender typed, and a sign-in link built from
 * them hands the person's token to whoever forged them
 * (docs/decisions/010-public-address-and-sign-in-limits.md).
 */
import { StartupError } from '#src/server/platform/startup-error.ts';
import { processWide } from '#src/server/platform/process-wide.ts';

// The server (scripts/serve.ts, or a test's in-process app) records where it
// listens, once for the process (src/server/platform/process-wide.ts).
const listenAddress = processWide<string>('listenAddress');

/** The address this process's server listens on, once it does. */
export function listenOrigin(): string | undefined {
  return listenAddress.get();
}

/** Whether an origin's host is this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    return isLoopbackHostname(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/** Records the address this process's server listens on (`http://127.0.0.1:4321`). */
export function recordListenAddress(url: string): void {
  listenAddress.set(new URL(url).origin);
}

/**
 * Reads and checks `HEARD_PUBLIC_URL`: an http(s) address with nothing after the
 * host but an optional `/`. Throws StartupError with a plain sentence otherwise.
 */
export function readConfiguredPublicUrl(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const raw = env['HEARD_PUBLIC_URL']?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StartupError(
      `HEARD_PUBLIC_URL is not an address: write it like https://stories.example.org (it is "${raw}").`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new StartupError('HEARD_PUBLIC_URL must start with https:// (or http:// for a test).');
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new StartupError(
      'HEARD_PUBLIC_URL must be just the site address, like https://stories.example.org, with no path, query or password.',
    );
  }
  return url;
}

/**
 * The site's public origin, e.g. `https://stories.example.org`: `HEARD_PUBLIC_URL`,
 * else the address the server listens on, else where `npm start` would listen
 * (`HOST`/`PORT`, for jobs run from the command line).
 */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const configured = readConfiguredPublicUrl(env);
  if (configured) return configured.origin;
  const listening = listenOrigin();
  if (listening) return reachableOrigin(listening);
  const host = env['HOST']?.trim() || '127.0.0.1';
  const port = Number(env['PORT']) || 4321;
  return reachableOrigin(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
}

// A server bound to every address (0.0.0.0, ::) is reached as localhost at least.
function reachableOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = 'localhost';
  return url.origin;
}

/** An absolute link on the public site: `siteLink('/my/requests')`. */
export function siteLink(path: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`A site link must be a path on the site, not "${path}".`);
  }
  return `${publicOrigin(env)}${path}`;
}

function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether a request's `Host` names this site: the public address, this machine
 * by a loopback name (a proxy on the same machine, or the demo opened as
 * localhost), or the address the server listens on (a load balancer's checks).
 * Any other name is someone else's: answering it would let a page on another
 * site reach this one by rebinding its name to this address.
 */
export function isOwnHost(host: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  // A host name or address and an optional port, nothing else (no user, no path).
  if (!host || !/^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host)) return false;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  if (isLoopbackHostname(url.hostname)) return true;
  if (url.hostname === new URL(publicOrigin(env)).hostname) return true;
  const listening = listenOrigin();
  return listening !== undefined && url.hostname === new URL(listening).hostname;
}

/**
 * Whether an `Origin` is one of this site's own pages: the public address, or,
 * while the public address is this machine (the demo), this machine by any
 * loopback name on the same port.
 */
export function isOwnOrigin(origin: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const own = publicOrigin(env);
  if (origin === own) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const ownUrl = new URL(own);
  return (
    isLoopbackHostname(ownUrl.hostname) &&
    isLoopbackHostname(url.hostname) &&
    url.protocol === ownUrl.protocol &&
    url.port === ownUrl.port
  );
}

/** Whether the public site is served over HTTPS (secure cookies, HSTS). */
export function isPublicSiteHttps(env: NodeJS.ProcessEnv = process.env): boolean {
  return publicOrigin(env).startsWith('https:');
}
