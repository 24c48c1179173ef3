// Who is connected to a session's room, and as whom: each connection's identity and message allowance, the
// connections of each student (a phone and a laptop may both be open), the staff's, and how many of each
// student's are live. It answers, in one place, which table a connection follows and as which viewer.
import type { Viewer } from '../../shared/rules/types.ts';
import type { Presence } from '../../shared/protocol.ts';
import { setOwn } from '../../shared/own.ts';
import type { LiveSession, LiveTable } from '../session.ts';
import { TokenBucket } from '../limits.ts';
import type { RoomConfig } from './config.ts';

export type Identity = { kind: 'player'; playerId: string } | { kind: 'host' } | { kind: 'spectator' };

/** What the room's helpers need of a connection (a Colyseus client has it; a test's stand-in can). */
export interface Recipient {
  readonly sessionId: string;
  send(type: string, message?: unknown): void;
  enqueueRaw(data: Uint8Array | Buffer): void;
}

export interface Member<C = Recipient> {
  /** The connection (after a reconnection, the object that took the old one's place). */
  client: C;
  identity: Identity;
  bucket: TokenBucket;
  /** For the instructor: the table whose full view this console receives, if any. */
  watching: string | null;
  /** Whether this connection counts towards its student's connected state right now. */
  counted: boolean;
}

/** A connection's table and how it sees it; null in the lobby or when it follows no table. */
export interface Seen {
  table: LiveTable;
  viewer: Viewer;
}

export class Roster<C extends Recipient> {
  private readonly members = new Map<string, Member<C>>();
  private readonly byPlayer = new Map<string, Set<C>>();
  /** Instructor consoles and projectors. */
  readonly staff = new Set<C>();
  /** Live connections per student. */
  private readonly live = new Map<string, number>();
  private readonly session: LiveSession;
  private readonly config: RoomConfig;
  private readonly now: () => number;

  constructor(session: LiveSession, config: RoomConfig, now: () => number) {
    this.session = session;
    this.config = config;
    this.now = now;
  }

  add(client: C, identity: Identity): Member<C> {
    const member: Member<C> = {
      client,
      identity,
      bucket: new TokenBucket(this.config.messageBurst, this.config.messagesPerSecond, this.now),
      watching: null,
      counted: false,
    };
    this.members.set(client.sessionId, member);
    this.place(client, member);
    return member;
  }

  /** A reconnected connection may be a new object: it takes the old one's place, with the same member. */
  replace(client: C): Member<C> | undefined {
    const member = this.members.get(client.sessionId);
    if (member) this.place(client, member);
    return member;
  }

  private place(client: C, member: Member<C>) {
    member.client = client;
    const set = this.setOf(member.identity, true);
    for (const c of set) if (c.sessionId === client.sessionId) set.delete(c);
    set.add(client);
  }

  private setOf(identity: Identity, create: boolean): Set<C> {
    if (identity.kind !== 'player') return this.staff;
    let set = this.byPlayer.get(identity.playerId);
    if (!set) {
      set = new Set();
      if (create) this.byPlayer.set(identity.playerId, set);
    }
    return set;
  }

  remove(client: C): void {
    const member = this.members.get(client.sessionId);
    if (!member) return;
    this.setOf(member.identity, false).delete(client);
    this.members.delete(client.sessionId);
  }

  get(client: C): Member<C> | undefined {
    return this.members.get(client.sessionId);
  }

  /** A student's open connections. */
  of(playerId: string): Iterable<C> {
    return this.byPlayer.get(playerId) ?? [];
  }

  /**
   * Counts a connection towards (or no longer towards) its student's connected state. Returns the student
   * whose state changed, or null (staff, or a connection counted already).
   */
  count(client: C, on: boolean): string | null {
    const member = this.members.get(client.sessionId);
    if (!member || member.identity.kind !== 'player' || member.counted === on) return null;
    member.counted = on;
    const id = member.identity.playerId;
    this.live.set(id, Math.max(0, (this.live.get(id) ?? 0) + (on ? 1 : -1)));
    return id;
  }

  isConnected(playerId: string): boolean {
    return (this.live.get(playerId) ?? 0) > 0;
  }

  /** How many of these students (a seat's) are connected. */
  connectedOf(players: readonly { id: string }[]): number {
    let n = 0;
    for (const p of players) if (this.isConnected(p.id)) n += 1;
    return n;
  }

  /** Connected students per seat of a table, as the table's views carry it. */
  presence(table: LiveTable): Presence {
    const out: Presence = {};
    for (const seat of Object.values(table.state.seats)) setOwn(out, seat.id, this.connectedOf(seat.players));
    return out;
  }

  /** Which table a connection follows and as whom: a student its seat's, a watching instructor its table's. */
  seen(client: C): Seen | null {
    const member = this.members.get(client.sessionId);
    if (!member) return null;
    const { identity } = member;
    if (identity.kind === 'player') {
      const seated = this.session.seatOf(identity.playerId);
      return seated ? { table: seated.table, viewer: { kind: 'seat', seat: seated.seat } } : null;
    }
    if (identity.kind === 'host' && member.watching) {
      const table = this.session.tables.get(member.watching);
      return table ? { table, viewer: { kind: 'instructor' } } : null;
    }
    return null;
  }

  /** The connections that may follow a table: its students' and the staff's (`seen` says which do). */
  *at(table: LiveTable): Generator<C> {
    for (const seat of Object.values(table.state.seats))
      for (const p of seat.players) yield* this.byPlayer.get(p.id) ?? [];
    yield* this.staff;
  }
}
