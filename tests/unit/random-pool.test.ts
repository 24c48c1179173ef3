// The pool the server's ids and secrets are cut from (server/random-pool.ts): every token fresh, of the length
// asked, across the pool's refills, and a bad length refused.
import { describe, expect, it } from 'vitest';
import { randomToken } from '../../server/random-pool.ts';

describe('random tokens', () => {
  it('have the length asked, in the encoding asked', () => {
    for (const bytes of [1, 6, 12, 24, 33]) {
      expect(Buffer.from(randomToken(bytes, 'hex'), 'hex')).toHaveLength(bytes);
      expect(randomToken(bytes, 'hex')).toMatch(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
      expect(Buffer.from(randomToken(bytes, 'base64url'), 'base64url')).toHaveLength(bytes);
    }
    // Larger than the pool cuts: straight from the system.
    expect(Buffer.from(randomToken(5000, 'base64url'), 'base64url')).toHaveLength(5000);
  });

  it('never repeat, across many refills of the pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(randomToken(12, 'base64url'));
    expect(seen.size).toBe(20_000);
  });

  it('look random: every byte value turns up, none far more often than the rest', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4000; i++)
      for (const b of Buffer.from(randomToken(64, 'hex'), 'hex')) counts[b]! += 1;
    // 256,000 bytes: 1,000 of each value expected, a standard deviation of about 31.
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });

  it('refuse a length that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => randomToken(bad, 'hex')).toThrow(RangeError);
  });
});
