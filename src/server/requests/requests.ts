/**
 * Comms staff ask, contributors decide: finding stories that may be
 * asked about, making a request within the cap, the contributor's answer (a yes
 * is a ledger grant with its receipt), logging uses, takedown tasks, and the
 * fairness view. Every rule is the domain's (requests.ts, consent.ts,
 * permissions.ts); every consent change goes through appendConsentEvent.
 */
import { z } from 'zod';
import { isCalendarDay, isoDay } from '#src/domain/text.ts';
import { displayName, joinAuthorNames, type NameFacts } from '#src/domain/anonymity.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { foldAuthorConsent, needsGuardian } from '#src/domain/consent.ts';
import { SCOPES, type Anonymity, type Scope, type StoryAuthor } from '#src/domain/consent-types.ts';
import {
  canRequestFeature,
  canUseStaffPages,
  canAdminister,
  isAuthor,
  type Viewer,
} from '#src/domain/permissions.ts';
import { formatCalendarDay, formatDayOf, DAY_MS } from '#src/domain/calendar.ts';
import { scopeName } from '#src/domain/receipt-words.ts';
import {
  answerWords,
  capPeriodStart,
  checkNewRequest,
  describeRequest,
  grantForAnswer,
  hasLapsed,
  isExcerptOf,
  MAX_CAP_DAYS,
  MAX_CAP_REQUESTS,
  newRequestMessage,
  parseAnswer,
  parseChannel,
  parseRequestCap,
  REQUEST_LAPSE_DAYS,
  requestOutcome,
  requestsLeft,
  requestStatusWords,
  type RequestAnswer,
  type RequestCap,
  type RequestChannel,
  type RequestWords,
  latestUseEnd,
  mayStaffAsk,
} from '#src/domain/requests.ts';
import { parseAnonymity } from '#src/domain/sharing-explanations.ts';
import { renderStoryForReaders, type ReaderView } from '#src/editor/reader.ts';
import { audienceAuthors, projectStory, type AudienceView } from '#src/domain/audience.ts';
import type { Db } from '#src/server/platform/db.ts';
import { parseForm, textField } from '#src/server/http/forms.ts';
import { sendMail } from '#src/server/platform/mail.ts';
import { endOfDay } from '#src/server/platform/dates.ts';
import { tellAboutConsentChange } from '#src/server/consent/consent-news.ts';
import { publicOrigin, siteLink } from '#src/server/http/public-address.ts';
import { readReceiptController, sendReceiptEmail } from '#src/server/consent/receipts.ts';
import {
  appendConsentEvent,
  listConsentEventsForStory,
} from '#src/server/consent/consent.repository.ts';
import { listPersonNameFacts } from '#src/server/consent/receipts.repository.ts';
import {
  closeRequest,
  findPublicText,
  findRequest,
  hasOpenRequest,
  insertAnswer,
  insertRequest,
  lapseOldRequests,
  listAnswers,
  listPastRequestsFor,
  listRequestsWaitingFor,
  listRequestTimesByPerson,
  lockRequests,
  REQUEST_CAP_KEY,
  writeRequestCap,
  type RequestRow,
  listActiveAuthorIds,
  listStoriesWithOpenRequests,
} from './requests.repository.ts';
import { readSetting } from '#src/server/platform/settings.repository.ts';
import {
  isOpenToRequests,
  listAskableCandidates,
  setOpenToRequests,
} from './askable.repository.ts';
import {
  findRevision,
  findStoryAccess,
  findStoryById,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import {
  findPublicationForStory,
  listPublishedStories,
} from '#src/server/publishing/publications.repository.ts';
import { formatCursor, parseCursor } from '#src/server/publishing/public-lists.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';
import { isUuid } from '#src/domain/ids.ts';

/** A change refused with a plain sentence, or with one per form field. */
export type RequestFailure = {
  readonly ok: false;
  readonly status: 400 | 403 | 404 | 409;
  readonly message: string;
  readonly errors?: Readonly<Record<string, string>>;
};

/** "2026-05-04" as people say it: "4 May 2026". */
export function formatDateOnly(day: string): string {
  return formatCalendarDay(day);
}

/** A moment's day in the given time zone: "4 May 2026". */
export function dayOf(moment: Date, timeZone: string): string {
  return formatDayOf(moment, timeZone);
}

// --- The cap an admin sets -------------------------------------------------

/** The per-person cap on requests: the admin's setting, or 2 per 90 days. */
export async function readRequestCap(db: Db): Promise<RequestCap> {
  return parseRequestCap(await readSetting(db, REQUEST_CAP_KEY));
}

const capForm = z.object({
  requests: z.coerce
    .number({ message: 'Write how many requests, as a number.' })
    .int({ message: 'Write how many requests, as a whole number.' })
    .min(1, { message: 'Allow at least 1 request.' })
    .max(MAX_CAP_REQUESTS, { message: `Allow no more than ${MAX_CAP_REQUESTS} requests.` }),
  days: z.coerce
    .number({ message: 'Write how many days, as a number.' })
    .int({ message: 'Write how many days, as a whole number.' })
    .min(7, { message: 'Choose at least 7 days.' })
    .max(MAX_CAP_DAYS, { message: `Choose no more than ${MAX_CAP_DAYS} days.` }),
});

/** An admin changes the cap. */
export async function saveRequestCap(
  db: Db,
  viewer: Viewer,
  form: FormData,
  now: Date,
): Promise<{ readonly ok: true; readonly cap: RequestCap } | RequestFailure> {
  if (!canAdminister(viewer))
    return { ok: false, status: 403, message: 'Only admins can do this.' };
  const parsed = parseForm(capForm, {
    requests: textField(form, 'requests'),
    days: textField(form, 'days'),
  });
  if (!parsed.ok) {
    return { ok: false, status: 400, message: Object.values(parsed.errors)[0] ?? 'Try again.' };
  }
  await writeRequestCap(db, parsed.value, now);
  return { ok: true, cap: parsed.value };
}

// --- Which stories may be asked about --------------------------------------

/** What staff may know of a story they could ask about. */
export interface AskableStory {
  readonly storyId: string;
  readonly title: string;
  readonly kind: StoryRow['kind'];
  /** The byline as the public sees it, or the authors' first names when they offered it. */
  readonly byline: string;
  /** The public page, when the story is on the public site. */
  readonly slug: string | null;
  readonly excerpt: string | null;
  readonly openRequest: boolean;
  /** The fewest requests any author may still be sent in the period. */
  readonly requestsLeft: number;
}

/**
 * Whether a story may be asked about now, and what staff may see of it. A story
 * is askable when it is on the public site, or when every author said they are
 * open to being asked and has shared it somewhere (so it is not a draft).
 */
async function findAskable(
  db: Db,
  storyId: string,
  now: Date,
): Promise<
  | {
      readonly story: StoryRow;
      readonly authors: readonly StoryAuthor[];
      readonly names: Awaited<ReturnType<typeof listStoryAuthorNames>>;
      readonly publicText: Awaited<ReturnType<typeof findPublicText>>;
    }
  | undefined
> {
  if (!isUuid(storyId)) return undefined;
  const story = await findStoryById(db, storyId);
  if (!story) return undefined;
  const authors = await listStoryAuthorsForConsent(db, storyId);
  const publicText = await findPublicText(db, storyId, now);
  // Asked only when not public: the SQL checks every active author is open to requests.
  const candidates = publicText ? [] : await listAskableCandidates(db, { now, storyId, limit: 1 });
  const events = publicText ? [] : await listConsentEventsForStory(db, storyId);
  const askable = mayStaffAsk({
    hasText: story.latest_revision >= 1,
    publicNow: publicText !== undefined,
    everyAuthorOpen: candidates.length > 0,
    sharedIn: sharedInOf(authors, events, now),
  });
  if (!askable) return undefined;
  return { story, authors, names: await listStoryAuthorNames(db, storyId), publicText };
}

/** Per author, the uses their yes runs in now. */
function sharedInOf(
  authors: readonly StoryAuthor[],
  events: Awaited<ReturnType<typeof listConsentEventsForStory>>,
  now: Date,
): Scope[][] {
  return authors.map((author) =>
    SCOPES.filter((scope) => foldAuthorConsent(events, author, scope, now).status === 'valid'),
  );
}

function firstNames(names: readonly NameFacts[]): string {
  return joinAuthorNames(names.map((person) => displayName(person, 'first_name')));
}

async function requestsLeftFor(
  db: Db,
  personIds: readonly string[],
  cap: RequestCap,
  now: Date,
): Promise<Map<string, number>> {
  const times = await listRequestTimesByPerson(db, personIds, capPeriodStart(cap, now));
  return new Map(personIds.map((id) => [id, requestsLeft(times.get(id) ?? [], cap, now)]));
}

/** The staff stories page: public stories (newest first, a page at a time) and stories offered for asking. */
export async function loadStaffStories(
  db: Db,
  viewer: Viewer,
  now: Date,
  options: { readonly after?: string | null; readonly limit?: number } = {},
): Promise<
  | {
      readonly cap: RequestCap;
      readonly publicStories: readonly AskableStory[];
      readonly nextCursor: string | null;
      readonly offered: readonly AskableStory[];
    }
  | undefined
> {
  if (!canUseStaffPages(viewer)) return undefined;
  const cap = await readRequestCap(db);
  const limit = options.limit ?? 20;
  const after = parseCursor(options.after ?? null);
  const published = await listPublishedStories(db, {
    now,
    limit: limit + 1,
    ...(after ? { after } : {}),
  });
  const page = published.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = published.length > limit && last ? formatCursor(last) : null;

  const offeredRows = await listAskableCandidates(db, { now, limit: 50 });
  const offered: { row: (typeof offeredRows)[number]; authors: readonly StoryAuthor[] }[] = [];
  for (const row of offeredRows) {
    const authors = await listStoryAuthorsForConsent(db, row.storyId);
    const events = await listConsentEventsForStory(db, row.storyId);
    // The candidates' SQL already holds them to text, not public, every author open.
    const askable = mayStaffAsk({
      hasText: true,
      publicNow: false,
      everyAuthorOpen: true,
      sharedIn: sharedInOf(authors, events, now),
    });
    if (askable) offered.push({ row, authors });
  }

  const storyIds = [...page.map((story) => story.story_id), ...offered.map((o) => o.row.storyId)];
  const authorIds = await listActiveAuthorIds(db, storyIds);
  const left = await requestsLeftFor(db, [...new Set([...authorIds.values()].flat())], cap, now);
  const fewestLeft = (storyId: string) =>
    Math.min(cap.requests, ...(authorIds.get(storyId) ?? []).map((id) => left.get(id) ?? 0));
  const open = await listStoriesWithOpenRequests(db, storyIds);

  return {
    cap,
    nextCursor,
    publicStories: page.map((story) => ({
      storyId: story.story_id,
      title: story.title,
      kind: story.kind,
      byline: story.author_names,
      slug: story.slug,
      excerpt: story.excerpt,
      openRequest: open.has(story.story_id),
      requestsLeft: fewestLeft(story.story_id),
    })),
    offered: offered.map(({ row }) => ({
      storyId: row.storyId,
      title: row.title,
      kind: row.kind,
      byline: firstNames(row.authors),
      slug: null,
      excerpt: null,
      openRequest: open.has(row.storyId),
      requestsLeft: fewestLeft(row.storyId),
    })),
  };
}

// --- Making a request --------------------------------------------------------

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

/** A YYYY-MM-DD field that names a real day (not 30 February). */
export const dayField = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => isCalendarDay(value), { message });

const requestForm = z.object({
  channel: z.string().transform((value, ctx) => {
    const channel = parseChannel(value);
    if (!channel) {
      ctx.addIssue({ code: 'custom', message: 'Choose where you want to use the story.' });
      return z.NEVER;
    }
    return channel;
  }),
  purpose: z
    .string()
    .trim()
    .min(1, { message: 'Say what you want to use it for.' })
    .max(2000, { message: 'Keep what it is for to 2,000 characters or fewer.' }),
  audience: z
    .string()
    .trim()
    .min(1, { message: 'Say who will see it.' })
    .max(2000, { message: 'Keep who will see it to 2,000 characters or fewer.' }),
  excerpt: z
    .string()
    .trim()
    .max(20000, { message: 'Keep the part you want to use to 20,000 characters or fewer.' }),
  anonymity: z.string().transform((value, ctx) => {
    const anonymity = parseAnonymity(value);
    if (!anonymity) {
      ctx.addIssue({ code: 'custom', message: 'Choose how the person would be named.' });
      return z.NEVER;
    }
    return anonymity;
  }),
  startsOn: dayField('Choose the first day you would use it.'),
  endsOn: dayField('Choose the last day you would use it.'),
  message: z
    .string()
    .trim()
    .max(2000, { message: 'Keep your message to 2,000 characters or fewer.' }),
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
  if (!parsed.ok) {
    return {
      ok: false,
      status: 400,
      message: 'Some answers need changing.',
      errors: parsed.errors,
    };
  }
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
      return {
        ok: false,
        status: 400,
        message: 'Some answers need changing.',
        errors: {
          excerpt:
            'Copy the words exactly as they are on the public page, or leave this empty to ask about the whole story.',
        },
      };
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

// --- The contributor's answer -----------------------------------------------

/** One request as the person asked sees it, with its exact preview. */
export interface RequestForContributor {
  readonly request: RequestRow;
  readonly words: RequestWords;
  /** The preview as asked, and with "without my name". */
  readonly preview: RequestPreview;
  readonly previewWithoutName: RequestPreview;
  readonly needsGuardian: boolean;
}

/** What readers of the use would see. */
export interface RequestPreview {
  readonly title: string;
  readonly byline: string;
  /** The chosen words, shown exactly; null when the whole story is asked for. */
  readonly excerpt: string | null;
  /** The whole story, rendered as readers would see it; null for an excerpt. */
  readonly view: ReaderView | null;
  readonly anonymity: Anonymity;
}

async function previewRequest(
  db: Db,
  request: RequestRow,
  me: string,
  mine: Anonymity,
): Promise<RequestPreview> {
  const people = await listStoryAuthorNames(db, request.storyId);
  const audience = projectStory(
    audienceAuthors(people, people, (personId) => (personId === me ? mine : request.anonymity)),
  );
  return requestContent(db, request, audience);
}

/**
 * What a use shows readers: the chosen words exactly, or the whole story rendered
 * by the public site's renderer, projected for the use's audience.
 */
export async function requestContent(
  db: Db,
  request: RequestRow,
  audience: AudienceView,
): Promise<RequestPreview> {
  const { byline, redaction: anonymity } = audience;
  if (request.excerpt !== null) {
    return { title: request.storyTitle, byline, excerpt: request.excerpt, view: null, anonymity };
  }
  const revision = await findRevision(db, request.storyId, request.revisionNumber);
  const view: ReaderView = revision
    ? renderStoryForReaders(
        { editorState: revision.editor_state, scriptNames: revision.script_names },
        request.storyKind,
        audience,
      )
    : { ok: false, message: 'This version of the story could not be found.' };
  return { title: request.storyTitle, byline, excerpt: null, view, anonymity };
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
  const { timeZone } = readReceiptController();
  const waiting: RequestForContributor[] = [];
  for (const request of await listRequestsWaitingFor(db, viewer.id)) {
    const names = await listStoryAuthorNames(db, request.storyId);
    const mine = names.find((person) => person.personId === viewer.id);
    if (!mine) continue;
    const authors = await listStoryAuthorsForConsent(db, request.storyId);
    const author = authors.find((a) => a.personId === viewer.id);
    waiting.push({
      request,
      words: describeRequest({
        channel: request.channel,
        purpose: request.purpose,
        audience: request.audience,
        wholeStory: request.excerpt === null,
        shownName: displayName(mine, request.anonymity),
        startsOn: formatDateOnly(request.startsOn),
        endsOn: formatDateOnly(request.endsOn),
        askedBy: request.requestedByName ?? `Someone at ${readReceiptController().name}`,
        lapsesOn: dayOf(
          new Date(request.createdAt.getTime() + REQUEST_LAPSE_DAYS * DAY_MS),
          timeZone,
        ),
      }),
      preview: await previewRequest(db, request, viewer.id, request.anonymity),
      previewWithoutName: await previewRequest(db, request, viewer.id, 'anonymous'),
      needsGuardian: author ? needsGuardian(request.channel, author, now) : false,
    });
  }
  const past = (await listPastRequestsFor(db, viewer.id, 50)).map((request) => ({
    ...request,
    outcome:
      request.myAnswer !== null
        ? answerWords(request.myAnswer)
        : request.status === 'lapsed'
          ? 'No answer in 30 days, so the answer was no'
          : request.status === 'cancelled'
            ? 'They took the question back'
            : 'Someone who wrote it with you said no',
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
  const requestId = textField(form, 'request');
  const answer = parseAnswer(textField(form, 'answer'));
  if (!isUuid(requestId)) return { ok: false, status: 404, message: 'There is no such request.' };
  if (!answer) {
    return { ok: false, status: 400, message: 'Choose yes, yes without my name, or no.' };
  }
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
      throw new Refused({ ok: false, status: 404, message: 'There is no such request.' });
    }
    if (request.status !== 'open' || hasLapsed(request.createdAt, now)) {
      throw new Refused({
        ok: false,
        status: 409,
        message: 'This request is no longer waiting for an answer. Nothing was changed.',
      });
    }
    const answers = await listAnswers(trx, requestId);
    if (answers.some((a) => a.personId === viewer.id)) {
      throw new Refused({ ok: false, status: 409, message: 'You have already answered this.' });
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
          message:
            appended.reason === 'bad-expiry'
              ? 'The time this use was for has passed. Nothing was changed.'
              : 'This could not be recorded. Nothing was changed.',
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
  await sendMail(
    db,
    {
      to: staff.email,
      subject: `Your request to use “${request.storyTitle}”: ${requestStatusWords(state)}`,
      text: [
        `Your request to use “${request.storyTitle}” in ${scopeName(request.channel).toLowerCase()}: ${requestStatusWords(state)}.`,
        '',
        `Details: ${options.site}/staff/requests/${request.id}`,
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
  if (choice !== 'yes' && choice !== 'no') {
    return { ok: false, status: 400, message: 'Choose yes or no.' };
  }
  await setOpenToRequests(db, viewer.id, choice === 'yes');
  return { ok: true, open: choice === 'yes' };
}
