/**
 * A seeded pseudo-random generator (sfc32, seeded by a string hash) and the draws the corpus
 * generator needs. Never Math.random: the same seed must give the same bytes on every machine.
 */

/** 32-bit hash of a string (cyrb53's mixing, four lanes) to seed sfc32. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let h3 = 0x9e3779b9;
  let h4 = 0x85ebca6b;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
    h3 = Math.imul(h3 ^ c, 2246822507);
    h4 = Math.imul(h4 ^ c, 3266489909);
  }
  const mix = (a: number, b: number) => (Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909)) >>> 0;
  return [mix(h1, h2), mix(h2, h3), mix(h3, h4), mix(h4, h1)];
}

export interface Random {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** One item, with probability proportional to its weight. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** Up to `count` distinct items, in the order of `items`, drawn with the given weights. */
  sample: <T>(items: readonly T[], count: number, weight?: (item: T, index: number) => number) => T[];
  /** A new, independent stream (so that adding draws in one part does not shift another). */
  fork: (label: string) => Random;
}

export function createRandom(seed: string): Random {
  let [a, b, c, d] = seedWords(seed);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next(); // sfc32 needs a few rounds to mix a weak seed

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted,
    sample: (items, count, weight = () => 1) => {
      const pool = items.map((item, index) => [index, weight(item, index)] as const);
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) {
        const remaining = pool.filter(([index]) => !chosen.has(index));
        chosen.add(weighted(remaining));
      }
      return [...chosen].sort((x, y) => x - y).map((index) => items[index]);
    },
    fork: (label) => createRandom(`${seed}/${label}/${next()}`),
  };
}

/** Zipf weights 1/rank^s: a few items very common, a long tail of rare ones (like real corpora). */
export function zipf(rank: number, s = 1): number {
  return 1 / Math.pow(rank + 1, s);
}

/** A weighted draw precomputed once (binary search): for the millions of word draws of a big corpus. */
export function weightedTable<T>(items: readonly T[], weight: (item: T, index: number) => number): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((item, index) => cumulative.push((total += weight(item, index))));
  return (random) => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}
