// Predict, then reveal: how well each seat read the round, scored once it is over. A seller team is scored on
// insight calibration — the share of the members whose top priority it named — and a member on whether the offer
// it expected the buying center to choose was chosen (and how far off the price it expected was). Pure: the
// predictions are read here and in the views, never by the rules of the round, so they cannot change its outcome.
import { own } from '../own.ts';
import type { Member, ObcRole, Scenario } from '../scenario/schema.ts';
import type { Predictions } from './types.ts';

/** A member's top priority: the benefit it weighs most (where two weigh the same, either is its top priority). */
export function topPriority(member: Member): string[] {
  const weights = Object.entries(member.priorities.weights).filter(([, w]) => w > 0);
  const top = Math.max(0, ...weights.map(([, w]) => w));
  return weights
    .filter(([, w]) => w === top)
    .map(([d]) => d)
    .sort();
}

export interface SellerPrediction {
  seller: string;
  /** Whether the team made a prediction at all. */
  made: boolean;
  /** Members whose top priority it named, of all the members. */
  hits: number;
  members: number;
  /** Insight calibration: hits ÷ members (0 without a prediction). */
  score: number;
  byMember: { role: ObcRole; predicted: string | null; top: string[]; hit: boolean }[];
}

export interface MemberPrediction {
  role: ObcRole;
  made: boolean;
  seller: string | null;
  price: number | null;
  /** The offer it predicted was the one chosen. */
  hit: boolean;
  /** |predicted − contract price| ÷ contract price, when it predicted a price and an offer was chosen. */
  priceError: number | null;
}

export interface PredictionDebrief {
  /** The offer the buying center chose (a contract voided at acceptance was chosen too), or null. */
  chosen: string | null;
  /** The chosen offer's final price (after a best-and-final round). */
  price: number | null;
  sellers: SellerPrediction[];
  members: MemberPrediction[];
  /** Members whose predicted offer was chosen, of all the members. */
  membersRight: number;
}

export function scorePredictions(
  scenario: Scenario,
  predictions: Predictions,
  sellers: readonly string[],
  chosen: string | null,
  price: number | null,
): PredictionDebrief {
  const members = scenario.buyingFirm.obc.members;
  const sellerScores = sellers.map((seller): SellerPrediction => {
    const named = own(predictions.sellers, seller);
    const byMember = members.map((m) => {
      const predicted = named?.[m.role] ?? null;
      const top = topPriority(m);
      return { role: m.role, predicted, top, hit: predicted !== null && top.includes(predicted) };
    });
    const hits = byMember.filter((x) => x.hit).length;
    return {
      seller,
      made: byMember.some((x) => x.predicted !== null),
      hits,
      members: members.length,
      score: members.length === 0 ? 0 : round3(hits / members.length),
      byMember,
    };
  });
  const memberScores = members.map((m): MemberPrediction => {
    const p = predictions.members[m.role];
    const hit = p !== undefined && chosen !== null && p.seller === chosen;
    const priceError =
      p?.price != null && chosen !== null && price !== null && price > 0
        ? round3(Math.abs(p.price - price) / price)
        : null;
    return {
      role: m.role,
      made: p !== undefined,
      seller: p?.seller ?? null,
      price: p?.price ?? null,
      hit,
      priceError,
    };
  });
  return {
    chosen,
    price: chosen === null ? null : price,
    sellers: sellerScores,
    members: memberScores,
    membersRight: memberScores.filter((x) => x.hit).length,
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
