/**
 * The sharing page: what each use of a story stands at for its author, in
 * the words of src/domain/sharing.ts (who said yes, who it waits for, who
 * stopped it, how long it runs).
 */
import type { NameFacts } from '#src/domain/anonymity.ts';
import { shownNameOf } from '#src/domain/audience.ts';
import { daysLeft, formatDayOf, formatLastDay } from '#src/domain/calendar.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import {
  findStop,
  foldAuthorConsent,
  needsGuardian,
  type AuthorConsentStatus,
  type Stop,
} from '#src/domain/consent.ts';
import { SCOPES, type Scope } from '#src/domain/consent-types.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import {
  describeScopeState,
  type ScopeState,
  type Stopper,
  type StopWords,
} from '#src/domain/sharing.ts';
import { scopeExplanation, type ScopeExplanation } from '#src/domain/sharing-explanations.ts';
import { translatorFor } from '#src/i18n/translator.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { currentLanguage } from '#src/server/http/request-language.ts';
import { isNowAdult } from '#src/domain/turning-eighteen.ts';
import { listRecordingIds } from '#src/domain/voice.ts';
import { findRevision } from '#src/server/writing/stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';
import { organisationTimeZone } from '#src/server/platform/dates.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';
import { listPersonNameFacts } from './receipts.repository.ts';
import {
  firstNameOf,
  keptNames,
  loadForAuthor,
  namesOf,
  otherWriters,
  runningConsent,
} from './sharing-facts.ts';

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
  /** Whether the newest version holds recordings, so the page says what happens to a voice. */
  readonly hasRecordings: boolean;
}

/**
 * The sharing page for one story, in the author's words (the request's
 * language unless given), or undefined when the viewer is not one of its authors.
 */
export async function loadSharingPage(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  now: Date,
  language: Language = currentLanguage(),
): Promise<SharingPage | undefined> {
  const facts = await loadForAuthor(db, viewer, storyId);
  if (!facts) return undefined;
  const i18n = translatorFor(language);
  const names = namesOf(facts, facts.me.personId);
  const kept = await keptNames(db, facts);
  const zone = organisationTimeZone();
  const guardianNames = new Map(
    (await listPersonNameFacts(db, facts.me.guardianIds)).map((person) => [
      person.id,
      person.firstName ?? person.displayName,
    ]),
  );
  const firstName = (personId: string) => firstNameOf(facts, personId);
  const scopes = SCOPES.map((scope): SharingScope => {
    const mine = foldAuthorConsent(facts.events, facts.me, scope, now);
    const visibility = decideVisibility({
      authors: facts.authors,
      events: facts.events,
      scope,
      now,
    });
    const mineKey = runningConsent(mine);
    const others = otherWriters(facts, facts.me.personId, scope, now, (status) => {
      const theirs = runningConsent(status);
      return (
        mineKey === undefined ||
        theirs === undefined ||
        (theirs.revisionNumber === mineKey.revisionNumber &&
          (theirs.contentKey === null ||
            mineKey.contentKey === null ||
            theirs.contentKey === mineKey.contentKey))
      );
    });
    const stop = findStop(facts.events, facts.authors, scope, now);
    return {
      scope,
      explanation: scopeExplanation(scope, i18n),
      needsGuardian: needsGuardian(scope, facts.me, now),
      state: describeScopeState({
        scope,
        mine,
        visibility,
        shownName: runningShownName(mine, names, kept, asLanguage(facts.story.language)),
        latestRevision: facts.story.latest_revision,
        others,
        grownUp: isNowAdult(facts.me, now),
        stop: stop ? stopWords(stop, facts.me.personId, firstName, guardianNames) : null,
        now,
        formatDate: (date) => formatDayOf(date, zone, language),
        formatUntil: (end) => formatLastDay(end, zone, language),
        daysLeft: (end, at) => daysLeft(end, at, zone),
        i18n,
      }),
    };
  });
  return {
    story: facts.story,
    scopes,
    names,
    coAuthorCount: facts.authors.length - 1,
    guardianLinked: facts.me.guardianIds.length > 0,
    hasRecordings: await latestHoldsRecordings(db, facts.story),
  };
}

async function latestHoldsRecordings(db: Db, story: StoryRow): Promise<boolean> {
  if (story.latest_revision === 0) return false;
  const latest = await findRevision(db, story.id, story.latest_revision);
  return listRecordingIds(latest?.editor_state).length > 0;
}

/** The name readers see for an author under their running yes: as agreed, kept with it (stand-ins in the story's language). */
function runningShownName(
  status: AuthorConsentStatus,
  names: NameFacts,
  kept: ReadonlyMap<string, string>,
  storyLanguage: Language,
): string | null {
  const consent = runningConsent(status);
  if (!consent) return null;
  const agreedName = consent.fingerprint ? kept.get(consent.fingerprint) : undefined;
  return shownNameOf({ names, anonymity: consent.anonymity, agreedName }, storyLanguage);
}

/**
 * Who stopped sharing, as this author's page names them: themself ("you"), a
 * co-author by first name, their own parent or carer by name, a co-author's
 * parent or carer only as that ("Kayla’s parent or carer").
 */
function stopWords(
  stop: Stop,
  me: string,
  nameOf: (personId: string) => string,
  myGuardianNames: ReadonlyMap<string, string>,
): StopWords {
  const whose = stop.subjectId === me ? null : nameOf(stop.subjectId);
  let by: Stopper;
  if (stop.actorId === me) by = { kind: 'you' };
  else if (stop.actorId === stop.subjectId) by = { kind: 'writer', name: nameOf(stop.subjectId) };
  else if (stop.subjectId === me) {
    by = { kind: 'yourCarer', name: myGuardianNames.get(stop.actorId) ?? null };
  } else by = { kind: 'theirCarer', name: nameOf(stop.subjectId) };
  return { whose, by, at: stop.at };
}
