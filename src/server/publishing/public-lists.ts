/**
 * The public site's lists: cursors in addresses, search snippets made safe for
 * HTML, the searches to suggest when one finds nothing, and the content notes a
 * reader leaves out (carried from page to page in the address).
 */
import { parseLeftOutNotes, suggestedSearches, wordsToCheck } from '#src/domain/search.ts';
import { escapeHtml } from '#src/editor/escape.ts';
import type { Db } from '#src/server/platform/db.ts';
import {
  isPublicWord,
  listNearPublicWords,
  SNIPPET_START,
  SNIPPET_STOP,
  type PublicationCursor,
  type SearchCursor,
} from './publications.repository.ts';
import { isUuid } from '#src/domain/ids.ts';
import { isStoryLanguage } from '#src/domain/story-language.ts';

/** How many stories a list page shows. */
export const PAGE_SIZE = 20;

/** The longest search a reader may type; longer ones are cut, not refused. */
export const MAX_QUERY_LENGTH = 200;

/** A cursor for the address of the next page: "2026-03-03T10:00:00.000Z_<uuid>". */
export function formatCursor(row: { published_at: Date; story_id: string }): string {
  return `${row.published_at.toISOString()}_${row.story_id}`;
}

/** Reads a cursor from an address; anything malformed means "from the start". */
export function parseCursor(value: string | null): PublicationCursor | undefined {
  if (!value) return undefined;
  const [when, storyId] = value.split('_');
  if (!when || !storyId || !isUuid(storyId)) return undefined;
  const publishedAt = new Date(when);
  return Number.isNaN(publishedAt.getTime()) ? undefined : { publishedAt, storyId };
}

/** A search cursor: the rank first, then the list cursor. */
export function formatSearchCursor(row: {
  rank: number;
  published_at: Date;
  story_id: string;
}): string {
  return `${row.rank}_${formatCursor(row)}`;
}

/** Reads a search cursor; anything malformed means "from the start". */
export function parseSearchCursor(value: string | null): SearchCursor | undefined {
  if (!value) return undefined;
  const split = value.indexOf('_');
  const rank = Number(value.slice(0, split));
  const rest = parseCursor(value.slice(split + 1));
  return split > 0 && Number.isFinite(rank) && rest ? { rank, ...rest } : undefined;
}

/** Tidies what a reader typed into the search box. */
export function cleanQuery(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** A snippet as HTML: every character escaped, then matched words wrapped in <mark>. */
export function snippetHtml(snippet: string): string {
  return escapeHtml(snippet)
    .replaceAll(SNIPPET_START, '<mark>')
    .replaceAll(SNIPPET_STOP, '</mark>');
}

/**
 * Searches to offer when `query` found nothing ("Did you mean …?"): each of its
 * words that no public story holds, replaced by the nearest word that one does.
 * Drawn only from stories public now, so no private, withdrawn or expired
 * story's word is ever offered.
 */
export async function suggestSearches(db: Db, query: string, now: Date): Promise<string[]> {
  const nearest = new Map<string, string[]>();
  for (const word of wordsToCheck(query)) {
    if (await isPublicWord(db, word, now)) continue;
    nearest.set(word, await listNearPublicWords(db, { word, now, limit: 3 }));
  }
  return suggestedSearches(query, nearest);
}

/** The content notes a reader chose to leave out, from a page's address. */
export function leftOutNotes(url: URL): string[] {
  return parseLeftOutNotes(url.searchParams.getAll('leave_out'));
}

/**
 * The language a reader chose to list stories in (`?language=cy`), from a
 * page's address; undefined for every language, or for anything that is not
 * a language tag.
 */
export function chosenStoryLanguage(url: URL): string | undefined {
  const value = url.searchParams.get('language');
  return isStoryLanguage(value) ? value : undefined;
}

/** An address's query string carrying the left-out notes (and `extra`), or ''. */
export function listQuery(leaveOut: readonly string[], extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const note of leaveOut) params.append('leave_out', note);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
