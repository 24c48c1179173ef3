// The class debrief: every table's debrief of one round set side by side, and what they add up to (which
// sellers won and at what margin, which buying centers chose the best value, how each kind of value
// proposition fared, which concepts the play touched). Pure: the same debriefs always give the same summary.
import { own, setOwn } from '../own.ts';
import { VP_TYPES, type Debrief, type VpType } from '../rules/debrief.ts';
import { isSellerSeat } from '../rules/seats.ts';
import { segmentDifferences, type ComparedFact, type SegmentCard } from './segments.ts';

export interface OfferOutcome {
  seller: string;
  price: number;
  unitCost: number;
  margin: number;
  marginTotal: number;
  grossValue: number;
  buyerValue: number;
  perceivedValue: number;
  won: boolean;
  eligible: boolean;
  vpType: VpType;
  fit: boolean;
  alignment: number;
  discovery: number;
}

export interface TableOutcome {
  table: string;
  round: number;
  winner: string | null;
  price: number | null;
  margin: number | null;
  quality: number | null;
  bestValueSeller: string | null;
  /** The buying center chose the offer with the best objective value. */
  choseBest: boolean;
  offers: OfferOutcome[];
  /** Predict, then reveal: each seller team's insight calibration, and the members who foresaw the choice. */
  predictions: TablePredictions;
}

export interface TablePredictions {
  sellers: { seller: string; made: boolean; score: number }[];
  members: number;
  membersPredicted: number;
  membersRight: number;
}

export interface ClassSummary {
  round: number;
  /** Tables that finished this round, in the order given. */
  tables: TableOutcome[];
  /** Tables still playing (or never started) this round. */
  unfinished: string[];
  averageQuality: number | null;
  choseBest: number;
  winsBySeller: Record<string, number>;
  vpTypes: { type: VpType; offers: number; wins: number; fit: number; averageMargin: number | null }[];
  /** Teaching-note concepts, with how many tables and offers touched each, most frequent first. */
  concepts: { concept: string; tables: number; offers: number }[];
  /** The class's predictions: mean insight calibration of the seller teams that predicted, and the members'. */
  predictions: {
    sellers: number;
    sellersPredicted: number;
    averageInsight: number | null;
    members: number;
    membersPredicted: number;
    membersRight: number;
  };
}

export interface TableDebriefs {
  table: string;
  debriefs: readonly Debrief[];
}

/** The rounds any table has finished, ascending. */
export function finishedRounds(tables: readonly TableDebriefs[]): number[] {
  return [...new Set(tables.flatMap((t) => t.debriefs.map((d) => d.round)))].sort((a, b) => a - b);
}

export function outcomeOf(table: string, d: Debrief): TableOutcome {
  const won = d.offers.find((o) => o.won);
  return {
    table,
    round: d.round,
    winner: d.decision.winner,
    price: won?.price ?? null,
    margin: won?.margin ?? null,
    quality: d.decision.quality,
    bestValueSeller: d.decision.bestValueSeller,
    choseBest: d.decision.winner !== null && d.decision.winner === d.decision.bestValueSeller,
    offers: d.offers.map((o) => ({
      seller: o.seller,
      price: o.price,
      unitCost: o.unitCost,
      margin: o.margin,
      marginTotal: o.marginTotal,
      grossValue: o.grossValue,
      buyerValue: o.buyerValue,
      perceivedValue: o.perceivedValue,
      won: o.won,
      eligible: o.eligible,
      vpType: o.valueProposition.type,
      fit: o.valueProposition.fit.ok,
      alignment: o.alignment.overall,
      discovery: o.discovery.overall,
    })),
    predictions: {
      sellers: d.predictions.sellers.map((x) => ({ seller: x.seller, made: x.made, score: x.score })),
      members: d.predictions.members.length,
      membersPredicted: d.predictions.members.filter((m) => m.made).length,
      membersRight: d.predictions.membersRight,
    },
  };
}

/** The class summary of one round (by default the latest round any table finished). */
export function classSummary(tables: readonly TableDebriefs[], round?: number): ClassSummary {
  const rounds = finishedRounds(tables);
  const r = round ?? rounds[rounds.length - 1] ?? 1;
  const outcomes: TableOutcome[] = [];
  const unfinished: string[] = [];
  const concepts = new Map<string, { tables: Set<string>; offers: number }>();
  for (const t of tables) {
    const d = t.debriefs.find((x) => x.round === r);
    if (!d) {
      unfinished.push(t.table);
      continue;
    }
    outcomes.push(outcomeOf(t.table, d));
    for (const note of d.notes) {
      const entry = concepts.get(note.concept) ?? { tables: new Set<string>(), offers: 0 };
      entry.tables.add(t.table);
      // A note to a seller team is about its offer.
      if (note.seats.some(isSellerSeat)) entry.offers += 1;
      concepts.set(note.concept, entry);
    }
  }
  const qualities = outcomes.map((o) => o.quality).filter((q): q is number => q !== null);
  const winsBySeller: Record<string, number> = {};
  for (const o of outcomes)
    if (o.winner) setOwn(winsBySeller, o.winner, (own(winsBySeller, o.winner) ?? 0) + 1);
  const offers = outcomes.flatMap((o) => o.offers);
  const predicted = outcomes.flatMap((o) => o.predictions.sellers).filter((x) => x.made);
  const sum = (f: (p: TablePredictions) => number) => outcomes.reduce((n, o) => n + f(o.predictions), 0);
  return {
    round: r,
    tables: outcomes,
    unfinished,
    averageQuality: qualities.length > 0 ? round3(mean(qualities)) : null,
    choseBest: outcomes.filter((o) => o.choseBest).length,
    winsBySeller,
    vpTypes: VP_TYPES.map((type) => {
      const of = offers.filter((o) => o.vpType === type);
      return {
        type,
        offers: of.length,
        wins: of.filter((o) => o.won).length,
        fit: of.filter((o) => o.fit).length,
        averageMargin: of.length > 0 ? round2(mean(of.map((o) => o.margin))) : null,
      };
    }),
    concepts: [...concepts.entries()]
      .map(([concept, e]) => ({ concept, tables: e.tables.size, offers: e.offers }))
      .sort((a, b) => b.tables - a.tables || b.offers - a.offers || a.concept.localeCompare(b.concept)),
    predictions: {
      sellers: sum((p) => p.sellers.length),
      sellersPredicted: predicted.length,
      averageInsight: predicted.length > 0 ? round3(mean(predicted.map((x) => x.score))) : null,
      members: sum((p) => p.members),
      membersPredicted: sum((p) => p.membersPredicted),
      membersRight: sum((p) => p.membersRight),
    },
  };
}

// ---- segments: the same sellers and value propositions, with different buyers ----

/** How a group of offers fared: how many, how many won, the win rate, and the margin per unit where they won. */
export interface Fared {
  offers: number;
  wins: number;
  winRate: number | null;
  /** Mean margin per unit of the offers that won (what the strategy earned where it worked). */
  averageMargin: number | null;
}

export interface SegmentResult {
  segment: string;
  /** Tables of the segment that finished the round, and those still playing it. */
  tables: number;
  unfinished: number;
  averageQuality: number | null;
  choseBest: number;
  sellers: ({ seller: string } & Fared)[];
  vpTypes: ({ type: VpType } & Fared)[];
}

export interface SegmentComparison {
  round: number;
  segments: SegmentResult[];
  /** The segment cards' facts on which the segments differ (the cards hold the values). */
  differences: ComparedFact[];
  /**
   * For each value proposition some segment saw offered: the segment where it won most often and where least
   * (null where fewer than two segments saw it), and the gap between their win rates.
   */
  contrasts: { type: VpType; best: string | null; worst: string | null; spread: number }[];
}

function fared(offers: readonly OfferOutcome[]): Fared {
  const won = offers.filter((o) => o.won);
  return {
    offers: offers.length,
    wins: won.length,
    winRate: offers.length > 0 ? round3(won.length / offers.length) : null,
    averageMargin: won.length > 0 ? round2(mean(won.map((o) => o.margin))) : null,
  };
}

/**
 * The class debrief across segments: per segment (in the cards' order), how its tables decided and how each
 * seller and each kind of value proposition fared, with what differs between the segments. Pure: a table's
 * segment comes with it; a table of a segment without a card is left out.
 */
export function segmentComparison(
  tables: readonly (TableDebriefs & { segment: string })[],
  cards: readonly SegmentCard[],
  round?: number,
): SegmentComparison {
  const rounds = finishedRounds(tables);
  const r = round ?? rounds[rounds.length - 1] ?? 1;
  const segments = cards.map((card): SegmentResult => {
    const mine = tables.filter((t) => t.segment === card.id);
    const outcomes = mine.flatMap((t) => {
      const d = t.debriefs.find((x) => x.round === r);
      return d ? [outcomeOf(t.table, d)] : [];
    });
    const offers = outcomes.flatMap((o) => o.offers);
    const qualities = outcomes.map((o) => o.quality).filter((q): q is number => q !== null);
    const sellers = [...new Set(offers.map((o) => o.seller))].sort();
    return {
      segment: card.id,
      tables: outcomes.length,
      unfinished: mine.length - outcomes.length,
      averageQuality: qualities.length > 0 ? round3(mean(qualities)) : null,
      choseBest: outcomes.filter((o) => o.choseBest).length,
      sellers: sellers.map((seller) => ({ seller, ...fared(offers.filter((o) => o.seller === seller)) })),
      vpTypes: VP_TYPES.map((type) => ({ type, ...fared(offers.filter((o) => o.vpType === type)) })),
    };
  });
  const contrasts = VP_TYPES.flatMap((type): SegmentComparison['contrasts'] => {
    const rates = segments
      .map((s) => ({ segment: s.segment, rate: s.vpTypes.find((v) => v.type === type)?.winRate ?? null }))
      .filter((x): x is { segment: string; rate: number } => x.rate !== null);
    if (rates.length === 0) return [];
    if (rates.length < 2) return [{ type, best: null, worst: null, spread: 0 }];
    // Ties go to the earlier segment for best and to the later for worst, so best and worst differ.
    let best = rates[0] as (typeof rates)[number];
    let worst = best;
    for (const x of rates) {
      if (x.rate > best.rate) best = x;
      if (x.rate <= worst.rate) worst = x;
    }
    return [{ type, best: best.segment, worst: worst.segment, spread: round3(best.rate - worst.rate) }];
  });
  return { round: r, segments, differences: segmentDifferences(cards), contrasts };
}

/** The comparison as the projector may show it: no margins (as publicResults). */
export function publicComparison(c: SegmentComparison) {
  const strip = <T extends Fared>({ averageMargin: _m, ...rest }: T) => rest;
  return {
    round: c.round,
    differences: c.differences,
    contrasts: c.contrasts,
    segments: c.segments.map((s) => ({
      ...s,
      sellers: s.sellers.map(strip),
      vpTypes: s.vpTypes.map(strip),
    })),
  };
}
export type PublicComparison = ReturnType<typeof publicComparison>;

/**
 * What the projector may show the whole class: who won where, at what price, how good the choice was, and how
 * each kind of value proposition fared. No costs or margins: those stay with the tables' own debriefs.
 */
export function publicResults(
  summary: ClassSummary,
  segments?: { comparison: SegmentComparison; cards: readonly SegmentCard[] } | null,
) {
  return {
    /** Across segments (a session whose tables play different buyers), with the segments' cards. */
    segments: segments ? { ...publicComparison(segments.comparison), cards: [...segments.cards] } : null,
    round: summary.round,
    tables: summary.tables.map((t) => ({
      table: t.table,
      winner: t.winner,
      price: t.price,
      quality: t.quality,
      choseBest: t.choseBest,
      offers: t.offers.map((o) => ({ seller: o.seller, vpType: o.vpType, won: o.won })),
    })),
    unfinished: summary.unfinished,
    averageQuality: summary.averageQuality,
    choseBest: summary.choseBest,
    vpTypes: summary.vpTypes.map(({ type, offers, wins }) => ({ type, offers, wins })),
  };
}
export type PublicResults = ReturnType<typeof publicResults>;

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
