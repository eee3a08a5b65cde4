/**
 * Consent receipts (issue 5 item 4, DESIGN.md §2.7): for every event on the
 * consent ledger, the words the contributor reads ("You said yes to showing …")
 * and the same change as a Kantara Consent Receipt 1.1 record. Pure: the clock,
 * the names and the organisation's details all come in as arguments.
 */
import { formatLastDay, formatMomentInWords } from './calendar.ts';
import type { Anonymity, ConsentEvent, ConsentEventKind, Scope } from './consent-types.ts';

/** The Kantara Consent Receipt specification version these receipts follow. */
export const KANTARA_VERSION = 'KI-CR-v1.1.0';

/** The organisation responsible for the stories (the Kantara "PII controller"). */
export interface ReceiptController {
  readonly name: string;
  /** A person or role to write to about consent. */
  readonly contact: string;
  readonly email: string;
  readonly phone: string;
  /** The postal address on one line. */
  readonly address: string;
  /** ISO 3166-1 alpha-2, e.g. "GB". */
  readonly country: string;
  /** Whose law applies, e.g. "GB" (UK GDPR). */
  readonly jurisdiction: string;
  /** Where the organisation explains how consent works. */
  readonly policyUrl: string;
  /** The time zone dates are written in for people, e.g. "Europe/London". */
  readonly timeZone: string;
}

/**
 * One ledger event with the consent it concerns filled in: a renewal, an
 * approval, a withdrawal or an expiry names no anonymity of its own, but its
 * receipt must still say which name and which version it was about.
 */
export interface ReceiptEvent {
  /** The ledger event id, which is also the receipt's id. */
  readonly id: string;
  readonly storyId: string;
  readonly subjectId: string;
  readonly actorId: string;
  readonly kind: ConsentEventKind;
  readonly scope: Scope;
  readonly occurredAt: Date;
  /** The feature request this answered, if any. */
  readonly requestId: string | null;
  readonly anonymity: Anonymity | null;
  readonly revisionNumber: number | null;
  /** When the consent ends (or ended) unless renewed. */
  readonly expiresAt: Date | null;
}

/** A receipt in plain words, for the page and the email. */
export interface PlainReceipt {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** One purpose inside a Kantara service. */
export interface KantaraPurpose {
  readonly purpose: string;
  readonly purposeCategory: readonly string[];
  readonly consentType: 'EXPLICIT';
  readonly piiCategory: readonly string[];
  readonly primaryPurpose: boolean;
  readonly termination: string;
  readonly thirdPartyDisclosure: boolean;
  readonly thirdPartyName?: string;
}

/** The machine-readable fields of a Kantara Consent Receipt 1.1. */
export interface KantaraReceipt {
  readonly version: typeof KANTARA_VERSION;
  readonly jurisdiction: string;
  /** Seconds since 1970-01-01 UTC, as in the specification's example. */
  readonly consentTimestamp: number;
  readonly collectionMethod: string;
  readonly consentReceiptID: string;
  readonly publicKey?: string;
  readonly language: string;
  readonly piiPrincipalId: string;
  readonly piiControllers: readonly {
    readonly piiController: string;
    readonly contact: string;
    readonly address: { readonly streetAddress: string; readonly addressCountry: string };
    readonly email: string;
    readonly phone: string;
  }[];
  readonly policyUrl: string;
  readonly services: readonly {
    readonly service: string;
    readonly purposes: readonly KantaraPurpose[];
  }[];
  readonly sensitive: boolean;
  readonly spiCat: readonly string[];
}

/** A receipt: what changed, in plain words and as a Kantara record. */
export interface Receipt {
  readonly id: string;
  readonly storyId: string;
  readonly kind: ConsentEventKind;
  readonly scope: Scope;
  readonly occurredAt: Date;
  readonly plain: PlainReceipt;
  readonly kantara: KantaraReceipt;
}

/** Input to buildReceipt. */
export interface ReceiptInput {
  readonly event: ReceiptEvent;
  /** Null when the story has since been deleted. */
  readonly storyTitle: string | null;
  /** The name readers see for the subject at this consent's anonymity; null if unknown. */
  readonly shownName: string | null;
  readonly controller: ReceiptController;
  readonly now: Date;
  /** Whose receipt this is (the subject or the actor); the subject when omitted. */
  readonly readerId?: string | undefined;
  /** What to call the subject when writing to someone else (a guardian). */
  readonly subjectName?: string | null | undefined;
  /** What to call the actor when writing to the subject (their guardian). */
  readonly actorName?: string | null | undefined;
}

interface ScopeWords {
  /** "the public website" */
  readonly name: string;
  /** "showing", as in "You said yes to showing …" */
  readonly doing: string;
  /** "show", as in "… agreed that you can show …" */
  readonly verb: string;
  /** "on the public website"; `whose` is "your" or "Kayla's". */
  readonly where: (whose: string) => string;
  /** Whether the story leaves the organisation's own spaces. */
  readonly thirdParty: string | null;
  /** Best fit from the Kantara 1.1 purpose categories. */
  readonly purposeCategory: string;
  /** Whether stopping takes it down at once (on our own site) or needs staff to act. */
  readonly onSite: boolean;
}

// Plain words for each use, as the sharing page names them (issue 5 item 1).
const SCOPE_WORDS: Readonly<Record<Scope, ScopeWords>> = {
  group: {
    name: 'your group',
    doing: 'sharing',
    verb: 'share',
    where: (whose) => `with ${whose} group`,
    thirdParty: null,
    purposeCategory: '1 - Core Function',
    onSite: true,
  },
  public_site: {
    name: 'the public website',
    doing: 'showing',
    verb: 'show',
    where: () => 'on the public website',
    thirdParty: 'Anyone who visits the public website',
    purposeCategory: '1 - Core Function',
    onSite: true,
  },
  newsletter: {
    name: 'the newsletter',
    doing: 'using',
    verb: 'use',
    where: () => 'in the newsletter',
    thirdParty: 'Readers of the newsletter',
    purposeCategory: '6 - Marketing',
    onSite: false,
  },
  social_media: {
    name: 'social media',
    doing: 'posting',
    verb: 'post',
    where: () => 'on social media',
    thirdParty: 'Social media sites and their users',
    purposeCategory: '6 - Marketing',
    onSite: false,
  },
  press: {
    name: 'newspapers, radio and TV',
    doing: 'sharing',
    verb: 'share',
    where: () => 'with newspapers, radio and TV',
    thirdParty: 'Newspapers, radio and TV',
    purposeCategory: '9 - Sharing for Marketing',
    onSite: false,
  },
  funding_and_reports: {
    name: 'funding bids and reports',
    doing: 'using',
    verb: 'use',
    where: () => 'in funding bids and reports',
    thirdParty: 'Funders and the people who read the reports',
    purposeCategory: '15 - Protecting Our Interests',
    onSite: false,
  },
  training: {
    name: 'training',
    doing: 'using',
    verb: 'use',
    where: () => 'in training for staff and volunteers',
    thirdParty: null,
    purposeCategory: '16 - Improve Performance',
    onSite: false,
  },
  book: {
    name: 'the book',
    doing: 'printing',
    verb: 'print',
    where: () => 'in the book',
    thirdParty: 'Readers of the book',
    purposeCategory: '1 - Core Function',
    onSite: false,
  },
  service_improvement: {
    name: 'improving our services',
    doing: 'sharing',
    verb: 'share',
    where: () => 'with the people who plan our services',
    thirdParty: null,
    purposeCategory: '16 - Improve Performance',
    onSite: true,
  },
};

/** The plain name of a use, as the sharing page and receipts say it ("the public website"). */
export function scopeName(scope: Scope): string {
  return SCOPE_WORDS[scope].name;
}

/**
 * Fills in the consent an event concerns from the story's ledger: the latest
 * grant by the same person for the same use before it, and any renewals since.
 */
export function receiptEventFromLedger(
  event: ConsentEvent & { readonly id: string; readonly requestId: string | null },
  storyEvents: readonly ConsentEvent[],
): ReceiptEvent {
  const base = {
    id: event.id,
    storyId: event.storyId,
    subjectId: event.subjectId,
    actorId: event.actorId,
    kind: event.kind,
    scope: event.scope,
    occurredAt: event.occurredAt,
    requestId: event.requestId,
  };
  if (event.kind === 'grant') {
    return {
      ...base,
      anonymity: event.anonymity,
      revisionNumber: event.revisionNumber,
      expiresAt: event.expiresAt,
    };
  }
  // Sequence is the append order: the receipt describes the consent as it
  // stood when this event was written, not as it stands now.
  const earlier = storyEvents
    .filter(
      (e) =>
        e.subjectId === event.subjectId && e.scope === event.scope && e.sequence < event.sequence,
    )
    .sort((a, b) => a.sequence - b.sequence);
  let anonymity: Anonymity | null = null;
  let revisionNumber: number | null = null;
  let expiresAt: Date | null = null;
  for (const e of earlier) {
    if (e.kind === 'grant') {
      anonymity = e.anonymity;
      revisionNumber = e.revisionNumber;
      expiresAt = e.expiresAt;
    } else if (e.kind === 'renew' && anonymity !== null) {
      expiresAt = e.expiresAt;
    }
  }
  switch (event.kind) {
    case 'renew':
      return { ...base, anonymity, revisionNumber, expiresAt: event.expiresAt };
    case 'guardian_approve':
      return { ...base, anonymity, revisionNumber: event.revisionNumber, expiresAt };
    case 'withdraw':
    case 'guardian_withdraw':
    case 'expire':
      return { ...base, anonymity, revisionNumber, expiresAt };
  }
}

/** Builds the receipt for one consent change: plain words and the Kantara record. */
export function buildReceipt(input: ReceiptInput): Receipt {
  const { event, controller } = input;
  return {
    id: event.id,
    storyId: event.storyId,
    kind: event.kind,
    scope: event.scope,
    occurredAt: event.occurredAt,
    plain: buildPlainReceipt(input),
    kantara: buildKantaraReceipt(event, input.storyTitle, input.shownName, controller),
  };
}

function buildPlainReceipt(input: ReceiptInput): PlainReceipt {
  const { event, controller, now } = input;
  const zone = controller.timeZone;
  const words = SCOPE_WORDS[event.scope];
  const readerIsSubject = (input.readerId ?? event.subjectId) === event.subjectId;
  const subject = input.subjectName?.trim() || 'the young person';
  const actor = input.actorName?.trim() || '';
  // A young person's guardian reads "Kayla's group"; everyone else "your group".
  const where = words.where(readerIsSubject ? 'your' : `${subject}’s`);
  const story =
    input.storyTitle !== null
      ? `“${input.storyTitle}”`
      : readerIsSubject
        ? 'a story you deleted'
        : 'a story that has since been deleted';
  const version = event.revisionNumber !== null ? ` (version ${event.revisionNumber})` : '';
  const as = input.shownName !== null ? `, as ‘${input.shownName}’` : '';
  const until = event.expiresAt !== null ? `, until ${formatLastDay(event.expiresAt, zone)}` : '';
  const ended = event.expiresAt !== null && event.expiresAt.getTime() <= now.getTime();
  const endedLine = ended ? ['That date has now passed, so this permission has ended.'] : [];
  const stillHere = input.storyTitle !== null;
  const when = `Date of this change: ${formatMomentInWords(event.occurredAt, zone)}.`;
  // No is as easy as yes (DESIGN.md §2.4): every yes says how to take it back.
  const howToStop = 'You can stop sharing at any time on the story’s sharing page.';
  const noReason = 'You do not have to give a reason.';
  const takenDown = words.onSite
    ? 'It was taken down straight away.'
    : 'It will not be used there again. Staff have been asked to take it down anywhere it is still showing.';
  const shareAgain = stillHere
    ? ['If you want to share it again, you can do that on the story’s sharing page.']
    : [];

  switch (event.kind) {
    case 'grant':
      if (!readerIsSubject) {
        return {
          heading: `${subject} said yes to sharing`,
          lines: [
            `${subject} said yes to ${words.doing} ${story}${version} ${where}${as}${until}.`,
            ...endedLine,
            when,
          ],
        };
      }
      return {
        heading: 'You said yes to sharing your story',
        lines: [
          `You said yes to ${words.doing} ${story}${version} ${where}${as}${until}.`,
          ...endedLine,
          `${howToStop} ${noReason}`,
          when,
        ],
      };
    case 'renew':
      return {
        heading: 'You kept sharing your story',
        lines: [
          `You said yes to keep ${words.doing} ${story}${version} ${where}${as}${until}.`,
          ...endedLine,
          `${howToStop} ${noReason}`,
          when,
        ],
      };
    case 'withdraw':
      return {
        heading: 'You stopped sharing your story',
        lines: [`You stopped sharing ${story} ${where}.`, takenDown, ...shareAgain, when],
      };
    case 'expire': {
      // The record may be written after the date itself; the date is what counts.
      const endedOn =
        event.expiresAt !== null && event.expiresAt.getTime() < event.occurredAt.getTime()
          ? event.expiresAt
          : event.occurredAt;
      const whose = readerIsSubject ? 'Your' : `${subject}’s`;
      return {
        heading: readerIsSubject ? 'Your permission ran out' : `${subject}’s permission ran out`,
        lines: [
          `${whose} permission to ${words.verb} ${story}${version} ${where} ran out on ${formatLastDay(endedOn, zone)}.`,
          words.onSite
            ? 'It was taken down when the permission ran out.'
            : 'It will not be used there again.',
          ...(readerIsSubject ? shareAgain : []),
          when,
        ],
      };
    }
    case 'guardian_approve':
      if (readerIsSubject) {
        const guardian = actor ? `Your guardian ${actor}` : 'Your guardian';
        return {
          heading: 'Your guardian agreed',
          lines: [
            `${guardian} agreed that you can ${words.verb} ${story}${version} ${where}${as}${until}.`,
            ...endedLine,
            'You or your guardian can stop sharing at any time on the story’s sharing page.',
            when,
          ],
        };
      }
      return {
        heading: `You agreed, as ${subject}’s guardian`,
        lines: [
          `You agreed that ${subject} can ${words.verb} ${story}${version} ${where}${as}${until}.`,
          ...endedLine,
          `You or ${subject} can stop sharing at any time on the story’s sharing page. ${noReason}`,
          when,
        ],
      };
    case 'guardian_withdraw':
      if (readerIsSubject) {
        const guardian = actor ? `Your guardian ${actor}` : 'Your guardian';
        return {
          heading: 'Your guardian stopped sharing your story',
          lines: [
            `${guardian} stopped sharing ${story} ${where}.`,
            takenDown,
            'If you want to talk about this, speak to your guardian or your group’s facilitator.',
            when,
          ],
        };
      }
      return {
        heading: `You stopped sharing, as ${subject}’s guardian`,
        lines: [`You stopped ${subject} sharing ${story} ${where}.`, takenDown, when],
      };
  }
}

function collectionMethod(event: ReceiptEvent): string {
  switch (event.kind) {
    case 'grant':
      return event.requestId !== null
        ? 'Web form: the contributor answered a request from staff, after seeing a preview of exactly what would be shown'
        : 'Web form: the contributor chose this on the story’s sharing page, after seeing a preview of exactly what would be shown';
    case 'renew':
      return 'Web form: the contributor renewed this on the story’s sharing page';
    case 'withdraw':
      return 'Web form: the contributor withdrew this on the story’s sharing page';
    case 'expire':
      return 'Automatic: the end date chosen by the contributor passed';
    case 'guardian_approve':
      return 'Web form: a linked guardian co-consented on the story’s sharing page';
    case 'guardian_withdraw':
      return 'Web form: a linked guardian withdrew this on the story’s sharing page';
  }
}

function termination(event: ReceiptEvent): string {
  const at = event.occurredAt.toISOString();
  const until = event.expiresAt?.toISOString();
  switch (event.kind) {
    case 'grant':
    case 'renew':
    case 'guardian_approve':
      return until !== undefined
        ? `Ends on ${until}, or earlier when withdrawn by the contributor (or, for a young person, their guardian) on the story’s sharing page`
        : 'Ends when withdrawn by the contributor on the story’s sharing page';
    case 'withdraw':
      return `Ended: withdrawn by the contributor at ${at}`;
    case 'guardian_withdraw':
      return `Ended: withdrawn by a guardian at ${at}`;
    case 'expire':
      return `Ended: expired${until !== undefined ? ` at ${until}` : ''} (recorded at ${at})`;
  }
}

function buildKantaraReceipt(
  event: ReceiptEvent,
  storyTitle: string | null,
  shownName: string | null,
  controller: ReceiptController,
): KantaraReceipt {
  const words = SCOPE_WORDS[event.scope];
  const story = storyTitle !== null ? `“${storyTitle}”` : 'a story that has since been deleted';
  const version = event.revisionNumber !== null ? ` (version ${event.revisionNumber})` : '';
  const as = shownName !== null ? `, naming the author as ‘${shownName}’` : '';
  const verb = words.verb.charAt(0).toUpperCase() + words.verb.slice(1);
  const purpose: KantaraPurpose = {
    purpose: `${verb} ${story}${version} ${words.where('the author’s')}${as}`,
    purposeCategory: [words.purposeCategory],
    consentType: 'EXPLICIT',
    // A life story is biographical and is itself the person's communication.
    piiCategory: ['1 - Biographical', '4 - Communications/Social'],
    primaryPurpose: true,
    termination: termination(event),
    thirdPartyDisclosure: words.thirdParty !== null,
    ...(words.thirdParty !== null ? { thirdPartyName: words.thirdParty } : {}),
  };
  return {
    version: KANTARA_VERSION,
    jurisdiction: controller.jurisdiction,
    consentTimestamp: Math.floor(event.occurredAt.getTime() / 1000),
    collectionMethod: collectionMethod(event),
    consentReceiptID: event.id,
    language: 'en',
    // The opaque person id, never an email or name: the ledger keeps ids only
    // (docs/decisions/002-ledger-and-read-model.md).
    piiPrincipalId: event.subjectId,
    piiControllers: [
      {
        piiController: controller.name,
        contact: controller.contact,
        address: { streetAddress: controller.address, addressCountry: controller.country },
        email: controller.email,
        phone: controller.phone,
      },
    ],
    policyUrl: controller.policyUrl,
    services: [{ service: 'Sharing a story told on Heard', purposes: [purpose] }],
    // Stories are free text by people with experience of ill-health, homelessness
    // and more: any special category may be in them, so say so rather than guess.
    sensitive: true,
    spiCat: [
      'May include any special category the author chose to write about (for example health, beliefs, sex life or ethnic origin)',
    ],
  };
}
