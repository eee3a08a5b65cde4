/**
 * The sharing page's server side: sharing after the exact preview,
 * keeping sharing, stopping, co-authors, guardians, expiry by the clock, and bad
 * input that changes nothing.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import {
  findPublicationNow,
  listPublishedStories,
} from '#src/server/publishing/publications.repository.ts';
import { listStoryAuthorNames } from '#src/server/writing/stories.repository.ts';
import {
  handleGuardianForm,
  loadGuardianItems,
  loadGuardianPreview,
} from '#src/server/consent/approvals.ts';
import { loadSharingPage } from '#src/server/consent/sharing-page.ts';
import { loadSharingPreview } from '#src/server/consent/sharing-preview.ts';
import { describeEachDatabase } from './support/databases.ts';
import { sendSharingForm } from './support/sharing.ts';
import { formData, makePerson, makeStory, saveText } from './support/fixtures.ts';

// Every link in an email comes from the public address (src/server/http/public-address.ts).
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'http://heard.test');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const T0 = new Date('2026-03-03T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const contributor = (id: string) => ({ id, roles: ['contributor' as const] });

const share = (fields: Record<string, string> = {}) =>
  formData({
    intent: 'share',
    scope: 'public_site',
    anonymity: 'first_name',
    revision: '1',
    months: '12',
    pseudonym: '',
    ...fields,
  });

async function outboxFor(db: () => import('#src/server/platform/db.ts').Db) {
  return db().selectFrom('mail_outbox').select(['to_address', 'subject', 'text_body']).execute();
}

describeEachDatabase('sharing a story', ({ db }) => {
  it('shares the previewed revision, names the author as chosen, and sends a receipt', async () => {
    const margaret = await makePerson(db(), { name: 'Margaret Hughes' });
    const story = await makeStory(db(), [margaret], { title: 'Fern Street', now: T0 });

    const page = await loadSharingPage(db(), contributor(margaret), story.id, T0);
    expect(page?.scopes.map((s) => s.state.headline)).toContain(
      'Not shared on the public website.',
    );
    // Nothing is shared by opening the page or looking at the preview.
    const preview = await loadSharingPreview(
      db(),
      contributor(margaret),
      story.id,
      { scope: 'public_site', anonymity: 'first_name', pseudonym: null, months: 12 },
      T0,
    );
    expect(preview?.byline).toBe('Margaret');
    expect(preview?.view.ok && preview.view.html).toContain('Once upon a time.');
    expect(await listConsentEventsForStory(db(), story.id)).toEqual([]);

    const result = await sendSharingForm(db(), contributor(margaret), story.id, share(), T0);
    expect(result.ok).toBe(true);
    const publication = await findPublicationNow(db(), { slug: story.slug }, at(1));
    expect(publication).toMatchObject({ revision_number: 1, author_names: 'Margaret' });

    const after = await loadSharingPage(db(), contributor(margaret), story.id, at(1));
    const publicSite = after?.scopes.find((s) => s.scope === 'public_site');
    expect(publicSite?.state.tone).toBe('shared');
    expect(publicSite?.state.headline).toBe(
      'On the public website since 3 March 2026, as “Margaret”, until 3 March 2027.',
    );
    const mail = await outboxFor(db);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text_body).toContain(`http://heard.test/my/stories/${story.id}/sharing`);
  });

  it('keeps the public on the consented revision until the author shares a newer one', async () => {
    const author = await makePerson(db(), { name: 'Rose Byrne' });
    const story = await makeStory(db(), [author], { paragraphs: ['First words.'], now: T0 });
    await sendSharingForm(db(), contributor(author), story.id, share(), T0);
    await saveText(db(), story.id, author, ['Second words, still private.'], 1, at(1));

    expect((await findPublicationNow(db(), { slug: story.slug }, at(1)))?.revision_number).toBe(1);
    const page = await loadSharingPage(db(), contributor(author), story.id, at(1));
    expect(page?.scopes.find((s) => s.scope === 'public_site')?.state.details).toContain(
      'Your yes is for version 1. Your changes since then (version 2) stay private until you share them.',
    );

    // A yes to an old preview is refused: the author must see the new text first.
    const stale = await sendSharingForm(db(), contributor(author), story.id, share(), at(1));
    expect(stale).toMatchObject({ ok: false, status: 409 });
    const fresh = await sendSharingForm(
      db(),
      contributor(author),
      story.id,
      share({ revision: '2' }),
      at(1),
    );
    expect(fresh.ok).toBe(true);
    expect((await findPublicationNow(db(), { slug: story.slug }, at(2)))?.revision_number).toBe(2);
  });

  it('stops sharing at once, and the receipt says so', async () => {
    const author = await makePerson(db(), { name: 'Arthur Penn' });
    const story = await makeStory(db(), [author], { now: T0 });
    await sendSharingForm(db(), contributor(author), story.id, share(), T0);
    const stopped = await sendSharingForm(
      db(),
      contributor(author),
      story.id,
      formData({ intent: 'stop', scope: 'public_site' }),
      at(1),
    );
    expect(stopped.ok).toBe(true);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(1))).toBeUndefined();
    const page = await loadSharingPage(db(), contributor(author), story.id, at(1));
    expect(page?.scopes.find((s) => s.scope === 'public_site')?.state.headline).toBe(
      'You stopped sharing it on the public website on 4 March 2026.',
    );
    expect((await outboxFor(db)).map((m) => m.subject)).toHaveLength(2);
  });

  it('keeps sharing for 12 more months with one click', async () => {
    const author = await makePerson(db(), { name: 'Edna Shaw' });
    const story = await makeStory(db(), [author], { now: T0 });
    await sendSharingForm(db(), contributor(author), story.id, share({ months: '1' }), T0);
    const renewAt = at(25);
    const renewed = await sendSharingForm(
      db(),
      contributor(author),
      story.id,
      formData({ intent: 'renew', scope: 'public_site' }),
      renewAt,
    );
    expect(renewed.ok).toBe(true);
    // Still public long after the first month would have ended.
    expect(await findPublicationNow(db(), { slug: story.slug }, at(200))).toBeDefined();
    expect(await findPublicationNow(db(), { slug: story.slug }, at(25 + 366))).toBeUndefined();
  });

  it('takes a story down when its consent runs out, with no job run', async () => {
    const author = await makePerson(db(), { name: 'Jay Lee' });
    const story = await makeStory(db(), [author], { now: T0 });
    await sendSharingForm(db(), contributor(author), story.id, share({ months: '1' }), T0);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(30))).toBeDefined();
    expect(await findPublicationNow(db(), { slug: story.slug }, at(32))).toBeUndefined();
    expect(await listPublishedStories(db(), { now: at(32), limit: 10 })).toEqual([]);
    const page = await loadSharingPage(db(), contributor(author), story.id, at(32));
    const state = page?.scopes.find((s) => s.scope === 'public_site')?.state;
    expect(state?.tone).toBe('off');
    expect(state?.headline).toBe(
      'Your yes to sharing it on the public website ended on 3 April 2026.',
    );
    // Expired is not renewable: sharing again shows the preview again.
    const renew = await sendSharingForm(
      db(),
      contributor(author),
      story.id,
      formData({ intent: 'renew', scope: 'public_site' }),
      at(32),
    );
    expect(renew).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses bad input in plain words and writes nothing', async () => {
    const author = await makePerson(db(), { name: 'Priya Shah' });
    const story = await makeStory(db(), [author], { now: T0 });
    const cases: [Record<string, string>, RegExp][] = [
      [{ scope: 'everywhere' }, /Choose where/],
      [{ anonymity: 'famous' }, /Choose how you are named/],
      [{ months: '13' }, /12 months at most/],
      [{ months: 'forever' }, /how long/],
      [{ revision: '0' }, /does not exist/],
      [{ anonymity: 'pseudonym' }, /made-up name/],
      [{ anonymity: 'pseudonym', pseudonym: 'x'.repeat(61) }, /60 letters/],
    ];
    for (const [fields, message] of cases) {
      const result = await sendSharingForm(db(), contributor(author), story.id, share(fields), T0);
      expect(result.ok, JSON.stringify(fields)).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    const unknown = await sendSharingForm(
      db(),
      contributor(author),
      story.id,
      formData({ intent: 'publish-everything' }),
      T0,
    );
    expect(unknown).toMatchObject({ ok: false, status: 400 });
    expect(await listConsentEventsForStory(db(), story.id)).toEqual([]);
    expect((await listStoryAuthorNames(db(), story.id))[0]?.pseudonym).toBeNull();
  });

  it('saves a made-up name only together with the yes that uses it', async () => {
    const author = await makePerson(db(), { name: 'Sam Reed' });
    const story = await makeStory(db(), [author], { now: T0 });
    const result = await sendSharingForm(
      db(),
      contributor(author),
      story.id,
      share({ anonymity: 'pseudonym', pseudonym: 'Robin' }),
      T0,
    );
    expect(result.ok).toBe(true);
    expect((await findPublicationNow(db(), { slug: story.slug }, at(1)))?.author_names).toBe(
      'Robin',
    );
  });

  it('lets nobody but an author see or change the sharing: not admins, not helpers', async () => {
    const author = await makePerson(db(), { name: 'Author One' });
    const admin = await makePerson(db(), { roles: ['admin'] });
    const story = await makeStory(db(), [author], { now: T0 });
    const asAdmin = { id: admin, roles: ['admin' as const] };
    expect(await loadSharingPage(db(), asAdmin, story.id, T0)).toBeUndefined();
    expect(await sendSharingForm(db(), asAdmin, story.id, share(), T0)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await loadSharingPage(db(), undefined, story.id, T0)).toBeUndefined();
    expect(await loadSharingPage(db(), asAdmin, 'not-a-uuid', T0)).toBeUndefined();
    expect(await listConsentEventsForStory(db(), story.id)).toEqual([]);
  });
});

describeEachDatabase('co-authors and guardians', ({ db }) => {
  it('shows a co-authored story only when every author says yes; any one can stop it', async () => {
    const ann = await makePerson(db(), { name: 'Ann Cole' });
    const bo = await makePerson(db(), { name: 'Bo Dean' });
    const story = await makeStory(db(), [ann, bo], { now: T0 });
    await sendSharingForm(db(), contributor(ann), story.id, share(), T0);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(1))).toBeUndefined();
    const waiting = await loadSharingPage(db(), contributor(ann), story.id, at(1));
    expect(waiting?.scopes.find((s) => s.scope === 'public_site')?.state.details[0]).toBe(
      'Waiting for Bo.',
    );
    // Bo is told Ann is waiting, and that no is fine.
    const boPage = await loadSharingPage(db(), contributor(bo), story.id, at(1));
    expect(boPage?.scopes.find((s) => s.scope === 'public_site')?.state.details[0]).toBe(
      'Ann said yes to sharing it on the public website. It is shared only if you say yes too. No is fine.',
    );
    // Bo's preview shows Ann as she chose, and the most private level applies to details.
    const preview = await loadSharingPreview(
      db(),
      contributor(bo),
      story.id,
      { scope: 'public_site', anonymity: 'named', pseudonym: null, months: 12 },
      at(1),
    );
    expect(preview?.byline).toBe('Ann and Bo Dean');
    expect(preview?.view.ok && preview.view.anonymity).toBe('first_name');

    await sendSharingForm(db(), contributor(bo), story.id, share({ anonymity: 'named' }), at(1));
    expect((await findPublicationNow(db(), { slug: story.slug }, at(2)))?.author_names).toBe(
      'Ann and Bo Dean',
    );
    await sendSharingForm(
      db(),
      contributor(bo),
      story.id,
      formData({ intent: 'stop', scope: 'public_site' }),
      at(2),
    );
    expect(await findPublicationNow(db(), { slug: story.slug }, at(2))).toBeUndefined();
    const annPage = await loadSharingPage(db(), contributor(ann), story.id, at(2));
    expect(annPage?.scopes.find((s) => s.scope === 'public_site')?.state.details[0]).toBe(
      'Bo stopped sharing it on 5 March 2026, so it is not shared. It is shared again only if Bo says yes again.',
    );
  });

  it('needs a guardian’s yes for a young person beyond their group; either can stop it', async () => {
    const kayla = await makePerson(db(), { name: 'Kayla Brown', dateOfBirth: '2011-05-14' });
    const donna = await makePerson(db(), { name: 'Donna Brown', roles: ['guardian'] });
    const stranger = await makePerson(db(), { name: 'Not Linked', roles: ['guardian'] });
    await linkGuardian(db(), donna, kayla);
    const story = await makeStory(db(), [kayla], { title: 'Saturday Shift', now: T0 });

    const page = await loadSharingPage(db(), contributor(kayla), story.id, T0);
    expect(page?.scopes.find((s) => s.scope === 'group')?.needsGuardian).toBe(false);
    expect(page?.scopes.find((s) => s.scope === 'public_site')?.needsGuardian).toBe(true);

    await sendSharingForm(db(), contributor(kayla), story.id, share(), T0);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(1))).toBeUndefined();
    const asDonna = { id: donna, roles: ['guardian' as const] };
    const items = await loadGuardianItems(db(), asDonna, at(1));
    expect(items).toMatchObject([
      { storyId: story.id, scope: 'public_site', status: 'waiting', shownName: 'Kayla' },
    ]);
    expect(await loadGuardianItems(db(), { id: stranger, roles: ['guardian'] }, at(1))).toEqual([]);
    const preview = await loadGuardianPreview(
      db(),
      asDonna,
      { storyId: story.id, wardId: kayla, scope: 'public_site' },
      at(1),
    );
    expect(preview?.byline).toBe('Kayla');

    const approve = (who: string, revision = '1', when = at(1)) =>
      handleGuardianForm(
        db(),
        { id: who, roles: ['guardian'] },
        formData({
          intent: 'approve',
          story: story.id,
          ward: kayla,
          scope: 'public_site',
          revision,
        }),
        when,
      );
    expect(await approve(stranger)).toMatchObject({ ok: false, status: 404 });
    expect(await approve(donna, '2')).toMatchObject({ ok: false, status: 409 });
    expect((await approve(donna)).ok).toBe(true);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(2))).toBeDefined();

    // The guardian stops it alone.
    const stop = await handleGuardianForm(
      db(),
      asDonna,
      formData({ intent: 'stop', story: story.id, ward: kayla, scope: 'public_site' }),
      at(2),
    );
    expect(stop.ok).toBe(true);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(2))).toBeUndefined();
    // Both receive receipts for what the guardian did.
    const mail = await outboxFor(db);
    expect(mail.length).toBeGreaterThanOrEqual(4);

    // The young person can share again and stop alone too.
    await sendSharingForm(db(), contributor(kayla), story.id, share(), at(3));
    expect((await approve(donna, '1', at(3))).ok).toBe(true);
    const kaylaStop = await sendSharingForm(
      db(),
      contributor(kayla),
      story.id,
      formData({ intent: 'stop', scope: 'public_site' }),
      at(4),
    );
    expect(kaylaStop.ok).toBe(true);
    expect(await findPublicationNow(db(), { slug: story.slug }, at(4))).toBeUndefined();
    expect((await verifyLedger(db())).ok).toBe(true);
  });
});
