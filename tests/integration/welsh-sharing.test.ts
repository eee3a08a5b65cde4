/**
 * Sharing a story in Welsh: a contributor whose account is in Welsh
 * (people.language 'cy') reads their sharing page, its steps, their receipts
 * and "stop sharing everything" all in Welsh; their receipt email and the
 * Kantara record (`language: 'cy'`) are Welsh, and so is the reminder before
 * their yes ends. English stays English for an English speaker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { KantaraReceipt } from '#src/domain/receipt-kantara.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { sendExpiryReminders } from '#src/server/consent/reminders.ts';
import { signedInCookie, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { formData, makeStory } from './support/fixtures.ts';
import { sendSharingForm } from './support/sharing.ts';
import { mailTo, welshPageProblems } from './support/welsh.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-sharing-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
// Every link in an email comes from the public address (src/server/http/public-address.ts).
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'http://heard.test');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const cy = translatorFor('cy');
const en = translatorFor('en');
const DAY = 86_400_000;

/** A contributor signed in, their account in a language, with a story of their own. */
async function contributorIn(db: Db, language: Language, name: string) {
  const { personId, cookie } = await signedInCookie(db, ['contributor'], name);
  await db.updateTable('people').set({ language }).where('id', '=', personId).execute();
  const story = await makeStory(db, [personId], {
    title: 'Y felin ar lan yr afon',
    paragraphs: ['Dechreuais i weithio yn y felin pan oeddwn i’n bedair ar ddeg oed.'],
  });
  await db.updateTable('stories').set({ language: 'cy' }).where('id', '=', story.id).execute();
  return { personId, cookie, story };
}

/** Says yes to the public website for the author, as the sharing page does. */
async function sharePublicly(db: Db, personId: string, storyId: string, now: Date) {
  const result = await sendSharingForm(
    db,
    { id: personId, roles: ['contributor'] },
    storyId,
    formData({
      intent: 'share',
      scope: 'public_site',
      anonymity: 'first_name',
      revision: '1',
      months: '12',
      pseudonym: '',
    }),
    now,
  );
  if (!result.ok || result.eventId === null) throw new Error(JSON.stringify(result));
  return result.eventId;
}

function get(path: string, cookie: string) {
  return fetch(`${app?.url ?? ''}${path}`, { headers: { cookie }, redirect: 'manual' });
}

/** A page that must be all Welsh: its HTML, after checking it is. */
async function welshPage(path: string, cookie: string): Promise<string> {
  const response = await get(path, cookie);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  expect(welshPageProblems(html), path).toEqual([]);
  return html;
}

describeEachDatabase('sharing a story in Welsh', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('shows the sharing page, its steps, the receipts and stopping everything in Welsh', async () => {
    use();
    const { personId, cookie, story } = await contributorIn(db(), 'cy', 'Gwen Morgan');
    const sharing = `/my/stories/${story.id}/sharing`;

    const before = await welshPage(sharing, cookie);
    expect(before).toContain(cy.t('sharing.state.notShared', { where: 'ar y wefan gyhoeddus' }));
    // The story's title is its writer's own words, marked with its language.
    expect(before).toContain('<span lang="cy">Y felin ar lan yr afon</span>');
    expect(before).toContain(cy.t('sharing.scope.public_site.what'));
    // Every Easy Read list offers "Read it to me", hidden until a Welsh voice is found.
    expect(before).toContain(cy.t('common.readAloud.button'));
    expect(before).toMatch(/<p class="read-aloud" data-read-aloud hidden/);

    const share = await welshPage(`${sharing}?share=public_site`, cookie);
    expect(share).toContain(cy.t('sharing.choices.name'));
    const decide = await welshPage(
      `${sharing}?share=public_site&name=first_name&months=12`,
      cookie,
    );
    expect(decide).toContain(cy.t('sharing.decide.previewHeading'));
    await welshPage(`${sharing}?stop=public_site`, cookie);

    const eventId = await sharePublicly(db(), personId, story.id, new Date());
    const after = await welshPage(`${sharing}?done=${eventId}&scope=public_site`, cookie);
    expect(after).toContain('Ar y wefan gyhoeddus ers');

    const receipts = await welshPage('/my/consents', cookie);
    expect(receipts).toContain(cy.t('sharing.receipt.grant.heading'));
    const receipt = await welshPage(`/my/consents/${eventId}`, cookie);
    expect(receipt).toContain(cy.t('sharing.receipts.number', { id: eventId }));
    await welshPage('/my/account/stop-sharing', cookie);
  });

  it('writes the receipt email and the Kantara record in Welsh, saying so in `language`', async () => {
    use();
    const { personId, cookie, story } = await contributorIn(db(), 'cy', 'Gwen Morgan');
    const eventId = await sharePublicly(db(), personId, story.id, new Date());

    const [email] = await mailTo(db(), personId);
    expect(email?.subject).toBe(cy.t('sharing.receipt.grant.heading'));
    expect(email?.text_body).toContain('Helo Gwen,');
    expect(email?.text_body).toContain(cy.t('sharing.receipt.howToStop'));
    expect(email?.text_body).toContain(cy.t('sharing.receipts.number', { id: eventId }));
    expect(email?.text_body).not.toContain('You said yes');

    const response = await get(`/my/consents/${eventId}.json`, cookie);
    expect(response.status).toBe(200);
    const kantara = (await response.json()) as KantaraReceipt;
    expect(kantara.language).toBe('cy');
    expect(kantara.collectionMethod).toBe(cy.t('sharing.kantara.method.grant'));
    expect(kantara.services[0]?.service).toBe(cy.t('sharing.kantara.service'));
    expect(kantara.services[0]?.purposes[0]?.purpose).toBe(
      'Dangos “Y felin ar lan yr afon” (fersiwn 1) ar y wefan gyhoeddus, gan enwi’r awdur fel ‘Gwen’',
    );
    // The specification's own category values are never translated.
    expect(kantara.services[0]?.purposes[0]?.purposeCategory).toEqual(['1 - Core Function']);

    // Someone reading in English gets English.
    const english = await contributorIn(db(), 'en', 'Edna Price');
    const englishEvent = await sharePublicly(db(), english.personId, english.story.id, new Date());
    const [englishEmail] = await mailTo(db(), english.personId);
    expect(englishEmail?.subject).toBe(en.t('sharing.receipt.grant.heading'));
    const englishRecord = (await (
      await get(`/my/consents/${englishEvent}.json`, english.cookie)
    ).json()) as KantaraReceipt;
    expect(englishRecord.language).toBe('en');
  });

  it('reminds a Welsh speaker in Welsh before their yes ends', async () => {
    use();
    const now = new Date();
    const { personId, story } = await contributorIn(db(), 'cy', 'Gwen Morgan');
    await sharePublicly(db(), personId, story.id, now);
    const end = new Date(now.getTime() + 365 * DAY);

    const { sent } = await sendExpiryReminders(db(), new Date(end.getTime() - 7 * DAY));
    expect(sent).toBe(1);
    const reminder = (await mailTo(db(), personId)).at(-1);
    expect(reminder?.subject).toMatch(/^Eich stori “Y felin ar lan yr afon”: y diwrnod olaf/);
    expect(reminder?.text_body).toContain('Helo Gwen,');
    expect(reminder?.text_body).toContain(cy.t('sharing.reminder.nothingChanges'));
    expect(reminder?.text_body).toContain('Ble: y wefan gyhoeddus.');
    expect(reminder?.text_body).toContain('Dal ati i rannu: http://heard.test/my/stories/');
    expect(reminder?.text_body).not.toMatch(/\b(the|your|you)\b/i);
  });
});
