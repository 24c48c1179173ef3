// The rules of Buying Center: pure, deterministic, no I/O. Server and client import from here.
export * from './types.ts';
export { apply, createTable, LIMITS, sellerSeat, sellerOfSeat, isObcRole } from './engine.ts';
export { replay } from './replay.ts';
export {
  viewFor,
  filterEvents,
  canSee,
  publicScenario,
  type TableView,
  type PublicScenario,
} from './view.ts';
export {
  computeDebrief,
  debriefsFromLog,
  classifyValueProposition,
  topPriorities,
  type Debrief,
} from './debrief.ts';
export * from './scoring.ts';
export {
  STAGE_RULES,
  RFP_STEP_RULES,
  STAGE_MINUTES_RANGE,
  currentRule,
  durationMs,
  stageMinutes,
} from './stages.ts';
