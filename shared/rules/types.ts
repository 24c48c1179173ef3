// The table's state, every intent as a typed action, and what applying one yields. Plain JSON throughout so
// a state can be stored, sent and compared as it is. The actions' types are inferred from their schemas
// (action-schema.ts); the events' from the map of their facts (events.ts).
import type { z } from 'zod';
import type { PurchaseType } from '../scenario/schema.ts';
import type {
  InstructorActionSchema,
  PlayerActionSchema,
  ProposalInputSchema,
  SystemActionSchema,
  TermsSchema,
} from './action-schema.ts';
import type { MarketState } from './market.ts';
import type { Levels } from './scoring.ts';
import type { ObcRole, SeatId } from './seats.ts';
import type { SellerRole } from './seller-roles.ts';
import type { RfpStep, StageId } from './steps.ts';
import type { CheckMethod } from './verification.ts';

export { STAGE_IDS, RFP_STEPS, STEP_IDS, type StageId, type RfpStep, type StepId } from './steps.ts';
export { OBC_ROLES, type ObcRole, type SeatId } from './seats.ts';

export type Phase = 'lobby' | 'playing' | 'round-over';

/** A seat's actor may name which of its players acts (a seller team's roles are per player, seller-roles.ts). */
export type Actor =
  { kind: 'seat'; seat: SeatId; player?: string } | { kind: 'instructor' } | { kind: 'system' };

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
  /** Out of this round; `breach` when its contract was void at acceptance (it failed a published must-have). */
  disqualified: { by: SeatId | 'rfp'; reason: string; breach?: boolean } | null;
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

export type ProposalTerms = z.infer<typeof TermsSchema>;

export type ProposalInput = z.infer<typeof ProposalInputSchema>;

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
  /** Members the sales representative followed up with during evaluation (one follow-up each). */
  followedUp?: ObcRole[];
  /** Pilots its customer service ran this round (each costs the seller: verification.ts). */
  pilots?: number;
}

export interface Decision {
  winner: string | null;
  /** Vote weight behind each seller (the decision rule's weights, for the members this purchase involves). */
  tally: Record<string, number>;
  /** Each offer's formal evaluation against the published criteria (money per unit). */
  formal: Record<string, number>;
  /** How far the choice followed the formal evaluation rather than the votes (the buying center's formality). */
  formality: number;
  reason: 'vote' | 'tie-break' | 'no-votes' | 'no-proposals' | 'acceptance-failed';
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
  /** What the winner delivered: the buyer's record of this supplier from now on. */
  delivered: Levels | null;
  /** Damages the winner paid for claims the delivery did not keep (money, whole contract). */
  damages: number;
  /** What the next purchase becomes after this one's evaluation (notes 2.3). */
  next: PurchaseType;
}

/** A member's check of a tangible claim before voting (a reference call, a test, a visit). */
export interface ClaimCheck {
  by: ObcRole;
  seller: string;
  dimension: string;
  claimed: number;
  /** The check bore the claim out; false: it exposed the claim as more than the offer delivers. */
  confirmed: boolean;
  at: number;
  /** How it was checked (verification.ts); a check from before methods counts as a demonstration. */
  method?: CheckMethod;
  /** A pilot the seller did not run while the buying center evaluated: counted as not borne out. */
  declined?: boolean;
}

/**
 * A check a member asked for before it could run: during bidding (run when the proposals open, dropped if the
 * seller claims nothing there above what the buyer assumes), or a pilot waiting for the seller's customer service.
 */
export interface CheckRequest {
  id: string;
  by: ObcRole;
  seller: string;
  dimension: string;
  method: CheckMethod;
  at: number;
  /** Waiting to run; run (its result is in `checks`); or dropped (the proposal claims nothing there). */
  status: 'pending' | 'run' | 'dropped';
}

/** One job a seat did this round, and who in it: the debrief's "who did which job". */
export interface JobRecord {
  seat: SeatId;
  /** The player who acted (null: a bot or the instructor for the seat). */
  player: string | null;
  /** The seller roles the player held then (empty for a member). */
  roles: SellerRole[];
  type: string;
  at: number;
}

/** Which round and step a seller's groundwork was done in (a job is offered once per step). */
export interface Groundwork {
  /** The team's answered questions it draws on (only what members answered: never a hidden priority). */
  answers: string[];
  /** The step's visit it was done in (permissions.ts `stepVisit`). */
  visit: string;
  round: number;
  stage: StageId;
  step: RfpStep | null;
  at: number;
  /** The player who did it (null: a bot or the instructor for the seat). */
  player: string | null;
}

/** The product manager's draft of the offering: what the team's next proposal starts from. */
export interface OfferingDraft extends Groundwork {
  options: string[];
  claims: Record<string, number>;
  /** A price in mind (in evaluation: where a best-and-final offer starts), or null. */
  price: number | null;
}

/** Customer service's prepared evidence: handed in with the next proposal unless other evidence is attached. */
export interface PreparedEvidence extends Groundwork {
  evidence: string[];
}

/** A seller team's groundwork, kept across rounds (the next proposal starts from the last of it). */
export interface SellerPrep {
  offering?: OfferingDraft;
  evidence?: PreparedEvidence;
}

/** Predict, then reveal: what each seat expects of the round, hidden from every other seat until the debrief. */
export interface Predictions {
  /** Per seller team: the benefit it names as each member's top priority. */
  sellers: Record<string, Partial<Record<ObcRole, string>>>;
  /** Per member: the offer it expects the buying center to choose, and the price it expects (or null). */
  members: Partial<Record<ObcRole, { seller: string; price: number | null }>>;
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
  bafo: {
    requestedBy: ObcRole;
    sellers: string[];
    answered: string[];
    /** The price the buying center asks each seller to reach (its negotiating position; each seller sees its own). */
    targets: Record<string, number>;
  } | null;
  bafoUsed: boolean;
  votes: Partial<Record<ObcRole, string>>;
  /** Sellers a sign-off or veto turned down this round: they cannot win it. */
  rejected: string[];
  decision: Decision | null;
  delivered: Levels | null;
  ratings: Partial<Record<ObcRole, { rating: number; comment: string }>>;
  /** Claims the buying center checked this round. */
  checks: ClaimCheck[];
  /** Checks asked for before they could run (bidding's requests, pilots awaiting the seller), and what became of them. */
  requests: CheckRequest[];
  /** The winner's customer-service answer to the post-purchase evaluation (a remedy makes good on gaps). */
  service: { remedy: boolean; text: string; cost: number; at: number } | null;
  /** Every job done this round, by whom. */
  jobs: JobRecord[];
  /** This round's predictions (scored in the debrief; they change nothing of the round). */
  predictions: Predictions;
  /**
   * Per seller team: its product manager's draft and customer service's prepared evidence (carried across rounds;
   * seen by the team and the instructor only). Absent in a state from before groundwork.
   */
  prep?: Record<string, SellerPrep>;
  /** The delivered record of each supplier the buyer has bought from (carried across rounds). */
  records: Record<string, Levels>;
  history: RoundRecord[];
  /** What the market moved (derived demand, market.ts): carried across rounds. */
  market: MarketState;
}

// ---- actions: inferred from their schemas ----

export type PlayerAction = z.infer<typeof PlayerActionSchema>;
export type InstructorAction = z.infer<typeof InstructorActionSchema>;
/** Sent by the host's clock when a deadline passes. */
export type SystemAction = z.infer<typeof SystemActionSchema>;
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

// ---- events: a discriminated union over the facts each kind carries ----

/** Who may see an event: the whole table, the OBC only, some seats, or the instructor only. */
export type Audience =
  { to: 'table' } | { to: 'obc' } | { to: 'seats'; seats: SeatId[] } | { to: 'instructor' };

/** A spec item as published, without the votes behind it. */
export type PublishedSpecItem = Omit<SpecItem, 'votes'>;

/** The facts each event carries, by its type: what the feed, the timeline and the debrief word and draw. */
export interface EventData {
  'round-started': { round: number; incumbent?: string | null };
  'round-over': { round: number; winner: string | null; trust: Record<string, number> };
  'stage-started': { stage: StageId; step: RfpStep | null; deadline: number | null };
  'timer-expired': Record<string, never>;
  'timer-extended': { seconds: number; deadline: number | null };
  paused: Record<string, never>;
  resumed: { deadline: number | null };
  'all-ready': Record<string, never>;
  'seat-changed': { seat: SeatId; name?: string };
  ready: { seat: SeatId; ready: boolean };
  message: { message: ChatMessage };
  question: { question: Question };
  answer: { questionId: string; seller: string; role: ObcRole; answer: NonNullable<Question['answer']> };
  'benefits-marked': { role: ObcRole; dimensions: string[] };
  'benefits-published': { benefits: string[] };
  'spec-proposed': { item: SpecItem };
  'spec-vote': { itemId: string; role: ObcRole; support: boolean; dimension: string };
  'spec-settled': {
    itemId: string;
    status: SpecItem['status'];
    dimension: string;
    kind: SpecItem['kind'];
    value: number;
  };
  'spec-published': { items: PublishedSpecItem[] };
  'supplier-disqualified': {
    seller: string;
    by: SeatId | 'rfp';
    reason: string;
    dimension?: string;
    minLevel?: number;
  };
  'proposal-submitted': { proposal: Proposal };
  'proposal-received': { seller: string; revision: number };
  'proposals-opened': { sellers: string[] };
  'no-deal': Record<string, never>;
  'proposal-scored': { role: ObcRole; seller: string; score: number };
  'bafo-requested': { sellers: string[] };
  'bafo-submitted': { price: number };
  'bafo-received': { seller: string };
  'bafo-closed': Record<string, never>;
  'vote-cast': { role: ObcRole; seller: string };
  voted: { role: ObcRole };
  decision: { winner: string | null; reason: Decision['reason'] };
  signed: { role: ObcRole; seller: string | null; comment: string };
  'contract-rejected': { by: ObcRole; seller: string | null; comment: string };
  'contract-forced': Record<string, never>;
  'contract-awarded': { winner: string | null; price: number | null };
  'performance-delivered': { seller: string; delivered: Levels; gaps: Levels; damages: number };
  'supplier-rated': { role: ObcRole; rating: number; comment: string };
  'claim-checked': {
    by: ObcRole;
    seller: string;
    dimension: string;
    confirmed: boolean;
    method?: CheckMethod;
    declined?: boolean;
  };
  'check-requested': { id: string; by: ObcRole; seller: string; dimension: string; method: CheckMethod };
  'check-dropped': { id: string; seller: string; dimension: string };
  'pitch-set': { seller: string };
  'evidence-attached': { seller: string; evidence: string[] };
  'follow-up': { seller: string; to: ObcRole; text: string; dimensions: string[] };
  'service-response': { seller: string; remedy: boolean; text: string; cost: number };
  'acceptance-failed': { seller: string; dimensions: string[]; penalty: number };
  'priorities-predicted': { seller: string; members: ObcRole[] };
  'offering-drafted': {
    seller: string;
    options: string[];
    claims: Record<string, number>;
    answers: string[];
  };
  'evidence-prepared': { seller: string; evidence: string[]; answers: string[] };
  'winner-predicted': { role: ObcRole; seller: string; price: number | null };
  /** Public: what the buyer's customers now ask more of (not who inside the buying center it moved). */
  'market-news': { dimension: string };
  /** To the member it moved (and the instructor): their weights before and after. */
  'priorities-shifted': {
    role: ObcRole;
    dimension: string;
    before: Record<string, number>;
    after: Record<string, number>;
  };
}
export type EventType = keyof EventData;

export type GameEvent = {
  [K in EventType]: {
    type: K;
    at: number;
    audience: Audience;
    /** A short, plain description for the timeline (English; the client words events from their facts). */
    summary: string;
    data: EventData[K];
  };
}[EventType];

export type ApplyResult =
  { ok: true; state: TableState; events: GameEvent[] } | { ok: false; rejection: Rejection };

export type Viewer = { kind: 'seat'; seat: SeatId } | { kind: 'spectator' } | { kind: 'instructor' };
