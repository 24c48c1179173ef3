// The value model: how an offer is worth something to each member of the buying center. Pure arithmetic over
// the scenario and an offer, so the debrief can show every number and bots can reason with the same formulas.
//
//   delivered level   = the seller's true level on a dimension + the lifts of the options it included (max 5)
//   perceived level   = the claimed level; on an intangible dimension a claim above the neutral level 3 is
//                       believed only in part: perceived = claim − (1 − belief) × (claim − 3), where belief
//                       = trust × (1 − riskAversion / 2) + credibility of the evidence backing that dimension
//   member utility    = Σ_d weight_d / 100 × level_d                       (1..5 "level points")
//   focus bonus       = focusBonus × Σ_{d ∈ emphasis} weight_d / 100 × advantage_d / |emphasis|
//                       where advantage_d = min(2, max(0, own level_d − best rival level_d)): stressing a
//                       benefit earns attention only where it is a real point of difference, and stressing
//                       many benefits dilutes the attention each gets (notes 2.4: resonating focus)
//   incumbent comfort = 0.3 × riskAversion level points for the incumbent supplier (a known quantity)
//   member value      = valuePerPoint × (utility + bonus + comfort) − priceSensitivity × price   (per unit)
//   buyer value       = Σ_m influence_m / 100 × member value_m
// Must-haves are hard gates: a member whose must-have an offer misses gets no benefit from it at all.
import { own as ownOf, setOwn } from '../own.ts';
import type { BenefitCategory, Member, Scenario, Seller } from '../scenario/schema.ts';
import { MAX_LEVEL } from '../scenario/schema.ts';

export type Levels = Record<string, number>;

export const NEUTRAL_LEVEL = 3;
export const MAX_ADVANTAGE = 2;
export const INCUMBENT_COMFORT = 0.3;

/** What a seller puts on the table, as far as value is concerned. */
export interface OfferTerms {
  sellerId: string;
  price: number;
  options: string[];
  evidence: string[];
  /** Claimed level per dimension; a dimension not claimed is claimed at its delivered level. */
  claims: Levels;
  /** Benefits the seller leads with, for every member. */
  leadWith: string[];
  /** Extra benefits stressed in the message to one member. */
  messageDimensions: Partial<Record<string, string[]>>;
}

export function isTangible(category: BenefitCategory): boolean {
  return category === 'economic-tangible' || category === 'non-economic-tangible';
}

export function findSeller(scenario: Scenario, sellerId: string): Seller {
  const seller = scenario.sellers.find((s) => s.id === sellerId);
  if (!seller) throw new Error(`unknown seller ${sellerId}`);
  return seller;
}

/** The true performance an offer will deliver: base levels lifted by the chosen options. */
export function deliveredLevels(scenario: Scenario, sellerId: string, optionIds: readonly string[]): Levels {
  const offering = findSeller(scenario, sellerId).offering;
  const levels: Levels = { ...offering.levels };
  for (const id of optionIds) {
    const option = offering.options.find((o) => o.id === id);
    if (option)
      setOwn(
        levels,
        option.dimension,
        Math.min(MAX_LEVEL, (ownOf(levels, option.dimension) ?? 0) + option.lift),
      );
  }
  return levels;
}

/** The best level an offer could reach on each dimension with every option included. */
export function reachableLevels(scenario: Scenario, sellerId: string): Levels {
  const offering = findSeller(scenario, sellerId).offering;
  return deliveredLevels(
    scenario,
    sellerId,
    offering.options.map((o) => o.id),
  );
}

export function claimedLevels(scenario: Scenario, offer: OfferTerms): Levels {
  return { ...deliveredLevels(scenario, offer.sellerId, offer.options), ...offer.claims };
}

/** How much a member believes a claim on each dimension (1 on tangible ones, which can be verified). */
export function belief(scenario: Scenario, offer: OfferTerms, member: Member, trust: number): Levels {
  const offering = findSeller(scenario, offer.sellerId).offering;
  const out: Levels = {};
  for (const dim of scenario.dimensions) {
    if (isTangible(dim.category)) {
      setOwn(out, dim.id, 1);
      continue;
    }
    let b = trust * (1 - member.priorities.riskAversion / 2);
    for (const id of offer.evidence) {
      const ev = offering.evidence.find((e) => e.id === id);
      if (ev?.dimensions.includes(dim.id)) b += ev.credibility;
    }
    setOwn(out, dim.id, Math.min(1, Math.max(0, b)));
  }
  return out;
}

export function perceivedLevels(
  scenario: Scenario,
  offer: OfferTerms,
  member: Member,
  trust: number,
): Levels {
  const claimed = claimedLevels(scenario, offer);
  const believed = belief(scenario, offer, member, trust);
  const out: Levels = {};
  for (const dim of scenario.dimensions) {
    const claim = ownOf(claimed, dim.id) ?? NEUTRAL_LEVEL;
    const b = ownOf(believed, dim.id) ?? 1;
    setOwn(out, dim.id, claim - (1 - b) * Math.max(0, claim - NEUTRAL_LEVEL));
  }
  return out;
}

export function memberUtility(member: Member, levels: Levels): number {
  let u = 0;
  for (const [dim, w] of Object.entries(member.priorities.weights))
    u += (w / 100) * (ownOf(levels, dim) ?? 0);
  return u;
}

export function meetsMustHaves(member: Member, levels: Levels): boolean {
  return member.priorities.mustHaves.every((mh) => (ownOf(levels, mh.dimension) ?? 0) >= mh.minLevel);
}

export function emphasisFor(offer: OfferTerms, role: string): string[] {
  return [...new Set([...offer.leadWith, ...(ownOf(offer.messageDimensions, role) ?? [])])];
}

/** Per dimension: how far the offer is ahead of the best rival (0 at parity or behind, at most 2). */
export function advantages(own: Levels, rivals: readonly Levels[]): Levels {
  const out: Levels = {};
  for (const [dim, level] of Object.entries(own)) {
    const best = rivals.length === 0 ? NEUTRAL_LEVEL : Math.max(...rivals.map((r) => ownOf(r, dim) ?? 0));
    setOwn(out, dim, Math.min(MAX_ADVANTAGE, Math.max(0, level - best)));
  }
  return out;
}

export function focusBonus(
  scenario: Scenario,
  member: Member,
  emphasis: readonly string[],
  advantage: Levels,
): number {
  if (emphasis.length === 0) return 0;
  let sum = 0;
  for (const dim of emphasis)
    sum += ((ownOf(member.priorities.weights, dim) ?? 0) / 100) * (ownOf(advantage, dim) ?? 0);
  return (scenario.scoring.focusBonus * sum) / emphasis.length;
}

export interface MemberAppraisal {
  role: string;
  /** Utility of the levels the member believes, before any bonus. */
  utility: number;
  bonus: number;
  comfort: number;
  gated: boolean;
  /** Money value per unit after price. */
  value: number;
}

export interface OfferAppraisal {
  sellerId: string;
  members: MemberAppraisal[];
  /** Influence-weighted value per unit. */
  value: number;
}

/**
 * How the OBC perceives each offer on the table, given what it was told: the persuasion model that bots
 * score with and the debrief explains.
 */
export function appraiseOffers(
  scenario: Scenario,
  offers: readonly OfferTerms[],
  trust: Readonly<Record<string, number>>,
  incumbent: string | null,
): OfferAppraisal[] {
  const members = scenario.buyingFirm.obc.members;
  return offers.map((offer) => {
    const t = ownOf(trust, offer.sellerId) ?? 0.5;
    const appraisals = members.map((member) => {
      const own = perceivedLevels(scenario, offer, member, t);
      const rivals = offers
        .filter((o) => o.sellerId !== offer.sellerId)
        .map((o) => perceivedLevels(scenario, o, member, ownOf(trust, o.sellerId) ?? 0.5));
      return appraiseFor(scenario, member, offer, own, advantages(own, rivals), offer.sellerId === incumbent);
    });
    return { sellerId: offer.sellerId, members: appraisals, value: weigh(members, appraisals) };
  });
}

function appraiseFor(
  scenario: Scenario,
  member: Member,
  offer: OfferTerms,
  levels: Levels,
  advantage: Levels,
  incumbent: boolean,
): MemberAppraisal {
  const gated = !meetsMustHaves(member, levels);
  const utility = gated ? 0 : memberUtility(member, levels);
  const bonus = gated ? 0 : focusBonus(scenario, member, emphasisFor(offer, member.role), advantage);
  const comfort = incumbent && !gated ? INCUMBENT_COMFORT * member.priorities.riskAversion : 0;
  const value =
    scenario.economics.valuePerPoint * (utility + bonus + comfort) -
    member.priorities.priceSensitivity * offer.price;
  return { role: member.role, utility, bonus, comfort, gated, value };
}

function weigh(members: readonly Member[], appraisals: readonly MemberAppraisal[]): number {
  let v = 0;
  members.forEach((m, i) => (v += (m.influence / 100) * (appraisals[i]?.value ?? 0)));
  return v;
}

/**
 * The objective value of an offer to the buying firm: delivered levels, no persuasion, each member's hidden
 * weights and price sensitivity. Decision quality compares these.
 */
export function trueValue(scenario: Scenario, sellerId: string, options: readonly string[], price: number) {
  const levels = deliveredLevels(scenario, sellerId, options);
  const members = scenario.buyingFirm.obc.members.map((member) => {
    const gated = !meetsMustHaves(member, levels);
    const utility = gated ? 0 : memberUtility(member, levels);
    return {
      role: member.role,
      utility,
      gated,
      value: scenario.economics.valuePerPoint * utility - member.priorities.priceSensitivity * price,
    };
  });
  const members5 = scenario.buyingFirm.obc.members;
  let value = 0;
  let gross = 0;
  members5.forEach((m, i) => {
    value += (m.influence / 100) * (members[i]?.value ?? 0);
    gross += (m.influence / 100) * scenario.economics.valuePerPoint * (members[i]?.utility ?? 0);
  });
  return { levels, members, value, gross };
}

/** The seller's cost per unit for an offer, and its one-off evidence cost spread over the units. */
export function unitCostOf(
  scenario: Scenario,
  sellerId: string,
  options: readonly string[],
  evidence: readonly string[],
) {
  const offering = findSeller(scenario, sellerId).offering;
  let cost = offering.unitCost;
  for (const id of options) cost += offering.options.find((o) => o.id === id)?.unitCost ?? 0;
  let oneOff = 0;
  for (const id of evidence) oneOff += offering.evidence.find((e) => e.id === id)?.cost ?? 0;
  return cost + oneOff / scenario.economics.quantity;
}
