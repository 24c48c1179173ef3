// How long each step lasts: the stage's minutes (the session's own where it set them, else the scenario's),
// times the step's share of its stage (steps.ts). What each step allows and does is in steps.ts and flow.ts.
import type { Scenario } from '../scenario/schema.ts';
import { STEP_RULES, stepIdOf, type RfpStep, type StageId } from './steps.ts';
import type { StageMinutes } from './types.ts';

/** The shortest and longest stage a session may set (minutes); the scenario format allows the same range. */
export const STAGE_MINUTES_RANGE = { min: 0.5, max: 120 } as const;

/**
 * Minutes a stage lasts: the session's override when it is a usable number, else the scenario's. Overrides are
 * validated where they come in (shared/protocol.ts); this only refuses to let a bad one stop the clock.
 */
export function stageMinutes(scenario: Scenario, stage: StageId, overrides?: StageMinutes): number {
  const own = overrides?.[stage];
  return typeof own === 'number' && Number.isFinite(own) && own > 0 ? own : scenario.stages[stage].minutes;
}

/** Milliseconds the current stage or step lasts. */
export function durationMs(
  scenario: Scenario,
  stage: StageId,
  step: RfpStep | null,
  overrides?: StageMinutes,
): number {
  const minutes = stageMinutes(scenario, stage, overrides);
  const id = stepIdOf(stage, step);
  const share = id ? STEP_RULES[id].share : 1;
  return Math.round(minutes * share * 60_000);
}
