import { describe, expect, it } from 'vitest';
import {
  createPublicationCache,
  publicationCache,
  surrogateKeyForStory,
} from '#src/server/publishing/publication-cache.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

describe('publication cache', () => {
  it('returns what was stored for the same story and version', () => {
    const cache = createPublicationCache({ maxEntries: 2 });
    cache.set(A, 3, '<p>A3</p>');
    expect(cache.get(A, 3)).toBe('<p>A3</p>');
  });

  describe.each([
    { case: 'an older version', stored: 4, asked: 3 },
    { case: 'a newer version', stored: 3, asked: 4 },
  ])('never returns an entry for $case', ({ stored, asked }) => {
    it('misses', () => {
      const cache = createPublicationCache({ maxEntries: 2 });
      cache.set(A, stored, '<p>old</p>');
      expect(cache.get(A, asked)).toBeUndefined();
    });
  });

  it('keeps one entry per story: a new version replaces the old', () => {
    const cache = createPublicationCache({ maxEntries: 2 });
    cache.set(A, 1, 'v1');
    cache.set(A, 2, 'v2');
    expect(cache.size).toBe(1);
    expect(cache.get(A, 1)).toBeUndefined();
    expect(cache.get(A, 2)).toBe('v2');
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const cache = createPublicationCache({ maxEntries: 2 });
    cache.set(A, 1, 'a');
    cache.set(B, 1, 'b');
    expect(cache.get(A, 1)).toBe('a'); // A is now more recent than B
    cache.set(C, 1, 'c');
    expect(cache.size).toBe(2);
    expect(cache.get(B, 1)).toBeUndefined();
    expect(cache.get(A, 1)).toBe('a');
    expect(cache.get(C, 1)).toBe('c');
  });

  it('drop removes one story and leaves the others', () => {
    const cache = createPublicationCache({ maxEntries: 3 });
    cache.set(A, 1, 'a');
    cache.set(B, 1, 'b');
    cache.drop(A);
    cache.drop(C); // nothing stored: no effect
    expect(cache.get(A, 1)).toBeUndefined();
    expect(cache.get(B, 1)).toBe('b');
    expect(cache.size).toBe(1);
  });

  it('clear removes everything', () => {
    const cache = createPublicationCache({ maxEntries: 3 });
    cache.set(A, 1, 'a');
    cache.set(B, 1, 'b');
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxEntries %s', (maxEntries) => {
    expect(() => createPublicationCache({ maxEntries })).toThrow(RangeError);
  });

  it('is one instance per process, however the module is loaded', () => {
    expect(publicationCache).toBe(
      (globalThis as Record<symbol, unknown>)[Symbol.for('heard.publicationCache')],
    );
  });

  it('names a story’s Surrogate-Key as the media route does', () => {
    expect(surrogateKeyForStory(A)).toBe(`story-${A}`);
  });
});
