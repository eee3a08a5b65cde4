/**
 * Consent expiry reminders: the contributor hears 30 days and 7 days before a
 * running consent ends, each once per end date, with one link to keep sharing
 * and one to stop.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ConsentChange } from '#src/domain/consent-change.ts';
import { sendExpiryReminders } from '#src/server/consent/reminders.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { listOutboxMail } from '#src/server/platform/mail.repository.ts';
import { linkGuardian } from '#src/server/accounts/people.repository.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

// Every link in an email comes from the public address (src/server/http/public-address.ts).
beforeEach(() => {
  vi.stubEnv('HEARD_PUBLIC_URL', 'https://heard.example');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const DAY = 86_400_000;
const T0 = new Date('2026-03-03T10:00:00Z');
/** A grant at T0 with the default expiry ends 12 months later. */
const END = new Date('2027-03-03T10:00:00Z');
const later = (days: number) => new Date(T0.getTime() + days * DAY);
const beforeEnd = (days: number, end = END) => new Date(end.getTime() - days * DAY);
const SITE = 'https://heard.example';

describeEachDatabase('consent expiry reminders', ({ db }) => {
  async function append(storyId: string, change: ConsentChange, now: Date): Promise<void> {
    const result = await appendConsentEvent(db(), storyId, change, { now });
    if (!result.ok) throw new Error(`The consent change was refused: ${result.reason}`);
  }

  async function send(now: Date): Promise<number> {
    return (await sendExpiryReminders(db(), now)).sent;
  }

  async function emailOf(personId: string): Promise<string> {
    const [person] = await listPersonNameFacts(db(), [personId]);
    if (!person) throw new Error('No such person.');
    return person.email;
  }

  async function sharedStory(
    options: { name?: string; dateOfBirth?: string; expiresAt?: Date } = {},
  ) {
    const author = await makePerson(db(), {
      name: options.name ?? 'Margaret Hill',
      ...(options.dateOfBirth ? { dateOfBirth: options.dateOfBirth } : {}),
    });
    const story = await makeStory(db(), [author], { title: 'The kitchen on Fern Street' });
    await append(
      story.id,
      {
        kind: 'grant',
        actorId: author,
        subjectId: author,
        scope: 'public_site',
        anonymity: 'first_name',
        revisionNumber: 1,
        expiresAt: options.expiresAt,
      },
      T0,
    );
    return { author, story };
  }

  it('sends nothing 31 days before, the 30-day reminder once, then the 7-day one', async () => {
    const { author, story } = await sharedStory();
    expect(await send(beforeEnd(31))).toBe(0);
    expect(await send(beforeEnd(30))).toBe(1);
    expect(await send(beforeEnd(30))).toBe(0);
    expect(await send(beforeEnd(20))).toBe(0);
    expect(await send(new Date(beforeEnd(7).getTime() - 1))).toBe(0);
    expect(await send(beforeEnd(7))).toBe(1);
    expect(await send(beforeEnd(1))).toBe(0);
    expect(await send(END)).toBe(0);

    const mail = await listOutboxMail(db());
    expect(mail.map((m) => m.subject)).toEqual([
      'Your story “The kitchen on Fern Street”: the last day it is shared is 3 March 2027',
      'Your story “The kitchen on Fern Street”: the last day it is shared is 3 March 2027',
    ]);
    const rows = await db()
      .selectFrom('consent_reminders')
      .select(['story_id', 'subject_id', 'scope', 'expires_at', 'days_before'])
      .orderBy('days_before', 'desc')
      .execute();
    expect(rows).toEqual([
      {
        story_id: story.id,
        subject_id: author,
        scope: 'public_site',
        expires_at: END,
        days_before: 30,
      },
      {
        story_id: story.id,
        subject_id: author,
        scope: 'public_site',
        expires_at: END,
        days_before: 7,
      },
    ]);
  });

  it('two runs at the same moment send one reminder between them', async () => {
    await sharedStory();
    const results = await Promise.all([send(beforeEnd(30)), send(beforeEnd(30))]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await listOutboxMail(db())).toHaveLength(1);
  });

  it('the email says which story, use, name and date, with keep and stop links alike', async () => {
    const { author, story } = await sharedStory();
    await send(beforeEnd(7));
    const [mail] = await listOutboxMail(db());
    expect(mail?.to_address).toBe(await emailOf(author));
    const text = mail?.text_body ?? '';
    expect(text).toContain('Hello Margaret,');
    expect(text).toContain('You said yes to sharing your story “The kitchen on Fern Street”.');
    expect(text).toContain('Where: the public website.');
    expect(text).toContain('How you are named: Margaret.');
    expect(text).toContain('The last day it is shared is 3 March 2027 (7 days from now).');
    expect(text).toContain('Nothing changes unless you choose.');
    expect(text).toContain('If you do nothing, sharing stops after that day.');
    expect(text).toContain(
      `Keep sharing: ${SITE}/my/stories/${story.id}/sharing?renew=public_site#public_site`,
    );
    expect(text).toContain(`Stop sharing: ${SITE}/my/stories/${story.id}/sharing#public_site`);
    expect(text).not.toMatch(/reason why|tell us why/i);
    expect(text).not.toContain('guardian');
  });

  it('inside the 7-day window with nothing sent, only the 7-day reminder goes', async () => {
    await sharedStory();
    expect(await send(beforeEnd(5))).toBe(1);
    expect(await send(beforeEnd(4))).toBe(0);
    const [mail] = await listOutboxMail(db());
    expect(mail?.text_body).toContain('(5 days from now)');
    const days = await db().selectFrom('consent_reminders').select('days_before').execute();
    expect(days).toEqual([{ days_before: 7 }]);
  });

  it('a renewal moves the end date, and the reminders are due again for the new one', async () => {
    const { author, story } = await sharedStory();
    expect(await send(beforeEnd(30))).toBe(1);
    const newEnd = new Date(END.getTime() + 60 * DAY);
    await append(
      story.id,
      {
        kind: 'renew',
        actorId: author,
        subjectId: author,
        scope: 'public_site',
        expiresAt: newEnd,
      },
      beforeEnd(20),
    );
    expect(await send(beforeEnd(7))).toBe(0);
    expect(await send(beforeEnd(31, newEnd))).toBe(0);
    expect(await send(beforeEnd(30, newEnd))).toBe(1);
    expect(await send(beforeEnd(7, newEnd))).toBe(1);
    const rows = await db()
      .selectFrom('consent_reminders')
      .select(['expires_at', 'days_before'])
      .orderBy('sent_at')
      .execute();
    expect(rows).toEqual([
      { expires_at: END, days_before: 30 },
      { expires_at: newEnd, days_before: 30 },
      { expires_at: newEnd, days_before: 7 },
    ]);
    const [latest] = await listOutboxMail(db());
    expect(latest?.text_body).toContain(
      'The last day it is shared is 2 May 2027 (7 days from now).',
    );
  });

  it('a withdrawn consent gets no reminder', async () => {
    const { author, story } = await sharedStory();
    await append(
      story.id,
      { kind: 'withdraw', actorId: author, subjectId: author, scope: 'public_site' },
      beforeEnd(40),
    );
    expect(await send(beforeEnd(30))).toBe(0);
    expect(await send(beforeEnd(7))).toBe(0);
    expect(await listOutboxMail(db())).toEqual([]);
  });

  it('an expired consent gets no reminder, recorded or not', async () => {
    const shortEnd = later(60);
    const { author, story } = await sharedStory({ expiresAt: shortEnd });
    expect(await send(shortEnd)).toBe(0);
    expect(await send(new Date(shortEnd.getTime() + DAY))).toBe(0);
    await append(
      story.id,
      { kind: 'expire', actorId: author, subjectId: author, scope: 'public_site' },
      new Date(shortEnd.getTime() + 2 * DAY),
    );
    expect(await send(new Date(shortEnd.getTime() + 3 * DAY))).toBe(0);
    expect(await listOutboxMail(db())).toEqual([]);
  });

  it('a young person’s consent awaiting their guardian still reminds the young person', async () => {
    const { author: kayla } = await sharedStory({
      name: 'Kayla Price',
      dateOfBirth: '2011-05-14',
    });
    const donna = await makePerson(db(), { name: 'Donna Price', roles: ['guardian'] });
    await linkGuardian(db(), donna, kayla);
    expect(await send(beforeEnd(30))).toBe(1);
    const mail = await listOutboxMail(db());
    expect(mail.map((m) => m.to_address)).toEqual([await emailOf(kayla)]);
    expect(mail[0]?.text_body).toContain('Hello Kayla,');
    expect(mail[0]?.text_body).toContain('It is still waiting for your parent or carer to agree.');
  });

  it('each co-author is reminded of their own consent', async () => {
    const ann = await makePerson(db(), { name: 'Ann Lee' });
    const bo = await makePerson(db(), { name: 'Bo Shaw', pseudonym: 'The Gardener' });
    const story = await makeStory(db(), [ann, bo], { title: 'Our allotment' });
    for (const [person, anonymity] of [
      [ann, 'named'],
      [bo, 'pseudonym'],
    ] as const) {
      await append(
        story.id,
        {
          kind: 'grant',
          actorId: person,
          subjectId: person,
          scope: 'newsletter',
          anonymity,
          revisionNumber: 1,
        },
        T0,
      );
    }
    expect(await send(beforeEnd(30))).toBe(2);
    const mail = await listOutboxMail(db());
    const byAddress = new Map(mail.map((m) => [m.to_address, m.text_body]));
    expect(byAddress.get(await emailOf(ann))).toContain('How you are named: Ann Lee.');
    expect(byAddress.get(await emailOf(bo))).toContain('How you are named: The Gardener.');
    expect(byAddress.get(await emailOf(bo))).toContain('Where: the newsletter.');
  });
});
