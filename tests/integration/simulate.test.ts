// The class simulator: every seat a bot over a real socket against an in-process server. With a fixed seed
// the output is the same on every run, and the strategy comparison shows the lesson of the new-task case.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../scripts/simulate.ts';
import { ROOT } from '../../server/app.ts';
import { SELLER_STRATEGIES } from '../../shared/bots/policy.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';

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
    expect(JSON.stringify(other.tables)).not.toEqual(JSON.stringify(first.tables));
  }, 60_000);

  it('the tournament takes a bundled id or a file, prints one JSON object, and refuses a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-compare-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(miniScenarioInput));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'simulate.ts'), '--compare', ...args], {
        encoding: 'utf8',
      });
    const out = run('--scenario', file, '--runs', '1', '--json');
    expect(out.status, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(Object.keys(result).sort()).toEqual(['lesson', 'rounds', 'runs', 'scenario', 'strategies']);
    expect(Object.keys(result.strategies).sort()).toEqual([...SELLER_STRATEGIES].sort());
    for (const f of Object.values<Record<string, unknown>>(result.strategies)) {
      expect(Object.keys(f).sort()).toEqual(
        ['bids', 'classifiedAs', 'meanMargin', 'meanValueCaptured', 'totalMargin', 'winRate', 'wins'].sort(),
      );
      expect(Object.keys(f.classifiedAs as object).sort()).toEqual(
        ['all-benefits', 'favorable-points-of-difference', 'resonating-focus'].sort(),
      );
    }
    expect(typeof result.lesson.holds).toBe('boolean');
    expect(result.lesson.checks.length).toBeGreaterThanOrEqual(5);
    for (const c of result.lesson.checks) expect(Object.keys(c).sort()).toEqual(['detail', 'holds', 'name']);
    // The same seed gives the same figures.
    expect(JSON.parse(run('--scenario', file, '--runs', '1', '--json').stdout)).toEqual(result);
    // A broken file: exit 1, its problems by path, no stack trace.
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...miniScenarioInput, rounds: 2 }));
    const bad = run('--scenario', broken, '--json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('rounds');
    expect(bad.stderr).not.toContain('    at ');
    const missing = run('--scenario', join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
  }, 120_000);
});
