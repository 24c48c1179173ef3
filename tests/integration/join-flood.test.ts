// The seat-reservation flood: Colyseus reserves a seat at `POST /matchmake/joinById/:roomId` and holds it for
// the seat reservation time (15 s) until the client's socket arrives. Before the join gate, 2,100 such POSTs with
// an empty body locked a room of 2,100 for every student and the instructor. Now a join shows a ticket from the
// code look-up, a host secret or a rejoin token before a seat is reserved, and one address (or token) may have
// only so many reservations waiting. Everything here is sent to 127.0.0.1 (the "other" address is 127.0.0.2,
// also loopback), with bounded concurrency. The server runs as its own process, as it does in a classroom: the
// flood, the students and the instructor are its clients.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Player,
  api,
  createSession,
  startProcess,
  tempDir,
  ticketFor,
  type Created,
  type ChildServer,
} from './harness.ts';

const PER_ADDRESS = 40;
let server: ChildServer;
let created: Created;

beforeAll(async () => {
  server = await startProcess(tempDir(), undefined, {
    JOIN_PENDING_PER_ADDRESS: String(PER_ADDRESS),
    // Reservations that get through (the limited ones) lapse after 6 s instead of 15: the test waits less, and
    // still counts the intruder's seats before they lapse on a loaded machine (at 3 s one lapsed under a load of 9).
    COLYSEUS_SEAT_RESERVATION_TIME: '6',
  });
  created = await createSession(server.url, { bots: true });
});
afterAll(() => {
  server.child.kill('SIGKILL');
});

interface Sent {
  status: number;
  body: string;
}

/** Sends requests over a few keep-alive sockets from `localAddress`, at most `inFlight` at once. */
class Sender {
  private readonly agent: http.Agent;
  private readonly base: URL;
  done = 0;

  constructor(base: string, localAddress = '127.0.0.1', inFlight = 100) {
    this.base = new URL(base);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: inFlight, localAddress });
  }

  request(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Sent> {
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method,
          agent: this.agent,
          headers: {
            ...(body !== undefined
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
              : {}),
            ...headers,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => {
            this.done += 1;
            resolve({ status: res.statusCode ?? 0, body: text });
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('timed out')));
      req.on('error', (e) => {
        this.done += 1;
        resolve({ status: -1, body: e.message });
      });
      req.end(body);
    });
  }

  reserve(body: unknown, ticket?: string, headers: Record<string, string> = {}) {
    return this.request('POST', `/matchmake/joinById/${created.roomId}`, JSON.stringify(body), {
      ...(ticket ? { authorization: `Bearer ${ticket}` } : {}),
      ...headers,
    });
  }

  async ticket(): Promise<string> {
    const r = await this.request('GET', `/api/join/${created.code}`);
    return (JSON.parse(r.body) as { ticket: string }).ticket;
  }

  close() {
    this.agent.destroy();
  }
}

/** The room's clients as Colyseus counts them: connected ones and reserved seats. */
async function seatsTaken(): Promise<number> {
  return ((await api(server.url, 'GET', '/healthz')).json as { clients: number }).clients;
}

/** Joins and how long each took (from the code look-up to the room's welcome). */
async function timedJoins(joins: (() => Promise<Player>)[]): Promise<{ players: Player[]; ms: number[] }> {
  const players: Player[] = [];
  const ms: number[] = [];
  await Promise.all(
    joins.map(async (join) => {
      const t = performance.now();
      const p = await join();
      await p.until(() => p.welcome !== null, 'the welcome', 5000);
      ms.push(performance.now() - t);
      players.push(p);
    }),
  );
  return { players, ms };
}

describe('a flood of seat reservations', () => {
  it('2,100 reservations without a credential cost no seat: students, the instructor and the projector join within 4 s meanwhile', async () => {
    const flood = new Sender(server.url);
    const forged = (await ticketFor(server.ws, created.code))!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    // A ticket spent on a reservation of its own, then sent again with the flood.
    const spent = await flood.ticket();
    expect((await flood.reserve({ code: created.code, name: 'Once' }, spent)).status).toBe(200);
    const before = await seatsTaken();
    const bodies: [unknown, string | undefined][] = [
      [{}, undefined],
      [{ code: created.code, name: 'Prankster' }, undefined],
      [{ code: created.code, spectator: true }, undefined],
      [{ code: created.code, name: 'Forger' }, forged],
      [{ code: created.code, name: 'Stranger' }, 'not-a-ticket'],
      [{ code: created.code, token: 'x'.repeat(32) }, undefined],
      [{ code: created.code, hostSecret: 'wrong-secret' }, undefined],
      [{ code: created.code, name: 'Again' }, spent],
      [{ code: created.code, hostSecret: created.hostSecret }, spent],
    ];
    const sent = Promise.all(
      Array.from({ length: 2100 }, (_, i) => flood.reserve(...bodies[i % bodies.length]!)),
    );
    // The class joins while the flood is under way.
    while (flood.done < 200) await new Promise((r) => setTimeout(r, 5));
    const doneAtStart = flood.done;
    const { players, ms } = await timedJoins([
      ...Array.from(
        { length: 12 },
        (_, i) => () => Player.join(server.ws, created.roomId, { code: created.code, name: `Student ${i}` }),
      ),
      () => Player.join(server.ws, created.roomId, { code: created.code, hostSecret: created.hostSecret }),
      () => Player.join(server.ws, created.roomId, { code: created.code, spectator: true }),
    ]);
    const answers = await sent;
    flood.close();
    expect(doneAtStart).toBeLessThan(2100);
    expect(ms.length).toBe(14);
    // Joins alone take a few hundred milliseconds; 2 s was passed by 2.1 s beside the other test files on a loaded
    // machine, and a flood that held seats or the loop would keep the class out for the whole 2,100 requests.
    expect(Math.max(...ms)).toBeLessThan(4000);
    // Every flood request was refused before matchmaking, with a reason and no seat.
    expect(answers.filter((a) => a.status !== 401)).toEqual([]);
    expect(answers.every((a) => /join ticket/.test(a.body))).toBe(true);
    expect((await seatsTaken()) - before).toBe(players.length);
    await Promise.all(players.map((p) => p.leave()));
  }, 60_000);

  it('with harvested tickets one address gets only its share of waiting seats, spoofed headers or not; others still join', async () => {
    // An intruder on another address looks the code up 3× the limit and reserves with every ticket without
    // ever opening a socket, each request with a made-up X-Forwarded-For and X-Real-IP.
    const intruder = new Sender(server.url, '127.0.0.2', 50);
    const tickets = await Promise.all(Array.from({ length: PER_ADDRESS * 3 }, () => intruder.ticket()));
    const before = await seatsTaken();
    const answers = await Promise.all(
      tickets.map((ticket, i) =>
        intruder.reserve({ code: created.code, name: `Intruder ${i}` }, ticket, {
          'x-forwarded-for': `10.0.${i >> 8}.${i & 255}`,
          'x-real-ip': `10.1.${i >> 8}.${i & 255}`,
        }),
      ),
    );
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted.length).toBe(PER_ADDRESS);
    expect(answers.filter((a) => /waiting to connect/.test(a.body)).length).toBe(PER_ADDRESS * 2);
    // A ticket is good for one reservation; a used one is refused at the door.
    const spent = tickets[answers.findIndex((a) => a.status === 200)];
    const again = await intruder.reserve({ code: created.code, name: 'Again' }, spent);
    expect([again.status, again.body]).toEqual([401, expect.stringMatching(/join ticket/)]);
    expect((await seatsTaken()) - before).toBe(PER_ADDRESS);

    // Students on 127.0.0.1 are not held up by the intruder's reservations: more of them than the limit,
    // one after another (each reservation stops waiting when its socket arrives), then a burst.
    const one = await timedJoins(
      Array.from(
        { length: 3 },
        (_, i) => () => Player.join(server.ws, created.roomId, { code: created.code, name: `Late ${i}` }),
      ),
    );
    const students: Player[] = [...one.players];
    for (let i = 0; i < PER_ADDRESS + 5; i++)
      students.push(await Player.join(server.ws, created.roomId, { code: created.code, name: `Row ${i}` }));
    const host = await timedJoins([
      () => Player.join(server.ws, created.roomId, { code: created.code, hostSecret: created.hostSecret }),
    ]);
    expect(Math.max(...one.ms, ...host.ms)).toBeLessThan(2000);

    // The intruder's seats lapse (6 s here, 15 s by default) and its address may reserve again.
    await new Promise((r) => setTimeout(r, 6500));
    const later = await intruder.reserve({ code: created.code, name: 'Later' }, await intruder.ticket());
    expect(later.status).toBe(200);
    intruder.close();
    await Promise.all([...students, ...host.players].map((p) => p.leave()));
  }, 60_000);

  it('a student’s rejoin token holds only a few waiting seats; a wrong one holds none', async () => {
    const student = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Token' });
    await student.until(() => student.welcome?.token !== undefined, 'the token');
    const sender = new Sender(server.url);
    // Each with a ticket of its own (the door wants one); with a token, the token's own limit applies.
    const tickets = await Promise.all(Array.from({ length: 21 }, () => sender.ticket()));
    const answers = await Promise.all(
      tickets
        .slice(1)
        .map((ticket) => sender.reserve({ code: created.code, token: student.welcome.token }, ticket)),
    );
    expect(answers.filter((a) => a.status === 200).length).toBe(4);
    expect(answers.filter((a) => /waiting to connect/.test(a.body)).length).toBe(16);
    const wrong = await sender.reserve(
      { code: created.code, token: `${student.welcome.token}x` },
      tickets[0],
    );
    expect(wrong.body).toMatch(/no longer seated/);
    // The token still seats its owner once its waiting seats lapse.
    await new Promise((r) => setTimeout(r, 6500));
    const back = await Player.join(server.ws, created.roomId, {
      code: created.code,
      token: student.welcome.token,
    });
    await back.until(() => back.welcome?.playerId === student.welcome.playerId, 'the same player');
    sender.close();
    await Promise.all([student.leave(), back.leave()]);
  }, 30_000);
});
