// Issue 13: the selling center's groundwork in stages 1–2 (and between proposals). The product manager drafts
// the offering and customer service prepares the evidence, each naming the team's answered questions it draws
// on. Table-driven: who may send each, with what, when; then what each feeds (the proposal's evidence, the
// debrief's role lines) and what no other seat sees.
import { describe, expect, it } from 'vitest';
import { groundworkOf, jobsOf } from '../../shared/rules/debrief.ts';
import { apply } from '../../shared/rules/engine.ts';
import { jobsFor } from '../../shared/rules/jobs.ts';
import { replay } from '../../shared/rules/replay.ts';
import type { Action, Actor, RejectionCode, TableState } from '../../shared/rules/types.ts';
import { filterEvents, viewFor } from '../../shared/rules/view.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { LogBuilder, seatEveryone, stage2 } from '../fixtures/playthrough.ts';

const scenario = miniScenario();
// Seller A: p-A1 (sales representative and customer service), p-A2 (product manager). Seller B: p-B1 holds all.
const A1: Actor = { kind: 'seat', seat: 'seller-A', player: 'p-A1' };
const A2: Actor = { kind: 'seat', seat: 'seller-A', player: 'p-A2' };
const B1: Actor = { kind: 'seat', seat: 'seller-B', player: 'p-B1' };
const key = [...scenario.buyingFirm.obc.members].sort((x, y) => y.influence - x.influence)[0]!;

/** Stage 1 with q1 (A's, answered with a concern card) and q2 (B's, not answered yet). */
function asked(): LogBuilder {
  const b = new LogBuilder(scenario);
  seatEveryone(b);
  b.push(A1, { type: 'ask-question', to: key.role, text: 'What matters most?' });
  b.seat(key.role, {
    type: 'answer-question',
    questionId: 'q1',
    text: 'Uptime.',
    concerns: key.priorities.petConcerns.slice(0, 1).map((c) => c.id),
  });
  b.push(B1, { type: 'ask-question', to: key.role, text: 'And you?' });
  return b;
}

function stateOf(b: LogBuilder): { state: TableState; at: number } {
  const r = replay(scenario, { seed: 7 }, b.log);
  expect(r.rejected).toEqual([]);
  return { state: r.state, at: b.at };
}

const draft = (over: Record<string, unknown> = {}): Action => ({
  type: 'draft-offering',
  options: ['a-care'],
  claims: { uptime: 5 },
  answers: ['q1'],
  ...over,
});
const prepare = (over: Record<string, unknown> = {}): Action => ({
  type: 'prepare-evidence',
  evidence: ['a-case'],
  answers: ['q1'],
  ...over,
});

interface Case {
  name: string;
  at: 'needs' | 'bidding';
  actor: Actor;
  action: unknown;
  expect: 'ok' | RejectionCode;
}

const cases: Case[] = [
  { name: 'the product manager drafts the offering', at: 'needs', actor: A2, action: draft(), expect: 'ok' },
  {
    name: 'the sales representative does not draft it',
    at: 'needs',
    actor: A1,
    action: draft(),
    expect: 'wrong-seat',
  },
  {
    name: 'customer service prepares the evidence',
    at: 'needs',
    actor: A1,
    action: prepare(),
    expect: 'ok',
  },
  {
    name: 'the product manager does not prepare evidence',
    at: 'needs',
    actor: A2,
    action: prepare(),
    expect: 'wrong-seat',
  },
  {
    name: 'a team of one does both',
    at: 'needs',
    actor: B1,
    action: draft({ options: ['b-fast'], claims: { quality: 5 }, answers: [] }),
    expect: 'ok',
  },
  {
    name: "a draft cannot name another team's question",
    at: 'needs',
    actor: A2,
    action: draft({ answers: ['q2'] }),
    expect: 'not-found',
  },
  {
    name: 'nor a question not answered yet',
    at: 'needs',
    actor: B1,
    action: prepare({ evidence: [], answers: ['q2'] }),
    expect: 'invalid-value',
  },
  {
    name: "nor a rival's option",
    at: 'needs',
    actor: A2,
    action: draft({ options: ['b-fast'] }),
    expect: 'invalid-value',
  },
  {
    name: 'nor a benefit the scenario does not have',
    at: 'needs',
    actor: A2,
    action: draft({ claims: { speed: 4 } }),
    expect: 'invalid-value',
  },
  {
    name: 'nor evidence the offering does not have',
    at: 'needs',
    actor: A1,
    action: prepare({ evidence: ['b-case'] }),
    expect: 'invalid-value',
  },
  {
    name: 'an inherited name is no answer',
    at: 'needs',
    actor: A2,
    action: draft({ answers: ['__proto__'] }),
    expect: 'invalid-value',
  },
  {
    name: 'a member has no groundwork',
    at: 'needs',
    actor: { kind: 'seat', seat: key.role },
    action: prepare({ answers: [] }),
    expect: 'wrong-seat',
  },
  {
    name: 'while the team bids, the proposal is the job, not a draft',
    at: 'bidding',
    actor: A2,
    action: draft({ answers: [] }),
    expect: 'wrong-stage',
  },
];

describe('groundwork, table-driven', () => {
  it.each(cases)('$name → $expect', (c) => {
    const b = asked();
    if (c.at === 'bidding') {
      b.allReady();
      stage2(b);
    }
    const { state, at } = stateOf(b);
    expect(state.stage).toBe(c.at === 'needs' ? 'need-recognition' : 'rfp');
    const before = JSON.stringify(state);
    const r = apply(scenario, state, { actor: c.actor, action: c.action as Action, at: at + 500 });
    expect(r.ok ? 'ok' : r.rejection.code, r.ok ? '' : r.rejection.message).toBe(c.expect);
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('what the groundwork feeds', () => {
  it('each is offered to its role once per step, and again in the next', () => {
    const b = asked();
    const names = (st: TableState, player: string) =>
      jobsFor(scenario, st, 'seller-A', player).map((j) => j.type);
    let { state } = stateOf(b);
    expect(names(state, 'p-A2')).toContain('draft-offering');
    expect(names(state, 'p-A2')).not.toContain('prepare-evidence');
    expect(names(state, 'p-A1')).toContain('prepare-evidence');
    // The example names the team's answered question, and only that one.
    const example = jobsFor(scenario, state, 'seller-A', 'p-A2').find((j) => j.type === 'draft-offering');
    expect(example?.example).toMatchObject({ answers: ['q1'] });
    b.push(A2, draft());
    ({ state } = stateOf(b));
    expect(names(state, 'p-A2')).not.toContain('draft-offering');
    b.allReady();
    ({ state } = stateOf(b));
    expect(state.stage).toBe('specifications');
    expect(names(state, 'p-A2')).toContain('draft-offering');
  });

  it("a proposal handed in without evidence carries customer service's prepared evidence; attaching replaces it", () => {
    const b = asked();
    b.push(A1, prepare());
    b.allReady();
    stage2(b);
    b.push(A2, {
      type: 'submit-proposal',
      price: 9000,
      options: [],
      terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 6 },
      claims: { uptime: 5 },
    });
    let { state } = stateOf(b);
    expect(state.proposals.A?.evidence).toEqual(['a-case']);
    b.push(A1, { type: 'attach-evidence', evidence: [] });
    ({ state } = stateOf(b));
    expect(state.proposals.A?.evidence).toEqual([]);
    // The prepared evidence is still the team's (its next proposal starts from it).
    expect(state.prep?.A?.evidence?.evidence).toEqual(['a-case']);
  });

  it('the draft and the prepared evidence are seen by the team and the instructor only', () => {
    const b = asked();
    b.push(A2, draft());
    b.push(A1, prepare());
    const r = replay(scenario, { seed: 7 }, b.log);
    const st = r.state;
    expect(viewFor(scenario, st, { kind: 'seat', seat: 'seller-A' }).prep).toEqual({ A: st.prep?.A });
    expect(viewFor(scenario, st, { kind: 'seat', seat: 'seller-B' }).prep).toEqual({});
    expect(viewFor(scenario, st, { kind: 'seat', seat: key.role }).prep).toEqual({});
    expect(viewFor(scenario, st, { kind: 'instructor' }).prep).toEqual(st.prep);
    const events = r.events.filter((e) => e.type === 'offering-drafted' || e.type === 'evidence-prepared');
    expect(events).toHaveLength(2);
    expect(filterEvents(events, { kind: 'seat', seat: 'seller-A' })).toHaveLength(2);
    expect(filterEvents(events, { kind: 'seat', seat: 'seller-B' })).toHaveLength(0);
    expect(filterEvents(events, { kind: 'seat', seat: key.role })).toHaveLength(0);
  });

  it("the debrief's role lines name each player's groundwork and what the proposal kept of it", () => {
    const b = asked();
    b.push(A2, draft());
    b.push(A1, prepare());
    b.allReady();
    stage2(b);
    b.push(A2, {
      type: 'submit-proposal',
      price: 9000,
      options: ['a-care'],
      terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 6 },
      claims: { uptime: 4 },
    });
    const { state } = stateOf(b);
    const jobs = jobsOf(state);
    expect(jobs.find((j) => j.player === 'p-A2')?.done['draft-offering']).toBe(1);
    expect(jobs.find((j) => j.player === 'p-A1')?.done['prepare-evidence']).toBe(1);
    const groundwork = groundworkOf(state);
    const A = groundwork.find((g) => g.seller === 'A');
    expect(A).toMatchObject({
      draft: {
        player: 'p-A2',
        options: ['a-care'],
        claims: { uptime: 5 },
        answers: [key.role],
        kept: { options: 1, claims: 0 },
      },
      evidence: { player: 'p-A1', evidence: ['a-case'], answers: [key.role], kept: 1 },
    });
    // Seller B did no groundwork: no line.
    expect(groundwork.some((g) => g.seller === 'B')).toBe(false);
  });
});
