// The strategy tournament, on the pure engine (no sockets, no clock): every pairing of seller strategies plays
// every round of a scenario with bots in every seat, and the figures say how each strategy fared and whether the
// notes' lessons hold on this case. Pure and seeded, so the scenario editor can run it in the browser (in a
// worker) and `npm run simulate -- --compare` on the command line, with the same answer.
import { autoplaySession } from '../bots/autoplay.ts';
import { HONEST_STRATEGIES, SELLER_STRATEGIES, type SellerStrategy } from '../bots/seller-policy.ts';
import { computeDebrief, VP_TYPES, type VpType } from '../rules/debrief.ts';
import type { PurchaseType, Scenario } from '../scenario/schema.ts';
import { sellerSeat } from '../rules/seats.ts';
import { own } from '../own.ts';

export interface StrategyFigures {
  bids: number;
  wins: number;
  winRate: number;
  meanMargin: number;
  totalMargin: number;
  meanValueCaptured: number | null;
  classifiedAs: Record<VpType, number>;
}

/** What each lesson check compares (the editor names a check and its figures from this, in its language). */
export const LESSON_CHECK_IDS = [
  'focus-order',
  'overclaim',
  'claim-must-haves',
  'price-at-cost',
  'max-evidence',
  'no-discovery',
  'classified',
  'purchase-type',
] as const;
export type LessonCheckId = (typeof LESSON_CHECK_IDS)[number];

export interface LessonCheck {
  id: LessonCheckId;
  /** The check in English, for the command line and docs/strategies.md. */
  name: string;
  holds: boolean;
  /** Its figures in English. */
  detail: string;
  /** The figures and names `name` and `detail` are made of, for a translation. */
  params: Record<string, string | number>;
}

export interface TournamentResult {
  scenario: string;
  runs: number;
  rounds: number;
  strategies: Record<SellerStrategy, StrategyFigures>;
  lesson: { holds: boolean; checks: LessonCheck[] };
}

export interface TournamentOptions {
  runs: number;
  seed: number;
  /** Skip the purchase-type comparison (check 5), which plays the whole tournament a second time. */
  skipPurchaseTypeCheck?: boolean;
}

/** One table's outcome, for the figures. */
interface TableOutcome {
  strategies: Record<string, SellerStrategy>;
  /** The run the table was played in (the same pairing is played once a run). */
  run: number;
  /** Per round and seller: whether it won, its result, value captured, and how its pitch classifies. */
  offers: {
    seller: string;
    strategy: SellerStrategy;
    won: boolean;
    net: number;
    captured: number | null;
    type: VpType;
  }[];
  quality: number[];
}

/** The pairings of one run: each ordered pair of strategies, the first played by one seller and the second by the rest. */
export function pairings(sellers: readonly string[]): Record<string, SellerStrategy>[] {
  const out: Record<string, SellerStrategy>[] = [];
  const seen = new Set<string>();
  for (const x of SELLER_STRATEGIES)
    for (const y of SELLER_STRATEGIES)
      for (const focal of sellers) {
        const assignment = Object.fromEntries(sellers.map((s) => [s, s === focal ? x : y])) as Record<
          string,
          SellerStrategy
        >;
        const key = sellers.map((s) => own(assignment, s)).join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(assignment);
      }
  return out;
}

/** Plays one table (every round) with these strategies and reads the outcome from each round's debrief. */
export function playTable(
  scenario: Scenario,
  strategies: Record<string, SellerStrategy>,
  seed: number,
): TableOutcome {
  const bySeat = Object.fromEntries(Object.entries(strategies).map(([s, x]) => [sellerSeat(s), x]));
  const played = autoplaySession(scenario, {}, { seed, strategies: bySeat });
  const offers: TableOutcome['offers'] = [];
  const quality: number[] = [];
  const debriefs = played.rounds.map((r) => computeDebrief(scenario, r.state, r.events));
  for (const d of debriefs) {
    if (d.decision.quality !== null) quality.push(d.decision.quality);
    for (const o of d.offers) {
      const strategy = own(strategies, o.seller);
      if (!strategy) continue;
      offers.push({
        seller: o.seller,
        strategy,
        won: o.won && d.acceptance?.seller !== o.seller,
        net: o.marginTotal,
        captured: o.won ? o.valueCaptured : null,
        type: o.valueProposition.type,
      });
    }
  }
  return { strategies, offers, quality, run: 0 };
}

function emptyFigures(): StrategyFigures {
  return {
    bids: 0,
    wins: 0,
    winRate: 0,
    meanMargin: 0,
    totalMargin: 0,
    meanValueCaptured: null,
    classifiedAs: Object.fromEntries(VP_TYPES.map((t) => [t, 0])) as Record<VpType, number>,
  };
}

function figuresOf(outcomes: readonly TableOutcome[]): Record<SellerStrategy, StrategyFigures> {
  const out = Object.fromEntries(SELLER_STRATEGIES.map((s) => [s, emptyFigures()])) as Record<
    SellerStrategy,
    StrategyFigures
  >;
  const captured = new Map<SellerStrategy, number[]>();
  for (const t of outcomes)
    for (const o of t.offers) {
      const f = out[o.strategy];
      f.bids += 1;
      if (o.won) f.wins += 1;
      f.totalMargin += o.net;
      f.classifiedAs[o.type] += 1;
      if (o.captured !== null) captured.set(o.strategy, [...(captured.get(o.strategy) ?? []), o.captured]);
    }
  for (const s of SELLER_STRATEGIES) {
    const f = out[s];
    f.winRate = f.bids > 0 ? round(f.wins / f.bids, 4) : 0;
    f.meanMargin = f.bids > 0 ? round(f.totalMargin / f.bids, 2) : 0;
    f.totalMargin = round(f.totalMargin, 2);
    const c = captured.get(s) ?? [];
    f.meanValueCaptured = c.length > 0 ? round(c.reduce((a, b) => a + b, 0) / c.length, 4) : null;
  }
  return out;
}

function play(scenario: Scenario, options: TournamentOptions): TableOutcome[] {
  const sellers = scenario.sellers.map((s) => s.id);
  const out: TableOutcome[] = [];
  const all = pairings(sellers);
  for (let run = 0; run < options.runs; run++)
    // Every pairing of a run is played with the same seed (common random numbers): two strategies met by the
    // same rival face the same dice — a check's chance of exposing a lie, a member's scoring noise — so that the
    // comparison measures the strategies, not the luck of two independent draws.
    for (const assignment of all)
      out.push({ ...playTable(scenario, assignment, (options.seed * 7919 + run * 1009) | 0), run });
  return out;
}

/** The scenario as the other purchase type (new task ↔ straight rebuy), for the purchase-type check. */
export function withPurchaseType(scenario: Scenario, type: PurchaseType): Scenario {
  const copy = structuredClone(scenario);
  copy.purchaseType = type;
  const hasIncumbent = copy.sellers.some((s) => s.incumbent);
  if (type === 'new-task') for (const s of copy.sellers) s.incumbent = false;
  else if (!hasIncumbent && copy.sellers[0]) copy.sellers[0].incumbent = true;
  return copy;
}

export function tournament(scenario: Scenario, options: TournamentOptions): TournamentResult {
  const outcomes = play(scenario, options);
  const strategies = figuresOf(outcomes);
  const checks = lessonChecks(scenario, outcomes, strategies, options);
  return {
    scenario: scenario.meta.id,
    runs: options.runs,
    rounds: scenario.rounds.count,
    strategies,
    lesson: { holds: checks.every((c) => c.holds), checks },
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

function lessonChecks(
  scenario: Scenario,
  outcomes: readonly TableOutcome[],
  f: Record<SellerStrategy, StrategyFigures>,
  options: TournamentOptions,
): LessonCheck[] {
  const m = (s: SellerStrategy) => f[s].totalMargin;
  const checks: LessonCheck[] = [];
  const rf = m('resonating-focus');
  const fpd = m('favorable-points-of-difference');
  const ab = m('all-benefits');
  checks.push({
    id: 'focus-order',
    name: 'resonating focus > favorable points of difference > all benefits (total margin)',
    holds: rf > fpd && fpd > ab,
    params: { rf: Math.round(rf), fpd: Math.round(fpd), ab: Math.round(ab) },
    detail: `resonating focus ${fmt(rf)}, favorable points of difference ${fmt(fpd)}, all benefits ${fmt(ab)}`,
  });
  // Where a cheat plays, the buying center decides worse: its mean decision quality at those tables against the
  // same tables (same rivals' strategies, same seed) with that seller honest — resonating focus in its place.
  // Matched, because a table's decision quality depends on which strategies meet there; the unmatched mean (every
  // table where it does not play) is in the detail for reference.
  const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const keyOf = (t: Record<string, SellerStrategy>) =>
    Object.keys(t)
      .sort()
      .map((s) => `${s}=${own(t, s) ?? ''}`)
      .join(',');
  const byKey = new Map<string, TableOutcome[]>();
  for (const t of outcomes) byKey.set(keyOf(t.strategies), [...(byKey.get(keyOf(t.strategies)) ?? []), t]);
  for (const cheat of ['overclaim', 'claim-must-haves'] as const) {
    const plays = (t: TableOutcome) => Object.values(t.strategies).includes(cheat);
    const cheated = outcomes.filter(plays);
    const honest = cheated.flatMap((t) => {
      const swapped = Object.fromEntries(
        Object.entries(t.strategies).map(([s, x]) => [s, x === cheat ? 'resonating-focus' : x]),
      ) as Record<string, SellerStrategy>;
      return (byKey.get(keyOf(swapped)) ?? []).filter((m) => m.run === t.run);
    });
    const q = mean(cheated.flatMap((t) => t.quality));
    const h = mean(honest.flatMap((t) => t.quality));
    const elsewhere = mean(outcomes.filter((t) => !plays(t)).flatMap((t) => t.quality));
    const lower = q !== null && h !== null && q < h;
    checks.push({
      id: cheat,
      name: `${cheat} earns less than honest resonating focus, and buyers decide worse where it plays`,
      holds: m(cheat) < rf && lower,
      params: {
        strategy: cheat,
        margin: Math.round(m(cheat)),
        rf: Math.round(rf),
        quality: q === null ? '-' : round(q, 3),
        honest: h === null ? '-' : round(h, 3),
        elsewhere: elsewhere === null ? '-' : round(elsewhere, 3),
      },
      detail: `${cheat} ${fmt(m(cheat))} vs ${fmt(rf)}; decision quality ${q?.toFixed(3) ?? '-'} where it plays vs ${h?.toFixed(3) ?? '-'} at the same tables with that seller honest (${elsewhere?.toFixed(3) ?? '-'} at every table without it)`,
    });
  }
  checks.push({
    id: 'price-at-cost',
    name: 'price-at-cost wins but earns less than resonating focus',
    holds: f['price-at-cost'].winRate >= f['resonating-focus'].winRate && m('price-at-cost') < rf,
    params: {
      winRate: f['price-at-cost'].winRate,
      rfWinRate: f['resonating-focus'].winRate,
      margin: Math.round(m('price-at-cost')),
      rf: Math.round(rf),
    },
    detail: `win rate ${f['price-at-cost'].winRate} vs ${f['resonating-focus'].winRate}; margin ${fmt(m('price-at-cost'))} vs ${fmt(rf)}`,
  });
  checks.push({
    id: 'max-evidence',
    name: 'max-evidence earns less than resonating focus',
    holds: m('max-evidence') < rf,
    params: { margin: Math.round(m('max-evidence')), rf: Math.round(rf) },
    detail: `${fmt(m('max-evidence'))} vs ${fmt(rf)}`,
  });
  checks.push({
    id: 'no-discovery',
    name: 'no-discovery earns less than resonating focus with discovery',
    holds: m('no-discovery') < rf,
    params: { margin: Math.round(m('no-discovery')), rf: Math.round(rf) },
    detail: `${fmt(m('no-discovery'))} vs ${fmt(rf)}`,
  });
  for (const s of HONEST_STRATEGIES) {
    const total = f[s].bids;
    const share = total > 0 ? f[s].classifiedAs[s] / total : 0;
    checks.push({
      id: 'classified',
      name: `${s} is classified as itself in at least 90 % of its bids`,
      holds: share >= 0.9,
      params: { strategy: s, share: round(share, 3), count: f[s].classifiedAs[s], bids: total },
      detail: `${(share * 100).toFixed(1)} % (${f[s].classifiedAs[s]} of ${total})`,
    });
  }
  if (!options.skipPurchaseTypeCheck) {
    const other: PurchaseType = scenario.purchaseType === 'new-task' ? 'straight-rebuy' : 'new-task';
    const flipped = figuresOf(play(withPurchaseType(scenario, other), options));
    const moved = SELLER_STRATEGIES.map((s) => ({
      s,
      win: Math.abs(flipped[s].winRate - f[s].winRate),
      margin: Math.abs(flipped[s].totalMargin - f[s].totalMargin) / Math.max(1, Math.abs(f[s].totalMargin)),
    }));
    const biggest = [...moved].sort((a, b) => b.win - a.win)[0];
    checks.push({
      id: 'purchase-type',
      name: `changing the purchase type (${scenario.purchaseType} → ${other}) changes the outcomes`,
      holds: moved.some((x) => x.win >= 0.02 || x.margin >= 0.05),
      params: {
        from: scenario.purchaseType,
        to: other,
        strategy: biggest?.s ?? '',
        points: biggest ? round(biggest.win * 100, 1) : 0,
      },
      detail: biggest ? `largest win-rate change: ${biggest.s} ${(biggest.win * 100).toFixed(1)} points` : '',
    });
  }
  return checks;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
