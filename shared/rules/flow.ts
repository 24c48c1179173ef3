// The round's flow as data: one table of steps, each with what the players may do in it (steps.ts), what
// entering and ending it does, and which step follows (boardgame.io's PhaseConfig: moves / onBegin / onEnd /
// next). The engine only walks this table: `advance` ends the current step as if its time ran out, `goTo`
// enters one (an intent that settles a step — the last vote, a sign-off — names the step it leads to).
import { own } from '../own.ts';
import { emit, reject, type Ctx } from './context.ts';
import { current } from './draft.ts';
import {
  adoptedMustHaves,
  approvers,
  awardContract,
  damagesNow,
  decide,
  deliver,
  eligibleOf,
  nextPurchaseType,
  noDecision,
  trustAfterRound,
} from './decision.ts';
import { everyoneReady } from './permissions.ts';
import { runCheck } from './checks.ts';
import { reachableLevels } from './scoring.ts';
import { durationMs } from './stages.ts';
import { METHOD_RULES as FLOW_METHODS } from './verification.ts';
import { STEP_RULES, stepIdOf, type StepId, type StepRule } from './steps.ts';

/** Where a step leads: another step, or the end of the round. */
export type Next = StepId | 'round-over';

export interface StepConfig extends StepRule {
  /** Runs once the table is in the step (its timer set, `stage-started` emitted). */
  onEnter?: (ctx: Ctx) => void;
  /** Runs when the step ends by time, by the instructor or because everyone needed is ready. */
  onEnd?: (ctx: Ctx) => void;
  /** The step that follows, read after onEnd. */
  next: (ctx: Ctx) => Next;
}

export const FLOW: { readonly [K in StepId]: StepConfig } = {
  'need-recognition': {
    ...STEP_RULES['need-recognition'],
    onEnd: publishBenefitsSought,
    next: () => 'specifications',
  },
  specifications: {
    ...STEP_RULES.specifications,
    onEnd: publishSpecification,
    next: () => 'bidding',
  },
  bidding: {
    ...STEP_RULES.bidding,
    onEnd: openProposals,
    next: (ctx) => (ctx.state.decision ? 'contract' : 'evaluation'),
  },
  evaluation: {
    ...STEP_RULES.evaluation,
    onEnd: (ctx) => {
      declinePilots(ctx);
      decide(ctx);
    },
    next: (ctx) =>
      ctx.state.decision?.winner && approvers(ctx.scenario).length > 0 ? 'sign-off' : 'contract',
  },
  bafo: {
    ...STEP_RULES.bafo,
    onEnd: (ctx) => emit(ctx, 'bafo-closed', { to: 'table' }, 'Best and final offers are in'),
    next: () => 'evaluation',
  },
  'sign-off': {
    ...STEP_RULES['sign-off'],
    // Time ran out (or the instructor moved on) before every signature: the contract goes through anyway.
    onEnd: (ctx) => {
      if (ctx.state.decision) ctx.state.decision.signOff = 'forced';
      emit(ctx, 'contract-forced', { to: 'table' }, 'The contract went through without every sign-off');
    },
    next: () => 'contract',
  },
  contract: {
    ...STEP_RULES.contract,
    onEnter: awardContract,
    next: () => 'post-purchase',
  },
  'post-purchase': {
    ...STEP_RULES['post-purchase'],
    onEnter: deliver,
    onEnd: finishRound,
    next: () => 'round-over',
  },
};

/** The step the table is in, or null outside a running round. */
export function stepOf(ctx: Ctx): StepId | null {
  const s = ctx.state;
  return s.phase === 'playing' ? stepIdOf(s.stage, s.step) : null;
}

/** Enters a step: its timer starts (or waits, when paused), every seat is not ready, then its onEnter runs. */
export function goTo(ctx: Ctx, next: Next) {
  if (next === 'round-over') return;
  const s = ctx.state;
  const rule = FLOW[next];
  s.stage = rule.stage;
  s.step =
    rule.stage === 'rfp'
      ? (next as Exclude<StepId, 'need-recognition' | 'specifications' | 'post-purchase'>)
      : null;
  for (const seat of Object.values(s.seats)) seat.ready = false;
  const ms = durationMs(ctx.scenario, rule.stage, s.step, s.config.stageMinutes);
  if (s.paused) {
    s.remainingMs = ms;
    s.deadline = null;
  } else {
    s.deadline = ms > 0 ? ctx.at + ms : null;
  }
  emit(ctx, 'stage-started', { to: 'table' }, s.step ? `Stage ${s.stage}: ${s.step}` : `Stage ${s.stage}`, {
    stage: s.stage,
    step: s.step,
    deadline: s.deadline,
  });
  rule.onEnter?.(ctx);
}

/** Ends the current step as if its time ran out, and enters the next. */
export function advance(ctx: Ctx) {
  const step = stepOf(ctx);
  if (!step) return reject('wrong-stage', 'there is no stage to advance');
  const config = FLOW[step];
  config.onEnd?.(ctx);
  goTo(ctx, config.next(ctx));
}

/** After a change that may complete the current step: on a table that advances by itself, everyone ready. */
export function maybeAdvance(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'playing' || s.paused || !s.config.autoAdvance) return;
  // A read of every seat and seller: at full speed, not through the draft (draft.ts).
  if (everyoneReady(current(s))) {
    emit(ctx, 'all-ready', { to: 'table' }, 'Everyone is ready');
    advance(ctx);
  }
}

/** The first step of a round. */
export function beginRound(ctx: Ctx) {
  goTo(ctx, 'need-recognition');
}

// ---- the steps' effects ----

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

function openProposals(ctx: Ctx) {
  const s = ctx.state;
  s.proposalsOpen = true;
  const sellers = eligibleOf(s);
  // The checks asked for during bidding run now against what each proposal claims (a pilot waits for the
  // seller's customer service); one on a benefit the proposal claims nothing on is dropped, its cost refunded.
  for (const request of s.requests) {
    if (request.status !== 'pending') continue;
    const claimed = own(own(s.proposals, request.seller)?.claims, request.dimension);
    const method = FLOW_METHODS[request.method];
    if (claimed !== undefined && sellers.includes(request.seller) && method.sellerRuns) continue;
    request.status = claimed !== undefined && sellers.includes(request.seller) ? 'run' : 'dropped';
    if (claimed !== undefined && sellers.includes(request.seller))
      runCheck(ctx, request.by, request.seller, request.dimension, request.method, claimed);
    else
      emit(ctx, 'check-dropped', { to: 'seats', seats: [request.by] }, `${request.by}'s check is dropped`, {
        id: request.id,
        seller: request.seller,
        dimension: request.dimension,
      });
  }
  emit(ctx, 'proposals-opened', { to: 'table' }, `${sellers.length} proposal(s) opened`, { sellers });
  if (sellers.length === 0) {
    noDecision(s);
    emit(ctx, 'no-deal', { to: 'table' }, 'No valid proposal: no contract this round');
  }
}

/** Pilots the sellers never ran while the buying center evaluated count as not borne out. */
function declinePilots(ctx: Ctx) {
  const s = ctx.state;
  for (const request of s.requests) {
    if (request.status !== 'pending') continue;
    const claimed = own(own(s.proposals, request.seller)?.claims, request.dimension);
    request.status = claimed === undefined ? 'dropped' : 'run';
    if (claimed !== undefined)
      runCheck(ctx, request.by, request.seller, request.dimension, request.method, claimed, true);
  }
}

function finishRound(ctx: Ctx) {
  const s = ctx.state;
  const trust = trustAfterRound(s);
  const winner = s.decision?.winner ?? null;
  s.history.push({
    round: s.round,
    purchaseType: s.purchaseType,
    winner,
    price: winner ? (own(s.proposals, winner)?.price ?? null) : null,
    trustAfter: trust,
    delivered: s.delivered,
    // A remedy customer service paid after delivery is part of what the promises not kept cost the seller.
    damages: damagesNow(ctx) + (s.service?.cost ?? 0),
    next: nextPurchaseType(s),
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
