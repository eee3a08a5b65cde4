/**
 * Consent receipts: every change on the consent ledger gives the
 * people it concerns a receipt, in plain words and as a Kantara Consent Receipt
 * 1.1 record. The receipt's id is the ledger event's id; nothing is stored beyond
 * the ledger, so a receipt always says what the ledger says.
 *
 * Names are not in the ledger (it keeps opaque ids, docs/decisions/002), so a
 * receipt names the person as their profile names them now.
 */
import { displayName } from '#src/domain/anonymity.ts';
import {
  buildReceipt,
  receiptEventFromLedger,
  type Receipt,
  type ReceiptController,
} from '#src/domain/receipts.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import type { Db } from '#src/server/platform/db.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import {
  findLedgerEvent,
  listLedgerEventsForPerson,
  listPersonNameFacts,
  listStoryPseudonyms,
  type LedgerEventWithStory,
  type PersonNameFacts,
} from './receipts.repository.ts';
import { listLedgerEventsForStories } from './ledger.repository.ts';

/** A receipt as the receipts page lists it. */
export interface PersonReceipt extends Receipt {
  /** Whether the story still exists (to link to its sharing page). */
  readonly storyExists: boolean;
  /** The story's title now; null once it is deleted. */
  readonly storyTitle: string | null;
  /** The language the story is written in, to mark its title (its own words). */
  readonly storyLanguage: string;
  /** The reader's part in the change: their own consent, or as a guardian. */
  readonly role: 'subject' | 'actor';
  /** The reader's language, which the receipt is written in. */
  readonly language: Language;
}

/** The organisation's details for receipts, read from the environment. */
export function readReceiptController(env: NodeJS.ProcessEnv = process.env): ReceiptController {
  const read = (name: string, fallback: string): string => env[name]?.trim() || fallback;
  const site = publicOrigin(env);
  return {
    name: read('HEARD_ORG_NAME', 'Heard demo organisation'),
    contact: read('HEARD_ORG_CONTACT', 'The person who looks after data protection'),
    email: read('HEARD_ORG_EMAIL', 'privacy@heard.invalid'),
    phone: read('HEARD_ORG_PHONE', 'Not given'),
    address: read('HEARD_ORG_ADDRESS', 'Demo address: this organisation is not real'),
    country: read('HEARD_ORG_COUNTRY', 'GB'),
    jurisdiction: read('HEARD_JURISDICTION', 'GB'),
    policyUrl: read('HEARD_POLICY_URL', `${site}/how-consent-works`),
    timeZone: read('HEARD_TIME_ZONE', 'Europe/London'),
  };
}

/** Everything needed to word a set of ledger events for their readers. */
interface ReceiptContext {
  readonly storyEvents: Awaited<ReturnType<typeof listLedgerEventsForStories>>;
  readonly people: ReadonlyMap<string, PersonNameFacts>;
  readonly pseudonyms: Awaited<ReturnType<typeof listStoryPseudonyms>>;
  readonly controller: ReceiptController;
}

async function loadContext(
  db: Db,
  events: readonly LedgerEventWithStory[],
): Promise<ReceiptContext> {
  const storyIds = [...new Set(events.map((e) => e.storyId))];
  const people = await listPersonNameFacts(
    db,
    events.flatMap((e) => [e.subjectId, e.actorId]),
  );
  return {
    storyEvents: await listLedgerEventsForStories(db, storyIds),
    people: new Map(people.map((p) => [p.id, p])),
    pseudonyms: await listStoryPseudonyms(db, storyIds),
    controller: readReceiptController(),
  };
}

/** "Hello Margaret," or, with no name to hand, "Hello there,". */
export function hello(i18n: Translator, name: string | null | undefined): string {
  return name ? i18n.t('sharing.email.hello', { name }) : i18n.t('sharing.email.helloThere');
}

function firstNameOf(person: PersonNameFacts | undefined): string | null {
  if (!person) return null;
  return displayName({ ...person, pseudonym: null }, 'first_name');
}

function toPersonReceipt(
  event: LedgerEventWithStory,
  readerId: string,
  context: ReceiptContext,
  now: Date,
): PersonReceipt {
  const receiptEvent = receiptEventFromLedger(
    event,
    context.storyEvents.filter((e) => e.storyId === event.storyId),
  );
  const subject = context.people.get(event.subjectId);
  const pseudonym =
    context.pseudonyms.find((p) => p.storyId === event.storyId && p.personId === event.subjectId)
      ?.pseudonym ??
    subject?.defaultPseudonym ??
    null;
  // The same naming rule the public site uses, so the receipt shows the name readers see.
  // A receipt is the reader's record: in their language, on the page, in
  // the email and in the Kantara record alike (ISO/IEC 29184).
  const language = context.people.get(readerId)?.language ?? DEFAULT_LANGUAGE;
  const shownName =
    subject && receiptEvent.anonymity !== null
      ? displayName({ ...subject, pseudonym }, receiptEvent.anonymity, language)
      : null;
  const receipt = buildReceipt({
    event: receiptEvent,
    language,
    storyTitle: event.storyTitle,
    shownName,
    controller: context.controller,
    now,
    readerId,
    subjectName: firstNameOf(subject),
    actorName: firstNameOf(context.people.get(event.actorId)),
  });
  return {
    ...receipt,
    storyExists: event.storyTitle !== null,
    storyTitle: event.storyTitle,
    storyLanguage: event.storyLanguage ?? 'en',
    role: readerId === event.subjectId ? 'subject' : 'actor',
    language,
  };
}

/** Every receipt a person has (their own consents, and changes they made as a guardian), newest first. */
export async function listReceiptsForPerson(
  db: Db,
  personId: string,
  now: Date = new Date(),
): Promise<PersonReceipt[]> {
  const events = await listLedgerEventsForPerson(db, personId);
  if (events.length === 0) return [];
  const context = await loadContext(db, events);
  return events.map((event) => toPersonReceipt(event, personId, context, now));
}

/** One receipt, only for the person it is about or who made the change; otherwise undefined. */
export async function findReceipt(
  db: Db,
  personId: string,
  eventId: string,
  now: Date = new Date(),
): Promise<PersonReceipt | undefined> {
  const event = await findLedgerEvent(db, eventId);
  // Staff and admins have no view of other people's receipts: nothing is shown
  // to anyone the person has not chosen.
  if (!event || (event.subjectId !== personId && event.actorId !== personId)) return undefined;
  const context = await loadContext(db, [event]);
  return toPersonReceipt(event, personId, context, now);
}

/** The text of a receipt email (also used for receipts.txt in the export). */
export function receiptText(
  receipt: PersonReceipt,
  options: { readonly siteUrl?: string | undefined } = {},
): string {
  const site = options.siteUrl;
  const i18n = translatorFor(receipt.language);
  const links =
    site === undefined
      ? []
      : [
          ...(receipt.storyExists
            ? [
                i18n.t('sharing.email.receiptChange', {
                  link: `${site}/my/stories/${receipt.storyId}/sharing`,
                }),
              ]
            : []),
          i18n.t('sharing.email.receiptLink', { link: `${site}/my/consents/${receipt.id}` }),
        ];
  return [
    receipt.plain.heading,
    '',
    ...receipt.plain.lines,
    ...(links.length > 0 ? ['', ...links] : []),
    '',
    i18n.t('sharing.receipts.number', { id: receipt.id }),
  ].join('\n');
}

/**
 * Emails the receipt for one ledger event to the person it is about and, when
 * someone else made the change (a guardian), to them too. Returns how many
 * emails were sent.
 */
export async function sendReceiptEmail(
  db: Db,
  eventId: string,
  options: { readonly now?: Date | undefined } = {},
): Promise<number> {
  const event = await findLedgerEvent(db, eventId);
  if (!event) return 0;
  const now = options.now ?? new Date();
  const context = await loadContext(db, [event]);
  const siteUrl = publicOrigin();
  const readers = [...new Set([event.subjectId, event.actorId])];
  let sent = 0;
  for (const readerId of readers) {
    // An expiry may be recorded by the system, and an erased person has no address.
    const reader = context.people.get(readerId);
    if (!reader) continue;
    const receipt = toPersonReceipt(event, readerId, context, now);
    const i18n = translatorFor(reader.language);
    const greeting = hello(i18n, firstNameOf(reader));
    const footer = i18n.t('sharing.email.footer', {
      organisation: context.controller.name,
      email: context.controller.email,
    });
    await sendMail(
      db,
      {
        to: reader.email,
        subject: receipt.plain.heading,
        text: `${greeting}\n\n${receiptText(receipt, { siteUrl })}\n\n${footer}\n`,
      },
      now,
    );
    sent += 1;
  }
  return sent;
}

/** Emails one summary of several receipts to one person (after "stop sharing all my stories"). */
export async function sendReceiptSummaryEmail(
  db: Db,
  personId: string,
  eventIds: readonly string[],
  options: { readonly now?: Date | undefined } = {},
): Promise<boolean> {
  if (eventIds.length === 0) return false;
  const now = options.now ?? new Date();
  const wanted = new Set(eventIds);
  const receipts = (await listReceiptsForPerson(db, personId, now)).filter((r) => wanted.has(r.id));
  const [reader] = await listPersonNameFacts(db, [personId]);
  if (!reader || receipts.length === 0) return false;
  const controller = readReceiptController();
  const siteUrl = publicOrigin();
  const i18n = translatorFor(reader.language);
  const body = [
    hello(i18n, firstNameOf(reader)),
    '',
    i18n.t('sharing.email.stoppedAll', { count: receipts.length }),
    ...receipts.flatMap((receipt) => ['', '---', '', receiptText(receipt, { siteUrl })]),
    '',
    i18n.t('sharing.email.footer', { organisation: controller.name, email: controller.email }),
    '',
  ].join('\n');
  await sendMail(
    db,
    { to: reader.email, subject: i18n.t('sharing.email.stoppedAllSubject'), text: body },
    now,
  );
  return true;
}
