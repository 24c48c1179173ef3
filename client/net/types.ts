// What the client holds of a session. Every type here comes from the code that makes the data, as type-only
// imports (no engine or server code reaches the browser): payloads from the shared rules and protocol, the
// synced state's shapes from the server's schema definitions (server/rooms/sync.ts) as `toJSON()` gives them.
import type { ToJSON } from '@colyseus/schema';
import type { Debrief } from '../../shared/rules/debrief.ts';
import type { GameEvent, PlayerAction, SeatId } from '../../shared/rules/types.ts';
import type { PublicScenario } from '../../shared/rules/view.ts';
import type { Presence, RoomView } from '../../shared/protocol.ts';
import type { PublicResults } from '../../shared/session/class-results.ts';
import type { SessionSync } from '../../server/rooms/sync.ts';

export type { Debrief, GameEvent, PlayerAction, Presence, PublicResults, PublicScenario, SeatId };

/** A seat's view as the server sends it: `viewFor()` without the (separately sent) public scenario, with presence. */
export type SeatView = RoomView;
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

/** The synced state as this client holds it (`players` and `tables` only as far as its StateView reaches). */
export type SyncedState = ToJSON<SessionSync>;
export type PlayerInfo = SyncedState['players'][string];
/** A table's summary (staff only): the public facts the console shows and "waiting for" needs. */
export type TableInfo = SyncedState['tables'][string];
export type SeatInfo = TableInfo['seats'][string];

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

/**
 * ok: the server acknowledged it; false: refused with the reason, or no answer (code `no-answer`: the server
 * was silent too long, or `offline`: the connection went while it was in flight) — its fate unknown, so the
 * form keeps its text.
 */
export type SendResult = { ok: true } | { ok: false; error: ActionError };

/** Error codes that say the server never answered (the action may or may not have been taken). */
export const UNANSWERED = ['no-answer', 'offline'] as const;

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
