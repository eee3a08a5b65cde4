/**
 * The receipt as a Kantara Consent Receipt 1.1 record: the machine-readable
 * fields (controller, purpose, termination, collection method) for the same
 * ledger event the plain-words receipt describes.
 */
import type { Language } from '#src/i18n/languages.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { kantaraPurpose, scopeWords } from './receipt-words.ts';
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

function collectionMethod(event: ReceiptEvent, i18n: Translator): string {
  switch (event.kind) {
    case 'grant':
      return event.requestId !== null
        ? i18n.t('sharing.kantara.method.request')
        : i18n.t('sharing.kantara.method.grant');
    case 'renew':
      return i18n.t('sharing.kantara.method.renew');
    case 'withdraw':
      return i18n.t('sharing.kantara.method.withdraw');
    case 'expire':
      return i18n.t('sharing.kantara.method.expire');
    case 'guardian_approve':
      return i18n.t('sharing.kantara.method.approve');
    case 'guardian_withdraw':
      return i18n.t('sharing.kantara.method.guardianStop');
  }
}

function termination(event: ReceiptEvent, i18n: Translator): string {
  const at = event.occurredAt.toISOString();
  const until = event.expiresAt?.toISOString();
  switch (event.kind) {
    case 'grant':
    case 'renew':
    case 'guardian_approve':
      return until !== undefined
        ? i18n.t('sharing.kantara.ends', { until })
        : i18n.t('sharing.kantara.endsWhenWithdrawn');
    case 'withdraw':
      return i18n.t('sharing.kantara.ended.withdraw', { at });
    case 'guardian_withdraw':
      return i18n.t('sharing.kantara.ended.guardianStop', { at });
    case 'expire':
      return until !== undefined
        ? i18n.t('sharing.kantara.ended.expireAt', { until, at })
        : i18n.t('sharing.kantara.ended.expire', { at });
  }
}

/** The Kantara record of one change, in a language (its `language` field says which). */
export function buildKantaraReceipt(
  event: ReceiptEvent,
  storyTitle: string | null,
  shownName: string | null,
  controller: ReceiptController,
  language: Language = 'en',
): KantaraReceipt {
  const i18n = translatorFor(language);
  const words = scopeWords(event.scope, i18n);
  const story = storyTitle !== null ? `“${storyTitle}”` : i18n.t('sharing.receipt.storyDeleted');
  const version =
    event.revisionNumber !== null
      ? ` ${i18n.t('sharing.receipt.version', { number: String(event.revisionNumber) })}`
      : '';
  const as = shownName !== null ? i18n.t('sharing.kantara.as', { name: shownName }) : '';
  const purpose: KantaraPurpose = {
    purpose: kantaraPurpose(event.scope, { story, version, as }, i18n),
    purposeCategory: [words.purposeCategory],
    consentType: 'EXPLICIT',
    // A life story is biographical and is itself the person's communication.
    piiCategory: ['1 - Biographical', '4 - Communications/Social'],
    primaryPurpose: true,
    termination: termination(event, i18n),
    thirdPartyDisclosure: words.thirdParty !== null,
    ...(words.thirdParty !== null ? { thirdPartyName: words.thirdParty } : {}),
  };
  return {
    version: KANTARA_VERSION,
    jurisdiction: controller.jurisdiction,
    consentTimestamp: Math.floor(event.occurredAt.getTime() / 1000),
    collectionMethod: collectionMethod(event, i18n),
    consentReceiptID: event.id,
    // The language the receipt's words are in (ISO 639-1), the person's own.
    language,
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
    services: [{ service: i18n.t('sharing.kantara.service'), purposes: [purpose] }],
    // Stories are free text by people with experience of ill-health, homelessness
    // and more: any special category may be in them, so say so rather than guess.
    sensitive: true,
    spiCat: [i18n.t('sharing.kantara.spiCat')],
  };
}
