// The class simulator: every seat a bot over a real socket against an in-process server. With a fixed seed
// the output is the same on every run, and the strategy comparison shows the lesson of the new-task case.
import { describe, expect, it } from 'vitest';
import { compare, simulate } from '../../scripts/simulate.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const newTask = shippedScenarios().find((s) => s.scenario.purchaseType === 'new-task')!.scenario;

describe('npm run simulate', () => {
  it('plays a class of bots to the debrief, identically for the same seed', async () => {
    const options = { scenario: 'offshore-drill-pipe', tables: 3, seed: 7 };
    const first = await simulate(options);
    const second = await simulate(options);
    expect(second).toEqual(first);
    expect(first.tables).toHaveLength(3);
    expect(first.summary.deals).toBe(3);
    for (const table of first.tables) {
      expect(table.winner).not.toBeNull();
      expect(table.offers.filter((o) => o.won)).toHaveLength(1);
    }
    // A different seed plays a different class (the seed reaches the bots, not only the label).
    const other = await simulate({ ...options, seed: 8 });
    expect(other.tables.map((t) => t.offers.map((o) => o.price))).not.toEqual(
      first.tables.map((t) => t.offers.map((o) => o.price)),
    );
  }, 60_000);

  it('the strategy comparison on the new-task case: a resonating focus beats listing every benefit', async () => {
    const result = await compare({ scenario: newTask.meta.id, runs: 2, seed: 1 });
    // Every pairing of strategies is played once per run.
    expect(result.tables).toBe(2 * 9);
    const a = result.bySeller.A!;
    const focus = a['resonating-focus']!;
    const everything = a['all-benefits']!;
    expect(focus.offers).toBe(everything.offers);
    expect(focus.winRate).toBeGreaterThan(everything.winRate);
    expect(focus.expectedMargin).toBeGreaterThan(everything.expectedMargin);
  }, 120_000);
});
