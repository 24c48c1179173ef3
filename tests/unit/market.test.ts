// Derived demand: the instructor moves the market mid-round (shared/rules/market.ts). The shift keeps a member's
// weights whole (integers, the same total), reaches the model (the objective value, the debrief, the teaching
// notes, the member's own brief) and stays hidden from everyone else until the debrief; hostile or impossible
// events are refused and change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDebrief } from '../../shared/rules/debrief.ts';
import { apply } from '../../shared/rules/engine.ts';
import { scenarioFor, shiftWeights } from '../../shared/rules/market.ts';
import { replay } from '../../shared/rules/replay.ts';
import { trueValue } from '../../shared/rules/scoring.ts';
import { canSee, viewFor } from '../../shared/rules/view.ts';
import type { GameEvent, LogEntry, TableState } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { loadShipped } from '../fixtures/scenarios.ts';
import { LogBuilder, seatEveryone, stage1, stage2, stage3, stage4 } from '../fixtures/playthrough.ts';
import { balancedScenarios } from '../fixtures/random-scenario.ts';

describe('shiftWeights', () => {
  const weightsArb = fc
    .array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 8 })
    .map((ws) => Object.fromEntries(ws.map((w, i) => [`d${i}`, w])));
  it('keeps whole, non-negative weights and their total; raises the benefit by what the others can give', () => {
    fc.assert(
      fc.property(weightsArb, fc.nat(7), fc.integer({ min: 0, max: 80 }), (weights, pick, points) => {
        const dims = Object.keys(weights);
        const dimension = dims[pick % dims.length]!;
        const after = shiftWeights(weights, dimension, points);
        const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
        expect(sum(after)).toBe(sum(weights));
        for (const w of Object.values(after)) {
          expect(Number.isInteger(w)).toBe(true);
          expect(w).toBeGreaterThanOrEqual(0);
        }
        const others = sum(weights) - weights[dimension]!;
        expect(after[dimension]! - weights[dimension]!).toBe(Math.min(points, others));
        for (const d of dims) if (d !== dimension) expect(after[d]!).toBeLessThanOrEqual(weights[d]!);
        // The same input, the same output (replay).
        expect(shiftWeights(weights, dimension, points)).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
  it('adds a benefit the member did not weigh at all', () => {
    expect(shiftWeights({ a: 60, b: 40 }, 'c', 20)).toEqual({ a: 48, b: 32, c: 20 });
  });
});

/** A scripted round with a market event in stage 3, before the proposals: the log up to the event, and after. */
function marketRound(scenario: Scenario, role: string, dimension: string, points = 30) {
  const b = new LogBuilder(scenario);
  seatEveryone(b);
  stage1(b);
  stage2(b);
  b.host({ type: 'market-event', role, dimension, points } as never);
  const at = b.log.length;
  stage3(b);
  stage4(b);
  return { log: b.log, at };
}

function stateAfter(scenario: Scenario, log: readonly LogEntry[]) {
  const r = replay(scenario, { seed: 1 }, log);
  return r;
}

describe('a market event at a table', () => {
  const scenario = loadShipped('hospital-monitors.json');
  const member = scenario.buyingFirm.obc.members[0]!;
  const dimension = Object.entries(member.priorities.weights).sort((a, b) => a[1] - b[1])[0]![0];

  it('moves the member’s weights in the model and shows them to that member only', () => {
    const { log, at } = marketRound(scenario, member.role, dimension);
    const mid = stateAfter(scenario, log.slice(0, at));
    expect(mid.rejected).toEqual([]);
    const before = member.priorities.weights[dimension] ?? 0;
    const moved = scenarioFor(scenario, mid.state).buyingFirm.obc.members.find(
      (m) => m.role === member.role,
    )!;
    expect(moved.priorities.weights[dimension]).toBe(before + 30);
    // The case file itself is untouched; the same shifts give the same derived object.
    expect(member.priorities.weights[dimension]).toBe(before);
    expect(scenarioFor(scenario, mid.state)).toBe(scenarioFor(scenario, structuredClone(mid.state)));

    const own = viewFor(scenario, mid.state, { kind: 'seat', seat: member.role });
    expect(own.brief?.kind === 'obc' && own.brief.member.priorities.weights[dimension]).toBe(before + 30);
    expect(own.market.shifts).toHaveLength(1);
    for (const seat of ['seller-A', 'seller-B', ...scenario.buyingFirm.obc.members.map((m) => m.role)]) {
      if (seat === member.role) continue;
      const v = viewFor(scenario, mid.state, { kind: 'seat', seat: seat as never });
      expect(v.market.news).toEqual([{ round: 1, stage: mid.state.stage, dimension }]);
      expect(v.market.shifts).toEqual([]);
      // Another member's brief is their own, unmoved; a seller's brief holds no member's weights.
      expect(JSON.stringify(v)).not.toContain(`"weights":${JSON.stringify(moved.priorities.weights)}`);
    }
    const events = mid.events.filter((e) => e.type === 'market-news' || e.type === 'priorities-shifted');
    expect(events.map((e) => e.type)).toEqual(['market-news', 'priorities-shifted']);
    const shifted = events[1]! as GameEvent;
    expect(canSee(shifted, { kind: 'seat', seat: member.role })).toBe(true);
    expect(canSee(shifted, { kind: 'seat', seat: 'seller-A' })).toBe(false);
    expect(canSee(events[0]!, { kind: 'seat', seat: 'seller-A' })).toBe(true);
  });

  it('is revealed in the debrief, with a note for every seller and the member moved', () => {
    const { log } = marketRound(scenario, member.role, dimension);
    const end = stateAfter(scenario, log);
    expect(end.rejected).toEqual([]);
    expect(end.state.phase).toBe('round-over');
    const roundEvents = end.events.slice(end.events.findIndex((e) => e.type === 'round-started'));
    const d = computeDebrief(scenario, end.state, roundEvents);
    expect(d.market).toHaveLength(1);
    expect(d.hiddenPriorities.find((h) => h.role === member.role)!.weights[dimension]).toBe(
      (member.priorities.weights[dimension] ?? 0) + 30,
    );
    const notes = d.notes.filter((n) => n.kind === 'market-shift');
    expect(notes.map((n) => n.seats[0]).sort()).toEqual([member.role, 'seller-A', 'seller-B'].sort());
    for (const n of notes.filter((x) => x.params.seller !== undefined)) {
      const p = end.state.proposals[String(n.params.seller)]!;
      const stressed = [...p.leadWith, ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? [])];
      expect(n.params.stressed).toBe(stressed.includes(dimension) ? 1 : 0);
      expect(n.params).toMatchObject({
        member: member.role,
        dimension,
        weightAfter: (n.params.weightBefore as number) + 30,
      });
    }
    expect(d.timeline.some((e) => e.type === 'market-news')).toBe(true);
  });

  it('carries into the next round (the market stays moved)', () => {
    const { log } = marketRound(scenario, member.role, dimension);
    const end = stateAfter(scenario, log);
    const next = apply(scenario, end.state, {
      actor: { kind: 'instructor' },
      action: { type: 'next-round' },
      at: Number.MAX_SAFE_INTEGER - 1,
    });
    if (!next.ok || scenario.rounds.count < 2) return;
    expect(scenarioFor(scenario, next.state)).not.toBe(scenario);
  });

  it.each([
    ['before the round starts', 'lobby', member.role, dimension, 20, /while a round is played/],
    ['a member the buying center lacks', 'playing', 'nobody', dimension, 20, null],
    ['a benefit the case lacks', 'playing', member.role, 'no-such-benefit', 20, /no benefit/],
    ['an inherited name that is an id', 'playing', member.role, 'constructor', 20, null],
    ['an inherited name as a benefit', 'playing', member.role, '__proto__', 20, null],
    ['too few points', 'playing', member.role, dimension, 1, null],
    ['too many points', 'playing', member.role, dimension, 500, null],
    ['points that are not a number', 'playing', member.role, dimension, '20', null],
  ] as const)('refuses %s and changes nothing', (_name, phase, role, dim, points, message) => {
    const b = new LogBuilder(scenario);
    if (phase === 'playing') seatEveryone(b);
    const state: TableState = stateAfter(scenario, b.log).state;
    const r = apply(scenario, state, {
      actor: { kind: 'instructor' },
      action: { type: 'market-event', role, dimension: dim, points } as never,
      at: b.at + 1000,
    });
    expect(r.ok).toBe(false);
    if (!r.ok && message) expect(r.rejection.message).toMatch(message);
    if (!r.ok) expect(r.rejection.code).not.toBe('internal');
    expect(state.market).toEqual({ weights: {}, shifts: [] });
  });
});

describe('the market moves the objective value, on any case', () => {
  it('raising a member’s weight on the benefit where one offer is furthest ahead raises its value against the other', () => {
    let checked = 0;
    let grew = 0;
    for (const scenario of balancedScenarios(12, 20261202)) {
      const [a, b] = scenario.sellers;
      if (!a || !b) continue;
      const member = [...scenario.buyingFirm.obc.members].sort((x, y) => y.influence - x.influence)[0]!;
      // The benefit where A leads B most: the weight moved there comes from benefits where A leads less (or
      // trails), so A's lead in value can only grow (a weighted mean never exceeds its largest term).
      const lead = (id: string) => (a.offering.levels[id] ?? 0) - (b.offering.levels[id] ?? 0);
      const dim = [...scenario.dimensions].sort((x, y) => lead(y.id) - lead(x.id))[0];
      if (!dim || lead(dim.id) <= 0) continue;
      const offer = (s: Scenario, id: string) => trueValue(s, { seller: id, options: [], price: 0 }).value;
      const state = {
        market: {
          weights: { [member.role]: shiftWeights(member.priorities.weights, dim.id, 30) },
          shifts: [],
        },
      };
      const moved = scenarioFor(scenario, state);
      const gapBefore = offer(scenario, a.id) - offer(scenario, b.id);
      const gapAfter = offer(moved, a.id) - offer(moved, b.id);
      // Where a must-have gates the offer out for that member either way, the weight changes nothing.
      expect(gapAfter).toBeGreaterThanOrEqual(gapBefore - 1e-9);
      if (gapAfter > gapBefore + 1e-9) grew++;
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    // And it does move: the model reads the shifted weights.
    expect(grew).toBeGreaterThan(checked / 2);
  });
});
