// Grades: a score per student and round from weights the instructor chooses. Every component is a number from
// 0 to 100, a pure function of the round's debrief and the table's state when the round ended; a component
// with no data for a student (a seller who made no claim has no credibility to judge, a member without a vote
// no vote to judge) is left out and the other weights renormalized. The grade is the weighted mean of the
// components a student has. Adding a component is one entry in COMPONENTS and one default weight: sessions that
// stored weights before it get its default (so did those of before the predictions' insight and forecast).
import { z } from 'zod';
import { own } from '../own.ts';
import { computeDebrief, choiceQuality, discovery, type Debrief } from '../rules/debrief.ts';
import { voters } from '../rules/decision.ts';
import { scenarioFor } from '../rules/market.ts';
import { PURCHASE_PROFILES } from '../rules/model.ts';
import { replay } from '../rules/replay.ts';
import { isTangible, trueValue } from '../rules/scoring.ts';
import { isObcRole, sellerOfSeat } from '../rules/seats.ts';
import type { GameEvent, LogEntry, ObcRole, SeatId, TableConfig, TableState } from '../rules/types.ts';
import type { Scenario } from '../scenario/schema.ts';

export type GradeSide = 'seller' | 'member';

/** The components of each side, in the order the console and the export show them. */
export const SELLER_COMPONENTS = ['margin', 'alignment', 'discovery', 'credibility', 'insight'] as const;
export const MEMBER_COMPONENTS = ['decision', 'verification', 'specification', 'forecast'] as const;
export type SellerComponent = (typeof SELLER_COMPONENTS)[number];
export type MemberComponent = (typeof MEMBER_COMPONENTS)[number];
export type GradeComponent = SellerComponent | MemberComponent;

export interface GradeWeights {
  seller: Record<SellerComponent, number>;
  member: Record<MemberComponent, number>;
}

/** The weights a session starts with: relative, so only their ratios matter (these sum to 100 per side). */
export const DEFAULT_GRADE_WEIGHTS: GradeWeights = {
  seller: { margin: 30, alignment: 20, discovery: 20, credibility: 20, insight: 10 },
  member: { decision: 45, verification: 20, specification: 20, forecast: 15 },
};

/** The most a weight may be: weights are relative, and a bound keeps a typo (1e9) from hiding the others. */
export const MAX_WEIGHT = 1000;

const Weight = z
  .number({ error: 'a weight is a number' })
  .min(0, 'a weight is 0 or more')
  .max(MAX_WEIGHT, `a weight is at most ${MAX_WEIGHT}`);

function sideSchema<K extends string>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, Weight.optional()])) as Record<
    K,
    z.ZodOptional<typeof Weight>
  >;
  // strict: a key that is no component (`__proto__`, `toString`, a typo) is refused by name, never read.
  return z.object(shape).strict();
}

/**
 * A change of weights as a client sends it: either side, any of its components; what is left out keeps its
 * weight. Unknown keys are refused, at every level.
 */
export const GradeWeightsPatchSchema = z
  .object({
    seller: sideSchema(SELLER_COMPONENTS).optional(),
    member: sideSchema(MEMBER_COMPONENTS).optional(),
  })
  .strict();
export type GradeWeightsPatch = z.infer<typeof GradeWeightsPatchSchema>;

/** The weights after a change, or why the change is refused (a side whose weights would all be 0). */
export function mergeWeights(
  current: GradeWeights,
  patch: GradeWeightsPatch,
): { ok: true; weights: GradeWeights } | { ok: false; message: string } {
  const weights: GradeWeights = {
    seller: { ...current.seller },
    member: { ...current.member },
  };
  for (const k of SELLER_COMPONENTS) {
    const w = patch.seller?.[k];
    if (w !== undefined) weights.seller[k] = w;
  }
  for (const k of MEMBER_COMPONENTS) {
    const w = patch.member?.[k];
    if (w !== undefined) weights.member[k] = w;
  }
  for (const side of ['seller', 'member'] as const) {
    if (Object.values(weights[side]).every((w) => w === 0))
      return {
        ok: false,
        message: `the ${side} weights cannot all be 0: give at least one a weight above 0`,
      };
  }
  return { ok: true, weights };
}

/** Stored weights (any version) over the defaults: a component added since keeps its default weight. */
export function withDefaults(stored: GradeWeightsPatch | null | undefined): GradeWeights {
  const merged = mergeWeights(DEFAULT_GRADE_WEIGHTS, stored ?? {});
  return merged.ok ? merged.weights : DEFAULT_GRADE_WEIGHTS;
}

// ---- the rounds a table finished, with what the components read ----

/** One finished round of a table: its debrief and the table's state when it ended (who sat where, too). */
export interface RoundFacts {
  round: number;
  debrief: Debrief;
  state: TableState;
}

/** Replays a table's log once and keeps every finished round's debrief and end state. */
export function roundsFromLog(
  scenario: Scenario,
  config: Partial<TableConfig> & { seed: number },
  log: readonly LogEntry[],
): RoundFacts[] {
  const out: RoundFacts[] = [];
  let roundEvents: GameEvent[] = [];
  replay(scenario, config, log, (state, events) => {
    for (const e of events) {
      if (e.type === 'round-started') roundEvents = [];
      roundEvents.push(e);
      if (e.type === 'round-over')
        out.push({ round: state.round, debrief: computeDebrief(scenario, state, roundEvents), state });
    }
  });
  return out;
}

// ---- the components ----

/** Scores on a 0–100 scale, to one decimal, so that a grade recomputed from the export's columns matches. */
function score(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}

/**
 * Margin: the share of the value the team's offer created (its value to the buyer less its cost, over the
 * contract) that the team kept as its result, after damages and the evidence it bought. 0 without a win.
 */
export function marginScore(scenario: Scenario, f: RoundFacts, seller: string): number {
  const offer = f.debrief.offers.find((o) => o.seller === seller);
  if (!offer) return 0;
  const created = (offer.grossValue - offer.unitCost) * scenario.economics.quantity;
  if (created <= 0) return offer.marginTotal > 0 ? 100 : 0;
  return score(offer.marginTotal / created);
}

/** Alignment: the debrief's alignment of what the team stressed with each member's top priorities. */
export function alignmentScore(f: RoundFacts, seller: string): number {
  return score(f.debrief.offers.find((o) => o.seller === seller)?.alignment.overall ?? 0);
}

/** Discovery: the share of the members' top priorities the team found, by influence (with or without a bid). */
export function discoveryScore(scenario: Scenario, f: RoundFacts, seller: string): number {
  const offer = f.debrief.offers.find((o) => o.seller === seller);
  return score(offer ? offer.discovery.overall : discovery(scenario, f.state, seller).overall);
}

/**
 * Credibility: each claim counts 1 when the delivery kept it and 0 when it did not; an intangible claim the team
 * stressed without evidence that vouches for it counts half (the buyer had no reason to believe it). No claim,
 * no score.
 */
export function credibilityScore(f: RoundFacts, seller: string): number | null {
  const offer = f.debrief.offers.find((o) => o.seller === seller);
  const claims = offer?.credibility.claims ?? [];
  if (claims.length === 0) return null;
  const proposal = own(f.state.proposals, seller);
  const stressed = new Set([
    ...(proposal?.leadWith ?? []),
    ...Object.values(proposal?.messages ?? {}).flatMap((m) => m?.dimensions ?? []),
  ]);
  const points = claims.reduce((sum, c) => {
    const kept = c.gap <= 0 ? 1 : 0;
    return sum + (c.intangible && !c.backed && stressed.has(c.dimension) ? kept / 2 : kept);
  }, 0);
  return score(points / claims.length);
}

/**
 * Decision quality of one member: the quality of the offer they voted for, by the debrief's rule (its value
 * against the best eligible offer's). Left out for a member this purchase does not ask to vote, or a round with
 * no eligible offer; 0 for a voter who did not vote.
 */
export function decisionScore(scenario: Scenario, f: RoundFacts, role: ObcRole): number | null {
  if (!voters(scenario, f.state).some((m) => m.role === role)) return null;
  const value = (seller: string) => {
    const p = own(f.state.proposals, seller);
    return p ? trueValue(scenario, p).value : null;
  };
  const bestSeller = f.debrief.decision.bestValueSeller;
  const best = bestSeller === null ? null : value(bestSeller);
  if (best === null) return null;
  const vote = own(f.state.votes, role);
  const chosen = vote === undefined ? null : value(vote);
  return chosen === null ? 0 : score(choiceQuality(best, chosen));
}

/**
 * Verification done: the claims the member checked, of the checks this purchase type allows them (fewer when the
 * proposals made fewer checkable claims). Left out when there was no tangible claim to check.
 */
export function verificationScore(scenario: Scenario, f: RoundFacts, role: ObcRole): number | null {
  const tangible = new Set(scenario.dimensions.filter((d) => isTangible(d.category)).map((d) => d.id));
  const checkable = Object.values(f.state.proposals).reduce(
    (n, p) => n + Object.keys(p.claims).filter((d) => tangible.has(d)).length,
    0,
  );
  const possible = Math.min(PURCHASE_PROFILES[f.state.purchaseType].checks, checkable);
  if (possible === 0) return null;
  const made = f.state.checks.filter((c) => c.by === role).length;
  return score(Math.min(made, possible) / possible);
}

/** Points per specification item: adopted into the specification, or proposed and not adopted. */
export const SPEC_POINTS = { adopted: 50, proposed: 25 } as const;

/**
 * Specification contributions: 50 points for each item the member proposed that the buying center adopted, 25
 * for each other item they proposed, at most 100. Left out for a round that never reached the specifications.
 */
export function specificationScore(f: RoundFacts, role: ObcRole): number | null {
  const reached = f.debrief.timeline.some(
    (e) => e.type === 'stage-started' && e.data.stage === 'specifications',
  );
  if (!reached) return null;
  const mine = f.state.spec.items.filter((i) => i.by === role);
  const adopted = mine.filter((i) => i.status === 'adopted').length;
  const points = adopted * SPEC_POINTS.adopted + (mine.length - adopted) * SPEC_POINTS.proposed;
  return score(points / 100);
}

/**
 * Insight (predict, then reveal): the team's insight calibration, the share of the members whose top priority it
 * predicted, from the debrief; 0 for a team that made no prediction (every step from the first offers one).
 */
export function insightScore(f: RoundFacts, seller: string): number {
  const p = f.debrief.predictions.sellers.find((x) => x.seller === seller);
  return p?.made ? score(p.score) : 0;
}

/**
 * Forecast: 100 when the offer the member predicted the buying center would choose was chosen, else 0 (also
 * without a prediction). Left out for a round in which no offer was chosen (nothing to have foreseen).
 */
export function forecastScore(f: RoundFacts, role: ObcRole): number | null {
  if (f.debrief.predictions.chosen === null) return null;
  const p = f.debrief.predictions.members.find((x) => x.role === role);
  return p?.hit ? 100 : 0;
}

export type Components = Partial<Record<GradeComponent, number | null>>;

/** Every component of one seat in one round; null where the component has no data. */
export function componentsOf(caseFile: Scenario, f: RoundFacts, seat: SeatId): Components {
  // The members' weights as the market left them (market.ts), as the debrief read them.
  const scenario = scenarioFor(caseFile, f.state);
  const seller = sellerOfSeat(seat);
  if (seller)
    return {
      margin: marginScore(scenario, f, seller),
      alignment: alignmentScore(f, seller),
      discovery: discoveryScore(scenario, f, seller),
      credibility: credibilityScore(f, seller),
      insight: insightScore(f, seller),
    };
  if (!isObcRole(seat)) return {};
  return {
    decision: decisionScore(scenario, f, seat),
    verification: verificationScore(scenario, f, seat),
    specification: specificationScore(f, seat),
    forecast: forecastScore(f, seat),
  };
}

/** The components of a side, in order. */
export function componentKeys(side: GradeSide): readonly GradeComponent[] {
  return side === 'seller' ? SELLER_COMPONENTS : MEMBER_COMPONENTS;
}

/**
 * The grade: Σ weight × component ÷ Σ weight, over the components the student has (not null); null when none
 * of them carries weight. To one decimal.
 */
export function gradeOf(side: GradeSide, components: Components, weights: GradeWeights): number | null {
  const ws: Partial<Record<GradeComponent, number>> = weights[side];
  let sum = 0;
  let total = 0;
  for (const k of componentKeys(side)) {
    const c = components[k];
    const w = ws[k] ?? 0;
    if (c === null || c === undefined || w === 0) continue;
    sum += w * c;
    total += w;
  }
  return total === 0 ? null : Math.round((sum / total) * 10) / 10;
}

// ---- per student ----

export interface GradeRow {
  table: string;
  round: number;
  playerId: string;
  name: string;
  seat: SeatId;
  side: GradeSide;
  components: Components;
  grade: number | null;
}

export interface StudentGrade {
  playerId: string;
  name: string;
  /** The rounds they were graded in, in order of play. */
  rounds: GradeRow[];
  /** The mean of their round grades (rounds with a grade), to one decimal. */
  grade: number | null;
}

export interface TableRounds {
  table: string;
  rounds: readonly RoundFacts[];
}

/**
 * A row per student and round: the students seated when the round ended are the ones it grades (a student moved
 * during a round is graded where the round ended; a bot's seat grades nobody).
 */
export function gradeRows(
  /** The scenario every table played, or each table's own (a session of segments). */
  scenarioOf: Scenario | ((table: string) => Scenario),
  tables: readonly TableRounds[],
  weights: GradeWeights,
): GradeRow[] {
  const rows: GradeRow[] = [];
  for (const t of tables) {
    const scenario = typeof scenarioOf === 'function' ? scenarioOf(t.table) : scenarioOf;
    for (const f of t.rounds)
      for (const seat of Object.values(f.state.seats)) {
        const side: GradeSide = seat.kind === 'seller' ? 'seller' : 'member';
        const components = componentsOf(scenario, f, seat.id);
        const grade = gradeOf(side, components, weights);
        for (const p of seat.players)
          rows.push({
            table: t.table,
            round: f.round,
            playerId: p.id,
            name: p.name,
            seat: seat.id,
            side,
            components,
            grade,
          });
      }
  }
  return rows;
}

/** The rows by student, with each student's mean grade. */
export function studentGrades(rows: readonly GradeRow[]): StudentGrade[] {
  const by = new Map<string, StudentGrade>();
  for (const r of rows) {
    const s = by.get(r.playerId) ?? { playerId: r.playerId, name: r.name, rounds: [], grade: null };
    s.rounds.push(r);
    by.set(r.playerId, s);
  }
  for (const s of by.values()) {
    const graded = s.rounds.map((r) => r.grade).filter((g): g is number => g !== null);
    s.grade =
      graded.length === 0 ? null : Math.round((graded.reduce((a, b) => a + b, 0) / graded.length) * 10) / 10;
  }
  return [...by.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.playerId.localeCompare(b.playerId),
  );
}
