/**
 * The authorization matrix: every route in the table, as every
 * role, as a story's author and as nobody, must answer exactly the expected
 * status. Later features add rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '#src/domain/roles.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { findServerChromium } from '#src/server/groups/book-pdf.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { insertWritingPrompt } from '#src/server/groups/prompts.repository.ts';
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
  // Before the author, whose last row stops everything they share.
  'service_lead',
  'author',
  'contributor',
  'guardian',
  'facilitator',
  'comms',
  'admin',
];

interface Row {
  readonly method: 'GET' | 'POST';
  /**
   * `{draft}` is a draft story's id (shared with its group only), `{photo}` a photo
   * in it, `{slug}` its slug, `{author}` its author, `{receipt}` the author's receipt,
   * `{group}` the author's group (they are its only member; the story is shared
   * there), `{prompt}` a prompt of that group and `{improved}` another story of
   * the author's, shared "to improve our services".
   */
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
/** A draft's photos: its author only; everyone else, signed in or not, 404. */
const draftApi = (status: number): Row['expect'] => ({ author: status, rest: 404 });
/**
 * A draft's saving and upload APIs: its author only; signed in, everyone else
 * 404; signed out, 401 before the body is read (which says nothing of any story).
 */
const draftWriteApi = (status: number): Row['expect'] => ({
  author: status,
  nobody: 401,
  rest: 404,
});

/** Staff pages: comms and admins; other people are refused, signed-out people sent to sign in. */
const staffOnly = (status: number): Row['expect'] => ({
  nobody: 303,
  comms: status,
  admin: status,
  rest: 403,
});
/** The service leads' pages: service leads only. */
const serviceOnly = (status: number): Row['expect'] => ({
  nobody: 303,
  service_lead: status,
  rest: 403,
});
/** Asking to use a story: comms only. */
const commsOnly = (status: number): Row['expect'] => ({ nobody: 303, comms: status, rest: 403 });
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** The table: add a row with every new route. */
const ROUTES: readonly Row[] = [
  { method: 'GET', path: '/', expect: everyone(200) },
  { method: 'GET', path: '/healthz', expect: everyone(200) },
  { method: 'GET', path: '/readyz', expect: everyone(200) },
  { method: 'GET', path: '/no-such-page', expect: everyone(404) },
  { method: 'GET', path: '/signin', expect: { nobody: 200, rest: 303 } },
  { method: 'POST', path: '/signin', body: { email: 'not an email' }, expect: everyone(400) },
  { method: 'GET', path: '/signin/check-email', expect: everyone(200) },
  { method: 'GET', path: '/signin/problem?error=Verification', expect: everyone(200) },
  { method: 'GET', path: '/dev/outbox', expect: everyone(200) },
  // Auth.js serves the link in a sign-in email and nothing else.
  { method: 'GET', path: '/api/auth/session', expect: everyone(404) },
  {
    method: 'POST',
    path: '/api/auth/signin/nodemailer',
    body: { email: 'x@example.test' },
    expect: everyone(404),
  },
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
  // Writing: nobody but the author reaches a draft, its history or its photos.
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
    expect: draftWriteApi(400),
  },
  { method: 'POST', path: '/api/stories/{draft}/media', body: {}, expect: draftWriteApi(400) },
  { method: 'GET', path: '/media/{photo}/small', expect: draftApi(200) },
  { method: 'GET', path: '/media/{photo}/original', expect: everyone(404) },
  { method: 'GET', path: '/media/not-a-photo/small', expect: everyone(404) },
  // Sharing, receipts, guardians, the account's three actions, public stories.
  { method: 'GET', path: '/my/stories/{draft}/sharing', expect: draftPage(200) },
  {
    method: 'GET',
    path: '/my/stories/{draft}/sharing?share=public_site&name=first_name',
    expect: draftPage(200),
  },
  { method: 'GET', path: '/my/stories/{draft}/sharing?stop=group', expect: draftPage(200) },
  {
    method: 'POST',
    path: '/my/stories/{draft}/sharing',
    body: { intent: 'stop', scope: 'public_site' },
    // The author gets a plain refusal (nothing to stop); staff and admins learn nothing.
    expect: draftPage(400),
  },
  {
    method: 'POST',
    path: '/my/stories/{draft}/sharing',
    body: { intent: 'share', scope: 'training', anonymity: 'named', revision: '1' },
    // A yes without the fingerprint of the preview it answers is refused: look again.
    expect: { nobody: 303, author: 409, rest: 404 },
  },
  { method: 'GET', path: '/my/consents', expect: signedInOnly(200) },
  { method: 'GET', path: '/my/consents/{receipt}', expect: draftPage(200) },
  { method: 'GET', path: '/my/consents/{receipt}.json', expect: draftApi(200) },
  { method: 'GET', path: '/my/consents/not-a-receipt', expect: signedInOnly(404) },
  { method: 'GET', path: '/my/approvals', expect: signedInOnly(200) },
  {
    method: 'POST',
    path: '/my/approvals',
    body: {
      intent: 'approve',
      story: '{draft}',
      ward: '{author}',
      scope: 'public_site',
      revision: '1',
    },
    // A guardian not linked to the author, like everyone else, has nothing to approve.
    expect: signedInOnly(404),
  },
  { method: 'GET', path: '/my/account/stop-sharing', expect: signedInOnly(200) },
  { method: 'GET', path: '/my/account/delete', expect: signedInOnly(200) },
  { method: 'POST', path: '/my/account/export', body: {}, expect: signedInOnly(200) },
  { method: 'GET', path: '/stories/{slug}', expect: everyone(404) },
  { method: 'GET', path: '/stories/no-such-story', expect: everyone(404) },
  { method: 'GET', path: '/how-consent-works', expect: everyone(200) },
  // Asking: staff pages are for comms and admins; only comms ask; nobody asks about a draft.
  { method: 'GET', path: '/staff/stories', expect: staffOnly(200) },
  { method: 'GET', path: '/staff/requests', expect: staffOnly(200) },
  { method: 'GET', path: '/staff/takedowns', expect: staffOnly(200) },
  { method: 'GET', path: '/staff/fairness', expect: staffOnly(200) },
  // The draft's author is not open to being asked, so even comms learn nothing of it.
  { method: 'GET', path: '/staff/requests/new?story={draft}', expect: commsOnly(404) },
  {
    method: 'POST',
    path: '/staff/requests/new?story={draft}',
    body: { channel: 'newsletter', purpose: 'x', audience: 'y', anonymity: 'named' },
    expect: commsOnly(404),
  },
  { method: 'GET', path: `/staff/requests/${NO_SUCH_ID}`, expect: staffOnly(404) },
  {
    method: 'POST',
    path: `/staff/requests/${NO_SUCH_ID}`,
    body: { intent: 'log-use', whereUsed: 'x', usedOn: '2026-01-01' },
    expect: staffOnly(404),
  },
  { method: 'POST', path: '/staff/takedowns', body: { task: NO_SUCH_ID }, expect: staffOnly(409) },
  { method: 'GET', path: '/my/requests', expect: signedInOnly(200) },
  {
    method: 'POST',
    path: '/my/requests',
    body: { request: NO_SUCH_ID, answer: 'yes' },
    expect: signedInOnly(404),
  },
  {
    method: 'POST',
    path: '/my/requests',
    body: { intent: 'open-to-requests', open: 'maybe' },
    expect: signedInOnly(400),
  },
  // One request, one invitation, and turning 18: only the person asked, invited or grown up.
  { method: 'GET', path: `/my/requests/${NO_SUCH_ID}`, expect: signedInOnly(404) },
  {
    method: 'POST',
    path: `/my/requests/${NO_SUCH_ID}`,
    body: { answer: 'yes' },
    expect: signedInOnly(404),
  },
  { method: 'GET', path: `/my/invitations/${NO_SUCH_ID}`, expect: signedInOnly(404) },
  {
    method: 'POST',
    path: `/my/invitations/${NO_SUCH_ID}`,
    body: { intent: 'accept' },
    expect: signedInOnly(404),
  },
  {
    method: 'GET',
    path: '/my/invitations/{draft}',
    expect: { nobody: 303, rest: 404 },
  },
  { method: 'GET', path: '/my/turning-18', expect: signedInOnly(200) },
  {
    method: 'POST',
    path: '/my/turning-18',
    body: { story: NO_SUCH_ID, scope: 'public_site', answer: 'keep' },
    expect: signedInOnly(404),
  },
  { method: 'GET', path: '/admin/settings', expect: adminOnly(200) },
  { method: 'GET', path: '/admin/mail', expect: adminOnly(200) },
  { method: 'POST', path: '/admin/mail', body: { id: NO_SUCH_ID }, expect: adminOnly(400) },
  {
    method: 'POST',
    path: '/admin/settings',
    body: { requests: '0', days: '90' },
    expect: adminOnly(400),
  },
  // Groups: a group's space, prompts, stories, book and exports are its members' only:
  // not an admin, not comms, not a facilitator of another group.
  { method: 'GET', path: '/groups/{group}', expect: draftPage(200) },
  {
    method: 'POST',
    path: '/groups/{group}',
    body: { text: 'A day that changed things' },
    // A member of a group whose facilitators post the prompts: a plain refusal.
    expect: draftPage(403),
  },
  // No role reaches into a group it is not part of: an admin cannot post a prompt there.
  {
    method: 'POST',
    path: '/my',
    body: { intent: 'offer-prompt', groupId: '{group}', text: 'A day that changed things' },
    expect: signedInOnly(400),
  },
  // Deleting an account needs its own confirmation: any other post deletes nothing.
  { method: 'POST', path: '/my/account/delete', body: { x: '1' }, expect: signedInOnly(400) },
  { method: 'GET', path: '/groups/{group}/prompts/{prompt}', expect: draftPage(200) },
  { method: 'GET', path: '/groups/{group}/stories/{draft}', expect: draftPage(200) },
  {
    method: 'POST',
    path: '/groups/{group}/stories/{draft}',
    body: { intent: 'reply', text: ' ' },
    expect: draftPage(400),
  },
  { method: 'GET', path: '/groups/{group}/book', expect: draftPage(200) },
  {
    method: 'POST',
    path: '/groups/{group}/book',
    body: { intent: 'details', title: '' },
    expect: draftPage(400),
  },
  { method: 'GET', path: '/groups/{group}/book/print', expect: draftPage(200) },
  {
    method: 'GET',
    path: '/groups/{group}/book/pdf',
    expect: draftPage(findServerChromium() ? 200 : 503),
  },
  { method: 'GET', path: '/groups/{group}/scripts.zip', expect: draftPage(200) },
  { method: 'GET', path: `/groups/${NO_SUCH_ID}`, expect: { nobody: 303, rest: 404 } },
  // Being heard: service leads read only stories shared to improve services, never a
  // draft; answers are for the story's authors; the public page and its feed for all.
  { method: 'GET', path: '/services/stories', expect: serviceOnly(200) },
  { method: 'GET', path: '/services/stories/{improved}', expect: serviceOnly(200) },
  { method: 'GET', path: '/services/stories/{draft}', expect: serviceOnly(404) },
  {
    method: 'POST',
    path: '/services/stories/{improved}',
    body: { intent: 'answer', text: '' },
    expect: serviceOnly(400),
  },
  { method: 'GET', path: '/services/changes', expect: serviceOnly(200) },
  { method: 'POST', path: '/services/changes', body: { what: '' }, expect: serviceOnly(400) },
  { method: 'GET', path: `/services/changes/${NO_SUCH_ID}`, expect: serviceOnly(404) },
  { method: 'GET', path: '/my/stories/{draft}/answers', expect: draftPage(200) },
  {
    method: 'POST',
    path: '/my/stories/{draft}/answers',
    body: { intent: 'reply', answer: NO_SUCH_ID, text: 'Thank you.' },
    expect: { nobody: 303, author: 400, rest: 404 },
  },
  { method: 'GET', path: '/my/changes', expect: signedInOnly(200) },
  { method: 'GET', path: '/you-said-we-did', expect: everyone(200) },
  { method: 'GET', path: '/you-said-we-did/rss.xml', expect: everyone(200) },
  // Last: it withdraws everything the persona shared (the author's yes above included).
  { method: 'POST', path: '/my/account/stop-sharing', body: {}, expect: signedInOnly(303) },
  // POST /my/account/delete erases the persona; tests/integration/account-pages.test.ts covers it.
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

async function makeDraftWithPhoto(db: Db): Promise<{
  authorId: string;
  draftId: string;
  photoId: string;
  slug: string;
  receiptId: string;
  groupId: string;
  promptId: string;
  improvedId: string;
}> {
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
  // Shared with the author's group only (never public), so it has a receipt.
  const granted = await appendConsentEvent(
    db,
    draft.id,
    {
      kind: 'grant',
      actorId: authorId,
      subjectId: authorId,
      scope: 'group',
      anonymity: 'named',
      revisionNumber: 1,
    },
    { now: new Date() },
  );
  if (!granted.ok) throw new Error(granted.reason);
  // The author's group (they are its only member), where the story is shared.
  const groupId = await insertGroup(db, { slug: `matrix-${draft.id.slice(0, 8)}`, name: 'Matrix' });
  await addGroupMember(db, groupId, authorId, 'member');
  await db.updateTable('stories').set({ group_id: groupId }).where('id', '=', draft.id).execute();
  const promptId = await insertWritingPrompt(db, {
    groupId,
    text: 'A place you loved',
    createdBy: authorId,
    now: new Date(),
  });
  // Another story, shared with the people who plan services only.
  const improved = await makeStory(db, [authorId], { title: 'A story to improve services' });
  const forImprovement = await appendConsentEvent(
    db,
    improved.id,
    {
      kind: 'grant',
      actorId: authorId,
      subjectId: authorId,
      scope: 'service_improvement',
      anonymity: 'first_name',
      revisionNumber: 1,
    },
    { now: new Date() },
  );
  if (!forImprovement.ok) throw new Error(forImprovement.reason);
  return {
    authorId,
    draftId: draft.id,
    photoId: stored.media.id,
    slug: draft.slug,
    receiptId: granted.eventId,
    groupId,
    promptId,
    improvedId: improved.id,
  };
}

describeEachDatabase('authorization matrix', ({ db, handle }) => {
  it('every route answers each persona exactly as the table says', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { authorId, draftId, photoId, slug, receiptId, groupId, promptId, improvedId } =
      await makeDraftWithPhoto(db());
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
        const fill = (text: string) =>
          text
            .replace('{draft}', draftId)
            .replace('{photo}', photoId)
            .replace('{author}', authorId)
            .replace('{slug}', slug)
            .replace('{receipt}', receiptId)
            .replace('{group}', groupId)
            .replace('{prompt}', promptId)
            .replace('{improved}', improvedId);
        if (row.body) {
          init.body = new URLSearchParams(
            Object.fromEntries(Object.entries(row.body).map(([key, value]) => [key, fill(value)])),
          );
        }
        const path = fill(row.path);
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
