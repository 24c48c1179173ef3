// Segments: one session whose tables play different buyers (scenario variants, or different scenarios of one
// industry), so that the class debrief can compare how the same sellers and value propositions fared with each.
// A plan is a list of segments, each a scenario and how many tables play it. Every table is the same game
// (the same seller teams, rounds and languages), so the scenarios of a plan must agree on those; they differ
// in the buyer. Pure: the plan's check, which segment the next table plays, and the segment card.
import type { PurchaseType, Scenario, Text } from '../scenario/schema.ts';

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
  const first = plan[0];
  if (!first) return [{ segment: 0, scenario: '', field: 'segments', message: 'a plan needs a segment' }];
  if (plan.length > MAX_SEGMENTS)
    problems.push({
      segment: MAX_SEGMENTS + 1,
      scenario: plan[MAX_SEGMENTS]?.scenario.meta.id ?? '',
      field: 'segments',
      message: `a plan has at most ${MAX_SEGMENTS} segments`,
    });
  const base = first.scenario;
  const seen = new Map<string, number>();
  plan.forEach(({ scenario, tables }, i) => {
    const at = { segment: i + 1, scenario: scenario.meta.id };
    const named = `segment ${i + 1} (${scenario.meta.id})`;
    const baseNamed = `segment 1 (${base.meta.id})`;
    if (!Number.isInteger(tables) || tables < 1)
      problems.push({ ...at, field: 'tables', message: `${named} needs at least one table` });
    const earlier = seen.get(scenario.meta.id);
    if (earlier !== undefined)
      problems.push({
        ...at,
        field: 'meta.id',
        message: `${named} plays the same scenario as segment ${earlier}: each segment needs its own scenario`,
      });
    else seen.set(scenario.meta.id, i + 1);
    if (i === 0) return;
    const sellers = scenario.sellers.map((s) => s.id);
    const baseSellers = base.sellers.map((s) => s.id);
    if (!sameSet(sellers, baseSellers))
      problems.push({
        ...at,
        field: 'sellers',
        message: `${named} has the sellers ${sellers.join(', ')} and ${baseNamed} ${baseSellers.join(', ')}: every scenario of a plan needs the same sellers' ids`,
      });
    if (scenario.rounds.count !== base.rounds.count)
      problems.push({
        ...at,
        field: 'rounds.count',
        message: `${named} has ${scenario.rounds.count} round(s) and ${baseNamed} ${base.rounds.count}: every scenario of a plan needs the same number of rounds`,
      });
    if (!sameSet(scenario.meta.languages, base.meta.languages))
      problems.push({
        ...at,
        field: 'meta.languages',
        message: `${named} is written in ${scenario.meta.languages.join(', ')} and ${baseNamed} in ${base.meta.languages.join(', ')}: every scenario of a plan needs the same languages`,
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
