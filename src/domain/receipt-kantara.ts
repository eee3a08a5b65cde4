/**
 * The receipt as a Kantara Consent Receipt 1.1 record: the machine-readable
 * fields (controller, purpose, termination, collection method) for the same
 * ledger event the plain-words receipt describes.
 */
import { SCOPE_WORDS } from './receipt-words.ts';
import type { ReceiptController, ReceiptEvent } from './receipts.ts';

/** The Kantara Consent Receipt specification version these receipts follow. */
export const KANTARA_VERSION = 'KI-CR-v1.1.0';

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

export function buildKantaraReceipt(
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
