// The parameters of the buying model, stated once (docs/rules.md explains each with its formula). They are the
// model's, not a scenario's: a lesson that holds only for tuned numbers would be a property of one file. A
// scenario sets the situation (who cares about what, purchase type, formality, centralization); these set
// how a buying center behaves in it.
import type { BenefitCategory, Member, PurchaseType, Scenario } from '../scenario/schema.ts';
import { voteWeight } from './permissions.ts';

export const MODEL = {
  /** The market norm: what a member believes of an offer on a benefit nobody claimed (levels 1–5). */
  norm: 3,
  /** How many benefits of a message addressed to them a member takes in at full attention; more are diluted. */
  attentionCapacity: 1.5,
  /** More attention for a seller who asked this member a question (and so was heard, and listened) … */
  engagedCapacity: 0.5,
  /** … and that much of the way from doubt to belief. */
  engagedCredibility: 0.2,
  /** The headline (what a proposal leads with, to everyone) gets at most this much of a member's attention … */
  headlineAttention: 0.5,
  /** … shared among its benefits: this much in all, so a headline of many benefits says little about each. */
  headlineCapacity: 1,
  /** Credibility a pitch loses for each benefit it stresses where a rival states as much or more. */
  contentionPenalty: 0.3,
  /** What is left of a seller's credibility with the whole buying center once a check caught a false claim. */
  caughtFactor: 0.25,
  /** Chance that a member's check exposes a claim one level above the truth (two levels or more: always). */
  detectPerLevel: 0.5,
  /** Contract damages per level a delivered benefit falls short of the claim, as a share of contract value. */
  damagesTangible: 0.08,
  damagesIntangible: 0.04,
  /** Damages are this many times higher on a benefit the seller backed with a performance guarantee. */
  guaranteeMultiplier: 2,
  /** A remedy after delivery (customer service's response) costs this share of the contract per broken promise … */
  remedyShare: 0.02,
  /** … and gives back this share of the trust the broken promises cost. */
  remedyTrustBack: 0.5,
  /** A published must-have the delivery fails: the contract is void and the seller pays this share. */
  breachPenalty: 0.1,
  /** Trust change per broken claim (a gap of a level or more), per kept round, and per rating point over 3. */
  trustPerBrokenClaim: 0.12,
  trustForKeptPromises: 0.06,
  trustPerRatingPoint: 0.04,
} as const;

/** What a purchase type changes (notes 2.3): who takes part, how risk-averse, how searching, how loyal. */
export interface PurchaseProfile {
  /** Who decides: everyone, or procurement alone (with general management where it is centralized). */
  active: 'all' | 'procurement';
  /** Multiplies every member's risk aversion. */
  riskFactor: number;
  /** Multiplies the credibility evidence adds. */
  evidenceFactor: number;
  /** Attention a member gives to a claim the seller did not stress to them (how widely they search). */
  readingAttention: number;
  /** Value, in level points × risk aversion, of staying with the incumbent (switching is a risk). */
  incumbentComfort: number;
  /** Credibility of a supplier who is not the incumbent (the buyer was not looking for a new one). */
  outsiderCredibility: number;
  /** How many claims each member checks before voting. */
  checks: number;
}

export const PURCHASE_PROFILES: { readonly [K in PurchaseType]: PurchaseProfile } = {
  'new-task': {
    active: 'all',
    riskFactor: 1.25,
    evidenceFactor: 1.3,
    readingAttention: 0.2,
    incumbentComfort: 0,
    outsiderCredibility: 1,
    checks: 2,
  },
  'modified-rebuy': {
    active: 'all',
    riskFactor: 1,
    evidenceFactor: 1,
    readingAttention: 0.15,
    incumbentComfort: 0.3,
    outsiderCredibility: 0.85,
    checks: 2,
  },
  'straight-rebuy': {
    active: 'procurement',
    riskFactor: 0.75,
    evidenceFactor: 0.7,
    readingAttention: 0.1,
    incumbentComfort: 0.6,
    outsiderCredibility: 0.6,
    checks: 1,
  },
};

/** Formality: how far the decision follows the published specification rather than the votes. */
export const FORMALITY = { low: 0.1, medium: 0.25, high: 0.4 } as const;

/** Centralization: how much general management's vote weighs against its stated influence. */
export const CENTRALIZATION = { low: 0.5, medium: 1, high: 2 } as const;

export function isTangible(category: BenefitCategory): boolean {
  return category === 'economic-tangible' || category === 'non-economic-tangible';
}

/**
 * Whether a kind of evidence can make a claim on a benefit of this category believable: a pilot or a test
 * report shows a tangible benefit; a case study or a performance guarantee vouches for an intangible one.
 */
export function evidenceFits(kind: string, category: BenefitCategory): boolean {
  if (isTangible(category)) return kind === 'pilot' || kind === 'third-party-report';
  return kind === 'case-study' || kind === 'performance-guarantee';
}

/** The members who take part in deciding this purchase (notes 2.3: a straight rebuy is procurement's). */
export function activeMembers(scenario: Scenario, purchaseType: PurchaseType): Member[] {
  const members = scenario.buyingFirm.obc.members;
  if (PURCHASE_PROFILES[purchaseType].active === 'all') return members;
  const lead =
    members.find((m) => m.role === 'procurement') ??
    [...members].sort((a, b) => b.influence - a.influence || a.role.localeCompare(b.role))[0];
  return members.filter(
    (m) =>
      m === lead || (m.role === 'general-management' && scenario.buyingFirm.obc.centralization === 'high'),
  );
}

/**
 * What each member's vote weighs in this purchase: the decision rule's weight, scaled for general management
 * by centralization, and nothing for a member the purchase type leaves out.
 */
export function effectiveVoteWeights(scenario: Scenario, purchaseType: PurchaseType): Map<string, number> {
  const rule = scenario.buyingFirm.obc.decisionRule;
  const active = new Set(activeMembers(scenario, purchaseType).map((m) => m.role));
  const scale = CENTRALIZATION[scenario.buyingFirm.obc.centralization];
  const out = new Map<string, number>();
  for (const m of scenario.buyingFirm.obc.members) {
    const base = active.has(m.role) ? voteWeight(rule, m) : 0;
    out.set(m.role, m.role === 'general-management' ? base * scale : base);
  }
  // A rule that leaves every active member without weight (a single decider the purchase type left out) falls
  // back to the active members' influence, so that somebody decides.
  if ([...out.values()].every((w) => w === 0))
    for (const m of scenario.buyingFirm.obc.members) if (active.has(m.role)) out.set(m.role, m.influence);
  return out;
}

/** A member's risk aversion in this purchase. */
export function riskOf(member: Member, purchaseType: PurchaseType): number {
  return Math.min(1, member.priorities.riskAversion * PURCHASE_PROFILES[purchaseType].riskFactor);
}
