// What every panel needs to know about the seat it serves, derived once per update from the store.
import { RFP_STEP_RULES, STAGE_RULES } from '../../shared/rules/stages.ts';
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
  const sellerId = seat.startsWith('seller-') ? seat.slice('seller-'.length) : null;
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

/** Whether the current stage (or step) lets a player send this action: STAGE_RULES / RFP_STEP_RULES. */
export function allowed(view: SeatView, type: ActionType): boolean {
  if (type === 'chat') return view.phase !== 'lobby';
  if (view.phase !== 'playing' || !view.stage || view.paused) return false;
  const rule =
    view.stage === 'rfp' ? (view.step ? RFP_STEP_RULES[view.step] : null) : STAGE_RULES[view.stage];
  return rule?.allowed.includes(type) ?? false;
}

/** Procurement and members with sign-off or veto power may disqualify a supplier. */
export function canDisqualify(ctx: SeatContext): boolean {
  return ctx.role === 'procurement' || Boolean(ctx.member?.signOff) || Boolean(ctx.member?.veto);
}

/** Sellers still in the running this round. */
export function eligibleSellers(view: SeatView): string[] {
  return view.proposals
    .map((p) => p.seller)
    .filter((id) => !view.rejected.includes(id) && !view.sellers.find((s) => s.id === id)?.disqualified);
}

export function activeSellers(view: SeatView): string[] {
  return view.sellers.filter((s) => !s.disqualified).map((s) => s.id);
}
