// The table's state, every intent as a typed action, and what applying one yields. Plain JSON throughout so
// a state can be stored, sent and compared as it is.
import type { ObcRole, PurchaseType } from '../scenario/schema.ts';
import type { Levels } from './scoring.ts';

export const STAGE_IDS = ['need-recognition', 'specifications', 'rfp', 'post-purchase'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** The steps of stage 3, from request for proposal to contract. */
export const RFP_STEPS = ['bidding', 'evaluation', 'bafo', 'sign-off', 'contract'] as const;
export type RfpStep = (typeof RFP_STEPS)[number];

export type Phase = 'lobby' | 'playing' | 'round-over';

/** OBC seats are named by role; seller-team seats are `seller-A`, `seller-B`, ... */
export type SeatId = ObcRole | `seller-${string}`;

export type Actor = { kind: 'seat'; seat: SeatId } | { kind: 'instructor' } | { kind: 'system' };

export interface Player {
  id: string;
  name: string;
}

export interface Seat {
  id: SeatId;
  kind: 'obc' | 'seller';
  /** 1 for an OBC seat; 3 for a seller team. */
  capacity: number;
  players: Player[];
  bot: boolean;
  ready: boolean;
}

export interface SellerStatus {
  id: string;
  incumbent: boolean;
  trust: number;
  disqualified: { by: SeatId | 'rfp'; reason: string } | null;
  questionsAsked: number;
}

export interface Question {
  id: string;
  seller: string;
  to: ObcRole;
  text: string;
  topic: string | null;
  at: number;
  stage: StageId;
  answer: { text: string; concerns: string[]; at: number } | null;
}

export interface ChatMessage {
  id: string;
  channel: 'obc' | 'buyer-seller';
  /** For the buyer–seller channel: the seller team whose thread this is. */
  seller: string | null;
  from: SeatId;
  text: string;
  at: number;
  stage: StageId | null;
}

export interface SpecItem {
  id: string;
  by: ObcRole;
  dimension: string;
  kind: 'must-have' | 'weight';
  /** A minimum level for a must-have; points (0–100) for a weight. */
  value: number;
  votes: Partial<Record<ObcRole, boolean>>;
  status: 'open' | 'adopted' | 'rejected' | 'superseded';
}

export interface ProposalTerms {
  paymentDays: number;
  warrantyMonths: number;
  deliveryWeeks: number;
}

export interface ProposalInput {
  price: number;
  options: string[];
  evidence: string[];
  terms: ProposalTerms;
  claims: Levels;
  leadWith: string[];
  /** A message to each member the seller chooses to address, with the benefits it stresses to them. */
  messages: Partial<Record<ObcRole, { text: string; dimensions: string[] }>>;
}

export interface Proposal extends ProposalInput {
  seller: string;
  revision: number;
  at: number;
  /** Set when a best-and-final offer replaced the price or terms. */
  bafo: boolean;
  /**
   * The level the proposal states on every dimension: the seller's claim where it made one, otherwise what the
   * offer (with its options) delivers. This is what the buying center reads; the truth shows after delivery.
   */
  stated: Levels;
}

export interface Decision {
  winner: string | null;
  /** Influence points (or head count) behind each seller. */
  tally: Record<string, number>;
  reason: 'vote' | 'tie-break' | 'no-votes' | 'no-proposals';
  /** Approvals of the members with sign-off or veto power, while the contract awaits them. */
  approvals: Partial<Record<ObcRole, boolean>>;
  signOff: 'pending' | 'approved' | 'not-required' | 'forced';
}

export interface RoundRecord {
  round: number;
  purchaseType: PurchaseType;
  winner: string | null;
  price: number | null;
  trustAfter: Record<string, number>;
}

export interface TableConfig {
  /** Seller teams at this table (scenario seller ids); by default all of them. */
  sellers: string[];
  seed: number;
  /** Advance a stage by itself once every seat is ready. */
  autoAdvance: boolean;
  /** The session's own stage lengths in minutes, where they differ from the scenario's (see stages.ts). */
  stageMinutes?: StageMinutes;
}

/** Minutes per stage; a stage left out keeps the scenario's length. */
export type StageMinutes = Partial<Record<StageId, number>>;

export interface TableState {
  scenarioId: string;
  config: TableConfig;
  /** PRNG state, advanced only by the engine's tie-breaks. */
  rng: number;
  /** Counter for ids; part of the state so replay reproduces them. */
  nextId: number;
  round: number;
  purchaseType: PurchaseType;
  phase: Phase;
  stage: StageId | null;
  step: RfpStep | null;
  paused: boolean;
  /** When the current stage or step ends (ms), or null without a timer. */
  deadline: number | null;
  /** While paused: the time that was left. */
  remainingMs: number | null;
  seats: Record<string, Seat>;
  sellers: Record<string, SellerStatus>;
  incumbent: string | null;
  benefitsSought: Partial<Record<ObcRole, string[]>>;
  /** The shared list of benefits sought, published at the end of stage 1 (no names attached). */
  sharedBenefits: string[];
  questions: Question[];
  messages: ChatMessage[];
  spec: { items: SpecItem[]; published: boolean };
  proposals: Record<string, Proposal>;
  proposalsOpen: boolean;
  scores: Partial<Record<ObcRole, Record<string, number>>>;
  bafo: { requestedBy: ObcRole; sellers: string[]; answered: string[] } | null;
  bafoUsed: boolean;
  votes: Partial<Record<ObcRole, string>>;
  /** Sellers a sign-off or veto turned down this round: they cannot win it. */
  rejected: string[];
  decision: Decision | null;
  delivered: Levels | null;
  ratings: Partial<Record<ObcRole, { rating: number; comment: string }>>;
  history: RoundRecord[];
}

// ---- actions ----

export type PlayerAction =
  | { type: 'chat'; channel: 'obc' | 'buyer-seller'; seller?: string; text: string }
  | { type: 'ask-question'; to: ObcRole; text: string; topic?: string }
  | { type: 'answer-question'; questionId: string; text: string; concerns: string[] }
  | { type: 'mark-benefits'; dimensions: string[] }
  | { type: 'propose-spec-item'; dimension: string; kind: 'must-have' | 'weight'; value: number }
  | { type: 'vote-spec-item'; itemId: string; support: boolean }
  | { type: 'disqualify-supplier'; seller: string; reason: string }
  | ({ type: 'submit-proposal' } & ProposalInput)
  | { type: 'score-proposal'; seller: string; score: number }
  | { type: 'request-bafo'; sellers: string[] }
  | { type: 'submit-bafo'; price: number; terms?: ProposalTerms }
  | { type: 'vote'; seller: string }
  | { type: 'sign-off'; approve: boolean; comment: string }
  | { type: 'rate-supplier'; rating: number; comment: string }
  | { type: 'ready'; ready: boolean };

export type InstructorAction =
  | { type: 'start' }
  | { type: 'advance' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'extend-timer'; seconds: number }
  | { type: 'end-round' }
  | { type: 'next-round' }
  | { type: 'seat-player'; seat: SeatId; player: Player }
  | { type: 'unseat-player'; playerId: string }
  | { type: 'set-bot'; seat: SeatId; bot: boolean };

/** Sent by the host's clock when a deadline passes. */
export type SystemAction = { type: 'tick' };

export type Action = PlayerAction | InstructorAction | SystemAction;

/** One entry of a table's log: who did what, when. The log is the table's source of truth. */
export interface LogEntry {
  actor: Actor;
  action: Action;
  /** Milliseconds, from the host's clock. */
  at: number;
}

export const REJECTION_CODES = [
  'wrong-stage',
  'wrong-seat',
  'invalid-value',
  'not-your-turn',
  'paused',
  'not-found',
  'limit-reached',
  /** The engine itself failed on this action (a bug, never the player's fault); nothing changed. */
  'internal',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  code: RejectionCode;
  message: string;
}

/** Who may see an event: the whole table, the OBC only, some seats, or the instructor only. */
export type Audience =
  { to: 'table' } | { to: 'obc' } | { to: 'seats'; seats: SeatId[] } | { to: 'instructor' };

export interface GameEvent {
  type: string;
  at: number;
  audience: Audience;
  /** A short, plain description for the timeline. */
  summary: string;
  data: Record<string, unknown>;
}

export type ApplyResult =
  { ok: true; state: TableState; events: GameEvent[] } | { ok: false; rejection: Rejection };

export type Viewer = { kind: 'seat'; seat: SeatId } | { kind: 'spectator' } | { kind: 'instructor' };
