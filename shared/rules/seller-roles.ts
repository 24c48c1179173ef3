// Seller team roles (notes 2.5, the selling center): the sales representative owns discovery and the messages,
// the product manager the offering (price, options, claims, terms), customer service the evidence, the pilot
// and the post-purchase response. Before the request for proposal (and between proposals) the product manager
// drafts the offering and customer service prepares the evidence, each from what members answered the team. Dependency-free: the engine checks a player's intent against it, the bots
// route a team's intents by it, the student's forms show each player only their own controls, and the console
// and the debrief name each player's roles — one definition for all of them.
import type { PlayerActionType } from './action-types.ts';

export const SELLER_ROLES = ['sales-rep', 'product-manager', 'customer-service'] as const;
export type SellerRole = (typeof SELLER_ROLES)[number];

/**
 * Roles by seating order (the deal seats a team's players one after another): one player holds all three; of
 * two, the first sells and serves (sales representative and customer service) and the second runs the offering;
 * of three, one role each. A player who leaves hands their roles to those who stay, since roles follow the order.
 */
export function rolesBySeat(count: number, index: number): SellerRole[] {
  if (index < 0 || index >= count) return [];
  if (count <= 1) return [...SELLER_ROLES];
  if (count === 2) return index === 0 ? ['sales-rep', 'customer-service'] : ['product-manager'];
  return index < SELLER_ROLES.length ? [SELLER_ROLES[index] as SellerRole] : [];
}

/**
 * The roles of one player of a seller team. Without a player (a bot playing the seat, the instructor acting for
 * it, a log from before roles) the seat holds every role; a player not in the seat holds none.
 */
export function sellerRolesOf(
  players: readonly { id: string }[],
  player: string | null | undefined,
): SellerRole[] {
  if (player === null || player === undefined) return [...SELLER_ROLES];
  return rolesBySeat(
    players.length,
    players.findIndex((p) => p.id === player),
  );
}

/** Who in a seller team owns each intent; an intent not listed is anyone's in the team (talk, predictions). */
export const SELLER_ACTION_ROLE: Partial<Record<PlayerActionType, SellerRole>> = {
  'ask-question': 'sales-rep',
  'set-pitch': 'sales-rep',
  'follow-up': 'sales-rep',
  'submit-proposal': 'product-manager',
  'submit-bafo': 'product-manager',
  'attach-evidence': 'customer-service',
  'run-pilot': 'customer-service',
  'service-response': 'customer-service',
  'draft-offering': 'product-manager',
  'prepare-evidence': 'customer-service',
};

/** The parts of a proposal and their owners: a player hands in only the parts their roles own. */
export const PROPOSAL_PART_ROLE = {
  offering: 'product-manager',
  pitch: 'sales-rep',
  evidence: 'customer-service',
} as const satisfies Record<string, SellerRole>;
export type ProposalPart = keyof typeof PROPOSAL_PART_ROLE;

/** The role a seller intent needs, or null when any member of the team may send it. */
export function sellerRoleFor(type: PlayerActionType): SellerRole | null {
  return Object.hasOwn(SELLER_ACTION_ROLE, type) ? (SELLER_ACTION_ROLE[type] ?? null) : null;
}

/** Whether a player with these roles may send this intent for their team. */
export function sellerMay(roles: readonly SellerRole[], type: PlayerActionType): boolean {
  const needed = sellerRoleFor(type);
  return needed === null || roles.includes(needed);
}
