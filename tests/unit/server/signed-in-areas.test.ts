import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '#src/domain/roles.ts';
import { signedInPerson } from '#src/server/http/guards.ts';
import {
  ANSWERING_FOR_THEMSELVES,
  guardRoute,
  signedInAreaOf,
} from '#src/server/http/signed-in-areas.ts';

const person = (...roles: Role[]) => ({ id: 'p', roles });
const at = (address: string) => new URL(address, 'http://heard.test');

describe('which routes need a signed-in person', () => {
  it.each([
    ['/my', true],
    ['/my/stories/[id]/sharing', true],
    ['/my/consents/[id]', true],
    ['/write', true],
    ['/groups/[id]', true],
    ['/groups/[id]/book/print', true],
    ['/staff/requests/new', true],
    ['/admin/people', true],
    ['/services/stories/[id]', true],
    // Endpoints that answer a signed-out visitor themselves.
    ['/my/consents/[id].json', false],
    ['/my/account/export', false],
    ['/groups/[id]/book/pdf', false],
    ['/groups/[id]/scripts.zip', false],
    // Everything else, and a prefix is a whole segment.
    ['/', false],
    ['/signin', false],
    ['/signout', false],
    ['/api/auth/[...auth]', false],
    ['/api/stories/[id]/revisions', false],
    ['/media/[id]/[variant]', false],
    ['/stories/[slug]', false],
    ['/dev/outbox', false],
    ['/healthz', false],
    ['/readyz', false],
    ['/404', false],
    ['/403', false],
    ['/myself', false],
    ['/writers', false],
    ['/administer', false],
  ])('%s: %s', (route, guarded) => {
    expect(signedInAreaOf(route) !== undefined).toBe(guarded);
  });

  it('the longer prefix decides: only comms start a request', () => {
    expect(signedInAreaOf('/staff/requests/new')?.prefix).toBe('/staff/requests/new');
    expect(signedInAreaOf('/staff/requests/[id]')?.prefix).toBe('/staff');
  });
});

describe('what the middleware does before a route runs', () => {
  it('sends a signed-out visitor to sign in, back to the same path and query (303)', () => {
    expect(guardRoute('/my/stories/[id]', at('/my/stories/abc?x=1&y=é'), undefined)).toEqual({
      kind: 'sign-in',
      location: `/signin?next=${encodeURIComponent('/my/stories/abc?x=1&y=%C3%A9')}`,
    });
    expect(guardRoute('/my', at('/my'), undefined)).toEqual({
      kind: 'sign-in',
      location: '/signin?next=%2Fmy',
    });
  });

  it.each([
    ['/my', 'contributor', 'pass'],
    ['/groups/[id]', 'guardian', 'pass'],
    ['/staff/stories', 'comms', 'pass'],
    ['/staff/stories', 'admin', 'pass'],
    ['/staff/stories', 'contributor', 'not-for-this-role'],
    ['/staff/requests/new', 'comms', 'pass'],
    ['/staff/requests/new', 'admin', 'not-for-this-role'],
    ['/admin/settings', 'admin', 'pass'],
    ['/admin/settings', 'comms', 'not-for-this-role'],
    ['/services/changes', 'service_lead', 'pass'],
    ['/services/changes', 'admin', 'not-for-this-role'],
  ] as const)('%s as %s: %s', (route, role, kind) => {
    expect(guardRoute(route, at(route), person(role)).kind).toBe(kind);
  });

  it('lets anyone through outside the areas', () => {
    for (const route of ['/', '/signin', '/my/consents/[id].json', '/404', '/myself']) {
      expect(guardRoute(route, at(route), undefined)).toEqual({ kind: 'pass' });
    }
  });
});

describe('signedInPerson', () => {
  it('is the signed-in person on a page of an area', () => {
    const someone = { ...person('contributor'), name: 'Someone' };
    expect(
      signedInPerson({ routePattern: '/my/requests', locals: { person: someone as never } }),
    ).toBe(someone);
  });

  it('throws on a page the middleware does not guard, signed in or not', () => {
    expect(() =>
      signedInPerson({ routePattern: '/search', locals: { person: person() as never } }),
    ).toThrow(/SIGNED_IN_AREAS/);
    expect(() => signedInPerson({ routePattern: '/my', locals: {} })).toThrow(/middleware/);
  });
});

/** A page reads its person with signedInPerson, or signedInPage (src/server/http/signed-in-page.ts). */
const readsPerson = /\bsignedIn(Person|Page)\(/;

/** Each file under src/pages as the route Astro makes of it. */
function routes(folder = 'src/pages'): { route: string; file: string }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = join(folder, entry.name);
    if (entry.isDirectory()) return routes(file);
    if (!/\.(astro|ts)$/.test(entry.name)) return [];
    const route = `/${relative('src/pages', file)}`
      .replace(/\.(astro|ts)$/, '')
      .replace(/\/index$/, '');
    return [{ route: route === '' ? '/' : route, file }];
  });
}

describe('the table and the pages agree', () => {
  const all = routes();

  it('every page that reads the signed-in person is in an area', () => {
    const reading = all.filter(({ file }) => readsPerson.test(readFileSync(file, 'utf8')));
    expect(reading.length).toBeGreaterThan(30);
    expect(reading.filter(({ route }) => !signedInAreaOf(route))).toEqual([]);
  });

  it('every route in an area reads the signed-in person, and each exception is a real endpoint', () => {
    const guarded = all.filter(({ route }) => signedInAreaOf(route));
    expect(guarded.filter(({ file }) => !readsPerson.test(readFileSync(file, 'utf8')))).toEqual([]);
    const endpoints = all.filter(({ file }) => file.endsWith('.ts')).map(({ route }) => route);
    expect(endpoints).toEqual(expect.arrayContaining([...ANSWERING_FOR_THEMSELVES]));
  });
});
