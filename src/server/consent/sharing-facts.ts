/**
 * The facts every sharing decision starts from (a story, its authors, their
 * names and its ledger, read once) and the readings of them that the sharing
 * page, the preview, parents' and carers' approvals, the notes on /my and
 * turning 18 share, so each reads them the same way.
 */
import { displayName, type NameFacts } from '#src/domain/anonymity.ts';
import { foldAuthorConsent, type AuthorConsentStatus } from '#src/domain/consent.ts';
import type { AuthorConsent, Scope, StoryAuthor } from '#src/domain/consent-types.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { OtherWriter } from '#src/domain/sharing.ts';
import { isNowAdult } from '#src/domain/turning-eighteen.ts';
import type { Db } from '#src/server/platform/db.ts';
import type { StoryRow } from '#src/server/platform/schema.ts';
import {
  findStoryById,
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import { isStoryAuthor } from '#src/server/writing/authorship.ts';
import { listConsentedVersions, listConsentEventsForStory } from './consent.repository.ts';

/** A story, its authors and ledger: the facts every sharing decision starts from. */
export interface SharingFacts {
  readonly story: StoryRow;
  readonly authors: readonly StoryAuthor[];
  readonly people: Awaited<ReturnType<typeof listStoryAuthorNames>>;
  readonly events: Awaited<ReturnType<typeof listConsentEventsForStory>>;
}

/** The facts as one of the story's authors manages its sharing. */
export type AuthorFacts = SharingFacts & { readonly me: StoryAuthor };

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
export async function loadForAuthor(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
): Promise<AuthorFacts | undefined> {
  // Helpers may write, but consent is the author's own.
  if (!viewer || !(await isStoryAuthor(db, viewer, storyId))) return undefined;
  const facts = await loadFacts(db, storyId);
  const me = facts?.authors.find((author) => author.personId === viewer.id);
  if (!facts || !me) return undefined;
  return { ...facts, me };
}

export function namesOf(facts: SharingFacts, personId: string): NameFacts {
  const person = facts.people.find((candidate) => candidate.personId === personId);
  return person ?? { displayName: '', firstName: null, pseudonym: null };
}

/** How co-authors and parents or carers call an author: their first name, never a made-up one. */
export function firstNameOf(facts: SharingFacts, personId: string): string {
  return displayName({ ...namesOf(facts, personId), pseudonym: null }, 'first_name');
}

/** The running yes of a status (valid, or waiting for a parent or carer), if any. */
export function runningConsent(status: AuthorConsentStatus): AuthorConsent | undefined {
  return status.status === 'valid' || status.status === 'awaiting-guardian'
    ? status.consent
    : undefined;
}

/**
 * The story's other writers in one use, as the page of the author `meId`
 * describes them; `sameVersion` says whether their yes is to the same version.
 */
export function otherWriters(
  facts: SharingFacts,
  meId: string,
  scope: Scope,
  now: Date,
  sameVersion: (status: AuthorConsentStatus) => boolean = () => true,
): OtherWriter[] {
  return facts.authors
    .filter((author) => author.personId !== meId)
    .map((author): OtherWriter => {
      const status = foldAuthorConsent(facts.events, author, scope, now);
      return {
        personId: author.personId,
        name: firstNameOf(facts, author.personId),
        status,
        grownUp: isNowAdult(author, now),
        sameVersion: sameVersion(status),
      };
    });
}

/** The names co-authors agreed to be shown as, by the fingerprint of their yes. */
export async function keptNames(db: Db, facts: SharingFacts): Promise<ReadonlyMap<string, string>> {
  const fingerprints = facts.events.flatMap((event) =>
    event.fingerprint === null ? [] : [event.fingerprint],
  );
  const rows = await listConsentedVersions(db, facts.story.id, fingerprints);
  return new Map(rows.map((row) => [row.fingerprint, row.shownName]));
}
