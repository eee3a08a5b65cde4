/**
 * Staff asking: the new-request page (the story as staff may see it, and
 * whether a request can be made now) and making a request within the cap,
 * which emails each author what is asked and how to answer.
 */
import { z } from 'zod';
import { canRequestFeature, type Viewer } from '#src/domain/permissions.ts';
import { DAY_MS } from '#src/domain/calendar.ts';
import { scopeName } from '#src/domain/receipt-words.ts';
import {
  capPeriodStart,
  checkNewRequest,
  isExcerptOf,
  latestUseEnd,
  newRequestMessage,
  parseChannel,
  REQUEST_LAPSE_DAYS,
  type RequestCap,
  type RequestChannel,
} from '#src/domain/requests.ts';
import { parseAnonymity } from '#src/domain/sharing-explanations.ts';
import { isoDay } from '#src/domain/text.ts';
import type { Db } from '#src/server/platform/db.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import {
  choiceField,
  parseForm,
  requiredText,
  textField,
  textUpTo,
} from '#src/server/http/forms.ts';
import { siteLink } from '#src/server/http/public-address.ts';
import { readReceiptController } from '#src/server/consent/receipts.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { findPublicationForStory } from '#src/server/publishing/publications.repository.ts';
import { findAskable, firstNames, type AskableStory } from './askable.ts';
import { readRequestCap, requestsLeftFor } from './request-cap.ts';
import {
  hasOpenRequest,
  insertRequest,
  listRequestTimesByPerson,
  lockRequests,
} from './requests.repository.ts';
import { answersNeedChanging, dayField, dayOf, type RequestFailure } from './requests.ts';

/** The new-request page: the story as staff may see it, and whether a request can be made now. */
export interface NewRequestPage {
  readonly story: AskableStory;
  /** The public text to choose an excerpt from; null when staff may not read it. */
  readonly publicText: string | null;
  readonly cap: RequestCap;
  /** A sentence saying why no request can be made now, if so. */
  readonly blocked: string | null;
  readonly today: string;
  readonly latestEnd: string;
}

/** Loads the new-request page for comms staff; undefined when the story may not be asked about. */
export async function loadNewRequest(
  db: Db,
  viewer: Viewer,
  storyId: string,
  now: Date,
): Promise<NewRequestPage | undefined> {
  if (!canRequestFeature(viewer)) return undefined;
  const found = await findAskable(db, storyId, now);
  if (!found) return undefined;
  const cap = await readRequestCap(db);
  const left = await requestsLeftFor(
    db,
    found.authors.map((a) => a.personId),
    cap,
    now,
  );
  const fewest = Math.min(...left.values());
  const open = await hasOpenRequest(db, storyId);
  const publication = found.publicText
    ? await findPublicationForStory(db, storyId, now)
    : undefined;
  const blocked = open
    ? newRequestMessage('already-open', cap)
    : fewest === 0
      ? newRequestMessage('cap-reached', cap)
      : null;
  return {
    story: {
      storyId,
      title: found.story.title,
      kind: found.story.kind,
      byline: publication?.author_names ?? firstNames(found.names),
      slug: publication?.slug ?? null,
      excerpt: publication?.excerpt ?? null,
      openRequest: open,
      requestsLeft: fewest,
    },
    publicText: found.publicText?.text ?? null,
    cap,
    blocked,
    today: isoDay(now),
    latestEnd: isoDay(latestUseEnd(now)),
  };
}

const requestForm = z.object({
  channel: choiceField(parseChannel, 'Choose where you want to use the story.'),
  purpose: requiredText(
    'Say what you want to use it for.',
    2000,
    'Keep what it is for to 2,000 characters or fewer.',
  ),
  audience: requiredText(
    'Say who will see it.',
    2000,
    'Keep who will see it to 2,000 characters or fewer.',
  ),
  excerpt: textUpTo(20000, 'Keep the part you want to use to 20,000 characters or fewer.'),
  anonymity: choiceField(parseAnonymity, 'Choose how the person would be named.'),
  startsOn: dayField('Choose the first day you would use it.'),
  endsOn: dayField('Choose the last day you would use it.'),
  message: textUpTo(2000, 'Keep your message to 2,000 characters or fewer.'),
});

/** The form fields of a request, as sent back to the page when something needs fixing. */
export type RequestFormValues = Readonly<Record<keyof z.input<typeof requestForm>, string>>;

/** Reads the request form's fields as text. */
export function requestFormValues(form: FormData): RequestFormValues {
  return {
    channel: textField(form, 'channel'),
    purpose: textField(form, 'purpose'),
    audience: textField(form, 'audience'),
    excerpt: textField(form, 'excerpt'),
    anonymity: textField(form, 'anonymity'),
    startsOn: textField(form, 'startsOn'),
    endsOn: textField(form, 'endsOn'),
    message: textField(form, 'message'),
  };
}

/**
 * Comms staff make a request. Checks the rules under the requests lock (one
 * open request per story, the per-person cap, dates), stores it, and emails
 * each author once it has committed.
 */
export async function createRequest(
  db: Db,
  viewer: Viewer,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly requestId: string } | RequestFailure> {
  if (!canRequestFeature(viewer)) {
    return { ok: false, status: 403, message: 'Only comms staff can ask to use a story.' };
  }
  const found = await findAskable(db, storyId, now);
  if (!found) return { ok: false, status: 404, message: 'This story is not open to requests.' };
  const parsed = parseForm(requestForm, requestFormValues(form));
  if (!parsed.ok) return answersNeedChanging(parsed.errors);
  const values = parsed.value;
  // Staff choose words only from the text the public already sees; a story they
  // cannot read is asked about whole, and its author sees every word in the preview.
  let excerpt: string | null = null;
  if (values.excerpt !== '') {
    if (!found.publicText) {
      return {
        ok: false,
        status: 400,
        message: 'You cannot choose words from a story you cannot read. Ask about the whole story.',
        errors: { excerpt: 'Leave this empty: you will ask about the whole story.' },
      };
    }
    if (!isExcerptOf(values.excerpt, found.publicText.text)) {
      return answersNeedChanging({
        excerpt:
          'Copy the words exactly as they are on the public page, or leave this empty to ask about the whole story.',
      });
    }
    excerpt = values.excerpt;
  }
  const cap = await readRequestCap(db);
  const revisionNumber = found.publicText?.revisionNumber ?? found.story.latest_revision;
  const result = await inTransaction(db, async (trx) => {
    await lockRequests(trx);
    const times = await listRequestTimesByPerson(
      trx,
      found.authors.map((a) => a.personId),
      capPeriodStart(cap, now),
    );
    const checked = checkNewRequest({
      channel: values.channel,
      startsOn: new Date(`${values.startsOn}T00:00:00Z`),
      endsOn: new Date(`${values.endsOn}T00:00:00Z`),
      now,
      storyAskable: true,
      hasOpenRequest: await hasOpenRequest(trx, storyId),
      recentRequestsByAuthor: found.authors.map((a) => times.get(a.personId) ?? []),
      cap,
    });
    if (!checked.ok) return checked;
    const requestId = await insertRequest(trx, {
      storyId,
      requestedBy: viewer.id,
      channel: values.channel,
      purpose: values.purpose,
      audience: values.audience,
      excerpt,
      revisionNumber,
      anonymity: values.anonymity,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      message: values.message,
      now,
    });
    if (!requestId) return { ok: false, reason: 'already-open' } as const;
    // The request and the emails asking its authors (in the outbox) commit together.
    const [asker] = await listPersonNameFacts(trx, [viewer.id]);
    await emailAuthorsAboutRequest(trx, found.names, found.story.title, values.channel, {
      requestId,
      askedBy: asker?.displayName ?? null,
      now,
    });
    return { ok: true, requestId } as const;
  });
  if (!result.ok) {
    const message = newRequestMessage(result.reason, cap);
    const field = result.reason === 'bad-dates' ? 'endsOn' : 'form';
    return {
      ok: false,
      status: result.reason === 'already-open' || result.reason === 'cap-reached' ? 409 : 400,
      message,
      errors: { [field]: message },
    };
  }
  return result;
}

async function emailAuthorsAboutRequest(
  db: Db,
  names: readonly { readonly personId: string }[],
  title: string,
  channel: RequestChannel,
  options: {
    readonly requestId: string;
    /** Who asks, by name: a person is asking, not the organisation. */
    readonly askedBy: string | null;
    readonly now: Date;
  },
): Promise<void> {
  const controller = readReceiptController();
  const people = await listPersonNameFacts(
    db,
    names.map((n) => n.personId),
  );
  const asker = options.askedBy ?? `Someone at ${controller.name}`;
  const lapses = dayOf(
    new Date(options.now.getTime() + REQUEST_LAPSE_DAYS * DAY_MS),
    controller.timeZone,
  );
  for (const person of people) {
    await sendMail(
      db,
      {
        to: person.email,
        subject: `${asker} asks: may we use your story “${title}”?`,
        text: [
          `Hello ${person.firstName ?? person.displayName},`,
          '',
          `${asker}, at ${controller.name}, would like to use your story “${title}” in ${scopeName(channel).toLowerCase()}.`,
          '',
          'You can say yes, yes without your name, or no.',
          'No is fine. You do not have to give a reason, and nothing else changes.',
          `If you do not answer by ${lapses}, the answer is no.`,
          '',
          `See exactly what they are asking, and answer: ${siteLink(`/my/requests/${options.requestId}`)}`,
          '',
          `From ${controller.name}. Questions: ${controller.email}.`,
          '',
        ].join('\n'),
      },
      options.now,
    );
  }
}
