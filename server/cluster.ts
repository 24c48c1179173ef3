// Several server processes serving one class. Colyseus's Redis presence and driver share matchmaking and room
// calls between them; on top, a lease per session in Redis makes sure exactly one process serves a session's
// room: two rooms of one session would each hold their own copy of its tables and append to the same log.
// Without Redis (the default) everything stays in this process, as `npm start` always was.
import { createHash, randomUUID } from 'node:crypto';
import { matchMaker } from '@colyseus/core';
import { RedisPresence } from '@colyseus/redis-presence';
import { RedisDriver } from '@colyseus/redis-driver';

/** How long a lease outlives its last renewal: a process that died gives its sessions up after this. */
export const LEASE_MS = Number(process.env.LEASE_MS ?? 10_000);

/** Which process serves which session. */
export interface Leases {
  /** This process's own mark, stored as the value of its leases. */
  readonly owner: string;
  /** Takes a session for this process; false when another live process holds it. */
  claim(sessionId: string): Promise<boolean>;
  /** Extends this process's leases; answers the sessions it lost (it stalled past LEASE_MS, another took over). */
  renew(sessionIds: string[]): Promise<string[]>;
  release(sessionId: string): Promise<void>;
  /** Whether some live process serves the session. */
  held(sessionId: string): Promise<boolean>;
}

/** One process: it serves every session itself, nobody else competes. */
export class LocalLeases implements Leases {
  readonly owner = 'local';
  private readonly taken = new Set<string>();
  claim(sessionId: string) {
    if (this.taken.has(sessionId)) return Promise.resolve(false);
    this.taken.add(sessionId);
    return Promise.resolve(true);
  }
  renew() {
    return Promise.resolve([]);
  }
  release(sessionId: string) {
    this.taken.delete(sessionId);
    return Promise.resolve();
  }
  held(sessionId: string) {
    return Promise.resolve(this.taken.has(sessionId));
  }
}

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

/**
 * Colyseus's Redis presence, which also keeps the session leases on its own connection: SET NX PX takes one
 * atomically, and small scripts renew or release one only while this process still holds it.
 */
export class ClusterPresence extends RedisPresence implements Leases {
  readonly owner = randomUUID();

  private key(sessionId: string) {
    return `bc:lease:${sessionId}`;
  }

  async claim(sessionId: string): Promise<boolean> {
    const set = await this.pub.set(this.key(sessionId), this.owner, 'PX', LEASE_MS, 'NX');
    if (set === 'OK') return true;
    return (await this.pub.get(this.key(sessionId))) === this.owner;
  }

  async renew(sessionIds: string[]): Promise<string[]> {
    const lost: string[] = [];
    for (const id of sessionIds) {
      const ok = await this.pub.eval(RENEW, 1, this.key(id), this.owner, String(LEASE_MS));
      if (Number(ok) !== 1) lost.push(id);
    }
    return lost;
  }

  async release(sessionId: string): Promise<void> {
    await this.pub.eval(RELEASE, 1, this.key(sessionId), this.owner);
  }

  async held(sessionId: string): Promise<boolean> {
    return (await this.pub.exists(this.key(sessionId))) === 1;
  }
}

export interface ClusterConfig {
  /** redis://host:port; several processes share matchmaking through it. */
  redisUrl: string;
  /**
   * Where clients reach this very process (host:port, or host/path behind a proxy): the seat reservation
   * sends each client to the process that holds its room.
   */
  publicAddress?: string;
}

export interface Cluster {
  presence?: ClusterPresence;
  driver?: RedisDriver;
  publicAddress?: string;
  selectProcessIdToCreateRoom?: () => Promise<string>;
  leases: Leases;
}

/**
 * Where a new session's room goes: the live process with the least load, counting each room it serves as one
 * plus its clients. Colyseus's default counts rooms from statistics written at most once a second, so classes
 * created together would all land on one process; the room listings are written before a room is handed out.
 */
export async function leastLoadedProcess(): Promise<string> {
  const load = new Map<string, number>();
  for (const p of await matchMaker.stats.fetchAll()) load.set(p.processId, 0);
  load.set(matchMaker.processId, load.get(matchMaker.processId) ?? 0);
  for (const room of await matchMaker.query({})) {
    const current = load.get(room.processId);
    if (current !== undefined) load.set(room.processId, current + 1 + room.clients);
  }
  let best = matchMaker.processId;
  for (const [id, n] of load) if (n < (load.get(best) ?? Infinity)) best = id;
  return best;
}

export function createCluster(config: ClusterConfig | undefined): Cluster {
  if (!config) return { leases: new LocalLeases() };
  const presence = new ClusterPresence(config.redisUrl);
  return {
    presence,
    driver: new RedisDriver(config.redisUrl),
    publicAddress: config.publicAddress,
    selectProcessIdToCreateRoom: leastLoadedProcess,
    leases: presence,
  };
}

/** The cluster settings from the environment: REDIS_URL and PUBLIC_ADDRESS. */
export function clusterFromEnv(env: NodeJS.ProcessEnv = process.env): ClusterConfig | undefined {
  if (!env.REDIS_URL) return undefined;
  return { redisUrl: env.REDIS_URL, publicAddress: env.PUBLIC_ADDRESS || undefined };
}

/**
 * A session's room id, derived from the session id: any process finds the room without asking anyone, a
 * restarted room keeps its id, and the session id itself is not handed to students.
 */
export function roomIdOf(sessionId: string): string {
  return `r${createHash('sha256').update(sessionId).digest('base64url').slice(0, 15)}`;
}
