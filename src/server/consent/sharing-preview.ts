/**
 * The exact preview before a yes: a revision rendered as readers in one use
 * would see it, with the author named as they choose, and the fingerprint of
 * a yes to exactly that (docs/decisions/011-what-a-yes-is.md).
 */
import { createHash } from 'node:crypto';
import { contentKeyText, fingerprintText, type PreviewedYes } from '#src/domain/agreement.ts';
import { projectStory, shownNameOf, type AudienceAuthor } from '#src/domain/audience.ts';
import type { CalendarDay } from '#src/domain/calendar.ts';
import { foldAuthorConsent } from '#src/domain/consent.ts';
import type { Anonymity, Scope } from '#src/domain/consent-types.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { asLanguage } from '#src/i18n/languages.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { renderStoryForReaders, type ReaderView } from '#src/editor/reader.ts';
import type { Db } from '#src/server/platform/db.ts';
import { dayMonthsAhead } from '#src/server/platform/dates.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';
import { readerRevisionOf } from '#src/server/writing/reader-revisions.ts';
import { findRevision } from '#src/server/writing/stories.repository.ts';
import {
  firstNameOf,
  keptNames,
  loadForAuthor,
  namesOf,
  runningConsent,
  type AuthorFacts,
  type SharingFacts,
} from './sharing-facts.ts';

/**
 * The exact preview of a revision in one use at one level of naming, and what a
 * yes to it is: what the preview shows is what a yes agrees to (PreviewedYes).
 */
export interface SharingPreview extends Pick<
  PreviewedYes,
  'title' | 'byline' | 'themes' | 'contentNotes' | 'revisionNumber' | 'shownName' | 'lastDay'
> {
  readonly kind: StoryRow['kind'];
  readonly view: ReaderView;
  /** Co-authors who have not said yes here yet: they choose their own names. */
  readonly waitingFor: readonly string[];
  /** The fingerprint of all of the above (docs/decisions/011-what-a-yes-is.md). */
  readonly fingerprint: string;
  /** The content every author must agree on. */
  readonly contentKey: string;
}

/** What an author is choosing for the newest version: where, how they are named, for how long. */
export interface SharingChoice {
  readonly scope: Scope;
  readonly anonymity: Anonymity;
  readonly pseudonym: string | null;
  /** How many months the yes would last (up to 12). */
  readonly months: number;
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
export function previewFor(
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
  // Stand-in names ("Anonymous", "another writer") are in the story's
  // language: the preview is the story exactly as its readers will see it.
  const language = asLanguage(facts.story.language);
  for (const author of facts.authors) {
    const people = namesOf(facts, author.personId);
    if (author.personId === choice.subjectId) {
      const names = choice.pseudonym === null ? people : { ...people, pseudonym: choice.pseudonym };
      const me = { names, anonymity: choice.anonymity, agreedName: choice.agreed?.shownName };
      shownName = shownNameOf(me, language);
      shown.push(me);
      continue;
    }
    const consent = runningConsent(foldAuthorConsent(facts.events, author, choice.scope, now));
    if (!consent) {
      waitingFor.push(firstNameOf(facts, author.personId));
      continue;
    }
    // The name that co-author agreed to be shown as, as the public page will show it.
    shown.push({
      names: people,
      anonymity: consent.anonymity,
      agreedName: consent.fingerprint && kept.get(consent.fingerprint),
    });
  }
  // A co-author who has not said yes is shown as the public page would never
  // show them by name without their yes: "another writer".
  const audience = projectStory(shown, {
    extraNames:
      waitingFor.length === 0
        ? []
        : [translatorFor(language).t('names.otherWriters', { count: waitingFor.length })],
    language,
  });
  const title = choice.agreed?.title ?? facts.story.title;
  const themes = choice.agreed?.themes ?? facts.story.themes;
  const contentNotes = choice.agreed?.contentNotes ?? facts.story.content_notes;
  const byline = audience.byline;
  // The public site's preview plays exactly the recordings readers will hear.
  const view = renderStoryForReaders(
    { editorState: revision.editorState, scriptNames: revision.scriptNames },
    facts.story.kind,
    audience,
    { playsRecordings: choice.scope === 'public_site' },
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

/** The newest revision of a story previewed for its author, or undefined when it is not theirs or has no text. */
export async function loadSharingPreview(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  choice: SharingChoice,
  now: Date,
): Promise<SharingPreview | undefined> {
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!facts || facts.story.latest_revision < 1) return undefined;
  return previewNewest(db, facts, choice, now);
}

/** The newest revision previewed for the author whose facts these are. */
export async function previewNewest(
  db: Db,
  facts: AuthorFacts,
  choice: SharingChoice,
  now: Date,
): Promise<SharingPreview | undefined> {
  const revision = await findRevision(db, facts.story.id, facts.story.latest_revision);
  if (!revision) return undefined;
  return previewFor(
    facts,
    { number: revision.number, ...readerRevisionOf(revision) },
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
