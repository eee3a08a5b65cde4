/**
 * Staff asking: the new-request page (the story as staff may see it, and
 * whether a request can be made now) and making a request within the cap,
 * which emails each author what is asked and how to answer.
 */
import { z } from 'zod';
import { canRequestFeature, type Viewer } from '#src/domain/permissions.ts';
import { daysAfter } from '#src/domain/calendar.ts';
import {
  capPeriodStart,
  checkNewRequest,
  inChannel,
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
import { translatorFor } from '#src/i18n/translator.ts';
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
import { requestWords } from '#src/server/http/request-language.ts';
import { readReceiptController } from '#src/server/consent/receipts.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import { findPublicationNow } from '#src/server/publishing/publications.repository.ts';
import { findAskable, firstNames, type AskableStory } from './askable.ts';
import { readRequestCap, requestsLeftFor } from './request-cap.ts';
import {
  hasOpenRequest,
  insertRequest,
  listRequestTimesByPerson,
  lockRequests,
} from './requests.repository.ts';
import { answersNeedChanging, dayField, dayOf, type RequestFailure } from './requests.ts';
import { refusal } from '#src/server/http/refusal.ts';

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
  const publication = found.publicText ? await findPublicationNow(db, { storyId }, now) : undefined;
  const words = requestWords();
  const blocked = open
    ? newRequestMessage('already-open', cap, words)
    : fewest === 0
      ? newRequestMessage('cap-reached', cap, words)
      : null;
  return {
    story: {
      storyId,
      title: found.story.title,
      language: publication?.language ?? found.story.language,
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
  channel: choiceField(parseChannel, 'requests.refused.notAChannel'),
  purpose: requiredText('requests.error.purpose', 2000, 'requests.error.purposeLong'),
  audience: requiredText('requests.error.audience', 2000, 'requests.error.audienceLong'),
  excerpt: textUpTo(20000, 'requests.error.excerptLong'),
  anonymity: choiceField(parseAnonymity, 'requests.error.name'),
  startsOn: dayField('requests.error.startsOn'),
  endsOn: dayField('requests.error.endsOn'),
  message: textUpTo(2000, 'requests.error.messageLong'),
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
  const words = requestWords();
  if (!canRequestFeature(viewer)) return refusal(403, 'requests.error.onlyCommsAsk');
  const found = await findAskable(db, storyId, now);
  if (!found) return refusal(404, 'requests.refused.notAskable');
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
        message: words.t('requests.error.cannotRead'),
        errors: { excerpt: words.t('requests.error.leaveEmpty') },
      };
    }
    if (!isExcerptOf(values.excerpt, found.publicText.text)) {
      return answersNeedChanging({ excerpt: words.t('requests.error.notExact') });
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
    const message = newRequestMessage(result.reason, cap, words);
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
  // Each author reads the request in their own language.
  for (const person of await listPersonNameFacts(
    db,
    names.map((n) => n.personId),
  )) {
    const words = translatorFor(person.language);
    const asker =
      options.askedBy ?? words.t('requests.someoneAt', { organisation: controller.name });
    const lapses = dayOf(
      daysAfter(options.now, REQUEST_LAPSE_DAYS),
      controller.timeZone,
      person.language,
    );
    const organisation = controller.name;
    await sendMail(
      db,
      {
        to: person.email,
        subject: words.t('requests.mail.askSubject', { asker, title }),
        text: [
          words.t('requests.mail.hello', { name: person.firstName ?? person.displayName }),
          '',
          words.t('requests.mail.wouldLike', {
            asker,
            organisation,
            title,
            where: inChannel(channel, words),
          }),
          '',
          words.t('requests.mail.answers'),
          words.t('requests.mail.noIsFine'),
          words.t('requests.easy.lapses', { date: lapses }),
          '',
          words.t('requests.mail.answerAt', {
            link: siteLink(`/my/requests/${options.requestId}`),
          }),
          '',
          words.t('requests.mail.from', { organisation, email: controller.email }),
          '',
        ].join('\n'),
      },
      options.now,
    );
  }
}
