// Predict, then reveal: how the predictions are scored (table-driven), that a seat's view and feed never hold
// another seat's prediction before the debrief, that the predictions change nothing of the round, that no step
// waits for them, and that bots make them from what they saw.
import { describe, expect, it } from 'vitest';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { computeDebrief, debriefsFromLog } from '../../shared/rules/debrief.ts';
import { apply } from '../../shared/rules/engine.ts';
import { waitingFor } from '../../shared/rules/permissions.ts';
import { scorePredictions, topPriority } from '../../shared/rules/predictions.ts';
import { replay } from '../../shared/rules/replay.ts';
import { sellerSeat } from '../../shared/rules/seats.ts';
import type { LogEntry, Predictions, Viewer } from '../../shared/rules/types.ts';
import { canSee, viewFor } from '../../shared/rules/view.ts';
import { classSummary } from '../../shared/session/class-results.ts';
import type { ObcRole } from '../../shared/scenario/schema.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import {
  LogBuilder,
  scriptedRound,
  seatEveryone,
  stage1,
  stage2,
  stage3,
  stage4,
} from '../fixtures/playthrough.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const scenario = miniScenario();
// Mini's members weigh most: engineering quality, production uptime, marketing reputation, procurement service
// and uptime alike (30 each), general management uptime.

describe('a member’s top priority', () => {
  it.each([
    ['engineering', ['quality']],
    ['production', ['uptime']],
    ['marketing', ['reputation']],
    ['procurement', ['service', 'uptime']],
    ['general-management', ['uptime']],
  ] as const)('%s: %j', (role, top) => {
    const member = scenario.buyingFirm.obc.members.find((m) => m.role === role)!;
    expect(topPriority(member)).toEqual(top);
  });
});

describe('scoring the sellers’ predictions (insight calibration)', () => {
  const cases: {
    name: string;
    priorities: Predictions['sellers'];
    expected: Record<string, { made: boolean; hits: number; score: number }>;
  }[] = [
    {
      name: 'no prediction scores nothing',
      priorities: {},
      expected: { A: { made: false, hits: 0, score: 0 }, B: { made: false, hits: 0, score: 0 } },
    },
    {
      name: 'every top priority named',
      priorities: {
        A: {
          engineering: 'quality',
          production: 'uptime',
          marketing: 'reputation',
          procurement: 'service',
          'general-management': 'uptime',
        },
      },
      expected: { A: { made: true, hits: 5, score: 1 }, B: { made: false, hits: 0, score: 0 } },
    },
    {
      name: 'either benefit of a tie counts; a second priority does not',
      priorities: {
        A: { procurement: 'uptime', engineering: 'uptime' },
        B: { procurement: 'service', production: 'quality' },
      },
      expected: { A: { made: true, hits: 1, score: 0.2 }, B: { made: true, hits: 1, score: 0.2 } },
    },
    {
      name: 'a member left out counts as missed',
      priorities: { B: { marketing: 'reputation', 'general-management': 'uptime' } },
      expected: { A: { made: false, hits: 0, score: 0 }, B: { made: true, hits: 2, score: 0.4 } },
    },
  ];
  it.each(cases)('$name', ({ priorities, expected }) => {
    const scored = scorePredictions(scenario, { sellers: priorities, members: {} }, ['A', 'B'], 'A', 9000);
    for (const s of scored.sellers) {
      const want = expected[s.seller]!;
      expect({ made: s.made, hits: s.hits, score: s.score }, s.seller).toEqual(want);
      expect(s.members).toBe(5);
      expect(s.byMember.filter((m) => m.hit)).toHaveLength(want.hits);
    }
  });
});

describe('scoring the members’ predictions of the choice', () => {
  const winners: Predictions['members'] = {
    engineering: { seller: 'A', price: 9000 },
    production: { seller: 'A', price: null },
    marketing: { seller: 'B', price: 8000 },
    procurement: { seller: 'A', price: 9900 },
  };
  const cases: {
    name: string;
    chosen: string | null;
    price: number | null;
    hits: Partial<Record<ObcRole, boolean>>;
    errors: Partial<Record<ObcRole, number | null>>;
  }[] = [
    {
      name: 'A chosen at 9,000',
      chosen: 'A',
      price: 9000,
      hits: {
        engineering: true,
        production: true,
        marketing: false,
        procurement: true,
        'general-management': false,
      },
      errors: { engineering: 0, production: null, marketing: 0.111, procurement: 0.1 },
    },
    {
      name: 'B chosen at 8,000',
      chosen: 'B',
      price: 8000,
      hits: { engineering: false, marketing: true, 'general-management': false },
      errors: { marketing: 0, engineering: 0.125 },
    },
    {
      name: 'nothing chosen',
      chosen: null,
      price: null,
      hits: { engineering: false, production: false, marketing: false, procurement: false },
      errors: { engineering: null, marketing: null },
    },
  ];
  it.each(cases)('$name', ({ chosen, price, hits, errors }) => {
    const scored = scorePredictions(scenario, { sellers: {}, members: winners }, ['A', 'B'], chosen, price);
    for (const [role, hit] of Object.entries(hits))
      expect(scored.members.find((m) => m.role === role)?.hit, role).toBe(hit);
    for (const [role, error] of Object.entries(errors))
      expect(scored.members.find((m) => m.role === role)?.priceError, role).toBe(error);
    expect(scored.membersRight).toBe(Object.values(hits).filter(Boolean).length);
    const gm = scored.members.find((m) => m.role === 'general-management')!;
    expect(gm).toMatchObject({ made: false, seller: null, price: null, hit: false });
  });
});

/** A round in which every seat predicts (seller A right about two members, B about none), then plays on. */
function predictedRound(): { log: LogEntry[]; atEvaluation: number } {
  const b = new LogBuilder(scenario);
  seatEveryone(b);
  stage1(b);
  stage2(b);
  for (const seller of scenario.sellers) {
    b.seat(sellerSeat(seller.id), {
      type: 'submit-proposal',
      price: seller.offering.listPrice,
      options: [],
      evidence: [],
      terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 8 },
      claims: {},
      leadWith: ['uptime'],
      messages: {},
    });
  }
  b.seat('seller-A', {
    type: 'predict-priorities',
    priorities: { production: 'uptime', marketing: 'reputation', engineering: 'uptime' },
  });
  b.seat('seller-B', { type: 'predict-priorities', priorities: { production: 'quality' } });
  for (const id of b.sellers) b.seat(sellerSeat(id), { type: 'ready', ready: true });
  const atEvaluation = b.log.length;
  for (const m of b.members)
    b.seat(m.role, {
      type: 'predict-winner',
      seller: m.role === 'marketing' ? 'B' : 'A',
      ...(m.role === 'production' ? { price: 9000 } : {}),
    });
  // Seller B changes its mind: the new prediction replaces the old one.
  b.seat('seller-B', { type: 'predict-priorities', priorities: { 'general-management': 'uptime' } });
  for (const m of b.members) b.seat(m.role, { type: 'vote', seller: 'A' });
  b.seat('general-management', { type: 'sign-off', approve: true, comment: '' });
  b.allReady();
  stage4(b);
  return { log: b.log, atEvaluation };
}

describe('predictions in a round', () => {
  const { log, atEvaluation } = predictedRound();

  it('are scored in the debrief', () => {
    const r = replay(scenario, { seed: 3 }, log);
    expect(r.rejected).toEqual([]);
    const [d] = debriefsFromLog(scenario, { seed: 3 }, log);
    const p = d!.predictions;
    expect(p.chosen).toBe('A');
    expect(p.price).toBe(10000);
    expect(p.sellers.map((s) => [s.seller, s.hits, s.score])).toEqual([
      ['A', 2, 0.4],
      ['B', 1, 0.2],
    ]);
    expect(p.sellers[1]!.byMember.find((m) => m.role === 'production')?.predicted).toBeNull();
    expect(p.membersRight).toBe(4);
    expect(p.members.find((m) => m.role === 'production')).toMatchObject({
      seller: 'A',
      price: 9000,
      hit: true,
      priceError: 0.1,
    });
  });

  it('a seat’s view and feed never hold another seat’s prediction before the debrief', () => {
    const viewers: Viewer[] = [
      ...scenario.buyingFirm.obc.members.map((m): Viewer => ({ kind: 'seat', seat: m.role })),
      { kind: 'seat', seat: 'seller-A' },
      { kind: 'seat', seat: 'seller-B' },
      { kind: 'spectator' },
    ];
    let checked = 0;
    replay(scenario, { seed: 3 }, log, (state, events, index) => {
      if (state.phase === 'round-over') return;
      for (const viewer of viewers) {
        const me = viewer.kind === 'seat' ? viewer.seat : null;
        const v = viewFor(scenario, state, viewer);
        expect(Object.keys(v.predictions.sellers).map(sellerSeat)).toEqual(
          me !== null && me.startsWith('seller-') && Object.keys(state.predictions.sellers).length > 0
            ? Object.keys(state.predictions.sellers)
                .map(sellerSeat)
                .filter((s) => s === me)
            : [],
        );
        expect(Object.keys(v.predictions.members).every((role) => role === me)).toBe(true);
        for (const e of events)
          if (e.type === 'priorities-predicted' || e.type === 'winner-predicted')
            expect(canSee(e, viewer), `${me ?? 'spectator'} sees ${e.summary}`).toBe(
              e.type === 'priorities-predicted' ? sellerSeat(e.data.seller) === me : e.data.role === me,
            );
      }
      if (index > atEvaluation) checked += 1;
    });
    expect(checked).toBeGreaterThan(5);
    // The seat itself sees its own prediction; the instructor sees them all.
    const mid = replay(
      scenario,
      { seed: 3 },
      log.slice(0, atEvaluation + scenario.buyingFirm.obc.members.length),
    );
    expect(viewFor(scenario, mid.state, { kind: 'seat', seat: 'marketing' }).predictions.members).toEqual({
      marketing: { seller: 'B', price: null },
    });
    expect(viewFor(scenario, mid.state, { kind: 'seat', seat: 'seller-A' }).predictions.sellers).toEqual({
      A: { production: 'uptime', marketing: 'reputation', engineering: 'uptime' },
    });
    const all = viewFor(scenario, mid.state, { kind: 'instructor' }).predictions;
    expect(Object.keys(all.members)).toHaveLength(5);
    expect(Object.keys(all.sellers)).toEqual(['A', 'B']);
  });

  it('change nothing of the round: without them the same log gives the same outcome and debrief', () => {
    const strip = (entries: readonly LogEntry[]) =>
      entries.filter((e) => !e.action.type.startsWith('predict-'));
    const runs = [
      { scenario, config: { seed: 3 }, log },
      ...shippedScenarios().flatMap(({ scenario: s }) =>
        [1, 2].map((seed) => ({
          scenario: s,
          config: { seed },
          log: autoplayRound(s, {}, { seed, strategies: { 'seller-B': 'no-discovery' } }).log,
        })),
      ),
    ];
    for (const run of runs) {
      expect(run.log.some((e) => e.action.type.startsWith('predict-'))).toBe(true);
      const withThem = replay(run.scenario, run.config, run.log);
      const without = replay(run.scenario, run.config, strip(run.log));
      expect(without.rejected).toEqual([]);
      expect({ ...without.state, predictions: null }).toEqual({ ...withThem.state, predictions: null });
      const a = debriefsFromLog(run.scenario, run.config, run.log).map((d) => ({ ...d, predictions: null }));
      const b = debriefsFromLog(run.scenario, run.config, strip(run.log)).map((d) => ({
        ...d,
        predictions: null,
      }));
      expect(b).toEqual(a);
    }
  });

  it('no step waits for a prediction: where nobody predicts, readiness alone moves the table on', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    stage1(b);
    stage2(b);
    stage3(b);
    stage4(b);
    const script = b.log;
    let state = replay(scenario, { seed: 3 }, []).state;
    const waited = new Set<string>();
    for (const entry of script) {
      // Before each seat's ready: the table waits for seats by readiness only, never for a prediction.
      if (entry.action.type === 'ready' && entry.actor.kind === 'seat') {
        const step = state.step ?? state.stage ?? '';
        const waiting = waitingFor(state);
        if (waiting.length > 0) {
          expect(waiting).toContain(entry.actor.seat);
          waited.add(step);
        }
      }
      const r = apply(scenario, state, entry);
      expect(r.ok).toBe(true);
      if (r.ok) state = r.state;
    }
    expect([...waited]).toEqual(expect.arrayContaining(['bidding', 'contract', 'post-purchase']));
    expect(state.phase).toBe('round-over');
    expect(state.predictions).toEqual({ sellers: {}, members: {} });
  });
});

describe('bots predict', () => {
  it.each(shippedScenarios())('on $file, from what they saw', ({ scenario: s }) => {
    for (const seed of [1, 2, 3]) {
      const r = autoplayRound(s, {}, { seed, strategies: { 'seller-B': 'no-discovery' } });
      expect(r.refused).toEqual([]);
      const round = r.rounds[0]!;
      const state = round.state;
      const members = s.buyingFirm.obc.members.map((m) => m.role);
      // Every seller team named a benefit for every member: the one the member showed it first, or else the most
      // sought benefit (all of them, for the team that ran no discovery).
      for (const seller of Object.keys(state.sellers)) {
        const named = state.predictions.sellers[seller]!;
        expect(Object.keys(named).sort(), seller).toEqual([...members].sort());
        const cards = state.questions
          .filter((q) => q.seller === seller)
          .flatMap((q) =>
            (q.answer?.concerns ?? []).map((id) => ({
              role: q.to,
              dimension: s.buyingFirm.obc.members
                .find((m) => m.role === q.to)!
                .priorities.petConcerns.find((c) => c.id === id)!.dimension,
            })),
          );
        for (const role of members) {
          const first = cards.find((c) => c.role === role)?.dimension ?? state.sharedBenefits[0];
          expect(named[role], `${seller} on ${role}`).toBe(first);
        }
      }
      // Every member predicted while the choice was open, naming an offer on the table.
      const offers = Object.keys(state.proposals);
      for (const role of members) expect(offers).toContain(state.predictions.members[role]?.seller);
      const d = computeDebrief(s, state, round.events);
      expect(d.predictions.sellers.every((x) => x.made)).toBe(true);
      expect(d.predictions.members.every((x) => x.made)).toBe(true);
    }
  });

  it('with discovery read the members better than without, over many tables', () => {
    let withDiscovery = 0;
    let without = 0;
    for (const { scenario: s } of shippedScenarios())
      for (let seed = 1; seed <= 6; seed++) {
        const r = autoplayRound(s, {}, { seed, strategies: { 'seller-B': 'no-discovery' } });
        const round = r.rounds[0]!;
        const d = computeDebrief(s, round.state, round.events);
        withDiscovery += d.predictions.sellers.find((x) => x.seller === 'A')!.score;
        without += d.predictions.sellers.find((x) => x.seller === 'B')!.score;
      }
    expect(withDiscovery).toBeGreaterThan(without);
  });
});

describe('the class debrief', () => {
  it('adds the predictions up over the tables', () => {
    const summary = classSummary([
      { table: 'T1', debriefs: debriefsFromLog(scenario, { seed: 3 }, predictedRound().log) },
      // Nobody predicted at this table.
      { table: 'T2', debriefs: debriefsFromLog(scenario, { seed: 1 }, scriptedRound(scenario)) },
    ]);
    expect(summary.tables[0]!.predictions).toEqual({
      sellers: [
        { seller: 'A', made: true, score: 0.4 },
        { seller: 'B', made: true, score: 0.2 },
      ],
      members: 5,
      membersPredicted: 5,
      membersRight: 4,
    });
    expect(summary.tables[1]!.predictions.sellers.map((x) => x.made)).toEqual([false, false]);
    expect(summary.predictions).toEqual({
      sellers: 4,
      sellersPredicted: 2,
      averageInsight: 0.3,
      members: 10,
      membersPredicted: 5,
      membersRight: 4,
    });
  });
});
