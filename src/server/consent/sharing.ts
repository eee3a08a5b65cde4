/**
 * The sharing page: what each use of a story stands at for its author,
 * the exact preview before a yes, and the changes (share, keep sharing, stop).
 * Also what a guardian sees and does for a young person's stories.
 *
 * Every decision is the domain's (consent.ts, sharing.ts); every change goes
 * through appendConsentEvent, the one way consent changes, and sends a receipt.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { displayName, type NameFacts } from '#src/domain/anonymity.ts';
import { projectStory, shownNameOf, type AudienceAuthor } from '#src/domain/audience.ts';
import { contentKeyText, fingerprintText } from '#src/domain/agreement.ts';
import { isMinorOn } from '#src/domain/age.ts';
import {
  daysLeft,
  formatDayOf,
  formatLastDay,
  lastDayBefore,
  type CalendarDay,
} from '#src/domain/calendar.ts';
import { consentChangeMessage, type ConsentChange } from '#src/domain/consent-change.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import {
  findStop,
  foldAuthorConsent,
  needsGuardian,
  type AuthorConsentStatus,
  type Stop,
} from '#src/domain/consent.ts';
import { MAX_CONSENT_MONTHS } from '#src/domain/consent-period.ts';
import {
  SCOPES,
  type Anonymity,
  type AuthorConsent,
  type Scope,
  type StoryAuthor,
} from '#src/domain/consent-types.ts';
import { isAuthor, type Viewer } from '#src/domain/permissions.ts';
import {
  describeScopeState,
  waitingWords,
  type OtherWriter,
  type ScopeState,
  type StopWords,
} from '#src/domain/sharing.ts';
import {
  parseAnonymity,
  parseScope,
  SCOPE_EXPLANATIONS,
  type ScopeExplanation,
} from '#src/domain/sharing-explanations.ts';
import { isNowAdult } from '#src/domain/turning-eighteen.ts';
import { renderStoryForReaders, type ReaderView } from '#src/editor/reader.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { sendReceiptEmail } from './receipts.ts';
import { listPersonNameFacts } from './receipts.repository.ts';
import { sendTakedownNotices } from '#src/server/requests/takedowns.ts';
import { tellAboutConsentChange } from './consent-news.ts';
import {
  appendConsentEvent,
  listConsentedVersions,
  type ConsentedVersion,
  listConsentEventsForStory,
} from './consent.repository.ts';
import { dayMonthsAhead, endOfDay, organisationTimeZone } from '#src/server/platform/dates.ts';
import {
  findRevision,
  findStoryAccess,
  findStoryById,
  listStoriesForAuthor,
  listStoriesOfWards,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
  lockStoryForUpdate,
} from '#src/server/writing/stories.repository.ts';
import { updateAuthorPseudonym } from '#src/server/writing/story-people.repository.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';
import { isUuid } from '#src/domain/ids.ts';

/** One use of a story on the sharing page. */
export interface SharingScope {
  readonly scope: Scope;
  readonly explanation: ScopeExplanation;
  readonly state: ScopeState;
  /** Whether a yes here also needs a parent's or carer's yes (a young person, beyond their group). */
  readonly needsGuardian: boolean;
}

/** Everything the sharing page shows. */
export interface SharingPage {
  readonly story: StoryRow;
  readonly scopes: readonly SharingScope[];
  /** How the author can be named, for the name choices. */
  readonly names: NameFacts;
  /** How many other people wrote the story with them. */
  readonly coAuthorCount: number;
  /** Whether a parent or carer is linked to the author (a young person needs one). */
  readonly guardianLinked: boolean;
}

/** A story, its authors and ledger: the facts every sharing decision starts from. */
export interface SharingFacts {
  readonly story: StoryRow;
  readonly authors: readonly StoryAuthor[];
  readonly people: Awaited<ReturnType<typeof listStoryAuthorNames>>;
  readonly events: Awaited<ReturnType<typeof listConsentEventsForStory>>;
}

export async function loadFacts(db: Db, storyId: string): Promise<SharingFacts | undefined> {
  const story = await findStoryById(db, storyId);
  if (!story) return undefined;
  return {
    story,
    authors: await listStoryAuthorsForConsent(db, storyId),
    people: await listStoryAuthorNames(db, storyId),
    events: await listConsentEventsForStory(db, storyId),
  };
}

/** Only a story's own authors manage its sharing; anyone else learns nothing (404). */
async function loadForAuthor(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
): Promise<(SharingFacts & { readonly me: StoryAuthor }) | undefined> {
  if (!viewer || !isUuid(storyId)) return undefined;
  const access = await findStoryAccess(db, storyId);
  // Helpers may write, but consent is the author's own: no role or
  // helper access gives a say in it.
  if (!access || !isAuthor(viewer, access)) return undefined;
  const facts = await loadFacts(db, storyId);
  const me = facts?.authors.find((author) => author.personId === viewer.id);
  if (!facts || !me) return undefined;
  return { ...facts, me };
}

export function namesOf(facts: SharingFacts, personId: string): NameFacts {
  const person = facts.people.find((candidate) => candidate.personId === personId);
  return person ?? { displayName: '', firstName: null, pseudonym: null };
}

function runningAnonymity(status: AuthorConsentStatus): Anonymity | null {
  return status.status === 'valid' || status.status === 'awaiting-guardian'
    ? status.consent.anonymity
    : null;
}

/** The sharing page for one story, or undefined when the viewer is not one of its authors. */
export async function loadSharingPage(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  now: Date,
): Promise<SharingPage | undefined> {
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!facts) return undefined;
  const names = namesOf(facts, facts.me.personId);
  const kept = await keptNames(db, facts);
  const zone = organisationTimeZone();
  const guardianNames = new Map(
    (await listPersonNameFacts(db, facts.me.guardianIds)).map((person) => [
      person.id,
      person.firstName ?? person.displayName,
    ]),
  );
  const firstNameOf = (personId: string) =>
    displayName({ ...namesOf(facts, personId), pseudonym: null }, 'first_name');
  const scopes = SCOPES.map((scope): SharingScope => {
    const mine = foldAuthorConsent(facts.events, facts.me, scope, now);
    const visibility = decideVisibility({
      authors: facts.authors,
      events: facts.events,
      scope,
      now,
    });
    const mineKey = runningConsent(mine);
    const others = facts.authors
      .filter((author) => author.personId !== facts.me.personId)
      .map((author): OtherWriter => {
        const status = foldAuthorConsent(facts.events, author, scope, now);
        const theirs = runningConsent(status);
        return {
          personId: author.personId,
          name: firstNameOf(author.personId),
          status,
          grownUp: isNowAdult(author, now),
          sameVersion:
            mineKey === undefined ||
            theirs === undefined ||
            (theirs.revisionNumber === mineKey.revisionNumber &&
              (theirs.contentKey === null ||
                mineKey.contentKey === null ||
                theirs.contentKey === mineKey.contentKey)),
        };
      });
    const stop = findStop(facts.events, facts.authors, scope, now);
    return {
      scope,
      explanation: SCOPE_EXPLANATIONS[scope],
      needsGuardian: needsGuardian(scope, facts.me, now),
      state: describeScopeState({
        scope,
        mine,
        visibility,
        shownName: runningShownName(mine, names, kept),
        latestRevision: facts.story.latest_revision,
        others,
        grownUp: isNowAdult(facts.me, now),
        stop: stop ? stopWords(stop, facts.me.personId, firstNameOf, guardianNames) : null,
        now,
        formatDate: (date) => formatDayOf(date, zone),
        formatUntil: (end) => formatLastDay(end, zone),
        daysLeft: (end, at) => daysLeft(end, at, zone),
      }),
    };
  });
  return {
    story: facts.story,
    scopes,
    names,
    coAuthorCount: facts.authors.length - 1,
    guardianLinked: facts.me.guardianIds.length > 0,
  };
}

/** The running yes of a status, if any. */
function runningConsent(status: AuthorConsentStatus): AuthorConsent | undefined {
  return status.status === 'valid' || status.status === 'awaiting-guardian'
    ? status.consent
    : undefined;
}

/** The name readers see for an author under their running yes: as agreed, kept with it. */
function runningShownName(
  status: AuthorConsentStatus,
  names: NameFacts,
  kept: ReadonlyMap<string, string>,
): string | null {
  const consent = runningConsent(status);
  if (!consent) return null;
  const agreedName = consent.fingerprint ? kept.get(consent.fingerprint) : undefined;
  return shownNameOf({ names, anonymity: consent.anonymity, agreedName });
}

/**
 * Who stopped sharing, as this author's page names them: themself ("you"), a
 * co-author by first name, their own parent or carer by name, a co-author's
 * parent or carer only as that ("Kayla’s parent or carer").
 */
function stopWords(
  stop: Stop,
  me: string,
  firstNameOf: (personId: string) => string,
  myGuardianNames: ReadonlyMap<string, string>,
): StopWords {
  const whose = stop.subjectId === me ? 'you' : firstNameOf(stop.subjectId);
  let by: string;
  if (stop.actorId === me) by = 'you';
  else if (stop.actorId === stop.subjectId) by = firstNameOf(stop.subjectId);
  else if (stop.subjectId === me) {
    const name = myGuardianNames.get(stop.actorId);
    by = name ? `${name}, your parent or carer,` : 'your parent or carer';
  } else by = `${firstNameOf(stop.subjectId)}’s parent or carer`;
  return { whose, by, at: stop.at };
}

/** The exact preview of a revision in one use at one level of naming, and what a yes to it is. */
export interface SharingPreview {
  readonly title: string;
  readonly kind: StoryRow['kind'];
  readonly byline: string;
  readonly themes: readonly string[];
  readonly contentNotes: readonly string[];
  readonly revisionNumber: number;
  readonly view: ReaderView;
  /** The name readers see for this author. */
  readonly shownName: string;
  /** The last day a yes now would cover. */
  readonly lastDay: CalendarDay;
  /** Co-authors who have not said yes here yet: they choose their own names. */
  readonly waitingFor: readonly string[];
  /** The fingerprint of all of the above (docs/decisions/011-what-a-yes-is.md). */
  readonly fingerprint: string;
  /** The content every author must agree on. */
  readonly contentKey: string;
}

/** The SHA-256 (hex) of a text: how fingerprints and content keys are kept. */
function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Renders a revision exactly as readers in this use would see it, with this
 * author named as chosen and co-authors as their running yes names them, and
 * works out the fingerprint of a yes to it. The public page is built from the
 * same things (src/server/consent/consent.repository.ts), so they cannot differ.
 */
function previewFor(
  facts: SharingFacts,
  revision: {
    readonly number: number;
    readonly editorState: unknown;
    readonly scriptNames: Record<string, string>;
  },
  choice: {
    readonly subjectId: string;
    readonly scope: Scope;
    readonly anonymity: Anonymity;
    readonly pseudonym: string | null;
    readonly lastDay: CalendarDay;
    /** What the subject agreed to, when previewing a yes already given (a guardian's view). */
    readonly agreed?:
      | {
          readonly title: string;
          readonly themes: readonly string[];
          readonly contentNotes: readonly string[];
          readonly shownName: string;
        }
      | undefined;
  },
  kept: ReadonlyMap<string, string>,
  now: Date,
): SharingPreview {
  const shown: AudienceAuthor[] = [];
  const waitingFor: string[] = [];
  let shownName = '';
  for (const author of facts.authors) {
    const people = namesOf(facts, author.personId);
    if (author.personId === choice.subjectId) {
      const names = choice.pseudonym === null ? people : { ...people, pseudonym: choice.pseudonym };
      const me = { names, anonymity: choice.anonymity, agreedName: choice.agreed?.shownName };
      shownName = shownNameOf(me);
      shown.push(me);
      continue;
    }
    const status = foldAuthorConsent(facts.events, author, choice.scope, now);
    const level = runningAnonymity(status);
    if (level === null || (status.status !== 'valid' && status.status !== 'awaiting-guardian')) {
      waitingFor.push(displayName({ ...people, pseudonym: null }, 'first_name'));
      continue;
    }
    // The name that co-author agreed to be shown as, as the public page will show it.
    const fingerprint = status.consent.fingerprint;
    shown.push({
      names: people,
      anonymity: level,
      agreedName: fingerprint && kept.get(fingerprint),
    });
  }
  // A co-author who has not said yes is shown as the public page would never
  // show them by name without their yes: "another writer".
  const audience = projectStory(shown, {
    extraNames:
      waitingFor.length === 0
        ? []
        : [waitingFor.length === 1 ? 'another writer' : `${waitingFor.length} other writers`],
  });
  const title = choice.agreed?.title ?? facts.story.title;
  const themes = choice.agreed?.themes ?? facts.story.themes;
  const contentNotes = choice.agreed?.contentNotes ?? facts.story.content_notes;
  const byline = audience.byline;
  const view = renderStoryForReaders(
    { editorState: revision.editorState, scriptNames: revision.scriptNames },
    facts.story.kind,
    audience,
  );
  const yes = {
    storyId: facts.story.id,
    scope: choice.scope,
    revisionNumber: revision.number,
    anonymity: choice.anonymity,
    lastDay: choice.lastDay,
    title,
    themes,
    contentNotes,
    byline,
    shownName,
    html: view.ok ? view.html : view.message,
  };
  return {
    title,
    kind: facts.story.kind,
    byline,
    themes,
    contentNotes,
    revisionNumber: revision.number,
    view,
    shownName,
    lastDay: choice.lastDay,
    waitingFor,
    fingerprint: sha256(fingerprintText(yes)),
    contentKey: sha256(contentKeyText(yes)),
  };
}

/** The names co-authors agreed to be shown as, by the fingerprint of their yes. */
async function keptNames(db: Db, facts: SharingFacts): Promise<ReadonlyMap<string, string>> {
  const fingerprints = facts.events.flatMap((event) =>
    event.fingerprint === null ? [] : [event.fingerprint],
  );
  const rows = await listConsentedVersions(db, facts.story.id, fingerprints);
  return new Map(rows.map((row) => [row.fingerprint, row.shownName]));
}

/** The newest revision of a story previewed for its author, or undefined when it is not theirs or has no text. */
export async function loadSharingPreview(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  choice: {
    readonly scope: Scope;
    readonly anonymity: Anonymity;
    readonly pseudonym: string | null;
    /** How many months the yes would last (up to 12). */
    readonly months: number;
  },
  now: Date,
): Promise<SharingPreview | undefined> {
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!facts || facts.story.latest_revision < 1) return undefined;
  return previewNewest(db, facts, choice, now);
}

async function previewNewest(
  db: Db,
  facts: SharingFacts & { readonly me: StoryAuthor },
  choice: {
    readonly scope: Scope;
    readonly anonymity: Anonymity;
    readonly pseudonym: string | null;
    readonly months: number;
  },
  now: Date,
): Promise<SharingPreview | undefined> {
  const revision = await findRevision(db, facts.story.id, facts.story.latest_revision);
  if (!revision) return undefined;
  return previewFor(
    facts,
    {
      number: revision.number,
      editorState: revision.editor_state,
      scriptNames: revision.script_names,
    },
    {
      subjectId: facts.me.personId,
      scope: choice.scope,
      anonymity: choice.anonymity,
      pseudonym: choice.pseudonym,
      lastDay: dayMonthsAhead(now, choice.months),
    },
    await keptNames(db, facts),
    now,
  );
}

/** The longest a made-up name may be. */
export const MAX_PSEUDONYM_LENGTH = 60;

const shareForm = z.object({
  scope: z.string().transform((value, ctx) => {
    const scope = parseScope(value);
    if (!scope) {
      ctx.addIssue({ code: 'custom', message: 'Choose where to share it.' });
      return z.NEVER;
    }
    return scope;
  }),
  anonymity: z.string().transform((value, ctx) => {
    const anonymity = parseAnonymity(value);
    if (!anonymity) {
      ctx.addIssue({ code: 'custom', message: 'Choose how you are named.' });
      return z.NEVER;
    }
    return anonymity;
  }),
  revision: z.coerce
    .number({ message: 'That version of the story does not exist.' })
    .int({ message: 'That version of the story does not exist.' })
    .min(1, { message: 'That version of the story does not exist.' }),
  months: z.coerce
    .number({ message: 'Choose how long to share it for.' })
    .int({ message: 'Choose how long to share it for.' })
    .min(1, { message: 'Choose how long to share it for.' })
    .max(MAX_CONSENT_MONTHS, { message: 'You can share for 12 months at most.' }),
  pseudonym: z
    .string()
    .trim()
    .max(MAX_PSEUDONYM_LENGTH, {
      message: `Keep the made-up name to ${MAX_PSEUDONYM_LENGTH} letters or fewer.`,
    }),
});

/** The outcome of a change on the sharing page. */
export type SharingChangeResult =
  /** `eventId` is null when the answer was to leave things as they are. */
  | { readonly ok: true; readonly eventId: string | null; readonly scope: Scope }
  | { readonly ok: false; readonly status: 400 | 404 | 409; readonly message: string };

const scopeOnly = (form: FormData): Scope | undefined => parseScope(textField(form, 'scope'));

/**
 * Applies one change from the sharing page for the signed-in author: `share`
 * (a yes to the revision they previewed), `renew` (keep sharing for 12 more
 * months) or `stop`. Sends the receipt once the change has committed.
 */
export async function handleSharingForm(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  form: FormData,
  now: Date,
): Promise<SharingChangeResult> {
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!viewer || !facts) return { ok: false, status: 404, message: 'There is no such story.' };
  const intent = textField(form, 'intent');
  // "No" on a question (do not share, keep sharing, let it end) changes
  // nothing, and is answered exactly as a yes is.
  if (intent === 'not-now' || intent === 'keep' || intent === 'let-end') {
    const scope = scopeOnly(form);
    if (!scope) return { ok: false, status: 400, message: 'Choose which use to change.' };
    return { ok: true, eventId: null, scope };
  }
  if (intent === '') {
    return {
      ok: false,
      status: 400,
      message: 'Choose one of the answers, then send it. Nothing has changed.',
    };
  }
  let change: ConsentChange;
  let pseudonym: string | null | undefined;
  let version: ConsentedVersion | undefined;
  let shareMonths = MAX_CONSENT_MONTHS;
  switch (intent) {
    case 'share': {
      const parsed = shareForm.safeParse({
        scope: textField(form, 'scope'),
        anonymity: textField(form, 'anonymity'),
        revision: textField(form, 'revision'),
        months: textField(form, 'months') || String(MAX_CONSENT_MONTHS),
        pseudonym: textField(form, 'pseudonym'),
      });
      if (!parsed.success) {
        return {
          ok: false,
          status: 400,
          message: parsed.error.issues[0]?.message ?? 'Please try again.',
        };
      }
      const { scope, anonymity, revision, months } = parsed.data;
      shareMonths = months;
      if (anonymity === 'pseudonym') {
        const made = parsed.data.pseudonym;
        if (made === '' && !namesOf(facts, viewer.id).pseudonym) {
          return { ok: false, status: 400, message: 'Write the made-up name you want to use.' };
        }
        pseudonym = made === '' ? undefined : made;
      }
      // The yes is to exactly what the preview showed (informed consent). If
      // anything in it changed since (a new version was saved, the title, a
      // co-author's name), the person sees it again before agreeing.
      const preview = await previewNewest(
        db,
        facts,
        { scope, anonymity, pseudonym: pseudonym ?? null, months },
        now,
      );
      if (
        !preview ||
        revision !== preview.revisionNumber ||
        textField(form, 'fingerprint') !== preview.fingerprint
      ) {
        return { ok: false, status: 409, message: CHANGED_SINCE_PREVIEW };
      }
      change = {
        kind: 'grant',
        actorId: viewer.id,
        subjectId: viewer.id,
        scope,
        anonymity,
        revisionNumber: revision,
        expiresAt: endOfDay(preview.lastDay),
        fingerprint: preview.fingerprint,
        contentKey: preview.contentKey,
      };
      version = {
        title: preview.title,
        themes: preview.themes,
        contentNotes: preview.contentNotes,
        shownName: preview.shownName,
      };
      break;
    }
    case 'renew':
    case 'stop': {
      const scope = scopeOnly(form);
      if (!scope) return { ok: false, status: 400, message: 'Choose which use to change.' };
      if (intent === 'renew') {
        // Only what the page offers: a live use about to end, not one agreed
        // through a request (that was for its dates).
        const page = await loadSharingPage(db, viewer, storyId, now);
        const state = page?.scopes.find((entry) => entry.scope === scope)?.state;
        if (!state?.actions.renew) {
          return {
            ok: false,
            status: 400,
            message:
              'This cannot be kept going from here. To share it for longer, choose “Change how I am named” and pick how long.',
          };
        }
      }
      change =
        intent === 'renew'
          ? {
              kind: 'renew',
              actorId: viewer.id,
              subjectId: viewer.id,
              scope,
              expiresAt: endOfDay(dayMonthsAhead(now, MAX_CONSENT_MONTHS)),
            }
          : { kind: 'withdraw', actorId: viewer.id, subjectId: viewer.id, scope };
      break;
    }
    default:
      return {
        ok: false,
        status: 400,
        message: 'Something went wrong with that button. Please try again.',
      };
  }
  const result = await inTransaction(db, async (trx) => {
    if (change.kind === 'grant') {
      // Again under the story's lock, so nothing can change between the check
      // and the yes (a save, a title, a co-author's name).
      await lockStoryForUpdate(trx, storyId);
      const locked = await loadForAuthor(trx, viewer, storyId);
      const again = locked
        ? await previewNewest(
            trx,
            locked,
            {
              scope: change.scope,
              anonymity: change.anonymity,
              pseudonym: pseudonym ?? null,
              months: shareMonths,
            },
            now,
          )
        : undefined;
      if (again?.fingerprint !== change.fingerprint) throw new RefusedChange('changed');
    }
    if (pseudonym !== undefined) await updateAuthorPseudonym(trx, storyId, viewer.id, pseudonym);
    const appended = await appendConsentEvent(trx, storyId, change, {
      now,
      ...(version ? { version } : {}),
    });
    // Nothing half-written: a refused change leaves the made-up name as it was.
    if (!appended.ok) throw new RefusedChange(appended.reason);
    // The receipt and the news (in the outbox) commit with the change.
    await sendReceiptEmail(trx, appended.eventId, { now });
    if (appended.takedowns.length > 0) await sendTakedownNotices(trx, now);
    await tellAboutConsentChange(trx, {
      storyId,
      scope: change.scope,
      kind: change.kind,
      subjectId: change.subjectId,
      actorId: change.actorId,
      before: decideVisibility({
        authors: facts.authors,
        events: facts.events,
        scope: change.scope,
        now,
      }),
      now,
    });
    return appended;
  }).catch((error: unknown) => {
    if (error instanceof RefusedChange) return error;
    throw error;
  });
  if (result instanceof RefusedChange) {
    return result.reason === 'changed'
      ? { ok: false, status: 409, message: CHANGED_SINCE_PREVIEW }
      : { ok: false, status: 400, message: refusalMessage(result.reason) };
  }
  return { ok: true, eventId: result.eventId, scope: change.scope };
}

const CHANGED_SINCE_PREVIEW =
  'This changed since you looked at the preview, so nothing was shared. Look at it again below before you say yes.';

/** Carries a refusal out of a transaction so it rolls back. */
class RefusedChange extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

function refusalMessage(reason: string): string {
  if (reason === 'no-such-story') return 'There is no such story.';
  return consentChangeMessage(reason as Parameters<typeof consentChangeMessage>[0]);
}

/** One use of a young person's story as their guardian sees it. */
export interface GuardianItem {
  readonly storyId: string;
  readonly title: string;
  readonly wardId: string;
  readonly wardName: string;
  readonly scope: Scope;
  readonly explanation: ScopeExplanation;
  /** Waiting for this guardian's yes, or running. */
  readonly status: 'waiting' | 'shared';
  readonly anonymity: Anonymity;
  readonly shownName: string;
  readonly revisionNumber: number;
  readonly expiresAt: Date;
  /** The young person's yes, by its fingerprint (null for one from before these were kept). */
  readonly fingerprint: string | null;
  /** Whether it is really shared now (every writer, and their parents or carers, said yes). */
  readonly live: boolean;
  /** When a yes is not live: who or what it waits for, in words. */
  readonly notLiveWords: string | null;
}

/** What a guardian is asked to decide, and what is running, for the young people they look after. */
export async function loadGuardianItems(
  db: Db,
  guardian: Viewer,
  now: Date,
): Promise<GuardianItem[]> {
  const items: GuardianItem[] = [];
  for (const row of await listStoriesOfWards(db, guardian.id)) {
    const facts = await loadFacts(db, row.storyId);
    const ward = facts?.authors.find((author) => author.personId === row.wardId);
    // A guardian speaks for a young person only while they are under 18
    // (parental responsibility ends at 18, Children Act 1989).
    if (!facts || !ward || !ward.guardianIds.includes(guardian.id) || !isMinorOn(ward, now)) {
      continue;
    }
    const names = namesOf(facts, ward.personId);
    for (const scope of SCOPES) {
      if (scope === 'group') continue;
      const status = foldAuthorConsent(facts.events, ward, scope, now);
      if (status.status !== 'valid' && status.status !== 'awaiting-guardian') continue;
      const visibility = decideVisibility({
        authors: facts.authors,
        events: facts.events,
        scope,
        now,
      });
      const firstNameOf = (personId: string) =>
        displayName({ ...namesOf(facts, personId), pseudonym: null }, 'first_name');
      const stop = visibility.visible
        ? undefined
        : findStop(facts.events, facts.authors, scope, now);
      const others = facts.authors
        .filter((author) => author.personId !== ward.personId)
        .map((author): OtherWriter => ({
          personId: author.personId,
          name: firstNameOf(author.personId),
          status: foldAuthorConsent(facts.events, author, scope, now),
          sameVersion: true,
          grownUp: isNowAdult(author, now),
        }));
      items.push({
        storyId: row.storyId,
        title: row.title,
        wardId: ward.personId,
        wardName: displayName({ ...names, pseudonym: null }, 'first_name'),
        scope,
        explanation: SCOPE_EXPLANATIONS[scope],
        status: status.status === 'awaiting-guardian' ? 'waiting' : 'shared',
        anonymity: status.consent.anonymity,
        shownName: displayName(names, status.consent.anonymity),
        revisionNumber: status.consent.revisionNumber,
        expiresAt: status.consent.expiresAt,
        fingerprint: status.consent.fingerprint,
        live: visibility.visible,
        notLiveWords: visibility.visible
          ? null
          : stop
            ? `${firstNameOf(stop.subjectId)}${stop.actorId === stop.subjectId ? '' : '’s parent or carer'} stopped sharing it, so it is not shared.`
            : (waitingWords({ status: 'valid', consent: status.consent }, others) ??
              'It is not shared yet.'),
      });
    }
  }
  return items;
}

/** The preview a guardian sees before saying yes: exactly what the young person agreed to. */
export async function loadGuardianPreview(
  db: Db,
  guardian: Viewer,
  item: Pick<GuardianItem, 'storyId' | 'wardId' | 'scope'>,
  now: Date,
): Promise<(SharingPreview & { readonly item: GuardianItem }) | undefined> {
  const found = (await loadGuardianItems(db, guardian, now)).find(
    (candidate) =>
      candidate.storyId === item.storyId &&
      candidate.wardId === item.wardId &&
      candidate.scope === item.scope,
  );
  if (!found) return undefined;
  const facts = await loadFacts(db, found.storyId);
  const revision = await findRevision(db, found.storyId, found.revisionNumber);
  if (!facts || !revision) return undefined;
  // Exactly what the young person agreed to: the version they saw, as kept with their yes.
  const kept = await keptNames(db, facts);
  const [agreed] = found.fingerprint
    ? await listConsentedVersions(db, found.storyId, [found.fingerprint])
    : [];
  const preview = previewFor(
    facts,
    {
      number: revision.number,
      editorState: revision.editor_state,
      scriptNames: revision.script_names,
    },
    {
      subjectId: found.wardId,
      scope: found.scope,
      anonymity: found.anonymity,
      pseudonym: null,
      lastDay: lastDayBefore(found.expiresAt, organisationTimeZone()),
      agreed,
    },
    kept,
    now,
  );
  return { ...preview, item: found };
}

/**
 * A guardian's answer: `approve` (their yes to the exact revision the young
 * person shared) or `stop` (takes it down; either of them can stop it alone).
 */
export async function handleGuardianForm(
  db: Db,
  guardian: Viewer,
  form: FormData,
  now: Date,
): Promise<SharingChangeResult> {
  const storyId = textField(form, 'story');
  const wardId = textField(form, 'ward');
  const scope = scopeOnly(form);
  const intent = textField(form, 'intent');
  if (!isUuid(storyId) || !isUuid(wardId) || !scope) {
    return { ok: false, status: 404, message: 'There is nothing here to answer.' };
  }
  const item = (await loadGuardianItems(db, guardian, now)).find(
    (candidate) =>
      candidate.storyId === storyId && candidate.wardId === wardId && candidate.scope === scope,
  );
  if (!item) return { ok: false, status: 404, message: 'There is nothing here to answer.' };
  // "No, keep sharing" changes nothing, and is answered exactly as a yes is.
  if (intent === 'keep') return { ok: true, eventId: null, scope };
  if (intent === '') {
    return {
      ok: false,
      status: 400,
      message: 'Choose one of the answers, then send it. Nothing has changed.',
    };
  }
  let change: ConsentChange;
  if (intent === 'approve') {
    const revision = Number(textField(form, 'revision'));
    if (revision !== item.revisionNumber) {
      return {
        ok: false,
        status: 409,
        message:
          'What you were asked about has changed. Nothing was approved. Look again before you answer.',
      };
    }
    change = {
      kind: 'guardian_approve',
      actorId: guardian.id,
      subjectId: wardId,
      scope,
      revisionNumber: revision,
    };
  } else if (intent === 'stop') {
    change = { kind: 'guardian_withdraw', actorId: guardian.id, subjectId: wardId, scope };
  } else {
    return {
      ok: false,
      status: 400,
      message: 'Something went wrong with that button. Please try again.',
    };
  }
  const facts = await loadFacts(db, storyId);
  const before = facts
    ? decideVisibility({ authors: facts.authors, events: facts.events, scope, now })
    : ({ visible: false, reason: 'no-consent' } as const);
  // The ledger event and the emails it causes (in the outbox) commit together.
  const appended = await inTransaction(db, async (trx) => {
    const result = await appendConsentEvent(trx, storyId, change, { now });
    if (!result.ok) return result;
    await sendReceiptEmail(trx, result.eventId, { now });
    if (result.takedowns.length > 0) await sendTakedownNotices(trx, now);
    await tellAboutConsentChange(trx, {
      storyId,
      scope,
      kind: change.kind === 'guardian_approve' ? 'guardian_approve' : 'guardian_withdraw',
      subjectId: wardId,
      actorId: guardian.id,
      before,
      now,
    });
    return result;
  });
  if (!appended.ok) return { ok: false, status: 400, message: refusalMessage(appended.reason) };
  return { ok: true, eventId: appended.eventId, scope };
}

/** A use of a story that waits for this person's yes (a co-author said yes). */
export interface WaitingForMe {
  readonly storyId: string;
  readonly title: string;
  readonly scope: Scope;
  readonly where: string;
  /** First names of the co-authors who said yes. */
  readonly saidYes: readonly string[];
}

/**
 * What waits for this person, for the notes on their home page: uses their
 * co-authors said yes to and they have not, and young people's yeses that wait
 * for them as a parent or carer.
 */
export async function listWaitingForMe(
  db: Db,
  person: Viewer,
  now: Date,
): Promise<{ readonly asCoAuthor: readonly WaitingForMe[]; readonly asGuardian: number }> {
  const asCoAuthor: WaitingForMe[] = [];
  for (const story of await listStoriesForAuthor(db, person.id, now)) {
    const facts = await loadFacts(db, story.id);
    const me = facts?.authors.find((author) => author.personId === person.id);
    if (!facts || !me || facts.authors.length < 2) continue;
    for (const scope of SCOPES) {
      const mine = foldAuthorConsent(facts.events, me, scope, now);
      if (mine.status === 'valid' || mine.status === 'awaiting-guardian') continue;
      const saidYes = facts.authors
        .filter((author) => author.personId !== person.id)
        .filter((author) => {
          const status = foldAuthorConsent(facts.events, author, scope, now).status;
          return status === 'valid' || status === 'awaiting-guardian';
        })
        .map((author) =>
          displayName({ ...namesOf(facts, author.personId), pseudonym: null }, 'first_name'),
        );
      if (saidYes.length > 0) {
        asCoAuthor.push({
          storyId: story.id,
          title: story.title,
          scope,
          where: SCOPE_EXPLANATIONS[scope].where,
          saidYes,
        });
      }
    }
  }
  const asGuardian = (await loadGuardianItems(db, person, now)).filter(
    (item) => item.status === 'waiting',
  ).length;
  return { asCoAuthor, asGuardian };
}
