/** mulberry32: a tiny seeded PRNG, so a generated catalog is the same on every run with the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight, e.g. [["healthy", 70], ["failing", 3]]. */
  weighted<T>(options: readonly (readonly [T, number])[]): T;
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: T[]): T[];
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (options) => {
      const total = options.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of options) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return options[options.length - 1][0];
    },
    sample: (items, count) => shuffle([...items]).slice(0, Math.min(count, items.length)),
    shuffle,
  };
}

/**
 * Draws indexes 0..n-1 with Zipf-like probabilities (a few hubs, a long tail), as real integration landscapes
 * have: the ERP and the warehouse touch everything, most systems touch two or three others.
 */
export function powerLawSampler(random: Random, n: number, exponent = 1.1): () => number {
  const order = random.shuffle(Array.from({ length: n }, (_, index) => index));
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const roll = random.next() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < roll) low = mid + 1;
      else high = mid;
    }
    return order[low];
  };
}
