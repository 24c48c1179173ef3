// Several server processes behind one Redis (a real redis-server on loopback): sessions spread over the
// processes, a session's students reach their room whichever process they ask, instructor routes work from
// any process, and when the process serving a session is killed another one takes the session over from
// the shared log, with every accepted action kept. A process stalled while a join is on its way (a saturated
// machine) still serves the WebSocket handshake that a client sent on a connection it kept alive.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { scriptedRound } from '../fixtures/playthrough.ts';
import type { LogEntry } from '../../shared/rules/types.ts';
import {
  sleep,
  startRedis,
  startServer,
  tempDir,
  type RedisServer,
  type ServerProcess,
} from '../../scripts/lib/processes.ts';
import { Protocol } from '@colyseus/core';
import { Player, api, byRole, createSession, holderOf, ticketFor, type Created } from './harness.ts';

const scenario = miniScenario();
// Short leases so that a killed process's sessions move within the test's time.
const LEASE_MS = 1500;

let redis: RedisServer;
let servers: ServerProcess[] = [];
const dataDir = tempDir('bc-cluster-');

beforeAll(async () => {
  redis = await startRedis();
  servers = await Promise.all(
    [0, 1, 2].map(() =>
      startServer({
        dataDir,
        redisUrl: redis.url,
        env: { LEASE_MS: String(LEASE_MS), BOT_DELAY_MS: '60000' },
      }),
    ),
  );
}, 40_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  await redis?.stop();
});

async function health(server: ServerProcess) {
  return (await api(server.url, 'GET', '/healthz')).json as {
    process: string;
    processRooms: number;
    rooms: number;
  };
}

/** Which process serves a room now: a seat reservation names it (publicAddress is 127.0.0.1:port). */
async function ownerOf(roomId: string, code: string, via: ServerProcess): Promise<ServerProcess | undefined> {
  // With a join ticket from the look-up, as the apps send it (Authorization: Bearer).
  const ticket = await ticketFor(via.ws, code);
  const r = await api(via.url, 'POST', `/matchmake/joinById/${roomId}`, { code, spectator: true }, ticket!);
  const address = (r.json as { publicAddress?: string } | null)?.publicAddress;
  return servers.find((s) => address === `127.0.0.1:${s.port}`);
}

async function seatClass(created: Created, students: number) {
  const players: Player[] = [];
  for (let i = 0; i < students; i++) {
    // Each student asks a different process for the code and for its seat.
    const via = servers[i % servers.length]!;
    const found = await api(via.url, 'GET', `/api/join/${created.code}`);
    expect(found.status).toBe(200);
    players.push(await Player.join(via.ws, found.json.roomId, { code: created.code, name: `S${i}` }));
  }
  return players;
}

describe('several processes sharing Redis', () => {
  it('spreads sessions over processes; students asking any process reach their table', async () => {
    // Sessions are created through different processes; the rooms land on the least busy one.
    const sessions: Created[] = [];
    for (let i = 0; i < 3; i++) sessions.push(await createSession(servers[i]!.url, { bots: true }));
    const counts = await Promise.all(servers.map(health));
    expect(counts.map((c) => c.rooms)).toEqual([3, 3, 3]);
    expect(counts.reduce((a, c) => a + c.processRooms, 0)).toBe(3);
    expect(counts.filter((c) => c.processRooms > 0).length).toBeGreaterThan(1);
    expect(new Set(counts.map((c) => c.process)).size).toBe(3);

    const created = sessions[0]!;
    const students = await seatClass(created, 9);
    // The instructor deals through yet another process: the command travels to the room's process.
    for (const via of servers) {
      const r = await api(
        via.url,
        'GET',
        `/api/sessions/${created.sessionId}`,
        undefined,
        created.hostSecret,
      );
      expect(r.status).toBe(200);
      expect(r.json.players).toHaveLength(9);
      expect(r.json.running).toBe(true);
    }
    const dealt = await api(
      servers[2]!.url,
      'POST',
      `/api/sessions/${created.sessionId}/deal`,
      {},
      created.hostSecret,
    );
    expect(dealt.status).toBe(200);
    await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat', 10_000)));
    const started = await api(
      servers[1]!.url,
      'POST',
      `/api/sessions/${created.sessionId}/tables/all/actions`,
      { action: { type: 'start' } },
      created.hostSecret,
    );
    expect(started.status).toBe(200);
    await Promise.all(students.map((s) => s.until(() => s.view?.phase === 'playing', 'playing')));
    // Every process reads the same seating from the shared store.
    for (const via of servers) {
      const r = await api(
        via.url,
        'GET',
        `/api/sessions/${created.sessionId}`,
        undefined,
        created.hostSecret,
      );
      expect(r.json.players.every((p: { seat: string | null }) => p.seat !== null)).toBe(true);
      expect(r.json.tables[0].phase).toBe('playing');
    }
    await Promise.all(students.map((s) => s.leave()));
  }, 40_000);

  it('when the process serving a session dies, another takes it over with every accepted action', async () => {
    const created = await createSession(servers[1]!.url, { bots: true });
    const students = await seatClass(created, 9);
    const hostCall = (i: number, method: string, path: string, body?: unknown) =>
      api(
        servers[i % servers.length]!.url,
        method,
        `/api/sessions/${created.sessionId}${path}`,
        body,
        created.hostSecret,
      );
    expect((await hostCall(0, 'POST', '/deal', {})).status).toBe(200);
    await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat', 10_000)));
    const bySeat = new Map<string, Player>();
    for (const s of students) if (!bySeat.has(s.seat!)) bySeat.set(s.seat!, s);
    // Every student of each seat: a seller team's parts go to the player whose roles own them.
    const teams = new Map<string, Player[]>();
    for (const s of students) teams.set(s.seat!, [...(teams.get(s.seat!) ?? []), s]);

    const script = scriptedRound(scenario);
    const cut = script.findIndex((e) => e.action.type === 'submit-proposal') + 1;
    const play = async (log: LogEntry[], seats: Map<string, Player[]>) => {
      let i = 0;
      for (const entry of log) {
        if (entry.actor.kind === 'instructor') {
          if (entry.action.type !== 'seat-player') {
            const r = await hostCall(i++, 'POST', '/tables/T1/actions', { action: entry.action });
            expect(r.status).toBe(200);
          }
        } else if (entry.actor.kind === 'seat') {
          // Each intent waits for its answer: the log is played in its order.
          // A team of several students: each part goes to the player whose roles own it.
          const team = seats.get(entry.actor.seat)!;
          for (const action of team.length > 1 ? byRole(entry.action) : [entry.action]) {
            const p = holderOf(team, entry.actor.seat, action.type) ?? team[0]!;
            await p.answer(p.intent(action));
          }
        }
        await sleep(25);
      }
    };
    await play(script.slice(0, cut), teams);
    const before = await hostCall(2, 'GET', '/export.json');
    expect(before.status).toBe(200);
    const accepted = before.json.tables[0].log.length;
    expect(accepted).toBeGreaterThan(cut - 5);

    const owner = await ownerOf(created.roomId, created.code, servers[0]!);
    expect(owner).toBeDefined();
    for (const s of students) s.room.reconnection.enabled = false;
    const exited = new Promise((resolve) => owner!.child.once('exit', resolve));
    owner!.child.kill('SIGKILL');
    await exited;
    const survivors = servers.filter((s) => s !== owner);

    // Within a few leases a survivor serves the session again, under the same room id.
    const deadline = Date.now() + 20_000;
    let next: ServerProcess | undefined;
    while (!next && Date.now() < deadline) {
      await sleep(250);
      next = await ownerOf(created.roomId, created.code, survivors[0]!).catch(() => undefined);
      if (next === owner) next = undefined;
    }
    expect(next).toBeDefined();
    const after = await api(
      survivors[1]!.url,
      'GET',
      `/api/sessions/${created.sessionId}/export.json`,
      undefined,
      created.hostSecret,
    );
    expect(after.json.tables).toEqual(before.json.tables);

    // Every student comes back with its token, through any survivor, to the same seat and the same view.
    const back = new Map<string, Player[]>();
    let k = 0;
    for (const [seat, team] of teams)
      for (const p of team) {
        const via = survivors[k++ % survivors.length]!;
        const found = await api(via.url, 'GET', `/api/join/${created.code}`);
        expect(found.json.roomId).toBe(created.roomId);
        const again = await Player.join(via.ws, found.json.roomId, {
          code: created.code,
          token: p.welcome.token,
        });
        await again.until(() => again.view !== null, 'the view');
        expect(again.seat).toBe(seat);
        // The same view but for who is connected right now (the room's presence: the class comes back one by one).
        expect(JSON.stringify({ ...again.view, presence: null })).toBe(
          JSON.stringify({ ...p.view, presence: null }),
        );
        back.set(seat, [...(back.get(seat) ?? []), again]);
      }
    servers = survivors;
    await play(script.slice(cut), back);
    const done = await api(
      survivors[0]!.url,
      'GET',
      `/api/sessions/${created.sessionId}/export.json`,
      undefined,
      created.hostSecret,
    );
    expect(done.json.tables[0].log.slice(0, accepted)).toEqual(before.json.tables[0].log);
    const refused = [...back.values()].flat().flatMap((p) => p.errors());
    expect(refused).toEqual([]);
    expect(done.json.tables[0].debriefs).toHaveLength(1);
    expect(done.json.tables[0].debriefs[0].decision.winner).toBe('A');
    // The first connections died with their process: only the second ones have a room to leave.
    await Promise.all([...back.values()].flat().map((s) => s.leave()));
  }, 60_000);
});

/**
 * One TCP connection used the way an HTTP client's pool uses it: a request, kept alive, then a WebSocket
 * handshake on the same connection (Node's fetch and WebSocket share one pool, and the handshake reuses an idle
 * connection to the room's process, left by an earlier request).
 */
class KeptAlive {
  private data: Buffer = Buffer.alloc(0);
  closed: string | null = null;
  private readonly socket: Socket;
  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (d: Buffer) => (this.data = Buffer.concat([this.data, d])));
    socket.on('error', (e: NodeJS.ErrnoException) => (this.closed ??= e.code ?? e.message));
    socket.on('close', () => (this.closed ??= 'closed'));
  }

  static open(port: number): Promise<KeptAlive> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new KeptAlive(socket)));
      socket.once('error', reject);
    });
  }

  private async head(ms: number): Promise<{ status: number; headers: Record<string, string>; rest: Buffer }> {
    const start = Date.now();
    let end: number;
    while ((end = this.data.indexOf('\r\n\r\n')) < 0) {
      if (this.closed) throw new Error(`the connection ended before an answer: ${this.closed}`);
      if (Date.now() - start > ms) throw new Error('no answer in time');
      await sleep(10);
    }
    const lines = this.data.subarray(0, end).toString().split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
    }
    const rest = this.data.subarray(end + 4);
    this.data = Buffer.alloc(0);
    return { status: Number(lines[0]!.split(' ')[1]), headers, rest };
  }

  async get(path: string) {
    this.socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    const answer = await this.head(5000);
    const length = Number(answer.headers['content-length'] ?? 0);
    this.data = answer.rest;
    while (this.data.length < length) await sleep(10);
    this.data = this.data.subarray(length);
    return answer;
  }

  /** Sends a WebSocket handshake now; `frame` waits for the answer and the first frame after it. */
  upgrade(path: string) {
    this.socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${Buffer.from('buying-center-16').toString('base64')}\r\n\r\n`,
    );
  }

  async frame(ms: number): Promise<{ status: number; payload: Buffer }> {
    const answer = await this.head(ms);
    this.data = Buffer.concat([answer.rest, this.data]);
    const start = Date.now();
    // A server's frame: FIN and opcode, then a 7-bit length (126: 16-bit, 127: 64-bit), unmasked.
    const size = () => {
      if (this.data.length < 2) return null;
      const n = this.data[1]! & 0x7f;
      const [offset, length] =
        n === 126
          ? [4, this.data.readUInt16BE(2)]
          : n === 127
            ? [10, Number(this.data.readBigUInt64BE(2))]
            : [2, n];
      return this.data.length >= offset + length ? { offset, length } : null;
    };
    for (;;) {
      let f: { offset: number; length: number } | null;
      while (!(f = size())) {
        if (this.closed || Date.now() - start > ms)
          throw new Error(`no frame: ${this.closed ?? 'timed out'}`);
        await sleep(10);
      }
      // Control frames (a ping of the server's heartbeat, opcodes 8 and up) may come first: the room's first
      // frame waits until the join is on disk.
      if ((this.data[0]! & 0x0f) < 8)
        return { status: answer.status, payload: this.data.subarray(f.offset, f.offset + f.length) };
      this.data = this.data.subarray(f.offset + f.length);
    }
  }

  close() {
    this.socket.destroy();
  }
}

describe('a process stalled while a join is on its way', () => {
  let redisB: RedisServer;
  let pair: ServerProcess[] = [];

  beforeAll(async () => {
    redisB = await startRedis();
    // Leases that outlast the stall: this test is about the connection, not a take-over.
    const shared = tempDir('bc-stall-');
    pair = await Promise.all(
      [0, 1].map(() => startServer({ dataDir: shared, redisUrl: redisB.url, env: { LEASE_MS: '60000' } })),
    );
  }, 40_000);

  afterAll(async () => {
    for (const s of pair) if (s.child.exitCode === null) s.child.kill('SIGCONT');
    await Promise.all(pair.map((s) => s.stop('SIGKILL')));
    await redisB?.stop();
  });

  it('serves a WebSocket handshake sent on a kept-alive connection just before the stall', async () => {
    const [asked, owner] = pair as [ServerProcess, ServerProcess];
    // Created through the second process, the session's room lands there (each process serves nothing yet).
    const created = await createSession(owner.url);
    // A connection to the room's process, used by one request and kept alive, as a client's pool keeps it.
    const conn = await KeptAlive.open(owner.port);
    try {
      const first = await conn.get('/healthz');
      expect(first.status).toBe(200);
      const advertised = Number(/timeout=(\d+)/.exec(first.headers['keep-alive'] ?? '')?.[1]) * 1000;
      expect(advertised).toBeGreaterThan(0);
      // The student asks the other process; the seat is reserved over Redis and names the room's process.
      const found = await api(asked.url, 'GET', `/api/join/${created.code}`);
      const seat = await api(
        asked.url,
        'POST',
        `/matchmake/joinById/${found.json.roomId}`,
        { code: created.code, name: 'Late' },
        found.json.ticket,
      );
      expect(seat.status).toBe(200);
      expect(seat.json.publicAddress).toBe(`127.0.0.1:${owner.port}`);
      // The room's process stalls (a saturated machine) right as the client opens the room's WebSocket on the
      // connection it holds, well within the advertised keep-alive time; it resumes after that time has passed.
      process.kill(owner.child.pid!, 'SIGSTOP');
      try {
        conn.upgrade(`/${seat.json.processId}/${seat.json.roomId}?sessionId=${seat.json.sessionId}`);
        await sleep(advertised + 2000);
      } finally {
        process.kill(owner.child.pid!, 'SIGCONT');
      }
      // It reads the handshake it was sent in time, instead of closing the connection as idle with it unread.
      const answer = await conn.frame(10_000);
      expect(answer.status).toBe(101);
      expect(answer.payload[0]).toBe(Protocol.JOIN_ROOM);
      const session = await api(
        asked.url,
        'GET',
        `/api/sessions/${created.sessionId}`,
        undefined,
        created.hostSecret,
      );
      expect(session.json.players.map((p: { name: string }) => p.name)).toContain('Late');
    } finally {
      conn.close();
    }
  }, 30_000);
});
