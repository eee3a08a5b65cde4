/**
 * The authorization matrix (issues 3 and 4): every route in the table, as every
 * role, as a story's author and as nobody, must answer exactly the expected
 * status. Later features add rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles.ts';
import { useDatabaseForProcess, type Db } from '../../src/server/db.ts';
import { createLocalMediaStore } from '../../src/server/media-storage.ts';
import { storeUploadedPhoto } from '../../src/server/media-service.ts';
import { makePhoto } from '../fixtures/images/make-images.ts';
import {
  sessionCookieFor,
  signedInCookie,
  startInProcessApp,
  type InProcessApp,
} from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

/** `author` is the author of the draft the rows use; every other persona is a stranger to it. */
type Persona = 'nobody' | 'author' | Role;
const PERSONAS: Persona[] = [
  'nobody',
  'author',
  'contributor',
  'guardian',
  'facilitator',
  'comms',
  'admin',
];

interface Row {
  readonly method: 'GET' | 'POST';
  /** `{draft}` is a draft story's id, `{photo}` a photo in it. */
  readonly path: string;
  readonly body?: Record<string, string>;
  /** The status for each persona; `rest` covers the others. */
  readonly expect: Partial<Record<Persona, number>> & { rest: number };
}

const everyone = (status: number) => ({ rest: status });
const signedInOnly = (status: number): Row['expect'] => ({ nobody: 303, rest: status });
const adminOnly = (status: number): Row['expect'] => ({ nobody: 303, admin: status, rest: 403 });
/** A draft's pages: its author only; signed-out people are sent to sign in, everyone else 404. */
const draftPage = (status: number): Row['expect'] => ({ nobody: 303, author: status, rest: 404 });
/** A draft's API and photos: its author only; everyone else, signed in or not, 404. */
const draftApi = (status: number): Row['expect'] => ({ author: status, rest: 404 });

/** The table: add a row with every new route. */
const ROUTES: readonly Row[] = [
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
  // Writing (issue 4): nobody but the author reaches a draft, its history or its photos.
  { method: 'GET', path: '/write', expect: signedInOnly(200) },
  // Only a group's facilitators may offer it a prompt; nobody here facilitates this one.
  {
    method: 'POST',
    path: '/my',
    body: { intent: 'offer-prompt', groupId: '00000000-0000-4000-8000-000000000000', text: 'Hi' },
    expect: signedInOnly(400),
  },
  {
    method: 'POST',
    path: '/write',
    body: { title: '', kind: 'life_story' },
    expect: signedInOnly(400),
  },
  { method: 'GET', path: '/my/stories/{draft}', expect: draftPage(200) },
  { method: 'POST', path: '/my/stories/{draft}', body: { title: '' }, expect: draftPage(400) },
  { method: 'GET', path: '/my/stories/{draft}/history', expect: draftPage(200) },
  { method: 'GET', path: '/my/stories/{draft}/history/1', expect: draftPage(200) },
  { method: 'GET', path: '/my/stories/{draft}/history/99', expect: { nobody: 303, rest: 404 } },
  // Regression: a number beyond PostgreSQL's integer range was a 500.
  {
    method: 'GET',
    path: '/my/stories/{draft}/history/99999999999',
    expect: { nobody: 303, rest: 404 },
  },
  { method: 'GET', path: '/my/stories/{draft}/history/abc', expect: { nobody: 303, rest: 404 } },
  { method: 'GET', path: '/my/stories/{draft}/people', expect: draftPage(200) },
  { method: 'GET', path: '/my/stories/not-a-story', expect: { nobody: 303, rest: 404 } },
  {
    method: 'POST',
    path: '/api/stories/{draft}/revisions',
    body: { junk: '1' },
    expect: draftApi(400),
  },
  { method: 'POST', path: '/api/stories/{draft}/media', body: {}, expect: draftApi(400) },
  { method: 'GET', path: '/media/{photo}/small', expect: draftApi(200) },
  { method: 'GET', path: '/media/{photo}/original', expect: everyone(404) },
  { method: 'GET', path: '/media/not-a-photo/small', expect: everyone(404) },
  { method: 'POST', path: '/signout', body: {}, expect: everyone(303) },
];

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-matrix-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function makeDraftWithPhoto(
  db: Db,
): Promise<{ authorId: string; draftId: string; photoId: string }> {
  const authorId = await makePerson(db, { name: 'Draft Author' });
  const draft = await makeStory(db, [authorId], { title: 'A private draft' });
  const stored = await storeUploadedPhoto(db, createLocalMediaStore(), {
    storyId: draft.id,
    uploadedBy: authorId,
    bytes: await makePhoto(64, 48, 'jpeg'),
    altText: 'A garden',
    showsIdentifiablePeople: false,
  });
  if (!stored.ok) throw new Error(stored.message);
  return { authorId, draftId: draft.id, photoId: stored.media.id };
}

describeEachDatabase('authorization matrix', ({ db, handle }) => {
  it('every route answers each persona exactly as the table says', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { authorId, draftId, photoId } = await makeDraftWithPhoto(db());
    const base = app?.url ?? '';
    const unexpected: string[] = [];
    let checked = 0;
    for (const persona of PERSONAS) {
      for (const row of ROUTES) {
        // A fresh session per request: /signout ends the one it is given.
        const cookie =
          persona === 'nobody'
            ? undefined
            : persona === 'author'
              ? await sessionCookieFor(db(), authorId)
              : (await signedInCookie(db(), [persona], `A ${persona}`)).cookie;
        const headers: Record<string, string> = { origin: base };
        if (cookie) headers['cookie'] = cookie;
        const init: RequestInit = { method: row.method, headers, redirect: 'manual' };
        if (row.body) init.body = new URLSearchParams(row.body);
        const path = row.path.replace('{draft}', draftId).replace('{photo}', photoId);
        const response = await fetch(base + path, init);
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
  });
});
