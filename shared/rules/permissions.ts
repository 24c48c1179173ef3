// "May this seat act now, and whom does the table wait for?" — answered once, here, for the engine, the bots,
// the student's forms and the instructor's console. Dependency-free and over a structural type that the
// table's state, a seat's view and the console's table summary all satisfy (seats and sellers as a record or a
// list), so the console's "waiting for" is the engine's auto-advance condition by construction.
import type { PlayerActionType } from './action-types.ts';
import { isObcRole, sellerOfSeat, type ObcRole } from './seats.ts';
import { STEP_RULES, stepIdOf, type StepId, type StepRule } from './steps.ts';

export interface SeatFacts {
  id: string;
  kind: string;
  players: readonly unknown[];
  bot: boolean;
  ready: boolean;
}

export interface SellerFacts {
  id: string;
  disqualified: unknown;
}

type Many<T> = Readonly<Record<string, T>> | readonly T[];

/** What a table's flow depends on: the engine's state, a seat's view and the console's summary have it. */
export interface FlowFacts {
  phase: string;
  stage: string | null;
  step: string | null;
  paused: boolean;
  seats: Many<SeatFacts>;
  sellers: Many<SellerFacts>;
  bafo: { sellers: readonly string[]; answered: readonly string[] } | null;
}

function all<T>(many: Many<T>): T[] {
  return Object.values(many);
}

/** The step the table is in, or null outside a running round. */
export function currentStep(t: Pick<FlowFacts, 'phase' | 'stage' | 'step'>): StepId | null {
  return t.phase === 'playing' ? stepIdOf(t.stage, t.step) : null;
}

export function currentRule(t: Pick<FlowFacts, 'phase' | 'stage' | 'step'>): StepRule | null {
  const step = currentStep(t);
  return step ? STEP_RULES[step] : null;
}

/**
 * Whether the table's moment lets a player send this intent at all: talk once the round has started; anything
 * else only while the round runs, unpaused, in a step that allows it. Who may send it (a member, a seller, a
 * signer) the engine's handler checks against the scenario.
 */
export function allowedNow(
  t: Pick<FlowFacts, 'phase' | 'stage' | 'step' | 'paused'>,
  type: PlayerActionType,
): boolean {
  return whyNot(t, type) === null;
}

/** Why an intent is not possible now, or null when it is: the engine's rejection and the forms' hint. */
export function whyNot(
  t: Pick<FlowFacts, 'phase' | 'stage' | 'step' | 'paused'>,
  type: PlayerActionType,
): { code: 'wrong-stage' | 'paused'; message: string } | null {
  if (type === 'chat')
    return t.phase === 'lobby'
      ? { code: 'wrong-stage', message: 'the table opens its channels when the round starts' }
      : null;
  const rule = currentRule(t);
  if (!rule)
    return {
      code: 'wrong-stage',
      message: t.phase === 'lobby' ? 'the round has not started' : 'the round is over',
    };
  if (t.paused) return { code: 'paused', message: 'the game is paused' };
  if (!rule.allowed.includes(type)) {
    const where = t.step ? `${t.stage} (${t.step})` : (t.stage ?? t.phase);
    return { code: 'wrong-stage', message: `"${type}" is not possible during ${where}` };
  }
  return null;
}

/** Whether a seller team is still in the running at this step (in a best-and-final round: asked and not yet in). */
export function isActiveSeller(t: Pick<FlowFacts, 'step' | 'sellers' | 'bafo'>, seat: string): boolean {
  const id = sellerOfSeat(seat);
  if (id === null) return false;
  const status = all(t.sellers).find((s) => s.id === id);
  if (!status || status.disqualified) return false;
  if (t.step === 'bafo') return t.bafo?.sellers.includes(id) === true && !t.bafo.answered.includes(id);
  return true;
}

/**
 * Names one visit of a step in a round: evaluation is visited again after a best-and-final round or a turned-down
 * contract, and a once-per-step job (a seller's groundwork) is offered again there.
 */
export function stepVisit(t: {
  round: number;
  stage: string | null;
  step: string | null;
  bafo: unknown;
  rejected: readonly string[];
}): string {
  return `${t.round}/${t.stage ?? '-'}/${t.step ?? '-'}/${t.bafo ? 1 : 0}/${t.rejected.length}`;
}

/** The seats whose readiness ends the current step: occupied (a student or a bot) and concerned by it. */
export function neededSeats(t: FlowFacts): SeatFacts[] {
  const rule = currentRule(t);
  if (!rule || rule.readyBy === 'nobody' || t.paused) return [];
  return all(t.seats).filter((seat) => {
    if (seat.players.length === 0 && !seat.bot) return false;
    if (rule.readyBy === 'obc') return seat.kind === 'obc';
    if (rule.readyBy === 'sellers') return seat.kind === 'seller' && isActiveSeller(t, seat.id);
    return true;
  });
}

/** The seats the step still waits for: needed and not ready. Empty when the step does not wait for readiness. */
export function waitingFor(t: FlowFacts): string[] {
  return neededSeats(t)
    .filter((seat) => !seat.ready)
    .map((seat) => seat.id);
}

/** Whether every needed seat is ready, so a table that advances by itself moves on. */
export function everyoneReady(t: FlowFacts): boolean {
  const needed = neededSeats(t);
  return needed.length > 0 && needed.every((seat) => seat.ready);
}

/** Sellers whose proposal can still win this round: handed in, not disqualified, not turned down. */
export function eligibleSellers(
  t: Pick<FlowFacts, 'sellers'> & { rejected: readonly string[] },
  handedIn: readonly string[],
): string[] {
  const sellers = all(t.sellers);
  return handedIn.filter((id) => !sellers.find((s) => s.id === id)?.disqualified && !t.rejected.includes(id));
}

export interface MemberFacts {
  role: string;
  influence?: number;
  signOff?: boolean;
  veto?: boolean;
}

/**
 * Questions a seller team may ask in a stage: the scenario's allowance in need recognition, half of it (rounded
 * up) while the specification is drafted — discovery goes on, and each answered question engages its member
 * (beliefs.ts) — and none in between.
 */
export function questionAllowance(
  scenario: { stages: { 'need-recognition': { maxQuestionsPerSeller: number } } },
  stage: string | null,
): number {
  const max = scenario.stages['need-recognition'].maxQuestionsPerSeller;
  if (stage === 'need-recognition') return max;
  return stage === 'specifications' ? Math.ceil(max / 2) : 0;
}

/** Procurement and members with sign-off or veto power may disqualify a supplier. */
export function canDisqualify(member: MemberFacts | null | undefined): boolean {
  return !!member && (member.role === 'procurement' || member.signOff === true || member.veto === true);
}

/**
 * Procurement negotiates: it alone asks for a best and final offer (and states the price it asks for); a buying
 * center without procurement leaves it to a member with sign-off or veto power.
 */
export function canNegotiate(
  member: MemberFacts | null | undefined,
  members: readonly MemberFacts[],
): boolean {
  if (!member) return false;
  if (member.role === 'procurement') return true;
  return !members.some((m) => m.role === 'procurement') && canSignOff(member);
}

/** Members whose approval a contract needs. */
export function canSignOff(member: MemberFacts | null | undefined): boolean {
  return !!member && (member.signOff === true || member.veto === true);
}

export interface DecisionRuleFacts {
  kind: 'influence-weighted-vote' | 'majority-vote' | 'single-decider';
  decider?: string | undefined;
}

/** What one member's vote (on a spec item or a supplier) weighs under the decision rule. */
export function voteWeight(
  rule: DecisionRuleFacts,
  member: Required<Pick<MemberFacts, 'role' | 'influence'>>,
): number {
  if (rule.kind === 'influence-weighted-vote') return member.influence;
  if (rule.kind === 'majority-vote') return 1;
  return member.role === rule.decider ? 1 : 0;
}

/** Whether a seat is an OBC member's (and so may use the OBC channel and OBC intents). */
export function isMemberSeat(seat: string): seat is ObcRole {
  return isObcRole(seat);
}
