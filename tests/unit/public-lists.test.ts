/**
 * The public site's small pure pieces: reading time, excerpts, theme
 * addresses, cursors in addresses and safe search snippets.
 */
import { describe, expect, it } from 'vitest';
import { themeSlug } from '#src/domain/slug.ts';
import { excerptOf, readingMinutes } from '#src/domain/words.ts';
import {
  cleanQuery,
  formatCursor,
  formatSearchCursor,
  MAX_QUERY_LENGTH,
  parseCursor,
  parseSearchCursor,
  snippetHtml,
} from '#src/server/publishing/public-lists.ts';
import { SNIPPET_START, SNIPPET_STOP } from '#src/server/publishing/publications.repository.ts';

const ID = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';
const WHEN = new Date('2026-03-03T10:00:00.000Z');

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [1000, 5],
  ])('%i words take %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('excerptOf', () => {
  it('keeps short text whole, with its spaces tidied', () => {
    expect(excerptOf('  One  line\nand   another ')).toBe('One line and another');
  });

  it('cuts long text at a word and marks the cut', () => {
    const text = 'word '.repeat(100);
    const excerpt = excerptOf(text, 50);
    expect(excerpt.endsWith('word…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
  });

  it('cuts inside a word only when there is no space to cut at', () => {
    expect(excerptOf('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('drops punctuation left dangling at the cut', () => {
    expect(excerptOf('We went, and then we came back home again.', 9)).toBe('We went…');
  });
});

describe('themeSlug', () => {
  it.each([
    ['Family & Home', 'family-home'],
    ['  family   home ', 'family-home'],
    ['Café', 'café'],
    ['Ystafell Fyw', 'ystafell-fyw'],
    ['家族', '家族'],
    ['!!!', ''],
  ])('%s → %s', (theme, slug) => {
    expect(themeSlug(theme)).toBe(slug);
  });
});

describe('cursors', () => {
  it('round-trip through an address', () => {
    const cursor = formatCursor({ published_at: WHEN, story_id: ID });
    expect(parseCursor(cursor)).toEqual({ publishedAt: WHEN, storyId: ID });
    const search = formatSearchCursor({ rank: 0.607927, published_at: WHEN, story_id: ID });
    expect(parseSearchCursor(search)).toEqual({ rank: 0.607927, publishedAt: WHEN, storyId: ID });
  });

  it.each([null, '', 'nonsense', `not-a-date_${ID}`, `${WHEN.toISOString()}_not-a-uuid`])(
    'read %j as "from the start"',
    (value) => {
      expect(parseCursor(value)).toBeUndefined();
      expect(parseSearchCursor(value)).toBeUndefined();
    },
  );

  it('refuses a search cursor without a number for its rank', () => {
    expect(parseSearchCursor(`abc_${WHEN.toISOString()}_${ID}`)).toBeUndefined();
  });
});

describe('search input and snippets', () => {
  it('tidies and shortens what a reader typed', () => {
    expect(cleanQuery('  fern \n street ')).toBe('fern street');
    expect(cleanQuery(null)).toBe('');
    expect(cleanQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('escapes everything in a snippet, then marks the matched words', () => {
    const snippet = `<img src=x onerror=alert(1)> & ${SNIPPET_START}bread${SNIPPET_STOP} "too"`;
    expect(snippetHtml(snippet)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; <mark>bread</mark> &quot;too&quot;',
    );
  });
});
