/**
 * Signing in: links on the public address only, one door to ask for them,
 * limits that stop floods without locking out a group, and sessions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import {
  LINKS_PER_ADDRESS_PER_HOUR,
  REQUESTS_PER_CLIENT_PER_HOUR,
} from '#src/domain/sign-in-limits.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { setPersonDisabled } from '#src/server/accounts/people.repository.ts';
import {
  deleteSessionsForPerson,
  findPersonBySessionToken,
} from '#src/server/accounts/sessions.repository.ts';
import { requestSignInLink } from '#src/server/accounts/sign-in.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { setPersonLanguage } from '#src/server/accounts/profile.ts';
import { signedInCookie, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { emailOf, languageOf, makePerson, waitForSignInToken } from './support/fixtures.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const PUBLIC = 'https://stories.example.org';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-sign-in-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The emails to one address, newest first, once there are `count` (sent after the page answered). */
async function mailsTo(db: Db, email: string, count = 1) {
  const sent = async () =>
    (await listOutboxMail(db, 1000)).filter((mail) => mail.to_address === email);
  await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBe(count);
  const mails = await sent();
  return mails.map((mail) => ({
    subject: mail.subject,
    link: mail.text_body.match(/https?:\/\/\S+/)?.[0] ?? '',
  }));
}

/** A form post from the app's own sign-in page, with whatever headers a test adds. */
function postSignIn(
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  page = '/signin',
) {
  return fetch(`${app?.url ?? ''}${page}`, {
    method: 'POST',
    headers: { origin: app?.url ?? '', ...headers },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

/** The links in every email sent so far, waiting a moment for one sent after its answer. */
async function linksInOutbox(db: Db): Promise<string[]> {
  for (let tries = 0; ; tries += 1) {
    const links = (await listOutboxMail(db, 1000)).flatMap(
      (mail) => mail.text_body.match(/https?:\/\/\S+/g) ?? [],
    );
    if (links.length > 0 || tries >= 20) return links;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeEachDatabase('sign-in links', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });
  const ask = (
    email: string,
    clientAddress: string,
    options: { now?: Date; deviceId?: string } = {},
  ) =>
    requestSignInLink(db(), {
      email,
      next: null,
      clientAddress,
      deviceId: options.deviceId,
      now: options.now ?? NOW,
    }).then(async (result) => {
      // The email goes out after the answer; wait for it here.
      if (result.status !== 'sent') return result;
      await result.delivery;
      return { status: result.status, email: result.email };
    });

  it('sends one email with a 15-minute link on the public address', async () => {
    use();
    vi.stubEnv('HEARD_PUBLIC_URL', PUBLIC);
    const personId = await makePerson(db(), { name: 'Ann Smith' });
    const email = await emailOf(db(), personId);
    const result = await requestSignInLink(db(), {
      email: `  ${email.toUpperCase()} `,
      next: '/my/account',
      clientAddress: '10.0.0.1',
      now: NOW,
    });
    expect(result).toMatchObject({ status: 'sent', email });
    if (result.status === 'sent') await result.delivery;
    const mails = await listOutboxMail(db());
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to_address).toBe(email);
    expect(mails[0]?.text_body).toMatch(/works once, for 15 minutes/);
    expect(mails[0]?.text_body).toContain(`${PUBLIC}/api/auth/callback/nodemailer?`);
    expect(mails[0]?.text_body).toContain(encodeURIComponent(`${PUBLIC}/my/account`));
    const token = await db().selectFrom('VerificationToken').selectAll().executeTakeFirstOrThrow();
    const minutes = (token.expires.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    use();
    expect(await ask('nobody@example.test', '10.0.0.2')).toEqual({
      status: 'sent',
      email: 'nobody@example.test',
    });
    expect(await listOutboxMail(db())).toEqual([]);
  });

  it('refuses a malformed or look-alike address with a plain message', async () => {
    use();
    for (const email of ['', 'not-an-email', 'ann@exаmple.test', 'a@b.test, c@d.test']) {
      expect((await ask(email, '10.0.0.3')).status).toBe('invalid');
    }
    expect(await db().selectFrom('sign_in_requests').selectAll().execute()).toEqual([]);
  });

  it('regression: 20 people signing in on one computer within an hour all get their links', async () => {
    use();
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, i) => makePerson(db(), { name: `Member ${i}` })),
    );
    for (const [i, personId] of people.entries()) {
      const at = new Date(NOW.getTime() + i * 60_000);
      // Some ask twice, as people do when the email is slow.
      expect((await ask(await emailOf(db(), personId), '192.0.2.10', { now: at })).status).toBe(
        'sent',
      );
      if (i % 4 === 0) {
        expect((await ask(await emailOf(db(), personId), '192.0.2.10', { now: at })).status).toBe(
          'sent',
        );
      }
    }
    expect(await listOutboxMail(db(), 100)).toHaveLength(25);
  });

  it('regression: 1,000 requests for one address send at most 5 emails', async () => {
    use();
    const target = await emailOf(db(), await makePerson(db(), { name: 'Target Person' }));
    let limited = 0;
    for (let i = 0; i < 1000; i += 1) {
      // From many addresses, as a botnet would: only the per-address limit can hold.
      const result = await ask(target, `10.${Math.floor(i / 250)}.${i % 250}.1`);
      if (result.status === 'limited') limited += 1;
    }
    expect(limited).toBe(1000 - LINKS_PER_ADDRESS_PER_HOUR);
    expect(await listOutboxMail(db(), 100)).toHaveLength(LINKS_PER_ADDRESS_PER_HOUR);
  });

  it('regression: a flood from strangers cannot keep a person from their own link', async () => {
    use();
    const personId = await makePerson(db(), { name: 'Owner Person' });
    const email = await emailOf(db(), personId);
    // The person signed in on this browser before.
    const { rememberSignInDevice } = await import('#src/server/accounts/sign-in.ts');
    const deviceId = 'd'.repeat(43);
    await rememberSignInDevice(db(), { email, deviceId, now: NOW });
    for (let i = 0; i < 50; i += 1) await ask(email, `203.0.113.${i}`);
    expect((await ask(email, '203.0.113.200')).status).toBe('limited');
    // Their own browser still gets a link; a forged device id does not help a stranger.
    expect((await ask(email, '198.51.100.7', { deviceId })).status).toBe('sent');
    expect((await ask(email, '203.0.113.201', { deviceId: 'x'.repeat(43) })).status).toBe(
      'limited',
    );
    const sent = await listOutboxMail(db(), 100);
    expect(sent).toHaveLength(LINKS_PER_ADDRESS_PER_HOUR + 1);
  });

  it(`limits one network address to ${REQUESTS_PER_CLIENT_PER_HOUR} requests an hour, then asks it to wait`, async () => {
    use();
    for (let i = 0; i < REQUESTS_PER_CLIENT_PER_HOUR; i += 1) {
      expect((await ask(`person${i}@example.test`, '10.9.0.1')).status).toBe('sent');
    }
    expect(await ask('one-more@example.test', '10.9.0.1')).toEqual({ status: 'limited' });
    expect((await ask('one-more@example.test', '10.9.0.2')).status).toBe('sent');
    // An hour later it works again.
    const later = new Date(NOW.getTime() + 61 * 60_000);
    expect((await ask('one-more@example.test', '10.9.0.1', { now: later })).status).toBe('sent');
  });
});

describeEachDatabase('sign-in over HTTP', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('regression: a forged Host, X-Forwarded-Host or Origin never chooses where the link points', async () => {
    use();
    const email = await emailOf(db(), await makePerson(db(), { name: 'Alex Admin' }));
    for (const headers of [
      { host: 'evil.example' },
      { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
      { host: 'evil.example', origin: 'http://evil.example' },
    ]) {
      const response = await postSignIn({ email }, headers);
      // Either the right link or a refusal; never a link elsewhere.
      expect([303, 400, 403]).toContain(response.status);
    }
    const links = await linksInOutbox(db());
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(new URL(link).origin).toBe(app?.url);
      expect(link).not.toContain('evil.example');
    }
  });

  it('regression: Auth.js’s own sign-in endpoint answers 404 and sends nothing, for members and strangers alike', async () => {
    use();
    const member = await emailOf(db(), await makePerson(db(), { name: 'Member Person' }));
    const answers: string[] = [];
    for (const email of [member, 'stranger@example.test']) {
      for (let i = 0; i < 10; i += 1) {
        const response = await fetch(`${app?.url ?? ''}/api/auth/signin/nodemailer`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app?.url ?? '' },
          body: new URLSearchParams({ email }),
          redirect: 'manual',
        });
        answers.push(`${response.status} ${response.headers.get('location') ?? ''}`);
      }
    }
    expect(new Set(answers)).toEqual(new Set(['404 ']));
    expect(await listOutboxMail(db())).toEqual([]);
    for (const path of [
      '/api/auth/signin',
      '/api/auth/csrf',
      '/api/auth/providers',
      '/api/auth/session',
    ]) {
      expect((await fetch(`${app?.url ?? ''}${path}`, { redirect: 'manual' })).status).toBe(404);
    }
  });

  it('the sign-in page answers members and strangers alike', async () => {
    use();
    const member = await emailOf(db(), await makePerson(db(), { name: 'Member Person' }));
    const a = await postSignIn({ email: member });
    const b = await postSignIn({ email: 'stranger@example.test' });
    expect([a.status, a.headers.get('location')]).toEqual([b.status, b.headers.get('location')]);
  });

  it('regression: with the mail server down, members and strangers still get the same answer', async () => {
    use();
    vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:9');
    const member = await emailOf(db(), await makePerson(db(), { name: 'Member Person' }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const a = await postSignIn({ email: member });
      const b = await postSignIn({ email: 'stranger@example.test' });
      expect([a.status, a.headers.get('location')]).toEqual([303, '/signin/check-email']);
      expect([b.status, b.headers.get('location')]).toEqual([303, '/signin/check-email']);
    } finally {
      errors.mockRestore();
    }
  });

  it('a link that arrived still signs the person in, and marks this browser as theirs', async () => {
    use();
    const email = await emailOf(db(), await makePerson(db(), { name: 'Link Person' }));
    expect((await postSignIn({ email })).status).toBe(303);
    const [link] = await linksInOutbox(db());
    await waitForSignInToken(db(), email);
    const callback = await fetch(link ?? '', { redirect: 'manual' });
    expect(callback.status).toBe(302);
    const cookies = callback.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith('authjs.session-token='))).toBe(true);
    expect(cookies.some((cookie) => /^heard-device=[A-Za-z0-9_-]{43};/.test(cookie))).toBe(true);
    expect(await db().selectFrom('sign_in_devices').selectAll().execute()).toHaveLength(1);
  });

  it('a link asked for from a Welsh page changes nothing until it is opened; opened, someone new starts in Welsh', async () => {
    use();
    const personId = await makePerson(db(), { name: 'Newydd Person' });
    const email = await emailOf(db(), personId);
    // Anyone may ask for a link to any address: from the Welsh page the email
    // is in Welsh, but the account is left as it is.
    expect((await postSignIn({ email }, {}, '/cy/signin')).status).toBe(303);
    const [mail] = await mailsTo(db(), email);
    expect(mail?.subject).toBe(translatorFor('cy').t('accounts.email.subjectInvited'));
    expect(await languageOf(db(), personId)).toBe('en');

    // A made-up link with the mark signs nobody in and changes nothing, whatever
    // address it names (a NUL, a look-alike, 400 characters).
    const forged = new URL(mail?.link ?? '');
    forged.searchParams.set('token', 'not-the-token');
    expect((await fetch(forged, { redirect: 'manual' })).status).toBe(302);
    for (const [address, status] of [
      [`${email}\u0000`, 400], // an address that cannot be read is refused before anything
      ['ann@exаmple.test', 302],
      [`${'a'.repeat(400)}@x.test`, 302],
    ] as const) {
      forged.searchParams.set('email', address);
      expect((await fetch(forged, { redirect: 'manual' })).status, address).toBe(status);
    }
    expect(await languageOf(db(), personId)).toBe('en');

    // Opened by its owner: signed in, in Welsh, landing where the link said, unmarked.
    const callback = await fetch(mail?.link ?? '', { redirect: 'manual' });
    expect(callback.status).toBe(302);
    const cookies = callback.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith('authjs.session-token='))).toBe(true);
    expect(callback.headers.get('location')).toBe(`${app?.url ?? ''}/my`);
    expect(await languageOf(db(), personId)).toBe('cy');
  });

  it('someone new whose account is in Welsh keeps it when they ask from a page in English', async () => {
    use();
    const personId = await makePerson(db(), { name: 'Eleri Person' });
    await setPersonLanguage(db(), personId, 'cy');
    const email = await emailOf(db(), personId);
    // The English page is what everyone sees first: it says nothing about her.
    expect((await postSignIn({ email })).status).toBe(303);
    const [mail] = await mailsTo(db(), email);
    expect(mail?.subject).toBe(translatorFor('cy').t('accounts.email.subjectInvited'));
    expect(mail?.link).not.toContain('asked-in');
    const callback = await fetch(mail?.link ?? '', { redirect: 'manual' });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${app?.url ?? ''}/my`);
    expect(await languageOf(db(), personId)).toBe('cy');
  });

  it('someone who has signed in before keeps their own language, whichever page they ask from', async () => {
    use();
    const personId = await makePerson(db(), { name: 'Returning Person' });
    const email = await emailOf(db(), personId);
    expect((await postSignIn({ email })).status).toBe(303);
    const [first] = await mailsTo(db(), email);
    expect((await fetch(first?.link ?? '', { redirect: 'manual' })).status).toBe(302);

    expect((await postSignIn({ email }, {}, '/cy/signin')).status).toBe(303);
    const [again] = await mailsTo(db(), email, 2);
    expect(again?.subject).toBe(translatorFor('en').t('accounts.email.subject'));
    expect((await fetch(again?.link ?? '', { redirect: 'manual' })).status).toBe(302);
    expect(await languageOf(db(), personId)).toBe('en');
  });

  it('regression: X-Forwarded-For counts only from a trusted proxy', async () => {
    use();
    const flood = async (forwardedFor: string, count: number) => {
      const statuses: number[] = [];
      for (let i = 0; i < count; i += 1) {
        const response = await postSignIn(
          { email: `p${i}-${forwardedFor}@example.test` },
          { 'x-forwarded-for': forwardedFor },
        );
        statuses.push(response.status);
      }
      return statuses;
    };
    // Untrusted: the header is ignored, so changing it escapes nothing.
    await flood('10.0.0.1', REQUESTS_PER_CLIENT_PER_HOUR);
    expect(await flood('10.0.0.2', 1)).toEqual([429]);
    expect(
      (await db().selectFrom('sign_in_requests').select('client_address').distinct().execute()).map(
        (row) => row.client_address,
      ),
    ).toEqual(['127.0.0.1']);
    // Behind a trusted proxy, each client has its own allowance.
    vi.stubEnv('HEARD_TRUSTED_PROXIES', 'loopback');
    expect(await flood('10.0.0.3', 3)).toEqual([303, 303, 303]);
    expect(await flood('10.0.0.4', 1)).toEqual([303]);
  });
});

describeEachDatabase('sessions', ({ db }) => {
  it('deleting every session, or pausing the account, signs a person out at once', async () => {
    const first = await signedInCookie(db(), ['contributor']);
    const token = first.cookie.split('=')[1] ?? '';
    expect(await findPersonBySessionToken(db(), token, new Date())).toMatchObject({
      id: first.personId,
    });
    await setPersonDisabled(db(), first.personId, new Date());
    expect(await findPersonBySessionToken(db(), token, new Date())).toBeUndefined();
    await setPersonDisabled(db(), first.personId, null);
    expect(await findPersonBySessionToken(db(), token, new Date())).toBeDefined();
    expect(await deleteSessionsForPerson(db(), first.personId)).toBe(1);
    expect(await findPersonBySessionToken(db(), token, new Date())).toBeUndefined();
  });
});
