/**
 * The built app served inside the test process, so a test can point it at the
 * database it made (PGlite or PostgreSQL) and make sessions directly. It is
 * served by `createHeardServer`, as `npm start` serves it, so the tests go
 * through the same fast path for public story pages.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Role } from '#src/domain/roles.ts';
import type { Db } from '#src/server/platform/db.ts';
import {
  createHeardServer,
  type AstroEntry,
  type HeardServerOptions,
} from '#src/server/http/server.ts';
import { recordListenAddress } from '#src/server/http/public-address.ts';
import { makePerson } from './fixtures.ts';

/** A running in-process app. */
export interface InProcessApp {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built app on a free port in this process: on loopback, or on
 * `listenHost` (e.g. every address, `0.0.0.0`); it is always reached on loopback.
 */
export async function startInProcessApp(
  options: HeardServerOptions & { readonly listenHost?: string } = {},
): Promise<InProcessApp> {
  const listenHost = options.listenHost ?? '127.0.0.1';
  const entryPath = resolve('dist/server/entry.mjs');
  if (!existsSync(entryPath)) {
    throw new Error('These tests need the built app: run `npm run build` first (npm test does).');
  }
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  process.env['ASTRO_NODE_LOGGING'] = 'disabled';
  process.env['HOST'] = '127.0.0.1';
  process.env['PORT'] = '0';
  const entry = (await import(/* @vite-ignore */ pathToFileURL(entryPath).href)) as AstroEntry;
  const server = createHeardServer(entry, options);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, listenHost, () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The app did not get a port.');
  recordListenAddress(`http://${listenHost}:${address.port}`);
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/** A new live session for an existing person; returns the cookie to send. */
export async function sessionCookieFor(db: Db, personId: string): Promise<string> {
  const token = randomBytes(32).toString('hex');
  await db
    .insertInto('Session')
    .values({ userId: personId, sessionToken: token, expires: new Date(Date.now() + 86_400_000) })
    .execute();
  return `authjs.session-token=${token}`;
}

/** Creates a person with these roles and a live session; returns the cookie to send. */
export async function signedInCookie(
  db: Db,
  roles: Role[],
  name = 'Test Person',
): Promise<{ personId: string; cookie: string }> {
  const personId = await makePerson(db, { name, roles });
  const token = randomBytes(32).toString('hex');
  await db
    .insertInto('Session')
    .values({ userId: personId, sessionToken: token, expires: new Date(Date.now() + 86_400_000) })
    .execute();
  return { personId, cookie: `authjs.session-token=${token}` };
}
