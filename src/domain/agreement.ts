/**
 * What a yes agrees to (docs/decisions/011-what-a-yes-is.md). A person says yes
 * to what the preview showed them: that version of the text, with that title,
 * those themes and content notes, that byline, those photos as they show, named
 * that way, in that use, until that day. The fingerprint is taken over all of
 * it, so a yes whose preview no longer matches the story (someone saved a new
 * version, changed the title, chose another name) is refused, not recorded.
 *
 * The content key is the part every author must agree on for the story to be
 * shown at all: the version of the text, its title, themes and content notes.
 *
 * Pure: these build the exact text that is hashed; the server hashes it.
 */
import type { CalendarDay } from './calendar.ts';
import type { Anonymity, Scope } from './consent-types.ts';

/** Everything a preview showed, and the choices made on it. */
export interface PreviewedYes {
  readonly storyId: string;
  readonly scope: Scope;
  readonly revisionNumber: number;
  readonly anonymity: Anonymity;
  /** The last day the yes covers, in the organisation's time zone. */
  readonly lastDay: CalendarDay;
  readonly title: string;
  readonly themes: readonly string[];
  readonly contentNotes: readonly string[];
  /** The whole byline, as the preview showed it. */
  readonly byline: string;
  /** How this author is named. */
  readonly shownName: string;
  /** The story exactly as rendered for readers: text, replacements, photos and their words. */
  readonly html: string;
}

/** The text a yes's fingerprint is the hash of. */
export function fingerprintText(yes: PreviewedYes): string {
  return JSON.stringify([
    'heard-yes/1',
    yes.storyId,
    yes.scope,
    yes.revisionNumber,
    yes.anonymity,
    yes.lastDay,
    yes.title,
    [...yes.themes],
    [...yes.contentNotes],
    yes.byline,
    yes.shownName,
    yes.html,
  ]);
}

/** The text of the content key every author of a story must share. */
export function contentKeyText(
  yes: Pick<PreviewedYes, 'storyId' | 'revisionNumber' | 'title' | 'themes' | 'contentNotes'>,
): string {
  return JSON.stringify([
    'heard-content/1',
    yes.storyId,
    yes.revisionNumber,
    yes.title,
    [...yes.themes],
    [...yes.contentNotes],
  ]);
}
