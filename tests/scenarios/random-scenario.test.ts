// The random-scenario generator (tests/fixtures/random-scenario.ts): everything it makes loads without a problem,
// follows the authoring guidance in every scenario, has the designed mix over many, shrinks to valid scenarios,
// and is reproducible from its seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../shared/scenario/load.ts';
import { isInheritedKey } from '../../shared/own.ts';
import { PURCHASE_TYPES, type BenefitCategory, type Scenario } from '../../shared/scenario/schema.ts';
import { VALUE_PER_POINT_BAND, randomScenarios, scenarioArbitrary } from '../fixtures/random-scenario.ts';

const SEED = 20261201;
const N = 200;
const EPS = 1e-9;

const inputs = fc.sample(scenarioArbitrary(), { seed: SEED, numRuns: N });
// An invalid input is left out here and reported by the first test.
const scenarios: Scenario[] = inputs.flatMap((input) => {
  const result = loadScenario(input);
  return result.ok ? [result.scenario] : [];
});

const share = (test: (s: Scenario) => boolean) => scenarios.filter(test).length / scenarios.length;
const members = (s: Scenario) => s.buyingFirm.obc.members;
const weightOf = (weights: Record<string, number>, d: string) =>
  Object.hasOwn(weights, d) ? (weights[d] ?? 0) : 0;
const level = (levels: Record<string, number>, d: string) =>
  Object.hasOwn(levels, d) ? (levels[d] ?? 0) : 0;
const topOf = (weights: Record<string, number>) =>
  Object.entries(weights).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
const categoryOf = (s: Scenario, d: string): BenefitCategory =>
  s.dimensions.find((x) => x.id === d)?.category ?? 'economic-tangible';
const tangible = (c: BenefitCategory) => c === 'economic-tangible' || c === 'non-economic-tangible';
const isInt = (n: number) => Number.isInteger(n);

/** How many dimensions seller x is strictly better than seller y on. */
function betterOn(s: Scenario, x: number, y: number): number {
  const a = s.sellers[x]?.offering.levels ?? {};
  const b = s.sellers[y]?.offering.levels ?? {};
  return s.dimensions.filter((d) => level(a, d.id) > level(b, d.id)).length;
}

/** Whether some option lifts a dimension on which a member's must-have is missed by that seller's base level. */
function optionMatters(s: Scenario): boolean {
  return s.sellers.some((seller) =>
    seller.offering.options.some((o) =>
      members(s).some((m) =>
        m.priorities.mustHaves.some(
          (mh) => mh.dimension === o.dimension && level(seller.offering.levels, o.dimension) < mh.minLevel,
        ),
      ),
    ),
  );
}

/** Every rule of the authoring guidance this scenario breaks (empty when it follows all of them). */
function guidanceProblems(s: Scenario, sellerIds: string[]): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, rule: string) => {
    if (!ok) problems.push(`${s.meta.id}: ${rule}`);
  };
  const within = (x: number, lo: number, hi: number) => x >= lo - EPS && x <= hi + EPS;
  const dimIds = s.dimensions.map((d) => d.id);

  need(within(s.dimensions.length, 4, 8), '4-8 dimensions');
  need(
    s.dimensions.every((d) => /^d\d-[a-z][a-z-]*$/.test(d.id) && !isInheritedKey(d.id)),
    'dimension ids like d1-throughput',
  );
  need(new Set(s.dimensions.map((d) => d.category)).size === 4, 'all four benefit categories');

  const ms = members(s);
  const roles = ms.map((m) => m.role);
  need(within(ms.length, 3, 5), '3-5 members');
  need(new Set(roles).size === ms.length, 'distinct roles');
  need(roles.includes('procurement'), 'procurement sits');
  need(
    ms.every((m) => isInt(m.influence)),
    'whole influence points',
  );
  need(ms.reduce((sum, m) => sum + m.influence, 0) === 100, 'influence sums to 100');
  for (const m of ms) {
    const p = m.priorities;
    const entries = Object.entries(p.weights);
    const sorted = entries.map(([, w]) => w).sort((a, b) => b - a);
    need(within(entries.length, 2, 5), `${m.role} weighs 2-5 dimensions`);
    need(
      entries.every(([d, w]) => dimIds.includes(d) && isInt(w) && w > 0),
      `${m.role}: whole positive weights`,
    );
    need(entries.reduce((sum, [, w]) => sum + w, 0) === 100, `${m.role}: weights sum to 100`);
    need((sorted[0] ?? 0) > (sorted[1] ?? 0), `${m.role}: one clear top priority`);
    need(within(p.priceSensitivity, 0, 1.2), `${m.role}: price sensitivity 0-1.2`);
    need(within(p.riskAversion, 0, 1), `${m.role}: risk aversion 0-1`);
    need(p.mustHaves.length <= 1, `${m.role}: at most one must-have`);
    need(
      p.mustHaves.every((mh) => weightOf(p.weights, mh.dimension) > 0 && within(mh.minLevel, 2, 4)),
      `${m.role}: must-have at 2-4 on a weighed dimension`,
    );
    need(within(p.petConcerns.length, 1, 3), `${m.role}: 1-3 pet concerns`);
    need(
      p.petConcerns.every((pc) => weightOf(p.weights, pc.dimension) > 0 && within(pc.keywords.length, 1, 3)),
      `${m.role}: pet concerns on weighed dimensions, 1-3 keywords`,
    );
  }
  const signers = ms.filter((m) => m.signOff);
  const gm = ms.find((m) => m.role === 'general-management');
  need(signers.length === 1, 'one member signs off');
  need(
    gm ? signers[0] === gm : signers[0]?.influence === Math.max(...ms.map((m) => m.influence)),
    'general management signs off, else the most influential',
  );
  need(
    ms.every((m) => !m.veto || m.signOff),
    'only the signer may veto',
  );
  const rule = s.buyingFirm.obc.decisionRule;
  need(
    rule.kind !== 'single-decider' || roles.includes(rule.decider ?? 'procurement'),
    'decider is a member',
  );

  need(s.sellers.map((x) => x.id).join() === sellerIds.join(), `sellers ${sellerIds.join()}`);
  s.sellers.forEach((x, i) =>
    s.sellers.forEach((y, j) => {
      if (i !== j) need(betterOn(s, i, j) >= 2, `${x.id} better than ${y.id} on two dimensions or more`);
    }),
  );
  for (const seller of s.sellers) {
    const o = seller.offering;
    const at = `seller ${seller.id}`;
    const contract = s.economics.quantity * o.listPrice;
    need(
      dimIds.every((d) => isInt(level(o.levels, d)) && within(level(o.levels, d), 1, 5)),
      `${at}: levels 1-5`,
    );
    need(within(o.unitCost, 50, 20_000), `${at}: unit cost 50-20000`);
    need(within(o.listPrice / o.unitCost, 1.15, 1.8), `${at}: list price 1.15-1.8 x cost`);
    need(
      within(s.economics.valuePerPoint / o.listPrice, VALUE_PER_POINT_BAND.min, VALUE_PER_POINT_BAND.max),
      `${at}: valuePerPoint 10-35 % of the list price`,
    );
    need(within(o.options.length, 1, 3), `${at}: 1-3 options`);
    need(
      new Set(o.options.map((x) => x.dimension)).size === o.options.length,
      `${at}: options on distinct dimensions`,
    );
    need(
      o.options.every(
        (x) => within(x.unitCost / o.unitCost, 0.01, 0.08) && level(o.levels, x.dimension) + x.lift <= 5,
      ),
      `${at}: options cost 1-8 % of the unit cost and lift no higher than 5`,
    );
    for (const mh of ms.flatMap((m) => m.priorities.mustHaves)) {
      const lift = o.options.filter((x) => x.dimension === mh.dimension).reduce((a, x) => a + x.lift, 0);
      need(level(o.levels, mh.dimension) + lift >= mh.minLevel, `${at}: can reach every must-have`);
    }
    need(within(o.evidence.length, 2, 4), `${at}: 2-4 evidence items`);
    need(
      new Set(o.evidence.map((e) => e.kind)).size === o.evidence.length,
      `${at}: evidence of varied kinds`,
    );
    need(
      o.evidence.every(
        (e) =>
          within(e.credibility, 0.2, 0.6) &&
          within(e.cost / contract, 0.005, 0.04) &&
          within(e.dimensions.length, 1, 2),
      ),
      `${at}: evidence credibility 0.2-0.6, cost 0.5-4 % of the contract, 1-2 dimensions`,
    );
    const [lo, hi] = seller.incumbent ? [0.5, 0.8] : [0.4, 0.6];
    need(within(seller.trust, lo, hi), `${at}: trust ${lo}-${hi}`);
  }
  need(
    s.sellers.filter((x) => x.incumbent).length === (s.purchaseType === 'new-task' ? 0 : 1),
    'one incumbent in a rebuy, none in a new task',
  );

  need(isInt(s.economics.quantity) && within(s.economics.quantity, 1, 500), 'quantity 1-500');
  const st = s.stages;
  need(within(st['need-recognition'].minutes, 6, 12), 'need recognition 6-12 minutes');
  need(within(st['need-recognition'].maxQuestionsPerSeller, 4, 8), '4-8 questions per seller');
  need(within(st.specifications.minutes, 5, 10), 'specifications 5-10 minutes');
  need(within(st.rfp.minutes, 10, 18), 'rfp 10-18 minutes');
  need(within(st['post-purchase'].minutes, 4, 6), 'post-purchase 4-6 minutes');
  need(within(s.rounds.count, 1, 3), '1-3 rounds');
  return problems;
}

describe('random scenarios', () => {
  it(`${N} generated files all load without a problem`, () => {
    const problems = inputs.flatMap((input, i) => {
      const result = loadScenario(input);
      return result.ok ? [] : [{ i, problems: result.problems }];
    });
    expect(problems).toEqual([]);
  });

  it('every scenario follows the authoring guidance', () => {
    expect(scenarios.flatMap((s) => guidanceProblems(s, ['A', 'B']))).toEqual([]);
  });

  it('texts are plain strings and the language is English unless asked', () => {
    for (const s of scenarios) {
      expect(s.meta.languages).toEqual(['en']);
      expect(
        s.dimensions.every((d) => typeof d.label === 'string' && typeof d.description === 'string'),
      ).toBe(true);
      expect(members(s).every((m) => typeof m.brief === 'string')).toBe(true);
    }
  });

  it('has the designed mix over many scenarios', () => {
    // Both sellers are the strict best somewhere (no dominance) — in every scenario.
    expect(share((s) => betterOn(s, 0, 1) >= 2 && betterOn(s, 1, 0) >= 2)).toBe(1);
    // General management sits in at least 70 %, and not in all: the other sign-off rule gets exercised too.
    const withGm = share((s) => members(s).some((m) => m.role === 'general-management'));
    expect(withGm).toBeGreaterThanOrEqual(0.7);
    expect(withGm).toBeLessThan(0.95);
    // Members' top priorities are as different as the dimensions allow in most, never all the same.
    const tops = (s: Scenario) => new Set(members(s).map((m) => topOf(m.priorities.weights))).size;
    expect(share((s) => tops(s) === Math.min(members(s).length, s.dimensions.length))).toBeGreaterThanOrEqual(
      0.75,
    );
    expect(share((s) => tops(s) >= 2)).toBe(1);
    // Buying an option matters in at least half.
    expect(share(optionMatters)).toBeGreaterThanOrEqual(0.5);
    // Some members have a must-have, most do not.
    const withMustHave =
      scenarios.flatMap(members).filter((m) => m.priorities.mustHaves.length > 0).length /
      scenarios.flatMap(members).length;
    expect(withMustHave).toBeGreaterThan(0.2);
    expect(withMustHave).toBeLessThan(0.6);
    // Purchase types, buying-center sizes, decision rules and round counts all occur, in the designed order.
    for (const t of PURCHASE_TYPES) expect(share((s) => s.purchaseType === t)).toBeGreaterThan(0.2);
    for (const n of [3, 4, 5]) expect(share((s) => members(s).length === n)).toBeGreaterThan(0.1);
    const rule = (k: string) => share((s) => s.buyingFirm.obc.decisionRule.kind === k);
    expect(rule('influence-weighted-vote')).toBeGreaterThan(0.55);
    expect(rule('majority-vote')).toBeGreaterThan(0.1);
    expect(rule('single-decider')).toBeGreaterThan(0);
    expect(rule('single-decider')).toBeLessThan(0.2);
    expect(share((s) => s.rounds.count === 2)).toBeGreaterThan(0.55);
    expect(share((s) => s.rounds.count !== 2)).toBeGreaterThan(0.1);
    expect(share((s) => members(s).some((m) => m.veto))).toBeGreaterThan(0.3);
    expect(share((s) => members(s).some((m) => m.veto))).toBeLessThan(0.9);
    // Either seller is the cheaper one in some scenarios.
    const cheaper = (i: number) =>
      share((s) =>
        s.sellers.every((x, j) => j === i || x.offering.listPrice > (s.sellers[i]?.offering.listPrice ?? 0)),
      );
    expect(cheaper(0)).toBeGreaterThan(0.2);
    expect(cheaper(1)).toBeGreaterThan(0.2);
    // Value per point spreads over the band rather than sitting at one end.
    const ratios = scenarios.map((s) => s.economics.valuePerPoint / (s.sellers[0]?.offering.listPrice ?? 1));
    expect(Math.min(...ratios)).toBeLessThan(0.15);
    expect(Math.max(...ratios)).toBeGreaterThan(0.3);
    // Evidence: pilots mostly on tangible dimensions, case studies and guarantees mostly on intangible ones.
    const backed = (kinds: string[]) =>
      scenarios.flatMap((s) =>
        s.sellers.flatMap((x) =>
          x.offering.evidence
            .filter((e) => kinds.includes(e.kind))
            .flatMap((e) => e.dimensions.map((d) => tangible(categoryOf(s, d)))),
        ),
      );
    const pilots = backed(['pilot']);
    const vouching = backed(['case-study', 'performance-guarantee']);
    expect(pilots.filter(Boolean).length / pilots.length).toBeGreaterThan(0.65);
    expect(vouching.filter((t) => !t).length / vouching.length).toBeGreaterThan(0.65);
  });

  it('honours the options: three sellers, a purchase type, several languages', () => {
    const three = randomScenarios(40, 1, { sellers: 3 });
    expect(three.flatMap((s) => guidanceProblems(s, ['A', 'B', 'C']))).toEqual([]);
    for (const t of PURCHASE_TYPES) {
      const typed = randomScenarios(20, 2, { purchaseType: t });
      expect(typed.every((s) => s.purchaseType === t)).toBe(true);
    }
    const trilingual = randomScenarios(20, 3, { languages: ['en', 'fi', 'pl'] });
    for (const s of trilingual) {
      expect(s.meta.languages).toEqual(['en', 'fi', 'pl']);
      expect(s.dimensions[0]?.label).toEqual({
        en: expect.any(String) as string,
        fi: expect.any(String) as string,
        pl: expect.any(String) as string,
      });
    }
    expect(randomScenarios(5, 4, { languages: ['fi'] }).every((s) => s.meta.languages[0] === 'fi')).toBe(
      true,
    );
  });

  it('is reproducible from the seed, and different seeds give different scenarios', () => {
    expect(randomScenarios(N, SEED)).toEqual(scenarios);
    expect(randomScenarios(10, 99)).toEqual(randomScenarios(10, 99));
    expect(randomScenarios(10, 100)).not.toEqual(randomScenarios(10, 99));
  });

  it('works in fc.assert, and a failing property shrinks to a smaller scenario that is still valid', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => loadScenario(input).ok),
      { seed: SEED, numRuns: 30 },
    );
    const run = fc.check(
      fc.property(scenarioArbitrary(), (input) => input.dimensions.length < 6),
      { seed: SEED },
    );
    expect(run.failed).toBe(true);
    const shrunk = run.counterexample?.[0];
    expect(shrunk?.dimensions).toHaveLength(6);
    const result = loadScenario(shrunk);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
