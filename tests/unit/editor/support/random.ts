/**
 * A small seeded PRNG (mulberry32) so generated test cases are the same on
 * every run and a failure names the seed that found it.
 */

/** A random source: floats in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast, and good enough for generating test inputs. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One of the items. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** True with probability p. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}
