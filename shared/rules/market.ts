// Derived demand (notes: the demand for industrial goods derives from the demand of the buyer's own customers):
// the instructor can make the market move in the middle of a round. The buyer's customers start asking more of
// one benefit, and the member who answers for it weighs it more from then on — in the model (beliefs, votes,
// the formal evaluation, the objective value), in that member's brief and answers, in the bots, in the debrief.
// The news is public (every seat hears what the customers now ask for); who inside the buying center it moved,
// and by how much, is not: sellers who notice ask, and adapt their offer, before the decision.
//
// The shift lives in the table's state (`market`), carried into later rounds (the market stays moved), and the
// rules read a member's weights through `scenarioFor`, which lays the shifted weights over the scenario's.
import { own, setOwn } from '../own.ts';
import type { Member, Scenario } from '../scenario/schema.ts';
import type { ObcRole, TableState } from './types.ts';

/** One market event, as the table records it. */
export interface MarketShift {
  round: number;
  stage: TableState['stage'];
  role: ObcRole;
  dimension: string;
  /** The member's weights on every benefit, before and after (each sums as it did: 100). */
  before: Record<string, number>;
  after: Record<string, number>;
}

export interface MarketState {
  /** The weights each moved member now has, over the scenario's. */
  weights: Partial<Record<ObcRole, Record<string, number>>>;
  shifts: MarketShift[];
}

export function emptyMarket(): MarketState {
  return { weights: {}, shifts: [] };
}

/**
 * A member's weights with `points` more on `dimension` (at most all of them), taken from the other benefits in
 * proportion to their weight, in whole points, so that the total stays what it was (largest remainders: the
 * result is the same for the same input). The other benefits keep their order; none goes below 0.
 */
export function shiftWeights(
  weights: Readonly<Record<string, number>>,
  dimension: string,
  points: number,
): Record<string, number> {
  const entries = Object.entries(weights);
  const others = entries.filter(([d]) => d !== dimension);
  const othersTotal = others.reduce((sum, [, w]) => sum + w, 0);
  const moved = Math.max(0, Math.min(Math.round(points), othersTotal));
  const out = Object.create(null) as Record<string, number>;
  // What each other benefit gives up: its share of `moved`, floored, then the remainders by size.
  const exact = others.map(([d, w]) => ({ d, w, give: othersTotal === 0 ? 0 : (moved * w) / othersTotal }));
  const floors = exact.map((x) => ({ ...x, give: Math.floor(x.give), rest: x.give - Math.floor(x.give) }));
  let left = moved - floors.reduce((sum, x) => sum + x.give, 0);
  for (const x of [...floors].sort((a, b) => b.rest - a.rest || a.d.localeCompare(b.d))) {
    if (left <= 0) break;
    if (x.give < x.w) {
      x.give += 1;
      left -= 1;
    }
  }
  for (const [d, w] of entries) {
    if (d === dimension) setOwn(out, d, w + moved);
    else setOwn(out, d, w - (floors.find((x) => x.d === d)?.give ?? 0));
  }
  if (!Object.hasOwn(out, dimension)) setOwn(out, dimension, moved);
  return out;
}

const memo = new WeakMap<Scenario, Map<string, Scenario>>();

/**
 * The scenario as the rules read it at this table now: the members the market moved carry their shifted
 * weights. The same object as `scenario` when nothing moved, and the same derived object for the same shifts
 * (so that what is cached per scenario stays cached).
 */
export function scenarioFor(scenario: Scenario, state: Pick<TableState, 'market'>): Scenario {
  const weights = state.market?.weights;
  if (!weights || Object.keys(weights).length === 0) return scenario;
  const key = JSON.stringify(weights);
  let byKey = memo.get(scenario);
  if (!byKey) {
    byKey = new Map();
    memo.set(scenario, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const members = scenario.buyingFirm.obc.members.map((m): Member => {
    const w = own(weights, m.role);
    return w ? { ...m, priorities: { ...m.priorities, weights: { ...w } } } : m;
  });
  const derived: Scenario = {
    ...scenario,
    buyingFirm: { ...scenario.buyingFirm, obc: { ...scenario.buyingFirm.obc, members } },
  };
  byKey.set(key, derived);
  return derived;
}
