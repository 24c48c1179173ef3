// The class debrief: every table's debrief of one round set side by side, and what they add up to (which
// sellers won and at what margin, which buying centers chose the best value, how each kind of value
// proposition fared, which concepts the play touched). Pure: the same debriefs always give the same summary.
import { own, setOwn } from '../own.ts';
import { VP_TYPES, type Debrief, type VpType } from '../rules/debrief.ts';
import { isSellerSeat } from '../rules/seats.ts';

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

/**
 * What the projector may show the whole class: who won where, at what price, how good the choice was, and how
 * each kind of value proposition fared. No costs or margins: those stay with the tables' own debriefs.
 */
export function publicResults(summary: ClassSummary) {
  return {
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
