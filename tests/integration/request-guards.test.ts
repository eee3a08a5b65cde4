/**
 * What every request passes before a page sees it: security headers on every
 * response (static files too, HSTS over HTTPS), cross-site posts refused
 * whatever their type, and bodies bounded in size and time before they are read.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { recordListenAddress } from '#src/server/http/public-address.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory, waitForSignInToken } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let slowApp: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-guards-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  // The same app with a short wait for bodies, so a slow one is seen in a test.
  slowApp = await startInProcessApp({ bodyTimeoutMs: 500 });
  // Started last, so its address is the one this process serves (its public address).
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  await slowApp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const base = () => app?.url ?? '';

/** Sends a raw request, optionally writing the body slowly or without a length. */
function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string | number>;
    chunks?: readonly Buffer[];
    gapMs?: number;
  },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(parts).toString(),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', () => undefined);
    const chunks = [...(options.chunks ?? [])];
    const next = (): void => {
      const chunk = chunks.shift();
      if (chunk === undefined) {
        req.end();
        return;
      }
      if (!req.write(chunk)) req.once('drain', () => setTimeout(next, options.gapMs ?? 0));
      else setTimeout(next, options.gapMs ?? 0);
    };
    next();
  });
}

describeEachDatabase('request guards', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('regression: static files carry the same security headers as pages', async () => {
    use();
    const asset = readdirSync(join('dist', 'client', '_astro')).find((name) =>
      name.endsWith('.js'),
    );
    for (const path of ['/favicon.svg', `/_astro/${asset ?? ''}`, '/']) {
      const response = await fetch(`${base()}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toContain(
        "frame-ancestors 'none'",
      );
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('regression: with an https public address, cookies are __Secure- and every response has HSTS', async () => {
    use();
    vi.stubEnv('HEARD_PUBLIC_URL', 'https://stories.example.org');
    for (const path of ['/favicon.svg', '/', '/signin', '/no-such-page']) {
      const response = await fetch(`${base()}${path}`);
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
    }
    const personId = await makePerson(db(), { name: 'Secure Person' });
    const { email } = await db()
      .selectFrom('User')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    // Behind the proxy the browser is on the public address.
    await fetch(`${base()}/signin`, {
      method: 'POST',
      headers: { origin: 'https://stories.example.org', 'x-forwarded-proto': 'https' },
      body: new URLSearchParams({ email }),
    });
    await expect.poll(async () => (await listOutboxMail(db())).length).toBe(1);
    await waitForSignInToken(db(), email);
    const [mail] = await listOutboxMail(db());
    const link = /https:\/\/stories\.example\.org(\/api\/auth\/callback\/\S+)/.exec(
      mail?.text_body ?? '',
    );
    expect(link?.[1]).toBeDefined();
    // The proxy in front hands the request on over plain HTTP, as proxies do.
    const callback = await fetch(`${base()}${link?.[1] ?? ''}`, { redirect: 'manual' });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toMatch(/^https:\/\/stories\.example\.org\//);
    const cookies = callback.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('__Secure-authjs.session-token='));
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/HttpOnly/i);
    expect(cookies.some((cookie) => /^__Host-heard-device=.*; Secure/i.test(cookie))).toBe(true);
    expect(cookies.some((cookie) => cookie.startsWith('authjs.session-token='))).toBe(false);
    // The __Secure- cookie is the session; the plain name is not accepted over HTTPS.
    const token = /=([^;]+)/.exec(session ?? '')?.[1] ?? '';
    const signedIn = await fetch(`${base()}/my`, {
      headers: { cookie: `__Secure-authjs.session-token=${token}` },
      redirect: 'manual',
    });
    expect(signedIn.status).toBe(200);
    const plain = await fetch(`${base()}/my`, {
      headers: { cookie: `authjs.session-token=${token}` },
      redirect: 'manual',
    });
    expect(plain.status).toBe(303);
  });

  it('regression: a cross-site post is refused (403) whatever its content type, and changes nothing', async () => {
    use();
    const author = await makePerson(db(), {
      name: 'Ann Smith',
      roles: ['admin', 'comms', 'facilitator'],
    });
    const story = await makeStory(db(), [author], { title: 'Untouched' });
    const group = await insertGroup(db(), { slug: 'g', name: 'G' });
    await addGroupMember(db(), group, author, 'facilitator');
    const cookie = await sessionCookieFor(db(), author);
    const handlers = [
      `/api/stories/${story.id}/revisions`,
      `/api/stories/${story.id}/media`,
      '/my/account/delete',
      '/my/account/stop-sharing',
      '/my/account',
      '/my',
      '/write',
      `/my/stories/${story.id}`,
      `/my/stories/${story.id}/sharing`,
      `/my/stories/${story.id}/people`,
      '/my/requests',
      '/my/approvals',
      `/groups/${group}`,
      '/admin/people',
      '/admin/groups',
      '/admin/settings',
      '/staff/takedowns',
      '/signout',
      '/signin',
    ];
    const attempts: Array<Record<string, string>> = [
      { origin: 'https://evil.example', 'content-type': 'application/json' },
      { origin: 'https://evil.example', 'content-type': 'text/plain' },
      { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
      // No Origin and no Fetch Metadata: not a page of ours.
      { 'content-type': 'application/json' },
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    ];
    const wrong: string[] = [];
    for (const path of handlers) {
      for (const headers of attempts) {
        const response = await fetch(`${base()}${path}`, {
          method: 'POST',
          headers: { cookie, ...headers },
          body: JSON.stringify({
            title: 'Changed',
            intent: 'delete',
            confirm: 'delete-my-account',
          }),
          redirect: 'manual',
        });
        await response.arrayBuffer();
        if (response.status !== 403)
          wrong.push(`${path} ${JSON.stringify(headers)}: ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await fetch(`${base()}/my`, { headers: { cookie }, redirect: 'manual' })).status).toBe(
      200,
    );
    const kept = await db()
      .selectFrom('stories')
      .select(['title', 'latest_revision'])
      .where('id', '=', story.id)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ title: 'Untouched', latest_revision: 1 });
    // Our own pages still work.
    const own = await fetch(`${base()}/my/account`, {
      method: 'POST',
      headers: { cookie, origin: base(), 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ displayName: 'Ann Smith' }),
      redirect: 'manual',
    });
    expect(own.status).toBe(303);
  });

  it('regression: a form body over 1 MB is refused with 413 before it is read', async () => {
    use();
    const declared = await rawRequest(`${base()}/signin`, {
      headers: {
        origin: base(),
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': 300 * 1024 * 1024,
      },
      // Only a little is ever sent: the answer must not wait for the rest.
      chunks: [Buffer.from('email=')],
    });
    expect(declared.status).toBe(413);
    expect(declared.body).toContain('the limit is 1 MB');
    // Chunked: counted as it streams, stopped at the limit.
    const chunked = await rawRequest(`${base()}/signin`, {
      headers: {
        origin: base(),
        'content-type': 'application/x-www-form-urlencoded',
        'transfer-encoding': 'chunked',
      },
      chunks: Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 'a')),
    });
    expect(chunked.status).toBe(413);
    // Under the limit, a form goes through as ever.
    const fine = await rawRequest(`${base()}/signin`, {
      headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' },
      chunks: [Buffer.from(`email=someone%40example.test&pad=${'a'.repeat(900 * 1024)}`)],
    });
    expect(fine.status).toBe(303);
    // The editor's APIs keep their own limits, and answer in JSON.
    const writer = await makePerson(db(), { name: 'Wren Writer' });
    const save = await rawRequest(
      `${base()}/api/stories/00000000-0000-4000-8000-000000000000/revisions`,
      {
        headers: {
          origin: base(),
          cookie: await sessionCookieFor(db(), writer),
          'content-type': 'application/json',
          'content-length': 3 * 1024 * 1024,
        },
        chunks: [Buffer.from('{')],
      },
    );
    expect(save.status).toBe(413);
    expect(JSON.parse(save.body)).toEqual({
      message: expect.stringContaining('the limit is 2 MB') as unknown,
    });
  });

  it('regression: the demo outbox exists only on a server reachable from this machine alone', async () => {
    use();
    expect((await fetch(`${base()}/dev/outbox`)).status).toBe(200);
    const everywhere = await startInProcessApp({ listenHost: '0.0.0.0' });
    try {
      const outbox = await fetch(`${everywhere.url}/dev/outbox`);
      expect(outbox.status).toBe(404);
      expect(await outbox.text()).not.toContain('api/auth/callback');
      const checkEmail = await (await fetch(`${everywhere.url}/signin/check-email`)).text();
      expect(checkEmail).not.toContain('/dev/outbox');
      // Said outright, the demo keeps it.
      vi.stubEnv('HEARD_DEMO', '1');
      expect((await fetch(`${everywhere.url}/dev/outbox`)).status).toBe(200);
      vi.stubEnv('HEARD_DEMO', '');
      // Nor behind a proxy on this machine with a public address.
      vi.stubEnv('HEARD_PUBLIC_URL', 'https://stories.example.org');
      expect((await fetch(`${base()}/dev/outbox`)).status).toBe(404);
    } finally {
      await everywhere.stop();
      recordListenAddress(base());
    }
  });

  it('regression: a name rebound to this address gets 400, and never the outbox', async () => {
    use();
    for (const path of ['/', '/dev/outbox', '/signin']) {
      const response = await rawRequest(`${base()}${path}`, {
        method: 'GET',
        headers: { host: `evil.example:${new URL(base()).port}` },
      });
      expect(response.status, path).toBe(400);
      expect(response.body).not.toContain('callback');
    }
    // Origin equal to such a Host is not our own page either.
    const forged = await fetch(`${base()}/signin`, {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
      body: new URLSearchParams({ email: 'someone@example.test' }),
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    // A Host that is not a host at all is refused too (it was a 500).
    expect(
      (await rawRequest(`${base()}/`, { method: 'GET', headers: { host: 'a@b' } })).status,
    ).toBe(400);
    // Through a proxy on this machine (it forwards), the outbox is not served.
    const proxied = await fetch(`${base()}/dev/outbox`, {
      headers: { 'x-forwarded-for': '203.0.113.5' },
    });
    expect(proxied.status).toBe(404);
  });

  it('regression: a session cookie with a NUL in it is no session, not a 500', async () => {
    use();
    for (const path of ['/', '/my', '/signin']) {
      const response = await fetch(`${base()}${path}`, {
        headers: { cookie: 'authjs.session-token=%00' },
        redirect: 'manual',
      });
      expect(response.status, path).toBeLessThan(500);
    }
  });

  it('regression: nobody signed out can make the server hold a 20 MB body', async () => {
    use();
    const response = await rawRequest(`${base()}/api/stories/anything/media`, {
      headers: {
        origin: base(),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': 20 * 1024 * 1024,
      },
      chunks: [Buffer.alloc(1024)],
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({
      message: expect.stringContaining('You have been signed out') as unknown,
    });
  });

  it('regression: a body that arrives too slowly is given up on (408)', async () => {
    use();
    const started = Date.now();
    const slow = await rawRequest(`${slowApp?.url ?? ''}/signin`, {
      headers: {
        origin: base(),
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': 1000,
      },
      chunks: Array.from({ length: 20 }, () => Buffer.from('a')),
      gapMs: 100,
    });
    expect(slow.status).toBe(408);
    expect(slow.body).toContain('took too long to arrive');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
