// Segments: one session whose tables play different buyers (scenario variants, or different scenarios of one
// industry), so that the class debrief can compare how the same sellers and value propositions fared with each.
// A plan is a list of segments, each a scenario and how many tables play it. Every table is the same game
// (the same seller teams, rounds and languages), so the scenarios of a plan must agree on those; they differ
// in the buyer. Pure: the plan's check, which segment the next table plays, and the segment card.
import type { PurchaseType, Scenario, Text } from '../scenario/schema.ts';
import { problemText, type ProblemCode, type ProblemParams } from '../scenario/problem-text.ts';

/** At most this many segments in one session: a comparison of more does not fit a projector. */
export const MAX_SEGMENTS = 6;

export interface PlannedSegment {
  scenario: Scenario;
  /** How many tables play this segment (tables beyond the plan play the session's default, the first). */
  tables: number;
}

/** A segment as a session keeps it: its id is its scenario's id. */
export interface SessionSegment extends PlannedSegment {
  id: string;
}

export interface PlanProblem {
  /** 1-based position of the segment in the plan. */
  segment: number;
  scenario: string;
  /** The field of the scenario that disagrees, as a path (`sellers`, `rounds.count`, `meta.languages`). */
  field: string;
  /** A code of the problem dictionaries (shared/scenario/problem-text-*.ts) and its parameters. */
  code: ProblemCode;
  params: ProblemParams;
  /** In English, as the server answers it. */
  message: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * Every reason the plan cannot be one session (none: it can). Each scenario is compared with the first one's:
 * the sellers' ids, the rounds' count and the languages must be the same; no scenario may come twice.
 */
export function checkSegmentPlan(plan: readonly PlannedSegment[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (segment: number, scenario: string, field: string, code: ProblemCode, params: ProblemParams) =>
    problems.push({ segment, scenario, field, code, params, message: problemText({ code, params }) });
  const first = plan[0];
  if (!first) {
    add(0, '', 'segments', 'plan-empty', {});
    return problems;
  }
  if (plan.length > MAX_SEGMENTS)
    add(MAX_SEGMENTS + 1, plan[MAX_SEGMENTS]?.scenario.meta.id ?? '', 'segments', 'plan-too-many', {
      max: MAX_SEGMENTS,
    });
  const base = first.scenario;
  const seen = new Map<string, number>();
  plan.forEach(({ scenario, tables }, i) => {
    const id = scenario.meta.id;
    const at = { segment: i + 1, scenario: id, base: base.meta.id };
    if (!Number.isInteger(tables) || tables < 1) add(i + 1, id, 'tables', 'plan-tables', at);
    const earlier = seen.get(id);
    if (earlier !== undefined) add(i + 1, id, 'meta.id', 'plan-repeated', { ...at, earlier });
    else seen.set(id, i + 1);
    if (i === 0) return;
    const sellers = scenario.sellers.map((s) => s.id);
    const baseSellers = base.sellers.map((s) => s.id);
    if (!sameSet(sellers, baseSellers))
      add(i + 1, id, 'sellers', 'plan-sellers', {
        ...at,
        sellers: sellers.join(', '),
        baseSellers: baseSellers.join(', '),
      });
    if (scenario.rounds.count !== base.rounds.count)
      add(i + 1, id, 'rounds.count', 'plan-rounds', {
        ...at,
        rounds: scenario.rounds.count,
        baseRounds: base.rounds.count,
      });
    if (!sameSet(scenario.meta.languages, base.meta.languages))
      add(i + 1, id, 'meta.languages', 'plan-languages', {
        ...at,
        languages: scenario.meta.languages.join(', '),
        baseLanguages: base.meta.languages.join(', '),
      });
  });
  return problems;
}

/**
 * The segment the next table plays: of the segments with tables left in the plan, the one least filled (tables
 * it has over tables planned), the earlier on a tie, so that dealing a class fills the segments in turn (A, B,
 * A, B) and a small class still plays every segment. Once the plan is full, the session's default (the first).
 */
export function nextSegment(
  plan: readonly Pick<SessionSegment, 'id' | 'tables'>[],
  has: (segment: string) => number,
): string {
  let pick: { id: string; fill: number } | null = null;
  for (const s of plan) {
    const n = has(s.id);
    if (n >= s.tables) continue;
    const fill = n / s.tables;
    if (!pick || fill < pick.fill) pick = { id: s.id, fill };
  }
  return pick?.id ?? plan[0]?.id ?? '';
}

/**
 * The segment card: the firmographic, behavioral, needs-based and decision-process facts of a buyer. What the
 * scenario's fields state is taken from them (never written twice); the `segment` texts add the rest.
 */
export interface SegmentCard {
  id: string;
  label: Text;
  firmographic: {
    industry: Text;
    employees: number;
    revenueMillions: number | null;
    location: Text;
    ownership: Scenario['buyingFirm']['firmographics']['ownership'];
    text: Text | null;
  };
  behavioral: { purchaseType: PurchaseType; text: Text | null };
  needs: { text: Text | null; customers: Text | null };
  decisionProcess: {
    members: number;
    formality: Scenario['buyingFirm']['obc']['formality'];
    centralization: Scenario['buyingFirm']['obc']['centralization'];
    decisionRule: Scenario['buyingFirm']['obc']['decisionRule']['kind'];
    text: Text | null;
  };
}

export function segmentCard(scenario: Scenario): SegmentCard {
  const firm = scenario.buyingFirm;
  const seg = scenario.segment;
  return {
    id: scenario.meta.id,
    label: seg?.label ?? firm.name,
    firmographic: {
      industry: firm.firmographics.industry,
      employees: firm.firmographics.employees,
      revenueMillions: firm.firmographics.revenueMillions ?? null,
      location: firm.firmographics.location,
      ownership: firm.firmographics.ownership,
      text: seg?.firmographic ?? null,
    },
    behavioral: { purchaseType: scenario.purchaseType, text: seg?.behavioral ?? null },
    needs: { text: seg?.needs ?? null, customers: firm.customers?.needs ?? null },
    decisionProcess: {
      members: firm.obc.members.length,
      formality: firm.obc.formality,
      centralization: firm.obc.centralization,
      decisionRule: firm.obc.decisionRule.kind,
      text: seg?.decisionProcess ?? null,
    },
  };
}

/** The facts of the cards that differ between segments, by name, so the debrief states what changed. */
export const COMPARED_FACTS = [
  'employees',
  'ownership',
  'purchaseType',
  'members',
  'formality',
  'centralization',
  'decisionRule',
] as const;
export type ComparedFact = (typeof COMPARED_FACTS)[number];

export function factOf(card: SegmentCard, fact: ComparedFact): string | number {
  switch (fact) {
    case 'employees':
      return card.firmographic.employees;
    case 'ownership':
      return card.firmographic.ownership;
    case 'purchaseType':
      return card.behavioral.purchaseType;
    case 'members':
      return card.decisionProcess.members;
    case 'formality':
      return card.decisionProcess.formality;
    case 'centralization':
      return card.decisionProcess.centralization;
    case 'decisionRule':
      return card.decisionProcess.decisionRule;
  }
}

/** The compared facts on which at least two of the cards differ. */
export function segmentDifferences(cards: readonly SegmentCard[]): ComparedFact[] {
  return COMPARED_FACTS.filter((f) => new Set(cards.map((c) => factOf(c, f))).size > 1);
}
