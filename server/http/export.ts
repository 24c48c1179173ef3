// Exports for the instructor: the whole session as JSON (scenario, logs with both talk channels, debriefs, the
// grade weights) and one CSV row per student and round for a gradebook, with the grade, its components and
// their weights. Both are computed from the stored logs.
import { debriefsFromLog, type Debrief } from '../../shared/rules/debrief.ts';
import {
  MEMBER_COMPONENTS,
  SELLER_COMPONENTS,
  gradeRows,
  type GradeComponent,
} from '../../shared/session/grades.ts';
import { classSummary, finishedRounds, segmentComparison } from '../../shared/session/class-results.ts';
import { segmentCard } from '../../shared/session/segments.ts';
import { sellerOfSeat } from '../../shared/rules/seats.ts';
import { publicScenario } from '../../shared/rules/view.ts';
import type { LiveSession } from '../session.ts';
import type { Store } from '../store/store.ts';
import { tableRounds } from './grades.ts';

/** Every grade component, sellers' first: one score column and one weight column each in the CSV. */
const GRADE_COMPONENTS: readonly GradeComponent[] = [...SELLER_COMPONENTS, ...MEMBER_COMPONENTS];

export function exportJson(_store: Store, session: LiveSession) {
  return {
    format: 'buying-center-session/1',
    session: {
      id: session.id,
      code: session.code,
      createdAt: session.createdAt,
      status: session.status,
      options: session.options,
      gradeWeights: session.gradeWeights,
    },
    scenario: session.scenario,
    // A session of segments: every segment's scenario, and each table names its own.
    ...(session.segmented
      ? { segments: session.segments.map((x) => ({ id: x.id, tables: x.tables, scenario: x.scenario })) }
      : {}),
    players: [...session.players.values()].map((p) => ({
      id: p.id,
      name: p.name,
      joinedAt: p.joinedAt,
      removed: p.removed,
    })),
    tables: [...session.tables.values()].map((t) => {
      const log = session.logOf(t.id);
      return {
        id: t.id,
        segment: session.segmentOf(t),
        config: t.config,
        log,
        debriefs: debriefsFromLog(session.scenarioOf(t), t.config, log),
      };
    }),
  };
}

/**
 * The instructor's class debrief: every table's debriefs (recomputed from the stored log, as the exports are),
 * who sat where, and the class summary of one round.
 */
export function classDebrief(_store: Store, session: LiveSession, round?: number) {
  const tables = [...session.tables.values()].map((t) => ({
    table: t.id,
    segment: session.segmentOf(t),
    seats: Object.values(t.state.seats).map((seat) => ({
      id: seat.id,
      kind: seat.kind,
      names: seat.players.map((p) => p.name),
      bot: seat.bot,
    })),
    debriefs: debriefsFromLog(session.scenarioOf(t), t.config, session.logOf(t.id)),
  }));
  const cards = session.segments.map((x) => segmentCard(x.scenario));
  return {
    sessionId: session.id,
    code: session.code,
    /** For names and labels (the instructor may see everything; the debriefs reveal the rest). */
    scenario: publicScenario(session.scenario),
    /** Each segment's public scenario (names and labels of its tables) and card, when tables play different buyers. */
    segments: session.segmented
      ? session.segments.map((x, i) => ({ id: x.id, scenario: publicScenario(x.scenario), card: cards[i] }))
      : [],
    rounds: finishedRounds(tables),
    summary: classSummary(tables, round),
    comparison: session.segmented ? segmentComparison(tables, cards, round) : null,
    tables,
  };
}

const COLUMNS = [
  'session',
  'table',
  // The buyer the table played (its scenario's id): the same for every row unless the session has segments.
  'segment',
  'round',
  'player',
  'seat',
  'side',
  'winner',
  'price',
  'margin_per_unit',
  'decision_quality',
  'alignment',
  'discovery',
  'value_proposition',
  'perceived_value',
  'buyer_value',
  'prediction_score',
  // The grade, each component (0–100; empty: no data, left out) and the weight it had (empty: the other side's).
  'grade',
  ...GRADE_COMPONENTS.map((k) => `score_${k}`),
  ...GRADE_COMPONENTS.map((k) => `weight_${k}`),
  // Which scenario the session played: its id, where it came from (bundled, file, saved) and, for a saved one,
  // which and the hash of its text then, so that rows of two versions of a saved scenario are told apart.
  'scenario',
  'scenario_source',
  'saved_scenario',
  'scenario_hash',
] as const;

/** A cell as plain text: quoted, and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  let text = '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (value !== null && value !== undefined) text = JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A seat's prediction score: a seller team's insight calibration (0–1), a member's 1 or 0 for whether the offer
 * it predicted was chosen; empty where the seat made no prediction.
 */
function predictionScore(d: Debrief, seat: string): number | '' {
  const seller = sellerOfSeat(seat);
  if (seller !== null) {
    const p = d.predictions.sellers.find((x) => x.seller === seller);
    return p?.made ? p.score : '';
  }
  const p = d.predictions.members.find((x) => x.role === seat);
  return p?.made ? (p.hit ? 1 : 0) : '';
}

/**
 * One row per student and round, for those seated when the round ended: the round's facts, and the grade with
 * its components and weights, so that a spreadsheet can recompute it (docs/api.md).
 */
export function exportCsv(_store: Store, session: LiveSession): string {
  const rows: unknown[][] = [[...COLUMNS]];
  const source = session.options.source;
  const origin = [
    session.scenario.meta.id,
    source?.kind ?? '',
    source?.kind === 'saved' ? source.id : '',
    source?.kind === 'saved' ? source.hash : '',
  ];
  const tables = tableRounds(session);
  const weights = session.gradeWeights;
  const debriefs = new Map(tables.flatMap((t) => t.rounds.map((f) => [`${t.table}/${f.round}`, f.debrief])));
  for (const g of gradeRows((table) => session.scenarioOf(table), tables, weights)) {
    const d = debriefs.get(`${g.table}/${g.round}`);
    if (!d) continue;
    const seller = sellerOfSeat(g.seat);
    const offer = seller ? d.offers.find((o) => o.seller === seller) : undefined;
    const sideWeights: Partial<Record<GradeComponent, number>> = weights[g.side];
    rows.push([
      session.code,
      g.table,
      session.segmentOf(g.table),
      g.round,
      g.name,
      g.seat,
      seller ? 'seller' : 'buying-center',
      d.decision.winner ?? '',
      offer?.price ?? '',
      offer?.margin ?? '',
      d.decision.quality ?? '',
      offer?.alignment.overall ?? '',
      offer?.discovery.overall ?? '',
      offer?.valueProposition.type ?? '',
      offer?.perceivedValue ?? '',
      offer?.buyerValue ?? '',
      predictionScore(d, g.seat),
      g.grade ?? '',
      ...GRADE_COMPONENTS.map((k) => g.components[k] ?? ''),
      ...GRADE_COMPONENTS.map((k) => sideWeights[k] ?? ''),
      ...origin,
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
