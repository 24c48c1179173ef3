// One share of the benchmark's students, in a process of its own (forked by scripts/bench.ts, which it obeys
// over IPC). Each student is a real SDK client on its own WebSocket: it looks its code up over HTTP, joins,
// and plays what the bots' policy suggests from its own view, at a person's pace.
//
// Latency of an intent: the server answers each intent by its id, `ack` after the views the intent caused
// (or `error`), on the same socket, so the answer arrives after everything the intent caused. The update the
// student saw is the last view before that answer, so the figure never undercounts (a neighbour's later
// update can only make it longer). (Before acknowledgements, a probe the server refused at once, an
// instructor's `watch` sent right after the intent, played the answer's part.)
import './lib/node-websocket.ts';
import './lib/shared-reflection.ts';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, type Room } from '@colyseus/sdk';
import { botIntent, type BotView } from '../shared/bots/policy.ts';
import { sellerRolesOf } from '../shared/rules/seller-roles.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { loadCatalog } from '../server/catalog.ts';
import { ROOT } from '../server/app.ts';
import { join } from 'node:path';
import { applyViewPatch } from '../shared/view-patch.ts';

export interface WorkerSetup {
  scenarioId: string;
  /** Each server process: its HTTP and WebSocket base. Student i asks process i % n. */
  servers: { http: string; ws: string }[];
  /** For each student of this share: its global number, its session's join code and room. */
  students: { index: number; code: string; roomId: string }[];
  /**
   * Join the room by id without looking the code up over HTTP first (as the old benchmark did): for servers
   * older than the join tickets, which newer ones refuse.
   */
  direct: boolean;
  /**
   * Leave the synced state undecoded (the students play from their views alone), so that the students need
   * less CPU than the servers: to measure what the servers can carry on a machine that runs both.
   */
  skipState: boolean;
}

export type Command =
  | { type: 'join'; windowMs: number; timeoutMs: number }
  | { type: 'seated' }
  | { type: 'play'; seconds: number; paceMs: number }
  /** Wait until every connected student has a debrief sent after `since` (epoch ms). */
  | { type: 'debriefs'; since: number; timeoutMs: number }
  | { type: 'leave' };

export interface JoinReport {
  type: 'joined';
  times: number[];
  failures: JoinFailure[];
  wallMs: number;
}

export interface DebriefReport {
  type: 'debriefs';
  students: number;
  received: number;
  /** When the last of them arrived (epoch ms). */
  lastAt: number;
}

export interface PlayReport {
  type: 'played';
  latencies: number[];
  /** When each measured intent left (epoch ms), to tell the stage-change burst from the rest. */
  sentAt: number[];
  intents: number;
  refused: Record<string, number>;
  bytes: number;
  disconnects: number;
  /** How the dropped connections closed (WebSocket close codes). */
  closeCodes: Record<string, number>;
  students: number;
  loopDelayP99: number;
  cpuSeconds: number;
}

interface Student {
  index: number;
  room: Room | null;
  view: BotView | null;
  table: string | null;
  /** When the last debrief arrived (epoch ms). */
  debriefAt: number;
  bytes: number;
  dropped: boolean;
  /** The player id the server welcomed this student with (a seller team's roles follow it). */
  playerId: string | null;
  /** The intent in flight: its id, when it left, and when the last view arrived since. */
  pending: { id: string; sent: number; viewAt: number | null } | null;
}

/** A stand-in for the SDK's state serializer that reads nothing (`--skip-state`). */
const UNDECODED = {
  setState: () => undefined,
  patch: () => undefined,
  getState: () => ({}),
  teardown: () => undefined,
} as unknown as Room['serializer'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A failure as text: SDK errors carry a code, socket errors are bare events. */
function describe(error: unknown): string {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  if (error instanceof Error) {
    const code = text((error as { code?: unknown }).code);
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}${code ? ` ${code}` : ''}: ${error.message || error.stack?.split('\n')[1]?.trim() || ''}${cause}`;
  }
  if (error && typeof error === 'object') {
    const e = error as { type?: unknown; message?: unknown; code?: unknown };
    return `${text(e.type) || 'event'} ${text(e.code)} ${text(e.message)}`.trim();
  }
  return text(error) || 'unknown failure';
}

function send(message: JoinReport | PlayReport | { type: string; [k: string]: unknown }) {
  process.send?.(message);
}

const setup = await new Promise<WorkerSetup>((resolve) =>
  process.once('message', (m) => resolve(m as WorkerSetup)),
);
const scenario = loadCatalog(join(ROOT, 'scenarios')).get(setup.scenarioId) as Scenario;
const clients = setup.servers.map((s) => new Client(s.ws));
const students: Student[] = setup.students.map((s) => ({
  index: s.index,
  room: null,
  view: null,
  table: null,
  debriefAt: 0,
  bytes: 0,
  dropped: false,
  playerId: null,
  pending: null,
}));
let latencies: number[] = [];
let sentAt: number[] = [];
let refused: Record<string, number> = {};
let recording = false;
const closeCodes: Record<string, number> = {};

function listen(s: Student, room: Room) {
  s.room = room;
  // A drop is counted, not retried: the benchmark reports it.
  room.reconnection.enabled = false;
  if (setup.skipState) room.serializer = UNDECODED;
  const socket = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  socket.addEventListener('message', (e: MessageEvent) => {
    if (recording) s.bytes += (e.data as ArrayBuffer).byteLength ?? 0;
  });
  room.onMessage('view', (m: { table: string | null; view: BotView | null }) => {
    s.view = m.view;
    s.table = m.table;
    if (s.pending) s.pending.viewAt = performance.now();
  });
  room.onMessage('view-patch', (m: unknown) => {
    s.view = applyViewPatch({ table: s.table, view: s.view }, m);
    if (s.pending) s.pending.viewAt = performance.now();
  });
  room.onMessage('debrief', () => (s.debriefAt = Date.now()));
  room.onMessage('welcome', (m: { playerId?: unknown }) => {
    if (typeof m.playerId === 'string') s.playerId = m.playerId;
  });
  /** The answer to the intent in flight: its latency counts whether it was taken or refused. */
  const answered = (id: unknown) => {
    if (!s.pending || s.pending.id !== id) return;
    if (recording) {
      latencies.push((s.pending.viewAt ?? performance.now()) - s.pending.sent);
      sentAt.push(Date.now() - (performance.now() - s.pending.sent));
    }
    s.pending = null;
  };
  room.onMessage('ack', (a: { id: string }) => answered(a.id));
  room.onMessage('error', (e: { id?: string; to: string; code: string }) => {
    if (recording) refused[e.code] = (refused[e.code] ?? 0) + 1;
    answered(e.id);
  });
  room.onMessage('*', () => undefined);
  room.onLeave((code: number) => {
    s.dropped = true;
    closeCodes[code] = (closeCodes[code] ?? 0) + 1;
  });
}

/** Where a join failed: the code look-up, the seat reservation (HTTP matchmaking) or the room's WebSocket. */
export type JoinPhase = 'look-up' | 'seat' | 'socket';

export interface JoinFailure {
  phase: JoinPhase;
  text: string;
  /** When the attempt failed, in ms since the burst began, and how long its phase had taken. */
  atMs: number;
  phaseMs: number;
}

class PhaseError extends Error {
  readonly phase: JoinPhase;
  readonly text: string;
  readonly phaseMs: number;
  constructor(phase: JoinPhase, text: string, phaseMs: number) {
    super(text);
    this.phase = phase;
    this.text = text;
    this.phaseMs = phaseMs;
  }
}

async function phase<T>(name: JoinPhase, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await run();
  } catch (error) {
    throw new PhaseError(name, describe(error), performance.now() - t);
  }
}

/**
 * An HTTP request over node:http with a keep-alive agent, as fetch does it with its own pool: the benchmark's
 * clients share two cores with the server, and fetch cost each join about 1 ms of client CPU, three times this.
 */
const agent = new http.Agent({ keepAlive: true });
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ ok: boolean; status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function parseOrNull(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function joinOne(s: Student, code: string, roomId: string, timeoutMs: number) {
  const server = setup.servers[s.index % setup.servers.length]!;
  const client = clients[s.index % clients.length]!;
  const found: { roomId: string | null; ticket?: string | null } = setup.direct
    ? { roomId }
    : await phase('look-up', () =>
        withTimeout(
          request(`${server.http}/api/join/${code}`).then((r) => {
            if (!r.ok) throw new Error(`join look-up ${r.status}`);
            return JSON.parse(r.text) as { roomId: string | null; ticket?: string | null };
          }),
          timeoutMs,
          'the join look-up',
        ),
      );
  if (!found.roomId) throw new PhaseError('look-up', 'the session has no room', 0);
  // What client.joinById does, in its two steps, to tell where a failure happened.
  const reservation = await phase('seat', () =>
    withTimeout(
      request(`${server.http}/matchmake/joinById/${found.roomId}`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          // The join ticket of the look-up, as the SDK sends its auth token (none with --direct-join).
          ...(found.ticket ? { authorization: `Bearer ${found.ticket}` } : {}),
        },
        body: JSON.stringify({ code, name: `Student ${s.index}` }),
      }).then((r) => {
        const body = parseOrNull(r.text);
        if (!r.ok) throw new Error(`${r.status} ${JSON.stringify(body)}`);
        return body as unknown as Parameters<typeof client.consumeSeatReservation>[0];
      }),
      timeoutMs,
      'the seat reservation',
    ),
  );
  const room = await phase('socket', () =>
    withTimeout(client.consumeSeatReservation(reservation), timeoutMs, 'the room socket'),
  );
  listen(s, room);
}

async function joinAll(windowMs: number, timeoutMs: number): Promise<JoinReport> {
  const times: number[] = [];
  const failures: JoinFailure[] = [];
  const start = performance.now();
  await Promise.all(
    students.map(async (s, i) => {
      await sleep((windowMs * i) / Math.max(1, students.length));
      const t = performance.now();
      try {
        await joinOne(s, setup.students[i]!.code, setup.students[i]!.roomId, timeoutMs);
        times.push(performance.now() - t);
      } catch (error) {
        const e =
          error instanceof PhaseError
            ? error
            : new PhaseError('socket', describe(error), performance.now() - t);
        failures.push({ phase: e.phase, text: e.text, atMs: performance.now() - start, phaseMs: e.phaseMs });
      }
    }),
  );
  return { type: 'joined', times, failures, wallMs: performance.now() - start };
}

async function play(seconds: number, paceMs: number): Promise<PlayReport> {
  latencies = [];
  sentAt = [];
  refused = {};
  for (const s of students) s.bytes = 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  recording = true;
  const t0 = performance.now();
  // Each student considers an intent every paceMs on average (half to one and a half of it), staggered.
  const next = students.map((_, i) => t0 + ((i * 7919) % paceMs));
  let intents = 0;
  let step = 0;
  while (performance.now() - t0 < seconds * 1000) {
    const now = performance.now();
    students.forEach((s, i) => {
      if (now < next[i]! || !s.room || !s.view || s.pending || s.dropped) return;
      step += 1;
      next[i] = now + paceMs * (0.5 + ((i * 104_729 + step * 31) % 1000) / 1000);
      // A student of a seller team plays the parts their roles own (shared/rules/seller-roles.ts).
      const viewer = s.view.viewer;
      const seat = viewer.kind === 'seat' ? s.view.seats.find((x) => x.id === viewer.seat) : undefined;
      const roles = seat?.kind === 'seller' ? sellerRolesOf(seat.players, s.playerId) : undefined;
      const intent = botIntent(scenario, s.view, { seed: s.index * 31 + step, roles });
      if (!intent) return;
      const id = `b${step}`;
      s.pending = { id, sent: performance.now(), viewAt: null };
      intents += 1;
      s.room.send('intent', { id, action: intent });
    });
    await sleep(10);
  }
  // Let the last replies arrive (bounded).
  for (let i = 0; i < 100 && students.some((s) => s.pending && !s.dropped); i++) await sleep(20);
  recording = false;
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  return {
    type: 'played',
    latencies,
    sentAt,
    intents,
    refused,
    bytes: students.reduce((a, s) => a + s.bytes, 0),
    disconnects: students.filter((s) => s.dropped).length,
    closeCodes,
    students: students.filter((s) => s.room).length,
    loopDelayP99: loop.percentile(99) / 1e6,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.on('message', (raw) => {
  const command = raw as Command;
  void (async () => {
    switch (command.type) {
      case 'join':
        send(await joinAll(command.windowMs, command.timeoutMs));
        break;
      case 'seated':
        send({
          type: 'seated',
          seated: students.filter((s) => s.view !== null).length,
          playing: students.filter((s) => s.view?.phase === 'playing').length,
        });
        break;
      case 'play':
        send(await play(command.seconds, command.paceMs));
        break;
      case 'debriefs': {
        const live = () => students.filter((s) => s.room && !s.dropped);
        const deadline = Date.now() + command.timeoutMs;
        while (live().some((s) => s.debriefAt < command.since) && Date.now() < deadline) await sleep(50);
        const got = live().filter((s) => s.debriefAt >= command.since);
        send({
          type: 'debriefs',
          students: live().length,
          received: got.length,
          lastAt: Math.max(0, ...got.map((s) => s.debriefAt)),
        } satisfies DebriefReport);
        break;
      }
      case 'leave':
        await Promise.all(
          students.map((s) =>
            s.room && !s.dropped
              ? withTimeout(s.room.leave(true), 5000, 'leave').catch(() => 0)
              : Promise.resolve(0),
          ),
        );
        send({ type: 'left' });
        process.exit(0);
    }
  })();
});
// The benchmark went away (finished or cut short): nothing left to do.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
