import { describe, expect, it } from 'vitest';
import {
  askedInOf,
  chosenByAsking,
  markAskedIn,
  withoutAskedIn,
} from '#src/server/accounts/sign-in-language.ts';

const SITE = 'https://stories.example.org';

/** A sign-in link as Auth.js writes it, returning to `returnTo`. */
function linkReturningTo(returnTo: string): URL {
  const link = new URL(`${SITE}/api/auth/callback/nodemailer`);
  link.searchParams.set('callbackUrl', returnTo);
  link.searchParams.set('token', 'abc');
  link.searchParams.set('email', 'ann@example.test');
  return link;
}

describe('the language a sign-in link was asked in', () => {
  it('counts only a page in a language other than the default as a choice', () => {
    expect(chosenByAsking('cy')).toBe('cy');
    expect(chosenByAsking('en')).toBeUndefined();
    expect(chosenByAsking(undefined)).toBeUndefined();
  });

  it('travels on the return address and is read back from the link', () => {
    const marked = markAskedIn(`${SITE}/my/account?tab=1`, 'cy');
    expect(marked).toBe(`${SITE}/my/account?tab=1&asked-in=cy`);
    expect(askedInOf(linkReturningTo(marked))).toBe('cy');
  });

  it('leaves the return address as it is when the person did not ask from a page', () => {
    expect(markAskedIn(`${SITE}/my`, undefined)).toBe(`${SITE}/my`);
    expect(askedInOf(linkReturningTo(`${SITE}/my`))).toBeUndefined();
  });

  it.each([
    ['no return address', undefined],
    ['a language Heard is not written in', `${SITE}/my?asked-in=fr`],
    ['an empty mark', `${SITE}/my?asked-in=`],
    ['a NUL in the mark', `${SITE}/my?asked-in=cy%00`],
    ['an address that cannot be read', 'http://[bad'],
  ])('reads nothing from %s', (_, returnTo) => {
    const link = new URL(`${SITE}/api/auth/callback/nodemailer?token=abc`);
    if (returnTo !== undefined) link.searchParams.set('callbackUrl', returnTo);
    expect(askedInOf(link)).toBeUndefined();
  });

  it('is taken off the address the person lands on, and nothing else is', () => {
    const base = new URL(SITE);
    expect(withoutAskedIn(`${SITE}/my/account?tab=1&asked-in=cy`, base)).toBe(
      `${SITE}/my/account?tab=1`,
    );
    expect(withoutAskedIn(`${SITE}/my?asked-in=cy`, base)).toBe(`${SITE}/my`);
    expect(withoutAskedIn(`${SITE}/signin/problem?error=Verification`, base)).toBe(
      `${SITE}/signin/problem?error=Verification`,
    );
    expect(withoutAskedIn('/my', base)).toBe('/my');
  });
});
