// The instructor's actions on one table: pacing (start, advance, pause, timers, end and next round) and seating
// (who sits where, which seats bots play). Payloads arrive parsed by their schema (action-schema.ts); what is
// checked here needs the table.
import { own, setOwn } from '../own.ts';
import { emit, reject, type Ctx } from './context.ts';
import { advance, beginRound, maybeAdvance } from './flow.ts';
import { shiftWeights } from './market.ts';
import type { InstructorAction, Player, SeatId } from './types.ts';

type Handler<T extends InstructorAction['type']> = (
  ctx: Ctx,
  action: Extract<InstructorAction, { type: T }>,
) => void;

export const INSTRUCTOR_HANDLERS: { [T in InstructorAction['type']]: Handler<T> } = {
  start,
  advance: (ctx) => {
    if (ctx.state.phase !== 'playing') reject('wrong-stage', 'there is no stage to advance');
    advance(ctx);
  },
  pause,
  resume,
  'extend-timer': extendTimer,
  'end-round': endRound,
  'next-round': nextRound,
  'seat-player': (ctx, a) => seatPlayer(ctx, a.seat, a.player),
  'unseat-player': unseatPlayer,
  'set-bot': setBot,
  'market-event': marketEvent,
};

export function handleInstructorAction(ctx: Ctx, action: InstructorAction) {
  (INSTRUCTOR_HANDLERS[action.type] as Handler<typeof action.type>)(ctx, action);
}

function start(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'lobby') reject('wrong-stage', 'the round has already started');
  const empty = Object.values(s.seats).filter((seat) => seat.players.length === 0 && !seat.bot);
  if (empty.length > 0) {
    reject('invalid-value', `seat a student or a bot first: ${empty.map((x) => x.id).join(', ')} empty`);
  }
  s.phase = 'playing';
  emit(ctx, 'round-started', { to: 'table' }, `Round ${s.round} started (${s.purchaseType})`, {
    round: s.round,
  });
  beginRound(ctx);
}

/**
 * Derived demand: the buyer's customers ask more of a benefit, and the member named weighs it `points` more,
 * taken from their other benefits (market.ts). Mid-round only. The news goes to the table; the shift itself only
 * to that member (and the instructor), and to everyone in the debrief.
 */
function marketEvent(ctx: Ctx, a: Extract<InstructorAction, { type: 'market-event' }>) {
  const s = ctx.state;
  if (s.phase !== 'playing') reject('wrong-stage', 'the market can move only while a round is played');
  const member = ctx.scenario.buyingFirm.obc.members.find((m) => m.role === a.role);
  if (!member) reject('invalid-value', `this buying center has no ${a.role}`);
  const dimension = ctx.scenario.dimensions.find((d) => d.id === a.dimension);
  if (!dimension) reject('invalid-value', `this case has no benefit "${a.dimension}"`);
  const before = { ...member.priorities.weights };
  const after = shiftWeights(before, dimension.id, a.points);
  if ((own(after, dimension.id) ?? 0) === (own(before, dimension.id) ?? 0))
    reject('invalid-value', `the ${a.role} already weighs nothing but ${dimension.id}`);
  setOwn(s.market.weights, a.role, after);
  s.market.shifts.push({
    round: s.round,
    stage: s.stage,
    role: a.role,
    dimension: dimension.id,
    before,
    after,
  });
  emit(
    ctx,
    'market-news',
    { to: 'table' },
    `Market news: the buyer's customers now ask more of ${dimension.id}`,
    {
      dimension: dimension.id,
    },
  );
  emit(
    ctx,
    'priorities-shifted',
    { to: 'seats', seats: [a.role] },
    `The ${a.role}'s weight on ${dimension.id} rose from ${own(before, dimension.id) ?? 0} to ${own(after, dimension.id) ?? 0}`,
    { role: a.role, dimension: dimension.id, before, after },
  );
}

function pause(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'playing') reject('wrong-stage', 'only a running round can be paused');
  if (s.paused) reject('invalid-value', 'the table is already paused');
  s.paused = true;
  s.remainingMs = s.deadline === null ? null : Math.max(0, s.deadline - ctx.at);
  s.deadline = null;
  emit(ctx, 'paused', { to: 'table' }, 'The instructor paused the game');
}

function resume(ctx: Ctx) {
  const s = ctx.state;
  if (!s.paused) reject('invalid-value', 'the table is not paused');
  s.paused = false;
  s.deadline = s.remainingMs === null ? null : ctx.at + s.remainingMs;
  s.remainingMs = null;
  emit(ctx, 'resumed', { to: 'table' }, 'The instructor resumed the game', { deadline: s.deadline });
}

function extendTimer(ctx: Ctx, a: Extract<InstructorAction, { type: 'extend-timer' }>) {
  const s = ctx.state;
  if (s.phase !== 'playing') reject('wrong-stage', 'there is no running timer');
  if (s.paused) s.remainingMs = (s.remainingMs ?? 0) + a.seconds * 1000;
  else s.deadline = (s.deadline ?? ctx.at) + a.seconds * 1000;
  emit(ctx, 'timer-extended', { to: 'table' }, `Timer extended by ${a.seconds} s`, {
    seconds: a.seconds,
    deadline: s.deadline,
  });
}

function endRound(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'playing') reject('wrong-stage', 'no round is being played');
  s.paused = false;
  s.remainingMs = null;
  // Ending a round walks the remaining steps as if each timer ran out, so the outcome follows the rules.
  for (let guard = 0; s.phase === 'playing' && guard < 20; guard++) advance(ctx);
}

function nextRound(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'round-over') reject('wrong-stage', 'finish the current round first');
  if (s.round >= ctx.scenario.rounds.count)
    reject('limit-reached', `this scenario has ${ctx.scenario.rounds.count} round(s)`);
  const last = s.history[s.history.length - 1];
  // What the supplier delivered is the buyer's record of it: the prior of the next purchase.
  if (last?.winner && last.delivered) setOwn(s.records, last.winner, { ...last.delivered });
  s.round += 1;
  // The post-purchase evaluation sets the next purchase (a scenario may fix it instead).
  s.purchaseType = ctx.scenario.rounds.nextPurchaseType ?? last?.next ?? s.purchaseType;
  // A supplier that delivered is the incumbent of a rebuy; a new task starts with no incumbent's advantage. An
  // incumbent whose contract was void, who was disqualified or turned down at sign-off, has lost the business.
  const lostIt =
    s.incumbent !== null &&
    (own(s.sellers, s.incumbent)?.disqualified != null || s.rejected.includes(s.incumbent));
  s.incumbent = s.purchaseType === 'new-task' ? null : (last?.winner ?? (lostIt ? null : s.incumbent));
  for (const seller of Object.values(s.sellers)) {
    seller.incumbent = seller.id === s.incumbent;
    const initial = ctx.scenario.sellers.find((x) => x.id === seller.id)?.trust ?? 0.5;
    seller.trust = ctx.scenario.rounds.carryTrust
      ? (own(last?.trustAfter, seller.id) ?? seller.trust)
      : initial;
    seller.disqualified = null;
    seller.questionsAsked = 0;
  }
  Object.assign(s, freshRound());
  s.phase = 'playing';
  emit(
    ctx,
    'round-started',
    { to: 'table' },
    `Round ${s.round} started (${s.purchaseType}, incumbent ${s.incumbent ?? 'none'})`,
    { round: s.round, incumbent: s.incumbent },
  );
  beginRound(ctx);
}

/** Everything a round keeps to itself, empty at its start. */
export function freshRound() {
  return {
    benefitsSought: {},
    sharedBenefits: [],
    questions: [],
    messages: [],
    spec: { items: [], published: false },
    proposals: {},
    proposalsOpen: false,
    scores: {},
    bafo: null,
    bafoUsed: false,
    votes: {},
    rejected: [],
    decision: null,
    delivered: null,
    ratings: {},
    checks: [],
    requests: [],
    service: null,
    jobs: [],
    predictions: { sellers: {}, members: {} },
  } satisfies Partial<import('./types.ts').TableState>;
}

function seatPlayer(ctx: Ctx, seatId: SeatId, player: Player) {
  const s = ctx.state;
  const seat = own(s.seats, seatId);
  if (!seat) return reject('not-found', `there is no seat "${seatId}"`);
  if (seat.players.some((p) => p.id === player.id)) reject('invalid-value', 'that player already sits there');
  if (seat.players.length >= seat.capacity) reject('limit-reached', `${seat.id} is full`);
  for (const other of Object.values(s.seats)) other.players = other.players.filter((p) => p.id !== player.id);
  seat.players.push({ id: player.id, name: player.name });
  // A late arrival takes over a bot's seat.
  seat.bot = false;
  emit(ctx, 'seat-changed', { to: 'table' }, `${player.name} sits at ${seat.id}`, {
    seat: seat.id,
    name: player.name,
  });
}

function unseatPlayer(ctx: Ctx, a: Extract<InstructorAction, { type: 'unseat-player' }>) {
  const seat = Object.values(ctx.state.seats).find((x) => x.players.some((p) => p.id === a.playerId));
  if (!seat) return reject('not-found', 'that player has no seat at this table');
  seat.players = seat.players.filter((p) => p.id !== a.playerId);
  emit(ctx, 'seat-changed', { to: 'table' }, `A player left ${seat.id}`, { seat: seat.id });
  // An emptied seat is waited for no longer: if it was the last one, the table moves on.
  maybeAdvance(ctx);
}

function setBot(ctx: Ctx, a: Extract<InstructorAction, { type: 'set-bot' }>) {
  const seat = own(ctx.state.seats, a.seat);
  if (!seat) return reject('not-found', `there is no seat "${a.seat}"`);
  if (a.bot && seat.players.length > 0) reject('invalid-value', `${seat.id} is taken by a student`);
  seat.bot = a.bot;
  emit(ctx, 'seat-changed', { to: 'table' }, `${seat.id} is ${a.bot ? 'now played by a bot' : 'open'}`, {
    seat: seat.id,
  });
  maybeAdvance(ctx);
}
