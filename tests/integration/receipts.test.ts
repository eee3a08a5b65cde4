/**
 * Receipts: every consent change gives the people it concerns a
 * receipt in plain words and as a Kantara Consent Receipt 1.1 record, readable
 * only by them.
 */
import { afterEach, expect, it, vi } from 'vitest';
import type { ConsentChange } from '#src/domain/consent-change.ts';
import { KANTARA_VERSION } from '#src/domain/receipt-kantara.ts';
import {
  findReceipt,
  listReceiptsForPerson,
  sendReceiptEmail,
} from '#src/server/consent/receipts.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

const T0 = new Date('2026-03-03T10:00:00Z');
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);

describeEachDatabase('consent receipts', ({ db }) => {
  async function append(storyId: string, change: ConsentChange, now: Date): Promise<string> {
    const result = await appendConsentEvent(db(), storyId, change, { now });
    if (!result.ok) throw new Error(`The consent change was refused: ${result.reason}`);
    return result.eventId;
  }

  async function margaretSharesAndStops() {
    const margaret = await makePerson(db(), { name: 'Margaret Hill', firstName: 'Margaret' });
    const story = await makeStory(db(), [margaret], { title: 'The kitchen on Fern Street' });
    const granted = await append(
      story.id,
      {
        kind: 'grant',
        actorId: margaret,
        subjectId: margaret,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      T0,
    );
    const withdrawn = await append(
      story.id,
      { kind: 'withdraw', actorId: margaret, subjectId: margaret, scope: 'public_site' },
      later(10),
    );
    return { margaret, story, granted, withdrawn };
  }

  it('a yes and a stop each give a receipt, newest first, in plain words and Kantara fields', async () => {
    const { margaret, story, granted, withdrawn } = await margaretSharesAndStops();
    const receipts = await listReceiptsForPerson(db(), margaret, later(11));
    expect(receipts.map((r) => [r.id, r.kind])).toEqual([
      [withdrawn, 'withdraw'],
      [granted, 'grant'],
    ]);

    const [stop, yes] = receipts;
    expect(yes).toMatchObject({
      storyId: story.id,
      storyExists: true,
      role: 'subject',
      scope: 'public_site',
      plain: {
        heading: 'You said yes to sharing your story',
        lines: [
          'You said yes to showing “The kitchen on Fern Street” (version 1) on the public website, as ‘Margaret’, until 3 March 2027.',
          'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
          'Date of this change: 3 March 2026 at 10:00.',
        ],
      },
      kantara: {
        version: KANTARA_VERSION,
        consentReceiptID: granted,
        consentTimestamp: T0.getTime() / 1000,
        piiPrincipalId: margaret,
        language: 'en',
        jurisdiction: 'GB',
        piiControllers: [{ piiController: 'Heard demo organisation' }],
      },
    });
    expect(yes?.kantara.services[0]?.purposes[0]).toMatchObject({
      consentType: 'EXPLICIT',
      termination: expect.stringMatching(/^Ends on 2027-03-03T10:00:00.000Z/) as unknown,
      thirdPartyDisclosure: true,
    });
    expect(stop?.plain.lines.slice(0, 2)).toEqual([
      'You stopped sharing “The kitchen on Fern Street” on the public website.',
      'It was taken down straight away.',
    ]);
    expect(stop?.kantara.services[0]?.purposes[0]?.termination).toMatch(
      /^Ended: withdrawn by the contributor/,
    );

    expect(await findReceipt(db(), margaret, granted, later(11))).toEqual(yes);
  });

  it('nobody else can read a receipt: not a stranger, not an admin, not a made-up id', async () => {
    const { granted } = await margaretSharesAndStops();
    const stranger = await makePerson(db(), { name: 'Sam Stranger' });
    const admin = await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] });
    expect(await findReceipt(db(), stranger, granted)).toBeUndefined();
    expect(await findReceipt(db(), admin, granted)).toBeUndefined();
    expect(await listReceiptsForPerson(db(), stranger)).toEqual([]);
    expect(await findReceipt(db(), stranger, 'not-a-uuid')).toBeUndefined();
    expect(await listReceiptsForPerson(db(), 'not-a-uuid')).toEqual([]);
  });

  it('guardian events: the young person and the guardian each get theirs, worded for them', async () => {
    const kayla = await makePerson(db(), { name: 'Kayla Price', dateOfBirth: '2011-05-14' });
    const donna = await makePerson(db(), { name: 'Donna Price', roles: ['guardian'] });
    await linkGuardian(db(), donna, kayla);
    const story = await makeStory(db(), [kayla], { title: 'Dinner after school' });
    const granted = await append(
      story.id,
      {
        kind: 'grant',
        actorId: kayla,
        subjectId: kayla,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
      },
      T0,
    );
    const approved = await append(
      story.id,
      {
        kind: 'guardian_approve',
        actorId: donna,
        subjectId: kayla,
        scope: 'public_site',
        revisionNumber: 1,
      },
      later(1),
    );
    const stopped = await append(
      story.id,
      { kind: 'guardian_withdraw', actorId: donna, subjectId: kayla, scope: 'public_site' },
      later(2),
    );

    const forKayla = await listReceiptsForPerson(db(), kayla, later(3));
    expect(forKayla.map((r) => r.id)).toEqual([stopped, approved, granted]);
    expect(forKayla.every((r) => r.role === 'subject')).toBe(true);
    expect(forKayla[1]?.plain.lines[0]).toBe(
      'Your guardian Donna agreed that you can show “Dinner after school” (version 1) on the public website, as ‘Kayla’, until 3 March 2027.',
    );
    expect(forKayla[0]?.plain.lines[0]).toBe(
      'Your guardian Donna stopped sharing “Dinner after school” on the public website.',
    );

    // The guardian sees the changes they made, and only those.
    const forDonna = await listReceiptsForPerson(db(), donna, later(3));
    expect(forDonna.map((r) => r.id)).toEqual([stopped, approved]);
    expect(forDonna.every((r) => r.role === 'actor')).toBe(true);
    expect(forDonna[1]?.plain).toMatchObject({
      heading: 'You agreed, as Kayla’s guardian',
      lines: [
        'You agreed that Kayla can show “Dinner after school” (version 1) on the public website, as ‘Kayla’, until 3 March 2027.',
        'You or Kayla can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 4 March 2026 at 10:00.',
      ],
    });
    expect(forDonna[1]?.kantara).toMatchObject({
      piiPrincipalId: kayla,
      collectionMethod: expect.stringMatching(/guardian co-consented/) as unknown,
    });
    expect(forDonna[0]?.plain.lines[0]).toBe(
      'You stopped Kayla sharing “Dinner after school” on the public website.',
    );
    expect(await findReceipt(db(), donna, granted)).toBeUndefined();
  });

  it('a receipt outlives its story: the ledger keeps the event, the words say it was deleted', async () => {
    const { margaret, story, granted } = await margaretSharesAndStops();
    await db().deleteFrom('stories').where('id', '=', story.id).execute();
    const receipt = await findReceipt(db(), margaret, granted, later(11));
    expect(receipt).toMatchObject({ storyExists: false, storyId: story.id });
    expect(receipt?.plain.lines[0]).toBe(
      'You said yes to showing a story you deleted (version 1) on the public website, as ‘Margaret’, until 3 March 2027.',
    );
  });

  it('the receipt email goes to the person, with links on the public address', async () => {
    vi.stubEnv('HEARD_PUBLIC_URL', 'https://stories.example/');
    const { margaret, story, granted } = await margaretSharesAndStops();
    expect(await sendReceiptEmail(db(), granted, { now: later(11) })).toBe(1);
    const [mail] = await listOutboxMail(db());
    const email = await db()
      .selectFrom('User')
      .select('email')
      .where('id', '=', margaret)
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({
      to_address: email.email,
      subject: 'You said yes to sharing your story',
    });
    expect(mail?.text_body).toContain('Hello Margaret,');
    expect(mail?.text_body).toContain(
      'You said yes to showing “The kitchen on Fern Street” (version 1) on the public website, as ‘Margaret’, until 3 March 2027.',
    );
    expect(mail?.text_body).toContain(`https://stories.example/my/stories/${story.id}/sharing`);
    expect(mail?.text_body).toContain(`https://stories.example/my/consents/${granted}`);
    expect(mail?.text_body).toContain(`Receipt number: ${granted}`);
    expect(await sendReceiptEmail(db(), 'not-a-uuid')).toBe(0);
  });

  it('a guardian’s change is emailed to both the young person and the guardian', async () => {
    const kayla = await makePerson(db(), { name: 'Kayla Price', dateOfBirth: '2011-05-14' });
    const donna = await makePerson(db(), { name: 'Donna Price', roles: ['guardian'] });
    await linkGuardian(db(), donna, kayla);
    const story = await makeStory(db(), [kayla]);
    await append(
      story.id,
      {
        kind: 'grant',
        actorId: kayla,
        subjectId: kayla,
        scope: 'newsletter',
        anonymity: 'anonymous',
        revisionNumber: 1,
      },
      T0,
    );
    const approved = await append(
      story.id,
      {
        kind: 'guardian_approve',
        actorId: donna,
        subjectId: kayla,
        scope: 'newsletter',
        revisionNumber: 1,
      },
      later(1),
    );
    expect(await sendReceiptEmail(db(), approved, { now: later(1) })).toBe(2);
    const subjects = (await listOutboxMail(db())).map((m) => m.subject).sort();
    expect(subjects).toEqual(['You agreed, as Kayla’s guardian', 'Your guardian agreed']);
  });
});
