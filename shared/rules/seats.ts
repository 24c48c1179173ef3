// Seats and roles by name: which seat is a seller team's, which an OBC member's. Dependency-free (no zod, no
// engine), so the student's first download, the console, the bots and the engine all read seats the same way.

/** The five members of an Organizational Buying Center, by role. */
export const OBC_ROLES = [
  'engineering',
  'production',
  'marketing',
  'procurement',
  'general-management',
] as const;
export type ObcRole = (typeof OBC_ROLES)[number];

/** OBC seats are named by role; seller-team seats are `seller-A`, `seller-B`, ... */
export type SeatId = ObcRole | `seller-${string}`;

const SELLER_PREFIX = 'seller-';

export function isObcRole(value: unknown): value is ObcRole {
  return typeof value === 'string' && (OBC_ROLES as readonly string[]).includes(value);
}

/** The seat of a seller team. */
export function sellerSeat(sellerId: string): SeatId {
  return `${SELLER_PREFIX}${sellerId}`;
}

/** The seller team a seat belongs to, or null for an OBC seat (or no seat at all). */
export function sellerOfSeat(seat: string | null | undefined): string | null {
  return typeof seat === 'string' && seat.startsWith(SELLER_PREFIX) && seat.length > SELLER_PREFIX.length
    ? seat.slice(SELLER_PREFIX.length)
    : null;
}

export function isSellerSeat(seat: string | null | undefined): boolean {
  return sellerOfSeat(seat) !== null;
}
