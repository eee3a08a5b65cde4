import { describe, expect, it } from 'vitest';
import { formatMomentInWords } from '#src/domain/calendar.ts';
import { SCOPES } from '#src/domain/consent-types.ts';
import type { ConsentEvent, Scope } from '#src/domain/consent-types.ts';
import { KANTARA_VERSION } from '#src/domain/receipt-kantara.ts';
import { buildReceipt, receiptEventFromLedger } from '#src/domain/receipts.ts';
import { scopeName } from '#src/domain/receipt-words.ts';
import type { ReceiptController, ReceiptEvent, ReceiptInput } from '#src/domain/receipts.ts';

// Fixed clocks only: the domain takes `now` as an argument, so every case is repeatable.
const d = (iso: string): Date => new Date(iso);
const NOW = d('2026-03-04T09:00:00Z');

const controller: ReceiptController = {
  name: 'Sefton Stories CIC',
  contact: 'Data protection lead',
  email: 'privacy@sefton.example',
  phone: '0151 000 0000',
  address: '1 Fern Street, Bootle',
  country: 'GB',
  jurisdiction: 'GB',
  policyUrl: 'https://stories.example/how-consent-works',
  timeZone: 'Europe/London',
};

const MARGARET = '11111111-1111-4111-8111-111111111111';
const DONNA = '22222222-2222-4222-8222-222222222222';
const KAYLA = '33333333-3333-4333-8333-333333333333';
const STORY = '44444444-4444-4444-8444-444444444444';

function event(overrides: Partial<ReceiptEvent> = {}): ReceiptEvent {
  return {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    storyId: STORY,
    subjectId: MARGARET,
    actorId: MARGARET,
    kind: 'grant',
    scope: 'public_site',
    occurredAt: d('2026-03-03T10:00:00Z'),
    requestId: null,
    anonymity: 'first_name',
    revisionNumber: 3,
    expiresAt: d('2027-03-03T10:00:00Z'),
    ...overrides,
  };
}

function receipt(overrides: Partial<ReceiptInput> & { event?: ReceiptEvent } = {}) {
  return buildReceipt({
    event: event(),
    storyTitle: 'The kitchen on Fern Street',
    shownName: 'Margaret',
    controller,
    now: NOW,
    ...overrides,
  });
}

describe('scopeName', () => {
  it.each<[Scope, string]>([
    ['group', 'your group'],
    ['public_site', 'the public website'],
    ['newsletter', 'the newsletter'],
    ['social_media', 'social media'],
    ['press', 'newspapers, radio and TV'],
    ['funding_and_reports', 'funding bids and reports'],
    ['training', 'training'],
    ['book', 'the book'],
  ])('%s is called %s', (scope, name) => {
    expect(scopeName(scope)).toBe(name);
  });

  it('names every scope', () => {
    for (const scope of SCOPES) expect(scopeName(scope)).not.toBe('');
  });
});

describe('buildReceipt: plain words', () => {
  const guardianApproval = event({
    kind: 'guardian_approve',
    subjectId: KAYLA,
    actorId: DONNA,
    revisionNumber: 2,
  });
  const guardianWithdrawal = event({
    kind: 'guardian_withdraw',
    subjectId: KAYLA,
    actorId: DONNA,
  });

  it.each<[string, Partial<ReceiptInput>, string, readonly string[]]>([
    [
      'a yes to the public website',
      {},
      'You said yes to sharing your story',
      [
        'You said yes to showing “The kitchen on Fern Street” (version 3) on the public website, as ‘Margaret’, until 3 March 2027.',
        'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a yes to the group',
      { event: event({ scope: 'group' }) },
      'You said yes to sharing your story',
      [
        'You said yes to sharing “The kitchen on Fern Street” (version 3) with your group, as ‘Margaret’, until 3 March 2027.',
        'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a yes whose end date has passed',
      { now: d('2027-03-03T10:00:00Z') },
      'You said yes to sharing your story',
      [
        'You said yes to showing “The kitchen on Fern Street” (version 3) on the public website, as ‘Margaret’, until 3 March 2027.',
        'That date has now passed, so this permission has ended.',
        'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a yes to a story since deleted',
      {
        storyTitle: null,
        event: event({ scope: 'book', anonymity: 'named' }),
        shownName: 'Margaret Hill',
      },
      'You said yes to sharing your story',
      [
        'You said yes to printing a story you deleted (version 3) in the book, as ‘Margaret Hill’, until 3 March 2027.',
        'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a renewal',
      { event: event({ kind: 'renew', expiresAt: d('2028-01-31T12:00:00Z') }) },
      'You kept sharing your story',
      [
        'You said yes to keep showing “The kitchen on Fern Street” (version 3) on the public website, as ‘Margaret’, until 31 January 2028.',
        'You can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'stopping on the public website',
      { event: event({ kind: 'withdraw' }) },
      'You stopped sharing your story',
      [
        'You stopped sharing “The kitchen on Fern Street” on the public website.',
        'It was taken down straight away.',
        'If you want to share it again, you can do that on the story’s sharing page.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'stopping social media (off our site: staff take it down)',
      { event: event({ kind: 'withdraw', scope: 'social_media' }) },
      'You stopped sharing your story',
      [
        'You stopped sharing “The kitchen on Fern Street” on social media.',
        'It will not be used there again. Staff have been asked to take it down anywhere it is still showing.',
        'If you want to share it again, you can do that on the story’s sharing page.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'an expiry recorded late: the end date counts',
      {
        event: event({
          kind: 'expire',
          occurredAt: d('2027-03-05T08:00:00Z'),
          expiresAt: d('2027-03-03T10:00:00Z'),
        }),
      },
      'Your permission ran out',
      [
        'Your permission to show “The kitchen on Fern Street” (version 3) on the public website ran out on 3 March 2027.',
        'It was taken down when the permission ran out.',
        'If you want to share it again, you can do that on the story’s sharing page.',
        'Date of this change: 5 March 2027 at 08:00.',
      ],
    ],
    [
      'an expiry of a funding bid',
      { event: event({ kind: 'expire', scope: 'funding_and_reports', expiresAt: null }) },
      'Your permission ran out',
      [
        'Your permission to use “The kitchen on Fern Street” (version 3) in funding bids and reports ran out on 3 March 2026.',
        'It will not be used there again.',
        'If you want to share it again, you can do that on the story’s sharing page.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a guardian’s approval, read by the guardian',
      {
        event: guardianApproval,
        readerId: DONNA,
        subjectName: 'Kayla',
        actorName: 'Donna',
        shownName: 'Kayla',
      },
      'You agreed, as Kayla’s guardian',
      [
        'You agreed that Kayla can show “The kitchen on Fern Street” (version 2) on the public website, as ‘Kayla’, until 3 March 2027.',
        'You or Kayla can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a guardian’s approval, read by the young person',
      {
        event: guardianApproval,
        readerId: KAYLA,
        subjectName: 'Kayla',
        actorName: 'Donna',
        shownName: 'Kayla',
      },
      'Your guardian agreed',
      [
        'Your guardian Donna agreed that you can show “The kitchen on Fern Street” (version 2) on the public website, as ‘Kayla’, until 3 March 2027.',
        'You or your guardian can stop sharing at any time on the story’s sharing page.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a guardian stopping the group, read by the guardian',
      {
        event: { ...guardianWithdrawal, scope: 'group' },
        readerId: DONNA,
        subjectName: 'Kayla',
        actorName: 'Donna',
      },
      'You stopped sharing, as Kayla’s guardian',
      [
        'You stopped Kayla sharing “The kitchen on Fern Street” with Kayla’s group.',
        'It was taken down straight away.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a guardian stopping, read by the young person',
      { event: guardianWithdrawal, readerId: KAYLA, subjectName: 'Kayla', actorName: 'Donna' },
      'Your guardian stopped sharing your story',
      [
        'Your guardian Donna stopped sharing “The kitchen on Fern Street” on the public website.',
        'It was taken down straight away.',
        'If you want to talk about this, speak to your guardian or your group’s facilitator.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
    [
      'a guardian’s approval when the young person’s account is gone',
      { event: guardianApproval, readerId: DONNA, subjectName: null, shownName: null },
      'You agreed, as the young person’s guardian',
      [
        'You agreed that the young person can show “The kitchen on Fern Street” (version 2) on the public website, until 3 March 2027.',
        'You or the young person can stop sharing at any time on the story’s sharing page. You do not have to give a reason.',
        'Date of this change: 3 March 2026 at 10:00.',
      ],
    ],
  ])('%s', (_name, overrides, heading, lines) => {
    const { plain } = receipt(overrides);
    expect(plain.heading).toBe(heading);
    expect(plain.lines).toEqual(lines);
  });

  it('writes times in the organisation’s time zone (British Summer Time here)', () => {
    expect(formatMomentInWords(d('2026-07-01T09:30:00Z'), 'Europe/London')).toBe(
      '1 July 2026 at 10:30',
    );
  });
});

describe('buildReceipt: Kantara Consent Receipt 1.1 fields', () => {
  it('carries the required fields of the specification', () => {
    const { id, kantara } = receipt();
    expect(id).toBe('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
    expect(kantara).toMatchObject({
      version: KANTARA_VERSION,
      jurisdiction: 'GB',
      consentTimestamp: Date.UTC(2026, 2, 3, 10) / 1000,
      consentReceiptID: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      language: 'en',
      piiPrincipalId: MARGARET,
      piiControllers: [
        {
          piiController: 'Sefton Stories CIC',
          contact: 'Data protection lead',
          address: { streetAddress: '1 Fern Street, Bootle', addressCountry: 'GB' },
          email: 'privacy@sefton.example',
          phone: '0151 000 0000',
        },
      ],
      policyUrl: 'https://stories.example/how-consent-works',
      sensitive: true,
    });
    expect(kantara.spiCat.length).toBeGreaterThan(0);
    expect(kantara).not.toHaveProperty('publicKey');
    expect(kantara.services).toHaveLength(1);
    expect(kantara.services[0]?.purposes).toEqual([
      {
        purpose:
          'Show “The kitchen on Fern Street” (version 3) on the public website, naming the author as ‘Margaret’',
        purposeCategory: ['1 - Core Function'],
        consentType: 'EXPLICIT',
        piiCategory: ['1 - Biographical', '4 - Communications/Social'],
        primaryPurpose: true,
        termination:
          'Ends on 2027-03-03T10:00:00.000Z, or earlier when withdrawn by the contributor (or, for a young person, their guardian) on the story’s sharing page',
        thirdPartyDisclosure: true,
        thirdPartyName: 'Anyone who visits the public website',
      },
    ]);
  });

  it('never names the person: the principal is the opaque id', () => {
    const json = JSON.stringify(receipt({ shownName: 'Anonymous' }).kantara);
    expect(json).not.toContain('Margaret');
    expect(json).toContain(MARGARET);
  });

  it.each<[Scope, boolean]>([
    ['group', false],
    ['public_site', true],
    ['newsletter', true],
    ['social_media', true],
    ['press', true],
    ['funding_and_reports', true],
    ['training', false],
    ['book', true],
  ])('%s: third-party disclosure %s', (scope, disclosed) => {
    const purpose = receipt({ event: event({ scope }) }).kantara.services[0]?.purposes[0];
    expect(purpose?.thirdPartyDisclosure).toBe(disclosed);
    expect(purpose !== undefined && 'thirdPartyName' in purpose).toBe(disclosed);
  });

  it.each<[string, Partial<ReceiptEvent>, RegExp, RegExp]>([
    ['grant', {}, /sharing page, after seeing a preview/, /^Ends on 2027-03-03/],
    [
      'grant answering a request',
      { requestId: '55555555-5555-4555-8555-555555555555' },
      /answered a request from staff/,
      /^Ends on/,
    ],
    ['renew', { kind: 'renew' }, /renewed/, /^Ends on/],
    [
      'withdraw',
      { kind: 'withdraw' },
      /withdrew/,
      /^Ended: withdrawn by the contributor at 2026-03-03T10:00/,
    ],
    ['expire', { kind: 'expire' }, /^Automatic/, /^Ended: expired at 2027-03-03T10:00:00.000Z/],
    [
      'guardian_approve',
      { kind: 'guardian_approve', actorId: DONNA },
      /guardian co-consented/,
      /^Ends on/,
    ],
    [
      'guardian_withdraw',
      { kind: 'guardian_withdraw', actorId: DONNA },
      /guardian withdrew/,
      /^Ended: withdrawn by a guardian/,
    ],
  ])('%s: collection method and termination', (_kind, overrides, method, ends) => {
    const { kantara } = receipt({ event: event(overrides) });
    expect(kantara.collectionMethod).toMatch(method);
    expect(kantara.services[0]?.purposes[0]?.termination).toMatch(ends);
  });

  it('a receipt for a deleted story still verifies as a record, without the title', () => {
    const { kantara } = receipt({ storyTitle: null });
    expect(kantara.services[0]?.purposes[0]?.purpose).toContain(
      'a story that has since been deleted',
    );
  });
});

describe('receiptEventFromLedger', () => {
  let sequence = 0;
  const ledgerEvent = (
    kind: ConsentEvent['kind'],
    at: string,
    fields: Partial<ConsentEvent> = {},
  ): ConsentEvent & { id: string; requestId: string | null } => ({
    sequence: ++sequence,
    id: `event-${sequence}`,
    requestId: null,
    storyId: STORY,
    subjectId: KAYLA,
    actorId: KAYLA,
    kind,
    scope: 'public_site',
    anonymity: null,
    revisionNumber: null,
    expiresAt: null,
    guardianRequired: null,
    fingerprint: null,
    contentKey: null,
    occurredAt: d(at),
    ...fields,
  });

  const firstGrant = ledgerEvent('grant', '2026-01-01T10:00:00Z', {
    anonymity: 'named',
    revisionNumber: 1,
    expiresAt: d('2026-06-01T10:00:00Z'),
  });
  const secondGrant = ledgerEvent('grant', '2026-02-01T10:00:00Z', {
    anonymity: 'first_name',
    revisionNumber: 2,
    expiresAt: d('2026-08-01T10:00:00Z'),
  });
  const otherScope = ledgerEvent('grant', '2026-02-02T10:00:00Z', {
    scope: 'group',
    anonymity: 'anonymous',
    revisionNumber: 2,
    expiresAt: d('2027-01-01T10:00:00Z'),
  });
  const otherAuthor = ledgerEvent('grant', '2026-02-03T10:00:00Z', {
    subjectId: MARGARET,
    actorId: MARGARET,
    anonymity: 'pseudonym',
    revisionNumber: 2,
    expiresAt: d('2027-01-01T10:00:00Z'),
  });
  const approve = ledgerEvent('guardian_approve', '2026-02-04T10:00:00Z', {
    actorId: DONNA,
    revisionNumber: 2,
  });
  const renew = ledgerEvent('renew', '2026-03-01T10:00:00Z', {
    expiresAt: d('2027-02-01T10:00:00Z'),
  });
  const withdraw = ledgerEvent('withdraw', '2026-04-01T10:00:00Z');
  const laterGrant = ledgerEvent('grant', '2026-05-01T10:00:00Z', {
    anonymity: 'pseudonym',
    revisionNumber: 3,
    expiresAt: d('2027-05-01T10:00:00Z'),
  });
  const story = [
    firstGrant,
    secondGrant,
    otherScope,
    otherAuthor,
    approve,
    renew,
    withdraw,
    laterGrant,
  ];

  it.each<[string, ConsentEvent & { id: string; requestId: string | null }, Partial<ReceiptEvent>]>(
    [
      [
        'a grant speaks for itself',
        firstGrant,
        { anonymity: 'named', revisionNumber: 1, expiresAt: d('2026-06-01T10:00:00Z') },
      ],
      [
        'an approval takes the name and end date of the latest grant before it',
        approve,
        { anonymity: 'first_name', revisionNumber: 2, expiresAt: d('2026-08-01T10:00:00Z') },
      ],
      [
        'a renewal keeps the grant’s name and version with its own end date',
        renew,
        { anonymity: 'first_name', revisionNumber: 2, expiresAt: d('2027-02-01T10:00:00Z') },
      ],
      [
        'a withdrawal describes the consent it ended, renewal included, not later grants',
        withdraw,
        { anonymity: 'first_name', revisionNumber: 2, expiresAt: d('2027-02-01T10:00:00Z') },
      ],
    ],
  )('%s', (_name, ledgerRow, expected) => {
    const result = receiptEventFromLedger(ledgerRow, story);
    expect(result).toMatchObject({
      id: ledgerRow.id,
      kind: ledgerRow.kind,
      subjectId: KAYLA,
      scope: 'public_site',
      ...expected,
    });
  });

  it('a withdrawal with no grant before it names nothing', () => {
    const lone = ledgerEvent('withdraw', '2026-01-01T09:00:00Z', { sequence: 0 });
    expect(receiptEventFromLedger(lone, story)).toMatchObject({
      anonymity: null,
      revisionNumber: null,
      expiresAt: null,
    });
  });
});
