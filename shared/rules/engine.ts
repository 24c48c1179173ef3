// The one reducer: a state and a logged action give a new state and events, or a typed rejection that leaves
// the state untouched. Time comes in with the action (`at`), randomness from the seeded state: replaying a log
// always gives the same result.
import type { Member, ObcRole, Scenario } from '../scenario/schema.ts';
import { OBC_ROLES } from '../scenario/schema.ts';
import { own, setOwn } from '../own.ts';
import { nextRandom, seedFrom } from './rng.ts';
import { claimedLevels, deliveredLevels, reachableLevels } from './scoring.ts';
import { currentRule, durationMs } from './stages.ts';
import { handlePlayerAction } from './player-actions.ts';
import type {
  Actor,
  ApplyResult,
  Audience,
  Decision,
  GameEvent,
  InstructorAction,
  LogEntry,
  PlayerAction,
  Rejection,
  RejectionCode,
  RfpStep,
  Seat,
  SeatId,
  StageId,
  TableConfig,
  TableState,
} from './types.ts';

export const LIMITS = {
  chat: 500,
  question: 300,
  answer: 500,
  reason: 200,
  comment: 300,
  playerName: 40,
  sellerTeam: 3,
  specItemsPerMember: 12,
  benefitsMarked: 3,
  messageDimensions: 3,
  minTimerExtension: 10,
  maxTimerExtension: 3600,
} as const;

/** What a handler works with: a draft state it may change, and a way to emit events. */
export interface Ctx {
  scenario: Scenario;
  state: TableState;
  at: number;
  actor: Actor;
  events: GameEvent[];
}

/** Internal to apply(): thrown by a handler deep in a check, caught once and returned as a value. */
export class Reject extends Error {
  readonly rejection: Rejection;
  constructor(code: RejectionCode, message: string) {
    super(message);
    this.rejection = { code, message };
  }
}

/** Throws a rejection inside a handler; apply() turns it into a value and drops the draft. */
export function reject(code: RejectionCode, message: string): never {
  throw new Reject(code, message);
}

export function emit(
  ctx: Ctx,
  type: string,
  audience: Audience,
  summary: string,
  data: Record<string, unknown> = {},
) {
  ctx.events.push({ type, at: ctx.at, audience, summary, data });
}

export function newId(state: TableState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}

export function sellerSeat(sellerId: string): SeatId {
  return `seller-${sellerId}`;
}

export function sellerOfSeat(seat: SeatId): string | null {
  return seat.startsWith('seller-') ? seat.slice('seller-'.length) : null;
}

export function isObcRole(value: unknown): value is ObcRole {
  return typeof value === 'string' && (OBC_ROLES as readonly string[]).includes(value);
}

export function memberOf(scenario: Scenario, role: ObcRole): Member | undefined {
  return scenario.buyingFirm.obc.members.find((m) => m.role === role);
}

export function createTable(scenario: Scenario, config: Partial<TableConfig> & { seed: number }): TableState {
  const sellers = config.sellers ?? scenario.sellers.map((s) => s.id);
  const seats: Record<string, Seat> = {};
  for (const m of scenario.buyingFirm.obc.members) {
    seats[m.role] = { id: m.role, kind: 'obc', capacity: 1, players: [], bot: false, ready: false };
  }
  for (const id of sellers) {
    const seat = sellerSeat(id);
    setOwn(seats, seat, {
      id: seat,
      kind: 'seller',
      capacity: LIMITS.sellerTeam,
      players: [],
      bot: false,
      ready: false,
    });
  }
  const incumbent = scenario.sellers.find((s) => s.incumbent && sellers.includes(s.id))?.id ?? null;
  return {
    scenarioId: scenario.meta.id,
    config: {
      sellers,
      seed: config.seed,
      autoAdvance: config.autoAdvance ?? true,
      // Only when set, so a table without overrides keeps the config it always had.
      ...(config.stageMinutes ? { stageMinutes: config.stageMinutes } : {}),
    },
    rng: seedFrom(config.seed),
    nextId: 0,
    round: 1,
    purchaseType: scenario.purchaseType,
    phase: 'lobby',
    stage: null,
    step: null,
    paused: false,
    deadline: null,
    remainingMs: null,
    seats,
    sellers: Object.fromEntries(
      sellers.map((id) => {
        const s = scenario.sellers.find((x) => x.id === id);
        return [
          id,
          { id, incumbent: id === incumbent, trust: s?.trust ?? 0.5, disqualified: null, questionsAsked: 0 },
        ];
      }),
    ),
    incumbent,
    ...freshRound(),
    history: [],
  };
}

function freshRound() {
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
  } satisfies Partial<TableState>;
}

/** Applies one logged action. Never throws for bad input: a bad action is a rejection. */
export function apply(scenario: Scenario, state: TableState, entry: LogEntry): ApplyResult {
  if (!entry || typeof entry !== 'object' || !entry.action || typeof entry.action !== 'object') {
    return {
      ok: false,
      rejection: { code: 'invalid-value', message: 'an action must be an object with a type' },
    };
  }
  if (typeof entry.at !== 'number' || !Number.isFinite(entry.at)) {
    return { ok: false, rejection: { code: 'invalid-value', message: 'an action needs a time' } };
  }
  const ctx: Ctx = { scenario, state: structuredClone(state), at: entry.at, actor: entry.actor, events: [] };
  try {
    dispatch(ctx, entry);
    return { ok: true, state: ctx.state, events: ctx.events };
  } catch (error) {
    if (error instanceof Reject) return { ok: false, rejection: error.rejection };
    // Whatever a client sends, the answer is a rejection and the state is untouched (the draft is dropped).
    // A thrown error here is the engine's own bug: tests assert that no action ever gets this code.
    return {
      ok: false,
      rejection: { code: 'internal', message: 'this action could not be applied (the game had an error)' },
    };
  }
}

function dispatch(ctx: Ctx, entry: LogEntry) {
  const { actor, action } = entry;
  switch (actor?.kind) {
    case 'instructor':
      return handleInstructorAction(ctx, action as InstructorAction);
    case 'system':
      if (action.type !== 'tick')
        reject('wrong-seat', `the clock only sends ticks, not "${String(action.type)}"`);
      return handleTick(ctx);
    case 'seat': {
      const seat = own(ctx.state.seats, actor.seat);
      if (!seat) reject('wrong-seat', `there is no seat "${String(actor.seat)}" at this table`);
      return handlePlayerAction(ctx, seat, action as PlayerAction);
    }
    default:
      return reject('wrong-seat', 'unknown actor');
  }
}

// ---- instructor ----

const INSTRUCTOR_TYPES = new Set<string>([
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
]);

function handleInstructorAction(ctx: Ctx, action: InstructorAction) {
  const s = ctx.state;
  if (!INSTRUCTOR_TYPES.has(action.type))
    reject('wrong-seat', `"${String(action.type)}" is not an instructor action`);
  switch (action.type) {
    case 'start': {
      if (s.phase !== 'lobby') reject('wrong-stage', 'the round has already started');
      const empty = Object.values(s.seats).filter((seat) => seat.players.length === 0 && !seat.bot);
      if (empty.length > 0) {
        reject('invalid-value', `seat a student or a bot first: ${empty.map((x) => x.id).join(', ')} empty`);
      }
      s.phase = 'playing';
      emit(ctx, 'round-started', { to: 'table' }, `Round ${s.round} started (${s.purchaseType})`, {
        round: s.round,
      });
      enterStage(ctx, 'need-recognition', null);
      return;
    }
    case 'advance':
      if (s.phase !== 'playing') reject('wrong-stage', 'there is no stage to advance');
      forceAdvance(ctx);
      return;
    case 'pause':
      if (s.phase !== 'playing') reject('wrong-stage', 'only a running round can be paused');
      if (s.paused) reject('invalid-value', 'the table is already paused');
      s.paused = true;
      s.remainingMs = s.deadline === null ? null : Math.max(0, s.deadline - ctx.at);
      s.deadline = null;
      emit(ctx, 'paused', { to: 'table' }, 'The instructor paused the game');
      return;
    case 'resume':
      if (!s.paused) reject('invalid-value', 'the table is not paused');
      s.paused = false;
      s.deadline = s.remainingMs === null ? null : ctx.at + s.remainingMs;
      s.remainingMs = null;
      emit(ctx, 'resumed', { to: 'table' }, 'The instructor resumed the game', { deadline: s.deadline });
      return;
    case 'extend-timer': {
      const sec = action.seconds;
      if (!Number.isInteger(sec) || sec < LIMITS.minTimerExtension || sec > LIMITS.maxTimerExtension) {
        reject(
          'invalid-value',
          `extend by a whole number of seconds from ${LIMITS.minTimerExtension} to ${LIMITS.maxTimerExtension}`,
        );
      }
      if (s.phase !== 'playing') reject('wrong-stage', 'there is no running timer');
      if (s.paused) s.remainingMs = (s.remainingMs ?? 0) + sec * 1000;
      else s.deadline = (s.deadline ?? ctx.at) + sec * 1000;
      emit(ctx, 'timer-extended', { to: 'table' }, `Timer extended by ${sec} s`, {
        seconds: sec,
        deadline: s.deadline,
      });
      return;
    }
    case 'end-round':
      if (s.phase !== 'playing') reject('wrong-stage', 'no round is being played');
      s.paused = false;
      s.remainingMs = null;
      // Ending a round walks the remaining steps as if each timer ran out, so the outcome follows the rules.
      for (let guard = 0; s.phase === 'playing' && guard < 20; guard++) forceAdvance(ctx);
      return;
    case 'next-round':
      startNextRound(ctx);
      return;
    case 'seat-player':
      seatPlayer(ctx, action.seat, action.player);
      return;
    case 'unseat-player': {
      if (typeof action.playerId !== 'string') reject('invalid-value', 'playerId must be a string');
      const seat = Object.values(s.seats).find((x) => x.players.some((p) => p.id === action.playerId));
      if (!seat) reject('not-found', 'that player has no seat at this table');
      seat.players = seat.players.filter((p) => p.id !== action.playerId);
      emit(ctx, 'seat-changed', { to: 'table' }, `A player left ${seat.id}`, { seat: seat.id });
      return;
    }
    case 'set-bot': {
      const seat = own(s.seats, action.seat);
      if (!seat) reject('not-found', `there is no seat "${String(action.seat)}"`);
      if (typeof action.bot !== 'boolean') reject('invalid-value', 'bot must be true or false');
      if (action.bot && seat.players.length > 0) reject('invalid-value', `${seat.id} is taken by a student`);
      seat.bot = action.bot;
      emit(
        ctx,
        'seat-changed',
        { to: 'table' },
        `${seat.id} is ${action.bot ? 'now played by a bot' : 'open'}`,
        {
          seat: seat.id,
        },
      );
      return;
    }
  }
}

function seatPlayer(ctx: Ctx, seatId: SeatId, player: { id: string; name: string }) {
  const s = ctx.state;
  const seat = own(s.seats, seatId);
  if (!seat) reject('not-found', `there is no seat "${String(seatId)}"`);
  if (!player || typeof player.id !== 'string' || player.id.length === 0 || player.id.length > 64) {
    reject('invalid-value', 'a player needs an id');
  }
  const name = typeof player.name === 'string' ? player.name.trim() : '';
  if (name.length === 0 || name.length > LIMITS.playerName) {
    reject('invalid-value', `a display name has 1 to ${LIMITS.playerName} characters`);
  }
  if (seat.players.some((p) => p.id === player.id)) reject('invalid-value', 'that player already sits there');
  if (seat.players.length >= seat.capacity) reject('limit-reached', `${seat.id} is full`);
  for (const other of Object.values(s.seats)) other.players = other.players.filter((p) => p.id !== player.id);
  seat.players.push({ id: player.id, name });
  // A late arrival takes over a bot's seat.
  seat.bot = false;
  emit(ctx, 'seat-changed', { to: 'table' }, `${name} sits at ${seat.id}`, { seat: seat.id, name });
}

function handleTick(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'playing' || s.paused || s.deadline === null)
    reject('not-your-turn', 'no timer is running');
  if (ctx.at < s.deadline) reject('not-your-turn', 'the timer has not run out yet');
  emit(ctx, 'timer-expired', { to: 'table' }, 'Time is up');
  forceAdvance(ctx);
}

// ---- stage flow ----

function enterStage(ctx: Ctx, stage: StageId, step: RfpStep | null) {
  const s = ctx.state;
  s.stage = stage;
  s.step = step;
  for (const seat of Object.values(s.seats)) seat.ready = false;
  const ms = durationMs(ctx.scenario, stage, step, s.config.stageMinutes);
  if (s.paused) {
    s.remainingMs = ms;
    s.deadline = null;
  } else {
    s.deadline = ms > 0 ? ctx.at + ms : null;
  }
  emit(ctx, 'stage-started', { to: 'table' }, step ? `Stage ${stage}: ${step}` : `Stage ${stage}`, {
    stage,
    step,
    deadline: s.deadline,
  });
}

/** Moves on as if the current stage's time ran out: the instructor's advance, a timer, or everyone ready. */
export function forceAdvance(ctx: Ctx) {
  const s = ctx.state;
  switch (s.stage) {
    case 'need-recognition':
      publishBenefitsSought(ctx);
      enterStage(ctx, 'specifications', null);
      return;
    case 'specifications':
      publishSpecification(ctx);
      enterStage(ctx, 'rfp', 'bidding');
      return;
    case 'rfp':
      advanceRfp(ctx);
      return;
    case 'post-purchase':
      finishRound(ctx);
      return;
    default:
      reject('wrong-stage', 'there is no stage to advance');
  }
}

function advanceRfp(ctx: Ctx) {
  const s = ctx.state;
  switch (s.step) {
    case 'bidding':
      openProposals(ctx);
      return;
    case 'bafo':
      closeBafo(ctx);
      return;
    case 'evaluation':
      decide(ctx);
      return;
    case 'sign-off':
      if (s.decision) s.decision.signOff = 'forced';
      emit(ctx, 'contract-forced', { to: 'table' }, 'The contract went through without every sign-off');
      awardContract(ctx);
      return;
    case 'contract':
    case null:
      enterPostPurchase(ctx);
      return;
  }
}

/** Called after a change that may complete the current step: everyone needed is ready, or all voted. */
export function maybeAdvance(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'playing' || s.paused) return;
  const rule = currentRule(s);
  if (!rule || rule.readyBy === 'nobody' || !s.config.autoAdvance) return;
  const needed = Object.values(s.seats).filter((seat) => {
    if (seat.players.length === 0 && !seat.bot) return false;
    if (rule.readyBy === 'obc') return seat.kind === 'obc';
    if (rule.readyBy === 'sellers') return seat.kind === 'seller' && isActiveSeller(s, seat.id);
    return true;
  });
  if (needed.length > 0 && needed.every((seat) => seat.ready)) {
    emit(ctx, 'all-ready', { to: 'table' }, 'Everyone is ready');
    forceAdvance(ctx);
  }
}

export function isActiveSeller(s: TableState, seat: SeatId): boolean {
  const id = sellerOfSeat(seat);
  if (id === null) return false;
  const status = own(s.sellers, id);
  if (!status || status.disqualified) return false;
  if (s.step === 'bafo') return s.bafo?.sellers.includes(id) === true && !s.bafo.answered.includes(id);
  return true;
}

function publishBenefitsSought(ctx: Ctx) {
  const s = ctx.state;
  const counts = new Map<string, number>();
  for (const dims of Object.values(s.benefitsSought))
    for (const d of dims ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
  const order = ctx.scenario.dimensions.map((d) => d.id);
  s.sharedBenefits = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
  );
  emit(
    ctx,
    'benefits-published',
    { to: 'table' },
    `Benefits sought: ${s.sharedBenefits.join(', ') || 'none'}`,
    {
      benefits: s.sharedBenefits,
    },
  );
}

function publishSpecification(ctx: Ctx) {
  const s = ctx.state;
  for (const item of s.spec.items) if (item.status === 'open') item.status = 'rejected';
  s.spec.published = true;
  const mustHaves = adoptedMustHaves(s);
  emit(
    ctx,
    'spec-published',
    { to: 'table' },
    `The specification is published (${mustHaves.length} must-haves)`,
    {
      items: s.spec.items.filter((i) => i.status === 'adopted').map(({ votes: _votes, ...rest }) => rest),
    },
  );
  // A supplier that cannot meet a must-have even with every option is not a qualified source.
  for (const seller of Object.values(s.sellers)) {
    if (seller.disqualified) continue;
    const reach = reachableLevels(ctx.scenario, seller.id);
    const missed = mustHaves.find((mh) => (own(reach, mh.dimension) ?? 0) < mh.minLevel);
    if (missed) {
      seller.disqualified = { by: 'rfp', reason: `cannot reach ${missed.dimension} ≥ ${missed.minLevel}` };
      emit(
        ctx,
        'supplier-disqualified',
        { to: 'table' },
        `Seller ${seller.id} cannot meet the specification`,
        {
          seller: seller.id,
          by: 'rfp',
          reason: seller.disqualified.reason,
          dimension: missed.dimension,
          minLevel: missed.minLevel,
        },
      );
    }
  }
}

export function adoptedMustHaves(s: TableState): { dimension: string; minLevel: number }[] {
  return s.spec.items
    .filter((i) => i.status === 'adopted' && i.kind === 'must-have')
    .map((i) => ({ dimension: i.dimension, minLevel: i.value }));
}

/** Sellers whose proposal can still win this round. */
export function eligibleSellers(s: TableState): string[] {
  return Object.keys(s.proposals).filter(
    (id) => !own(s.sellers, id)?.disqualified && !s.rejected.includes(id),
  );
}

function openProposals(ctx: Ctx) {
  const s = ctx.state;
  s.proposalsOpen = true;
  const sellers = eligibleSellers(s);
  emit(ctx, 'proposals-opened', { to: 'table' }, `${sellers.length} proposal(s) opened`, { sellers });
  if (sellers.length === 0) {
    s.decision = { winner: null, tally: {}, reason: 'no-proposals', approvals: {}, signOff: 'not-required' };
    emit(ctx, 'no-deal', { to: 'table' }, 'No valid proposal: no contract this round');
    enterStage(ctx, 'rfp', 'contract');
    return;
  }
  enterStage(ctx, 'rfp', 'evaluation');
}

export function startBafo(ctx: Ctx, by: ObcRole, sellers: string[]) {
  const s = ctx.state;
  s.bafo = { requestedBy: by, sellers, answered: [] };
  s.bafoUsed = true;
  s.votes = {};
  emit(
    ctx,
    'bafo-requested',
    { to: 'table' },
    `The buying center asks ${sellers.join(', ')} for a best and final offer`,
    {
      sellers,
    },
  );
  enterStage(ctx, 'rfp', 'bafo');
}

export function closeBafo(ctx: Ctx) {
  emit(ctx, 'bafo-closed', { to: 'table' }, 'Best and final offers are in');
  enterStage(ctx, 'rfp', 'evaluation');
}

function decisionWeights(ctx: Ctx): Partial<Record<ObcRole, number>> {
  const rule = ctx.scenario.buyingFirm.obc.decisionRule;
  const out: Partial<Record<ObcRole, number>> = {};
  for (const m of ctx.scenario.buyingFirm.obc.members) {
    out[m.role] =
      rule.kind === 'influence-weighted-vote'
        ? m.influence
        : rule.kind === 'majority-vote'
          ? 1
          : m.role === rule.decider
            ? 1
            : 0;
  }
  return out;
}

/** The decision rule applied to the votes cast. */
export function decide(ctx: Ctx) {
  const s = ctx.state;
  const eligible = eligibleSellers(s);
  const weights = decisionWeights(ctx);
  const tally: Record<string, number> = Object.fromEntries(eligible.map((id) => [id, 0]));
  for (const [role, seller] of Object.entries(s.votes)) {
    const sofar = own(tally, seller);
    if (sofar !== undefined && seller) setOwn(tally, seller, sofar + (weights[role as ObcRole] ?? 0));
  }
  const top = Math.max(0, ...Object.values(tally));
  let leaders = eligible.filter((id) => (own(tally, id) ?? 0) === top && top > 0);
  let reason: Decision['reason'] = 'vote';
  if (eligible.length === 0) reason = 'no-proposals';
  else if (leaders.length === 0) reason = 'no-votes';
  if (leaders.length > 1) {
    // Ties go to the better private scores, then to the seeded coin.
    const scoreOf = (id: string) => Object.values(s.scores).reduce((sum, sc) => sum + (own(sc, id) ?? 0), 0);
    const best = Math.max(...leaders.map(scoreOf));
    leaders = leaders.filter((id) => scoreOf(id) === best);
    if (leaders.length > 1) {
      const r = nextRandom(s.rng);
      s.rng = r.state;
      leaders = [leaders[Math.floor(r.value * leaders.length)] as string];
    }
    reason = 'tie-break';
  }
  const winner = leaders[0] ?? null;
  const approvers = ctx.scenario.buyingFirm.obc.members.filter((m) => m.signOff || m.veto);
  s.decision = {
    winner,
    tally,
    reason,
    approvals: {},
    signOff: winner && approvers.length > 0 ? 'pending' : 'not-required',
  };
  emit(
    ctx,
    'decision',
    { to: 'table' },
    winner ? `The buying center chose seller ${winner}` : 'No supplier was chosen',
    {
      winner,
      reason,
    },
  );
  if (winner && approvers.length > 0) enterStage(ctx, 'rfp', 'sign-off');
  else awardContract(ctx);
}

/** A sign-off or veto turned the chosen seller down: it is out, and the OBC votes again. */
export function rejectChoice(ctx: Ctx, by: ObcRole, comment: string) {
  const s = ctx.state;
  const winner = s.decision?.winner;
  if (winner) s.rejected.push(winner);
  s.votes = {};
  s.decision = null;
  emit(ctx, 'contract-rejected', { to: 'table' }, `${by} turned down seller ${winner ?? '?'}`, {
    by,
    seller: winner,
    comment,
  });
  if (eligibleSellers(s).length === 0) {
    s.decision = { winner: null, tally: {}, reason: 'no-proposals', approvals: {}, signOff: 'not-required' };
    awardContract(ctx);
    return;
  }
  enterStage(ctx, 'rfp', 'evaluation');
}

export function awardContract(ctx: Ctx) {
  const s = ctx.state;
  const winner = s.decision?.winner ?? null;
  if (s.decision && s.decision.signOff === 'pending') s.decision.signOff = 'approved';
  const price = winner ? (own(s.proposals, winner)?.price ?? null) : null;
  emit(
    ctx,
    'contract-awarded',
    { to: 'table' },
    winner ? `Contract awarded to seller ${winner} at ${price}` : 'No contract',
    {
      winner,
      price,
    },
  );
  enterStage(ctx, 'rfp', 'contract');
}

function enterPostPurchase(ctx: Ctx) {
  const s = ctx.state;
  if (!s.decision) decide(ctx);
  if (s.stage === 'rfp' && s.step !== 'contract') {
    // decide() may have left the contract awaiting sign-off: a forced move skips it.
    if (s.decision) s.decision.signOff = 'forced';
    awardContract(ctx);
  }
  const winner = s.decision?.winner ?? null;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  s.delivered = proposal ? deliveredLevels(ctx.scenario, proposal.seller, proposal.options) : null;
  enterStage(ctx, 'post-purchase', null);
  if (proposal && s.delivered) {
    const claimed = claimedLevels(ctx.scenario, {
      ...proposal,
      sellerId: proposal.seller,
      messageDimensions: {},
    });
    const gaps = Object.fromEntries(
      Object.entries(claimed)
        .map(([d, c]) => [d, c - (own(s.delivered, d) ?? 0)] as const)
        .filter(([, g]) => g > 0),
    );
    emit(
      ctx,
      'performance-delivered',
      { to: 'table' },
      `Seller ${proposal.seller} delivered; ${Object.keys(gaps).length} promise(s) not kept`,
      {
        seller: proposal.seller,
        delivered: s.delivered,
        gaps,
      },
    );
  }
}

/** The change of trust a round's delivery and ratings cause; pure so the debrief can show it. */
export function trustAfterRound(s: TableState, scenario: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  for (const seller of Object.values(s.sellers)) setOwn(out, seller.id, seller.trust);
  const winner = s.decision?.winner;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  if (!winner || !proposal || !s.delivered) return out;
  const ratings = Object.values(s.ratings).map((r) => r?.rating ?? 3);
  const mean = ratings.length > 0 ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 3;
  const broken = Object.entries(proposal.claims).filter(
    ([d, c]) => c - (own(s.delivered, d) ?? 0) >= 1,
  ).length;
  const guaranteed = proposal.evidence.some(
    (id) => findEvidenceKind(scenario, winner, id) === 'performance-guarantee',
  );
  const before = own(s.sellers, winner)?.trust ?? 0.5;
  const delta =
    0.05 * (mean - 3) - 0.08 * broken + (broken === 0 ? 0.05 : 0) - (guaranteed && broken > 0 ? 0.05 : 0);
  setOwn(out, winner, Math.round(Math.min(1, Math.max(0, before + delta)) * 1000) / 1000);
  return out;
}

function findEvidenceKind(scenario: Scenario, sellerId: string, evidenceId: string) {
  return scenario.sellers.find((x) => x.id === sellerId)?.offering.evidence.find((e) => e.id === evidenceId)
    ?.kind;
}

function finishRound(ctx: Ctx) {
  const s = ctx.state;
  const trust = trustAfterRound(s, ctx.scenario);
  const winner = s.decision?.winner ?? null;
  s.history.push({
    round: s.round,
    purchaseType: s.purchaseType,
    winner,
    price: winner ? (own(s.proposals, winner)?.price ?? null) : null,
    trustAfter: trust,
  });
  s.phase = 'round-over';
  s.stage = null;
  s.step = null;
  s.deadline = null;
  s.paused = false;
  s.remainingMs = null;
  for (const seat of Object.values(s.seats)) seat.ready = false;
  emit(ctx, 'round-over', { to: 'table' }, `Round ${s.round} is over`, { round: s.round, winner, trust });
}

function startNextRound(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'round-over') reject('wrong-stage', 'finish the current round first');
  if (s.round >= ctx.scenario.rounds.count)
    reject('limit-reached', `this scenario has ${ctx.scenario.rounds.count} round(s)`);
  const last = s.history[s.history.length - 1];
  s.round += 1;
  s.purchaseType = ctx.scenario.rounds.nextPurchaseType ?? s.purchaseType;
  s.incumbent = last?.winner ?? s.incumbent;
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
    {
      round: s.round,
      incumbent: s.incumbent,
    },
  );
  enterStage(ctx, 'need-recognition', null);
}
