/**
 * The public site's lists (issue 6): cursors in addresses, and search snippets
 * made safe for HTML.
 */
import { escapeHtml } from '../editor/escape.ts';
import {
  SNIPPET_START,
  SNIPPET_STOP,
  type PublicationCursor,
  type SearchCursor,
} from './repositories/publications.ts';
import { isUuid } from './stories.ts';

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
