// The rules of Buying Center: pure, deterministic, no I/O. Server and client import from here.
export * from './types.ts';
export { apply, createTable, LIMITS } from './engine.ts';
export { sellerSeat, sellerOfSeat, isObcRole, isSellerSeat } from './seats.ts';
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
export { STEP_RULES, stepIdOf } from './steps.ts';
export { FLOW } from './flow.ts';
export * from './permissions.ts';
export { STAGE_MINUTES_RANGE, durationMs, stageMinutes } from './stages.ts';
