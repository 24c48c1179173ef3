// What an offer is, in truth: the levels it delivers, what it is worth to the buying firm, what it costs the
// seller, and what the seller owes for promises the delivery does not keep. Pure arithmetic over the scenario
// and an offer; what the buying center believes before delivery is beliefs.ts.
//
//   delivered level  = the seller's true level + the lifts of the options it included (at most 5)
//   true value       = Σ_m influence_m/100 × (valuePerPoint × (Σ_d w_md/100 × delivered_d + terms_m)
//                      − priceSensitivity_m × price), a member's must-have missed zeroing its benefit
//   unit cost        = the offering's unit cost + its options' + what the terms cost per unit
//   damages          = Σ_d (claim_d − delivered_d)⁺ × max(rate × price, value of a level of d) × quantity, the
//                      rate 8 % per level on a tangible benefit and 4 % on an intangible one, doubled where a
//                      performance guarantee backs the claim; the value of a level is valuePerPoint ×
//                      Σ_m influence_m/100 × w_md/100 (expectation damages: the buyer is made whole)
import { own, setOwn } from '../own.ts';
import type { Scenario, Seller } from '../scenario/schema.ts';
import { MAX_LEVEL } from '../scenario/schema.ts';
import {
  TERMS_NORM,
  meetsMustHaves,
  memberUtility,
  termsCostPerUnit,
  termsPoints,
  type Terms,
} from './beliefs.ts';
import { METHOD_RULES } from './verification.ts';
import { MODEL, isTangible } from './model.ts';

export type Levels = Record<string, number>;

/** The market norm: the level a benefit nobody claimed is believed to have. */
export const NEUTRAL_LEVEL = MODEL.norm;

export { isTangible };

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
        Math.min(MAX_LEVEL, (own(levels, option.dimension) ?? 0) + option.lift),
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

/** What an offer consists of, as the seller hands it in. */
export interface Offer {
  seller: string;
  price: number;
  options: readonly string[];
  evidence: readonly string[];
  claims: Readonly<Levels>;
  terms: Readonly<Terms>;
  /** Pilots the seller ran for the buying center (verification.ts: each costs a share of the contract). */
  pilots?: number;
}

/** The objective value of an offer to the buying firm: delivered levels, each member's hidden priorities. */
export function trueValue(
  scenario: Scenario,
  offer: Pick<Offer, 'seller' | 'options' | 'price'> & { terms?: Terms },
) {
  const levels = deliveredLevels(scenario, offer.seller, offer.options);
  const members = scenario.buyingFirm.obc.members.map((member) => {
    const gated = !meetsMustHaves(member, levels);
    const utility = gated ? 0 : memberUtility(member, levels) + termsPoints(member.role, offer.terms);
    return {
      role: member.role,
      utility,
      gated,
      value: scenario.economics.valuePerPoint * utility - member.priorities.priceSensitivity * offer.price,
    };
  });
  let value = 0;
  let gross = 0;
  scenario.buyingFirm.obc.members.forEach((m, i) => {
    value += (m.influence / 100) * (members[i]?.value ?? 0);
    gross += (m.influence / 100) * scenario.economics.valuePerPoint * (members[i]?.utility ?? 0);
  });
  return { levels, members, value, gross };
}

/** The seller's cost per unit of an offer: the offering, its options, and what its terms cost. */
export function unitCostOf(
  scenario: Scenario,
  sellerId: string,
  options: readonly string[],
  terms: Readonly<Terms> = TERMS_NORM,
  price = 0,
): number {
  const offering = findSeller(scenario, sellerId).offering;
  let cost = offering.unitCost;
  for (const id of options) cost += offering.options.find((o) => o.id === id)?.unitCost ?? 0;
  return cost + termsCostPerUnit(terms, price, offering.unitCost);
}

/** What the evidence costs: one-off, paid whether or not the bid wins (a pilot is run before the decision). */
export function evidenceCostOf(scenario: Scenario, sellerId: string, evidence: readonly string[]): number {
  const offering = findSeller(scenario, sellerId).offering;
  return evidence.reduce((sum, id) => sum + (offering.evidence.find((e) => e.id === id)?.cost ?? 0), 0);
}

/** Claims the delivery falls short of, by how many levels. */
export function gapsOf(claims: Readonly<Levels>, delivered: Readonly<Levels>): Levels {
  const out: Levels = {};
  for (const [d, c] of Object.entries(claims)) {
    const gap = c - (own(delivered, d) ?? 0);
    if (gap > 0) setOwn(out, d, gap);
  }
  return out;
}

/** What one level of a benefit is worth to the buying firm per unit: its members' weights, by influence. */
export function lostValuePerLevel(scenario: Scenario, dimension: string): number {
  let points = 0;
  for (const m of scenario.buyingFirm.obc.members)
    points += (m.influence / 100) * ((own(m.priorities.weights, dimension) ?? 0) / 100);
  return scenario.economics.valuePerPoint * points;
}

/** The damages a winner owes for the claims its delivery did not keep (money, for the whole contract). */
export function damagesOf(scenario: Scenario, offer: Offer, delivered: Readonly<Levels>): number {
  const offering = findSeller(scenario, offer.seller).offering;
  const guaranteed = new Set(
    offer.evidence.flatMap((id) => {
      const ev = offering.evidence.find((e) => e.id === id);
      return ev?.kind === 'performance-guarantee' ? ev.dimensions : [];
    }),
  );
  let perUnit = 0;
  for (const [d, gap] of Object.entries(gapsOf(offer.claims, delivered))) {
    const dim = scenario.dimensions.find((x) => x.id === d);
    if (!dim) continue;
    const rate = isTangible(dim.category) ? MODEL.damagesTangible : MODEL.damagesIntangible;
    const agreed = rate * (guaranteed.has(d) ? MODEL.guaranteeMultiplier : 1) * offer.price;
    // Never less than what the missing level is worth to the buying firm (expectation damages: the buyer is put
    // where the promise would have put it), so a false claim can never be cheaper than keeping it.
    perUnit += gap * Math.max(agreed, lostValuePerLevel(scenario, d));
  }
  return Math.round(perUnit * scenario.economics.quantity * 100) / 100;
}

/**
 * A seller's result for a round: margin on the units if it won (less damages, or the breach penalty when the
 * delivery failed a must-have and the contract was void), less the evidence it bought either way.
 */
export function sellerResult(
  scenario: Scenario,
  offer: Offer | undefined,
  outcome: { won: boolean; void: boolean; damages: number },
) {
  if (!offer) return { unitCost: 0, margin: 0, marginTotal: 0, evidenceCost: 0, damages: 0, net: 0 };
  const unitCost = unitCostOf(scenario, offer.seller, offer.options, offer.terms, offer.price);
  const contract = offer.price * scenario.economics.quantity;
  // A pilot the team ran is evidence it paid for, like the pieces it attached.
  const evidenceCost =
    evidenceCostOf(scenario, offer.seller, offer.evidence) +
    Math.round((offer.pilots ?? 0) * METHOD_RULES.pilot.sellerCost * contract * 100) / 100;
  const marginTotal =
    outcome.won && !outcome.void ? (offer.price - unitCost) * scenario.economics.quantity : 0;
  const damages = outcome.void ? MODEL.breachPenalty * contract : outcome.won ? outcome.damages : 0;
  return {
    unitCost,
    margin: offer.price - unitCost,
    marginTotal,
    evidenceCost,
    damages,
    net: marginTotal - damages - evidenceCost,
  };
}
