/**
 * mulberry32, a small seeded generator: the benchmarks' padded corpora, scans and client pauses, and the tests'
 * synthetic corpora, are the same on every machine and every run.
 *
 * @example
 * const random = seededRandom(42); random() // a number in [0, 1), the same for seed 42 everywhere
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
