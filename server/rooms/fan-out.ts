// Telling each connection what changed at its table: its viewer's view, computed and packed once per viewer
// for everyone who shares it (a seller team's members see the same), sent as a patch of the fields that
// changed since the view this connection holds, with the events of the change it may see in the same
// message; the debrief when a round ends; the class results to the staff. A change to many tables at once
// (a command for every table, the deal) is told a few tables per turn of the event loop, so that it does
// not hold up every student's intent behind a thousand views.
import { Protocol, getMessageBytes } from '@colyseus/core';
import {
  ServerMessage,
  type RoomView,
  type ViewMessage,
  type ViewPatchMessage,
} from '../../shared/protocol.ts';
import type { GameEvent, Viewer } from '../../shared/rules/types.ts';
import { canSee, publicScenario, viewFor } from '../../shared/rules/view.ts';
import { classSummary, publicResults, segmentComparison } from '../../shared/session/class-results.ts';
import { segmentCard } from '../../shared/session/segments.ts';
import { viewPatchSet } from './view-diff.ts';
import { concat, packedArray, packedMap, packedPart, packedRecord, roomMessage } from './packing.ts';
import { debriefMessage } from '../debrief-message.ts';
import type { LiveSession, LiveTable } from '../session.ts';
import type { Timers } from './clock.ts';
import type { Recipient, Roster } from './roster.ts';

/** What a connection was last sent: nothing yet (also after a reconnection), the lobby, or a table's view. */
type Held = null | 'lobby' | { table: string; view: RoomView };

/** One viewer's view for one change, and once needed, packed: whole, and as patches from the views held. */
interface Packed {
  view: RoomView;
  events: GameEvent[];
  whole: Buffer | null;
  /** Patches packed for the connections that hold the same last view (the same view object). */
  patches: Map<RoomView, Buffer | null>;
}

function pack(type: string, payload: unknown): Buffer {
  return getMessageBytes.raw(Protocol.ROOM_DATA, type, payload);
}

/**
 * A `view-patch` message, packed from its parts (packing.ts: a part every viewer shares is packed once). The
 * same message as `pack(ServerMessage.viewPatch, { table, set, events })`.
 */
function patchMessage(table: string, set: Record<string, unknown>, events: GameEvent[] | undefined): Buffer {
  const payload: [keyof ViewPatchMessage, Uint8Array][] = [
    ['table', packedPart(table)],
    ['set', concat(packedRecord(set))],
  ];
  if (events) payload.push(['events', concat(packedArray(events))]);
  return roomMessage(ServerMessage.viewPatch, packedMap(payload));
}

/** A whole `view` message, packed from its parts like a patch. */
function viewMessage(table: string, view: RoomView, events: GameEvent[] | undefined): Buffer {
  const payload: [keyof ViewMessage, Uint8Array][] = [
    ['table', packedPart(table)],
    ['view', concat(packedRecord(view))],
  ];
  if (events) payload.push(['events', concat(packedArray(events))]);
  return roomMessage(ServerMessage.view, packedMap(payload));
}

function viewerKey(viewer: Viewer): string {
  return viewer.kind === 'seat' ? viewer.seat : viewer.kind;
}

export interface FanOutOptions<C extends Recipient> {
  session: LiveSession;
  roster: Roster<C>;
  timers: Timers;
  /** How many tables hear of a bulk change per turn of the event loop. */
  tablesPerTurn: number;
  /** Tells a table's connections of its change (the room's whole after-change, of which this is a part). */
  deliver: (table: LiveTable) => void;
}

export class ViewFanOut<C extends Recipient> {
  private readonly held = new Map<string, Held>();
  /** Tables whose connections have yet to hear of a bulk change, with the events they are owed. */
  private readonly owed = new Map<string, GameEvent[]>();
  private flushing = false;
  private resultsDue = false;
  /**
   * The public scenario each connection holds, by segment (a session's tables may play different buyers), and
   * each segment's scenario message, packed once: it is large and never changes.
   */
  private readonly scenarioHeld = new Map<string, string>();
  private readonly scenarioBytes = new Map<string, Buffer>();
  private readonly o: FanOutOptions<C>;

  constructor(options: FanOutOptions<C>) {
    this.o = options;
  }

  /** A new connection, or one back from a drop: the next view it gets is whole. */
  reset(client: C): void {
    this.held.set(client.sessionId, null);
  }

  forget(client: C): void {
    this.held.delete(client.sessionId);
    this.scenarioHeld.delete(client.sessionId);
  }

  /** A joining connection gets the session's default public scenario; a table's view brings its own. */
  welcome(client: C): void {
    this.sendScenario(client, this.o.session.scenario.meta.id);
  }

  /** Sends the public scenario of a segment, unless the connection holds it already. */
  private sendScenario(client: C, segment: string) {
    if (this.scenarioHeld.get(client.sessionId) === segment) return;
    let bytes = this.scenarioBytes.get(segment);
    if (!bytes) {
      const scenario =
        this.o.session.segments.find((x) => x.id === segment)?.scenario ?? this.o.session.scenario;
      bytes = pack(ServerMessage.scenario, publicScenario(scenario));
      this.scenarioBytes.set(segment, bytes);
    }
    client.enqueueRaw(bytes);
    this.scenarioHeld.set(client.sessionId, segment);
  }

  /** Sends one connection its view if it changed (whole when it holds none of this table), or the lobby. */
  refresh(client: C, withDebrief = true): void {
    const seen = this.o.roster.seen(client);
    if (!seen) {
      if (this.held.get(client.sessionId) !== 'lobby') {
        this.held.set(client.sessionId, 'lobby');
        client.send(ServerMessage.view, { table: null, view: null } satisfies ViewMessage);
      }
      return;
    }
    const packed = this.packFor(seen.table, seen.viewer, [], this.o.roster.presence(seen.table));
    this.sendPacked(client, seen.table, packed);
    if (withDebrief && seen.table.state.phase === 'round-over' && seen.viewer.kind === 'seat')
      client.send(ServerMessage.debrief, debriefMessage(seen.table.id, this.o.session.debriefOf(seen.table)));
  }

  /** After a table changed: each connection following it gets its view's changes and the events it may see. */
  changed(table: LiveTable, events: readonly GameEvent[]): void {
    const roundOver = events.some((e) => e.type === 'round-over');
    // Packed once for the whole table.
    const debrief = roundOver
      ? pack(ServerMessage.debrief, debriefMessage(table.id, this.o.session.debriefOf(table)))
      : null;
    const packed = new Map<string, Packed>();
    const presence = this.o.roster.presence(table);
    for (const client of this.o.roster.at(table)) {
      const seen = this.o.roster.seen(client);
      if (!seen || seen.table !== table) continue;
      const key = viewerKey(seen.viewer);
      let p = packed.get(key);
      if (!p) {
        p = this.packFor(table, seen.viewer, events, presence);
        packed.set(key, p);
      }
      this.sendPacked(client, table, p);
      if (debrief) client.enqueueRaw(debrief);
    }
    if (roundOver) this.resultsSoon();
  }

  private packFor(
    table: LiveTable,
    viewer: Viewer,
    events: readonly GameEvent[],
    presence: RoomView['presence'],
  ): Packed {
    const { scenario: _scenario, ...rest } = viewFor(this.o.session.scenarioOf(table), table.state, viewer);
    const view: RoomView = { ...rest, presence };
    return {
      view,
      events: events.filter((e) => canSee(e, viewer)),
      whole: null,
      patches: new Map(),
    };
  }

  /**
   * Only the fields that changed travel when the connection holds this table's last view (most changes touch
   * one or two of some thirty fields: a tenth of the bytes); otherwise the whole view.
   */
  private sendPacked(client: C, table: LiveTable, p: Packed) {
    // The view is read against its table's scenario: the connection gets that first if it holds another.
    this.sendScenario(client, this.o.session.segmentOf(table));
    const last = this.held.get(client.sessionId) ?? null;
    const base = last !== null && last !== 'lobby' && last.table === table.id ? last.view : null;
    const events = p.events.length > 0 ? p.events : undefined;
    if (base) {
      let bytes = p.patches.get(base);
      if (bytes === undefined) {
        const set = viewPatchSet(base, p.view);
        bytes = set || events ? patchMessage(table.id, set ?? {}, events) : null;
        p.patches.set(base, bytes);
      }
      if (bytes === null) return;
      client.enqueueRaw(bytes);
    } else {
      p.whole ??= viewMessage(table.id, p.view, events);
      client.enqueueRaw(p.whole);
    }
    this.held.set(client.sessionId, { table: table.id, view: p.view });
  }

  // ---- bulk changes ----

  /**
   * After a change to many tables at once: the tables' state has changed already; telling their connections
   * waits its turn, a few tables per turn of the event loop.
   */
  defer(table: LiveTable, events: readonly GameEvent[]): void {
    const owed = this.owed.get(table.id);
    if (owed) owed.push(...events);
    else this.owed.set(table.id, [...events]);
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => this.flush());
    }
  }

  /** The events a table still owes its connections from a bulk change, then `events`: they go out in order. */
  takeOwed(tableId: string, events: readonly GameEvent[]): readonly GameEvent[] {
    const owed = this.owed.get(tableId);
    if (!owed) return events;
    this.owed.delete(tableId);
    return events.length > 0 ? [...owed, ...events] : owed;
  }

  private flush() {
    let n = 0;
    for (const id of this.owed.keys()) {
      if (n++ >= this.o.tablesPerTurn) {
        setImmediate(() => this.flush());
        return;
      }
      const table = this.o.session.tables.get(id);
      if (table) this.o.deliver(table);
      this.owed.delete(id);
    }
    this.flushing = false;
  }

  // ---- the staff's class results ----

  /** The class-wide results of the latest round any table has finished (public parts only), or null. */
  results() {
    const tables = [...this.o.session.tables.values()];
    const over = tables.filter((t) => t.state.phase === 'round-over');
    if (over.length === 0) return null;
    const round = Math.max(...over.map((t) => t.state.round));
    const session = this.o.session;
    const rows = tables.map((t) => ({
      table: t.id,
      segment: session.segmentOf(t),
      debriefs: t.state.phase === 'round-over' && t.state.round === round ? [session.debriefOf(t)] : [],
    }));
    const cards = session.segmented ? session.segments.map((x) => segmentCard(x.scenario)) : null;
    return publicResults(
      classSummary(rows, round),
      cards ? { comparison: segmentComparison(rows, cards, round), cards } : null,
    );
  }

  /**
   * The class results, to the console and the projector: when the instructor ends every round at once, the
   * tables end one after another within a moment, so they are summed once for the lot (after 200 ms).
   */
  private resultsSoon() {
    if (this.resultsDue) return;
    this.resultsDue = true;
    this.o.timers.after(200, () => {
      this.resultsDue = false;
      const results = this.results();
      if (results) for (const client of this.o.roster.staff) client.send(ServerMessage.results, results);
    });
  }
}
