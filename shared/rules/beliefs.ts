// What each member believes an offer delivers, and what the offer is worth to them: the persuasion model. A
// member starts from a prior on every benefit (the market norm, or a past supplier's delivered record) and
// moves toward a seller's claim only as far as attention and credibility allow:
//
//   belief_d     = prior_d + attention_d × credibility_d × (claim_d − prior_d)       (a claim below the prior
//                  is believed as it stands; a benefit not claimed stays at the prior)
//   attention_d  = min(1, capacity / |message|) on the benefits of the seller's message to this member (capacity
//                  1.5, 2 for a seller who asked this member a question); min(0.5, 1 / |lead|) on the headline
//                  the proposal leads with for everyone; the purchase type's reading attention on the rest
//   credibility  = trust × (1 − risk/2) (× the outsider factor in a rebuy), raised by evidence whose kind fits
//                  the benefit's category, lowered for each stressed benefit where a rival states as much or
//                  more (a point of contention), 1 on a claim a member's check confirmed, and cut to a
//                  quarter for every claim of a seller once a check caught one of its claims false
//   value        = valuePerPoint × (Σ_d weight_d/100 × belief_d + terms + incumbent comfort)
//                  − priceSensitivity × price, with the member's must-haves as gates on the beliefs
//
// The same functions serve the member bots (from a member's own view), the engine's decision (the formal
// evaluation), and the debrief (from the whole state); they read only what a member could know.
import { own, setOwn } from '../own.ts';
import type { Member, PurchaseType, Scenario } from '../scenario/schema.ts';
import {
  MODEL,
  PURCHASE_PROFILES,
  activeMembers,
  effectiveVoteWeights,
  evidenceFits,
  isTangible,
  riskOf,
} from './model.ts';
import type { Levels } from './scoring.ts';
import { CHECK_METHODS, METHOD_RULES, type CheckMethod } from './verification.ts';

/** An offer as the buying center reads it: what it states, nothing of what it will deliver. */
export interface OfferFacts {
  seller: string;
  price: number;
  /** The levels the proposal states; a benefit left out is not claimed. */
  claims: Readonly<Levels>;
  evidence: readonly string[];
  leadWith: readonly string[];
  messages: Readonly<Partial<Record<string, { dimensions: readonly string[] } | undefined>>>;
  terms?: Readonly<Terms> | undefined;
}

export interface Terms {
  paymentDays: number;
  warrantyMonths: number;
  deliveryWeeks: number;
}

/** What the buying center knows when it weighs the offers: a table state and a member's view both give it. */
export interface AppraisalFacts {
  purchaseType: PurchaseType;
  incumbent: string | null;
  trust: Readonly<Record<string, number>>;
  offers: readonly OfferFacts[];
  /** Which member each seller asked a question of (and was answered). */
  asked: readonly { seller: string; to: string }[];
  /** The buying center's checks of claims, shared among its members (who checked, where known). */
  checks: readonly { seller: string; dimension: string; confirmed: boolean; by?: string; method?: string }[];
  /** A past supplier's delivered levels, which replace the market norm as the prior for that supplier. */
  records: Readonly<Record<string, Levels>>;
}

/** Standard terms: what a member assumes when an offer says nothing better. */
export const TERMS_NORM: Terms = { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 8 };

/** Level points a member of each role gets from terms better than the norm (procurement: paying later …). */
export function termsPoints(role: string, terms: Readonly<Terms> | undefined): number {
  if (!terms) return 0;
  switch (role) {
    case 'procurement':
      return (0.15 * (terms.paymentDays - TERMS_NORM.paymentDays)) / 30;
    case 'engineering':
      return (0.1 * (terms.warrantyMonths - TERMS_NORM.warrantyMonths)) / 12;
    case 'production':
      return 0.05 * (TERMS_NORM.deliveryWeeks - terms.deliveryWeeks);
    default:
      return 0;
  }
}

/** What the terms cost the seller per unit: paying later is credit, a longer warranty and faster delivery work. */
export function termsCostPerUnit(terms: Readonly<Terms>, price: number, unitCost: number): number {
  const credit = (price * 0.08 * Math.max(0, terms.paymentDays - TERMS_NORM.paymentDays)) / 365;
  const warranty = (unitCost * 0.01 * Math.max(0, terms.warrantyMonths - TERMS_NORM.warrantyMonths)) / 12;
  const speed = unitCost * 0.005 * Math.max(0, TERMS_NORM.deliveryWeeks - terms.deliveryWeeks);
  return credit + warranty + speed;
}

/** The benefits a seller stressed to one member: its lead and its message to them. */
export function stressedTo(offer: OfferFacts, role: string): string[] {
  return [...new Set([...offer.leadWith, ...(own(offer.messages, role)?.dimensions ?? [])])];
}

/** What a member believes of a seller on a benefit it does not claim: its record, else the market norm. */
export function priorOf(facts: Pick<AppraisalFacts, 'records'>, seller: string, dimension: string): number {
  const mine = own(own(facts.records, seller), dimension);
  if (mine !== undefined) return mine;
  // A supplier the buyer has not bought from, beside one it has: on what it does not claim it is assumed no
  // better than the supplier the buyer knows (the out-supplier must give a reason to switch, notes 2.3).
  let known: number = MODEL.norm;
  for (const [id, record] of Object.entries(facts.records))
    if (id !== seller) known = Math.min(known, own(record, dimension) ?? MODEL.norm);
  return known;
}

/**
 * The level an offer states on a benefit as the buying center weighs points of contention: its claim, as long as
 * the buying center has not caught that seller out, else its prior.
 */
export function statedLevel(facts: AppraisalFacts, offer: OfferFacts, dimension: string): number {
  return (
    (caught(facts, offer.seller) ? undefined : own(offer.claims, dimension)) ??
    priorOf(facts, offer.seller, dimension)
  );
}

/** Stressed benefits where a rival states as much or more: the points of contention this pitch creates. */
export function contentions(facts: AppraisalFacts, offer: OfferFacts, role: string): string[] {
  const rivals = facts.offers.filter((o) => o.seller !== offer.seller);
  if (rivals.length === 0) return [];
  const stated = (o: OfferFacts, d: string) => statedLevel(facts, o, d);
  return stressedTo(offer, role).filter((d) => rivals.some((r) => stated(r, d) >= stated(offer, d)));
}

/**
 * What the buying center's checks say of one claim: refuted if any check refuted it (one exposure is enough),
 * else confirmed if one bore it out, else unchecked. The same answer for beliefs, must-haves and contention.
 */
export function checkOf(
  facts: Pick<AppraisalFacts, 'checks'>,
  seller: string,
  dimension: string,
): 'refuted' | 'confirmed' | 'unchecked' {
  const mine = facts.checks.filter((c) => c.seller === seller && c.dimension === dimension);
  if (mine.some((c) => !c.confirmed)) return 'refuted';
  return mine.length > 0 ? 'confirmed' : 'unchecked';
}

/**
 * How far the buying center's checks bear a claim out: the strongest confirming method's strength (a
 * demonstration or a pilot 1; a reference call ½ on a tangible claim, ¼ on an intangible one: verification.ts),
 * 0 when none did.
 */
export function confirmationOf(
  facts: Pick<AppraisalFacts, 'checks'>,
  seller: string,
  dimension: string,
  tangible = true,
): number {
  let best = 0;
  for (const c of facts.checks) {
    if (c.seller !== seller || c.dimension !== dimension || !c.confirmed) continue;
    const rule =
      c.method !== undefined && isMethod(c.method) ? METHOD_RULES[c.method] : METHOD_RULES.demonstration;
    best = Math.max(best, tangible ? rule.confirmStrength : rule.confirmIntangible);
  }
  return best;
}

function isMethod(m: string): m is CheckMethod {
  return (CHECK_METHODS as readonly string[]).includes(m);
}

/** A refuted claim says the truth is below it: believed no higher than the prior, and below the claim. */
function belowRefuted(prior: number, claim: number): number {
  return Math.min(prior, claim - 1);
}

/** Whether the buying center caught this seller in a false claim. */
export function caught(facts: AppraisalFacts, seller: string): boolean {
  return facts.checks.some((c) => c.seller === seller && !c.confirmed);
}

/** What one member believes the offer delivers, benefit by benefit. */
export function beliefsOf(
  scenario: Scenario,
  facts: AppraisalFacts,
  member: Member,
  offer: OfferFacts,
  { formal = false } = {},
): Levels {
  const profile = PURCHASE_PROFILES[facts.purchaseType];
  const offering = scenario.sellers.find((s) => s.id === offer.seller)?.offering;
  const engaged = facts.asked.some((q) => q.seller === offer.seller && q.to === member.role);
  const capacity = MODEL.attentionCapacity + (engaged ? MODEL.engagedCapacity : 0);
  const trust = own(facts.trust, offer.seller) ?? 0.5;
  const outsider =
    facts.incumbent !== null && facts.incumbent !== offer.seller ? profile.outsiderCredibility : 1;
  let base = trust * (1 - riskOf(member, facts.purchaseType) / 2) * outsider;
  // A seller who asked this member what matters, and listened, is believed a little more.
  if (engaged) base += (1 - base) * MODEL.engagedCredibility;
  if (!formal) base *= (1 - MODEL.contentionPenalty) ** contentions(facts, offer, member.role).length;
  if (caught(facts, offer.seller)) base *= MODEL.caughtFactor;
  // What is addressed to this member gets their attention; the headline, shared by everyone, gets less and is
  // diluted by its length; the rest of the proposal is skimmed.
  const personal = own(offer.messages, member.role)?.dimensions ?? [];
  const attentionTo = (d: string) => {
    if (personal.includes(d)) return Math.min(1, capacity / personal.length);
    if (offer.leadWith.includes(d))
      return Math.min(MODEL.headlineAttention, MODEL.headlineCapacity / offer.leadWith.length);
    return profile.readingAttention;
  };
  const out: Levels = {};
  for (const dim of scenario.dimensions) {
    const prior = priorOf(facts, offer.seller, dim.id);
    const claim = own(offer.claims, dim.id);
    const checked = checkOf(facts, offer.seller, dim.id);
    if (claim !== undefined && checked === 'refuted') {
      setOwn(out, dim.id, belowRefuted(prior, claim));
      continue;
    }
    if (claim === undefined || claim <= prior) {
      setOwn(out, dim.id, claim === undefined ? prior : claim);
      continue;
    }
    let credibility = base;
    let boost = 0;
    for (const id of offer.evidence) {
      const ev = offering?.evidence.find((e) => e.id === id);
      if (ev && ev.dimensions.includes(dim.id) && evidenceFits(ev.kind, dim.category))
        boost += ev.credibility;
    }
    credibility += (1 - credibility) * Math.min(1, boost * profile.evidenceFactor);
    // A check that bore the claim out moves it toward full belief: all the way for a demonstration or a pilot.
    if (checked === 'confirmed')
      credibility +=
        (1 - credibility) * confirmationOf(facts, offer.seller, dim.id, isTangible(dim.category));
    const attention = formal ? 1 : attentionTo(dim.id);
    setOwn(out, dim.id, prior + attention * Math.min(1, credibility) * (claim - prior));
  }
  return out;
}

export interface MemberAppraisal {
  role: string;
  beliefs: Levels;
  /** Utility of the believed levels, before terms and comfort (level points). */
  utility: number;
  terms: number;
  comfort: number;
  /** A must-have of the member the offer is not believed to meet. */
  gated: boolean;
  /** Money value per unit after price. */
  value: number;
}

export function memberUtility(member: Member, levels: Readonly<Levels>): number {
  let u = 0;
  for (const [dim, w] of Object.entries(member.priorities.weights)) u += (w / 100) * (own(levels, dim) ?? 0);
  return u;
}

export function meetsMustHaves(member: Member, levels: Readonly<Levels>): boolean {
  return member.priorities.mustHaves.every((mh) => (own(levels, mh.dimension) ?? 0) >= mh.minLevel);
}

/** What an offer is worth to one member: their beliefs, weights, price sensitivity and must-haves. */
export function appraiseFor(
  scenario: Scenario,
  facts: AppraisalFacts,
  member: Member,
  offer: OfferFacts,
): MemberAppraisal {
  const beliefs = beliefsOf(scenario, facts, member, offer);
  // A must-have is a condition an offer states it meets (a claim, or the record) and that no check refuted.
  const stated: Levels = {};
  for (const d of scenario.dimensions) {
    const prior = priorOf(facts, offer.seller, d.id);
    const claim = own(offer.claims, d.id);
    setOwn(
      stated,
      d.id,
      claim === undefined
        ? prior
        : checkOf(facts, offer.seller, d.id) === 'refuted'
          ? belowRefuted(prior, claim)
          : claim,
    );
  }
  const gated = !meetsMustHaves(member, stated);
  const utility = gated ? 0 : memberUtility(member, beliefs);
  const terms = gated ? 0 : termsPoints(member.role, offer.terms);
  const comfort =
    facts.incumbent === offer.seller && !gated
      ? PURCHASE_PROFILES[facts.purchaseType].incumbentComfort * riskOf(member, facts.purchaseType)
      : 0;
  const value =
    scenario.economics.valuePerPoint * (utility + terms + comfort) -
    member.priorities.priceSensitivity * offer.price;
  return { role: member.role, beliefs, utility, terms, comfort, gated, value };
}

export interface OfferAppraisal {
  seller: string;
  members: MemberAppraisal[];
  /** The buying center's perceived value per unit: its deciding members' values, by vote weight. */
  value: number;
}

/** How the buying center perceives every offer on the table. */
export function appraiseOffers(scenario: Scenario, facts: AppraisalFacts): OfferAppraisal[] {
  const weights = effectiveVoteWeights(scenario, facts.purchaseType);
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  return facts.offers.map((offer) => {
    const members = scenario.buyingFirm.obc.members.map((m) => appraiseFor(scenario, facts, m, offer));
    const value = members.reduce((sum, a) => sum + ((weights.get(a.role) ?? 0) / total) * a.value, 0);
    return { seller: offer.seller, members, value };
  });
}

/** The published evaluation criteria (weights summing to 100) the formal part of the decision uses. */
export type Criteria = Record<string, number>;

/**
 * The formal evaluation of an offer against the published criteria: the written proposal read in full (every
 * claim at full attention, no pitch and so no contention), with the buying center's shared checks, each claim's
 * credibility as procurement reads it, and the deciding members' average price sensitivity.
 */
export function formalValue(
  scenario: Scenario,
  facts: AppraisalFacts,
  criteria: Readonly<Criteria>,
  offer: OfferFacts,
): number {
  const members = activeMembers(scenario, facts.purchaseType);
  const reader = members.find((m) => m.role === 'procurement') ?? members[0];
  if (!reader) return 0;
  const read = beliefsOf(scenario, facts, reader, offer, { formal: true });
  let points = 0;
  for (const [d, w] of Object.entries(criteria)) points += (w / 100) * (own(read, d) ?? MODEL.norm);
  return (
    scenario.economics.valuePerPoint * points -
    formalPriceSensitivity(scenario, facts.purchaseType) * offer.price
  );
}

/** The formal evaluation's weight on price: the active members' price sensitivity, averaged by influence. */
export function formalPriceSensitivity(scenario: Scenario, purchaseType: PurchaseType): number {
  const members = activeMembers(scenario, purchaseType);
  const influence = members.reduce((sum, m) => sum + m.influence, 0) || 1;
  return members.reduce((sum, m) => sum + m.influence * m.priorities.priceSensitivity, 0) / influence;
}

/** An offer as the buying center reads it from a proposal. */
export function offerFacts(p: {
  seller: string;
  price: number;
  claims: Readonly<Levels>;
  evidence: readonly string[];
  leadWith: readonly string[];
  messages: Readonly<Partial<Record<string, { dimensions: readonly string[] } | undefined>>>;
  terms?: Readonly<Terms>;
}): OfferFacts {
  return {
    seller: p.seller,
    price: p.price,
    claims: p.claims,
    evidence: p.evidence,
    leadWith: p.leadWith,
    messages: p.messages,
    terms: p.terms,
  };
}

/** What the buying center knows, from the table's state: the same facts a member's view holds. */
export function factsFromState(
  s: {
    purchaseType: PurchaseType;
    incumbent: string | null;
    sellers: Readonly<Record<string, { id: string; trust: number }>>;
    proposals: Readonly<Record<string, Parameters<typeof offerFacts>[0]>>;
    questions: readonly { seller: string; to: string; answer: unknown; stage?: string }[];
    checks: readonly { seller: string; dimension: string; confirmed: boolean }[];
    records: Readonly<Record<string, Levels>>;
  },
  eligible?: readonly string[],
): AppraisalFacts {
  const trust: Record<string, number> = {};
  for (const x of Object.values(s.sellers)) setOwn(trust, x.id, x.trust);
  return {
    purchaseType: s.purchaseType,
    incumbent: s.incumbent,
    trust,
    offers: Object.values(s.proposals)
      .filter((p) => !eligible || eligible.includes(p.seller))
      .map(offerFacts),
    // A debrief call after delivery is about the next purchase: it does not engage the member in this one.
    asked: s.questions
      .filter((q) => q.answer && q.stage !== 'post-purchase')
      .map((q) => ({ seller: q.seller, to: q.to })),
    checks: s.checks,
    records: s.records,
  };
}

/**
 * The published evaluation criteria of the RFP (weights summing to 100): the weights the specification adopted
 * (stage 2), else the benefits sought (stage 1) equally, else every benefit equally.
 */
export function publishedCriteria(
  scenario: Scenario,
  s: {
    spec: { items: readonly { status: string; kind: string; dimension: string; value: number }[] };
    sharedBenefits: readonly string[];
  },
): Criteria {
  const adopted = s.spec.items.filter((i) => i.status === 'adopted' && i.kind === 'weight' && i.value > 0);
  const out: Criteria = {};
  const total = adopted.reduce((sum, i) => sum + i.value, 0);
  if (total > 0) {
    for (const i of adopted) setOwn(out, i.dimension, (own(out, i.dimension) ?? 0) + (100 * i.value) / total);
    return out;
  }
  const dims = s.sharedBenefits.length > 0 ? s.sharedBenefits : scenario.dimensions.map((d) => d.id);
  for (const d of dims) setOwn(out, d, 100 / dims.length);
  return out;
}
