/**
 * The authorization matrix (issue 3): every route in the table, as every role and
 * as nobody, must answer exactly the expected status. Later features add rows.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles.ts';
import { useDatabaseForProcess } from '../../src/server/db.ts';
import { startInProcessApp, signedInCookie, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';

type Persona = 'nobody' | Role;
const PERSONAS: Persona[] = ['nobody', 'contributor', 'guardian', 'facilitator', 'comms', 'admin'];
const SIGNED_IN: Persona[] = PERSONAS.filter((persona) => persona !== 'nobody');

interface Row {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: Record<string, string>;
  /** The status for each persona; `rest` covers the others. */
  readonly expect: Partial<Record<Persona, number>> & { rest: number };
}

const everyone = (status: number) => ({ rest: status });
const signedInOnly = (status: number): Row['expect'] => ({ nobody: 303, rest: status });
const adminOnly = (status: number): Row['expect'] => ({ nobody: 303, admin: status, rest: 403 });

/** The table: add a row with every new route. */
export const ROUTES: readonly Row[] = [
  { method: 'GET', path: '/', expect: everyone(200) },
  { method: 'GET', path: '/healthz', expect: everyone(200) },
  { method: 'GET', path: '/no-such-page', expect: everyone(404) },
  { method: 'GET', path: '/signin', expect: { nobody: 200, rest: 303 } },
  { method: 'POST', path: '/signin', body: { email: 'not an email' }, expect: everyone(400) },
  { method: 'GET', path: '/signin/check-email', expect: everyone(200) },
  { method: 'GET', path: '/signin/problem?error=Verification', expect: everyone(200) },
  { method: 'GET', path: '/dev/outbox', expect: everyone(200) },
  { method: 'GET', path: '/api/auth/session', expect: everyone(200) },
  { method: 'GET', path: '/my', expect: signedInOnly(200) },
  { method: 'GET', path: '/my/account', expect: signedInOnly(200) },
  { method: 'POST', path: '/my/account', body: { displayName: '' }, expect: signedInOnly(400) },
  { method: 'GET', path: '/admin/people', expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/admin/people',
    body: { intent: 'invite', email: 'x' },
    expect: adminOnly(400),
  },
  { method: 'GET', path: '/admin/groups', expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/admin/groups',
    body: { intent: 'create-group', name: '' },
    expect: adminOnly(400),
  },
  { method: 'POST', path: '/signout', body: {}, expect: everyone(303) },
];

let app: InProcessApp | undefined;
beforeAll(async () => {
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
});

describeEachDatabase('authorization matrix', ({ db, kind }) => {
  it('every route answers each role exactly as the table says', async () => {
    const handle = { db: db(), kind, close: async () => {} };
    useDatabaseForProcess(handle);
    const base = app?.url ?? '';
    const unexpected: string[] = [];
    let checked = 0;
    for (const persona of PERSONAS) {
      for (const row of ROUTES) {
        // A fresh session per request: /signout ends the one it is given.
        const cookie =
          persona === 'nobody'
            ? undefined
            : (await signedInCookie(db(), [persona], `A ${persona}`)).cookie;
        const headers: Record<string, string> = { origin: base };
        if (cookie) headers['cookie'] = cookie;
        const init: RequestInit = { method: row.method, headers, redirect: 'manual' };
        if (row.body) init.body = new URLSearchParams(row.body);
        const response = await fetch(base + row.path, init);
        await response.arrayBuffer();
        const expected = row.expect[persona] ?? row.expect.rest;
        checked += 1;
        if (response.status !== expected) {
          unexpected.push(
            `${row.method} ${row.path} as ${persona}: ${response.status}, expected ${expected}`,
          );
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(checked).toBe(PERSONAS.length * ROUTES.length);
    expect(SIGNED_IN).toHaveLength(5);
  });
});
