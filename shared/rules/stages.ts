// The stages as data: which intents each stage (or step of stage 3) allows, who must be ready for it to end by
// itself, and how long it lasts.
import type { Scenario } from '../scenario/schema.ts';
import type { PlayerAction, RfpStep, StageId, StageMinutes, TableState } from './types.ts';

export type PlayerActionType = PlayerAction['type'];

export interface StepRule {
  allowed: readonly PlayerActionType[];
  /** Whose readiness ends the step when the table advances by itself. */
  readyBy: 'everyone' | 'sellers' | 'obc' | 'nobody';
  /** Share of the stage's minutes this step gets. */
  share: number;
}

const TALK: readonly PlayerActionType[] = ['chat', 'ready'];

export const STAGE_RULES: Record<Exclude<StageId, 'rfp'>, StepRule> = {
  'need-recognition': {
    allowed: [...TALK, 'ask-question', 'answer-question', 'mark-benefits'],
    readyBy: 'everyone',
    share: 1,
  },
  specifications: {
    allowed: [
      ...TALK,
      'ask-question',
      'answer-question',
      'propose-spec-item',
      'vote-spec-item',
      'disqualify-supplier',
    ],
    readyBy: 'everyone',
    share: 1,
  },
  'post-purchase': { allowed: [...TALK, 'rate-supplier'], readyBy: 'everyone', share: 1 },
};

export const RFP_STEP_RULES: Record<RfpStep, StepRule> = {
  bidding: { allowed: [...TALK, 'submit-proposal', 'answer-question'], readyBy: 'sellers', share: 0.4 },
  evaluation: {
    allowed: [...TALK, 'score-proposal', 'request-bafo', 'vote', 'disqualify-supplier'],
    readyBy: 'nobody',
    share: 0.3,
  },
  bafo: { allowed: [...TALK, 'submit-bafo'], readyBy: 'sellers', share: 0.1 },
  'sign-off': { allowed: ['chat', 'sign-off'], readyBy: 'nobody', share: 0.1 },
  /** The contract is awarded: everyone sees the decision before the table moves on. */
  contract: { allowed: TALK, readyBy: 'everyone', share: 0.1 },
};

export function currentRule(state: TableState): StepRule | null {
  if (state.phase !== 'playing' || !state.stage) return null;
  if (state.stage === 'rfp') return state.step ? RFP_STEP_RULES[state.step] : null;
  return STAGE_RULES[state.stage];
}

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
  const share = stage === 'rfp' && step ? RFP_STEP_RULES[step].share : 1;
  return Math.round(minutes * share * 60_000);
}

export function nextStage(stage: StageId): StageId | null {
  switch (stage) {
    case 'need-recognition':
      return 'specifications';
    case 'specifications':
      return 'rfp';
    case 'rfp':
      return 'post-purchase';
    case 'post-purchase':
      return null;
  }
}
