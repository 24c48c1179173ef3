// One handler per player intent. Each checks the stage, the seat and every value before it changes the draft,
// so a rejection never leaves half an action behind (and apply() drops the draft anyway).
import type { ObcRole } from '../scenario/schema.ts';
import { MAX_LEVEL, MIN_LEVEL } from '../scenario/schema.ts';
import {
  LIMITS,
  adoptedMustHaves,
  awardContract,
  closeBafo,
  decide,
  eligibleSellers,
  emit,
  isObcRole,
  maybeAdvance,
  memberOf,
  newId,
  reject,
  rejectChoice,
  sellerOfSeat,
  sellerSeat,
  startBafo,
  type Ctx,
} from './engine.ts';
import { hasOwnKey, own, setOwn } from '../own.ts';
import { claimedLevels } from './scoring.ts';
import { currentRule } from './stages.ts';
import type {
  Audience,
  PlayerAction,
  ProposalInput,
  ProposalTerms,
  Seat,
  SeatId,
  SpecItem,
} from './types.ts';

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
  'submit-bafo': submitBafo,
  vote,
  'sign-off': signOff,
  'rate-supplier': rateSupplier,
  ready,
};

export function handlePlayerAction(ctx: Ctx, seat: Seat, action: PlayerAction) {
  const type = action?.type;
  if (typeof type !== 'string' || !Object.hasOwn(HANDLERS, type)) {
    reject('invalid-value', `unknown action "${String(type)}"`);
  }
  const s = ctx.state;
  if (type === 'chat') {
    if (s.phase === 'lobby') reject('wrong-stage', 'the table opens its channels when the round starts');
  } else {
    const rule = currentRule(s);
    if (!rule) reject('wrong-stage', s.phase === 'lobby' ? 'the round has not started' : 'the round is over');
    if (s.paused) reject('paused', 'the game is paused');
    if (!rule.allowed.includes(type))
      reject('wrong-stage', `"${type}" is not possible during ${stageName(ctx)}`);
  }
  (HANDLERS[type] as Handler<typeof type>)(ctx, seat, action);
}

function stageName(ctx: Ctx): string {
  const s = ctx.state;
  return s.step ? `${s.stage} (${s.step})` : (s.stage ?? s.phase);
}

// ---- checks ----

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

function text(value: unknown, max: number, what: string): string {
  if (typeof value !== 'string') reject('invalid-value', `${what} must be text`);
  const t = value.trim();
  if (t.length === 0) reject('invalid-value', `${what} is empty`);
  if (t.length > max) reject('invalid-value', `${what} is longer than ${max} characters`);
  return t;
}

function dimension(ctx: Ctx, value: unknown, what = 'dimension'): string {
  if (typeof value !== 'string' || !ctx.scenario.dimensions.some((d) => d.id === value)) {
    reject('invalid-value', `${what} "${String(value)}" is not a benefit of this scenario`);
  }
  return value;
}

function dimensionList(ctx: Ctx, value: unknown, min: number, max: number, what: string): string[] {
  if (!Array.isArray(value)) reject('invalid-value', `${what} must be a list`);
  if (value.length < min || value.length > max)
    reject('invalid-value', `${what} takes ${min} to ${max} benefits`);
  const dims = value.map((d) => dimension(ctx, d));
  if (new Set(dims).size !== dims.length) reject('invalid-value', `${what} names a benefit twice`);
  return dims;
}

function int(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    reject('invalid-value', `${what} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function tableSeller(ctx: Ctx, value: unknown): string {
  if (typeof value !== 'string' || !hasOwnKey(ctx.state.sellers, value))
    reject('invalid-value', `there is no seller "${String(value)}" at this table`);
  return value;
}

function member(ctx: Ctx, role: ObcRole) {
  const m = memberOf(ctx.scenario, role);
  if (!m) reject('wrong-seat', `${role} is not part of this buying center`);
  return m;
}

// ---- talk ----

function chat(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'chat' }>) {
  const body = text(a.text, LIMITS.chat, 'a message');
  if (a.channel === 'obc') {
    obcRole(seat);
    push(ctx, seat.id, 'obc', null, body);
    return;
  }
  if (a.channel !== 'buyer-seller') reject('invalid-value', 'channel must be "obc" or "buyer-seller"');
  let thread: string;
  if (seat.kind === 'seller') {
    thread = sellerId(ctx, seat);
    if (a.seller !== undefined && a.seller !== thread)
      reject('wrong-seat', 'a seller writes only in its own thread');
  } else {
    thread = tableSeller(ctx, a.seller);
  }
  push(ctx, seat.id, 'buyer-seller', thread, body);
}

function push(ctx: Ctx, from: SeatId, channel: 'obc' | 'buyer-seller', seller: string | null, body: string) {
  const s = ctx.state;
  const message = { id: newId(s, 'm'), channel, seller, from, text: body, at: ctx.at, stage: s.stage };
  s.messages.push(message);
  const audience: Audience =
    channel === 'obc' ? { to: 'obc' } : { to: 'seats', seats: [...obcSeats(ctx), sellerSeat(seller ?? '')] };
  emit(ctx, 'message', audience, `${from} → ${channel === 'obc' ? 'OBC' : `thread ${seller}`}: ${body}`, {
    message,
  });
}

function obcSeats(ctx: Ctx): SeatId[] {
  return ctx.scenario.buyingFirm.obc.members.map((m) => m.role);
}

// ---- stage 1: need recognition ----

function askQuestion(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'ask-question' }>) {
  const seller = sellerId(ctx, seat);
  const status = own(ctx.state.sellers, seller);
  if (!status) return reject('wrong-seat', 'unknown seller');
  if (status.disqualified) reject('not-your-turn', 'your team is out of this round');
  if (!isObcRole(a.to) || !memberOf(ctx.scenario, a.to))
    reject('invalid-value', `ask a member of the buying center, not "${String(a.to)}"`);
  const body = text(a.text, LIMITS.question, 'a question');
  const topic = a.topic === undefined || a.topic === null ? null : dimension(ctx, a.topic, 'the topic');
  const max = ctx.scenario.stages['need-recognition'].maxQuestionsPerSeller;
  if (status.questionsAsked >= max)
    reject('limit-reached', `your team has asked its ${max} questions this round`);
  status.questionsAsked += 1;
  const question = {
    id: newId(ctx.state, 'q'),
    seller,
    to: a.to,
    text: body,
    topic,
    at: ctx.at,
    stage: ctx.state.stage ?? 'need-recognition',
    answer: null,
  };
  ctx.state.questions.push(question);
  emit(
    ctx,
    'question',
    { to: 'seats', seats: [...obcSeats(ctx), seat.id] },
    `Seller ${seller} asks ${a.to}: ${body}`,
    {
      question,
    },
  );
}

function answerQuestion(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'answer-question' }>) {
  const role = obcRole(seat);
  const q = ctx.state.questions.find((x) => x.id === a.questionId);
  if (!q) return reject('not-found', 'there is no such question');
  if (q.to !== role) reject('wrong-seat', `this question was asked of ${q.to}`);
  if (q.answer) reject('invalid-value', 'this question is already answered');
  const body = text(a.text, LIMITS.answer, 'an answer');
  if (!Array.isArray(a.concerns)) reject('invalid-value', 'concerns must be a list');
  const own = member(ctx, role).priorities.petConcerns.map((p) => p.id);
  if (a.concerns.some((c) => typeof c !== 'string' || !own.includes(c))) {
    reject('invalid-value', 'you can only share your own concern cards');
  }
  if (new Set(a.concerns).size !== a.concerns.length)
    reject('invalid-value', 'a concern card is shared once');
  q.answer = { text: body, concerns: [...a.concerns], at: ctx.at };
  emit(
    ctx,
    'answer',
    { to: 'seats', seats: [...obcSeats(ctx), sellerSeat(q.seller)] },
    `${role} answers seller ${q.seller}: ${body}`,
    {
      questionId: q.id,
      seller: q.seller,
      role,
      answer: q.answer,
    },
  );
}

function markBenefits(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'mark-benefits' }>) {
  const role = obcRole(seat);
  const dims = dimensionList(ctx, a.dimensions, 1, LIMITS.benefitsMarked, 'benefits sought');
  ctx.state.benefitsSought[role] = dims;
  emit(ctx, 'benefits-marked', { to: 'obc' }, `${role} seeks ${dims.join(', ')}`, { role, dimensions: dims });
}

// ---- stage 2: specifications and sources ----

function proposeSpecItem(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'propose-spec-item' }>) {
  const role = obcRole(seat);
  const dim = dimension(ctx, a.dimension);
  if (a.kind !== 'must-have' && a.kind !== 'weight')
    reject('invalid-value', 'a spec item is a "must-have" or a "weight"');
  const value =
    a.kind === 'must-have'
      ? int(a.value, MIN_LEVEL, MAX_LEVEL, 'a must-have level')
      : int(a.value, 0, 100, 'a weight');
  const mine = ctx.state.spec.items.filter((i) => i.by === role).length;
  if (mine >= LIMITS.specItemsPerMember)
    reject('limit-reached', `you have proposed ${LIMITS.specItemsPerMember} items`);
  const item: SpecItem = {
    id: newId(ctx.state, 's'),
    by: role,
    dimension: dim,
    kind: a.kind,
    value,
    votes: { [role]: true },
    status: 'open',
  };
  ctx.state.spec.items.push(item);
  emit(ctx, 'spec-proposed', { to: 'obc' }, `${role} proposes ${a.kind} ${dim} = ${value}`, {
    item: { ...item },
  });
  settle(ctx, item);
}

function voteSpecItem(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'vote-spec-item' }>) {
  const role = obcRole(seat);
  const item = ctx.state.spec.items.find((i) => i.id === a.itemId);
  if (!item) return reject('not-found', 'there is no such spec item');
  if (item.status !== 'open') reject('invalid-value', `this item is already ${item.status}`);
  if (typeof a.support !== 'boolean') reject('invalid-value', 'support must be true or false');
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
  const rule = ctx.scenario.buyingFirm.obc.decisionRule;
  const members = ctx.scenario.buyingFirm.obc.members;
  const weight = (role: ObcRole) =>
    rule.kind === 'influence-weighted-vote'
      ? (members.find((m) => m.role === role)?.influence ?? 0)
      : rule.kind === 'majority-vote'
        ? 1
        : role === rule.decider
          ? 1
          : 0;
  const total = members.reduce((sum, m) => sum + weight(m.role), 0);
  let yes = 0;
  let no = 0;
  for (const [role, v] of Object.entries(item.votes)) {
    if (v === true) yes += weight(role as ObcRole);
    if (v === false) no += weight(role as ObcRole);
  }
  if (yes * 2 > total) {
    item.status = 'adopted';
    for (const other of ctx.state.spec.items) {
      if (
        other !== item &&
        other.status === 'adopted' &&
        other.dimension === item.dimension &&
        other.kind === item.kind
      ) {
        other.status = 'superseded';
      }
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
  const m = member(ctx, role);
  if (role !== 'procurement' && !m.signOff && !m.veto) {
    reject('wrong-seat', 'only procurement or a member with sign-off or veto power disqualifies a supplier');
  }
  const seller = tableSeller(ctx, a.seller);
  const status = own(ctx.state.sellers, seller);
  if (!status) return reject('not-found', 'unknown seller');
  if (status.disqualified) reject('invalid-value', `seller ${seller} is already disqualified`);
  const reason = text(a.reason, LIMITS.reason, 'a reason');
  status.disqualified = { by: role, reason };
  emit(ctx, 'supplier-disqualified', { to: 'table' }, `${role} disqualified seller ${seller}: ${reason}`, {
    seller,
    by: role,
    reason,
  });
  if (ctx.state.step === 'evaluation') {
    delete ctx.state.votes[role];
    for (const [voter, choice] of Object.entries(ctx.state.votes))
      if (choice === seller) delete ctx.state.votes[voter as ObcRole];
  }
}

// ---- stage 3: RFP to contract ----

function terms(value: unknown): ProposalTerms {
  if (!value || typeof value !== 'object') reject('invalid-value', 'terms must be given');
  const t = value as Record<string, unknown>;
  return {
    paymentDays: int(t.paymentDays, 0, 180, 'payment days'),
    warrantyMonths: int(t.warrantyMonths, 0, 120, 'warranty months'),
    deliveryWeeks: int(t.deliveryWeeks, 1, 104, 'delivery weeks'),
  };
}

/** Prices are in cents: rounded first, then checked, so 0.001 is a price of 0 and refused. */
function price(value: unknown, listPrice: number): number {
  const cents = typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) / 100 : NaN;
  if (!(cents > 0) || cents > listPrice * 10) {
    reject('invalid-value', `a price must be a positive number no higher than ${listPrice * 10}`);
  }
  return cents;
}

function idList(value: unknown, known: string[], what: string): string[] {
  if (!Array.isArray(value)) reject('invalid-value', `${what} must be a list`);
  if (value.some((v) => typeof v !== 'string' || !known.includes(v)))
    reject('invalid-value', `${what} names something your offering does not have`);
  if (new Set(value).size !== value.length) reject('invalid-value', `${what} names an item twice`);
  return [...(value as string[])];
}

function submitProposal(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'submit-proposal' }>) {
  const id = sellerId(ctx, seat);
  const status = own(ctx.state.sellers, id);
  if (status?.disqualified)
    reject('not-your-turn', `your team is disqualified: ${status.disqualified.reason}`);
  const offering = ctx.scenario.sellers.find((x) => x.id === id)?.offering;
  if (!offering) return reject('wrong-seat', 'unknown seller');
  const input: ProposalInput = {
    price: price(a.price, offering.listPrice),
    options: idList(
      a.options,
      offering.options.map((o) => o.id),
      'options',
    ),
    evidence: idList(
      a.evidence,
      offering.evidence.map((e) => e.id),
      'evidence',
    ),
    terms: terms(a.terms),
    claims: claims(ctx, a.claims),
    leadWith: dimensionList(ctx, a.leadWith, 1, ctx.scenario.dimensions.length, 'the benefits you lead with'),
    messages: messages(ctx, a.messages),
  };
  const claimed = claimedLevels(ctx.scenario, { ...input, sellerId: id, messageDimensions: {} });
  const missed = adoptedMustHaves(ctx.state).find((mh) => (own(claimed, mh.dimension) ?? 0) < mh.minLevel);
  if (missed) {
    reject(
      'invalid-value',
      `the specification requires ${missed.dimension} ≥ ${missed.minLevel}: add an option that lifts it`,
    );
  }
  const previous = own(ctx.state.proposals, id);
  const proposal = {
    ...input,
    seller: id,
    revision: (previous?.revision ?? 0) + 1,
    at: ctx.at,
    bafo: false,
    stated: claimed,
  };
  setOwn(ctx.state.proposals, id, proposal);
  const revision = proposal.revision;
  emit(
    ctx,
    'proposal-submitted',
    { to: 'seats', seats: [seat.id] },
    `Seller ${id} submitted proposal revision ${revision}`,
    {
      proposal,
    },
  );
  emit(ctx, 'proposal-received', { to: 'table' }, `Seller ${id} handed in a proposal`, {
    seller: id,
    revision,
  });
}

function claims(ctx: Ctx, value: unknown) {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value))
    reject('invalid-value', 'claims must map benefits to levels');
  const out: Record<string, number> = {};
  for (const [dim, level] of Object.entries(value))
    setOwn(out, dimension(ctx, dim), int(level, MIN_LEVEL, MAX_LEVEL, `the claimed level of ${dim}`));
  return out;
}

function messages(ctx: Ctx, value: unknown): ProposalInput['messages'] {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value))
    reject('invalid-value', 'messages must map members to a message');
  const out: ProposalInput['messages'] = {};
  for (const [role, msg] of Object.entries(value)) {
    if (!isObcRole(role) || !memberOf(ctx.scenario, role))
      reject('invalid-value', `"${role}" is not a member of this buying center`);
    if (!msg || typeof msg !== 'object')
      reject('invalid-value', `the message to ${role} must have a text and benefits`);
    const m = msg as Record<string, unknown>;
    out[role] = {
      text: text(m.text, LIMITS.chat, `the message to ${role}`),
      dimensions: dimensionList(
        ctx,
        m.dimensions ?? [],
        0,
        LIMITS.messageDimensions,
        `the benefits stressed to ${role}`,
      ),
    };
  }
  return out;
}

function openProposalOf(ctx: Ctx, value: unknown): string {
  const seller = tableSeller(ctx, value);
  if (!hasOwnKey(ctx.state.proposals, seller)) reject('not-found', `seller ${seller} has no proposal`);
  if (!eligibleSellers(ctx.state).includes(seller))
    reject('invalid-value', `seller ${seller} is out of the running`);
  return seller;
}

function scoreProposal(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'score-proposal' }>) {
  const role = obcRole(seat);
  const seller = openProposalOf(ctx, a.seller);
  const score = int(a.score, 0, 10, 'a score');
  const mine = (ctx.state.scores[role] ??= {});
  setOwn(mine, seller, score);
  emit(
    ctx,
    'proposal-scored',
    { to: 'seats', seats: [seat.id] },
    `${role} scored seller ${seller}: ${score}`,
    { role, seller, score },
  );
}

function requestBafo(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'request-bafo' }>) {
  const role = obcRole(seat);
  if (!ctx.scenario.stages.rfp.allowBafo)
    reject('invalid-value', 'this scenario has no best-and-final round');
  if (ctx.state.bafoUsed)
    reject('limit-reached', 'the buying center has already asked for a best and final offer');
  if (!Array.isArray(a.sellers) || a.sellers.length === 0) reject('invalid-value', 'name the sellers to ask');
  const sellers = [...new Set(a.sellers.map((x) => openProposalOf(ctx, x)))];
  startBafo(ctx, role, sellers);
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
  const p = price(a.price, offering?.listPrice ?? proposal.price);
  if (p > proposal.price)
    reject('invalid-value', `a best and final offer cannot raise the price above ${proposal.price}`);
  proposal.price = p;
  if (a.terms !== undefined) proposal.terms = terms(a.terms);
  proposal.bafo = true;
  proposal.revision += 1;
  proposal.at = ctx.at;
  bafo.answered.push(id);
  emit(
    ctx,
    'bafo-submitted',
    { to: 'seats', seats: [seat.id] },
    `Seller ${id} offers ${p} as best and final`,
    { price: p },
  );
  emit(ctx, 'bafo-received', { to: 'table' }, `Seller ${id} handed in its best and final offer`, {
    seller: id,
  });
  if (bafo.sellers.every((x) => bafo.answered.includes(x))) closeBafo(ctx);
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
  const members = ctx.scenario.buyingFirm.obc.members;
  if (members.every((m) => ctx.state.votes[m.role] !== undefined)) decide(ctx);
}

function signOff(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'sign-off' }>) {
  const role = obcRole(seat);
  const m = member(ctx, role);
  if (!m.signOff && !m.veto) reject('wrong-seat', 'only a member with sign-off or veto power signs off');
  const decision = ctx.state.decision;
  if (!decision || decision.signOff !== 'pending')
    return reject('not-your-turn', 'no contract awaits sign-off');
  if (decision.approvals[role] !== undefined) reject('invalid-value', 'you have already signed');
  if (typeof a.approve !== 'boolean') reject('invalid-value', 'approve must be true or false');
  const comment =
    a.comment === undefined || a.comment === '' ? '' : text(a.comment, LIMITS.comment, 'a comment');
  decision.approvals[role] = a.approve;
  if (!a.approve) {
    rejectChoice(ctx, role, comment);
    return;
  }
  emit(
    ctx,
    'signed',
    { to: 'table' },
    `${role} approves the contract with seller ${decision.winner ?? '?'}`,
    { role, seller: decision.winner, comment },
  );
  const approvers = ctx.scenario.buyingFirm.obc.members.filter((x) => x.signOff || x.veto);
  if (approvers.every((x) => decision.approvals[x.role] === true)) awardContract(ctx);
}

// ---- stage 4: post-purchase evaluation ----

function rateSupplier(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'rate-supplier' }>) {
  const role = obcRole(seat);
  if (!ctx.state.decision?.winner) reject('invalid-value', 'there is no supplier to rate this round');
  const rating = int(a.rating, 1, 5, 'a rating');
  const comment =
    a.comment === undefined || a.comment === '' ? '' : text(a.comment, LIMITS.comment, 'a comment');
  ctx.state.ratings[role] = { rating, comment };
  emit(ctx, 'supplier-rated', { to: 'obc' }, `${role} rates the supplier ${rating}/5`, {
    role,
    rating,
    comment,
  });
}

// ---- everyone ----

function ready(ctx: Ctx, seat: Seat, a: Extract<PlayerAction, { type: 'ready' }>) {
  if (typeof a.ready !== 'boolean') reject('invalid-value', 'ready must be true or false');
  seat.ready = a.ready;
  emit(ctx, 'ready', { to: 'table' }, `${seat.id} is ${a.ready ? '' : 'not '}ready`, {
    seat: seat.id,
    ready: a.ready,
  });
  maybeAdvance(ctx);
}
