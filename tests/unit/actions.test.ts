// Every action, table-driven: accepted where allowed, rejected with the right reason otherwise, and a rejected
// action leaves the state exactly as it was.
import { describe, expect, it } from 'vitest';
import { apply } from '../../shared/rules/engine.ts';
import { replay } from '../../shared/rules/replay.ts';
import type { Action, Actor, LogEntry, RejectionCode, TableState } from '../../shared/rules/types.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { LogBuilder, seatEveryone, stage1, stage2 } from '../fixtures/playthrough.ts';

const scenario = miniScenario();

type Point = 'lobby' | 'needs' | 'specs' | 'bidding' | 'evaluation' | 'signoff' | 'post' | 'over';

function builderAt(point: Point): LogBuilder {
  const b = new LogBuilder(scenario);
  if (point === 'lobby') return b;
  seatEveryone(b);
  if (point === 'needs') return b;
  stage1(b);
  if (point === 'specs') return b;
  stage2(b);
  if (point === 'bidding') return b;
  for (const id of ['A', 'B']) {
    b.seat(`seller-${id}`, {
      type: 'submit-proposal',
      price: 9000,
      options: [],
      evidence: [],
      terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 6 },
      claims: {},
      leadWith: ['uptime'],
      messages: {},
    });
    b.seat(`seller-${id}`, { type: 'ready', ready: true });
  }
  if (point === 'evaluation') return b;
  for (const m of b.members) b.seat(m.role, { type: 'vote', seller: 'A' });
  if (point === 'signoff') return b;
  b.seat('general-management', { type: 'sign-off', approve: true, comment: '' });
  b.allReady();
  if (point === 'post') return b;
  b.allReady();
  return b;
}

const states = new Map<Point, { state: TableState; at: number }>();
function stateAt(point: Point) {
  let entry = states.get(point);
  if (!entry) {
    const b = builderAt(point);
    const r = replay(scenario, { seed: 7 }, b.log);
    expect(r.rejected).toEqual([]);
    entry = { state: r.state, at: b.at };
    states.set(point, entry);
  }
  return entry;
}

const seat = (s: string): Actor => ({ kind: 'seat', seat: s as never });
const host: Actor = { kind: 'instructor' };
const proposal = (over: Record<string, unknown> = {}): Action => ({
  type: 'submit-proposal',
  price: 9000,
  options: [],
  evidence: [],
  terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 6 },
  claims: {},
  leadWith: ['uptime'],
  messages: {},
  ...over,
});

interface Case {
  name: string;
  at: Point;
  actor: Actor;
  action: Action;
  expect: 'ok' | RejectionCode;
}

const cases: Case[] = [
  // chat
  {
    name: 'OBC member writes on the OBC channel',
    at: 'needs',
    actor: seat('production'),
    action: { type: 'chat', channel: 'obc', text: 'hi' },
    expect: 'ok',
  },
  {
    name: 'seller cannot write on the OBC channel',
    at: 'needs',
    actor: seat('seller-A'),
    action: { type: 'chat', channel: 'obc', text: 'hi' },
    expect: 'wrong-seat',
  },
  {
    name: 'seller writes in its own thread',
    at: 'needs',
    actor: seat('seller-A'),
    action: { type: 'chat', channel: 'buyer-seller', text: 'hello' },
    expect: 'ok',
  },
  {
    name: "seller cannot write in the rival's thread",
    at: 'needs',
    actor: seat('seller-A'),
    action: { type: 'chat', channel: 'buyer-seller', seller: 'B', text: 'x' },
    expect: 'wrong-seat',
  },
  {
    name: 'OBC writes to a seller thread',
    at: 'specs',
    actor: seat('procurement'),
    action: { type: 'chat', channel: 'buyer-seller', seller: 'B', text: 'x' },
    expect: 'ok',
  },
  {
    name: 'OBC must name the seller thread',
    at: 'specs',
    actor: seat('procurement'),
    action: { type: 'chat', channel: 'buyer-seller', text: 'x' },
    expect: 'invalid-value',
  },
  {
    name: 'empty message',
    at: 'needs',
    actor: seat('production'),
    action: { type: 'chat', channel: 'obc', text: '   ' },
    expect: 'invalid-value',
  },
  {
    name: 'oversized message',
    at: 'needs',
    actor: seat('production'),
    action: { type: 'chat', channel: 'obc', text: 'x'.repeat(501) },
    expect: 'invalid-value',
  },
  {
    name: 'unknown channel',
    at: 'needs',
    actor: seat('production'),
    action: { type: 'chat', channel: 'nope' as never, text: 'x' },
    expect: 'invalid-value',
  },
  {
    name: 'chat before the round',
    at: 'lobby',
    actor: seat('production'),
    action: { type: 'chat', channel: 'obc', text: 'x' },
    expect: 'wrong-stage',
  },
  // discovery
  {
    name: 'seller asks a member',
    at: 'needs',
    actor: seat('seller-B'),
    action: { type: 'ask-question', to: 'marketing', text: 'Why?', topic: 'reputation' },
    expect: 'ok',
  },
  {
    name: 'OBC cannot ask questions',
    at: 'needs',
    actor: seat('marketing'),
    action: { type: 'ask-question', to: 'production', text: 'Why?' },
    expect: 'wrong-seat',
  },
  {
    name: 'question to a non-member',
    at: 'needs',
    actor: seat('seller-B'),
    action: { type: 'ask-question', to: 'ceo' as never, text: 'Why?' },
    expect: 'invalid-value',
  },
  {
    name: 'question on an unknown topic',
    at: 'needs',
    actor: seat('seller-B'),
    action: { type: 'ask-question', to: 'marketing', text: 'Why?', topic: 'price' },
    expect: 'invalid-value',
  },
  {
    name: 'question during bidding',
    at: 'bidding',
    actor: seat('seller-B'),
    action: { type: 'ask-question', to: 'marketing', text: 'Why?' },
    expect: 'wrong-stage',
  },
  {
    name: 'question in stage 2',
    at: 'specs',
    actor: seat('seller-B'),
    action: { type: 'ask-question', to: 'marketing', text: 'Why?' },
    expect: 'ok',
  },
  {
    name: 'answer by the asked member',
    at: 'needs',
    actor: seat('production'),
    action: { type: 'answer-question', questionId: 'q999', text: 'x', concerns: [] },
    expect: 'not-found',
  },
  {
    name: 'answer a question asked of someone else',
    at: 'specs',
    actor: seat('marketing'),
    action: { type: 'answer-question', questionId: 'q2', text: 'x', concerns: [] },
    expect: 'wrong-seat',
  },
  {
    name: 'answer with a card that is not yours',
    at: 'specs',
    actor: seat('general-management'),
    action: { type: 'answer-question', questionId: 'q2', text: 'x', concerns: ['production-pet'] },
    expect: 'invalid-value',
  },
  {
    name: 'answer with own card',
    at: 'specs',
    actor: seat('general-management'),
    action: { type: 'answer-question', questionId: 'q2', text: 'x', concerns: ['general-management-pet'] },
    expect: 'ok',
  },
  {
    name: 'answer twice',
    at: 'specs',
    actor: seat('production'),
    action: { type: 'answer-question', questionId: 'q1', text: 'x', concerns: [] },
    expect: 'invalid-value',
  },
  {
    name: 'seller cannot answer',
    at: 'specs',
    actor: seat('seller-A'),
    action: { type: 'answer-question', questionId: 'q2', text: 'x', concerns: [] },
    expect: 'wrong-seat',
  },
  // benefits sought
  {
    name: 'member marks benefits',
    at: 'needs',
    actor: seat('engineering'),
    action: { type: 'mark-benefits', dimensions: ['quality', 'uptime'] },
    expect: 'ok',
  },
  {
    name: 'too many benefits',
    at: 'needs',
    actor: seat('engineering'),
    action: { type: 'mark-benefits', dimensions: ['quality', 'uptime', 'service', 'reputation'] },
    expect: 'invalid-value',
  },
  {
    name: 'no benefits',
    at: 'needs',
    actor: seat('engineering'),
    action: { type: 'mark-benefits', dimensions: [] },
    expect: 'invalid-value',
  },
  {
    name: 'a benefit twice',
    at: 'needs',
    actor: seat('engineering'),
    action: { type: 'mark-benefits', dimensions: ['quality', 'quality'] },
    expect: 'invalid-value',
  },
  {
    name: 'seller cannot mark benefits',
    at: 'needs',
    actor: seat('seller-A'),
    action: { type: 'mark-benefits', dimensions: ['quality'] },
    expect: 'wrong-seat',
  },
  {
    name: 'benefits after stage 1',
    at: 'specs',
    actor: seat('engineering'),
    action: { type: 'mark-benefits', dimensions: ['quality'] },
    expect: 'wrong-stage',
  },
  // specification
  {
    name: 'member proposes a must-have',
    at: 'specs',
    actor: seat('engineering'),
    action: { type: 'propose-spec-item', dimension: 'quality', kind: 'must-have', value: 3 },
    expect: 'ok',
  },
  {
    name: 'must-have out of range',
    at: 'specs',
    actor: seat('engineering'),
    action: { type: 'propose-spec-item', dimension: 'quality', kind: 'must-have', value: 6 },
    expect: 'invalid-value',
  },
  {
    name: 'weight out of range',
    at: 'specs',
    actor: seat('engineering'),
    action: { type: 'propose-spec-item', dimension: 'quality', kind: 'weight', value: 101 },
    expect: 'invalid-value',
  },
  {
    name: 'unknown spec kind',
    at: 'specs',
    actor: seat('engineering'),
    action: { type: 'propose-spec-item', dimension: 'quality', kind: 'nice' as never, value: 1 },
    expect: 'invalid-value',
  },
  {
    name: 'spec item in stage 1',
    at: 'needs',
    actor: seat('engineering'),
    action: { type: 'propose-spec-item', dimension: 'quality', kind: 'must-have', value: 3 },
    expect: 'wrong-stage',
  },
  {
    name: 'seller cannot propose spec',
    at: 'specs',
    actor: seat('seller-A'),
    action: { type: 'propose-spec-item', dimension: 'quality', kind: 'must-have', value: 3 },
    expect: 'wrong-seat',
  },
  {
    name: 'vote on a missing spec item',
    at: 'specs',
    actor: seat('engineering'),
    action: { type: 'vote-spec-item', itemId: 's404', support: true },
    expect: 'not-found',
  },
  {
    name: 'procurement disqualifies a supplier',
    at: 'specs',
    actor: seat('procurement'),
    action: { type: 'disqualify-supplier', seller: 'B', reason: 'No local service' },
    expect: 'ok',
  },
  {
    name: 'marketing cannot disqualify',
    at: 'specs',
    actor: seat('marketing'),
    action: { type: 'disqualify-supplier', seller: 'B', reason: 'No' },
    expect: 'wrong-seat',
  },
  {
    name: 'disqualify without reason',
    at: 'specs',
    actor: seat('procurement'),
    action: { type: 'disqualify-supplier', seller: 'B', reason: '' },
    expect: 'invalid-value',
  },
  {
    name: 'disqualify unknown seller',
    at: 'specs',
    actor: seat('procurement'),
    action: { type: 'disqualify-supplier', seller: 'Z', reason: 'x' },
    expect: 'invalid-value',
  },
  // proposals
  {
    name: 'seller submits a proposal',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal(),
    expect: 'ok',
  },
  {
    name: 'proposal with an option and evidence',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ options: ['a-care'], evidence: ['a-case'] }),
    expect: 'ok',
  },
  {
    name: "proposal with the rival's option",
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ options: ['b-fast'] }),
    expect: 'invalid-value',
  },
  {
    name: 'negative price',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ price: -1 }),
    expect: 'invalid-value',
  },
  {
    name: 'price not a number',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ price: 'cheap' }),
    expect: 'invalid-value',
  },
  {
    name: 'absurd price',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ price: 1e12 }),
    expect: 'invalid-value',
  },
  {
    name: 'no lead benefit',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ leadWith: [] }),
    expect: 'invalid-value',
  },
  {
    name: 'claim out of range',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ claims: { uptime: 9 } }),
    expect: 'invalid-value',
  },
  {
    name: 'message to a non-member',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ messages: { ceo: { text: 'x', dimensions: [] } } }),
    expect: 'invalid-value',
  },
  {
    name: 'message to a member',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ messages: { production: { text: 'Uptime!', dimensions: ['uptime'] } } }),
    expect: 'ok',
  },
  {
    name: 'bad terms',
    at: 'bidding',
    actor: seat('seller-A'),
    action: proposal({ terms: { paymentDays: -3, warrantyMonths: 1, deliveryWeeks: 1 } }),
    expect: 'invalid-value',
  },
  {
    name: 'OBC cannot submit a proposal',
    at: 'bidding',
    actor: seat('production'),
    action: proposal(),
    expect: 'wrong-seat',
  },
  {
    name: 'proposal in stage 2',
    at: 'specs',
    actor: seat('seller-A'),
    action: proposal(),
    expect: 'wrong-stage',
  },
  // evaluation
  {
    name: 'member scores a proposal',
    at: 'evaluation',
    actor: seat('engineering'),
    action: { type: 'score-proposal', seller: 'B', score: 7 },
    expect: 'ok',
  },
  {
    name: 'score out of range',
    at: 'evaluation',
    actor: seat('engineering'),
    action: { type: 'score-proposal', seller: 'B', score: 11 },
    expect: 'invalid-value',
  },
  {
    name: 'seller cannot score',
    at: 'evaluation',
    actor: seat('seller-A'),
    action: { type: 'score-proposal', seller: 'B', score: 1 },
    expect: 'wrong-seat',
  },
  {
    name: 'score during bidding',
    at: 'bidding',
    actor: seat('engineering'),
    action: { type: 'score-proposal', seller: 'B', score: 7 },
    expect: 'wrong-stage',
  },
  {
    name: 'member votes',
    at: 'evaluation',
    actor: seat('engineering'),
    action: { type: 'vote', seller: 'B' },
    expect: 'ok',
  },
  {
    name: 'vote for an unknown seller',
    at: 'evaluation',
    actor: seat('engineering'),
    action: { type: 'vote', seller: 'Q' },
    expect: 'invalid-value',
  },
  {
    name: 'seller cannot vote',
    at: 'evaluation',
    actor: seat('seller-B'),
    action: { type: 'vote', seller: 'B' },
    expect: 'wrong-seat',
  },
  {
    name: 'member asks for a BAFO',
    at: 'evaluation',
    actor: seat('procurement'),
    action: { type: 'request-bafo', sellers: ['A', 'B'] },
    expect: 'ok',
  },
  {
    name: 'BAFO from nobody',
    at: 'evaluation',
    actor: seat('procurement'),
    action: { type: 'request-bafo', sellers: [] },
    expect: 'invalid-value',
  },
  {
    name: 'seller cannot ask for a BAFO',
    at: 'evaluation',
    actor: seat('seller-A'),
    action: { type: 'request-bafo', sellers: ['B'] },
    expect: 'wrong-seat',
  },
  {
    name: 'BAFO offer without a request',
    at: 'evaluation',
    actor: seat('seller-A'),
    action: { type: 'submit-bafo', price: 8000 },
    expect: 'wrong-stage',
  },
  // sign-off
  {
    name: 'general management signs off',
    at: 'signoff',
    actor: seat('general-management'),
    action: { type: 'sign-off', approve: true, comment: 'ok' },
    expect: 'ok',
  },
  {
    name: 'general management turns the choice down',
    at: 'signoff',
    actor: seat('general-management'),
    action: { type: 'sign-off', approve: false, comment: 'too risky' },
    expect: 'ok',
  },
  {
    name: 'engineering has no sign-off power',
    at: 'signoff',
    actor: seat('engineering'),
    action: { type: 'sign-off', approve: true, comment: '' },
    expect: 'wrong-seat',
  },
  {
    name: 'votes are closed at sign-off',
    at: 'signoff',
    actor: seat('engineering'),
    action: { type: 'vote', seller: 'B' },
    expect: 'wrong-stage',
  },
  // post-purchase
  {
    name: 'member rates the supplier',
    at: 'post',
    actor: seat('production'),
    action: { type: 'rate-supplier', rating: 2, comment: 'late' },
    expect: 'ok',
  },
  {
    name: 'rating out of range',
    at: 'post',
    actor: seat('production'),
    action: { type: 'rate-supplier', rating: 0, comment: '' },
    expect: 'invalid-value',
  },
  {
    name: 'seller cannot rate',
    at: 'post',
    actor: seat('seller-A'),
    action: { type: 'rate-supplier', rating: 5, comment: '' },
    expect: 'wrong-seat',
  },
  {
    name: 'rating before delivery',
    at: 'evaluation',
    actor: seat('production'),
    action: { type: 'rate-supplier', rating: 5, comment: '' },
    expect: 'wrong-stage',
  },
  // ready
  {
    name: 'seat marks ready',
    at: 'needs',
    actor: seat('marketing'),
    action: { type: 'ready', ready: true },
    expect: 'ok',
  },
  {
    name: 'ready must be boolean',
    at: 'needs',
    actor: seat('marketing'),
    action: { type: 'ready', ready: 'yes' as never },
    expect: 'invalid-value',
  },
  {
    name: 'ready after the round',
    at: 'over',
    actor: seat('marketing'),
    action: { type: 'ready', ready: true },
    expect: 'wrong-stage',
  },
  // seats and actors
  {
    name: 'unknown action type',
    at: 'needs',
    actor: seat('marketing'),
    action: { type: 'hack' } as never,
    expect: 'invalid-value',
  },
  {
    name: 'unknown seat',
    at: 'needs',
    actor: seat('seller-Z'),
    action: { type: 'ready', ready: true },
    expect: 'wrong-seat',
  },
  {
    name: 'a student cannot start the round',
    at: 'lobby',
    actor: seat('marketing'),
    action: { type: 'start' },
    expect: 'invalid-value',
  },
  {
    name: 'the clock only ticks',
    at: 'needs',
    actor: { kind: 'system' },
    action: { type: 'advance' },
    expect: 'wrong-seat',
  },
  {
    name: 'tick before the deadline',
    at: 'needs',
    actor: { kind: 'system' },
    action: { type: 'tick' },
    expect: 'not-your-turn',
  },
  // instructor
  {
    name: 'start with empty seats',
    at: 'lobby',
    actor: host,
    action: { type: 'start' },
    expect: 'invalid-value',
  },
  { name: 'start twice', at: 'needs', actor: host, action: { type: 'start' }, expect: 'wrong-stage' },
  { name: 'advance a stage', at: 'needs', actor: host, action: { type: 'advance' }, expect: 'ok' },
  {
    name: 'advance in the lobby',
    at: 'lobby',
    actor: host,
    action: { type: 'advance' },
    expect: 'wrong-stage',
  },
  { name: 'pause', at: 'needs', actor: host, action: { type: 'pause' }, expect: 'ok' },
  {
    name: 'resume when not paused',
    at: 'needs',
    actor: host,
    action: { type: 'resume' },
    expect: 'invalid-value',
  },
  {
    name: 'extend the timer',
    at: 'specs',
    actor: host,
    action: { type: 'extend-timer', seconds: 60 },
    expect: 'ok',
  },
  {
    name: 'extend by a fraction',
    at: 'specs',
    actor: host,
    action: { type: 'extend-timer', seconds: 1.5 },
    expect: 'invalid-value',
  },
  {
    name: 'extend by too much',
    at: 'specs',
    actor: host,
    action: { type: 'extend-timer', seconds: 99999 },
    expect: 'invalid-value',
  },
  { name: 'end the round', at: 'bidding', actor: host, action: { type: 'end-round' }, expect: 'ok' },
  {
    name: 'end a round that is over',
    at: 'over',
    actor: host,
    action: { type: 'end-round' },
    expect: 'wrong-stage',
  },
  { name: 'next round', at: 'over', actor: host, action: { type: 'next-round' }, expect: 'ok' },
  {
    name: 'next round mid-round',
    at: 'specs',
    actor: host,
    action: { type: 'next-round' },
    expect: 'wrong-stage',
  },
  {
    name: 'seat a late student',
    at: 'specs',
    actor: host,
    action: { type: 'seat-player', seat: 'seller-B', player: { id: 'late', name: 'Late' } },
    expect: 'ok',
  },
  {
    name: 'seat into a full OBC seat',
    at: 'specs',
    actor: host,
    action: { type: 'seat-player', seat: 'marketing', player: { id: 'late', name: 'Late' } },
    expect: 'limit-reached',
  },
  {
    name: 'seat with an empty name',
    at: 'lobby',
    actor: host,
    action: { type: 'seat-player', seat: 'marketing', player: { id: 'x', name: '  ' } },
    expect: 'invalid-value',
  },
  {
    name: 'seat into a missing seat',
    at: 'lobby',
    actor: host,
    action: { type: 'seat-player', seat: 'seller-Q', player: { id: 'x', name: 'X' } },
    expect: 'not-found',
  },
  {
    name: 'bot in a taken seat',
    at: 'needs',
    actor: host,
    action: { type: 'set-bot', seat: 'marketing', bot: true },
    expect: 'invalid-value',
  },
  {
    name: 'bot in an empty seat',
    at: 'lobby',
    actor: host,
    action: { type: 'set-bot', seat: 'marketing', bot: true },
    expect: 'ok',
  },
  {
    name: 'unseat an unknown player',
    at: 'needs',
    actor: host,
    action: { type: 'unseat-player', playerId: 'ghost' },
    expect: 'not-found',
  },
  {
    name: 'unseat a player',
    at: 'needs',
    actor: host,
    action: { type: 'unseat-player', playerId: 'p-marketing' },
    expect: 'ok',
  },
  // predict, then reveal
  {
    name: 'a seller team predicts the members’ top priorities',
    at: 'bidding',
    actor: seat('seller-A'),
    action: { type: 'predict-priorities', priorities: { production: 'uptime', marketing: 'reputation' } },
    expect: 'ok',
  },
  {
    name: 'a seller team predicts after the decision, before the debrief',
    at: 'post',
    actor: seat('seller-B'),
    action: { type: 'predict-priorities', priorities: { engineering: 'quality' } },
    expect: 'ok',
  },
  {
    name: 'no priority prediction during discovery',
    at: 'needs',
    actor: seat('seller-A'),
    action: { type: 'predict-priorities', priorities: { production: 'uptime' } },
    expect: 'wrong-stage',
  },
  {
    name: 'a member cannot predict priorities',
    at: 'bidding',
    actor: seat('production'),
    action: { type: 'predict-priorities', priorities: { production: 'uptime' } },
    expect: 'wrong-seat',
  },
  {
    name: 'a priority prediction names a benefit of the scenario',
    at: 'bidding',
    actor: seat('seller-A'),
    action: { type: 'predict-priorities', priorities: { production: 'price' } },
    expect: 'invalid-value',
  },
  {
    name: 'a priority prediction names a member',
    at: 'bidding',
    actor: seat('seller-A'),
    action: { type: 'predict-priorities', priorities: { ceo: 'uptime' } } as unknown as Action,
    expect: 'invalid-value',
  },
  {
    name: 'a priority prediction with an inherited name as member',
    at: 'bidding',
    actor: seat('seller-A'),
    action: JSON.parse(
      '{"type":"predict-priorities","priorities":{"__proto__":"uptime","production":"uptime"}}',
    ) as Action,
    expect: 'invalid-value',
  },
  {
    name: 'a priority prediction with an inherited name as benefit',
    at: 'bidding',
    actor: seat('seller-A'),
    action: { type: 'predict-priorities', priorities: { production: 'constructor' } },
    expect: 'invalid-value',
  },
  {
    name: 'an empty priority prediction',
    at: 'bidding',
    actor: seat('seller-A'),
    action: { type: 'predict-priorities', priorities: {} },
    expect: 'invalid-value',
  },
  {
    name: 'a member predicts the choice and the price',
    at: 'evaluation',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'B', price: 8800 },
    expect: 'ok',
  },
  {
    name: 'a member predicts the choice without a price',
    at: 'evaluation',
    actor: seat('engineering'),
    action: { type: 'predict-winner', seller: 'A' },
    expect: 'ok',
  },
  {
    name: 'a seller cannot predict the choice',
    at: 'evaluation',
    actor: seat('seller-A'),
    action: { type: 'predict-winner', seller: 'A' },
    expect: 'wrong-seat',
  },
  {
    name: 'a choice prediction names a seller at the table',
    at: 'evaluation',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'Z' },
    expect: 'invalid-value',
  },
  {
    name: 'a choice prediction with an inherited name as seller',
    at: 'evaluation',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'toString' },
    expect: 'invalid-value',
  },
  {
    name: 'a choice prediction with a price of nothing',
    at: 'evaluation',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'A', price: -1 },
    expect: 'invalid-value',
  },
  {
    name: 'a choice prediction with a price out of all reason',
    at: 'evaluation',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'A', price: 1e9 },
    expect: 'invalid-value',
  },
  {
    name: 'no choice prediction before the proposals are opened',
    at: 'bidding',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'A' },
    expect: 'wrong-stage',
  },
  {
    name: 'no choice prediction once the buying center has chosen',
    at: 'signoff',
    actor: seat('marketing'),
    action: { type: 'predict-winner', seller: 'A' },
    expect: 'wrong-stage',
  },
];

describe('every action', () => {
  it.each(cases)('$name → $expect', ({ at, actor, action, expect: expected }) => {
    const { state, at: time } = stateAt(at);
    const before = structuredClone(state);
    const entry: LogEntry = { actor, action, at: time + 500 };
    const result = apply(scenario, state, entry);
    if (expected === 'ok') {
      expect(result.ok ? 'ok' : result.rejection).toBe('ok');
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.rejection.code).toBe(expected);
        expect(result.rejection.message.length).toBeGreaterThan(3);
      }
    }
    // Neither an accepted nor a rejected action changes the state it was given.
    expect(state).toEqual(before);
  });

  it('a paused table refuses play but keeps chat open', () => {
    const { state, at } = stateAt('needs');
    const paused = apply(scenario, state, { actor: host, action: { type: 'pause' }, at: at + 1 });
    expect(paused.ok).toBe(true);
    if (!paused.ok) return;
    const blocked = apply(scenario, paused.state, {
      actor: seat('engineering'),
      action: { type: 'mark-benefits', dimensions: ['quality'] },
      at: at + 2,
    });
    expect(blocked.ok ? null : blocked.rejection.code).toBe('paused');
    const chat = apply(scenario, paused.state, {
      actor: seat('engineering'),
      action: { type: 'chat', channel: 'obc', text: 'wait' },
      at: at + 2,
    });
    expect(chat.ok).toBe(true);
  });

  it('covers every player and instructor action type', () => {
    const types = new Set(cases.map((c) => c.action.type));
    for (const t of [
      'chat',
      'ask-question',
      'answer-question',
      'mark-benefits',
      'propose-spec-item',
      'vote-spec-item',
      'disqualify-supplier',
      'submit-proposal',
      'score-proposal',
      'request-bafo',
      'submit-bafo',
      'vote',
      'sign-off',
      'rate-supplier',
      'predict-priorities',
      'predict-winner',
      'ready',
      'start',
      'advance',
      'pause',
      'resume',
      'extend-timer',
      'end-round',
      'next-round',
      'seat-player',
      'unseat-player',
      'set-bot',
      'tick',
    ]) {
      expect(types.has(t as Action['type']), t).toBe(true);
    }
  });
});
