// Grades: each component a pure function of a round's debrief and end state (table-driven, on a played round
// with one fact changed at a time), the grade a weighted mean that leaves out components without data, weights
// refused at the boundary, and the CSV's grade column recomputed from the weights and scores it states.
import { afterEach, describe, expect, it } from 'vitest';
import { CreateSessionSchema, describeZodError } from '../../shared/protocol.ts';
import type { OfferDebrief } from '../../shared/rules/debrief.ts';
import type { SpecItem } from '../../shared/rules/types.ts';
import {
  DEFAULT_GRADE_WEIGHTS,
  GradeWeightsPatchSchema,
  MEMBER_COMPONENTS,
  SELLER_COMPONENTS,
  alignmentScore,
  componentsOf,
  credibilityScore,
  decisionScore,
  discoveryScore,
  gradeOf,
  forecastScore,
  gradeRows,
  insightScore,
  marginScore,
  mergeWeights,
  roundsFromLog,
  specificationScore,
  studentGrades,
  verificationScore,
  withDefaults,
  type Components,
  type GradeWeights,
  type RoundFacts,
} from '../../shared/session/grades.ts';
import { exportCsv } from '../../server/http/export.ts';
import { LiveSession } from '../../server/session.ts';
import { Store } from '../../server/store/store.ts';
import { parseCsv } from '../fixtures/csv.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { gradedRoundLog } from '../fixtures/graded-round.ts';
import { tempDir } from '../integration/harness.ts';

const scenario = miniScenario();

const LOG = gradedRoundLog(scenario);
const CONFIG = { seed: 1, sellers: ['A', 'B'] };
const PLAYED = roundsFromLog(scenario, CONFIG, LOG);

/** The played round with some facts changed (a deep copy: the original stays as played). */
function facts(change: (f: RoundFacts) => void = () => undefined): RoundFacts {
  const f = structuredClone(PLAYED[0]!);
  change(f);
  return f;
}
function offer(f: RoundFacts, seller: string): OfferDebrief {
  const o = f.debrief.offers.find((x) => x.seller === seller);
  if (!o) throw new Error(`no offer of ${seller}`);
  return o;
}
function withoutOffer(f: RoundFacts, seller: string) {
  f.debrief.offers = f.debrief.offers.filter((o) => o.seller !== seller);
}
const claim = (c: Partial<OfferDebrief['credibility']['claims'][number]>) => ({
  dimension: 'uptime',
  claimed: 4,
  delivered: 4,
  gap: 0,
  backed: false,
  intangible: false,
  ...c,
});
const item = (by: SpecItem['by'], status: SpecItem['status']): SpecItem => ({
  id: `s-${by}-${status}`,
  by,
  dimension: 'uptime',
  kind: 'weight',
  value: 20,
  votes: {},
  status,
});

describe('the played round', () => {
  it('finished once, as the play says', () => {
    expect(PLAYED).toHaveLength(1);
    const f = PLAYED[0]!;
    expect(f.debrief.decision.winner).toBe('A');
    expect(f.debrief.decision.bestValueSeller).toBe('A');
    expect(f.state.checks.map((c) => [c.by, c.dimension])).toEqual([
      ['production', 'uptime'],
      ['production', 'quality'],
      ['engineering', 'quality'],
    ]);
  });

  it('scores every seat on its side’s components, each from 0 to 100 or left out', () => {
    const f = PLAYED[0]!;
    for (const seat of Object.values(f.state.seats)) {
      const c = componentsOf(scenario, f, seat.id);
      const keys: readonly string[] = seat.kind === 'seller' ? SELLER_COMPONENTS : MEMBER_COMPONENTS;
      expect(Object.keys(c).sort()).toEqual([...keys].sort());
      for (const v of Object.values(c)) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
      for (const v of Object.values(c)) if (v !== null) expect(v).toBeLessThanOrEqual(100);
    }
    // What the play did, read back: A's claims (two kept of four), B made none; the checks made.
    expect(componentsOf(scenario, f, 'seller-A').credibility).toBe(50);
    expect(componentsOf(scenario, f, 'seller-B').credibility).toBeNull();
    expect(componentsOf(scenario, f, 'production').verification).toBe(100);
    expect(componentsOf(scenario, f, 'engineering').verification).toBe(50);
    expect(componentsOf(scenario, f, 'procurement').verification).toBe(0);
  });
});

describe('margin: the share of the value created that the team kept', () => {
  // The mini case buys 10 units.
  it.each([
    ['half the value created', 10000, 6000, 20000, 50],
    ['more than the value created (capped)', 10000, 6000, 50000, 100],
    ['a loss: evidence bought, no win', 10000, 6000, -2000, 0],
    ['no value created, no profit', 5000, 6000, 0, 0],
    ['no value created, a profit all the same', 5000, 6000, 1000, 100],
  ])('%s', (_name, grossValue, unitCost, marginTotal, expected) => {
    const f = facts((x) => Object.assign(offer(x, 'A'), { grossValue, unitCost, marginTotal }));
    expect(marginScore(scenario, f, 'A')).toBe(expected);
  });
  it('is 0 for a team that made no proposal', () => {
    expect(
      marginScore(
        scenario,
        facts((x) => withoutOffer(x, 'A')),
        'A',
      ),
    ).toBe(0);
  });
  it('reads the played round: the winner kept a share, the loser nothing', () => {
    const a = offer(PLAYED[0]!, 'A');
    const share = a.marginTotal / ((a.grossValue - a.unitCost) * scenario.economics.quantity);
    expect(marginScore(scenario, PLAYED[0]!, 'A')).toBeCloseTo(100 * share, 1);
    expect(marginScore(scenario, PLAYED[0]!, 'B')).toBe(0);
  });
});

describe('alignment and discovery: the debrief’s figures on a 0–100 scale', () => {
  it.each([
    [0, 0],
    [0.25, 25],
    [0.6667, 66.7],
    [1, 100],
  ])('alignment %s → %s', (overall, expected) => {
    const f = facts((x) => (offer(x, 'A').alignment.overall = overall));
    expect(alignmentScore(f, 'A')).toBe(expected);
  });
  it('alignment is 0 without a proposal', () => {
    expect(
      alignmentScore(
        facts((x) => withoutOffer(x, 'A')),
        'A',
      ),
    ).toBe(0);
  });
  it.each([
    [0, 0],
    [0.2, 20],
    [0.55, 55],
  ])('discovery %s → %s', (overall, expected) => {
    const f = facts((x) => (offer(x, 'A').discovery.overall = overall));
    expect(discoveryScore(scenario, f, 'A')).toBe(expected);
  });
  it('discovery counts the questions of a team that made no proposal', () => {
    // A asked production (influence 40) about uptime and was shown a card on it: one of its two top priorities.
    expect(discoveryScore(scenario, PLAYED[0]!, 'A')).toBe(20);
    expect(
      discoveryScore(
        scenario,
        facts((x) => withoutOffer(x, 'A')),
        'A',
      ),
    ).toBe(20);
  });
});

describe('credibility: claims kept, and intangible claims stressed without evidence', () => {
  it.each([
    ['no claim: left out', [], ['uptime'], null],
    ['a tangible claim kept', [claim({})], ['uptime'], 100],
    ['one kept, one broken', [claim({}), claim({ dimension: 'quality', gap: 1 })], [], 50],
    [
      'an intangible claim kept, stressed without evidence',
      [claim({ dimension: 'reputation', intangible: true })],
      ['reputation'],
      50,
    ],
    [
      'an intangible claim kept, not stressed',
      [claim({ dimension: 'reputation', intangible: true })],
      ['uptime'],
      100,
    ],
    [
      'an intangible claim kept, stressed with evidence',
      [claim({ dimension: 'reputation', intangible: true, backed: true })],
      ['reputation'],
      100,
    ],
    [
      'an intangible claim broken, stressed without evidence',
      [claim({ dimension: 'reputation', intangible: true, gap: 1 })],
      ['reputation'],
      0,
    ],
  ])('%s', (_name, claims, leadWith, expected) => {
    const f = facts((x) => {
      offer(x, 'A').credibility.claims = claims;
      x.state.proposals.A!.leadWith = leadWith;
      x.state.proposals.A!.messages = {};
    });
    expect(credibilityScore(f, 'A')).toBe(expected);
  });
  it('counts what a message to one member stressed too', () => {
    const f = facts((x) => {
      offer(x, 'A').credibility.claims = [claim({ dimension: 'reputation', intangible: true })];
      x.state.proposals.A!.leadWith = ['uptime'];
      x.state.proposals.A!.messages = { marketing: { text: 'Our name.', dimensions: ['reputation'] } };
    });
    expect(credibilityScore(f, 'A')).toBe(50);
  });
});

describe('decision quality of a member: the quality of the offer they voted for', () => {
  const value = (seller: string) => offer(PLAYED[0]!, seller).buyerValue;
  it('is 100 for a vote for the best offer', () => {
    expect(decisionScore(scenario, PLAYED[0]!, 'production')).toBe(100);
  });
  it('is the chosen value over the best for a vote for another offer', () => {
    expect(decisionScore(scenario, PLAYED[0]!, 'marketing')).toBeCloseTo((100 * value('B')) / value('A'), 0);
    expect(decisionScore(scenario, PLAYED[0]!, 'marketing')).toBeLessThan(100);
  });
  it.each([
    [
      'a voter who did not vote',
      (f: RoundFacts): void => void delete f.state.votes.engineering,
      'engineering',
      0,
    ],
    [
      'a member this purchase does not ask to vote (straight rebuy: procurement decides)',
      (f: RoundFacts): void => void (f.state.purchaseType = 'straight-rebuy'),
      'engineering',
      null,
    ],
    [
      'the member who decides a straight rebuy',
      (f: RoundFacts): void => void (f.state.purchaseType = 'straight-rebuy'),
      'procurement',
      100,
    ],
    [
      'no eligible offer on the table',
      (f: RoundFacts): void => void (f.debrief.decision.bestValueSeller = null),
      'production',
      null,
    ],
  ] as const)('%s', (_name, change, role, expected) => {
    expect(decisionScore(scenario, facts(change), role)).toBe(expected);
  });
});

describe('verification done: claims checked of the checks allowed', () => {
  const checks = (f: RoundFacts, n: number) => {
    f.state.checks = f.state.checks.filter((c) => c.by === 'production').slice(0, n);
  };
  it.each([
    ['no tangible claim to check', { reputation: 4 }, 0, 'new-task', null],
    ['two checkable, none checked', { uptime: 5, quality: 4 }, 0, 'new-task', 0],
    ['two checkable, one checked', { uptime: 5, quality: 4 }, 1, 'new-task', 50],
    ['two checkable, both checked', { uptime: 5, quality: 4 }, 2, 'new-task', 100],
    ['one checkable, checked', { uptime: 5 }, 1, 'new-task', 100],
    ['a straight rebuy allows one check', { uptime: 5, quality: 4 }, 1, 'straight-rebuy', 100],
  ] as const)('%s', (_name, claims, made, purchaseType, expected) => {
    const f = facts((x) => {
      x.state.proposals.A!.claims = { ...claims };
      checks(x, made);
      x.state.purchaseType = purchaseType;
    });
    expect(verificationScore(scenario, f, 'production')).toBe(expected);
  });
});

describe('specification contributions: items proposed, and adopted', () => {
  it.each([
    ['none', [], 0],
    ['one proposed, still open', [item('marketing', 'open')], 25],
    ['one adopted', [item('marketing', 'adopted')], 50],
    ['one adopted, one rejected', [item('marketing', 'adopted'), item('marketing', 'rejected')], 75],
    [
      'three adopted (at most 100)',
      [item('marketing', 'adopted'), item('marketing', 'adopted'), item('marketing', 'adopted')],
      100,
    ],
    ['another member’s items', [item('production', 'adopted')], 0],
  ] as const)('%s', (_name, items, expected) => {
    const f = facts((x) => (x.state.spec.items = [...items]));
    expect(specificationScore(f, 'marketing')).toBe(expected);
  });
  it('is left out for a round that never reached the specifications', () => {
    const f = facts((x) => {
      x.debrief.timeline = x.debrief.timeline.filter(
        (e) => !(e.type === 'stage-started' && e.data.stage === 'specifications'),
      );
    });
    expect(specificationScore(f, 'marketing')).toBeNull();
  });
  it('reads the played round: production’s item was adopted, marketing’s rejected', () => {
    expect(specificationScore(PLAYED[0]!, 'production')).toBe(50);
    expect(specificationScore(PLAYED[0]!, 'marketing')).toBe(25);
  });
});

describe('predictions: insight for sellers, forecast for members', () => {
  const sellerPrediction = (f: RoundFacts, seller: string) =>
    f.debrief.predictions.sellers.find((x) => x.seller === seller)!;
  const memberPrediction = (f: RoundFacts, role: string) =>
    f.debrief.predictions.members.find((x) => x.role === role)!;
  it.each([
    ['no prediction', false, 0, 0],
    ['two of five top priorities', true, 0.4, 40],
    ['every one', true, 1, 100],
    ['made, none right', true, 0, 0],
  ] as const)('insight: %s → %s', (_name, made, share, expected) => {
    const f = facts((x) => {
      Object.assign(sellerPrediction(x, 'A'), { made, score: share });
    });
    expect(insightScore(f, 'A')).toBe(expected);
  });
  it.each([
    ['predicted the offer chosen', 'A', true, 100],
    ['predicted the other offer', 'A', false, 0],
    ['made no prediction', 'A', false, 0],
    ['no offer chosen: left out', null, false, null],
  ] as const)('forecast: %s', (_name, chosen, hit, expected) => {
    const f = facts((x) => {
      x.debrief.predictions.chosen = chosen;
      Object.assign(memberPrediction(x, 'marketing'), { hit });
    });
    expect(forecastScore(f, 'marketing')).toBe(expected);
  });
  it('reads the debrief’s scoring of the played round', () => {
    const f = PLAYED[0]!;
    for (const p of f.debrief.predictions.sellers)
      expect(insightScore(f, p.seller)).toBe(p.made ? Math.round(p.score * 1000) / 10 : 0);
    for (const p of f.debrief.predictions.members)
      expect(forecastScore(f, p.role)).toBe(f.debrief.predictions.chosen === null ? null : p.hit ? 100 : 0);
  });
});

describe('the grade: a weighted mean of the components a student has', () => {
  // The weights of before the predictions' components, so that the figures below stay easy to follow.
  const W: GradeWeights = {
    seller: { margin: 30, alignment: 25, discovery: 25, credibility: 20, insight: 0 },
    member: { decision: 50, verification: 25, specification: 25, forecast: 0 },
  };
  it.each([
    ['every component', 'seller', { margin: 50, alignment: 100, discovery: 0, credibility: 100 }, W, 60],
    [
      'a component without data left out, the rest renormalized',
      'seller',
      { margin: 50, alignment: 100, discovery: 0, credibility: null },
      W,
      50,
    ],
    [
      'a weight of 0 counts nothing',
      'seller',
      { margin: 50, alignment: 100, discovery: 0, credibility: 100 },
      { ...W, seller: { margin: 1, alignment: 1, discovery: 0, credibility: 0, insight: 0 } },
      75,
    ],
    [
      'nothing with weight and data',
      'seller',
      { margin: 50, alignment: 100, discovery: 0, credibility: null },
      { ...W, seller: { margin: 0, alignment: 0, discovery: 0, credibility: 1, insight: 0 } },
      null,
    ],
    ['a member', 'member', { decision: 80, verification: 50, specification: 25 }, W, 58.8],
    [
      'a member without a vote to judge',
      'member',
      { decision: null, verification: 50, specification: 25 },
      W,
      37.5,
    ],
  ] as [string, 'seller' | 'member', Components, GradeWeights, number | null][])(
    '%s',
    (_name, side, components, weights, expected) => {
      expect(gradeOf(side, components, weights)).toBe(expected);
    },
  );

  it('grades each student seated when the round ended, and means their rounds', () => {
    const rows = gradeRows(scenario, [{ table: 'T1', rounds: PLAYED }], W);
    // Every seat has a student; seller A has two.
    expect(rows).toHaveLength(scenario.buyingFirm.obc.members.length + scenario.sellers.length + 1);
    const a = rows.filter((r) => r.seat === 'seller-A');
    expect(a.map((r) => r.name).sort()).toEqual(['Seller A1', 'Seller A2']);
    expect(a[0]!.grade).toBe(gradeOf('seller', componentsOf(scenario, PLAYED[0]!, 'seller-A'), W));
    const students = studentGrades([...rows, { ...rows[0]!, round: 2, grade: 0 }]);
    const first = students.find((s) => s.playerId === rows[0]!.playerId)!;
    expect(first.rounds).toHaveLength(2);
    expect(first.grade).toBe(Math.round(((rows[0]!.grade ?? 0) / 2) * 10) / 10);
  });
});

describe('weights at the boundary', () => {
  it.each([
    ['a negative weight', { seller: { margin: -1 } }, 'seller.margin: a weight is 0 or more'],
    [
      'a weight that is not a number',
      { member: { decision: '50' } },
      'member.decision: a weight is a number',
    ],
    ['a weight above the bound', { seller: { margin: 1e6 } }, 'seller.margin: a weight is at most 1000'],
    ['an unknown component', { seller: { charm: 10 } }, 'charm'],
    ['an unknown side', { teacher: { margin: 10 } }, 'teacher'],
    ['an inherited name as a component', JSON.parse('{"seller":{"__proto__":{"margin":1}}}'), '__proto__'],
    ['toString as a component', { member: { toString: 1 } }, 'toString'],
    ['a side that is not an object', { seller: [30, 25] }, 'seller'],
  ])('refuses %s, naming it', (_name, body, named) => {
    const r = GradeWeightsPatchSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error && describeZodError(r.error)).toContain(named);
  });

  it('changes only what a patch names, and refuses a side whose weights would all be 0', () => {
    const r = mergeWeights(DEFAULT_GRADE_WEIGHTS, { seller: { margin: 0, credibility: 70 } });
    expect(r).toEqual({
      ok: true,
      weights: {
        ...DEFAULT_GRADE_WEIGHTS,
        seller: { ...DEFAULT_GRADE_WEIGHTS.seller, margin: 0, credibility: 70 },
      },
    });
    const zero = mergeWeights(DEFAULT_GRADE_WEIGHTS, {
      member: { decision: 0, verification: 0, specification: 0, forecast: 0 },
    });
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.message).toMatch(/member weights cannot all be 0/);
    // The defaults themselves are untouched by either.
    expect(DEFAULT_GRADE_WEIGHTS.seller.margin).toBe(30);
  });

  it('reads weights stored before a component existed with that component’s default', () => {
    const stored = { seller: { margin: 10, alignment: 10, discovery: 10 }, member: { decision: 1 } };
    const w = withDefaults(stored);
    expect(w.seller).toEqual({ margin: 10, alignment: 10, discovery: 10, credibility: 20, insight: 10 });
    expect(w.member).toEqual({ decision: 1, verification: 20, specification: 20, forecast: 15 });
  });
});

describe('the CSV export', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
  });

  function playedSession(weights?: Parameters<LiveSession['setGradeWeights']>[0]) {
    const store = new Store(tempDir());
    stores.push(store);
    const body = CreateSessionSchema.parse({ scenarioId: 'mini', bots: false, sellerTeamSize: 2 });
    const { session } = LiveSession.create(store, scenario, body, 1_000);
    const table = session.addTable(1_000);
    for (const entry of LOG) {
      const r = session.act(table.id, entry.actor, entry.action, entry.at);
      if (!r.ok) throw new Error(`${entry.action.type}: ${r.rejection.message}`);
    }
    if (weights) expect(session.setGradeWeights(weights, 2_000).ok).toBe(true);
    return { session, csv: () => exportCsv(store, session) };
  }

  const recomputed = (row: Record<string, string>) => {
    let sum = 0;
    let total = 0;
    for (const k of [...SELLER_COMPONENTS, ...MEMBER_COMPONENTS]) {
      const score = row[`score_${k}`];
      const weight = row[`weight_${k}`];
      if (score === '' || weight === '' || score === undefined || weight === undefined) continue;
      sum += Number(weight) * Number(score);
      total += Number(weight);
    }
    return total === 0 ? null : sum / total;
  };

  it('has a grade column that the stated weights and scores recompute', () => {
    const weights = {
      seller: { margin: 10, alignment: 40, discovery: 30, credibility: 20, insight: 0 },
      member: { decision: 70 },
    };
    const { session, csv } = playedSession(weights);
    const rows = parseCsv(csv());
    expect(rows).toHaveLength(scenario.buyingFirm.obc.members.length + scenario.sellers.length + 1);
    for (const row of rows) {
      const again = recomputed(row);
      expect(row.grade === '' ? null : Number(row.grade)).not.toBeNull();
      expect(Number(row.grade)).toBeCloseTo(again ?? NaN, 1);
      // The weights stated are the session's, for the row's own side only.
      const side = row.side === 'seller' ? 'seller' : 'member';
      const own = session.gradeWeights[side] as Record<string, number>;
      for (const [k, w] of Object.entries(own)) expect(Number(row[`weight_${k}`])).toBe(w);
      const other = side === 'seller' ? MEMBER_COMPONENTS : SELLER_COMPONENTS;
      for (const k of other) expect(row[`weight_${k}`]).toBe('');
    }
    // Seller B made no claim: its credibility is empty, left out of its grade.
    const b = rows.find((r) => r.seat === 'seller-B')!;
    expect(b.score_credibility).toBe('');
    expect(Number(b.grade)).toBeCloseTo(
      (10 * Number(b.score_margin) + 40 * Number(b.score_alignment) + 30 * Number(b.score_discovery)) / 80,
      1,
    );
  });

  it('changes the grade column when the weights change', () => {
    const by = (csv: string) => new Map(parseCsv(csv).map((r) => [`${r.seat}/${r.player}`, r.grade]));
    const before = by(playedSession().csv());
    const after = by(
      playedSession({ seller: { margin: 100, alignment: 0, discovery: 0, credibility: 0 } }).csv(),
    );
    expect(after.get('seller-A/Seller A1')).not.toBe(before.get('seller-A/Seller A1'));
    expect(after.get('engineering/Student engineering')).toBe(before.get('engineering/Student engineering'));
  });
});
