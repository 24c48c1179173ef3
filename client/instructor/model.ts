// One shape for what the console shows of a class, whether it comes live from the room's synced state or,
// for a session whose room is not running (finished, or reopened after a restart), from the HTTP snapshot.
import type { SessionSnapshot } from '../net/host-api.ts';
import type { SyncedState } from '../net/types.ts';
import { sellerOfSeat } from '../../shared/rules/seats.ts';
import type { SeatLike, TableLike } from './attention.ts';

export interface ClassPlayer {
  id: string;
  name: string;
  table: string | null;
  seat: string | null;
  /** Null when not known (no live connection). */
  connected: boolean | null;
}

export interface ClassTable extends TableLike {
  round: number;
  deadline: number | null;
  remainingMs: number | null;
  version: number;
  seats: SeatLike[];
}

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
        // The synced summary names no disqualified supplier and no best-and-final round yet (the room's
        // summary gains them with the one-channel change): every seller seat counts as in the running.
        sellers: Object.values(t.seats ?? {})
          .filter((s) => s.kind === 'seller')
          .map((s) => ({ id: sellerOfSeat(s.id) ?? s.id, disqualified: null })),
        bafo: null,
        seats: Object.values(t.seats ?? {}).map((s) => ({
          id: s.id,
          kind: s.kind,
          names: at(t.id, s.id).map((p) => p.name),
          bot: s.bot,
          ready: s.ready,
          connected: at(t.id, s.id).filter((p) => p.connected).length,
        })),
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
        sellers: t.sellers,
        bafo: t.bafo,
        seats: t.seats.map((s) => ({
          id: s.id,
          kind: s.kind,
          names: s.players.map((p) => p.name),
          bot: s.bot,
          ready: s.ready,
          connected: null,
        })),
      }))
      .sort(byTableId),
  };
}
