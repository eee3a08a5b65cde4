/**
 * The contributor's answer: the requests waiting for someone (each with its
 * exact preview, as asked and without their name), what they answered
 * before, and their answer — yes, yes without my name, or no, one step each
 * and no reason asked. A yes is a grant on the consent ledger with its
 * receipt; a no is recorded and nothing else.
 */
import { displayName } from '#src/domain/anonymity.ts';
import { daysAfter } from '#src/domain/calendar.ts';
import { needsGuardian } from '#src/domain/consent.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { isUuid } from '#src/domain/ids.ts';
import { isAuthor, type Viewer } from '#src/domain/permissions.ts';
import {
  answerWords,
  describeRequest,
  grantForAnswer,
  hasLapsed,
  inChannel,
  parseAnswer,
  REQUEST_LAPSE_DAYS,
  requestOutcome,
  requestStatusWords,
  type RequestAnswer,
  type RequestWords,
} from '#src/domain/requests.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import type { Db } from '#src/server/platform/db.ts';
import { endOfDay } from '#src/server/platform/dates.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { publicOrigin } from '#src/server/http/public-address.ts';
import { tellAboutConsentChange } from '#src/server/consent/consent-news.ts';
import {
  appendConsentEvent,
  listConsentEventsForStory,
} from '#src/server/consent/consent.repository.ts';
import { readReceiptController, sendReceiptEmail } from '#src/server/consent/receipts.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import {
  findStoryAccess,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import { isOpenToRequests, setOpenToRequests } from './askable.repository.ts';
import {
  closeRequest,
  findRequest,
  insertAnswer,
  lapseOldRequests,
  listAnswers,
  listPastRequestsFor,
  listRequestsWaitingFor,
  type RequestRow,
} from './requests.repository.ts';
import {
  dayOf,
  formatDateOnly,
  requestContent,
  type RequestFailure,
  type RequestPreview,
} from './requests.ts';
import { refusal } from '#src/server/http/refusal.ts';

/** One request as the person asked sees it, with its exact preview. */
export interface RequestForContributor {
  readonly request: RequestRow;
  readonly words: RequestWords;
  /** The preview as asked, and with "without my name". */
  readonly preview: RequestPreview;
  readonly previewWithoutName: RequestPreview;
  readonly needsGuardian: boolean;
}

/** The use as its readers would see it if this author (`me`) were named at `mine`. */
function previewRequest(
  db: Db,
  request: RequestRow,
  me: string,
  mine: Anonymity,
): Promise<RequestPreview> {
  return requestContent(db, request, (personId) => (personId === me ? mine : request.anonymity));
}

/** `/my/requests`: the requests waiting for this person's answer, and what they answered before. */
export async function loadMyRequests(
  db: Db,
  viewer: Viewer,
  now: Date,
): Promise<{
  readonly waiting: readonly RequestForContributor[];
  readonly past: readonly (RequestRow & {
    readonly myAnswer: RequestAnswer | null;
    readonly outcome: string;
  })[];
  readonly openToRequests: boolean;
}> {
  await lapseOldRequests(db, now, REQUEST_LAPSE_DAYS);
  const { timeZone, name: organisation } = readReceiptController();
  // The person reading their own requests, in their page's language.
  const words = requestWords();
  const { language } = words;
  const waiting: RequestForContributor[] = [];
  for (const request of await listRequestsWaitingFor(db, viewer.id)) {
    const names = await listStoryAuthorNames(db, request.storyId);
    const mine = names.find((person) => person.personId === viewer.id);
    if (!mine) continue;
    const authors = await listStoryAuthorsForConsent(db, request.storyId);
    const author = authors.find((a) => a.personId === viewer.id);
    waiting.push({
      request,
      words: describeRequest(
        {
          channel: request.channel,
          purpose: request.purpose,
          audience: request.audience,
          wholeStory: request.excerpt === null,
          shownName:
            request.anonymity === 'anonymous'
              ? words.t('requests.anonymous')
              : displayName(mine, request.anonymity),
          anonymous: request.anonymity === 'anonymous',
          startsOn: formatDateOnly(request.startsOn, language),
          endsOn: formatDateOnly(request.endsOn, language),
          askedBy: request.requestedByName ?? words.t('requests.someoneAt', { organisation }),
          lapsesOn: dayOf(daysAfter(request.createdAt, REQUEST_LAPSE_DAYS), timeZone, language),
        },
        words,
      ),
      preview: await previewRequest(db, request, viewer.id, request.anonymity),
      previewWithoutName: await previewRequest(db, request, viewer.id, 'anonymous'),
      needsGuardian: author ? needsGuardian(request.channel, author, now) : false,
    });
  }
  const past = (await listPastRequestsFor(db, viewer.id, 50)).map((request) => ({
    ...request,
    outcome:
      request.myAnswer !== null
        ? answerWords(request.myAnswer, words)
        : words.t(
            request.status === 'lapsed'
              ? 'requests.outcome.lapsed'
              : request.status === 'cancelled'
                ? 'requests.outcome.cancelled'
                : 'requests.outcome.coAuthorNo',
          ),
  }));
  return { waiting, past, openToRequests: await isOpenToRequests(db, viewer.id) };
}

/** One request to the signed-in person: waiting for their answer, or answered before. */
export async function loadMyRequest(
  db: Db,
  viewer: Viewer,
  requestId: string,
  now: Date,
): Promise<
  | { readonly kind: 'waiting'; readonly item: RequestForContributor }
  | {
      readonly kind: 'past';
      readonly request: Awaited<ReturnType<typeof loadMyRequests>>['past'][number];
    }
  | undefined
> {
  if (!isUuid(requestId)) return undefined;
  const page = await loadMyRequests(db, viewer, now);
  const item = page.waiting.find((candidate) => candidate.request.id === requestId);
  if (item) return { kind: 'waiting', item };
  const request = page.past.find((candidate) => candidate.id === requestId);
  return request ? { kind: 'past', request } : undefined;
}

/** The outcome of an answer. */
export type AnswerResult =
  | {
      readonly ok: true;
      readonly answer: RequestAnswer;
      readonly eventId: string | null;
      readonly storyId: string;
    }
  | RequestFailure;

/** Carries a refusal out of a transaction so it rolls back. */
class Refused extends Error {
  readonly failure: RequestFailure;
  constructor(failure: RequestFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

/**
 * The person asked answers: yes, yes without my name, or no — one step each, no
 * reason asked. A yes is a grant on the ledger for the use's scope, revision and
 * period (with its receipt); a no is recorded and nothing else.
 */
export async function answerRequest(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<AnswerResult> {
  const words = requestWords();
  const requestId = textField(form, 'request');
  const answer = parseAnswer(textField(form, 'answer'));
  if (!isUuid(requestId)) return refusal(404, 'requests.error.noSuchRequest');
  if (!answer) return refusal(400, 'requests.error.chooseAnswer');
  await lapseOldRequests(db, now, REQUEST_LAPSE_DAYS);
  // Whether the use was live before this answer, for telling people after it.
  const asked = await findRequest(db, requestId);
  const before = asked
    ? decideVisibility({
        authors: await listStoryAuthorsForConsent(db, asked.storyId),
        events: await listConsentEventsForStory(db, asked.storyId),
        scope: asked.channel,
        now,
      })
    : undefined;
  const outcome = await inTransaction(db, async (trx) => {
    const request = await findRequest(trx, requestId, { forUpdate: true });
    const access = request ? await findStoryAccess(trx, request.storyId) : undefined;
    if (!request || !access || !isAuthor(viewer, access)) {
      throw new Refused({
        ok: false,
        status: 404,
        message: words.t('requests.error.noSuchRequest'),
      });
    }
    if (request.status !== 'open' || hasLapsed(request.createdAt, now)) {
      throw new Refused({
        ok: false,
        status: 409,
        message: words.t('requests.error.notWaiting'),
      });
    }
    const answers = await listAnswers(trx, requestId);
    if (answers.some((a) => a.personId === viewer.id)) {
      throw new Refused({
        ok: false,
        status: 409,
        message: words.t('requests.error.alreadyAnswered'),
      });
    }
    const grant = grantForAnswer(
      {
        channel: request.channel,
        anonymity: request.anonymity,
        revisionNumber: request.revisionNumber,
        endsAt: endOfDay(request.endsOn),
      },
      answer,
    );
    let eventId: string | null = null;
    if (grant) {
      const appended = await appendConsentEvent(
        trx,
        request.storyId,
        { kind: 'grant', actorId: viewer.id, subjectId: viewer.id, ...grant },
        { now, requestId },
      );
      if (!appended.ok) {
        throw new Refused({
          ok: false,
          status: 409,
          message: words.t(
            appended.reason === 'bad-expiry'
              ? 'requests.error.passed'
              : 'requests.error.notRecorded',
          ),
        });
      }
      eventId = appended.eventId;
    }
    await insertAnswer(trx, {
      requestId,
      personId: viewer.id,
      answer,
      consentEventId: eventId,
      now,
    });
    const authors = await listStoryAuthorsForConsent(trx, request.storyId);
    const state = requestOutcome(
      authors.map((a) => a.personId),
      [...answers, { personId: viewer.id, answer }],
    );
    if (state !== 'open') await closeRequest(trx, requestId, state, now);
    // The answer and the emails it causes (in the outbox) commit together.
    if (eventId) {
      await sendReceiptEmail(trx, eventId, { now });
      // A young person's parent or carer is asked; if it is now agreed by all, everyone hears.
      await tellAboutConsentChange(trx, {
        storyId: request.storyId,
        scope: request.channel,
        kind: 'grant',
        subjectId: viewer.id,
        actorId: viewer.id,
        before: before ?? { visible: false, reason: 'no-consent' },
        viaRequest: true,
        now,
      });
    }
    if (state !== 'open') {
      await emailRequester(trx, request, state, { site: publicOrigin(), now });
    }
    return { eventId, request, state };
  }).catch((error: unknown) => {
    if (error instanceof Refused) return error.failure;
    throw error;
  });
  if ('ok' in outcome) return outcome;
  return { ok: true, answer, eventId: outcome.eventId, storyId: outcome.request.storyId };
}

async function emailRequester(
  db: Db,
  request: RequestRow,
  state: 'accepted' | 'accepted_anonymous' | 'declined',
  options: { readonly site: string; readonly now: Date },
): Promise<void> {
  if (!request.requestedBy) return;
  const [staff] = await listPersonNameFacts(db, [request.requestedBy]);
  if (!staff) return;
  // In the language of the staff member who asked, not of the person answering.
  const words = translatorFor(staff.language);
  const title = request.storyTitle;
  const status = requestStatusWords(state, words);
  await sendMail(
    db,
    {
      to: staff.email,
      subject: words.t('requests.mail.answeredSubject', { title, status }),
      text: [
        words.t('requests.mail.answered', {
          title,
          where: inChannel(request.channel, words),
          status,
        }),
        '',
        words.t('requests.mail.details', { link: `${options.site}/staff/requests/${request.id}` }),
        '',
      ].join('\n'),
    },
    options.now,
  );
}

/** "I'm open to being asked": the person's own choice, changed in one step either way. */
export async function changeOpenToRequests(
  db: Db,
  viewer: Viewer,
  form: FormData,
): Promise<{ readonly ok: true; readonly open: boolean } | RequestFailure> {
  const choice = textField(form, 'open');
  if (choice !== 'yes' && choice !== 'no') return refusal(400, 'requests.error.chooseYesNo');
  await setOpenToRequests(db, viewer.id, choice === 'yes');
  return { ok: true, open: choice === 'yes' };
}
