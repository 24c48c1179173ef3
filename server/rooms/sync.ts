// The synced state: what is really shared in a session, as @colyseus/schema definitions (the client's sync
// types are derived from these, see client/net/types.ts). Everyone gets the session's heading and head
// count; the `players` and `tables` maps are view-tagged, so a client receives only what was added to its
// StateView (visibility.ts): a student itself and a lobby list, staff every student and a compact summary of
// every table. A seat's view of its table never goes here: it travels as its own messages (fan-out.ts).
import { schema, t, type SchemaType } from '@colyseus/schema';
import type { TableState } from '../../shared/rules/types.ts';

/** A seat as the console sees it: who sits there (player ids), whether a bot plays it, and its readiness. */
export const SeatSync = schema(
  {
    id: t.string(),
    kind: t.string(),
    players: t.array('string'),
    bot: t.boolean(),
    ready: t.boolean(),
    /** How many of the seat's students are connected right now. */
    connected: t.number(),
  },
  'SeatSync',
);
export type SeatSync = SchemaType<typeof SeatSync>;

export const SellerSync = schema({ id: t.string(), disqualified: t.boolean() }, 'SellerSync');
export type SellerSync = SchemaType<typeof SellerSync>;

/** A best-and-final round: which sellers were asked, and which have answered. */
export const BafoSync = schema({ sellers: t.array('string'), answered: t.array('string') }, 'BafoSync');
export type BafoSync = SchemaType<typeof BafoSync>;

/**
 * A table's summary for the console and the projector: public facts only, and enough of them to say whom
 * the table waits for (the `FlowFacts` of shared/rules/permissions.ts).
 */
export const TableSync = schema(
  {
    id: t.string(),
    round: t.number(),
    phase: t.string(),
    stage: t.string(),
    step: t.string(),
    paused: t.boolean(),
    deadline: t.number(),
    remainingMs: t.number(),
    seats: t.map(SeatSync),
    sellers: t.map(SellerSync),
    /** Absent outside a best-and-final round. */
    bafo: t.ref(BafoSync).optional(),
    /** Counts the table's public events: the console tells a table that has stopped moving by it. */
    version: t.number(),
    /** The buyer (segment: its scenario's id) the table plays. */
    segment: t.string(),
  },
  'TableSync',
);
export type TableSync = SchemaType<typeof TableSync>;

export const PlayerSync = schema(
  {
    id: t.string(),
    name: t.string(),
    table: t.string(),
    seat: t.string(),
    connected: t.boolean(),
  },
  'PlayerSync',
);
export type PlayerSync = SchemaType<typeof PlayerSync>;

export const SessionSync = schema(
  {
    title: t.string(),
    scenarioId: t.string(),
    language: t.string(),
    status: t.string(),
    /** How many students are in the session (a student's view lists only some of them, see below). */
    playerCount: t.number(),
    /**
     * View-filtered: staff see every student; a student sees itself and a lobby list of the first few dozen.
     * Every student seeing every student made a join cost the whole class a patch.
     */
    players: t.map(PlayerSync).view(),
    /** View-filtered: staff only (a student's table reaches it through its view). */
    tables: t.map(TableSync).view(),
  },
  'SessionSync',
);
export type SessionSync = SchemaType<typeof SessionSync>;

function sameList(a: { length: number; [i: number]: string | undefined }, b: readonly string[]) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Replaces an array's items with `items` unless it holds them already (an unchanged array sends nothing). */
function setList(
  target: { length: number; [i: number]: string | undefined; splice: SpliceFn },
  items: readonly string[],
) {
  if (!sameList(target, items)) target.splice(0, target.length, ...items);
}
type SpliceFn = (start: number, deleteCount: number, ...items: string[]) => unknown;

/**
 * Copies a table's public facts into its summary, touching only what changed. `connected` says how many of a
 * seat's students are connected; `publicEvents` how many events of the change anyone at the table may see.
 */
export function syncTable(
  target: TableSync,
  id: string,
  state: TableState,
  connected: (players: readonly { id: string }[]) => number,
  publicEvents: number,
) {
  target.id = id;
  target.round = state.round;
  target.phase = state.phase;
  target.stage = state.stage ?? '';
  target.step = state.step ?? '';
  target.paused = state.paused;
  target.deadline = state.deadline ?? 0;
  target.remainingMs = state.remainingMs ?? 0;
  for (const seat of Object.values(state.seats)) {
    let s = target.seats.get(seat.id);
    if (!s) {
      s = new SeatSync();
      s.id = seat.id;
      s.kind = seat.kind;
      target.seats.set(seat.id, s);
    }
    setList(
      s.players,
      seat.players.map((p) => p.id),
    );
    s.bot = seat.bot;
    s.ready = seat.ready;
    s.connected = connected(seat.players);
  }
  for (const seller of Object.values(state.sellers)) {
    let s = target.sellers.get(seller.id);
    if (!s) {
      s = new SellerSync();
      s.id = seller.id;
      target.sellers.set(seller.id, s);
    }
    s.disqualified = seller.disqualified !== null;
  }
  if (state.bafo) {
    target.bafo ??= new BafoSync();
    setList(target.bafo.sellers, state.bafo.sellers);
    setList(target.bafo.answered, state.bafo.answered);
  } else if (target.bafo) target.bafo = undefined;
  target.version += publicEvents;
}
