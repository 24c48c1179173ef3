// The steps of a round as data: which intents each allows, whose readiness ends it, and its share of its stage's
// minutes. Dependency-free: permissions.ts reads it for the engine, the bots, the student's forms and the
// console alike, and flow.ts adds each step's effects (what entering and ending it does, and what follows).
import type { PlayerActionType } from './action-types.ts';

export const STAGE_IDS = ['need-recognition', 'specifications', 'rfp', 'post-purchase'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** The steps of stage 3, from request for proposal to contract. */
export const RFP_STEPS = ['bidding', 'evaluation', 'bafo', 'sign-off', 'contract'] as const;
export type RfpStep = (typeof RFP_STEPS)[number];

/** Every step of a round, in order: stages 1, 2 and 4 are one step each, stage 3 has five. */
export const STEP_IDS = [
  'need-recognition',
  'specifications',
  'bidding',
  'evaluation',
  'bafo',
  'sign-off',
  'contract',
  'post-purchase',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Whose readiness ends a step when the table advances by itself. */
export type ReadyBy = 'everyone' | 'sellers' | 'obc' | 'nobody';

export interface StepRule {
  stage: StageId;
  allowed: readonly PlayerActionType[];
  readyBy: ReadyBy;
  /** Share of the stage's minutes this step gets. */
  share: number;
}

const TALK: readonly PlayerActionType[] = ['chat', 'ready'];
/**
 * Predict, then reveal: from the proposals on, a seller team may name each member's top priority (until the
 * round ends), and a member predict the buying center's choice while it is still open (evaluation and a
 * best-and-final round). A prediction is never waited for: no step's readiness depends on it.
 */
const PREDICT_PRIORITIES: readonly PlayerActionType[] = ['predict-priorities'];
const PREDICT_WINNER: readonly PlayerActionType[] = ['predict-winner'];
/**
 * The selling center's groundwork (notes: the selling center): while the sales representative discovers, the
 * product manager drafts the offering and customer service prepares the evidence from what members answered;
 * while the buying center evaluates and after delivery they prepare the next proposal (and, in evaluation, the
 * product manager's draft price is where a best-and-final offer starts).
 */
const GROUNDWORK: readonly PlayerActionType[] = ['draft-offering', 'prepare-evidence'];

export const STEP_RULES: { readonly [K in StepId]: StepRule } = {
  'need-recognition': {
    stage: 'need-recognition',
    allowed: [...TALK, 'ask-question', 'answer-question', 'mark-benefits', ...GROUNDWORK],
    readyBy: 'everyone',
    share: 1,
  },
  specifications: {
    stage: 'specifications',
    allowed: [
      ...TALK,
      'ask-question',
      'answer-question',
      'propose-spec-item',
      'vote-spec-item',
      'disqualify-supplier',
      ...GROUNDWORK,
    ],
    readyBy: 'everyone',
    share: 1,
  },
  bidding: {
    stage: 'rfp',
    // Sellers write: the offering, the pitch, the evidence. Members ask for the demonstrations, pilots and
    // references they will check the proposals by (run when the proposals open).
    allowed: [
      ...TALK,
      'submit-proposal',
      'set-pitch',
      'attach-evidence',
      'answer-question',
      'verify-claim',
      ...PREDICT_PRIORITIES,
    ],
    readyBy: 'sellers',
    share: 0.4,
  },
  evaluation: {
    stage: 'rfp',
    allowed: [
      ...TALK,
      'verify-claim',
      'score-proposal',
      'request-bafo',
      'vote',
      'disqualify-supplier',
      // The sellers: the sales representative follows up, customer service runs the pilots asked for.
      'follow-up',
      'run-pilot',
      ...GROUNDWORK,
      ...PREDICT_PRIORITIES,
      ...PREDICT_WINNER,
    ],
    readyBy: 'nobody',
    share: 0.35,
  },
  bafo: {
    stage: 'rfp',
    allowed: [...TALK, 'submit-bafo', 'run-pilot', ...PREDICT_PRIORITIES, ...PREDICT_WINNER],
    readyBy: 'sellers',
    share: 0.1,
  },
  'sign-off': {
    stage: 'rfp',
    allowed: ['chat', 'sign-off', ...PREDICT_PRIORITIES],
    readyBy: 'nobody',
    share: 0.1,
  },
  /** The contract is awarded: everyone sees the decision before the table moves on (a short step). */
  contract: { stage: 'rfp', allowed: [...TALK, ...PREDICT_PRIORITIES], readyBy: 'everyone', share: 0.05 },
  'post-purchase': {
    stage: 'post-purchase',
    // Members rate the delivery; the supplier's customer service answers; a seller may call a member to ask what
    // would win the next purchase (a debrief call, answered by the member).
    allowed: [
      ...TALK,
      'rate-supplier',
      'service-response',
      'ask-question',
      'answer-question',
      ...GROUNDWORK,
      ...PREDICT_PRIORITIES,
    ],
    readyBy: 'everyone',
    share: 1,
  },
};

/** The step a stage and its sub-step name (stage 3's steps are named by `step`). */
export function stepIdOf(stage: string | null, step: string | null): StepId | null {
  if (stage === 'rfp')
    return step !== null && (RFP_STEPS as readonly string[]).includes(step) ? (step as StepId) : null;
  return stage !== null && (STEP_IDS as readonly string[]).includes(stage) ? (stage as StepId) : null;
}
