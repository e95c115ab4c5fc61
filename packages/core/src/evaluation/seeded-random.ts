/**
 * A small seeded pseudo-random generator (mulberry32) so that robustness draws are the same for the same seed on
 * every machine. A text seed is first hashed (FNV-1a, 32 bit). Not for anything secret.
 */

export type RandomSource = () => number;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Uniform numbers in [0, 1), deterministic for the seed. */
export function seededRandom(seed: number | string): RandomSource {
  let state = (typeof seed === 'string' ? fnv1a(seed) : seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in [−spread, +spread]. */
export function uniformSpread(random: RandomSource, spread: number): number {
  return (random() * 2 - 1) * spread;
}
