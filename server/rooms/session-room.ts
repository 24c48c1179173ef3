// The Colyseus room of one session. It routes: who connects and as whom (onAuth, roster.ts), what they send
// to the receiver of its type (door.ts checks it, commands.ts does it), and each change to the helpers that
// tell whoever it concerns — the connections' views (fan-out.ts), the synced state (mirror.ts, visibility.ts),
// the deadlines and bots (pacing.ts). The game itself is LiveSession's and the rules'.
import {
  CloseCode,
  ErrorCode,
  Room,
  RoomInternalState,
  ServerError,
  type AuthContext,
  type Client,
} from '@colyseus/core';
import {
  ClientMessages,
  JoinOptionsSchema,
  ServerMessage,
  messageIdOf,
  type AckPayload,
  type ClientMessageType,
  type ErrorPayload,
} from '../../shared/protocol.ts';
import type { GameEvent } from '../../shared/rules/types.ts';
import type { LiveSession, LiveTable, TableChange } from '../session.ts';
import type { Registry } from '../registry.ts';
import { roomIdOf } from '../cluster.ts';
import { RateLimiter } from '../limits.ts';
import { quietPatches } from './quiet-serializer.ts';
import { SessionSync } from './sync.ts';
import { Timers, systemClock, type RoomClock } from './clock.ts';
import { roomConfigFromEnv, type RoomConfig } from './config.ts';
import { Roster, type Identity, type Member } from './roster.ts';
import { Visibility } from './visibility.ts';
import { Mirror } from './mirror.ts';
import { ViewFanOut } from './fan-out.ts';
import { Pacing } from './pacing.ts';
import { admit } from './door.ts';
import { hostCommandFromHttp, receive, type Answer, type Outcome, type Outlets } from './commands.ts';
import { holdUntilDurable } from './durable-sends.ts';
import { countSeats, type CountedSeats } from './seat-count.ts';
import type { JoinGate } from '../join-gate.ts';

export type { Identity } from './roster.ts';

/**
 * A join the room turns away (wrong code, secret or token, a finished session, a bad name). A ServerError
 * reaches the client with its message like any error, but Colyseus does not print its stack to the server's
 * log: a classroom of mistyped codes should not flood it.
 */
function refused(message: string): ServerError {
  return new ServerError(ErrorCode.AUTH_FAILED, message);
}

export interface SessionRoomOptions {
  sessionId: string;
}

/** What the server passes every room it makes (defineRoom's default options): they never leave this process. */
export interface SessionRoomDefaults {
  registry: Registry;
  /** The server's join gate (join-gate.ts): told when a reservation's socket arrives. */
  gate?: JoinGate;
  /** The clock for timestamps and timers (the system's unless a test brings its own). */
  clock?: RoomClock;
  /** Settings (from the environment when absent, read once as the room starts). */
  config?: RoomConfig;
}

export class SessionRoom extends Room<{ state: SessionSync }> {
  autoDispose = false;
  // A lecture of 2,000 students, with the instructor and the projector.
  maxClients = 2100;
  private session!: LiveSession;
  private registry!: Registry;
  private gate: JoinGate | null = null;
  private config!: RoomConfig;
  private timers!: Timers;
  private roster!: Roster<Client>;
  private visibility!: Visibility;
  private mirror!: Mirror<Client>;
  private fanOut!: ViewFanOut<Client>;
  private pacing!: Pacing;
  private outlets!: Outlets<Client>;

  static joinLimiter = new RateLimiter({ windowMs: 60_000, max: 30 });

  /** The reserved seats, counted as they come and go (seat-count.ts); null until the room counts them. */
  private reserved: CountedSeats | null = null;

  /** Colyseus's rule (connected clients and reserved seats against maxClients, or disposing), without its scan. */
  override hasReachedMaxClients(): boolean {
    const room = this as unknown as { _internalState: number };
    if (!this.reserved) return super.hasReachedMaxClients();
    return (
      this.clients.length + this.reserved.count >= this.maxClients ||
      room._internalState === RoomInternalState.DISPOSING
    );
  }

  async onCreate(options: SessionRoomOptions & SessionRoomDefaults) {
    // Before the first reservation (Colyseus makes the object in its constructor and reserves after onCreate).
    const room = this as unknown as { _reservedSeats: object };
    const { proxy, counted } = countSeats(room._reservedSeats);
    room._reservedSeats = proxy;
    this.reserved = counted;
    this.registry = options.registry;
    this.gate = options.gate ?? null;
    this.config = options.config ?? roomConfigFromEnv();
    this.timers = new Timers(options.clock ?? systemClock);
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
    const now = () => this.timers.clock.now();
    this.roster = new Roster(session, this.config, now);
    const state = new SessionSync();
    this.setState(state);
    quietPatches(this);
    this.visibility = new Visibility(this.config.lobbyList);
    this.mirror = new Mirror(state, session, this.roster, this.visibility, this.timers);
    this.fanOut = new ViewFanOut({
      session,
      roster: this.roster,
      timers: this.timers,
      tablesPerTurn: this.config.fanOutTables,
      deliver: (table) => this.afterChange(table, []),
    });
    this.pacing = new Pacing(session, this.timers, this.config.botDelayMs, (table, events) =>
      this.afterChange(table, events),
    );
    this.outlets = this.makeOutlets(now);
    this.mirror.fill();
    this.setMetadata({ sessionId: session.id, code: session.code }).catch(() => undefined);
    for (const type of Object.keys(ClientMessages) as ClientMessageType[])
      this.onMessage(type, (client: Client, message: unknown) => this.receive(client, type, message));
    this.onMessage('*', (client: Client, type: string | number, message: unknown) =>
      this.answer(client, messageIdOf(message), {
        ok: false,
        error: { to: String(type).slice(0, 32), code: 'unknown-message', message: 'unknown message type' },
      }),
    );
    this.pacing.start();
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
    const joined = this.session.join(o.name, this.timers.clock.now());
    if ('error' in joined) throw refused(joined.error);
    return { kind: 'player', playerId: joined.player.id, token: joined.token, name: joined.player.name };
  }

  onJoin(client: Client, _options: unknown, auth: Identity & { token?: string; name?: string }) {
    // Nothing this client is told may get ahead of the disk (the join itself was just written).
    holdUntilDurable(client, this.registry.store);
    const identity: Identity =
      auth.kind === 'player' ? { kind: 'player', playerId: auth.playerId } : { kind: auth.kind };
    this.roster.add(client, identity);
    this.fanOut.reset(client);
    this.visibility.show(client, identity);
    // The public scenario is large and never changes: it goes once (again only for a table of another
    // segment), and views are sent without it.
    this.fanOut.welcome(client);
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
      const results = this.fanOut.results();
      if (results) client.send(ServerMessage.results, results);
    }
    this.fanOut.refresh(client);
  }

  async onDrop(client: Client) {
    this.count(client, false);
    try {
      await this.allowReconnection(client, this.config.reconnectSeconds);
    } catch {
      // The client did not come back in time; onLeave cleans up.
    }
  }

  onReconnect(client: Client) {
    holdUntilDurable(client, this.registry.store);
    const member = this.roster.replace(client);
    if (!member) return;
    // A reconnected connection may have lost its view of the synced state.
    if (!client.view) this.visibility.show(client, member.identity);
    this.fanOut.reset(client);
    this.count(client, true);
    this.fanOut.refresh(client);
  }

  onLeave(client: Client) {
    this.count(client, false);
    this.fanOut.forget(client);
    this.roster.remove(client);
  }

  async onDispose() {
    this.timers?.clearAll();
    // Undefined when onCreate refused: then there is no lease to give back.
    if (this.session) await this.registry.close(this.session.id);
  }

  // ---- called over the HTTP API (remoteRoomCall), host only ----

  /** The instructor ends the session: no new students; everyone stays to review. */
  finish(): void {
    this.session.finish();
    this.registry.forget(this.session.id);
    this.mirror.status();
  }

  /** Issues a new rejoin token for a student who lost theirs. */
  readmit(playerId: string): string | null {
    return this.session.readmit(playerId);
  }

  /** An instructor's command: the same schema check and effects as on the socket, an error value for a throw. */
  async hostCommand(type: string, message: unknown): Promise<Outcome> {
    const failed = (error: unknown): Outcome => {
      console.error(`session ${this.session.id}: the "${String(type)}" command failed:`, error);
      return {
        ok: false,
        error: { to: String(type), code: 'internal', message: 'The server could not do this.' },
      };
    };
    try {
      return await hostCommandFromHttp(this.outlets, type, message);
    } catch (error) {
      return failed(error);
    }
  }

  // The HTTP API's calls (through remoteRoomCall, from this process or another): each answers once what it
  // wrote is on disk, since the answer acknowledges it.

  async hostCommandDurably(type: string, message: unknown): Promise<Outcome> {
    const result = await this.hostCommand(type, message);
    await this.registry.store.durable();
    return result;
  }

  async readmitDurably(playerId: string): Promise<string | null> {
    const token = this.readmit(playerId);
    await this.registry.store.durable();
    return token;
  }

  /**
   * Seats a new student by name for a launch from a course platform (server/lti/): the same join as over the
   * socket, without one; the device then joins with the token. Answers once the player is on disk.
   */
  async joinDurably(name: string): Promise<{ playerId: string; token: string } | { error: string }> {
    if (this.session.status !== 'open') return { error: 'This session has finished.' };
    const joined = this.session.join(name, this.timers.clock.now());
    await this.registry.store.durable();
    return 'error' in joined ? joined : { playerId: joined.player.id, token: joined.token };
  }

  async finishDurably(): Promise<void> {
    this.finish();
    await this.registry.store.durable();
  }

  // ---- messages ----

  /**
   * Whatever a client sends, the process stays up and the sender hears back: `ack { id }` when the message
   * took effect (after the views that show it), `error { id, … }` when it was refused. A handler that throws
   * (a bug, never the sender's right) is answered with `internal` and logged once, without the payload.
   */
  private receive(client: Client, type: ClientMessageType, message: unknown) {
    const member = this.roster.get(client);
    if (!member) return;
    const id = messageIdOf(message);
    const failed = (error: unknown): Outcome => {
      console.error(`session ${this.session.id}: the "${type}" handler failed:`, error);
      return { ok: false, error: { to: type, code: 'internal', message: 'The server could not do this.' } };
    };
    let answer: Answer;
    try {
      const admitted = admit(type, message, member.bucket);
      answer = admitted.ok ? receive(this.outlets, member, type, admitted.body) : admitted;
    } catch (error) {
      answer = failed(error);
    }
    if (answer instanceof Promise)
      void answer.catch(failed).then((outcome) => this.answer(client, id, outcome));
    else this.answer(client, id, answer);
  }

  private answer(client: Client, id: string | undefined, outcome: Outcome) {
    try {
      if (outcome.ok) {
        if (id !== undefined) client.send(ServerMessage.ack, { id } satisfies AckPayload);
      } else
        client.send(
          ServerMessage.error,
          (id === undefined ? outcome.error : { id, ...outcome.error }) satisfies ErrorPayload,
        );
    } catch {
      // The client is gone.
    }
  }

  private makeOutlets(now: () => number): Outlets<Client> {
    return {
      session: this.session,
      now,
      changed: (table, events) => this.afterChange(table, events),
      inTurns: async <T>(items: readonly T[], step: (item: T) => void) => {
        const n = this.config.fanOutTables;
        for (let i = 0; i < items.length; i += n) {
          if (i > 0) await new Promise((resolve) => setImmediate(resolve));
          for (const item of items.slice(i, i + n)) step(item);
        }
      },
      changedInBulk: (changes: readonly TableChange[]) => {
        for (const c of changes) {
          const table = this.session.tables.get(c.table);
          if (table) this.fanOut.defer(table, c.events);
        }
      },
      reseated: (playerIds) => {
        for (const id of playerIds) {
          this.mirror.player(id);
          if (!this.session.seatOf(id)) for (const c of this.roster.of(id)) this.fanOut.refresh(c);
        }
      },
      removed: (playerId) => {
        this.mirror.removePlayer(playerId);
        for (const c of [...this.roster.of(playerId)]) c.leave(4001);
      },
      watch: (member: Member<Client>, table) => {
        member.watching = table;
        this.fanOut.reset(member.client);
        this.fanOut.refresh(member.client);
      },
      broadcast: (text, at) => this.broadcast(ServerMessage.broadcast, { text, at }),
    };
  }

  // ---- after a change ----

  /** After a table changed: its summary, its connections' views and events, its deadline and bots. */
  private afterChange(table: LiveTable, changes: readonly GameEvent[]) {
    // Whatever this table still owed its connections from a bulk change goes first, in order.
    const events = this.fanOut.takeOwed(table.id, changes);
    this.mirror.table(table, events);
    if (events.some((e) => e.type === 'seat-changed')) this.mirror.playersOf(table);
    this.fanOut.changed(table, events);
    this.pacing.after(table);
  }

  /** Counts a connection towards its student's connected state; their table's views show it, soon. */
  private count(client: Client, on: boolean) {
    const playerId = this.roster.count(client, on);
    if (!playerId) return;
    this.mirror.player(playerId);
    const seated = this.session.seatOf(playerId);
    if (seated) this.fanOut.defer(seated.table, []);
  }
}
