/**
 * The sharing page (issue 5): what each use of a story stands at for its author,
 * the exact preview before a yes, and the changes (share, keep sharing, stop).
 * Also what a guardian sees and does for a young person's stories.
 *
 * Every decision is the domain's (consent.ts, sharing.ts); every change goes
 * through appendConsentEvent, the one way consent changes, and sends a receipt.
 */
import { z } from 'zod';
import { displayName, joinAuthorNames, type NameFacts } from '../domain/anonymity.ts';
import { isMinorOn } from '../domain/age.ts';
import {
  addMonthsUtc,
  consentChangeMessage,
  decideVisibility,
  foldAuthorConsent,
  MAX_CONSENT_MONTHS,
  needsGuardian,
  type AuthorConsentStatus,
  type ConsentChange,
} from '../domain/consent.ts';
import { SCOPES, type Anonymity, type Scope, type StoryAuthor } from '../domain/consent-types.ts';
import { isAuthor, type Viewer } from '../domain/permissions.ts';
import {
  describeScopeState,
  parseAnonymity,
  parseScope,
  previewAnonymity,
  SCOPE_EXPLANATIONS,
  type ScopeExplanation,
  type ScopeState,
} from '../domain/sharing.ts';
import { formatDay } from '../domain/receipts.ts';
import { renderStoryForReaders, type ReaderView } from '../editor/reader.ts';
import type { Db } from './db.ts';
import { textField } from './forms.ts';
import { readReceiptController, sendReceiptEmail } from './receipts.ts';
import { sendTakedownNotices } from './uses.ts';
import { appendConsentEvent, listConsentEventsForStory } from './repositories/consent.ts';
import {
  findRevision,
  findStoryAccess,
  findStoryById,
  listStoriesOfWards,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
  updateAuthorPseudonym,
} from './repositories/stories.ts';
import { inTransaction } from './repositories/transaction.ts';
import type { StoryRow } from './schema.ts';
import { isUuid } from './stories.ts';

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
interface SharingFacts {
  readonly story: StoryRow;
  readonly authors: readonly StoryAuthor[];
  readonly people: Awaited<ReturnType<typeof listStoryAuthorNames>>;
  readonly events: Awaited<ReturnType<typeof listConsentEventsForStory>>;
}

async function loadFacts(db: Db, storyId: string): Promise<SharingFacts | undefined> {
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
  // Helpers may write, but consent is the author's own (DESIGN.md §3): no role or
  // helper access gives a say in it.
  if (!access || !isAuthor(viewer, access)) return undefined;
  const facts = await loadFacts(db, storyId);
  const me = facts?.authors.find((author) => author.personId === viewer.id);
  if (!facts || !me) return undefined;
  return { ...facts, me };
}

function namesOf(facts: SharingFacts, personId: string): NameFacts {
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
  const { timeZone } = readReceiptController();
  const formatDate = (date: Date) => formatDay(date, timeZone);
  const scopes = SCOPES.map((scope): SharingScope => {
    const mine = foldAuthorConsent(facts.events, facts.me, scope, now);
    const anonymity = runningAnonymity(mine);
    return {
      scope,
      explanation: SCOPE_EXPLANATIONS[scope],
      needsGuardian: needsGuardian(scope, facts.me, now),
      state: describeScopeState({
        scope,
        mine,
        visibility: decideVisibility({ authors: facts.authors, events: facts.events, scope, now }),
        shownName: anonymity === null ? null : displayName(names, anonymity),
        latestRevision: facts.story.latest_revision,
        now,
        formatDate,
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

/** The exact preview of a revision in one use at one level of naming. */
export interface SharingPreview {
  readonly title: string;
  readonly kind: StoryRow['kind'];
  readonly byline: string;
  readonly contentNotes: readonly string[];
  readonly revisionNumber: number;
  readonly view: ReaderView;
  /** Whether co-authors choose their own names (so the byline shows only the viewer's). */
  readonly coAuthorsChooseOwnNames: boolean;
}

/**
 * Renders a revision exactly as readers in this use would see it, with this
 * author named as chosen and co-authors as their running yes names them.
 */
function previewFor(
  facts: SharingFacts,
  revision: {
    readonly number: number;
    readonly editorState: unknown;
    readonly scriptNames: Record<string, string>;
  },
  subjectId: string,
  scope: Scope,
  chosen: Anonymity,
  pseudonym: string | null,
  now: Date,
): SharingPreview {
  const otherLevels: Anonymity[] = [];
  const names: string[] = [];
  let missing = false;
  for (const author of facts.authors) {
    const people = namesOf(facts, author.personId);
    if (author.personId === subjectId) {
      const facts = pseudonym === null ? people : { ...people, pseudonym };
      names.push(displayName(facts, chosen));
      continue;
    }
    const level = runningAnonymity(foldAuthorConsent(facts.events, author, scope, now));
    if (level === null) {
      missing = true;
      continue;
    }
    otherLevels.push(level);
    names.push(displayName(people, level));
  }
  return {
    title: facts.story.title,
    kind: facts.story.kind,
    byline: joinAuthorNames(names),
    contentNotes: facts.story.content_notes,
    revisionNumber: revision.number,
    view: renderStoryForReaders(
      { editorState: revision.editorState, scriptNames: revision.scriptNames },
      facts.story.kind,
      [previewAnonymity(chosen, otherLevels)],
    ),
    coAuthorsChooseOwnNames: missing,
  };
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
  },
  now: Date,
): Promise<SharingPreview | undefined> {
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!facts || facts.story.latest_revision < 1) return undefined;
  const revision = await findRevision(db, storyId, facts.story.latest_revision);
  if (!revision) return undefined;
  return previewFor(
    facts,
    {
      number: revision.number,
      editorState: revision.editor_state,
      scriptNames: revision.script_names,
    },
    facts.me.personId,
    choice.scope,
    choice.anonymity,
    choice.pseudonym,
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
  | { readonly ok: true; readonly eventId: string; readonly scope: Scope }
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
  let change: ConsentChange;
  let pseudonym: string | null | undefined;
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
      // The yes is to the version previewed. If the text changed since, the
      // author must see the new version before agreeing to it (DESIGN.md §2.5).
      if (revision !== facts.story.latest_revision) {
        return {
          ok: false,
          status: 409,
          message:
            'The story changed after you looked at the preview. Nothing was shared. Look at the new preview before you say yes.',
        };
      }
      if (anonymity === 'pseudonym') {
        const made = parsed.data.pseudonym;
        if (made === '' && !namesOf(facts, viewer.id).pseudonym) {
          return { ok: false, status: 400, message: 'Write the made-up name you want to use.' };
        }
        pseudonym = made === '' ? undefined : made;
      }
      change = {
        kind: 'grant',
        actorId: viewer.id,
        subjectId: viewer.id,
        scope,
        anonymity,
        revisionNumber: revision,
        expiresAt: addMonthsUtc(now, months),
      };
      break;
    }
    case 'renew':
    case 'stop': {
      const scope = scopeOnly(form);
      if (!scope) return { ok: false, status: 400, message: 'Choose which use to change.' };
      change =
        intent === 'renew'
          ? { kind: 'renew', actorId: viewer.id, subjectId: viewer.id, scope }
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
    if (pseudonym !== undefined) await updateAuthorPseudonym(trx, storyId, viewer.id, pseudonym);
    const appended = await appendConsentEvent(trx, storyId, change, { now });
    // Nothing half-written: a refused change leaves the made-up name as it was.
    if (!appended.ok) throw new RefusedChange(appended.reason);
    return appended;
  }).catch((error: unknown) => {
    if (error instanceof RefusedChange) return error;
    throw error;
  });
  if (result instanceof RefusedChange) {
    return { ok: false, status: 400, message: refusalMessage(result.reason) };
  }
  await sendReceiptEmail(db, result.eventId, { now });
  if (result.takedowns.length > 0) await sendTakedownNotices(db, now);
  return { ok: true, eventId: result.eventId, scope: change.scope };
}

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
    // A guardian speaks for a young person only while they are under 18 (DESIGN.md §3).
    if (!facts || !ward || !ward.guardianIds.includes(guardian.id) || !isMinorOn(ward, now)) {
      continue;
    }
    const names = namesOf(facts, ward.personId);
    for (const scope of SCOPES) {
      if (scope === 'group') continue;
      const status = foldAuthorConsent(facts.events, ward, scope, now);
      if (status.status !== 'valid' && status.status !== 'awaiting-guardian') continue;
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
  const preview = previewFor(
    facts,
    {
      number: revision.number,
      editorState: revision.editor_state,
      scriptNames: revision.script_names,
    },
    found.wardId,
    found.scope,
    found.anonymity,
    null,
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
  const appended = await appendConsentEvent(db, storyId, change, { now });
  if (!appended.ok) return { ok: false, status: 400, message: refusalMessage(appended.reason) };
  await sendReceiptEmail(db, appended.eventId, { now });
  if (appended.takedowns.length > 0) await sendTakedownNotices(db, now);
  return { ok: true, eventId: appended.eventId, scope };
}
