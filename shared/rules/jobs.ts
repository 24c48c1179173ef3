// "What is this seat's job now?": the intents a seat (or one player of a seller team) could usefully send at
// this moment, each with an example the engine accepts. Talk and readiness are no job; a job already done this
// step (benefits marked, a proposal handed in, a vote cast) is not offered again. The test of "no seat waits more
// than three minutes" reads this over bot-played tables (tests/scenarios/seat-jobs.test.ts, which also applies
// each example to the engine), and the student's forms and the console can name it.
import { own } from '../own.ts';
import type { Scenario } from '../scenario/schema.ts';
import { checksUsed } from './checks.ts';
import { adoptedMustHaves, eligibleOf } from './decision.ts';
import { PURCHASE_PROFILES } from './model.ts';
import {
  allowedNow,
  canNegotiate,
  canSignOff,
  isActiveSeller,
  questionAllowance,
  stepVisit,
} from './permissions.ts';
import { isObcRole, sellerOfSeat } from './seats.ts';
import { SELLER_ROLES, sellerMay, sellerRolesOf, type SellerRole } from './seller-roles.ts';
import type { PlayerActionType } from './action-types.ts';
import type { PlayerAction, TableState } from './types.ts';
import { CHECK_METHODS, METHOD_RULES, methodRefusal } from './verification.ts';

export interface Job {
  type: PlayerActionType;
  /** An intent of this kind the engine would accept now (for a check: the first possible one). */
  example: PlayerAction;
}

/** The jobs of a seat now (of one player, for a seller team: only their roles' jobs). */
export function jobsFor(scenario: Scenario, s: TableState, seatId: string, player?: string): Job[] {
  const seat = own(s.seats, seatId);
  if (!seat || s.phase !== 'playing' || s.paused) return [];
  const jobs: Job[] = [];
  const add = (type: PlayerActionType, example: PlayerAction | null) => {
    if (example && allowedNow(s, type)) jobs.push({ type, example });
  };
  if (isObcRole(seat.id)) memberJobs(scenario, s, seat.id, add);
  else {
    const roles = player === undefined ? [...SELLER_ROLES] : sellerRolesOf(seat.players, player);
    const seller = sellerOfSeat(seat.id);
    if (seller !== null) sellerJobs(scenario, s, seller, seatId, roles, add);
  }
  return jobs;
}

type Add = (type: PlayerActionType, example: PlayerAction | null) => void;

function memberJobs(scenario: Scenario, s: TableState, role: string, add: Add) {
  const member = scenario.buyingFirm.obc.members.find((m) => m.role === role);
  if (!member || !isObcRole(role)) return;
  const dims = scenario.dimensions.map((d) => d.id);
  const open = s.questions.find((q) => q.to === role && !q.answer);
  add(
    'answer-question',
    open ? { type: 'answer-question', questionId: open.id, text: '…', concerns: [] } : null,
  );
  add(
    'mark-benefits',
    s.benefitsSought[role] ? null : { type: 'mark-benefits', dimensions: dims.slice(0, 1) },
  );
  const mine = s.spec.items.filter((i) => i.by === role).length;
  const fresh = dims.find((d) => !s.spec.items.some((i) => i.by === role && i.dimension === d));
  add(
    'propose-spec-item',
    mine < 12 && fresh ? { type: 'propose-spec-item', dimension: fresh, kind: 'weight', value: 10 } : null,
  );
  const item = s.spec.items.find((i) => i.status === 'open' && i.votes[role] === undefined);
  add('vote-spec-item', item ? { type: 'vote-spec-item', itemId: item.id, support: true } : null);
  add('verify-claim', checkExample(scenario, s, role));
  const eligible = s.proposalsOpen ? eligibleOf(s) : [];
  const unscored = eligible.find((id) => own(s.scores[role], id) === undefined);
  add('score-proposal', unscored ? { type: 'score-proposal', seller: unscored, score: 5 } : null);
  add(
    'request-bafo',
    canNegotiate(member, scenario.buyingFirm.obc.members) &&
      scenario.stages.rfp.allowBafo &&
      !s.bafoUsed &&
      eligible.length > 0
      ? { type: 'request-bafo', sellers: eligible }
      : null,
  );
  add('vote', s.votes[role] === undefined && eligible[0] ? { type: 'vote', seller: eligible[0] } : null);
  add(
    'sign-off',
    canSignOff(member) && s.decision?.signOff === 'pending' && s.decision.approvals[role] === undefined
      ? { type: 'sign-off', approve: true, comment: '' }
      : null,
  );
  add(
    'rate-supplier',
    s.decision?.winner && !s.ratings[role] ? { type: 'rate-supplier', rating: 3, comment: '' } : null,
  );
  add(
    'predict-winner',
    !s.decision && !s.predictions.members[role] && eligible[0]
      ? { type: 'predict-winner', seller: eligible[0] }
      : null,
  );
}

/** The first check this member may still make or ask for (by seller, benefit and method). */
function checkExample(scenario: Scenario, s: TableState, role: string): PlayerAction | null {
  if (!allowedNow(s, 'verify-claim')) return null;
  const left = PURCHASE_PROFILES[s.purchaseType].checks - checksUsed(s, role);
  const facts = { dimensions: scenario.dimensions, members: scenario.buyingFirm.obc.members };
  const sellers =
    s.step === 'bidding'
      ? Object.values(s.sellers)
          .filter((x) => !x.disqualified)
          .map((x) => x.id)
      : eligibleOf(s);
  for (const seller of sellers)
    for (const d of scenario.dimensions) {
      if (s.step !== 'bidding' && own(own(s.proposals, seller)?.claims, d.id) === undefined) continue;
      const same = (c: { by: string; seller: string; dimension: string }) =>
        c.by === role && c.seller === seller && c.dimension === d.id;
      if (s.checks.some(same) || s.requests.some((r) => r.status === 'pending' && same(r))) continue;
      const method = CHECK_METHODS.find(
        (m) => METHOD_RULES[m].cost <= left && methodRefusal(facts, role, m, d.id) === null,
      );
      if (method) return { type: 'verify-claim', seller, dimension: d.id, method };
    }
  return null;
}

function sellerJobs(
  scenario: Scenario,
  s: TableState,
  seller: string,
  seatId: string,
  roles: readonly SellerRole[],
  add: Add,
) {
  const status = own(s.sellers, seller);
  if (!status) return;
  const may = (type: PlayerActionType, example: PlayerAction | null) => {
    if (sellerMay(roles, type)) add(type, example);
  };
  const out = status.disqualified !== null;
  const members = scenario.buyingFirm.obc.members;
  // Discovery: the stage's allowance of questions, or a debrief call to a member not yet called.
  const asked = s.questions.filter((q) => q.seller === seller && q.stage === s.stage);
  const uncalled = members.find((m) => !asked.some((q) => q.to === m.role));
  const canAsk =
    !out &&
    (s.stage === 'post-purchase'
      ? uncalled !== undefined
      : asked.length < questionAllowance(scenario, s.stage));
  may(
    'ask-question',
    canAsk ? { type: 'ask-question', to: (uncalled ?? members[0])?.role ?? 'procurement', text: '…' } : null,
  );
  const proposal = own(s.proposals, seller);
  const offering = scenario.sellers.find((x) => x.id === seller)?.offering;
  const done = (type: string) => s.jobs.some((j) => j.seat === seatId && j.type === type);
  may(
    'submit-proposal',
    !out && !proposal && offering
      ? {
          type: 'submit-proposal',
          price: offering.listPrice,
          options: [],
          terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 8 },
          // A proposal states the published must-haves (the engine refuses one that does not).
          claims: Object.fromEntries(adoptedMustHaves(s).map((m) => [m.dimension, m.minLevel])),
        }
      : null,
  );
  const lead = scenario.dimensions[0]?.id;
  may(
    'set-pitch',
    !out && proposal && lead && !done('set-pitch') && proposal.leadWith.length === 0
      ? { type: 'set-pitch', leadWith: [lead], messages: {} }
      : null,
  );
  const evidenceDone = s.jobs.some(
    (j) =>
      j.seat === seatId &&
      (j.type === 'attach-evidence' ||
        (j.type === 'submit-proposal' && j.roles.includes('customer-service'))),
  );
  may(
    'attach-evidence',
    !out && proposal && !evidenceDone ? { type: 'attach-evidence', evidence: [] } : null,
  );
  const eligible = s.proposalsOpen && eligibleOf(s).includes(seller);
  const followed = proposal?.followedUp ?? [];
  const next = members.find((m) => !followed.includes(m.role));
  may(
    'follow-up',
    eligible && next && lead ? { type: 'follow-up', to: next.role, text: '…', dimensions: [lead] } : null,
  );
  const pilot = s.proposalsOpen
    ? s.requests.find((r) => r.seller === seller && r.method === 'pilot' && r.status === 'pending')
    : undefined;
  may('run-pilot', pilot ? { type: 'run-pilot', requestId: pilot.id } : null);
  may(
    'submit-bafo',
    proposal && isActiveSeller(s, seatId) && s.step === 'bafo'
      ? { type: 'submit-bafo', price: proposal.price }
      : null,
  );
  may(
    'service-response',
    s.decision?.winner === seller && s.delivered && !s.service
      ? { type: 'service-response', remedy: false, text: '…' }
      : null,
  );
  // The groundwork of the product manager and customer service: once per step (a revision later is theirs to
  // make, but not a job the table waits on), drawing on the team's answered questions.
  const prep = own(s.prep, seller);
  const thisStep = (g: { visit: string } | undefined) => g?.visit === stepVisit(s);
  const answers = s.questions.filter((q) => q.seller === seller && q.answer).map((q) => q.id);
  may(
    'draft-offering',
    !out && offering && !thisStep(prep?.offering)
      ? { type: 'draft-offering', options: [], claims: {}, answers }
      : null,
  );
  may(
    'prepare-evidence',
    !out && offering && !thisStep(prep?.evidence)
      ? { type: 'prepare-evidence', evidence: [], answers }
      : null,
  );
  const any = members[0];
  may(
    'predict-priorities',
    !own(s.predictions.sellers, seller) && any && lead
      ? { type: 'predict-priorities', priorities: { [any.role]: lead } }
      : null,
  );
}
