// Fuzzing the boundary: every room message type from every kind of client, raw frames, every HTTP route (found
// from the router itself, so a new route is fuzzed too) and the matchmaking routes, with random and malformed
// payloads. The server stays up, answers each with an error, and nothing in the session changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ClientMessages,
  CreateSessionSchema,
  TableInstructorActionSchema,
  type ClientMessageType,
} from '../../shared/protocol.ts';
import { apiRouter } from '../../server/http/api.ts';
import { Player, api, createSession, sleep, startInProcess, type Created, type Running } from './harness.ts';

// The junk seat reservations below hold the room open until they lapse (15 s by default) before it can
// close: this file's server lets them lapse after 2 s. Hoisted, so it is set before Colyseus loads.
vi.hoisted(() => {
  process.env.COLYSEUS_SEAT_RESERVATION_TIME = '2';
});

const SEED = 20_261_124;
let server: Running;
let created: Created;
let students: Player[];
let host: Player;
let spectator: Player;

function deep(n: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Random values of every JSON-ish shape, reproducible from the seed. */
function junk(n: number, seed: number): unknown[] {
  const values = fc.sample(fc.anything({ maxDepth: 4, maxKeys: 6 }), { seed, numRuns: n });
  return [
    ...values,
    null,
    '',
    'x'.repeat(9000),
    { action: { type: 'chat', channel: 'obc', text: 'y'.repeat(5000), extra: 1 } },
    { __proto__: { admin: true }, table: 'all', action: { type: 'start' }, zz: 1 },
    JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    deep(200),
    { action: { type: 'ask-question', to: 'nobody', text: 1 } },
    { table: 'T1', seat: 'seller-Z', bot: 'yes' },
    { playerId: '../../etc', table: 'new', seat: 42 },
  ];
}

/** Whether a payload would be a valid command: those change state by design and are not fuzz. */
function validCommand(type: string, payload: unknown): boolean {
  if (!Object.hasOwn(ClientMessages, type)) return false;
  return ClientMessages[type as ClientMessageType].safeParse(payload).success;
}

/** Two more instructor consoles or projectors (the same person on a laptop and a phone). */
async function extraStaff(as: 'hostSecret' | 'spectator'): Promise<Player[]> {
  const options = as === 'hostSecret' ? { hostSecret: created.hostSecret } : { spectator: true };
  const out: Player[] = [];
  for (let i = 0; i < 2; i++)
    out.push(await Player.join(server.ws, created.roomId, { code: created.code, ...options }));
  return out;
}

async function snapshot() {
  const exported = await api(
    server.url,
    'GET',
    `/api/sessions/${created.sessionId}/export.json`,
    undefined,
    created.hostSecret,
  );
  const session = await api(
    server.url,
    'GET',
    `/api/sessions/${created.sessionId}`,
    undefined,
    created.hostSecret,
  );
  expect(exported.status).toBe(200);
  expect(session.status).toBe(200);
  return {
    tables: exported.json.tables,
    players: exported.json.players,
    status: session.json.status,
    sessions: server.app.store.sessions().length,
    views: students.map((s) => JSON.stringify(s.view)),
  };
}

beforeAll(async () => {
  server = await startInProcess();
  created = await createSession(server.url, { bots: false });
  students = [];
  for (let i = 0; i < 9; i++)
    students.push(await Player.join(server.ws, created.roomId, { code: created.code, name: `S${i}` }));
  host = await Player.join(server.ws, created.roomId, { code: created.code, hostSecret: created.hostSecret });
  spectator = await Player.join(server.ws, created.roomId, { code: created.code, spectator: true });
  host.send('deal', {});
  await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat')));
  host.send('host', { table: 'T1', action: { type: 'start' } });
  await Promise.all(students.map((s) => s.until(() => s.view?.phase === 'playing', 'playing')));
  await sleep(200);
}, 30_000);

afterAll(async () => {
  await server.stop();
}, 30_000);

describe('fuzzing the room messages', () => {
  it('answers every malformed or forbidden message with an error and changes nothing', async () => {
    const before = await snapshot();
    const types = [...Object.keys(ClientMessages), 'nope', '', '__proto__'];
    const payloads = junk(16, SEED);
    // Every (type, payload) from each kind of client: students, instructor consoles and projectors, each
    // kind spread over a few connections so that no connection goes past the rate limit.
    const kinds = [
      students,
      [host, ...(await extraStaff('hostSecret'))],
      [spectator, ...(await extraStaff('spectator'))],
    ];
    const queues = new Map<Player, [string | number, unknown][]>();
    for (const clients of kinds) {
      let k = 0;
      for (const type of types)
        for (const payload of payloads) {
          const c = clients[k++ % clients.length]!;
          // A student's valid intent and any valid instructor command would rightly change the game.
          const staff = clients.includes(host);
          if (validCommand(type, payload) && (staff ? type !== 'intent' : type === 'intent')) continue;
          queues.set(c, [...(queues.get(c) ?? []), [type, payload]]);
        }
      // A numeric message type, and a well-formed move from someone who has no seat.
      queues.get(clients[0]!)!.push([7, { x: 1 }]);
      if (clients !== students)
        queues.get(clients[0]!)!.push(['intent', { id: 'no-seat', action: { type: 'ready', ready: true } }]);
    }
    const clients = [...queues.keys()];
    const errorsBefore = clients.map((c) => c.errors().length);
    const sent = clients.map((c) => queues.get(c)!.length);
    // One message per connection every 110 ms: inside the limit of 10 a second.
    while (clients.some((c) => queues.get(c)!.length > 0)) {
      for (const c of clients) {
        const next = queues.get(c)!.shift();
        if (next) c.room.send(next[0] as ClientMessageType, next[1]);
      }
      await sleep(110);
    }
    await Promise.all(
      clients.map((c, i) =>
        c.until(() => c.errors().length - errorsBefore[i]! >= sent[i]!, 'an error for every message', 20_000),
      ),
    );
    const codes = new Set(clients.flatMap((c) => c.errors().map((e: { code: string }) => e.code)));
    for (const code of codes)
      expect(['invalid-message', 'unknown-message', 'forbidden', 'too-large', 'wrong-seat']).toContain(code);
    for (const code of ['invalid-message', 'unknown-message', 'forbidden', 'too-large', 'wrong-seat'])
      expect(codes.has(code), code).toBe(true);
    expect((await api(server.url, 'GET', '/healthz')).status).toBe(200);
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('survives raw frames of garbage and oversized frames, and changes nothing', async () => {
    const before = await snapshot();
    const bytes = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 300 }), { seed: SEED, numRuns: 60 });
    // A throwaway connection: garbage may well get it closed.
    const intruder = await Player.join(server.ws, created.roomId, { code: created.code, spectator: true });
    const socket = (intruder.room.connection.transport as unknown as { ws: WebSocket }).ws;
    for (const b of bytes) {
      if (socket.readyState !== WebSocket.OPEN) break;
      socket.send(b);
      await sleep(5);
    }
    if (socket.readyState === WebSocket.OPEN) socket.send(new Uint8Array(70 * 1024));
    await sleep(300);
    expect((await api(server.url, 'GET', '/healthz')).status).toBe(200);
    expect(await snapshot()).toEqual(before);
    // Everyone else is still connected and served.
    students[0]!.send('watch', { table: null });
    const n = students[0]!.errors().length;
    await students[0]!.until(() => students[0]!.errors().length > n, 'an answer');
  }, 30_000);
});

describe('fuzzing the HTTP routes', () => {
  const routes = (
    apiRouter({
      registry: {} as never,
      gate: {} as never,
      catalog: new Map(),
      version: 'x',
      startedAt: 0,
    }) as unknown as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    }
  ).stack.flatMap((l) =>
    l.route ? Object.keys(l.route.methods).map((m) => ({ method: m, path: l.route!.path })) : [],
  );

  it('finds the routes to fuzz', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  async function raw(
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ) {
    const res = await fetch(server.url + path, { method: method.toUpperCase(), headers, body });
    const text = await res.text();
    return { status: res.status, text };
  }

  it('refuses every route with bad secrets, bad parameters and bad bodies, with 4xx and no change', async () => {
    const before = await snapshot();
    const bodies = junk(6, SEED + 1).map((v) => JSON.stringify(v) ?? 'null');
    bodies.push('{', '{"a":', '\u0000', 'x'.repeat(600 * 1024));
    const fill = (path: string, id: string) =>
      path
        .replace(':id', id)
        .replace(':code', 'ZZZZZZ')
        .replace(':table', 'T9')
        .replace(':playerId', 'p000000000000')
        .replace(':seat', 'seller-Q');
    const secrets: (string | undefined)[] = [
      undefined,
      '',
      'wrong-secret',
      // One character off (never the secret itself: a secret may well end in 'x').
      created.hostSecret.slice(0, -1) + (created.hostSecret.endsWith('x') ? 'y' : 'x'),
    ];
    const ids = [created.sessionId, 'no-such-session', '..%2F..%2Fetc'];
    const statuses: number[] = [];
    let i = 0;
    for (const route of routes) {
      for (const id of ids) {
        for (const secret of secrets) {
          const body = bodies[i++ % bodies.length]!;
          const headers: Record<string, string> = {
            'content-type': i % 5 === 0 ? 'text/plain' : 'application/json',
          };
          if (secret !== undefined) headers.authorization = `Bearer ${secret}`;
          const r = await raw(
            route.method,
            `/api${fill(route.path, id)}`,
            route.method === 'get' ? undefined : body,
            headers,
          );
          statuses.push(r.status);
          // Public routes answer their own way; nothing is ever a server error.
          expect(r.status, `${route.method} ${route.path}`).toBeLessThan(500);
          if (route.path.includes(':id'))
            expect(r.status, `${route.method} ${route.path}`).toBeGreaterThanOrEqual(400);
        }
      }
    }
    // With the real secret: bodies that no schema accepts, and parameters that name nothing.
    const acceptable = (path: string, value: unknown) =>
      CreateSessionSchema.safeParse(value).success ||
      (path.endsWith('/actions') &&
        TableInstructorActionSchema.safeParse((value as { action?: unknown } | null)?.action).success) ||
      (['deal', 'broadcast', 'move', 'bot'] as const).some((t) => validCommand(t, value));
    const bodyRoutes = routes.filter(
      (r) => r.method === 'post' && !r.path.endsWith('/finish') && !r.path.endsWith('/readmit'),
    );
    for (const route of bodyRoutes) {
      for (const value of junk(12, SEED + 2)) {
        if (acceptable(route.path, value)) continue;
        // Sent as JSON text whatever it is (an empty body would mean "no options", which is valid).
        const r = await api(
          server.url,
          'POST',
          `/api${fill(route.path, created.sessionId)}`,
          JSON.stringify(value) ?? 'null',
          created.hostSecret,
        );
        expect(r.status, `${route.path} ${JSON.stringify(value)?.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(typeof r.json?.error).toBe('string');
      }
    }
    // Routes that take no body, with parameters that name no one.
    for (const path of ['/players/p000000000000/readmit', '/players/p000000000000'])
      for (const method of ['POST', 'DELETE']) {
        const r = await api(
          server.url,
          method,
          `/api/sessions/${created.sessionId}${path}`,
          undefined,
          created.hostSecret,
        );
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
      }
    expect(statuses.some((s) => s === 401)).toBe(true);
    expect(statuses.some((s) => s === 403)).toBe(true);
    expect((await api(server.url, 'GET', '/healthz')).status).toBe(200);
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('refuses junk at the matchmaking routes without making rooms or players', async () => {
    // Colyseus logs each refused reconnection on the console; the assertions say what happened.
    const quiet = (['log', 'info', 'warn', 'error'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const before = await snapshot();
    const rooms = (await api(server.url, 'GET', '/healthz')).json.rooms;
    for (const value of junk(8, SEED + 3))
      for (const path of [
        '/matchmake/create/session',
        '/matchmake/joinOrCreate/session',
        '/matchmake/join/session',
        `/matchmake/joinById/${created.roomId}`,
        '/matchmake/joinById/nope',
        '/matchmake/reconnect/nope',
        '/matchmake/create/nope',
      ]) {
        // Colyseus answers matchmaking failures with its own codes (4xx, or 520-524 for "no such room" and
        // the like), always with a JSON error.
        // A reservation by id is only a promise of a seat: the room checks the join options when the socket
        // comes, and an unused reservation lapses (Colyseus's seatReservationTimeout).
        const r = await api(server.url, 'POST', path, JSON.stringify(value) ?? 'null');
        if (path.endsWith(created.roomId)) continue;
        expect(r.status, path).toBeGreaterThanOrEqual(400);
        expect(r.json?.error ?? r.json?.message, path).toBeTruthy();
      }
    // Options naming the real session cannot open a second room for it.
    const second = await api(server.url, 'POST', '/matchmake/create/session', {
      sessionId: created.sessionId,
    });
    expect(second.status).toBeGreaterThanOrEqual(400);
    for (const spy of quiet) spy.mockRestore();
    expect((await api(server.url, 'GET', '/healthz')).json.rooms).toBe(rooms);
    expect(await snapshot()).toEqual(before);
  }, 30_000);

  it('takes a lecture hall of right codes at once from one address, and blocks one that guesses', async () => {
    // Last in this file: the guessing blocks 127.0.0.1's look-ups for a minute.
    const burst = await Promise.all(
      Array.from({ length: 300 }, () => api(server.url, 'GET', `/api/join/${created.code}`)),
    );
    expect(burst.every((r) => r.status === 200 && r.json.roomId === created.roomId)).toBe(true);
    const guesses: number[] = [];
    for (let i = 0; i < 70; i++) guesses.push((await api(server.url, 'GET', '/api/join/ABCDEF')).status);
    expect(guesses.filter((s) => s === 404).length).toBeLessThanOrEqual(60);
    expect(guesses.at(-1)).toBe(429);
    expect((await api(server.url, 'GET', `/api/join/${created.code}`)).status).toBe(429);
  }, 30_000);
});
