// The buying center's decision and what follows from it: the decision rule over the votes and the formal
// evaluation, a sign-off that turns the choice down, acceptance against the specification, delivery of the
// winner's true performance with the damages it owes, trust after the round, and what the next purchase
// becomes. These change the draft and emit events; moving the table to another step is flow.ts's job.
import { own, setOwn } from '../own.ts';
import type { ObcRole, PurchaseType, Scenario } from '../scenario/schema.ts';
import { current } from './draft.ts';
import {
  appraiseOffers,
  factsFromState,
  formalPriceSensitivity,
  formalValue,
  offerFacts,
  publishedCriteria,
} from './beliefs.ts';
import { emit, type Ctx } from './context.ts';
import { FORMALITY, MODEL, activeMembers, effectiveVoteWeights, isTangible } from './model.ts';
import { canSignOff, eligibleSellers } from './permissions.ts';
import { nextRandom } from './rng.ts';
import { damagesOf, deliveredLevels, gapsOf, type Levels } from './scoring.ts';
import type { Decision, TableState } from './types.ts';

/** Sellers whose proposal can still win this round. */
export function eligibleOf(s: TableState): string[] {
  return eligibleSellers(s, Object.keys(s.proposals));
}

/** The must-haves the published specification adopted. */
export function adoptedMustHaves(s: TableState): { dimension: string; minLevel: number }[] {
  return s.spec.items
    .filter((i) => i.status === 'adopted' && i.kind === 'must-have')
    .map((i) => ({ dimension: i.dimension, minLevel: i.value }));
}

/** Members whose approval a contract needs before it is awarded. */
export function approvers(scenario: Scenario) {
  return scenario.buyingFirm.obc.members.filter(canSignOff);
}

/** The members whose votes this purchase waits for. */
export function voters(scenario: Scenario, s: TableState) {
  const weights = effectiveVoteWeights(scenario, s.purchaseType);
  return activeMembers(scenario, s.purchaseType).filter((m) => (weights.get(m.role) ?? 0) > 0);
}

/**
 * The decision rule: each offer's share of the votes (by the members' effective weights) and, by the buying
 * center's formality, the formal evaluation against the published criteria (that share split among the offers
 * by a softmax of their formal values, formalShares). Ties go to the better sum of private scores, then to the
 * seeded coin.
 */
export function decide(ctx: Ctx) {
  const s = ctx.state;
  const scenario = ctx.scenario;
  const eligible = eligibleOf(s);
  const weights = effectiveVoteWeights(scenario, s.purchaseType);
  const tally: Record<string, number> = Object.fromEntries(eligible.map((id) => [id, 0]));
  for (const m of scenario.buyingFirm.obc.members) {
    const seller = s.votes[m.role];
    const sofar = own(tally, seller);
    if (seller && sofar !== undefined) setOwn(tally, seller, sofar + (weights.get(m.role) ?? 0));
  }
  // Read at full speed: the appraisal reads much and writes nothing (draft.ts).
  const facts = factsFromState(current(s), eligible);
  const criteria = publishedCriteria(scenario, s);
  const formal: Record<string, number> = {};
  for (const offer of facts.offers)
    setOwn(formal, offer.seller, Math.round(formalValue(scenario, facts, criteria, offer) * 100) / 100);
  const formality = FORMALITY[scenario.buyingFirm.obc.formality];
  const votesCast = Object.values(tally).reduce((a, b) => a + b, 0);
  const shares = formalShares(
    eligible.map((id) => own(formal, id) ?? 0),
    scenario.economics.valuePerPoint,
  );
  const score = (id: string) =>
    (votesCast > 0 ? (1 - formality) * ((own(tally, id) ?? 0) / votesCast) : 0) +
    formality * (shares[eligible.indexOf(id)] ?? 0);
  const top = Math.max(0, ...eligible.map(score));
  // The formal evaluation weighs in on a choice the members made; nobody voting is no choice at all.
  let leaders = votesCast > 0 ? eligible.filter((id) => score(id) === top && top > 0) : [];
  let reason: Decision['reason'] = 'vote';
  if (eligible.length === 0) reason = 'no-proposals';
  else if (votesCast === 0) reason = 'no-votes';
  if (leaders.length > 1) {
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
  s.decision = {
    winner,
    tally,
    formal,
    formality,
    reason,
    approvals: {},
    signOff: winner && approvers(scenario).length > 0 ? 'pending' : 'not-required',
  };
  emit(
    ctx,
    'decision',
    { to: 'table' },
    winner ? `The buying center chose seller ${winner}` : 'No supplier was chosen',
    { winner, reason },
  );
}

/**
 * How the formal evaluation splits its share of the decision: by a softmax over the offers' formal values with a
 * temperature of half a level point, so that offers the evaluation can hardly tell apart share it, and one a full
 * level point of value ahead takes most of it.
 */
export function formalShares(values: readonly number[], valuePerPoint: number): number[] {
  if (values.length === 0) return [];
  const t = Math.max(1e-9, 0.5 * valuePerPoint);
  const top = Math.max(...values);
  const e = values.map((v) => Math.exp((v - top) / t));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * The buying center's position for a best-and-final round, from each offer's value as the decision weighs it
 * (positionOf: the members' perception and the formal evaluation, by formality): the price each seller must
 * reach. The leader is squeezed less the wider its lead (a tenth when level, fading with every half level point
 * of value ahead); the others are asked to come level with the leader. The value of a clear value proposition
 * shows here as price: the better the buyer thinks an offer, the less it can squeeze.
 */
export function bafoTargets(
  ps: number,
  valuePerPoint: number,
  offers: readonly { seller: string; price: number }[],
  values: readonly { seller: string; value: number }[],
): Record<string, number> {
  const targets: Record<string, number> = {};
  if (ps <= 0) return targets;
  for (const o of offers) {
    const own = values.find((v) => v.seller === o.seller)?.value ?? -Infinity;
    const rivals = values.filter((v) => v.seller !== o.seller && Number.isFinite(v.value));
    if (!Number.isFinite(own) || rivals.length === 0) continue;
    // The leader is squeezed less the wider its lead: a tenth when the runner-up is level, fading by e for every
    // half level point of value it is ahead. The others are asked to come level with the leader, and a per cent.
    const best = Math.max(...rivals.map((r) => r.value));
    const squeeze = 0.1 * Math.exp(-Math.max(0, own - best) / (0.5 * valuePerPoint));
    const needed = own >= best ? -squeeze * o.price : (own - best) / ps - 0.01 * o.price;
    const target = Math.round(Math.min(o.price, o.price + needed) * 100) / 100;
    if (target > 0 && target < o.price) setOwn(targets, o.seller, target);
  }
  return targets;
}

/** The buying center's negotiating position, from the table's state (a requester may state its own instead). */
export function positionOf(
  scenario: Scenario,
  s: TableState,
  sellers: readonly string[],
): Record<string, number> {
  const facts = factsFromState(current(s), eligibleOf(s));
  const appraisals = appraiseOffers(scenario, facts);
  const weights = effectiveVoteWeights(scenario, s.purchaseType);
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const ps = scenario.buyingFirm.obc.members.reduce(
    (sum, m) => sum + ((weights.get(m.role) ?? 0) / total) * m.priorities.priceSensitivity,
    0,
  );
  // The position follows the decision rule (decide): by the buying center's formality, the formal evaluation's
  // value and weight on price count as they count in the choice. On members' perception alone, a leader the
  // evaluation ranks second was squeezed less and lost the formal part, and a pitch that widened its lead in the
  // members' eyes could lose it the contract (docs/rules.md, `gen-water-162`).
  const formality = FORMALITY[scenario.buyingFirm.obc.formality];
  const criteria = publishedCriteria(scenario, s);
  const values = appraisals.map((a) => {
    const offer = facts.offers.find((o) => o.seller === a.seller);
    const formal = offer ? formalValue(scenario, facts, criteria, offer) : a.value;
    return { seller: a.seller, value: (1 - formality) * a.value + formality * formal };
  });
  const sensitivity = (1 - formality) * ps + formality * formalPriceSensitivity(scenario, s.purchaseType);
  const offers = facts.offers.map((o) => ({ seller: o.seller, price: o.price }));
  const targets = bafoTargets(sensitivity, scenario.economics.valuePerPoint, offers, values);
  return Object.fromEntries(Object.entries(targets).filter(([id]) => sellers.includes(id)));
}

/** Settles the round without a supplier. */
export function noDecision(s: TableState, reason: Decision['reason'] = 'no-proposals') {
  s.decision = {
    winner: null,
    tally: s.decision?.tally ?? {},
    formal: s.decision?.formal ?? {},
    formality: s.decision?.formality ?? 0,
    reason,
    approvals: {},
    signOff: 'not-required',
  };
}

/** A sign-off or veto turned the chosen seller down: it is out, and the OBC votes again (flow.ts moves on). */
export function rejectChoice(ctx: Ctx, by: ObcRole, comment: string) {
  const s = ctx.state;
  const winner = s.decision?.winner ?? null;
  if (winner) s.rejected.push(winner);
  s.votes = {};
  s.decision = null;
  emit(ctx, 'contract-rejected', { to: 'table' }, `${by} turned down seller ${winner ?? '?'}`, {
    by,
    seller: winner,
    comment,
  });
  if (eligibleOf(s).length === 0) noDecision(s);
}

/**
 * Acceptance: the contract is signed against the specification as the buyer checks it, and against the
 * proposal's tangible claims, which acceptance can test (a measurable level is measured: the notes' tangible
 * benefits are the ones a buyer can verify). A published must-have the winner's offer does not deliver, or a
 * tangible benefit it delivers below the level it stated, is a breach: the contract is void, the seller pays the
 * breach penalty, and the buyer has no supplier this round (the purchase is tendered again). An intangible claim
 * cannot be tested before delivery; what it misses is owed as damages then (`deliver`).
 */
export function acceptance(ctx: Ctx) {
  const s = ctx.state;
  const winner = s.decision?.winner;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  if (!winner || !proposal) return;
  const delivered = deliveredLevels(ctx.scenario, winner, proposal.options);
  const failed = acceptanceFailures(ctx.scenario, adoptedMustHaves(s), proposal.claims, delivered);
  if (failed.length === 0) return;
  const penalty =
    Math.round(MODEL.breachPenalty * proposal.price * ctx.scenario.economics.quantity * 100) / 100;
  emit(
    ctx,
    'acceptance-failed',
    { to: 'table' },
    `Seller ${winner}'s offer fails the specification at acceptance: the contract is void`,
    { seller: winner, dimensions: failed, penalty },
  );
  const status = own(s.sellers, winner);
  if (status)
    status.disqualified = {
      by: 'rfp',
      breach: true,
      reason: `fails ${failed.join(', ')} at acceptance`,
    };
  noDecision(s, 'acceptance-failed');
}

/**
 * The benefits on which an offer fails acceptance: the published must-haves it does not deliver, first (in the
 * specification's order), then the tangible benefits it delivers below what it stated.
 */
export function acceptanceFailures(
  scenario: Scenario,
  mustHaves: readonly { dimension: string; minLevel: number }[],
  claims: Readonly<Levels>,
  delivered: Readonly<Levels>,
): string[] {
  const out: string[] = [];
  for (const mh of mustHaves)
    if ((own(delivered, mh.dimension) ?? 0) < mh.minLevel && !out.includes(mh.dimension))
      out.push(mh.dimension);
  for (const d of scenario.dimensions) {
    const claim = own(claims, d.id);
    if (claim === undefined || !isTangible(d.category) || out.includes(d.id)) continue;
    if ((own(delivered, d.id) ?? 0) < claim) out.push(d.id);
  }
  return out;
}

/** The contract goes to the decision's winner (or to nobody). */
export function awardContract(ctx: Ctx) {
  const s = ctx.state;
  acceptance(ctx);
  const winner = s.decision?.winner ?? null;
  if (s.decision && s.decision.signOff === 'pending') s.decision.signOff = 'approved';
  const price = winner ? (own(s.proposals, winner)?.price ?? null) : null;
  emit(
    ctx,
    'contract-awarded',
    { to: 'table' },
    winner ? `Contract awarded to seller ${winner} at ${price}` : 'No contract',
    { winner, price },
  );
}

/**
 * What a seller promised: its claims and, where it claims nothing, the buyer's record of it (what it delivered
 * the last time it won) — the buying center believes the record (beliefs.ts), so delivering less than the
 * record is a broken promise like any other.
 */
export function promisedOf(
  s: Pick<TableState, 'records'>,
  proposal: { seller: string; claims: Readonly<Levels> },
): Levels {
  const out: Levels = {};
  for (const [d, v] of Object.entries(own(s.records, proposal.seller) ?? {})) setOwn(out, d, v);
  for (const [d, v] of Object.entries(proposal.claims)) setOwn(out, d, v);
  return out;
}

/** Delivery: the winner's true performance, the promises it did not keep, and the damages it owes for them. */
export function deliver(ctx: Ctx) {
  const s = ctx.state;
  const winner = s.decision?.winner ?? null;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  s.delivered = proposal ? deliveredLevels(ctx.scenario, proposal.seller, proposal.options) : null;
  if (!proposal || !s.delivered) return;
  const promised = promisedOf(s, proposal);
  const gaps = gapsOf(promised, s.delivered);
  const damages = damagesOf(ctx.scenario, { ...proposal, claims: promised }, s.delivered);
  emit(
    ctx,
    'performance-delivered',
    { to: 'table' },
    `Seller ${proposal.seller} delivered; ${Object.keys(gaps).length} promise(s) not kept`,
    { seller: proposal.seller, delivered: s.delivered, gaps, damages },
  );
}

/** The damages the round's winner owes, as delivery found them. */
export function damagesNow(ctx: Ctx): number {
  const s = ctx.state;
  const winner = s.decision?.winner;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  return proposal && s.delivered
    ? damagesOf(ctx.scenario, { ...proposal, claims: promisedOf(s, proposal) }, s.delivered)
    : 0;
}

/** The change of trust a round's delivery and ratings cause; pure so the debrief can show it. */
export function trustAfterRound(s: TableState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const seller of Object.values(s.sellers)) setOwn(out, seller.id, seller.trust);
  const clamp = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
  // A seller caught in a false claim, or whose offer failed acceptance, loses trust whether or not it won.
  for (const seller of Object.values(s.sellers)) {
    const caughtOut = s.checks.some((c) => c.seller === seller.id && !c.confirmed);
    const breached = seller.disqualified?.breach === true;
    if (caughtOut || breached)
      setOwn(
        out,
        seller.id,
        clamp((own(out, seller.id) ?? 0.5) - MODEL.trustPerBrokenClaim * (breached ? 3 : 1)),
      );
  }
  const winner = s.decision?.winner;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  if (!winner || !proposal || !s.delivered) return out;
  const ratings = Object.values(s.ratings).map((r) => r?.rating ?? 3);
  const mean = ratings.length > 0 ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 3;
  const broken = Object.values(gapsOf(promisedOf(s, proposal), s.delivered)).filter((g) => g >= 1).length;
  // Customer service's remedy makes good on part of what the broken promises cost in trust.
  const remedied = s.service?.remedy === true ? MODEL.remedyTrustBack : 0;
  const delta =
    MODEL.trustPerRatingPoint * (mean - 3) -
    MODEL.trustPerBrokenClaim * broken * (1 - remedied) +
    (broken === 0 ? MODEL.trustForKeptPromises : 0);
  setOwn(out, winner, clamp((own(out, winner) ?? 0.5) + delta));
  return out;
}

/**
 * What the next purchase becomes after this one's post-purchase evaluation (notes 2.3): a supplier that kept
 * its promises and satisfied the buyer is re-bought straight; a small shortfall modifies the rebuy; a breach,
 * several broken promises, dissatisfaction or no contract at all make it a new task.
 */
export function nextPurchaseType(s: TableState): PurchaseType {
  const winner = s.decision?.winner;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  if (!winner || !proposal || !s.delivered) return 'new-task';
  const gaps = Object.values(gapsOf(promisedOf(s, proposal), s.delivered));
  const ratings = Object.values(s.ratings).map((r) => r?.rating ?? 3);
  const mean = ratings.length > 0 ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 3;
  const shortfall = gaps.reduce((a, b) => a + b, 0);
  if (shortfall === 0 && mean >= 3) return 'straight-rebuy';
  if (shortfall <= 1 && mean >= 2.5) return 'modified-rebuy';
  return 'new-task';
}

export { offerFacts };
