// Where sessions are found. A session is served by one room in one process (see cluster.ts); that process
// keeps the live session here. Any process answers for any session from the shared store: the store is the
// truth, since every accepted action is written to it before anyone hears of it.
import { timingSafeEqual } from 'node:crypto';
import { matchMaker } from '@colyseus/core';
import { loadScenario, localize } from '../shared/scenario/load.ts';
import { LiveSession, hashSecret, type SessionOptions } from './session.ts';
import type { SessionRow, Store } from './store/store.ts';
import { LocalLeases, roomIdOf, type Leases } from './cluster.ts';

/** What the room serving a session does for the registry. */
export interface RoomHooks {
  /** This process lost the session's lease (it stalled, another took over): the room must close. */
  lost: () => void;
  /** The room's listing went missing from the shared driver: write it again. */
  relist: () => Promise<unknown>;
}

interface Served extends RoomHooks {
  session: LiveSession;
}

/** What anyone with the join code may learn. */
export interface JoinInfo {
  id: string;
  code: string;
  title: string;
  language: string;
  status: SessionRow['status'];
}

/** How long a join look-up is answered from memory. */
const JOIN_INFO_MS = 1000;

export class Registry {
  private readonly served = new Map<string, Served>();
  private readonly opening = new Set<string>();
  private readonly titles = new Map<string, { title: string; language: string }>();
  /**
   * Join look-ups of the last moment, by code: a class looks its code up all at once, and each look-up read the
   * session's whole row (its scenario with it). A change of status reaches the look-up within JOIN_INFO_MS
   * (at once in this process, see forget); a student who joins a session finished just then is refused by its
   * room.
   */
  private readonly joinInfos = new Map<string, { info: JoinInfo; at: number }>();
  readonly store: Store;
  readonly leases: Leases;

  constructor(store: Store, leases: Leases = new LocalLeases()) {
    this.store = store;
    this.leases = leases;
  }

  /**
   * The session a room of this process serves, or else a snapshot replayed from the store: read it, change
   * nothing through it (changes go to the room that serves the session).
   */
  get(id: string): LiveSession | undefined {
    return this.served.get(id)?.session ?? this.load(id);
  }

  /** The session as this process serves it, if it does. */
  local(id: string): LiveSession | undefined {
    return this.served.get(id)?.session;
  }

  private load(id: string, lazy = true): LiveSession | undefined {
    const row = this.store.sessionById(id);
    if (!row) return undefined;
    const loaded = loadScenario(JSON.parse(row.scenarioJson));
    if (!loaded.ok) return undefined;
    return LiveSession.load(this.store, row, loaded.scenario, lazy);
  }

  /**
   * For a room being created: takes the session's lease and loads it. Throws when another room (here or in
   * another process) serves it already, so a session never has two rooms.
   */
  async open(id: string, hooks: RoomHooks): Promise<LiveSession> {
    if (this.served.has(id) || this.opening.has(id)) throw new Error(`session ${id} is served already`);
    this.opening.add(id);
    try {
      if (!(await this.leases.claim(id))) throw new Error(`session ${id} is served by another process`);
      const session = this.load(id, false);
      if (!session) {
        await this.leases.release(id);
        throw new Error(`no session ${id}`);
      }
      this.served.set(id, { session, ...hooks });
      return session;
    } finally {
      this.opening.delete(id);
    }
  }

  /** The room of a session closed: the lease goes, so another process may serve the session. */
  async close(id: string): Promise<void> {
    if (!this.served.delete(id)) return;
    await this.leases.release(id).catch(() => undefined);
  }

  /**
   * Renews the leases of the sessions served here; a room whose lease was lost closes. A room that lost its
   * lease removes the listing under the shared room id as it closes, so the new owner lists its room again.
   */
  async renew(): Promise<void> {
    const lost = await this.leases.renew([...this.served.keys()]);
    for (const id of lost) {
      const served = this.served.get(id);
      this.served.delete(id);
      served?.lost();
    }
    for (const [id, served] of this.served)
      if (!(await matchMaker.getRoomById(roomIdOf(id)))) await served.relist().catch(() => undefined);
  }

  /** Whether any process serves the session. */
  held(id: string): Promise<boolean> {
    return this.leases.held(id);
  }

  /** Whether the secret opens the session, from its stored hash alone (no replay for a wrong one). */
  isHost(id: string, secret: string): boolean {
    const hostHash = this.store.hostHashOf(id);
    if (!hostHash || secret.length === 0) return false;
    const a = Buffer.from(hashSecret(secret), 'hex');
    const b = Buffer.from(hostHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** The join-screen facts of a session, from the store alone (cheap enough for a whole class at once). */
  joinInfo(code: string, now = Date.now()): JoinInfo | undefined {
    const recent = this.joinInfos.get(code);
    if (recent && now - recent.at < JOIN_INFO_MS) return recent.info;
    const info = this.readJoinInfo(code);
    if (info) this.joinInfos.set(code, { info, at: now });
    else this.joinInfos.delete(code);
    if (this.joinInfos.size > 1000) this.joinInfos.clear();
    return info;
  }

  private readJoinInfo(code: string): JoinInfo | undefined {
    const key = this.store.sessionKeyByCode(code);
    if (!key) return undefined;
    let names = this.titles.get(key.id);
    if (!names) {
      // The first look-up of a session reads its scenario for the title; later ones only the row's keys.
      const row = this.store.sessionByCode(code);
      if (!row) return undefined;
      const loaded = loadScenario(JSON.parse(row.scenarioJson));
      if (!loaded.ok) return undefined;
      const options = JSON.parse(row.optionsJson) as SessionOptions;
      names = {
        title: options.title ?? localize(loaded.scenario.meta.title, options.language),
        language: options.language,
      };
      this.titles.set(row.id, names);
    }
    return { id: key.id, code: key.code, status: key.status, ...names };
  }

  /** A session was finished or deleted: what this process remembers of it goes. */
  forget(id: string) {
    this.titles.delete(id);
    for (const [code, recent] of this.joinInfos) if (recent.info.id === id) this.joinInfos.delete(code);
  }

  /** The id of the room serving a session, wherever it runs, or undefined when none does. */
  async roomOf(sessionId: string): Promise<string | undefined> {
    const roomId = roomIdOf(sessionId);
    const listing = await matchMaker.getRoomById(roomId);
    return listing ? roomId : undefined;
  }
}
