// One shape for what the console shows of a class, whether it comes live from the room's synced state or,
// for a session whose room is not running (finished, or reopened after a restart), from the HTTP snapshot.
import type { SessionSnapshot } from '../net/host-api.ts';
import type { SyncedState } from '../net/types.ts';
import type { FlowFacts } from '../../shared/rules/permissions.ts';
import type { SeatLike, TableLike } from './attention.ts';

export interface ClassPlayer {
  id: string;
  name: string;
  table: string | null;
  seat: string | null;
  /** Null when not known (no live connection). */
  connected: boolean | null;
}

export interface ClassSeat extends SeatLike {
  /** The ids of the seat's students. */
  players: string[];
}

/** A table as the console shows it; it has the facts `waitingFor()` (shared/rules/permissions.ts) reads. */
export interface ClassTable extends TableLike {
  round: number;
  deadline: number | null;
  remainingMs: number | null;
  version: number;
  /** The buyer the table plays (its scenario's id); empty when not known. */
  segment: string;
  seats: ClassSeat[];
  sellers: { id: string; disqualified: boolean }[];
  bafo: { sellers: string[]; answered: string[] } | null;
}

// A class's table has what the rules' "whom does the table wait for" needs, checked here at compile time.
const _flowFacts = (t: ClassTable): FlowFacts => t;
void _flowFacts;

export interface ClassModel {
  live: boolean;
  players: ClassPlayer[];
  tables: ClassTable[];
}

function byTableId(a: { id: string }, b: { id: string }) {
  return Number(a.id.slice(1)) - Number(b.id.slice(1)) || a.id.localeCompare(b.id);
}

export function fromSynced(synced: SyncedState): ClassModel {
  const players = Object.values(synced.players ?? {}).map((p) => ({
    id: p.id,
    name: p.name,
    table: p.table || null,
    seat: p.seat || null,
    connected: p.connected,
  }));
  // Who sits where comes from the players (one flat map every staff client receives in full); a seat's own
  // list of names is only as fresh as the table's view-filtered mirror.
  const at = (table: string, seat: string) => players.filter((p) => p.table === table && p.seat === seat);
  return {
    live: true,
    players,
    tables: Object.values(synced.tables ?? {})
      .map((t) => ({
        id: t.id,
        round: t.round,
        phase: t.phase,
        stage: t.stage || null,
        step: t.step || null,
        paused: t.paused,
        deadline: t.deadline || null,
        remainingMs: t.paused ? t.remainingMs : null,
        version: t.version,
        segment: t.segment ?? '',
        seats: Object.values(t.seats ?? {}).map((s) => ({
          id: s.id,
          kind: s.kind,
          players: s.players,
          names: at(t.id, s.id).map((p) => p.name),
          bot: s.bot,
          ready: s.ready,
          connected: at(t.id, s.id).filter((p) => p.connected).length,
        })),
        sellers: Object.values(t.sellers ?? {}).map((x) => ({ id: x.id, disqualified: x.disqualified })),
        bafo: t.bafo ? { sellers: t.bafo.sellers, answered: t.bafo.answered } : null,
      }))
      .sort(byTableId),
  };
}

export function fromSnapshot(snapshot: SessionSnapshot): ClassModel {
  return {
    live: false,
    players: snapshot.players.map((p) => ({ ...p, connected: null })),
    tables: snapshot.tables
      .map((t) => ({
        id: t.id,
        round: t.round,
        phase: t.phase,
        stage: t.stage,
        step: t.step,
        paused: t.paused,
        deadline: t.deadline,
        remainingMs: t.remainingMs,
        version: 0,
        segment: t.segment ?? '',
        sellers: t.sellers.map((x) => ({ id: x.id, disqualified: Boolean(x.disqualified) })),
        bafo: t.bafo,
        seats: t.seats.map((s) => ({
          id: s.id,
          kind: s.kind,
          players: s.players.map((p) => p.id),
          names: s.players.map((p) => p.name),
          bot: s.bot,
          ready: s.ready,
          connected: null,
        })),
      }))
      .sort(byTableId),
  };
}
