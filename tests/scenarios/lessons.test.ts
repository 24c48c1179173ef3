// Do the notes' lessons hold as properties of the model, on cases nobody tuned? The strategy tournament
// (shared/sim/tournament.ts) on generated balanced scenarios (tests/fixtures/random-scenario.ts) and on every
// bundled one, reporting the share of cases on which each of the checks 1–3 holds.
//
// The target is 90 % for each; the model does not reach it yet (docs/rules.md, "What the model teaches,
// measured", has the figures and why). The floors below are the shares measured on this fixed sample less a
// small margin: they fail when a change makes the model teach worse, and are raised as it teaches better.
// `npm run lessons -- --scenarios 50` measures on a larger sample.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCatalog } from '../../server/catalog.ts';
import { ROOT } from '../../server/app.ts';
import { tournament, type TournamentResult } from '../../shared/sim/tournament.ts';
import { structuralAdvice } from '../../client/instructor/editor/advice.ts';
import { balancedScenarios, randomScenarios } from '../fixtures/random-scenario.ts';

const SEED = 20261202;
const N = 12;

const generated = balancedScenarios(N, SEED);
const bundled = [...loadCatalog(join(ROOT, 'scenarios')).values()];

function results(scenarios: typeof generated) {
  return scenarios.map((s) => tournament(s, { runs: 1, seed: SEED, skipPurchaseTypeCheck: true }));
}

const rf = (r: TournamentResult) => r.strategies['resonating-focus'].totalMargin;
const held = (r: TournamentResult, prefix: string) =>
  r.lesson.checks.find((c) => c.name.startsWith(prefix))?.holds ?? false;

/** Each property of checks 1–3, and its floor on the generated sample. */
const PROPERTIES: { name: string; floor: number; holds: (r: TournamentResult) => boolean }[] = [
  {
    name: 'check 1: resonating focus > favorable points of difference > all benefits',
    floor: 0.8,
    holds: (r) => held(r, 'resonating focus > favorable'),
  },
  {
    name: 'check 2: overclaim earns less than honest resonating focus',
    floor: 0.9,
    holds: (r) => r.strategies.overclaim.totalMargin < rf(r),
  },
  {
    name: 'check 2: claim-must-haves earns less than honest resonating focus',
    floor: 0.9,
    holds: (r) => r.strategies['claim-must-haves'].totalMargin < rf(r),
  },
  {
    name: 'check 2 in full: overclaim earns less, and buyers decide worse where it plays',
    floor: 0.9,
    holds: (r) => held(r, 'overclaim earns less'),
  },
  {
    name: 'check 2 in full: claim-must-haves earns less, and buyers decide worse where it plays',
    floor: 0.75,
    holds: (r) => held(r, 'claim-must-haves earns less'),
  },
  {
    name: 'check 3: price-at-cost wins but earns less than resonating focus',
    floor: 0.9,
    holds: (r) => held(r, 'price-at-cost'),
  },
  {
    name: 'check 3: max-evidence earns less than resonating focus',
    floor: 0.9,
    holds: (r) => held(r, 'max-evidence'),
  },
  {
    name: 'check 3: no-discovery earns less than resonating focus with discovery',
    floor: 0.9,
    holds: (r) => held(r, 'no-discovery'),
  },
];

describe('the lessons on generated scenarios', () => {
  it('plays only cases within the authoring guidance: the scenario editor raises no structural advice', () => {
    // The raw generator draws cases without a best-and-final round and benefits nobody weighs; those are left out.
    expect(randomScenarios(60, SEED).some((s) => structuralAdvice(s).length > 0)).toBe(true);
    for (const s of generated) expect(structuralAdvice(s), s.meta.id).toEqual([]);
    expect(generated.every((s) => s.stages.rfp.allowBafo)).toBe(true);
  });

  it(`holds checks 1–3 on the measured share of ${N} balanced generated scenarios`, () => {
    expect(generated).toHaveLength(N);
    const played = results(generated);
    const shares = PROPERTIES.map((p) => ({ ...p, share: played.filter(p.holds).length / played.length }));
    for (const s of shares)
      process.stdout.write(`[lessons] ${(s.share * 100).toFixed(0).padStart(3)} %  ${s.name}\n`);
    for (const s of shares) expect(s.share, s.name).toBeGreaterThanOrEqual(s.floor);
  }, 120_000);

  it('on every bundled scenario, the cheats earn less than honest resonating focus', () => {
    for (const r of results(bundled)) {
      expect(r.strategies.overclaim.totalMargin, r.scenario).toBeLessThan(rf(r));
      expect(r.strategies['claim-must-haves'].totalMargin, r.scenario).toBeLessThan(rf(r));
      expect(held(r, 'price-at-cost'), r.scenario).toBe(true);
      expect(held(r, 'max-evidence'), r.scenario).toBe(true);
      expect(held(r, 'resonating focus > favorable'), r.scenario).toBe(true);
      // Acceptance measures a tangible claim: a lie that wins is a void contract, so buyers decide worse.
      expect(held(r, 'overclaim earns less'), r.scenario).toBe(true);
      expect(held(r, 'claim-must-haves earns less'), r.scenario).toBe(true);
    }
  }, 60_000);
});
