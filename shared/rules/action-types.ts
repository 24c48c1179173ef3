// The names of the player intents, dependency-free (the schemas of their payloads are in action-schema.ts).
export const PLAYER_ACTION_TYPES = [
  'chat',
  'ask-question',
  'answer-question',
  'mark-benefits',
  'propose-spec-item',
  'vote-spec-item',
  'disqualify-supplier',
  'submit-proposal',
  'score-proposal',
  'request-bafo',
  'verify-claim',
  'submit-bafo',
  'vote',
  'sign-off',
  'rate-supplier',
  'predict-priorities',
  'predict-winner',
  'ready',
] as const;
export type PlayerActionType = (typeof PLAYER_ACTION_TYPES)[number];
