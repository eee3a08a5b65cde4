import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import {
  appendConsentEvent,
  listConsentEventsForStory,
} from '#src/server/consent/consent.repository.ts';
import {
  hashedFieldsOf,
  sealLedgerAnchor,
  verifyLedger,
} from '#src/server/consent/ledger.repository.ts';
import { refreshPublication } from '#src/server/consent/consent.repository.ts';
import { GENESIS_HASH, hashEvent, legacyHashEvent } from '#src/server/consent/ledger-hash.ts';
import { ledgerKey } from '#src/server/consent/ledger-key.ts';
import {
  listPublishedStories,
  findPublicationNow,
} from '#src/server/publishing/publications.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory, saveText } from './support/fixtures.ts';

const T0 = new Date('2026-03-03T10:00:00Z');
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);

describeEachDatabase('consent ledger and publications', ({ db, ownerDb }) => {
  it('publishes on a grant and takes the story down on withdrawal, in the same transaction', async () => {
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [ann], { title: 'Ann’s story' });
    const granted = await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(granted.ok).toBe(true);
    const published = await findPublicationNow(db(), { slug: story.slug }, later(1));
    expect(published).toMatchObject({
      title: 'Ann’s story',
      author_names: 'Ann',
      revision_number: 1,
    });

    const withdrawn = await appendConsentEvent(
      db(),
      story.id,
      { kind: 'withdraw', actorId: ann, subjectId: ann, scope: 'public_site' },
      { now: later(2) },
    );
    expect(withdrawn).toMatchObject({
      ok: true,
      publicSite: { visible: false, reason: 'withdrawn' },
    });
    expect(await findPublicationNow(db(), { slug: story.slug }, later(2))).toBeUndefined();
    expect(await listPublishedStories(db(), { now: later(2), limit: 10 })).toEqual([]);
  });

  it('refuses a change the rules do not allow and writes nothing', async () => {
    const ann = await makePerson(db());
    const stranger = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    const refused = await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: stranger,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(refused).toEqual({ ok: false, reason: 'not-allowed' });
    const unknownRevision = await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'named',
        revisionNumber: 7,
      },
      { now: T0 },
    );
    expect(unknownRevision).toEqual({ ok: false, reason: 'no-such-revision' });
    expect(await listConsentEventsForStory(db(), story.id)).toEqual([]);
  });

  it('an expired consent takes the story down with no job running', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'anonymous',
        revisionNumber: 1,
        expiresAt: later(30),
      },
      { now: T0 },
    );
    expect(await listPublishedStories(db(), { now: later(29), limit: 10 })).toHaveLength(1);
    expect(await listPublishedStories(db(), { now: later(30), limit: 10 })).toHaveLength(0);
    expect(await findPublicationNow(db(), { slug: story.slug }, later(31))).toBeUndefined();
  });

  it('renewal before expiry keeps the story up; after expiry it must be shared again', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    const grant = {
      kind: 'grant',
      actorId: ann,
      subjectId: ann,
      scope: 'public_site',
      anonymity: 'named',
      revisionNumber: 1,
    } as const;
    await appendConsentEvent(db(), story.id, { ...grant, expiresAt: later(30) }, { now: T0 });
    const renewed = await appendConsentEvent(
      db(),
      story.id,
      { kind: 'renew', actorId: ann, subjectId: ann, scope: 'public_site', expiresAt: later(300) },
      { now: later(20) },
    );
    expect(renewed.ok).toBe(true);
    expect(await listPublishedStories(db(), { now: later(100), limit: 10 })).toHaveLength(1);
    const tooLate = await appendConsentEvent(
      db(),
      story.id,
      { kind: 'renew', actorId: ann, subjectId: ann, scope: 'public_site' },
      { now: later(301) },
    );
    expect(tooLate).toEqual({ ok: false, reason: 'nothing-to-renew' });
  });

  it('a minor needs a guardian; either of them can withdraw alone', async () => {
    const kid = await makePerson(db(), { name: 'Kay Young', dateOfBirth: '2011-05-14' });
    const guardian = await makePerson(db(), { name: 'Gail Young', roles: ['guardian'] });
    await linkGuardian(db(), guardian, kid);
    const story = await makeStory(db(), [kid]);
    const grant = await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: kid,
        subjectId: kid,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(grant).toMatchObject({
      ok: true,
      publicSite: { visible: false, reason: 'awaiting-guardian' },
    });
    expect(await listPublishedStories(db(), { now: later(1), limit: 10 })).toHaveLength(0);

    const approved = await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'guardian_approve',
        actorId: guardian,
        subjectId: kid,
        scope: 'public_site',
        revisionNumber: 1,
      },
      { now: later(1) },
    );
    expect(approved).toMatchObject({ ok: true, publicSite: { visible: true } });
    expect(await listPublishedStories(db(), { now: later(2), limit: 10 })).toHaveLength(1);

    await appendConsentEvent(
      db(),
      story.id,
      { kind: 'guardian_withdraw', actorId: guardian, subjectId: kid, scope: 'public_site' },
      { now: later(3) },
    );
    expect(await listPublishedStories(db(), { now: later(3), limit: 10 })).toHaveLength(0);
  });

  it('every co-author must consent, and any one withdrawing takes the story down', async () => {
    const authors = [
      await makePerson(db(), { name: 'Ann Smith' }),
      await makePerson(db(), { name: 'Bo Jones' }),
      await makePerson(db(), { name: 'Cy Brown', pseudonym: 'Sky' }),
    ];
    const story = await makeStory(db(), authors);
    const levels = ['named', 'first_name', 'pseudonym'] as const;
    for (const [index, author] of authors.entries()) {
      const result = await appendConsentEvent(
        db(),
        story.id,
        {
          kind: 'grant',
          actorId: author,
          subjectId: author,
          scope: 'public_site',
          anonymity: levels[index] ?? 'anonymous',
          revisionNumber: 1,
        },
        { now: later(index) },
      );
      expect(result).toMatchObject({ ok: true, publicSite: { visible: index === 2 } });
    }
    expect(await findPublicationNow(db(), { slug: story.slug }, later(5))).toMatchObject({
      author_names: 'Ann Smith, Bo and Sky',
    });
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'withdraw',
        actorId: authors[1] ?? '',
        subjectId: authors[1] ?? '',
        scope: 'public_site',
      },
      { now: later(6) },
    );
    expect(await findPublicationNow(db(), { slug: story.slug }, later(6))).toBeUndefined();
  });

  it('the public keeps the consented revision while a newer one stays private', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann], { paragraphs: ['First version.'] });
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    const saved = await saveText(db(), story.id, ann, ['Second version.'], 1);
    expect(saved).toEqual({ ok: true, number: 2 });
    expect(await findPublicationNow(db(), { slug: story.slug }, later(1))).toMatchObject({
      revision_number: 1,
    });
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'public_site',
        anonymity: 'named',
        revisionNumber: 2,
      },
      { now: later(2) },
    );
    expect(await findPublicationNow(db(), { slug: story.slug }, later(3))).toMatchObject({
      revision_number: 2,
    });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on the ledger', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'group',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    // Even the owner (the app's own role has no such rights: app-role.test.ts).
    await expect(
      sql`update consent_events set anonymity = 'anonymous'`.execute(ownerDb()),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from consent_events`.execute(ownerDb())).rejects.toThrow(/append-only/);
    await expect(sql`truncate consent_events`.execute(ownerDb())).rejects.toThrow(/append-only/);
    expect(await listConsentEventsForStory(db(), story.id)).toHaveLength(1);
  });

  it('verification finds the first tampered event', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    const ids: string[] = [];
    for (const [index, scope] of (['group', 'public_site', 'book'] as const).entries()) {
      const result = await appendConsentEvent(
        db(),
        story.id,
        {
          kind: 'grant',
          actorId: ann,
          subjectId: ann,
          scope,
          anonymity: 'named',
          revisionNumber: 1,
        },
        { now: later(index) },
      );
      if (result.ok) ids.push(result.eventId);
    }
    expect(await verifyLedger(db())).toEqual({ ok: true, count: 3 });

    // A superuser bypassing the trigger to change one consent.
    await sql`alter table consent_events disable trigger consent_events_append_only`.execute(
      ownerDb(),
    );
    await sql`update consent_events set anonymity = 'anonymous' where id = ${ids[1]}`.execute(
      ownerDb(),
    );
    await sql`alter table consent_events enable trigger consent_events_append_only`.execute(
      ownerDb(),
    );
    expect(await verifyLedger(db(), { batchSize: 2 })).toMatchObject({
      ok: false,
      eventId: ids[1],
      problem: 'hash-mismatch',
    });
  });

  it('regression: a forged grant with a recomputed plain hash fails verification and publishes nothing', async () => {
    const ann = await makePerson(db(), { name: 'Ann Draft' });
    const story = await makeStory(db(), [ann], { title: 'Private draft' });
    // Someone with superuser rights writes a grant the author never gave,
    // chained with SHA-256 as the ledger used to be, and waits for a refresh.
    const head = await db()
      .selectFrom('consent_events')
      .select('hash')
      .orderBy('sequence', 'desc')
      .limit(1)
      .executeTakeFirst();
    const prevHash = head?.hash ?? GENESIS_HASH;
    const forged = {
      id: randomUUID(),
      storyId: story.id,
      subjectId: ann,
      actorId: ann,
      kind: 'grant',
      scope: 'public_site',
      anonymity: 'named',
      revisionNumber: 1,
      expiresAt: later(300),
      occurredAt: later(1),
      requestId: null,
    };
    await sql`set session_replication_role = replica`.execute(ownerDb()).catch(() => undefined);
    await db()
      .insertInto('consent_events')
      .values({
        id: forged.id,
        story_id: story.id,
        subject_id: ann,
        actor_id: ann,
        kind: 'grant',
        scope: 'public_site',
        anonymity: 'named',
        revision_number: 1,
        expires_at: forged.expiresAt,
        occurred_at: forged.occurredAt,
        request_id: null,
        prev_hash: prevHash,
        hash: legacyHashEvent(prevHash, forged),
      })
      .execute();
    expect(await verifyLedger(db())).toMatchObject({
      ok: false,
      eventId: forged.id,
      problem: 'hash-mismatch',
    });
    // A routine refresh (an author saving their profile) derives nothing from it.
    await refreshPublication(db(), story.id, later(2));
    expect(await findPublicationNow(db(), { slug: story.slug }, later(2))).toBeUndefined();
    expect(await listConsentEventsForStory(db(), story.id)).toEqual([]);
  });

  it('events from before the chain was keyed count once the anchor is sealed, and not if changed', async () => {
    const ann = await makePerson(db(), { name: 'Ann Early' });
    const story = await makeStory(db(), [ann], { title: 'From before' });
    // Two events as the ledger wrote them before it was keyed.
    let prevHash = GENESIS_HASH;
    const ids: string[] = [];
    for (const [index, scope] of (['group', 'public_site'] as const).entries()) {
      const event = {
        id: randomUUID(),
        storyId: story.id,
        subjectId: ann,
        actorId: ann,
        kind: 'grant',
        scope,
        anonymity: 'named',
        revisionNumber: 1,
        expiresAt: later(300),
        occurredAt: later(index),
        requestId: null,
      };
      const hash = legacyHashEvent(prevHash, event);
      await db()
        .insertInto('consent_events')
        .values({
          id: event.id,
          story_id: story.id,
          subject_id: ann,
          actor_id: ann,
          kind: 'grant',
          scope,
          anonymity: 'named',
          revision_number: 1,
          expires_at: event.expiresAt,
          occurred_at: event.occurredAt,
          request_id: null,
          prev_hash: prevHash,
          hash,
        })
        .execute();
      ids.push(event.id);
      prevHash = hash;
    }
    // The upgrade's migration marks where they end; the first start seals it.
    const head = await db()
      .selectFrom('consent_events')
      .select(['sequence', 'hash'])
      .orderBy('sequence', 'desc')
      .executeTakeFirstOrThrow();
    await ownerDb()
      .updateTable('ledger_anchor')
      .set({ sequence: head.sequence, hash: head.hash, seal: null })
      .execute();
    expect(await listConsentEventsForStory(db(), story.id)).toEqual([]);
    await sealLedgerAnchor(db());
    expect(await listConsentEventsForStory(db(), story.id)).toHaveLength(2);
    // New events are keyed and chain on.
    await appendConsentEvent(
      db(),
      story.id,
      { kind: 'withdraw', actorId: ann, subjectId: ann, scope: 'group' },
      { now: later(3) },
    );
    expect(await verifyLedger(db())).toEqual({ ok: true, count: 3 });
    // Changing one of the early events is found, and it no longer counts.
    await sql`alter table consent_events disable trigger consent_events_append_only`.execute(
      ownerDb(),
    );
    await sql`update consent_events set anonymity = 'first_name' where id = ${ids[1]}`.execute(
      ownerDb(),
    );
    await sql`alter table consent_events enable trigger consent_events_append_only`.execute(
      ownerDb(),
    );
    expect(await verifyLedger(db())).toMatchObject({ ok: false, eventId: ids[1] });
    expect((await listConsentEventsForStory(db(), story.id)).map((e) => e.scope)).toEqual([
      'group',
      'group',
    ]);
    // And an anchor moved by hand no longer matches its seal.
    await ownerDb()
      .updateTable('ledger_anchor')
      .set({ sequence: head.sequence - 1 })
      .execute();
    expect(await verifyLedger(db())).toMatchObject({ ok: false, problem: 'anchor' });
  });

  it('events written with the key verify; the same event under another key does not', async () => {
    const ann = await makePerson(db());
    const story = await makeStory(db(), [ann]);
    await appendConsentEvent(
      db(),
      story.id,
      {
        kind: 'grant',
        actorId: ann,
        subjectId: ann,
        scope: 'group',
        anonymity: 'named',
        revisionNumber: 1,
      },
      { now: T0 },
    );
    expect(await verifyLedger(db())).toEqual({ ok: true, count: 1 });
    const row = await db().selectFrom('consent_events').selectAll().executeTakeFirstOrThrow();
    expect(row.hash).toBe(hashEvent(row.prev_hash, hashedFieldsOf(row), ledgerKey()));
    expect(row.hash).not.toBe(hashEvent(row.prev_hash, hashedFieldsOf(row), Buffer.alloc(32, 7)));
    expect(row.hash).not.toBe(legacyHashEvent(row.prev_hash, hashedFieldsOf(row)));
  });
});
