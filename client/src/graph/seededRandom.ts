/**
 * A seeded stand-in for Math.random (mulberry32 over an FNV-1a hash of the
 * seed): the same seed gives the same sequence in every browser, so a layout
 * that draws on Math.random (fcose's `randomize`) gives the same picture for
 * the same data and URL.
 */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random replaced by `seededRandom(seed)`, and puts it
 * back however `work` ends. Only for synchronous work: nothing else runs meanwhile.
 */
export function withSeededRandom<T>(seed: string, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
