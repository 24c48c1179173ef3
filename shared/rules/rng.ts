// A small seeded PRNG (mulberry32). Its whole state is one number kept in the table state, so replaying a log
// draws the same numbers.

export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** Turns any number into a 32-bit seed. */
export function seedFrom(seed: number): number {
  return Math.trunc(seed) | 0;
}
