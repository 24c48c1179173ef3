// One handler per player intent. Payloads arrive parsed by their schema (action-schema.ts: shapes, ranges,
// lengths); whether the step allows the intent at all permissions.ts says. What is checked here needs the
// scenario or the table: is the benefit the scenario's, is the seller at this table, is the sender the member
// asked. Each handler checks before it changes the draft, and apply() drops the draft on a rejection anyway.
import { hasOwnKey, own, setOwn } from '../own.ts';
import type { ObcRole } from '../scenario/schema.ts';
import { LIMITS, emit, memberOf, newId, obcSeats, reject, type Ctx } from './context.ts';
import { adoptedMustHaves, eligibleOf, positionOf, rejectChoice, voters } from './decision.ts';
import { advance, goTo, maybeAdvance } from './flow.ts';
import {
  canDisqualify,
  canNegotiate,
  canSignOff,
  questionAllowance,
  stepVisit,
  whyNot,
} from './permissions.ts';
import { MODEL, PURCHASE_PROFILES, effectiveVoteWeights } from './model.ts';
import { gapsOf } from './scoring.ts';
import { isObcRole, sellerOfSeat, sellerSeat } from './seats.ts';
import { SELLER_ROLES, sellerRoleFor, sellerRolesOf, type SellerRole } from './seller-roles.ts';
import type { Audience, PlayerAction, Proposal, Seat, SeatId, SpecItem } from './types.ts';
import { METHOD_RULES, methodRefusal, methodsFor } from './verification.ts';
import { promisedOf } from './decision.ts';
import { checksUsed, runCheck } from './checks.ts';

type Handler<T extends PlayerAction['type']> = (
  ctx: Ctx,
  seat: Seat,
  action: Extract<PlayerAction, { type: T }>,
) => void;

const HANDLERS: { [T in PlayerAction['type']]: Handler<T> } = {
  chat,
  'ask-question': askQuestion,
  'answer-question': answerQuestion,
  'mark-benefits': markBenefits,
  'propose-spec-item': proposeSpecItem,
  'vote-spec-item': voteSpecItem,
  'disqualify-supplier': disqualifySupplier,
  'submit-proposal': submitProposal,
  'score-proposal': scoreProposal,
  'request-bafo': requestBafo,
  'verify-claim': verifyClaim,
  'submit-bafo': submitBafo,
  vote,
  'sign-off': signOff,
  'rate-supplier': rateSupplier,
  'predict-priorities': predictPriorities,
  'predict-winner': predictWinner,
  'set-pitch': setPitch,
  'attach-evidence': attachEvidence,
  'follow-up': followUp,
  'run-pilot': runPilot,
  'service-response': serviceResponse,
  'draft-offering': draftOffering,
  'prepare-evidence': prepareEvidence,
  ready,
};

/**
 * Talk and readiness are no job, and predictions change nothing of the round (not even its record): everything
 * else a seat does is recorded for the debrief's "who did which job".
 */
const NOT_JOBS: ReadonlySet<string> = new Set(['chat', 'ready', 'predict-priorities', 'predict-winner']);

export function handlePlayerAction(ctx: Ctx, seat: Seat, action: PlayerAction) {
  const refused = whyNot(ctx.state, action.type);
  if (refused) reject(refused.code, refused.message);
  const roles = rolesOf(ctx, seat);
  const needed = seat.kind === 'seller' ? sellerRoleFor(action.type) : null;
  if (needed && !roles.includes(needed))
    reject('wrong-seat', `in your team this is the ${roleName(needed)}'s job`);
  (HANDLERS[action.type] as Handler<typeof action.type>)(ctx, seat, action);
  if (!NOT_JOBS.has(action.type)) {
    const player = ctx.actor.kind === 'seat' ? (ctx.actor.player ?? null) : null;
    ctx.state.jobs.push({ seat: seat.id, player, roles, type: action.type, at: ctx.at });
  }
}

const ROLE_NAMES: Record<SellerRole, string> = {
  'sales-rep': 'sales representative',
  'product-manager': 'product manager',
  'customer-service': 'customer service',
};

function roleName(role: SellerRole): string {
  return ROLE_NAMES[role];
}

/**
 * The seller roles of whoever acts for a seller seat (seller-roles.ts); a member's seat has none. A player named
 * by the actor must sit in the seat (the room names the sender's own seat; a log could name anyone).
 */
function rolesOf(ctx: Ctx, seat: Seat): SellerRole[] {
  if (seat.kind !== 'seller') return [];
  const player = ctx.actor.kind === 'seat' ? ctx.actor.player : undefined;
  if (player === undefined) return [...SELLER_ROLES];
  const roles = sellerRolesOf(seat.players, player);
  if (roles.length === 0) reject('wrong-seat', 'you are not a member of this team');
  return roles;
}

// ---- checks that need the scenario or the table ----

function obcRole(seat: Seat): ObcRole {
  if (seat.kind !== 'obc' || !isObcRole(seat.id))
    reject('wrong-seat', 'only members of the buying center can do this');
  return seat.id;
}

function sellerId(ctx: Ctx, seat: Seat): string {
  const id = sellerOfSeat(seat.id);
  if (seat.kind !== 'seller' || id === null || !hasOwnKey(ctx.state.sellers, id))
    reject('wrong-seat', 'only a seller team can do this');
  return id;
}

function dimension(ctx: Ctx, value: string, what = 'dimension'): string {
  if (!ctx.scenario.dimensions.some((d) => d.id === value))
    reject('invalid-value', `${what} "${value}" is not a benefit of this scenario`);
  return value;
}

function dimensions(ctx: Ctx, values: readonly string[]): string[] {
  return values.map((d) => dimension(ctx, d));
}

function tableSeller(ctx: Ctx, value: string): string {
  if (!hasOwnKey(ctx.state.sellers, value))
    reject('invalid-value', `there is no seller "${value}" at this table`);
  return value;
}

function member(ctx: Ctx, role: ObcRole) {
  const m = memberOf(ctx.scenario, role);
  if (!m) reject('wrong-seat', `${role} is not part of this buying center`);
  return m;
}

// ---- talk ----

function chat(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'chat' }>) {
  if (a.channel === 'obc') {
    obcRole(seat);
    push(ctx, seat.id, 'obc', null, a.text);
    return;
  }
  let thread: string;
  if (seat.kind === 'seller') {
    thread = sellerId(ctx, seat);
    if (a.seller !== undefined && a.seller !== thread)
      reject('wrong-seat', 'a seller writes only in its own thread');
  } else {
    if (a.seller === undefined) reject('invalid-value', 'name the seller whose thread this is');
    thread = tableSeller(ctx, a.seller);
  }
  push(ctx, seat.id, 'buyer-seller', thread, a.text);
}

function push(ctx: Ctx, from: SeatId, channel: 'obc' | 'buyer-seller', seller: string | null, body: string) {
  const s = ctx.state;
  const message = { id: newId(s, 'm'), channel, seller, from, text: body, at: ctx.at, stage: s.stage };
  s.messages.push(message);
  const audience: Audience =
    channel === 'obc'
      ? { to: 'obc' }
      : { to: 'seats', seats: [...obcSeats(ctx.scenario), sellerSeat(seller ?? '')] };
  emit(ctx, 'message', audience, `${from} → ${channel === 'obc' ? 'OBC' : `thread ${seller}`}: ${body}`, {
    message,
  });
}

// ---- stage 1: need recognition ----

function askQuestion(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'ask-question' }>) {
  const seller = sellerId(ctx, seat);
  const status = own(ctx.state.sellers, seller);
  if (!status) return reject('wrong-seat', 'unknown seller');
  if (status.disqualified) reject('not-your-turn', 'your team is out of this round');
  if (!memberOf(ctx.scenario, a.to))
    reject('invalid-value', `ask a member of the buying center, not "${a.to}"`);
  const topic = a.topic === undefined ? null : dimension(ctx, a.topic, 'the topic');
  const stage = ctx.state.stage ?? 'need-recognition';
  if (stage === 'post-purchase') {
    // A debrief call after delivery (what would win the next purchase?): one per member, outside the allowance.
    if (ctx.state.questions.some((q) => q.seller === seller && q.to === a.to && q.stage === 'post-purchase'))
      reject('limit-reached', `your team has called ${a.to} after delivery`);
  } else {
    const max = questionAllowance(ctx.scenario, stage);
    const asked = ctx.state.questions.filter((q) => q.seller === seller && q.stage === stage).length;
    if (asked >= max) reject('limit-reached', `your team has asked its ${max} questions in this stage`);
    status.questionsAsked += 1;
  }
  const question = {
    id: newId(ctx.state, 'q'),
    seller,
    to: a.to,
    text: a.text,
    topic,
    at: ctx.at,
    stage: ctx.state.stage ?? 'need-recognition',
    answer: null,
  };
  ctx.state.questions.push(question);
  emit(
    ctx,
    'question',
    { to: 'seats', seats: [...obcSeats(ctx.scenario), seat.id] },
    `Seller ${seller} asks ${a.to}: ${a.text}`,
    { question },
  );
}

function answerQuestion(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'answer-question' }>) {
  const role = obcRole(seat);
  const q = ctx.state.questions.find((x) => x.id === a.questionId);
  if (!q) return reject('not-found', 'there is no such question');
  if (q.to !== role) reject('wrong-seat', `this question was asked of ${q.to}`);
  if (q.answer) reject('invalid-value', 'this question is already answered');
  const cards = member(ctx, role).priorities.petConcerns.map((p) => p.id);
  if (a.concerns.some((c) => !cards.includes(c)))
    reject('invalid-value', 'you can only share your own concern cards');
  q.answer = { text: a.text, concerns: [...a.concerns], at: ctx.at };
  emit(
    ctx,
    'answer',
    { to: 'seats', seats: [...obcSeats(ctx.scenario), sellerSeat(q.seller)] },
    `${role} answers seller ${q.seller}: ${a.text}`,
    { questionId: q.id, seller: q.seller, role, answer: q.answer },
  );
}

function markBenefits(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'mark-benefits' }>) {
  const role = obcRole(seat);
  const dims = dimensions(ctx, a.dimensions);
  ctx.state.benefitsSought[role] = dims;
  emit(ctx, 'benefits-marked', { to: 'obc' }, `${role} seeks ${dims.join(', ')}`, { role, dimensions: dims });
}

// ---- stage 2: specifications and sources ----

function proposeSpecItem(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'propose-spec-item' }>) {
  const role = obcRole(seat);
  const dim = dimension(ctx, a.dimension);
  const mine = ctx.state.spec.items.filter((i) => i.by === role).length;
  if (mine >= LIMITS.specItemsPerMember)
    reject('limit-reached', `you have proposed ${LIMITS.specItemsPerMember} items`);
  const item: SpecItem = {
    id: newId(ctx.state, 's'),
    by: role,
    dimension: dim,
    kind: a.kind,
    value: a.value,
    votes: { [role]: true },
    status: 'open',
  };
  ctx.state.spec.items.push(item);
  emit(ctx, 'spec-proposed', { to: 'obc' }, `${role} proposes ${a.kind} ${dim} = ${a.value}`, {
    item: { ...item },
  });
  settle(ctx, item);
}

function voteSpecItem(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'vote-spec-item' }>) {
  const role = obcRole(seat);
  const item = ctx.state.spec.items.find((i) => i.id === a.itemId);
  if (!item) return reject('not-found', 'there is no such spec item');
  if (item.status !== 'open') reject('invalid-value', `this item is already ${item.status}`);
  item.votes[role] = a.support;
  emit(ctx, 'spec-vote', { to: 'obc' }, `${role} ${a.support ? 'supports' : 'opposes'} ${item.dimension}`, {
    itemId: item.id,
    role,
    support: a.support,
    dimension: item.dimension,
  });
  settle(ctx, item);
}

/** The decision rule settles a spec item once support or opposition can no longer be overturned. */
function settle(ctx: Ctx, item: SpecItem) {
  const weights = effectiveVoteWeights(ctx.scenario, ctx.state.purchaseType);
  const members = ctx.scenario.buyingFirm.obc.members;
  const total = members.reduce((sum, m) => sum + (weights.get(m.role) ?? 0), 0);
  let yes = 0;
  let no = 0;
  for (const m of members) {
    const v = item.votes[m.role];
    if (v === true) yes += weights.get(m.role) ?? 0;
    if (v === false) no += weights.get(m.role) ?? 0;
  }
  if (yes * 2 > total) {
    item.status = 'adopted';
    for (const other of ctx.state.spec.items) {
      if (
        other !== item &&
        other.status === 'adopted' &&
        other.dimension === item.dimension &&
        other.kind === item.kind
      )
        other.status = 'superseded';
    }
  } else if (no * 2 >= total) {
    item.status = 'rejected';
  } else return;
  emit(ctx, 'spec-settled', { to: 'obc' }, `${item.kind} ${item.dimension} = ${item.value} ${item.status}`, {
    itemId: item.id,
    status: item.status,
    dimension: item.dimension,
    kind: item.kind,
    value: item.value,
  });
}

function disqualifySupplier(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'disqualify-supplier' }>) {
  const role = obcRole(seat);
  if (!canDisqualify(member(ctx, role)))
    reject('wrong-seat', 'only procurement or a member with sign-off or veto power disqualifies a supplier');
  const seller = tableSeller(ctx, a.seller);
  const status = own(ctx.state.sellers, seller);
  if (!status) return reject('not-found', 'unknown seller');
  if (status.disqualified) reject('invalid-value', `seller ${seller} is already disqualified`);
  status.disqualified = { by: role, reason: a.reason };
  emit(ctx, 'supplier-disqualified', { to: 'table' }, `${role} disqualified seller ${seller}: ${a.reason}`, {
    seller,
    by: role,
    reason: a.reason,
  });
  if (ctx.state.step === 'evaluation') {
    delete ctx.state.votes[role];
    for (const m of ctx.scenario.buyingFirm.obc.members)
      if (ctx.state.votes[m.role] === seller) delete ctx.state.votes[m.role];
  }
}

// ---- stage 3: RFP to contract ----

function checkPrice(price: number, listPrice: number): number {
  if (price > listPrice * 10)
    reject('invalid-value', `a price must be a positive number no higher than ${listPrice * 10}`);
  return price;
}

function ownIds(values: readonly string[], known: readonly string[], what: string): string[] {
  if (values.some((v) => !known.includes(v)))
    reject('invalid-value', `${what} names something your offering does not have`);
  return [...values];
}

function submitProposal(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'submit-proposal' }>) {
  const id = sellerId(ctx, seat);
  const status = own(ctx.state.sellers, id);
  if (status?.disqualified)
    reject('not-your-turn', `your team is disqualified: ${status.disqualified.reason}`);
  const offering = ctx.scenario.sellers.find((x) => x.id === id)?.offering;
  if (!offering) return reject('wrong-seat', 'unknown seller');
  const claims: Record<string, number> = {};
  for (const [dim, level] of Object.entries(a.claims)) setOwn(claims, dimension(ctx, dim), level);
  // The pitch and the evidence come with the offering only from a player who owns them too; left out, the
  // proposal keeps what their owners handed in (set-pitch, attach-evidence).
  const roles = rolesOf(ctx, seat);
  if ((a.leadWith !== undefined || a.messages !== undefined) && !roles.includes('sales-rep'))
    reject('wrong-seat', "in your team the pitch (lead and messages) is the sales representative's job");
  if (a.evidence !== undefined && !roles.includes('customer-service'))
    reject('wrong-seat', "in your team the evidence is customer service's job");
  const previous = own(ctx.state.proposals, id);
  const messages =
    a.messages === undefined ? { ...(previous?.messages ?? {}) } : checkedMessages(ctx, a.messages);
  const input = {
    price: checkPrice(a.price, offering.listPrice),
    options: ownIds(
      a.options,
      offering.options.map((o) => o.id),
      'options',
    ),
    // Left out, the evidence is what the proposal had, or else what customer service prepared for it.
    evidence:
      a.evidence === undefined
        ? [...(previous?.evidence ?? own(ctx.state.prep, id)?.evidence?.evidence ?? [])]
        : ownIds(
            a.evidence,
            offering.evidence.map((e) => e.id),
            'evidence',
          ),
    terms: { ...a.terms },
    claims,
    leadWith: a.leadWith === undefined ? [...(previous?.leadWith ?? [])] : dimensions(ctx, a.leadWith),
    messages,
  };
  // The specification's must-haves are conditions of the contract: a proposal states that it meets them (and
  // acceptance checks the delivery against them).
  const missed = adoptedMustHaves(ctx.state).find(
    (mh) => (own(input.claims, mh.dimension) ?? 0) < mh.minLevel,
  );
  if (missed) {
    reject(
      'invalid-value',
      `the specification requires ${missed.dimension} ≥ ${missed.minLevel}: state a level that meets it (and deliver it: an option may lift it)`,
    );
  }
  const proposal = {
    ...input,
    seller: id,
    revision: (previous?.revision ?? 0) + 1,
    at: ctx.at,
    bafo: false,
    // What the buying center reads: the claims, and nothing of what the offer will deliver.
    stated: { ...input.claims },
  };
  setOwn(ctx.state.proposals, id, proposal);
  emit(
    ctx,
    'proposal-submitted',
    { to: 'seats', seats: [seat.id] },
    `Seller ${id} submitted proposal revision ${proposal.revision}`,
    {
      proposal,
    },
  );
  emit(ctx, 'proposal-received', { to: 'table' }, `Seller ${id} handed in a proposal`, {
    seller: id,
    revision: proposal.revision,
  });
}

/** The messages of a pitch, to members of this buying center only, on benefits of the scenario. */
function checkedMessages(ctx: Ctx, input: Proposal['messages']): Proposal['messages'] {
  for (const role of Object.keys(input))
    if (!isObcRole(role) || !memberOf(ctx.scenario, role))
      reject('invalid-value', `"${role}" is not a member of this buying center`);
  const messages: Proposal['messages'] = {};
  for (const m of ctx.scenario.buyingFirm.obc.members) {
    const msg = input[m.role];
    if (msg) messages[m.role] = { text: msg.text, dimensions: dimensions(ctx, msg.dimensions) };
  }
  return messages;
}

/** The team's proposal, which its product manager hands in first: the pitch and the evidence revise it. */
function ownProposal(ctx: Ctx, id: string): Proposal {
  const status = own(ctx.state.sellers, id);
  if (status?.disqualified)
    reject('not-your-turn', `your team is disqualified: ${status.disqualified.reason}`);
  const proposal = own(ctx.state.proposals, id);
  if (!proposal) return reject('not-found', 'your product manager hands in the offering first');
  return proposal;
}

function revised(ctx: Ctx, seat: Seat, proposal: Proposal) {
  proposal.revision += 1;
  proposal.at = ctx.at;
  emit(
    ctx,
    'proposal-submitted',
    { to: 'seats', seats: [seat.id] },
    `Seller ${proposal.seller} revised its proposal (revision ${proposal.revision})`,
    { proposal },
  );
  emit(ctx, 'proposal-received', { to: 'table' }, `Seller ${proposal.seller} handed in a proposal`, {
    seller: proposal.seller,
    revision: proposal.revision,
  });
}

/** The sales representative's pitch: the lead (to everyone) and the message to each member. */
function setPitch(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'set-pitch' }>) {
  const id = sellerId(ctx, seat);
  const proposal = ownProposal(ctx, id);
  proposal.leadWith = dimensions(ctx, a.leadWith);
  proposal.messages = checkedMessages(ctx, a.messages);
  emit(ctx, 'pitch-set', { to: 'seats', seats: [seat.id] }, `Seller ${id} set its pitch`, { seller: id });
  revised(ctx, seat, proposal);
}

/** Customer service's evidence for the team's claims. */
function attachEvidence(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'attach-evidence' }>) {
  const id = sellerId(ctx, seat);
  const proposal = ownProposal(ctx, id);
  const offering = ctx.scenario.sellers.find((x) => x.id === id)?.offering;
  proposal.evidence = ownIds(
    a.evidence,
    (offering?.evidence ?? []).map((e) => e.id),
    'evidence',
  );
  emit(ctx, 'evidence-attached', { to: 'seats', seats: [seat.id] }, `Seller ${id} attached evidence`, {
    seller: id,
    evidence: [...proposal.evidence],
  });
  revised(ctx, seat, proposal);
}

/**
 * The sales representative follows up with one member while the buying center evaluates: the follow-up becomes
 * the proposal's message to that member (what the member now hears from this seller: beliefs.ts's attention),
 * once per member and round.
 */
function followUp(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'follow-up' }>) {
  const id = sellerId(ctx, seat);
  const seller = openProposalOf(ctx, id);
  const proposal = own(ctx.state.proposals, seller);
  if (!proposal) return reject('not-found', 'your team has no proposal');
  member(ctx, a.to);
  const done = proposal.followedUp ?? [];
  if (done.includes(a.to)) reject('limit-reached', `you have followed up with ${a.to} this round`);
  const dims = dimensions(ctx, a.dimensions);
  proposal.messages[a.to] = { text: a.text, dimensions: dims };
  proposal.followedUp = [...done, a.to];
  emit(
    ctx,
    'follow-up',
    { to: 'seats', seats: [a.to, seat.id] },
    `Seller ${id} follows up with ${a.to}: ${a.text}`,
    { seller: id, to: a.to, text: a.text, dimensions: dims },
  );
}

/** Customer service runs a pilot a member asked for: the check is made now, with the pilot's detection. */
function runPilot(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'run-pilot' }>) {
  const id = sellerId(ctx, seat);
  const s = ctx.state;
  const request = s.requests.find((r) => r.id === a.requestId);
  if (!request || request.seller !== id || request.method !== 'pilot')
    return reject('not-found', 'there is no such pilot asked of your team');
  if (request.status !== 'pending') reject('invalid-value', 'this pilot has run');
  if (!s.proposalsOpen) reject('not-your-turn', 'a pilot runs once the proposals are open');
  const claimed = own(own(s.proposals, id)?.claims, request.dimension);
  request.status = claimed === undefined ? 'dropped' : 'run';
  if (claimed === undefined) return;
  const proposal = own(s.proposals, id);
  if (proposal) proposal.pilots = (proposal.pilots ?? 0) + 1;
  runCheck(ctx, request.by, id, request.dimension, 'pilot', claimed);
}

/**
 * Customer service answers the post-purchase evaluation. A remedy makes good on the promises the delivery did not
 * keep: it costs the seller a share of the contract per broken promise and halves the trust they cost
 * (decision.ts, trustAfterRound). Only the supplier that delivered answers, once.
 */
function serviceResponse(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'service-response' }>) {
  const id = sellerId(ctx, seat);
  const s = ctx.state;
  if (s.decision?.winner !== id || !s.delivered)
    reject('not-your-turn', 'only the supplier that delivered answers the evaluation');
  if (s.service) reject('invalid-value', 'your team has answered the evaluation');
  const proposal = own(s.proposals, id);
  const broken = proposal
    ? Object.values(gapsOf(promisedOf(s, proposal), s.delivered)).filter((g) => g >= 1).length
    : 0;
  const cost =
    a.remedy && proposal
      ? Math.round(MODEL.remedyShare * broken * proposal.price * ctx.scenario.economics.quantity * 100) / 100
      : 0;
  s.service = { remedy: a.remedy, text: a.text, cost, at: ctx.at };
  emit(
    ctx,
    'service-response',
    { to: 'table' },
    `Seller ${id} answers the evaluation${a.remedy ? ' with a remedy' : ''}`,
    { seller: id, remedy: a.remedy, text: a.text, cost },
  );
}

// ---- the selling center's groundwork (stages 1–2, and between proposals) ----

/**
 * The answered questions of this team that a draft names: the team's own, answered (what members told it, never
 * what they keep to themselves).
 */
function teamAnswers(ctx: Ctx, seller: string, ids: readonly string[]): string[] {
  for (const id of ids) {
    const q = ctx.state.questions.find((x) => x.id === id);
    if (!q || q.seller !== seller) reject('not-found', `your team asked no question "${id}" this round`);
    if (!q.answer) reject('invalid-value', `question "${id}" is not answered yet`);
  }
  return [...ids];
}

function groundwork(ctx: Ctx, answers: string[]) {
  const s = ctx.state;
  return {
    answers,
    visit: stepVisit(s),
    round: s.round,
    stage: s.stage ?? 'need-recognition',
    step: s.step,
    at: ctx.at,
    player: ctx.actor.kind === 'seat' ? (ctx.actor.player ?? null) : null,
  };
}

function prepOf(ctx: Ctx, seller: string) {
  const all = (ctx.state.prep ??= {});
  const mine = own(all, seller) ?? {};
  setOwn(all, seller, mine);
  return mine;
}

/**
 * The product manager drafts the offering from what members answered: the options and claims the team's next
 * proposal starts from (the proposal form and the bots start there; the debrief sets the draft beside the
 * proposal). Claims are checked as a proposal's are; a draft may be revised at any time it is allowed.
 */
function draftOffering(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'draft-offering' }>) {
  const id = sellerId(ctx, seat);
  if (own(ctx.state.sellers, id)?.disqualified) reject('not-your-turn', 'your team is out of this round');
  const offering = ctx.scenario.sellers.find((x) => x.id === id)?.offering;
  if (!offering) return reject('wrong-seat', 'unknown seller');
  const options = ownIds(
    a.options,
    offering.options.map((o) => o.id),
    'options',
  );
  const claims: Record<string, number> = {};
  for (const [dim, level] of Object.entries(a.claims)) setOwn(claims, dimension(ctx, dim), level);
  const price = a.price === undefined ? null : checkPrice(a.price, offering.listPrice);
  const answers = teamAnswers(ctx, id, a.answers);
  prepOf(ctx, id).offering = { ...groundwork(ctx, answers), options, claims, price };
  emit(ctx, 'offering-drafted', { to: 'seats', seats: [seat.id] }, `Seller ${id} drafted its offering`, {
    seller: id,
    options,
    claims,
    answers,
  });
}

/** Customer service prepares the evidence for what members answered: the next proposal comes with it. */
function prepareEvidence(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'prepare-evidence' }>) {
  const id = sellerId(ctx, seat);
  if (own(ctx.state.sellers, id)?.disqualified) reject('not-your-turn', 'your team is out of this round');
  const offering = ctx.scenario.sellers.find((x) => x.id === id)?.offering;
  const evidence = ownIds(
    a.evidence,
    (offering?.evidence ?? []).map((e) => e.id),
    'evidence',
  );
  const answers = teamAnswers(ctx, id, a.answers);
  prepOf(ctx, id).evidence = { ...groundwork(ctx, answers), evidence };
  emit(ctx, 'evidence-prepared', { to: 'seats', seats: [seat.id] }, `Seller ${id} prepared its evidence`, {
    seller: id,
    evidence,
    answers,
  });
}

function openProposalOf(ctx: Ctx, value: string): string {
  const seller = tableSeller(ctx, value);
  if (!hasOwnKey(ctx.state.proposals, seller)) reject('not-found', `seller ${seller} has no proposal`);
  if (!eligibleOf(ctx.state).includes(seller))
    reject('invalid-value', `seller ${seller} is out of the running`);
  return seller;
}

/** What the checks of verification.ts need of the scenario: its benefits and members. */
function areaFacts(ctx: Ctx) {
  return { dimensions: ctx.scenario.dimensions, members: ctx.scenario.buyingFirm.obc.members };
}

/**
 * A member checks one claim (verification.ts: who may use which method on which benefit, at what cost and with
 * what chance to expose a claim above the truth). During bidding the check is asked for and runs when the
 * proposals open; a pilot waits for the seller's customer service to run it (declined if it never does).
 */
function verifyClaim(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'verify-claim' }>) {
  const role = obcRole(seat);
  const s = ctx.state;
  const bidding = s.step === 'bidding';
  const seller = bidding ? tableSeller(ctx, a.seller) : openProposalOf(ctx, a.seller);
  if (bidding && own(s.sellers, seller)?.disqualified)
    reject('invalid-value', `seller ${seller} is out of the running`);
  const dim = dimension(ctx, a.dimension);
  const facts = areaFacts(ctx);
  const method = a.method ?? methodsFor(facts, role, dim).find((m) => !METHOD_RULES[m].sellerRuns);
  if (!method) return reject('wrong-seat', `references on ${dim} are for the member whose area it is`);
  const refusal = methodRefusal(facts, role, method, dim);
  if (refusal)
    reject(
      METHOD_RULES[method].tangibleOnly && refusal.includes('tangible') ? 'invalid-value' : 'wrong-seat',
      refusal,
    );
  const claimed = own(own(s.proposals, seller)?.claims, dim);
  if (!bidding && claimed === undefined) reject('invalid-value', `seller ${seller} states nothing on ${dim}`);
  const allowedChecks = PURCHASE_PROFILES[s.purchaseType].checks;
  const cost = METHOD_RULES[method].cost;
  if (checksUsed(s, role) + cost > allowedChecks)
    reject('limit-reached', `you have ${allowedChecks} check(s) this round (a ${method} takes ${cost})`);
  const same = (c: { by: string; seller: string; dimension: string }) =>
    c.by === role && c.seller === seller && c.dimension === dim;
  if (s.checks.some(same) || s.requests.some((r) => r.status === 'pending' && same(r)))
    reject('invalid-value', 'you have checked this claim');
  if (bidding || METHOD_RULES[method].sellerRuns) {
    const request = {
      id: newId(s, 'c'),
      by: role,
      seller,
      dimension: dim,
      method,
      at: ctx.at,
      status: 'pending' as const,
    };
    s.requests.push(request);
    emit(
      ctx,
      'check-requested',
      { to: 'seats', seats: [...obcSeats(ctx.scenario), sellerSeat(seller)] },
      `${role} asks seller ${seller} for a ${method} on ${dim}`,
      { id: request.id, by: role, seller, dimension: dim, method },
    );
    return;
  }
  runCheck(ctx, role, seller, dim, method, claimed ?? 0);
}

function scoreProposal(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'score-proposal' }>) {
  const role = obcRole(seat);
  const seller = openProposalOf(ctx, a.seller);
  const mine = (ctx.state.scores[role] ??= {});
  setOwn(mine, seller, a.score);
  emit(
    ctx,
    'proposal-scored',
    { to: 'seats', seats: [seat.id] },
    `${role} scored seller ${seller}: ${a.score}`,
    {
      role,
      seller,
      score: a.score,
    },
  );
}

function requestBafo(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'request-bafo' }>) {
  const role = obcRole(seat);
  if (!canNegotiate(member(ctx, role), ctx.scenario.buyingFirm.obc.members))
    reject('wrong-seat', 'procurement negotiates: it asks for the best and final offer');
  if (!ctx.scenario.stages.rfp.allowBafo)
    reject('invalid-value', 'this scenario has no best-and-final round');
  if (ctx.state.bafoUsed)
    reject('limit-reached', 'the buying center has already asked for a best and final offer');
  const sellers = a.sellers.map((x) => openProposalOf(ctx, x));
  // The requester may state the buying center's position; otherwise it is the members' own perception.
  const targets: Record<string, number> = a.targets ? {} : positionOf(ctx.scenario, ctx.state, sellers);
  for (const [seller, price] of Object.entries(a.targets ?? {})) {
    if (!sellers.includes(seller))
      reject('invalid-value', `seller ${seller} is not asked for a best and final offer`);
    if (price !== undefined) setOwn(targets, seller, price);
  }
  const s = ctx.state;
  s.bafo = { requestedBy: role, sellers, answered: [], targets };
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
  goTo(ctx, 'bafo');
}

function submitBafo(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'submit-bafo' }>) {
  const id = sellerId(ctx, seat);
  const bafo = ctx.state.bafo;
  if (!bafo || !bafo.sellers.includes(id))
    reject('not-your-turn', 'your team was not asked for a best and final offer');
  if (bafo.answered.includes(id)) reject('invalid-value', 'your best and final offer is in already');
  const proposal = own(ctx.state.proposals, id);
  if (!proposal) return reject('not-found', 'your team has no proposal');
  const offering = ctx.scenario.sellers.find((x) => x.id === id)?.offering;
  const p = checkPrice(a.price, offering?.listPrice ?? proposal.price);
  if (p > proposal.price)
    reject('invalid-value', `a best and final offer cannot raise the price above ${proposal.price}`);
  proposal.price = p;
  if (a.terms !== undefined) proposal.terms = { ...a.terms };
  proposal.bafo = true;
  proposal.revision += 1;
  proposal.at = ctx.at;
  bafo.answered.push(id);
  emit(
    ctx,
    'bafo-submitted',
    { to: 'seats', seats: [seat.id] },
    `Seller ${id} offers ${p} as best and final`,
    {
      price: p,
    },
  );
  emit(ctx, 'bafo-received', { to: 'table' }, `Seller ${id} handed in its best and final offer`, {
    seller: id,
  });
  if (bafo.sellers.every((x) => bafo.answered.includes(x))) advance(ctx);
}

function vote(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'vote' }>) {
  const role = obcRole(seat);
  const seller = openProposalOf(ctx, a.seller);
  ctx.state.votes[role] = seller;
  emit(ctx, 'vote-cast', { to: 'seats', seats: [seat.id] }, `${role} votes for seller ${seller}`, {
    role,
    seller,
  });
  emit(ctx, 'voted', { to: 'table' }, `${role} has voted`, { role });
  // The last vote this purchase waits for settles the evaluation: the decision rule picks, and the flow moves on.
  if (voters(ctx.scenario, ctx.state).every((m) => ctx.state.votes[m.role] !== undefined)) advance(ctx);
}

function signOff(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'sign-off' }>) {
  const role = obcRole(seat);
  if (!canSignOff(member(ctx, role)))
    reject('wrong-seat', 'only a member with sign-off or veto power signs off');
  const decision = ctx.state.decision;
  if (!decision || decision.signOff !== 'pending')
    return reject('not-your-turn', 'no contract awaits sign-off');
  if (decision.approvals[role] !== undefined) reject('invalid-value', 'you have already signed');
  decision.approvals[role] = a.approve;
  if (!a.approve) {
    rejectChoice(ctx, role, a.comment);
    goTo(ctx, ctx.state.decision ? 'contract' : 'evaluation');
    return;
  }
  emit(
    ctx,
    'signed',
    { to: 'table' },
    `${role} approves the contract with seller ${decision.winner ?? '?'}`,
    {
      role,
      seller: decision.winner,
      comment: a.comment,
    },
  );
  const signers = ctx.scenario.buyingFirm.obc.members.filter(canSignOff);
  if (signers.every((x) => decision.approvals[x.role] === true)) goTo(ctx, 'contract');
}

// ---- stage 4: post-purchase evaluation ----

function rateSupplier(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'rate-supplier' }>) {
  const role = obcRole(seat);
  if (!ctx.state.decision?.winner) reject('invalid-value', 'there is no supplier to rate this round');
  ctx.state.ratings[role] = { rating: a.rating, comment: a.comment };
  emit(ctx, 'supplier-rated', { to: 'obc' }, `${role} rates the supplier ${a.rating}/5`, {
    role,
    rating: a.rating,
    comment: a.comment,
  });
}

// ---- predict, then reveal: scored in the debrief, never read by the rules of the round ----

/** A seller team names the benefit it believes each member weighs most; the prediction replaces any earlier one. */
function predictPriorities(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'predict-priorities' }>) {
  const id = sellerId(ctx, seat);
  const named: Partial<Record<ObcRole, string>> = {};
  for (const [role, dim] of Object.entries(a.priorities)) {
    if (!isObcRole(role) || !memberOf(ctx.scenario, role))
      reject('invalid-value', `"${role}" is not a member of this buying center`);
    if (dim !== undefined) named[role] = dimension(ctx, dim);
  }
  setOwn(ctx.state.predictions.sellers, id, named);
  const members = ctx.scenario.buyingFirm.obc.members
    .map((m) => m.role)
    .filter((r) => named[r] !== undefined);
  emit(
    ctx,
    'priorities-predicted',
    { to: 'seats', seats: [seat.id] },
    `Seller ${id} predicts the top priority of ${members.length} member(s)`,
    { seller: id, members },
  );
}

/** A member predicts which offer the buying center will choose (and the price), while the choice is open. */
function predictWinner(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'predict-winner' }>) {
  const role = obcRole(seat);
  if (ctx.state.decision) reject('not-your-turn', 'the buying center has already chosen');
  const seller = openProposalOf(ctx, a.seller);
  const listPrice = ctx.scenario.sellers.find((x) => x.id === seller)?.offering.listPrice ?? 0;
  const price = a.price === undefined ? null : checkPrice(a.price, listPrice);
  ctx.state.predictions.members[role] = { seller, price };
  emit(
    ctx,
    'winner-predicted',
    { to: 'seats', seats: [seat.id] },
    `${role} predicts that the buying center chooses seller ${seller}`,
    { role, seller, price },
  );
}

// ---- everyone ----

function ready(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'ready' }>) {
  seat.ready = a.ready;
  emit(ctx, 'ready', { to: 'table' }, `${seat.id} is ${a.ready ? '' : 'not '}ready`, {
    seat: seat.id,
    ready: a.ready,
  });
  maybeAdvance(ctx);
}
