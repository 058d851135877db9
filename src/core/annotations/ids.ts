import type { IdSource } from './types';

/**
 * A new annotation id: `a-<time>-<random>`, time in base 36 (9 digits, so ids sort by
 * creation time) and 8 random base-36 digits (36^8 ~ 2.8e12), so two people adding
 * annotations on two branches never need to coordinate.
 */
export function newAnnotationId(source: IdSource): string {
  const time = Math.max(0, Math.floor(source.now())).toString(36).padStart(9, '0');
  let random = '';
  for (let i = 0; i < 8; i++) random += Math.floor(source.random() * 36).toString(36);
  return `a-${time}-${random}`;
}

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** The clock and Math.random: what the CLI and the extension use outside tests. */
export const systemIdSource: IdSource = {
  now: () => Date.now(),
  random: () => Math.random(),
};

/** A deterministic IdSource (mulberry32 PRNG, fixed clock step) for tests and fuzzing. */
export function seededIdSource(seed: number, startTime = Date.UTC(2026, 0, 1)): IdSource {
  const random = mulberry32(seed);
  let time = startTime;
  return { now: () => (time += 1000), random };
}

/** mulberry32: a small, good-enough seeded PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
