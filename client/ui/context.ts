// What every panel needs to know about the seat it serves, derived once per update from the store.
import {
  allowedNow,
  canDisqualify as memberCanDisqualify,
  eligibleSellers as stillEligible,
} from '../../shared/rules/permissions.ts';
import { sellerOfSeat } from '../../shared/rules/seats.ts';
import type {
  ActionType,
  Member,
  ObcRole,
  Offering,
  PublicScenario,
  SeatView,
  StoreState,
} from '../net/types.ts';

export interface SeatContext {
  state: StoreState;
  view: SeatView;
  scenario: PublicScenario | null;
  seat: string;
  kind: 'obc' | 'seller';
  role: ObcRole | null;
  member: Member | null;
  sellerId: string | null;
  offering: Offering | null;
  sellerName: string;
}

export function seatContext(state: StoreState): SeatContext | null {
  const view = state.view;
  if (!view || view.viewer.kind !== 'seat') return null;
  const seat = view.viewer.seat;
  const brief = view.brief;
  const member = brief?.kind === 'obc' ? brief.member : null;
  const seller = brief?.kind === 'seller' ? brief.seller : null;
  const sellerId = sellerOfSeat(seat);
  return {
    state,
    view,
    scenario: state.scenario,
    seat,
    kind: sellerId ? 'seller' : 'obc',
    role: member ? member.role : null,
    member,
    sellerId,
    offering: seller ? seller.offering : null,
    sellerName: typeof seller?.name === 'string' ? seller.name : '',
  };
}

/** Whether the current step lets a player send this intent: the engine's own rule (shared/rules/permissions.ts). */
export function allowed(view: SeatView, type: ActionType): boolean {
  return allowedNow(view, type);
}

/** Procurement and members with sign-off or veto power may disqualify a supplier. */
export function canDisqualify(ctx: SeatContext): boolean {
  return memberCanDisqualify(ctx.member);
}

/** Sellers still in the running this round (the view shows the OBC every proposal once they are open). */
export function eligibleSellers(view: SeatView): string[] {
  return stillEligible(
    view,
    view.proposals.map((p) => p.seller),
  );
}

export function activeSellers(view: SeatView): string[] {
  return view.sellers.filter((s) => !s.disqualified).map((s) => s.id);
}
