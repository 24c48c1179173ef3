// What the client holds of a session. The payload types come from the shared rules (type-only imports, so no
// engine code reaches the browser); the synced-state shapes mirror server/rooms/sync.ts after `toJSON()`.
import type { Debrief } from '../../shared/rules/debrief.ts';
import type { GameEvent, PlayerAction, SeatId } from '../../shared/rules/types.ts';
import type { PublicScenario, TableView } from '../../shared/rules/view.ts';
import type { PublicResults } from '../../shared/session/class-results.ts';

export type { Debrief, GameEvent, PlayerAction, PublicResults, PublicScenario, SeatId };

/** A seat's view as the server sends it: `viewFor()` without the (separately sent) public scenario. */
export type SeatView = Omit<TableView, 'scenario'>;
export type Proposal = SeatView['proposals'][number];
export type Question = SeatView['questions'][number];
export type ChatMessage = SeatView['messages'][number];
export type Brief = SeatView['brief'];
export type ObcBrief = Extract<NonNullable<Brief>, { kind: 'obc' }>;
export type SellerBrief = Extract<NonNullable<Brief>, { kind: 'seller' }>;
export type Member = ObcBrief['member'];
export type Offering = SellerBrief['seller']['offering'];
export type ActionType = PlayerAction['type'];
export type ObcRole = Member['role'];
export type Dimension = PublicScenario['dimensions'][number];
export type LocalText = Dimension['label'];

export interface PlayerInfo {
  id: string;
  name: string;
  table: string;
  seat: string;
  connected: boolean;
}

export interface SeatInfo {
  id: string;
  kind: string;
  bot: boolean;
  ready: boolean;
  /** How many of the seat's students are connected right now. */
  connected: number;
}

export interface TableInfo {
  id: string;
  round: number;
  phase: string;
  stage: string;
  step: string;
  paused: boolean;
  deadline: number;
  remainingMs: number;
  seats: Record<string, SeatInfo>;
  version: number;
}

export interface SyncedState {
  title: string;
  scenarioId: string;
  language: string;
  status: string;
  /** Every student of the session; `players` holds only those this client sees (see docs/protocol.md). */
  playerCount: number;
  players: Record<string, PlayerInfo>;
  tables: Record<string, TableInfo>;
}

/**
 * idle: not joined; joining: first join under way; connected; reconnecting: the SDK is retrying the same
 * connection; offline: rejoining with the stored token; left: this device left the session.
 */
export type ConnectionStatus = 'idle' | 'joining' | 'connected' | 'reconnecting' | 'offline' | 'left';

export interface JoinProblem {
  kind: 'not-found' | 'finished' | 'refused' | 'network' | 'busy' | 'invalid' | 'removed';
  message: string;
}

export interface ActionError {
  code: string;
  message: string;
  at: number;
}

/** ok: the server confirmed it; false: refused, with the reason; null: no answer yet (keep the form). */
export type SendResult = { ok: true } | { ok: false; error: ActionError } | { ok: null };

export interface SessionInfo {
  code: string;
  title: string;
  language: string;
  status: string;
}

export interface StoreState {
  status: ConnectionStatus;
  problem: JoinProblem | null;
  session: SessionInfo | null;
  me: { playerId: string; name: string } | null;
  synced: SyncedState | null;
  table: string | null;
  view: SeatView | null;
  scenario: PublicScenario | null;
  /** The latest events of this table (most recent last), capped. */
  events: GameEvent[];
  /** Debriefs by round. */
  debriefs: Record<number, Debrief>;
  /** The last refusal per action type, shown next to the form that sent it. */
  errors: Partial<Record<string, ActionError>>;
  broadcasts: { text: string; at: number }[];
  /** Server clock minus this device's clock, estimated from event times (ms). */
  clockOffset: number;
}
