import { describe, expect, it } from 'vitest';
import {
  createStoryCache,
  surrogateKeyForStory,
  type CachedPage,
} from '#src/server/publishing/story-cache.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

const page = (text: string): CachedPage => ({
  headers: { 'content-type': 'text/html', etag: `W/"${text}"` },
  body: Buffer.from(text),
  etag: `W/"${text}"`,
});

describe('story cache: renderings', () => {
  it('returns what was held for the same story and version', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setRendering(A, 3, '<p>A3</p>');
    expect(cache.getRendering(A, 3)).toBe('<p>A3</p>');
  });

  it.each([
    { case: 'an older version', stored: 4, asked: 3 },
    { case: 'a newer version', stored: 3, asked: 4 },
  ])('never returns a rendering for $case', ({ stored, asked }) => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setRendering(A, stored, '<p>old</p>');
    expect(cache.getRendering(A, asked)).toBeUndefined();
  });

  it('keeps one rendering per story: a new version replaces the old', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setRendering(A, 1, 'v1');
    cache.setRendering(A, 2, 'v2');
    expect(cache.size).toBe(1);
    expect(cache.getRendering(A, 1)).toBeUndefined();
    expect(cache.getRendering(A, 2)).toBe('v2');
  });
});

describe('story cache: pages', () => {
  it('returns a page only under exactly the content key and variant it was held under', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setPage(A, 'A:1,B:4', 'plain', page('one'));
    expect(cache.getPage(A, 'A:1,B:4', 'plain')?.body.toString()).toBe('one');
    expect(cache.getPage(A, 'A:1,B:5', 'plain')).toBeUndefined();
    expect(cache.getPage(A, 'A:1,B:4', 'read')).toBeUndefined();
    expect(cache.getPage(B, 'A:1,B:4', 'plain')).toBeUndefined();
  });

  it('counts hits and stores', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setPage(A, 'k', 'plain', page('one'));
    cache.getPage(A, 'k', 'plain');
    cache.getPage(A, 'other', 'plain');
    expect({ hits: cache.hits, stores: cache.stores }).toEqual({ hits: 1, stores: 1 });
  });

  it('a page held under a new key replaces the old one', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setPage(A, 'old', 'plain', page('old'));
    cache.setPage(A, 'new', 'plain', page('new'));
    expect(cache.getPage(A, 'old', 'plain')).toBeUndefined();
    expect(cache.getPage(A, 'new', 'plain')?.body.toString()).toBe('new');
  });
});

describe('story cache: bounds and dropping', () => {
  it('holds at most maxBytes, dropping the least recently used', () => {
    // Each rendering of one character costs two bytes.
    const cache = createStoryCache({ maxBytes: 4 });
    cache.setRendering(A, 1, 'a');
    cache.setRendering(B, 1, 'b');
    expect(cache.getRendering(A, 1)).toBe('a'); // A is now more recent than B
    cache.setRendering(C, 1, 'c');
    expect(cache.size).toBe(2);
    expect(cache.getRendering(B, 1)).toBeUndefined();
    expect(cache.getRendering(A, 1)).toBe('a');
    expect(cache.getRendering(C, 1)).toBe('c');
  });

  it('does not hold what is bigger than the whole budget, and keeps the rest', () => {
    const cache = createStoryCache({ maxBytes: 10 });
    cache.setRendering(A, 1, 'a');
    cache.setPage(B, 'k', 'plain', page('x'.repeat(11)));
    cache.setRendering(C, 1, 'x'.repeat(6));
    expect(cache.getPage(B, 'k', 'plain')).toBeUndefined();
    expect(cache.getRendering(C, 1)).toBeUndefined();
    expect(cache.getRendering(A, 1)).toBe('a');
  });

  it('drop removes everything of one story and leaves the others', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setRendering(A, 1, 'a');
    cache.setPage(A, 'k', 'plain', page('a plain'));
    cache.setPage(A, 'k', 'read', page('a read'));
    cache.setRendering(B, 1, 'b');
    cache.drop(A);
    cache.drop(C); // nothing held: no effect
    expect(cache.getRendering(A, 1)).toBeUndefined();
    expect(cache.getPage(A, 'k', 'plain')).toBeUndefined();
    expect(cache.getPage(A, 'k', 'read')).toBeUndefined();
    expect(cache.getRendering(B, 1)).toBe('b');
    expect(cache.size).toBe(1);
  });

  it('clear removes everything', () => {
    const cache = createStoryCache({ maxBytes: 1000 });
    cache.setRendering(A, 1, 'a');
    cache.setPage(B, 'k', 'plain', page('b'));
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxBytes %s', (maxBytes) => {
    expect(() => createStoryCache({ maxBytes })).toThrow(RangeError);
  });

  it('names a story’s Surrogate-Key as the media route does', () => {
    expect(surrogateKeyForStory(A)).toBe(`story-${A}`);
  });
});

describe('answers held with a rendering', () => {
  const answer = { id: 'a1', text: 'Thank you for telling us.', createdAt: new Date(0) };

  it('are given back only at the version they were held with, and only when held', () => {
    const cache = createStoryCache({ maxBytes: 10_000 });
    cache.setRendering(A, 1, '<p>A1</p>');
    expect(cache.getHeldAnswers(A, 1)).toBeUndefined();
    cache.setRendering(A, 2, '<p>A2</p>', [answer]);
    expect(cache.getHeldAnswers(A, 2)).toEqual([answer]);
    expect(cache.getHeldAnswers(A, 1)).toBeUndefined();
    cache.setRendering(A, 3, '<p>A3</p>', []);
    expect(cache.getHeldAnswers(A, 3)).toEqual([]);
    cache.drop(A);
    expect(cache.getHeldAnswers(A, 3)).toBeUndefined();
  });

  it('count towards the bytes held', () => {
    const cache = createStoryCache({ maxBytes: 100 });
    cache.setRendering(A, 1, 'x'.repeat(20), [{ ...answer, text: 'y'.repeat(40) }]);
    expect(cache.getRendering(A, 1)).toBeUndefined();
  });
});
