// The flow of a round: stages in order, timers, pause, the spec vote, BAFO, sign-off and veto, rounds.
import { describe, expect, it } from 'vitest';
import { apply } from '../../shared/rules/engine.ts';
import { replay } from '../../shared/rules/replay.ts';
import { debriefsFromLog } from '../../shared/rules/debrief.ts';
import type { Action, Actor, LogEntry, TableState } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { LogBuilder, T0, scriptedRound, seatEveryone, stage1, stage2 } from '../fixtures/playthrough.ts';

const scenario = miniScenario();
const seat = (s: string): Actor => ({ kind: 'seat', seat: s as never });
const host: Actor = { kind: 'instructor' };

function run(log: LogEntry[]) {
  const r = replay(scenario, { seed: 3 }, log);
  expect(r.rejected).toEqual([]);
  return r;
}

function step(state: TableState, actor: Actor, action: Action, at: number): TableState {
  const r = apply(scenario, state, { actor, action, at });
  if (!r.ok) throw new Error(`${action.type}: ${r.rejection.message}`);
  return r.state;
}

const bid = (price: number, leadWith: string[] = ['uptime']): Action => ({
  type: 'submit-proposal',
  price,
  options: [],
  evidence: [],
  terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 6 },
  claims: {},
  leadWith,
  messages: {},
});

function toEvaluation(sc: Scenario = scenario): LogBuilder {
  const b = new LogBuilder(sc);
  seatEveryone(b);
  stage1(b);
  stage2(b);
  b.seat('seller-A', bid(9000));
  b.seat('seller-B', bid(8500));
  b.seat('seller-A', { type: 'ready', ready: true });
  b.seat('seller-B', { type: 'ready', ready: true });
  return b;
}

describe('the round', () => {
  it('walks the four stages in order and ends in a debrief', () => {
    const r = run(scriptedRound(scenario));
    const stages = r.events
      .filter((e) => e.type === 'stage-started')
      .map((e) => `${String(e.data.stage)}/${String(e.data.step)}`);
    expect(stages).toEqual([
      'need-recognition/null',
      'specifications/null',
      'rfp/bidding',
      'rfp/evaluation',
      'rfp/sign-off',
      'rfp/contract',
      'post-purchase/null',
    ]);
    expect(r.state.phase).toBe('round-over');
    expect(r.state.decision?.winner).toBe('A');
    expect(r.state.delivered).toEqual({ quality: 3, uptime: 5, service: 3, reputation: 3 });
    expect(r.state.history).toHaveLength(1);
  });

  it('publishes the benefits sought without names, most wanted first', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    stage1(b);
    const r = run(b.log);
    expect(r.state.stage).toBe('specifications');
    expect(r.state.sharedBenefits[0]).toBe('uptime');
    const published = r.events.find((e) => e.type === 'benefits-published');
    expect(published?.audience).toEqual({ to: 'table' });
    expect(JSON.stringify(published?.data)).not.toContain('production');
  });

  it('settles spec items by influence and disqualifies a source that cannot meet a must-have', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    stage1(b);
    // production (40) proposes quality ≥ 5; general management (30) backs it: 70 > 50, adopted.
    b.seat('production', { type: 'propose-spec-item', dimension: 'quality', kind: 'must-have', value: 5 });
    const r1 = run(b.log);
    const item = r1.state.spec.items[0]!;
    expect(item.status).toBe('open');
    b.seat('general-management', { type: 'vote-spec-item', itemId: item.id, support: true });
    b.allReady();
    const r = run(b.log);
    expect(r.state.spec.items[0]?.status).toBe('adopted');
    expect(r.state.sellers.A?.disqualified?.by).toBe('rfp');
    expect(r.state.sellers.B?.disqualified).toBeNull();
    // A disqualified seller cannot bid.
    const refused = apply(scenario, r.state, { actor: seat('seller-A'), action: bid(9000), at: b.at + 1 });
    expect(refused.ok ? 'ok' : refused.rejection.code).toBe('not-your-turn');
  });

  it('rejects a proposal that does not state a published must-have', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    stage1(b);
    b.seat('production', { type: 'propose-spec-item', dimension: 'service', kind: 'must-have', value: 4 });
    const itemId = run(b.log).state.spec.items[0]!.id;
    b.seat('general-management', { type: 'vote-spec-item', itemId, support: true });
    b.allReady();
    const r = run(b.log);
    expect(r.state.spec.items[0]?.status).toBe('adopted');
    // A proposal states that it meets the specification; one that does not is refused.
    const bare = apply(scenario, r.state, { actor: seat('seller-A'), action: bid(9000), at: b.at + 1 });
    expect(bare.ok ? 'ok' : bare.rejection.code).toBe('invalid-value');
    const withOption = apply(scenario, r.state, {
      actor: seat('seller-A'),
      action: { ...bid(9000), options: ['a-care'], claims: { service: 4 } } as Action,
      at: b.at + 1,
    });
    expect(withOption.ok).toBe(true);
  });

  it('opens proposals to the OBC only when bidding closes', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    stage1(b);
    stage2(b);
    b.seat('seller-A', bid(9000));
    const r = run(b.log);
    expect(r.state.proposalsOpen).toBe(false);
    b.seat('seller-A', { type: 'ready', ready: true });
    b.seat('seller-B', bid(8800));
    b.seat('seller-B', { type: 'ready', ready: true });
    const r2 = run(b.log);
    expect(r2.state.step).toBe('evaluation');
    expect(r2.state.proposalsOpen).toBe(true);
  });

  it('runs a best-and-final round that can only lower prices and clears earlier votes', () => {
    const b = toEvaluation();
    b.seat('engineering', { type: 'vote', seller: 'B' });
    b.seat('procurement', { type: 'request-bafo', sellers: ['A', 'B'] });
    let r = run(b.log);
    expect(r.state.step).toBe('bafo');
    expect(r.state.votes).toEqual({});
    const higher = apply(scenario, r.state, {
      actor: seat('seller-A'),
      action: { type: 'submit-bafo', price: 9500 },
      at: b.at + 1,
    });
    expect(higher.ok ? 'ok' : higher.rejection.code).toBe('invalid-value');
    b.seat('seller-A', { type: 'submit-bafo', price: 8200 });
    b.seat('seller-B', { type: 'submit-bafo', price: 8400 });
    r = run(b.log);
    expect(r.state.step).toBe('evaluation');
    expect(r.state.proposals.A?.price).toBe(8200);
    expect(r.state.proposals.A?.bafo).toBe(true);
    const again = apply(scenario, r.state, {
      actor: seat('procurement'),
      action: { type: 'request-bafo', sellers: ['A'] },
      at: b.at + 1,
    });
    expect(again.ok ? 'ok' : again.rejection.code).toBe('limit-reached');
  });

  it('decides by influence-weighted vote, not by head count', () => {
    // With general management's weight as stated (centralization medium; high would double it).
    const even = structuredClone(scenario);
    even.buyingFirm.obc.centralization = 'medium';
    const b = toEvaluation(even);
    // engineering 10 + marketing 5 + procurement 15 = 30 for B; production 40 + GM 30 = 70 for A.
    for (const role of ['engineering', 'marketing', 'procurement'] as const)
      b.seat(role, { type: 'vote', seller: 'B' });
    for (const role of ['production', 'general-management'] as const)
      b.seat(role, { type: 'vote', seller: 'A' });
    const r = replay(even, { seed: 7 }, b.log);
    expect(r.rejected).toEqual([]);
    expect(r.state.decision).toMatchObject({ winner: 'A', tally: { A: 70, B: 30 }, signOff: 'pending' });
    expect(r.state.step).toBe('sign-off');
  });

  it('a sign-off refusal takes the chosen seller out and the OBC votes again', () => {
    const b = toEvaluation();
    for (const m of b.members) b.seat(m.role, { type: 'vote', seller: 'A' });
    b.seat('general-management', { type: 'sign-off', approve: false, comment: 'Not this one.' });
    let r = run(b.log);
    expect(r.state.step).toBe('evaluation');
    expect(r.state.rejected).toEqual(['A']);
    const voteA = apply(scenario, r.state, {
      actor: seat('production'),
      action: { type: 'vote', seller: 'A' },
      at: b.at + 1,
    });
    expect(voteA.ok ? 'ok' : voteA.rejection.code).toBe('invalid-value');
    for (const m of b.members) b.seat(m.role, { type: 'vote', seller: 'B' });
    b.seat('general-management', { type: 'sign-off', approve: true, comment: '' });
    r = run(b.log);
    expect(r.state.decision).toMatchObject({ winner: 'B', signOff: 'approved' });
    expect(r.state.step).toBe('contract');
  });

  it('advances by the timer, and pausing stops the clock', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    let { state } = run(b.log);
    const deadline = state.deadline!;
    expect(deadline).toBe(b.at + 5 * 60_000);
    state = step(state, host, { type: 'pause' }, b.at + 60_000);
    expect(state.remainingMs).toBe(4 * 60_000);
    const early = apply(scenario, state, {
      actor: { kind: 'system' },
      action: { type: 'tick' },
      at: deadline + 1,
    });
    expect(early.ok).toBe(false);
    state = step(state, host, { type: 'resume' }, b.at + 10 * 60_000);
    expect(state.deadline).toBe(b.at + 14 * 60_000);
    state = step(state, host, { type: 'extend-timer', seconds: 30 }, b.at + 10 * 60_000);
    expect(state.deadline).toBe(b.at + 14 * 60_000 + 30_000);
    state = step(state, { kind: 'system' }, { type: 'tick' }, b.at + 15 * 60_000);
    expect(state.stage).toBe('specifications');
  });

  it('does not advance by itself when the table is instructor-paced', () => {
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    b.allReady();
    const r = replay(scenario, { seed: 1, autoAdvance: false }, b.log);
    expect(r.state.stage).toBe('need-recognition');
    expect(Object.values(r.state.seats).every((s) => s.ready)).toBe(true);
  });

  it('ending a round early still follows the rules to a debrief', () => {
    const b = toEvaluation();
    b.seat('production', { type: 'vote', seller: 'B' });
    b.host({ type: 'end-round' });
    const r = run(b.log);
    expect(r.state.phase).toBe('round-over');
    expect(r.state.decision).toMatchObject({ winner: 'B', signOff: 'forced' });
    expect(debriefsFromLog(scenario, { seed: 3 }, b.log)).toHaveLength(1);
  });

  it('a round without votes ends without a contract', () => {
    const b = toEvaluation();
    b.host({ type: 'end-round' });
    const r = run(b.log);
    expect(r.state.decision).toMatchObject({ winner: null, reason: 'no-votes' });
    expect(r.state.delivered).toBeNull();
  });

  it('the next round is a rebuy with the winner as incumbent and trust carried over', () => {
    const log = scriptedRound(scenario);
    const last = log[log.length - 1]!.at;
    log.push({ actor: host, action: { type: 'next-round' }, at: last + 1000 });
    const r = run(log);
    expect(r.state.round).toBe(2);
    expect(r.state.purchaseType).toBe('modified-rebuy');
    expect(r.state.incumbent).toBe('A');
    expect(r.state.sellers.A?.incumbent).toBe(true);
    expect(r.state.sellers.A?.trust).toBe(r.state.history[0]?.trustAfter.A);
    expect(r.state.sellers.A?.trust).toBeGreaterThan(0.5);
    expect(r.state.proposals).toEqual({});
    const third = replay(scenario, { seed: 3 }, [
      ...log,
      ...endRound(last + 2000),
      { actor: host, action: { type: 'next-round' }, at: last + 9000 },
    ]);
    expect(third.rejected.map((x) => x.rejection.code)).toEqual(['limit-reached']);
  });

  it('breaks an exact tie (votes and formal evaluation alike) by private scores, then by the seeded coin', () => {
    const rule = structuredClone(scenario);
    rule.buyingFirm.obc.decisionRule = { kind: 'majority-vote', description: 'one member one vote' };
    rule.buyingFirm.obc.centralization = 'medium';
    rule.buyingFirm.obc.members = rule.buyingFirm.obc.members.filter((m) => m.role !== 'marketing');
    const log: LogEntry[] = [];
    const t = new LogBuilder(rule);
    seatEveryone(t);
    stage1(t);
    t.allReady();
    t.seat('seller-A', bid(9000));
    t.seat('seller-B', bid(9000));
    t.seat('seller-A', { type: 'ready', ready: true });
    t.seat('seller-B', { type: 'ready', ready: true });
    t.seat('engineering', { type: 'vote', seller: 'A' });
    t.seat('production', { type: 'vote', seller: 'A' });
    t.seat('procurement', { type: 'vote', seller: 'B' });
    t.seat('general-management', { type: 'vote', seller: 'B' });
    log.push(...t.log);
    const winners = new Set<string | null>();
    for (let seed = 0; seed < 12; seed++) {
      const a = replay(rule, { seed }, log);
      const again = replay(rule, { seed }, log);
      expect(a.state.decision?.winner).toBe(again.state.decision?.winner);
      expect(a.state.decision?.reason).toBe('tie-break');
      winners.add(a.state.decision?.winner ?? null);
    }
    // Different seeds break the tie both ways.
    expect(winners.size).toBe(2);
  });
});

function endRound(at: number): LogEntry[] {
  return [{ actor: host, action: { type: 'end-round' }, at }];
}

it('starts from a clean lobby', () => {
  const r = replay(scenario, { seed: 1 }, []);
  expect(r.state.phase).toBe('lobby');
  expect(Object.keys(r.state.seats)).toEqual([
    'engineering',
    'production',
    'marketing',
    'procurement',
    'general-management',
    'seller-A',
    'seller-B',
  ]);
  expect(T0).toBeGreaterThan(0);
});
