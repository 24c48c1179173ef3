// The scoring makes the notes' point (2.4): on the shipped new-task scenario, a resonating focus aimed at the
// influential members beats listing every benefit at the same price, and even at a higher one.
import { describe, expect, it } from 'vitest';
import { appraiseOffers, deliveredLevels, type OfferTerms } from '../../shared/rules/scoring.ts';
import { classifyValueProposition, debriefsFromLog } from '../../shared/rules/debrief.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { scriptedRound } from '../fixtures/playthrough.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const newTask = shippedScenarios().find((s) => s.scenario.purchaseType === 'new-task');

/** The dimensions where A is truly ahead of B, heaviest first by the influence-weighted hidden weights. */
function resonatingLead(scenario: Scenario): string[] {
  const a = deliveredLevels(scenario, 'A', []);
  const b = deliveredLevels(scenario, 'B', []);
  const weightOf = (d: string) =>
    scenario.buyingFirm.obc.members.reduce((sum, m) => sum + m.influence * (m.priorities.weights[d] ?? 0), 0);
  return scenario.dimensions
    .map((d) => d.id)
    .filter((d) => (a[d] ?? 0) > (b[d] ?? 0))
    .sort((x, y) => weightOf(y) - weightOf(x))
    .slice(0, 2);
}

function offer(scenario: Scenario, seller: string, leadWith: string[], price?: number): OfferTerms {
  const s = scenario.sellers.find((x) => x.id === seller)!;
  return {
    sellerId: seller,
    price: price ?? s.offering.listPrice,
    options: [],
    evidence: [],
    claims: {},
    leadWith,
    messageDimensions: {},
  };
}

describe.runIf(newTask)('the teaching point on the new-task scenario', () => {
  const scenario = newTask!.scenario;
  const all = scenario.dimensions.map((d) => d.id);
  const lead = resonatingLead(scenario);
  const trust = { A: 0.5, B: 0.5 };

  it('classifies the focused lead as resonating focus and the full list as all benefits', () => {
    const a = deliveredLevels(scenario, 'A', []);
    const b = deliveredLevels(scenario, 'B', []);
    expect(classifyValueProposition(scenario, lead, a, [b]).type).toBe('resonating-focus');
    expect(classifyValueProposition(scenario, all, a, [b]).type).toBe('all-benefits');
  });

  it('a resonating focus beats all benefits at the same price', () => {
    const rival = offer(scenario, 'B', all);
    const [focus] = appraiseOffers(scenario, [offer(scenario, 'A', lead), rival], trust, null);
    const [everything] = appraiseOffers(scenario, [offer(scenario, 'A', all), rival], trust, null);
    expect(focus!.value).toBeGreaterThan(everything!.value);
  });

  it('a resonating focus can charge more and still be valued above all benefits', () => {
    const list = scenario.sellers.find((s) => s.id === 'A')!.offering.listPrice;
    const rival = offer(scenario, 'B', all);
    const [focus] = appraiseOffers(scenario, [offer(scenario, 'A', lead, list * 1.03), rival], trust, null);
    const [everything] = appraiseOffers(scenario, [offer(scenario, 'A', all, list), rival], trust, null);
    expect(focus!.value).toBeGreaterThan(everything!.value);
  });

  it('the debrief of a played round shows the same: more perceived value, better alignment', () => {
    const focus = debriefsFromLog(scenario, { seed: 1 }, scriptedRound(scenario, lead))[0]!;
    const everything = debriefsFromLog(scenario, { seed: 1 }, scriptedRound(scenario, all))[0]!;
    const a = (d: typeof focus) => d.offers.find((o) => o.seller === 'A')!;
    expect(a(focus).perceivedValue).toBeGreaterThan(a(everything).perceivedValue);
    expect(a(focus).alignment.overall).toBeGreaterThan(a(everything).alignment.overall);
    expect(a(focus).valueProposition.type).toBe('resonating-focus');
    expect(a(everything).valueProposition.type).toBe('all-benefits');
  });
});

it('a new-task scenario is shipped', () => {
  expect(newTask).toBeDefined();
});
