// Who checks what (notes 2.2, lateral involvement): engineering and production check the technical and
// operational claims of their area with a demonstration or a pilot, marketing weighs the supplier's reputation by
// calling its references on the intangible claims, and anyone may call a reference on a tangible claim. Each
// method has its cost (a check out of the member's allowance for the purchase; a pilot also costs the seller who
// runs it), its chance to expose a claim above the truth, and how far a claim it bears out is believed. Dependency-free (types only): the engine, the bots,
// the student's form and docs/rules.md read this one table.
import { own } from '../own.ts';

export const CHECK_METHODS = ['reference', 'demonstration', 'pilot'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

export interface MethodRule {
  /** Checks it takes out of the member's allowance (PURCHASE_PROFILES.checks). */
  cost: number;
  /** Chance per level a claim stands above the truth that the check exposes it (capped at 1). */
  detectPerLevel: number;
  /** How far a tangible claim it bears out is believed: credibility moves this share of the way to 1. */
  confirmStrength: number;
  /**
   * The same for an intangible claim: less, since an intangible cannot be judged before it is bought (what a
   * reference says of service or reputation is hearsay; evidence, a case study or a guarantee, is what makes it
   * believable). A reference still exposes a false one as readily.
   */
  confirmIntangible: number;
  /** Tangible claims only (a demonstration or a pilot shows performance; a reference vouches for anything). */
  tangibleOnly: boolean;
  /** Who may use it: the member whose area the benefit is, or, on a tangible claim, any member. */
  by: 'area' | 'anyone-on-tangible';
  /** Run by the seller's customer service before it counts (a pilot at the buyer's site). */
  sellerRuns: boolean;
  /** What running it costs the seller, as a share of the contract at its price (its evidence cost). */
  sellerCost: number;
}

export const METHOD_RULES: { readonly [K in CheckMethod]: MethodRule } = {
  reference: {
    cost: 1,
    detectPerLevel: 0.25,
    confirmStrength: 0.5,
    confirmIntangible: 0.25,
    tangibleOnly: false,
    by: 'anyone-on-tangible',
    sellerRuns: false,
    sellerCost: 0,
  },
  demonstration: {
    cost: 1,
    detectPerLevel: 0.5,
    confirmStrength: 1,
    confirmIntangible: 0,
    tangibleOnly: true,
    by: 'area',
    sellerRuns: false,
    sellerCost: 0,
  },
  pilot: {
    cost: 1,
    detectPerLevel: 1,
    confirmStrength: 1,
    confirmIntangible: 0,
    tangibleOnly: true,
    by: 'area',
    sellerRuns: true,
    sellerCost: 0.005,
  },
};

export function isTangibleCategory(category: string): boolean {
  return category === 'economic-tangible' || category === 'non-economic-tangible';
}

interface AreaFacts {
  dimensions: readonly { id: string; category: string }[];
  members: readonly {
    role: string;
    hierarchyLevel: number;
    priorities: { weights: Readonly<Partial<Record<string, number>>> };
  }[];
}

const TECHNICAL: readonly string[] = ['engineering', 'production'];

/**
 * Whose area a benefit is: a tangible benefit engineering's or production's (whichever weighs it more), an
 * intangible one marketing's (reputation, service, the buyer's own customers); where the buying center has no
 * such member, or they weigh it at nothing, the member who weighs it most. Ties go to the higher member.
 */
export function areaOf(facts: AreaFacts, dimension: string): string | null {
  const dim = facts.dimensions.find((d) => d.id === dimension);
  if (!dim) return null;
  const weight = (m: AreaFacts['members'][number]) => own(m.priorities.weights, dimension) ?? 0;
  const best = (pool: AreaFacts['members']) =>
    [...pool]
      .filter((m) => weight(m) > 0)
      .sort(
        (a, b) =>
          weight(b) - weight(a) || a.hierarchyLevel - b.hierarchyLevel || a.role.localeCompare(b.role),
      )[0];
  const specialists = isTangibleCategory(dim.category)
    ? facts.members.filter((m) => TECHNICAL.includes(m.role))
    : facts.members.filter((m) => m.role === 'marketing');
  const owner = best(specialists) ?? best(facts.members) ?? specialists[0] ?? facts.members[0];
  return owner?.role ?? null;
}

/** The benefits whose area is this member's. */
export function areaDimensions(facts: AreaFacts, role: string): string[] {
  return facts.dimensions.map((d) => d.id).filter((d) => areaOf(facts, d) === role);
}

/** Why a member may not use a method on a benefit, or null when they may. */
export function methodRefusal(
  facts: AreaFacts,
  role: string,
  method: CheckMethod,
  dimension: string,
): string | null {
  const dim = facts.dimensions.find((d) => d.id === dimension);
  if (!dim) return `"${dimension}" is not a benefit of this scenario`;
  const rule = METHOD_RULES[method];
  const tangible = isTangibleCategory(dim.category);
  if (rule.tangibleOnly && !tangible) return `a ${method} shows tangible performance only: call a reference`;
  const mine = areaOf(facts, dimension) === role;
  if (rule.by === 'area' && !mine)
    return `${dimension} is not your area: call a reference, or leave the ${method} to its owner`;
  if (rule.by === 'anyone-on-tangible' && !tangible && !mine)
    return `references on ${dimension} are for the member whose area it is`;
  return null;
}

/** The methods a member may use on a benefit, the strongest first. */
export function methodsFor(facts: AreaFacts, role: string, dimension: string): CheckMethod[] {
  return (['pilot', 'demonstration', 'reference'] as const).filter(
    (m) => methodRefusal(facts, role, m, dimension) === null,
  );
}
