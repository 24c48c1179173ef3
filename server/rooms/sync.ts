// The synced state: only what anyone at a table may see. Each table and each student hangs in a view-tagged
// map, so a client receives only what was added to its StateView (its own table and tablemates, or
// everything for the instructor). Private views
// never go here: they travel as messages to their seat (see session-room.ts).
import { MapSchema, schema, t, type SchemaType } from '@colyseus/schema';
import type { TableView } from '../../shared/rules/view.ts';

export const SeatSync = schema(
  {
    id: t.string(),
    kind: t.string(),
    bot: t.boolean(),
    ready: t.boolean(),
    connected: t.number(),
  },
  'SeatSync',
);
export type SeatSync = SchemaType<typeof SeatSync>;

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
    /** The spectator's view of the table (public facts only), as JSON. */
    publicView: t.string(),
    version: t.number(),
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
     * View-filtered: staff see every student; a student sees itself, its tablemates and a lobby list of the
     * first few dozen. Every student seeing every student made a join cost the whole class a patch.
     */
    players: t.map(PlayerSync).view(),
    tables: t.map(TableSync).view(),
  },
  'SessionSync',
);
export type SessionSync = SchemaType<typeof SessionSync>;

/** Copies the public parts of a table into its synced mirror, touching only what changed. */
export function syncTable(
  target: TableSync,
  id: string,
  view: TableView,
  connected: (playerId: string) => boolean,
) {
  target.id = id;
  target.round = view.round;
  target.phase = view.phase;
  target.stage = view.stage ?? '';
  target.step = view.step ?? '';
  target.paused = view.paused;
  target.deadline = view.deadline ?? 0;
  target.remainingMs = view.remainingMs ?? 0;
  for (const seat of view.seats) {
    let s = target.seats.get(seat.id);
    if (!s) {
      s = new SeatSync();
      s.id = seat.id;
      s.kind = seat.kind;
      target.seats.set(seat.id, s);
    }
    s.bot = seat.bot;
    s.ready = seat.ready;
    s.connected = seat.players.filter((p) => connected(p.id)).length;
  }
  const { scenario: _scenario, ...rest } = view;
  const json = JSON.stringify(rest);
  if (json !== target.publicView) {
    target.publicView = json;
    target.version += 1;
  }
}

export { MapSchema };
