// The Colyseus room of one session: a thin adapter. It authenticates who connects, turns messages into
// engine actions through LiveSession, and sends each client what it may see: the shared, view-filtered
// schema for its table, and its own seat's view and events as private messages.
import {
  CloseCode,
  ErrorCode,
  Protocol,
  Room,
  ServerError,
  getMessageBytes,
  type AuthContext,
  type Client,
} from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import type { z } from 'zod';
import {
  ClientMessages,
  JoinOptionsSchema,
  MAX_MESSAGE_BYTES,
  ServerMessage,
  describeZodError,
  type ClientMessageType,
  type ErrorPayload,
} from '../../shared/protocol.ts';
import { classSummary, publicResults } from '../../shared/session/class-results.ts';
import type { Action, GameEvent, SeatId, Viewer } from '../../shared/rules/types.ts';
import { canSee, publicScenario, viewFor } from '../../shared/rules/view.ts';
import { localize } from '../../shared/scenario/load.ts';
import type { LiveSession, LiveTable } from '../session.ts';
import type { Registry } from '../registry.ts';
import { roomIdOf } from '../cluster.ts';
import { quietPatches } from './quiet-serializer.ts';
import { PlayerSync, SessionSync, TableSync, syncTable } from './sync.ts';
import { RateLimiter, TokenBucket } from '../limits.ts';
import { debriefMessage } from '../debrief-message.ts';
import type { JoinGate } from '../join-gate.ts';
import { holdUntilDurable } from './durable-sends.ts';
import { viewFields, viewPatchSet, type ViewFields } from '../../shared/view-patch.ts';

/**
 * A join the room turns away (wrong code, secret or token, a finished session, a bad name). A ServerError
 * reaches the client with its message like any error, but Colyseus does not print its stack to the server's
 * log: a classroom of mistyped codes should not flood it.
 */
function refused(message: string): ServerError {
  return new ServerError(ErrorCode.AUTH_FAILED, message);
}

export type Identity = { kind: 'player'; playerId: string } | { kind: 'host' } | { kind: 'spectator' };

interface ClientData {
  identity: Identity;
  bucket: TokenBucket;
  /**
   * The view the client was last sent: none yet (also after a reconnection), the lobby, or a table's view
   * field by field, the base the next patch applies to.
   */
  lastView: null | 'lobby' | { table: string; fields: ViewFields };
  watching: string | null;
  /** Whether this client counts towards its player's connected state right now. */
  counted: boolean;
  /** For a student: the table whose synced state is in this client's view. */
  table: string | null;
  /** For a student: how many other students its lobby list shows. */
  lobby: number;
}

/** How many other students a student's lobby lists (the heading counts everyone). */
const LOBBY_LIST = 40;

/** A seat's view for one change: its fields as JSON (to tell what changed) and, once needed, packed messages. */
interface PackedView {
  view: Record<string, unknown>;
  fields: ViewFields;
  /** The whole view, packed once for everyone who needs it. */
  bytes: Buffer | null;
  /** Patches packed for the clients that were last sent the same view (the same fields object). */
  patches: Map<ViewFields, Buffer | null>;
}

/** How many tables hear of a bulk change per turn of the event loop. */
const FAN_OUT_TABLES = 4;

/** Seconds a dropped client keeps its connection slot for the SDK's own reconnection. */
export const RECONNECT_SECONDS = 120;

export interface SessionRoomOptions {
  sessionId: string;
}

export class SessionRoom extends Room<{ state: SessionSync }> {
  autoDispose = false;
  // A lecture of 2,000 students, with the instructor and the projector.
  maxClients = 2100;
  private session!: LiveSession;
  private registry!: Registry;
  private gate: JoinGate | null = null;
  private timer: { clear(): void } | null = null;
  private readonly botTimers = new Map<string, { clear(): void }>();
  private readonly connections = new Map<string, number>();
  private readonly data = new Map<string, ClientData>();
  /** The connections of each student (a phone and a laptop may both be open). */
  private readonly byPlayer = new Map<string, Set<Client>>();
  /** Instructor consoles and projectors. */
  private readonly staff = new Set<Client>();
  /** Tables whose clients have yet to hear of a bulk change (see deferChange). */
  private readonly deferred = new Map<string, { events: GameEvent[]; seating: boolean }>();
  private flushing = false;
  private timerDue = false;
  private countDue = false;
  private resultsDue = false;
  /** Students' connections whose lobby list still has room. */
  private readonly openLobbies = new Set<Client>();
  /** The public scenario message, packed once: it is large, never changes, and every client gets it. */
  private scenarioBytes!: Buffer;

  static joinLimiter = new RateLimiter({ windowMs: 60_000, max: 30 });

  async onCreate(options: SessionRoomOptions & { registry: Registry; gate?: JoinGate }) {
    // The registry comes in through defineRoom's default options: it never leaves this process.
    this.registry = options.registry;
    this.gate = options.gate ?? null;
    // Takes the session's lease first: a session has one room in the whole cluster, or none.
    const session = await this.registry.open(String(options.sessionId), {
      lost: () => void this.disconnect(CloseCode.MAY_TRY_RECONNECT).catch(() => undefined),
      relist: () => this.setMetadata({ sessionId: this.session.id, code: this.session.code }),
    });
    if (session.status !== 'open') {
      // Rooms are made for open sessions only (a finished one is read from the store).
      await this.registry.close(session.id);
      throw new Error('This session has finished.');
    }
    this.session = session;
    this.roomId = roomIdOf(session.id);
    this.scenarioBytes = getMessageBytes.raw(
      Protocol.ROOM_DATA,
      ServerMessage.scenario,
      publicScenario(session.scenario),
    );
    const state = new SessionSync();
    state.title = session.options.title ?? localize(session.scenario.meta.title, session.options.language);
    state.scenarioId = session.scenario.meta.id;
    state.language = session.options.language;
    state.status = session.status;
    this.setState(state);
    quietPatches(this);
    for (const p of session.players.values()) if (!p.removed) this.syncPlayer(p.id);
    state.playerCount = state.players.size;
    for (const table of session.tables.values()) {
      this.syncTableState(table);
      this.scheduleBots(table);
    }
    this.setMetadata({ sessionId: session.id, code: session.code }).catch(() => undefined);
    for (const type of Object.keys(ClientMessages) as ClientMessageType[]) {
      this.onMessage(type, (client: Client, message: unknown) => this.handle(client, type, message));
    }
    this.onMessage('*', (client: Client, type: string | number) => {
      this.sendError(client, {
        to: String(type).slice(0, 32),
        code: 'unknown-message',
        message: 'unknown message type',
      });
    });
    this.scheduleTimer();
  }

  onAuth(
    _client: Client,
    options: unknown,
    context: AuthContext,
  ): Identity & { token?: string; name?: string } {
    const ip = context.ip ?? 'unknown';
    // The reservation's socket is here: it no longer waits at the gate, whatever the outcome below.
    this.gate?.arrived(options, context.ip);
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success || parsed.data.code.toUpperCase() !== this.session.code) {
      if (!SessionRoom.joinLimiter.hit(ip))
        throw refused('Too many join attempts: wait a minute and try again.');
      throw refused('That join code does not match this session.');
    }
    const o = parsed.data;
    if ('hostSecret' in o) {
      if (!this.session.isHost(o.hostSecret)) {
        SessionRoom.joinLimiter.hit(ip);
        throw refused('The host secret is not valid for this session.');
      }
      return { kind: 'host' };
    }
    if ('spectator' in o) return { kind: 'spectator' };
    if ('token' in o) {
      const player = this.session.rejoin(o.token);
      if (!player) {
        SessionRoom.joinLimiter.hit(ip);
        throw refused('This device is no longer seated in the session: ask your instructor to re-admit you.');
      }
      return { kind: 'player', playerId: player.id };
    }
    if (this.session.status !== 'open') throw refused('This session has finished.');
    const joined = this.session.join(o.name, Date.now());
    if ('error' in joined) throw refused(joined.error);
    return { kind: 'player', playerId: joined.player.id, token: joined.token, name: joined.player.name };
  }

  onJoin(client: Client, _options: unknown, auth: Identity & { token?: string; name?: string }) {
    // Nothing this client is told may get ahead of the disk (the join itself was just written).
    holdUntilDurable(client, this.registry.store);
    const identity: Identity =
      auth.kind === 'player' ? { kind: 'player', playerId: auth.playerId } : { kind: auth.kind };
    this.data.set(client.sessionId, {
      identity,
      bucket: new TokenBucket(20, 10),
      lastView: null,
      watching: null,
      counted: false,
      table: null,
      lobby: 0,
    });
    if (identity.kind === 'player') {
      const set = this.byPlayer.get(identity.playerId) ?? new Set<Client>();
      set.add(client);
      this.byPlayer.set(identity.playerId, set);
    } else this.staff.add(client);
    client.view = new StateView();
    // The public scenario is large and never changes: it goes once, and views are sent without it.
    client.enqueueRaw(this.scenarioBytes);
    // The instructor's console and the projector follow every table; the synced table holds public facts only.
    if (identity.kind !== 'player') {
      for (const t of this.state.tables.values()) client.view.add(t);
    }
    this.showPlayers(client);
    if (identity.kind === 'player') {
      const player = this.session.players.get(identity.playerId);
      client.send(ServerMessage.welcome, {
        playerId: identity.playerId,
        name: player?.name ?? auth.name,
        token: auth.token,
      });
      this.count(client, true);
    } else {
      client.send(ServerMessage.welcome, { role: identity.kind });
      const results = this.results();
      if (results) client.send(ServerMessage.results, results);
    }
    this.sendViewTo(client);
  }

  async onDrop(client: Client) {
    this.count(client, false);
    try {
      await this.allowReconnection(client, RECONNECT_SECONDS);
    } catch {
      // The client did not come back in time; onLeave cleans up.
    }
  }

  onReconnect(client: Client) {
    holdUntilDurable(client, this.registry.store);
    const d = this.data.get(client.sessionId);
    if (!d) return;
    // The reconnected connection may be a new object: put it where the old one was, with the same view.
    const sets = d.identity.kind === 'player' ? [this.byPlayer.get(d.identity.playerId)] : [this.staff];
    for (const set of sets) {
      if (!set) continue;
      for (const c of set) if (c.sessionId === client.sessionId) set.delete(c);
      set.add(client);
    }
    if (!client.view) {
      client.view = new StateView();
      if (d.identity.kind === 'player') {
        const t = d.table ? this.state.tables.get(d.table) : undefined;
        if (t) client.view.add(t);
      } else for (const t of this.state.tables.values()) client.view.add(t);
      this.showPlayers(client);
      const seated = d.identity.kind === 'player' ? this.session.seatOf(d.identity.playerId) : null;
      if (seated) this.showTablemates(seated.table);
    }
    d.lastView = null;
    this.count(client, true);
    this.sendViewTo(client);
  }

  onLeave(client: Client) {
    this.openLobbies.delete(client);
    this.count(client, false);
    const d = this.data.get(client.sessionId);
    if (d?.identity.kind === 'player') this.byPlayer.get(d.identity.playerId)?.delete(client);
    this.staff.delete(client);
    this.data.delete(client.sessionId);
  }

  /** Keeps the per-player count of live connections (a student may have a phone and a laptop open). */
  private count(client: Client, on: boolean) {
    const d = this.data.get(client.sessionId);
    if (!d || d.identity.kind !== 'player' || d.counted === on) return;
    d.counted = on;
    this.connect(d.identity.playerId, on ? 1 : -1);
  }

  async onDispose() {
    this.timer?.clear();
    for (const t of this.botTimers.values()) t.clear();
    // Undefined when onCreate refused: then there is no lease to give back.
    if (this.session) await this.registry.close(this.session.id);
  }

  /** The instructor ends the session (HTTP API, host only): no new students; everyone stays to review. */
  finish(): void {
    this.session.finish();
    this.state.status = this.session.status;
  }

  // ---- messages ----

  private handle(client: Client, type: ClientMessageType, message: unknown) {
    const d = this.data.get(client.sessionId);
    if (!d) return;
    if (!d.bucket.take()) {
      this.sendError(client, {
        to: type,
        code: 'rate-limited',
        message: 'Too many messages: slow down a little.',
      });
      return;
    }
    let size: number;
    try {
      size = JSON.stringify(message ?? null).length;
    } catch {
      size = Infinity;
    }
    if (size > MAX_MESSAGE_BYTES) {
      this.sendError(client, {
        to: type,
        code: 'too-large',
        message: `Messages are limited to ${MAX_MESSAGE_BYTES} bytes.`,
      });
      return;
    }
    const schema = ClientMessages[type] as z.ZodType;
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      this.sendError(client, { to: type, code: 'invalid-message', message: describeZodError(parsed.error) });
      return;
    }
    const body = parsed.data as Record<string, unknown>;
    if (type === 'intent') {
      this.onIntent(client, d, body.action as Action);
      return;
    }
    if (d.identity.kind !== 'host') {
      this.sendError(client, { to: type, code: 'forbidden', message: 'Only the instructor can do this.' });
      return;
    }
    if (type === 'watch') {
      d.watching = (body.table as string | null) ?? null;
      d.lastView = null;
      this.sendViewTo(client);
      return;
    }
    const result = this.hostCommand(type, body);
    if (!result.ok) this.sendError(client, result.error);
  }

  private onIntent(client: Client, d: ClientData, action: Action) {
    if (d.identity.kind !== 'player') {
      this.sendError(client, { to: 'intent', code: 'wrong-seat', message: 'Only a seated student plays.' });
      return;
    }
    const seated = this.session.seatOf(d.identity.playerId);
    if (!seated) {
      this.sendError(client, {
        to: 'intent',
        code: 'wrong-seat',
        message: 'You are not seated at a table yet.',
      });
      return;
    }
    const result = this.session.act(seated.table.id, { kind: 'seat', seat: seated.seat }, action, Date.now());
    if (!result.ok) {
      this.sendError(client, {
        to: action.type,
        code: result.rejection.code,
        message: result.rejection.message,
      });
      return;
    }
    this.afterChange(seated.table, result.events);
  }

  /**
   * An instructor command, from the console's socket or from the HTTP API (through remoteRoomCall): the same
   * schema check, the same effects, an error value instead of a throw.
   */
  hostCommand(
    type: ClientMessageType,
    message: unknown,
  ): { ok: true; data?: unknown } | { ok: false; error: ErrorPayload } {
    const fail = (code: string, text: string) => ({
      ok: false as const,
      error: { to: type, code, message: text },
    });
    if (type === 'intent' || type === 'watch')
      return fail('invalid-message', `"${type}" is not an instructor command`);
    const parsed = (ClientMessages[type] as z.ZodType).safeParse(message);
    if (!parsed.success) return fail('invalid-message', describeZodError(parsed.error));
    const body = parsed.data as Record<string, unknown>;
    const now = Date.now();
    switch (type) {
      case 'host': {
        const targets =
          body.table === 'all'
            ? [...this.session.tables.values()]
            : [this.session.tables.get(String(body.table))];
        if (targets.length === 0 || targets.some((t) => !t))
          return fail('not-found', `There is no table ${String(body.table)}.`);
        const failures: string[] = [];
        for (const table of targets as LiveTable[]) {
          const r = this.session.act(table.id, { kind: 'instructor' }, body.action as Action, now);
          if (r.ok && targets.length > 1) this.deferChange(table, r.events);
          else if (r.ok) this.afterChange(table, r.events);
          else failures.push(`${table.id}: ${r.rejection.message}`);
        }
        if (failures.length === targets.length) return fail('rejected', failures.join('; '));
        return { ok: true, data: { failures } };
      }
      case 'deal': {
        this.afterSeating(this.session.deal(now, body.bots as boolean | undefined));
        return { ok: true, data: { tables: this.session.tables.size } };
      }
      case 'move':
        return this.move(String(body.playerId), body.table as string | null, body.seat as string | null, now);
      case 'bot': {
        const table = this.session.tables.get(String(body.table));
        if (!table) return fail('not-found', `There is no table ${String(body.table)}.`);
        const r = this.session.act(
          table.id,
          { kind: 'instructor' },
          { type: 'set-bot', seat: body.seat as SeatId, bot: Boolean(body.bot) },
          now,
        );
        if (!r.ok) return fail(r.rejection.code, r.rejection.message);
        this.afterChange(table, r.events);
        return { ok: true };
      }
      case 'remove': {
        const playerId = String(body.playerId);
        if (!this.session.players.has(playerId)) return fail('not-found', 'There is no such student.');
        const seated = this.session.seatOf(playerId);
        if (seated) {
          const r = this.session.act(
            seated.table.id,
            { kind: 'instructor' },
            { type: 'unseat-player', playerId },
            now,
          );
          if (r.ok) this.afterChange(seated.table, r.events);
        }
        this.session.remove(playerId);
        this.state.players.delete(playerId);
        this.countPlayers();
        for (const c of [...(this.byPlayer.get(playerId) ?? [])]) c.leave(4001);
        return { ok: true };
      }
      case 'broadcast':
        this.broadcast(ServerMessage.broadcast, { text: body.text, at: now });
        return { ok: true };
      default:
        return fail('invalid-message', 'unknown command');
    }
  }

  private move(playerId: string, tableId: string | null, seat: string | null, now: number) {
    const fail = (code: string, text: string) => ({
      ok: false as const,
      error: { to: 'move', code, message: text },
    });
    const player = this.session.players.get(playerId);
    if (!player || player.removed) return fail('not-found', 'There is no such student.');
    const from = this.session.seatOf(playerId);
    let table = tableId ? this.session.tables.get(tableId) : undefined;
    if (tableId === 'new') table = this.session.addTable(now);
    if (tableId && !table) return fail('not-found', `There is no table ${tableId}.`);
    if (table && seat) {
      if (from) {
        const left = this.session.act(
          from.table.id,
          { kind: 'instructor' },
          { type: 'unseat-player', playerId },
          now,
        );
        if (left.ok) this.afterChange(from.table, left.events);
      }
      const r = this.session.act(
        table.id,
        { kind: 'instructor' },
        { type: 'seat-player', seat: seat as SeatId, player: { id: player.id, name: player.name } },
        now,
      );
      if (!r.ok) {
        // Put the student back where they were rather than leave them nowhere.
        if (from) {
          const back = this.session.act(
            from.table.id,
            { kind: 'instructor' },
            { type: 'seat-player', seat: from.seat, player: { id: player.id, name: player.name } },
            now,
          );
          if (back.ok) this.afterChange(from.table, back.events);
        }
        return fail(r.rejection.code, r.rejection.message);
      }
      this.afterChange(table, r.events);
    } else if (from) {
      const r = this.session.act(
        from.table.id,
        { kind: 'instructor' },
        { type: 'unseat-player', playerId },
        now,
      );
      if (r.ok) this.afterChange(from.table, r.events);
    }
    this.syncPlayer(playerId);
    this.refreshClientsOf(playerId);
    return { ok: true as const };
  }

  /** Issues a new rejoin token for a student who lost theirs (HTTP API, host only). */
  readmit(playerId: string): string | null {
    return this.session.readmit(playerId);
  }

  // The HTTP API's calls (through remoteRoomCall, from this process or another): each answers once what it
  // wrote is on disk, since the answer acknowledges it.

  async hostCommandDurably(type: ClientMessageType, message: unknown) {
    const result = this.hostCommand(type, message);
    await this.registry.store.durable();
    return result;
  }

  async readmitDurably(playerId: string): Promise<string | null> {
    const token = this.readmit(playerId);
    await this.registry.store.durable();
    return token;
  }

  async finishDurably(): Promise<void> {
    this.finish();
    await this.registry.store.durable();
  }

  // ---- sending ----

  private afterSeating(changes: { table: string; events: GameEvent[] }[]) {
    for (const c of changes) {
      const table = this.session.tables.get(c.table);
      if (table) this.deferChange(table, c.events, true);
    }
    for (const p of this.session.players.values()) {
      if (this.session.seatOf(p.id)) continue;
      this.syncPlayer(p.id);
      this.refreshClientsOf(p.id);
    }
  }

  /**
   * After a change to many tables at once (a command for every table, the deal): the tables' state has
   * changed already; telling their clients waits its turn, a few tables per turn of the event loop, so that
   * a command for a hundred tables does not hold up every student's intent behind a thousand views.
   */
  private deferChange(table: LiveTable, events: GameEvent[], seating = false) {
    const job = this.deferred.get(table.id);
    if (job) {
      job.events.push(...events);
      job.seating ||= seating;
    } else this.deferred.set(table.id, { events: [...events], seating });
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => this.flushDeferred());
    }
  }

  private flushDeferred() {
    let n = 0;
    for (const id of this.deferred.keys()) {
      if (n++ >= FAN_OUT_TABLES) {
        setImmediate(() => this.flushDeferred());
        return;
      }
      const table = this.session.tables.get(id);
      if (table) this.afterChange(table, []);
      else this.deferred.delete(id);
    }
    this.flushing = false;
  }

  /** After a table changed: mirror it, send each of its clients their view and the events they may see. */
  private afterChange(table: LiveTable, changes: GameEvent[]) {
    // Whatever this table still owed its clients from a bulk change goes first, in order.
    const owed = this.deferred.get(table.id);
    this.deferred.delete(table.id);
    const events = owed ? [...owed.events, ...changes] : changes;
    this.syncTableState(table);
    const roundOver = events.some((e) => e.type === 'round-over');
    // Packed once for the whole table.
    const debrief = roundOver
      ? getMessageBytes.raw(
          Protocol.ROOM_DATA,
          ServerMessage.debrief,
          debriefMessage(table.id, this.session.debriefOf(table)),
        )
      : null;
    const packed = new Map<string, PackedView>();
    const eventBytes = new Map<string, Buffer>();
    for (const client of this.clientsAt(table)) {
      const d = this.data.get(client.sessionId);
      if (!d) continue;
      const viewer = this.viewerAt(d, table.id);
      if (!viewer) continue;
      // Most clients of a table may see the same events: each different selection is packed once.
      const seen = events.flatMap((e, i) => (canSee(e, viewer) ? [i] : []));
      if (seen.length > 0) {
        const key = seen.join(',');
        let bytes = eventBytes.get(key);
        if (!bytes) {
          bytes = getMessageBytes.raw(Protocol.ROOM_DATA, ServerMessage.events, {
            table: table.id,
            events: seen.map((i) => events[i]),
          });
          eventBytes.set(key, bytes);
        }
        client.enqueueRaw(bytes);
      }
      this.sendViewTo(client, false, packed);
      if (debrief && d.identity.kind !== 'spectator') client.enqueueRaw(debrief);
    }
    if (roundOver) this.sendResults();
    for (const e of events)
      if (e.type === 'seat-changed')
        for (const s of Object.values(table.state.seats)) for (const p of s.players) this.syncPlayer(p.id);
    if (owed?.seating)
      for (const s of Object.values(table.state.seats))
        for (const p of s.players) {
          this.syncPlayer(p.id);
          this.refreshClientsOf(p.id);
        }
    this.scheduleTimerSoon();
    this.scheduleBots(table);
  }

  /** The class-wide results of the latest round any table has finished (public parts only), or null. */
  private results() {
    const over = [...this.session.tables.values()].filter((t) => t.state.phase === 'round-over');
    if (over.length === 0) return null;
    const round = Math.max(...over.map((t) => t.state.round));
    const tables = [...this.session.tables.values()].map((t) => ({
      table: t.id,
      debriefs: t.state.phase === 'round-over' && t.state.round === round ? [this.session.debriefOf(t)] : [],
    }));
    return publicResults(classSummary(tables, round));
  }

  // ---- bots: the room only paces them; what they do comes from shared/bots ----

  private scheduleBots(table: LiveTable) {
    if (this.botTimers.has(table.id)) return;
    const hasBots = Object.values(table.state.seats).some((s) => s.bot && s.players.length === 0);
    if (!hasBots || table.state.phase !== 'playing' || table.state.paused) return;
    // People take a few seconds to think; so do bots (BOT_DELAY_MS sets the pace, e.g. for tests).
    const base = Number(process.env.BOT_DELAY_MS ?? 2500);
    const delay = base * (0.6 + ((table.seq * 7919) % 100) / 125);
    const timer = this.clock.setTimeout(() => {
      this.botTimers.delete(table.id);
      const result = this.session.botStep(table.id, Date.now());
      if (result?.ok) this.afterChange(table, result.events);
    }, delay);
    this.botTimers.set(table.id, timer);
  }

  /** The connections that follow a table: its students' and the staff's. */
  private *clientsAt(table: LiveTable): Generator<Client> {
    for (const seat of Object.values(table.state.seats)) {
      for (const p of seat.players) yield* this.byPlayer.get(p.id) ?? [];
    }
    yield* this.staff;
  }

  /** Which viewer a client is for a table, or null when the table is none of its business. */
  private viewerAt(d: ClientData, tableId: string): Viewer | null {
    if (d.identity.kind === 'host') return d.watching === tableId ? { kind: 'instructor' } : null;
    if (d.identity.kind === 'spectator') return null;
    const seated = this.session.seatOf(d.identity.playerId);
    return seated && seated.table.id === tableId ? { kind: 'seat', seat: seated.seat } : null;
  }

  /**
   * Sends a client its view of its table if it changed. `packed` shares the work between the clients of one
   * change: the members of a seller team see the same view, so it is computed and packed once per seat.
   */
  private sendViewTo(client: Client, withDebrief = true, packed?: Map<string, PackedView>) {
    const d = this.data.get(client.sessionId);
    if (!d) return;
    let table: LiveTable | undefined;
    let viewer: Viewer | null = null;
    if (d.identity.kind === 'player') {
      const seated = this.session.seatOf(d.identity.playerId);
      if (seated) {
        table = seated.table;
        viewer = { kind: 'seat', seat: seated.seat };
      }
    } else if (d.identity.kind === 'host' && d.watching) {
      table = this.session.tables.get(d.watching);
      viewer = { kind: 'instructor' };
    }
    if (!table || !viewer) {
      if (d.lastView !== 'lobby') {
        d.lastView = 'lobby';
        client.send(ServerMessage.view, { table: null, view: null });
      }
      return;
    }
    const key = viewer.kind === 'seat' ? viewer.seat : viewer.kind;
    let out = packed?.get(key);
    if (!out) {
      const { scenario: _scenario, ...view } = viewFor(this.session.scenario, table.state, viewer);
      out = { view, fields: viewFields(view), bytes: null, patches: new Map() };
      packed?.set(key, out);
    }
    // Only the fields that changed travel when the client holds this table's last view (most changes touch
    // one or two of some twenty fields: a tenth of the bytes); otherwise the whole view.
    const last = d.lastView;
    const base = last !== null && last !== 'lobby' && last.table === table.id ? last.fields : null;
    if (base) {
      let bytes = out.patches.get(base);
      if (bytes === undefined) {
        const set = viewPatchSet(base, out.fields, out.view);
        bytes =
          set && getMessageBytes.raw(Protocol.ROOM_DATA, ServerMessage.viewPatch, { table: table.id, set });
        out.patches.set(base, bytes);
      }
      if (bytes === null) return;
      client.enqueueRaw(bytes);
    } else {
      out.bytes ??= getMessageBytes.raw(Protocol.ROOM_DATA, ServerMessage.view, {
        table: table.id,
        view: out.view,
      });
      client.enqueueRaw(out.bytes);
    }
    d.lastView = { table: table.id, fields: out.fields };
    if (withDebrief && table.state.phase === 'round-over' && d.identity.kind === 'player') {
      client.send(ServerMessage.debrief, debriefMessage(table.id, this.session.debriefOf(table)));
    }
  }

  /** A student moved: their clients now belong to another table (or the lobby). */
  private refreshClientsOf(playerId: string) {
    const now = this.session.seatOf(playerId)?.table.id ?? null;
    for (const client of this.byPlayer.get(playerId) ?? []) {
      const d = this.data.get(client.sessionId);
      if (!d || !client.view) continue;
      if (d.table !== now) {
        const old = d.table ? this.state.tables.get(d.table) : undefined;
        if (old) client.view.remove(old);
        const next = now ? this.state.tables.get(now) : undefined;
        if (next) client.view.add(next);
        d.table = now;
      }
      this.sendViewTo(client);
    }
    const seated = this.session.seatOf(playerId);
    if (seated) this.showTablemates(seated.table);
  }

  /**
   * The students a new view holds: for staff all of them; for a student itself and the first LOBBY_LIST
   * others (more fill the list as they join, while it has room).
   */
  private showPlayers(client: Client) {
    const d = this.data.get(client.sessionId);
    if (!d || !client.view) return;
    if (d.identity.kind !== 'player') {
      for (const p of this.state.players.values()) client.view.add(p);
      return;
    }
    const own = this.state.players.get(d.identity.playerId);
    if (own) client.view.add(own);
    d.lobby = 0;
    for (const [id, p] of this.state.players) {
      if (d.lobby >= LOBBY_LIST) break;
      if (id === d.identity.playerId) continue;
      client.view.add(p);
      d.lobby += 1;
    }
    if (d.lobby < LOBBY_LIST) this.openLobbies.add(client);
  }

  /** Everyone at a table sees everyone else there (names and connection, for the table scene). */
  private showTablemates(table: LiveTable) {
    const mates = Object.values(table.state.seats).flatMap((s) => s.players.map((p) => p.id));
    const syncs = mates.flatMap((id) => this.state.players.get(id) ?? []);
    for (const id of mates)
      for (const client of this.byPlayer.get(id) ?? []) for (const p of syncs) client.view?.add(p);
  }

  /** A new student: staff see them, so do they themselves, and so do the lobby lists that have room. */
  private showNewPlayer(playerId: string, sync: PlayerSync) {
    for (const client of this.staff) client.view?.add(sync);
    for (const client of this.byPlayer.get(playerId) ?? []) client.view?.add(sync);
    for (const client of this.openLobbies) {
      const d = this.data.get(client.sessionId);
      if (!d || (d.identity.kind === 'player' && d.identity.playerId === playerId)) continue;
      client.view?.add(sync);
      d.lobby += 1;
      if (d.lobby >= LOBBY_LIST) this.openLobbies.delete(client);
    }
    this.countPlayers();
  }

  /**
   * The head count, shared with every client: during a join burst it changes with every join, so it is sent
   * at most twice a second rather than to the whole class on every tick.
   */
  private countPlayers() {
    if (this.countDue) return;
    this.countDue = true;
    this.clock.setTimeout(() => {
      this.countDue = false;
      this.state.playerCount = this.state.players.size;
    }, 500);
  }

  /**
   * The class results, to the console and the projector: when the instructor ends every round at once, the
   * tables end one after another within a moment, so they are summed once for the lot (after 200 ms) rather
   * than for every table.
   */
  private sendResults() {
    if (this.resultsDue) return;
    this.resultsDue = true;
    this.clock.setTimeout(() => {
      this.resultsDue = false;
      const results = this.results();
      if (results) for (const client of this.staff) client.send(ServerMessage.results, results);
    }, 200);
  }

  private syncTableState(table: LiveTable) {
    let sync = this.state.tables.get(table.id);
    if (!sync) {
      sync = new TableSync();
      this.state.tables.set(table.id, sync);
      for (const client of this.staff) client.view?.add(sync);
    }
    const publicView = viewFor(this.session.scenario, table.state, { kind: 'spectator' });
    syncTable(sync, table.id, publicView, (id) => (this.connections.get(id) ?? 0) > 0);
  }

  private syncPlayer(playerId: string) {
    const player = this.session.players.get(playerId);
    if (!player || player.removed) return;
    let p = this.state.players.get(playerId);
    if (!p) {
      p = new PlayerSync();
      p.id = player.id;
      p.name = player.name;
      this.state.players.set(playerId, p);
      this.showNewPlayer(playerId, p);
    }
    const seated = this.session.seatOf(playerId);
    p.table = seated?.table.id ?? '';
    p.seat = seated?.seat ?? '';
    p.connected = (this.connections.get(playerId) ?? 0) > 0;
  }

  private connect(playerId: string, delta: number) {
    this.connections.set(playerId, Math.max(0, (this.connections.get(playerId) ?? 0) + delta));
    this.syncPlayer(playerId);
    const seated = this.session.seatOf(playerId);
    if (seated) this.syncTableState(seated.table);
    if (delta > 0) this.refreshClientsOf(playerId);
  }

  private sendError(client: Client, error: ErrorPayload) {
    client.send(ServerMessage.error, error);
  }

  // ---- timers: the server's clock drives every table's deadline ----

  /** Finds the next deadline once after a run of changes, not once per change (it looks at every table). */
  private scheduleTimerSoon() {
    if (this.timerDue) return;
    this.timerDue = true;
    queueMicrotask(() => {
      this.timerDue = false;
      this.scheduleTimer();
    });
  }

  private scheduleTimer() {
    this.timer?.clear();
    this.timer = null;
    const next = this.session.nextDeadline();
    if (next === null) return;
    const delay = Math.max(0, next - Date.now());
    this.timer = this.clock.setTimeout(() => this.onTimer(), Math.min(delay, 2 ** 31 - 1));
  }

  private onTimer() {
    const now = Date.now();
    for (const table of this.session.expired(now)) {
      const r = this.session.act(table.id, { kind: 'system' }, { type: 'tick' }, now);
      if (r.ok) this.afterChange(table, r.events);
    }
    this.scheduleTimer();
  }
}
