// The room's helpers on a live session, without sockets: the fan-out packs a viewer's message once for all
// who share it, gives each only the events it may see, and tells a bulk change's events first and in order;
// pacing runs deadlines and bots on the clock it is given, and nowhere else.
import { Protocol } from '@colyseus/core';
import { unpackMultiple } from 'msgpackr';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateSessionSchema } from '../../shared/protocol.ts';
import { LiveSession, type LiveTable } from '../../server/session.ts';
import { Store } from '../../server/store/store.ts';
import { Timers, type RoomClock } from '../../server/rooms/clock.ts';
import { DEFAULT_ROOM_CONFIG } from '../../server/rooms/config.ts';
import { Roster, type Recipient } from '../../server/rooms/roster.ts';
import { ViewFanOut } from '../../server/rooms/fan-out.ts';
import { Pacing } from '../../server/rooms/pacing.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { tempDir } from './harness.ts';

/** A clock a test moves by hand: timers fire in order of their time when it advances past them. */
class HandClock implements RoomClock {
  t = 1_000_000;
  private timers: { at: number; run: () => void; cleared: boolean }[] = [];
  now() {
    return this.t;
  }
  setTimeout(run: () => void, ms: number) {
    const timer = { at: this.t + ms, run, cleared: false };
    this.timers.push(timer);
    return { clear: () => void (timer.cleared = true) };
  }
  advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => !x.cleared && x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      due.cleared = true;
      this.t = due.at;
      due.run();
    }
    this.t = end;
  }
}

/** A connection that keeps what it was sent, decoded, and the raw buffers too. */
class Recorder implements Recipient {
  readonly sessionId: string;
  readonly got: { type: string; message: any; bytes?: Uint8Array }[] = [];
  constructor(id: string) {
    this.sessionId = id;
  }
  send(type: string, message?: unknown) {
    this.got.push({ type, message });
  }
  enqueueRaw(bytes: Uint8Array) {
    expect(bytes[0]).toBe(Protocol.ROOM_DATA);
    const [type, message] = unpackMultiple(bytes.subarray(1)) as [string, any];
    this.got.push({ type, message, bytes });
  }
  last(type: string) {
    return this.got.filter((g) => g.type === type).at(-1);
  }
}

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** A session of `n` students dealt onto one table (bots in the empty seats), each with a connection. */
function classroom(n = 9, clock = new HandClock()) {
  const store = new Store(tempDir());
  stores.push(store);
  const body = CreateSessionSchema.parse({ scenarioId: 'mini', bots: true, autoAdvance: false });
  const { session } = LiveSession.create(store, miniScenario(), body, clock.now());
  const ids = Array.from({ length: n }, (_, i) => session.join(`S${i}`, clock.now())).map((j) => {
    if ('error' in j) throw new Error(j.error);
    return j.player.id;
  });
  session.deal(clock.now());
  const timers = new Timers(clock);
  const roster = new Roster<Recorder>(session, DEFAULT_ROOM_CONFIG, () => clock.now());
  const delivered: LiveTable[] = [];
  const fanOut = new ViewFanOut<Recorder>({
    session,
    roster,
    timers,
    tablesPerTurn: 4,
    deliver: (table) => {
      delivered.push(table);
      fanOut.changed(table, fanOut.takeOwed(table.id, []));
    },
  });
  const clients = ids.map((id, i) => {
    const c = new Recorder(`c${i}`);
    roster.add(c, { kind: 'player', playerId: id });
    roster.count(c, true);
    fanOut.reset(c);
    return c;
  });
  const table = [...session.tables.values()][0]!;
  // Everyone's first view, whole, from one packing per seat (as after the deal).
  fanOut.changed(table, []);
  const seatOf = (c: Recorder) => session.seatOf(ids[clients.indexOf(c)]!)!.seat;
  return { session, clock, timers, roster, fanOut, clients, table, seatOf, delivered };
}

describe('the fan-out', () => {
  it('packs a seat’s message once for its members, and gives each only the events it may see', () => {
    const { session, fanOut, clients, table, seatOf, clock } = classroom();
    const r1 = session.act(table.id, { kind: 'instructor' }, { type: 'start' }, clock.now());
    expect(r1.ok).toBe(true);
    if (r1.ok) fanOut.changed(table, r1.events);
    const obc = clients.find((c) => seatOf(c) === 'production')!;
    const r2 = session.act(
      table.id,
      { kind: 'seat', seat: 'production' },
      { type: 'chat', channel: 'obc', text: 'members only' },
      clock.now(),
    );
    expect(r2.ok).toBe(true);
    if (r2.ok) fanOut.changed(table, r2.events);
    const team = clients.filter((c) => seatOf(c) === 'seller-A');
    expect(team).toHaveLength(2);
    // One buffer for both members of the team: computed and packed once.
    expect(team[0]!.last('view-patch')!.bytes).toBe(team[1]!.last('view-patch')!.bytes);
    // The OBC channel's message reaches members, with its event; never a seller.
    const said = (c: Recorder) =>
      c.got.some((g) => (g.message?.events ?? []).some((e: any) => e.type === 'message'));
    expect(said(obc)).toBe(true);
    for (const c of clients.filter((x) => seatOf(x).startsWith('seller-'))) {
      expect(said(c)).toBe(false);
      expect(JSON.stringify(c.got)).not.toContain('members only');
    }
  });

  it('sends a bulk change later, with the events owed first and in order, then nothing when nothing changed', async () => {
    const { session, fanOut, clients, table, clock, delivered } = classroom();
    const start = session.act(table.id, { kind: 'instructor' }, { type: 'start' }, clock.now());
    const pause = session.act(table.id, { kind: 'instructor' }, { type: 'pause' }, clock.now());
    expect(start.ok && pause.ok).toBe(true);
    const before = clients[0]!.got.length;
    if (start.ok) fanOut.defer(table, start.events);
    if (pause.ok) fanOut.defer(table, pause.events);
    // Nothing yet: the bulk change waits its turn.
    expect(clients[0]!.got.length).toBe(before);
    await new Promise((resolve) => setImmediate(resolve));
    expect(delivered).toEqual([table]);
    const patch = clients[0]!.got.slice(before);
    expect(patch).toHaveLength(1);
    const types = patch[0]!.message.events.map((e: any) => e.type);
    expect(types.indexOf('round-started')).toBeLessThan(types.indexOf('paused'));
    expect(patch[0]!.message.set.paused).toBe(true);
    // Nothing changed since: nothing is sent.
    fanOut.changed(table, []);
    expect(clients[0]!.got.length).toBe(before + 1);
  });

  it('shows a connection change as a patch of presence alone', () => {
    const { roster, fanOut, clients, table, seatOf } = classroom();
    const leaving = clients[0]!;
    const seat = seatOf(leaving);
    roster.count(leaving, false);
    fanOut.changed(table, []);
    const other = clients[1]!;
    const patch = other.last('view-patch')!.message;
    expect(Object.keys(patch.set)).toEqual(['presence']);
    const atSeat = clients.filter((c) => seatOf(c) === seat).length;
    expect(patch.set.presence[seat]).toBe(atSeat - 1);
  });
});

describe('pacing', () => {
  it('moves a table on when its deadline passes on the room’s clock, not before', () => {
    const { session, timers, clock, table } = classroom();
    const changes: string[][] = [];
    const pacing = new Pacing(session, timers, 1_000_000_000, (_t, events) =>
      changes.push(events.map((e) => e.type)),
    );
    const r = session.act(table.id, { kind: 'instructor' }, { type: 'start' }, clock.now());
    expect(r.ok).toBe(true);
    pacing.start();
    pacing.after(table);
    const deadline = table.state.deadline!;
    const stage = table.state.stage;
    clock.advance(deadline - clock.now() - 1);
    expect(table.state.stage).toBe(stage);
    expect(changes).toEqual([]);
    clock.advance(1);
    expect(table.state.stage).not.toBe(stage);
    expect(changes.length).toBe(1);
    timers.clearAll();
  });

  it('lets bots move after the configured pause on the room’s clock', async () => {
    const { session, timers, clock, table } = classroom(1);
    expect(Object.values(table.state.seats).filter((s) => s.bot)).toHaveLength(6);
    const r = session.act(table.id, { kind: 'instructor' }, { type: 'start' }, clock.now());
    expect(r.ok).toBe(true);
    let moves = 0;
    const pacing = new Pacing(session, timers, 1000, () => (moves += 1));
    pacing.after(table);
    await Promise.resolve();
    // Bots wait at least 0.6 of the pause, at most 1.4 of it.
    clock.advance(599);
    expect(moves).toBe(0);
    clock.advance(801);
    expect(moves).toBe(1);
    // The bot's action carries the clock's time.
    const log = session.logOf(table.id);
    expect(log.at(-1)!.at).toBeGreaterThan(1_000_000);
    expect(log.at(-1)!.at).toBeLessThanOrEqual(clock.now());
    timers.clearAll();
  });
});
