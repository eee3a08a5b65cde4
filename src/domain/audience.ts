/**
 * What an audience sees of a story: each author's name at the level they chose
 * for this use (or the exact name they saw and agreed to in the preview), the
 * byline, and the one redaction level that marked details and photos follow.
 * Every surface that shows a story to someone other than its authors (the
 * public site, a group, a book, staff reading a use, service leads, the
 * sharing preview) projects it here, so they cannot disagree. Pure.
 */
import type { Language } from '#src/i18n/languages.ts';
import {
  anonymousName,
  displayName,
  mostPrivateAnonymity,
  revealsSensitiveDetails,
  showsIdentifiablePhotos,
  type NameFacts,
} from './anonymity.ts';
import { joinAuthorNames } from './bylines.ts';
import type { Anonymity, AuthorConsent } from './consent-types.ts';

/** One author as this audience will see them. */
export interface AudienceAuthor {
  /** Their names; undefined when the account is gone (then they are "Anonymous"). */
  readonly names: NameFacts | undefined;
  /** The level they chose for this use. */
  readonly anonymity: Anonymity;
  /** The name they saw and agreed to in the preview, which stands even if their profile changed since. */
  readonly agreedName?: string | null | undefined;
}

/** A story as one audience sees it. */
export interface AudienceView {
  /** Each author's shown name, in author order. */
  readonly names: readonly string[];
  /** "Ann and Bo", with anonymous authors folded into one phrase. */
  readonly byline: string;
  /** The most private level among the authors: what marked details and photos follow. */
  readonly redaction: Anonymity;
  /** Whether marked details show as written (every author named). */
  readonly revealsDetails: boolean;
  /** Whether photos of recognisable people are shown (every author named). */
  readonly showsIdentifiablePhotos: boolean;
}

/** The name one author is shown by to this audience (stand-in names in `language`). */
export function shownNameOf(author: AudienceAuthor, language: Language = 'en'): string {
  const agreed = author.agreedName?.trim();
  if (agreed) return agreed;
  return author.names
    ? displayName(author.names, author.anonymity, language)
    : anonymousName(language);
}

/**
 * Projects a story for an audience. `extraNames` are added to the byline after
 * the authors (the sharing preview's "another writer" for co-authors who have
 * not said yes yet); `redactAtLeast` lets a preview apply a level stricter than
 * the authors' (a co-author still to answer counts as anonymous).
 */
export function projectStory(
  authors: readonly AudienceAuthor[],
  options: {
    readonly extraNames?: readonly string[];
    readonly redactAtLeast?: Anonymity;
    /** The language of the story's stand-in names ("Anonymous"); English when not given. */
    readonly language?: Language;
  } = {},
): AudienceView {
  const names = authors.map((author) => shownNameOf(author, options.language));
  const levels = authors.map((author) => author.anonymity);
  if (options.redactAtLeast) levels.push(options.redactAtLeast);
  return {
    names,
    byline: joinAuthorNames([...names, ...(options.extraNames ?? [])], options.language),
    ...redactionOf(levels),
  };
}

/** What marked details and photos follow, for authors at these levels (a stored publication's). */
export function redactionOf(
  levels: readonly Anonymity[],
): Pick<AudienceView, 'redaction' | 'revealsDetails' | 'showsIdentifiablePhotos'> {
  const redaction = mostPrivateAnonymity(levels);
  return {
    redaction,
    revealsDetails: revealsSensitiveDetails(redaction),
    showsIdentifiablePhotos: showsIdentifiablePhotos(redaction),
  };
}

/** Pairs authors (in author order) with their names and chosen levels. */
export function audienceAuthors(
  authors: readonly { readonly personId: string }[],
  people: readonly (NameFacts & { readonly personId: string })[],
  levelOf: (personId: string, index: number) => Anonymity,
  agreedNameOf?: (personId: string) => string | null | undefined,
): AudienceAuthor[] {
  return authors.map((author, index) => ({
    names: people.find((person) => person.personId === author.personId),
    anonymity: levelOf(author.personId, index),
    agreedName: agreedNameOf?.(author.personId),
  }));
}

/** The naming level an author chose in these consents, or anonymous when they gave none. */
export function chosenAnonymity(
  consents: readonly Pick<AuthorConsent, 'personId' | 'anonymity'>[],
  personId: string,
): Anonymity {
  return consents.find((consent) => consent.personId === personId)?.anonymity ?? 'anonymous';
}
