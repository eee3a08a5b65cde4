import { expect, it } from 'vitest';
import { requestSignInLink, SIGN_IN_REQUESTS_PER_HOUR } from '../../src/server/sign-in.ts';
import { useDatabaseForProcess } from '../../src/server/db.ts';
import { listOutboxMail } from '../../src/server/repositories/mail.ts';
import {
  deleteSessionsForPerson,
  findPersonBySessionToken,
} from '../../src/server/repositories/sessions.ts';
import { setPersonDisabled } from '../../src/server/repositories/people.ts';
import { signedInCookie } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson } from './support/fixtures.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const ORIGIN = 'http://127.0.0.1:4321';

describeEachDatabase('sign-in links', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('sends a single email with a 15-minute link to someone with an account', async () => {
    use();
    const personId = await makePerson(db(), { name: 'Ann Smith' });
    const email = await db()
      .selectFrom('User')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const result = await requestSignInLink(db(), {
      email: `  ${email.email.toUpperCase()} `,
      next: '/my/account',
      clientAddress: '10.0.0.1',
      origin: ORIGIN,
      now: NOW,
    });
    expect(result).toEqual({ status: 'sent', email: email.email });
    const mails = await listOutboxMail(db());
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to_address).toBe(email.email);
    expect(mails[0]?.text_body).toMatch(/works once, for 15 minutes/);
    expect(mails[0]?.text_body).toContain(`${ORIGIN}/api/auth/callback/nodemailer?`);
    const token = await db().selectFrom('VerificationToken').selectAll().executeTakeFirstOrThrow();
    const minutes = (token.expires.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    use();
    const result = await requestSignInLink(db(), {
      email: 'nobody@example.test',
      next: null,
      clientAddress: '10.0.0.2',
      origin: ORIGIN,
      now: NOW,
    });
    expect(result).toEqual({ status: 'sent', email: 'nobody@example.test' });
    expect(await listOutboxMail(db())).toEqual([]);
  });

  it('refuses a malformed or look-alike address with a plain message', async () => {
    use();
    for (const email of ['', 'not-an-email', 'ann@exаmple.test', 'a@b.test, c@d.test']) {
      const result = await requestSignInLink(db(), {
        email,
        next: null,
        clientAddress: '10.0.0.3',
        origin: ORIGIN,
        now: NOW,
      });
      expect(result.status).toBe('invalid');
    }
    expect(await db().selectFrom('sign_in_requests').selectAll().execute()).toEqual([]);
  });

  it(`allows ${SIGN_IN_REQUESTS_PER_HOUR} requests an hour per address and per client, then asks people to wait`, async () => {
    use();
    const ask = (email: string, clientAddress: string, now = NOW) =>
      requestSignInLink(db(), { email, next: null, clientAddress, origin: ORIGIN, now });
    for (let i = 0; i < SIGN_IN_REQUESTS_PER_HOUR; i += 1) {
      expect((await ask('same@example.test', `10.1.0.${i}`)).status).toBe('sent');
    }
    expect(await ask('same@example.test', '10.1.0.99')).toEqual({ status: 'limited' });
    // An hour later it works again.
    expect(
      (await ask('same@example.test', '10.1.0.99', new Date(NOW.getTime() + 61 * 60_000))).status,
    ).toBe('sent');
    // Per client address too.
    for (let i = 0; i < SIGN_IN_REQUESTS_PER_HOUR; i += 1) {
      expect((await ask(`person${i}@example.test`, '10.2.0.1')).status).toBe('sent');
    }
    expect(await ask('someone-else@example.test', '10.2.0.1')).toEqual({ status: 'limited' });
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
