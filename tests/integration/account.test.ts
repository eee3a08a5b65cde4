/**
 * Withdraw everything, export, erase: one confirmation takes
 * every story down, the zip holds everything the person wrote, and erasing the
 * account removes their rows and files while the ledger still verifies.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Anonymity, Scope } from '#src/domain/consent-types.ts';
import { countWords } from '#src/domain/words.ts';
import { screenplayState } from '#src/editor/fountain.ts';
import { extractPlainText } from '#src/editor/plain-text.ts';
import {
  eraseAccount,
  exportEverything,
  withdrawAllConsents,
} from '#src/server/accounts/account.ts';
import type { Db } from '#src/server/platform/db.ts';
import { createLocalMediaStore, type MediaStore } from '#src/server/media/storage.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { verifyLedger } from '#src/server/consent/ledger.repository.ts';
import { addGroupMember, insertGroup } from '#src/server/groups/groups.repository.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { listPublishedStories } from '#src/server/publishing/publications.repository.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';
import { makePhoto } from '../fixtures/images/make-images.ts';
import { sessionCookieFor } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory, saveText } from './support/fixtures.ts';

const T0 = new Date('2026-03-03T10:00:00Z');
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);

describeEachDatabase('withdraw everything, export, erase', ({ db, ownerDb }) => {
  let mediaDir: string;
  let store: MediaStore;

  beforeEach(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'heard-account-'));
    store = createLocalMediaStore(mediaDir);
  });

  afterEach(async () => {
    await rm(mediaDir, { recursive: true, force: true });
  });

  async function share(
    storyId: string,
    personId: string,
    scope: Scope = 'public_site',
    anonymity: Anonymity = 'first_name',
    now = T0,
  ): Promise<void> {
    const result = await appendConsentEvent(
      db(),
      storyId,
      {
        kind: 'grant',
        actorId: personId,
        subjectId: personId,
        scope,
        anonymity,
        revisionNumber: 1,
      },
      { now },
    );
    if (!result.ok) throw new Error(`The grant was refused: ${result.reason}`);
  }

  async function addPhoto(storyId: string, personId: string) {
    const result = await storeUploadedPhoto(db(), store, {
      storyId,
      uploadedBy: personId,
      bytes: await makePhoto(64, 48, 'jpeg'),
      altText: 'The kitchen table with a red cloth',
      showsIdentifiablePeople: false,
    });
    if (!result.ok) throw new Error(`The photo was refused: ${result.message}`);
    return result.media;
  }

  async function count(database: Db, table: 'stories' | 'revisions' | 'media'): Promise<number> {
    const row = await database
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function publishedIds(now = later(1)): Promise<string[]> {
    return (await listPublishedStories(db(), { now, limit: 50 })).map((p) => p.story_id).sort();
  }

  it('stop sharing everything: every publication comes down, once, with one email', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const bo = await makePerson(db(), { name: 'Bo Jones' });
    const mine = await makeStory(db(), [ann], { title: 'Mine' });
    const together = await makeStory(db(), [ann, bo], { title: 'Together' });
    const bos = await makeStory(db(), [bo], { title: 'Bo’s own' });
    await share(mine.id, ann);
    await share(mine.id, ann, 'group');
    await share(together.id, ann);
    await share(together.id, bo);
    await share(bos.id, bo);
    expect(await publishedIds()).toEqual([mine.id, together.id, bos.id].sort());

    const result = await withdrawAllConsents(db(), ann, later(1));
    expect(result).toMatchObject({ withdrawn: 3, stories: 2 });
    expect(result.eventIds).toHaveLength(3);
    // Only Bo's own story is left; the one Ann co-wrote is down for everyone.
    expect(await publishedIds(later(1))).toEqual([bos.id]);

    const again = await withdrawAllConsents(db(), ann, later(2));
    expect(again).toEqual({ withdrawn: 0, stories: 0, eventIds: [] });

    const mail = await listOutboxMail(db());
    expect(mail.map((m) => m.subject)).toEqual(['You stopped sharing all your stories']);
    expect(mail[0]?.text_body).toContain('You stopped sharing “Mine” with your group.');
    expect(mail[0]?.text_body).toContain('You stopped sharing “Together” on the public website.');
  });

  it('a consent still waiting for a guardian is withdrawn too', async () => {
    const kid = await makePerson(db(), { name: 'Kay Young', dateOfBirth: '2011-05-14' });
    const story = await makeStory(db(), [kid]);
    await share(story.id, kid);
    expect(await withdrawAllConsents(db(), kid, later(1), { sendEmail: false })).toMatchObject({
      withdrawn: 1,
    });
    expect(await listOutboxMail(db())).toEqual([]);
  });

  it('the export holds every revision, the Fountain script, the photos and the receipts', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const stranger = await makePerson(db(), { name: 'Sam Other' });
    const life = await makeStory(db(), [ann], {
      title: 'The kitchen on Fern Street',
      paragraphs: ['We had one table.'],
    });
    await saveText(db(), life.id, ann, ['We had one table.', 'It was red.'], 1, later(1));
    const photo = await addPhoto(life.id, ann);
    await share(life.id, ann);

    const script = await insertStory(db(), {
      title: 'After school',
      kind: 'film_script',
      authorIds: [ann],
      now: T0,
    });
    const state = screenplayState([
      { element: 'scene', text: 'INT. KITCHEN - DAY' },
      { element: 'character', text: 'ANN' },
      { element: 'dialogue', text: 'Tea?' },
    ]);
    const scriptText = extractPlainText(state);
    await insertRevision(db(), {
      storyId: script.id,
      editorState: state,
      plainText: scriptText,
      wordCount: countWords(scriptText),
      authorId: ann,
      basedOn: null,
      now: T0,
    });
    const notMine = await makeStory(db(), [stranger], { title: 'Not Ann’s' });

    const zip = unzipSync(await exportEverything(db(), store, ann, later(2)));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(
      [
        'README.txt',
        'receipts.json',
        'receipts.txt',
        `stories/${life.slug}/revision-1.txt`,
        `stories/${life.slug}/revision-2.txt`,
        `stories/${life.slug}/photos/${photo.id}-large.webp`,
        `stories/${life.slug}/photos/photos.txt`,
        `stories/${script.slug}/revision-1.txt`,
        `stories/${script.slug}/revision-1.fountain`,
      ].sort(),
    );
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9./-]*$/i);
      expect(name.split('/')).not.toContain('..');
    }
    expect(names.some((name) => name.includes(notMine.slug))).toBe(false);

    const text = (name: string): string => strFromU8(zip[name] ?? new Uint8Array());
    expect(text(`stories/${life.slug}/revision-2.txt`)).toBe(
      [
        'Title: The kitchen on Fern Street',
        'Version: 2 of 2',
        'Saved: 4 March 2026 at 10:00',
        'Words: 7',
        '',
        'We had one table.',
        'It was red.',
        '',
      ].join('\n'),
    );
    expect(text(`stories/${script.slug}/revision-1.fountain`)).toBe(
      'Title: After school\n\nINT. KITCHEN - DAY\n\nANN\nTea?\n',
    );
    expect(zip[`stories/${life.slug}/photos/${photo.id}-large.webp`]).toEqual(
      await store.get(photo.storageKey, 'large'),
    );
    expect(text(`stories/${life.slug}/photos/photos.txt`)).toContain(
      'The kitchen table with a red cloth',
    );
    const receipts = JSON.parse(text('receipts.json')) as { consentReceiptID: string }[];
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ version: 'KI-CR-v1.1.0', piiPrincipalId: ann });
    expect(text('receipts.txt')).toContain(
      'You said yes to showing “The kitchen on Fern Street” (version 1) on the public website, as ‘Ann’',
    );
    expect(text('README.txt')).toContain('Everything you wrote on Heard');
  });

  it('erasing removes the person’s rows and files, keeps co-written stories for the others, and the ledger still verifies', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const bo = await makePerson(db(), { name: 'Bo Jones' });
    const kid = await makePerson(db(), { name: 'Kay Young', dateOfBirth: '2011-05-14' });
    await linkGuardian(db(), ann, kid);
    const group = await insertGroup(db(), { slug: 'grandparents', name: 'Grandparents Group' });
    await addGroupMember(db(), group, ann, 'member');
    await addGroupMember(db(), group, bo, 'member');
    await sessionCookieFor(db(), ann);

    const mine = await makeStory(db(), [ann], { title: 'Mine' });
    await saveText(db(), mine.id, ann, ['A second go.'], 1);
    const myPhoto = await addPhoto(mine.id, ann);
    const together = await makeStory(db(), [ann, bo], { title: 'Together' });
    await saveText(db(), together.id, bo, ['Bo added this.'], 1);
    const bos = await makeStory(db(), [bo], { title: 'Bo’s own' });
    const boPhoto = await addPhoto(bos.id, bo);
    const kids = await makeStory(db(), [kid], { title: 'Kay’s' });
    await share(mine.id, ann);
    await share(together.id, ann);
    await share(together.id, bo);
    await share(bos.id, bo);
    await share(kids.id, kid);
    const approved = await appendConsentEvent(
      db(),
      kids.id,
      {
        kind: 'guardian_approve',
        actorId: ann,
        subjectId: kid,
        scope: 'public_site',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(approved).toMatchObject({ ok: true, publicSite: { visible: true } });
    expect(await publishedIds()).toEqual([mine.id, together.id, bos.id, kids.id].sort());
    const before = await verifyLedger(db());
    expect(before.ok).toBe(true);
    expect(await readdir(mediaDir)).toHaveLength(6);

    const result = await eraseAccount(db(), store, ann, later(1));
    expect(result).toEqual({
      ok: true,
      withdrawn: 2,
      storiesErased: 1,
      authorshipsRemoved: 1,
      photosErased: 1,
      recordingsErased: 0,
      filesLeft: 0,
    });

    // The ledger keeps every event (plus the two withdrawals) and still verifies.
    expect(await verifyLedger(db())).toEqual({ ok: true, count: before.count + 2 });

    // Nothing of Ann's is left: rows...
    const rowsAbout = async (query: Promise<unknown[]>) => (await query).length;
    expect(
      await rowsAbout(db().selectFrom('User').selectAll().where('id', '=', ann).execute()),
    ).toBe(0);
    expect(
      await rowsAbout(db().selectFrom('people').selectAll().where('id', '=', ann).execute()),
    ).toBe(0);
    expect(
      await rowsAbout(db().selectFrom('Session').selectAll().where('userId', '=', ann).execute()),
    ).toBe(0);
    expect(
      await rowsAbout(
        db().selectFrom('group_members').selectAll().where('person_id', '=', ann).execute(),
      ),
    ).toBe(0);
    expect(
      await rowsAbout(
        db()
          .selectFrom('guardian_links')
          .selectAll()
          .where((eb) => eb.or([eb('guardian_id', '=', ann), eb('young_person_id', '=', ann)]))
          .execute(),
      ),
    ).toBe(0);
    expect(
      await rowsAbout(
        db().selectFrom('story_authors').selectAll().where('person_id', '=', ann).execute(),
      ),
    ).toBe(0);
    expect(
      await rowsAbout(db().selectFrom('stories').selectAll().where('id', '=', mine.id).execute()),
    ).toBe(0);
    expect(
      await rowsAbout(
        db().selectFrom('revisions').selectAll().where('story_id', '=', mine.id).execute(),
      ),
    ).toBe(0);
    expect(
      await rowsAbout(db().selectFrom('media').selectAll().where('id', '=', myPhoto.id).execute()),
    ).toBe(0);
    // ...and files: only Bo's photo is still on disk.
    const files = await readdir(mediaDir);
    expect(files).toHaveLength(3);
    expect(files.every((file) => file.startsWith(boPhoto.storageKey))).toBe(true);

    // The story written together stays with Bo, whole, and off the public site.
    const authors = await db()
      .selectFrom('story_authors')
      .select('person_id')
      .where('story_id', '=', together.id)
      .execute();
    expect(authors.map((a) => a.person_id)).toEqual([bo]);
    expect(
      await rowsAbout(
        db().selectFrom('revisions').selectAll().where('story_id', '=', together.id).execute(),
      ),
    ).toBe(2);
    // Kay's story was shown with Ann's co-consent as her guardian; that is gone.
    expect(await publishedIds(later(1))).toEqual([bos.id]);
    expect(await count(db(), 'stories')).toBe(3);
    expect(await count(db(), 'media')).toBe(1);
    expect(
      await rowsAbout(db().selectFrom('people').selectAll().where('id', '=', bo).execute()),
    ).toBe(1);

    expect(await eraseAccount(db(), store, ann, later(2))).toEqual({
      ok: false,
      reason: 'no-such-person',
    });
  });

  it('regression: erasing a co-author was refused because revisions forgot who saved them by UPDATE', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const bo = await makePerson(db(), { name: 'Bo Jones' });
    const together = await makeStory(db(), [ann, bo]);
    // Only forgetting the author is allowed; any other change is still refused.
    await expect(
      sql`update revisions set plain_text = 'changed' where story_id = ${together.id}`.execute(
        db(),
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`update revisions set author_id = ${bo} where story_id = ${together.id}`.execute(db()),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`update revisions set author_id = null, word_count = 0 where story_id = ${together.id}`.execute(
        db(),
      ),
    ).rejects.toThrow(/immutable/);
    expect(await eraseAccount(db(), store, ann, later(1))).toMatchObject({ ok: true });
    const revision = await db()
      .selectFrom('revisions')
      .select(['author_id', 'plain_text'])
      .where('story_id', '=', together.id)
      .executeTakeFirstOrThrow();
    expect(revision).toEqual({ author_id: null, plain_text: 'Once upon a time.' });
  });

  it('if the erasing transaction fails, nothing is deleted: not the rows, not the files', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const mine = await makeStory(db(), [ann]);
    const photo = await addPhoto(mine.id, ann);
    await share(mine.id, ann);
    await sql`
      create function test_refuse_person_delete() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`.execute(ownerDb());
    // Set up with the owner's rights: the app's role cannot create triggers.
    await sql`
      create trigger test_refuse_person_delete before delete on people
      for each row execute function test_refuse_person_delete()`.execute(ownerDb());

    await expect(eraseAccount(db(), store, ann, later(1))).rejects.toThrow(/refused for the test/);

    expect(await count(db(), 'stories')).toBe(1);
    expect(await count(db(), 'revisions')).toBe(1);
    expect(await count(db(), 'media')).toBe(1);
    expect(await readdir(mediaDir)).toHaveLength(3);
    expect(await store.get(photo.storageKey, 'large')).toBeDefined();
    // The withdrawal went first and stands: failing to erase never leaves a story up.
    expect(await publishedIds(later(1))).toEqual([]);
    expect((await verifyLedger(db())).ok).toBe(true);
  });
});
