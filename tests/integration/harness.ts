// A real server and real SDK clients over a real socket, for integration tests.
import type { LogEntry } from '../../shared/rules/types.ts';
import { sellerRoleFor, sellerRolesOf } from '../../shared/rules/seller-roles.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from '@colyseus/sdk';
import { createApp, type App, type AppOptions } from '../../server/app.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { applyViewPatch } from '../../shared/view-patch.ts';
import { inflateDebrief } from '../../server/debrief-message.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A random port below Linux's ephemeral range (32768 and up), where the hundreds of client sockets the tests
 * open take their local ports: a port there can be taken between picking it and listening on it.
 */
export function freePort(): number {
  return 10_000 + Math.floor(Math.random() * 22_000);
}

/** Tries `start` on fresh ports while the port turns out to be taken (another test file may hold it). */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(freePort());
    } catch (error) {
      if (attempt >= 5 || !String((error as Error).message).includes('EADDRINUSE')) throw error;
    }
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bc-test-'));
}

export interface Running {
  url: string;
  ws: string;
  app: App;
  stop(): Promise<void>;
}

/** The server in this test process (one per test file: Colyseus's match-maker is process-wide). */
export async function startInProcess(
  dataDir = tempDir(),
  options: Omit<AppOptions, 'dataDir'> = {},
): Promise<Running> {
  const app = createApp({ ...options, dataDir });
  const port = await onFreePort(async (p) => {
    await app.server.listen(p);
    return p;
  });
  await app.restore();
  return {
    url: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    app,
    async stop() {
      await app.server.gracefullyShutdown(false).catch(() => undefined);
      app.store.close();
    },
  };
}

export interface ChildServer {
  url: string;
  ws: string;
  child: ChildProcess;
  /** Everything the process has printed so far. */
  output(): string;
}

/**
 * The server as its own process, started the way `npm start` does, so a test can SIGKILL it. Without a port it
 * takes a free one; with one (a restart on the same address) it uses that one. `env` adds settings.
 */
export async function startProcess(
  dataDir: string,
  port?: number,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  if (port === undefined) return onFreePort((p) => startProcessOn(dataDir, p, env));
  return startProcessOn(dataDir, port, env);
}

async function startProcessOn(
  dataDir: string,
  port: number,
  env: Record<string, string>,
): Promise<ChildServer> {
  const child = spawn(process.execPath, [join(ROOT, 'server', 'start.ts')], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    await sleep(100);
    if (output.includes('listening'))
      return { url, ws: `ws://127.0.0.1:${port}`, child, output: () => output };
    if (child.exitCode !== null) break;
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output}`);
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function api(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  secret?: string,
  headers: Record<string, string> = {},
) {
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, json, text };
}

export interface Created {
  sessionId: string;
  code: string;
  hostSecret: string;
  roomId: string;
}

export async function createSession(
  base: string,
  extra: Record<string, unknown> = {},
  instructorKey?: string,
): Promise<Created> {
  const r = await api(
    base,
    'POST',
    '/api/sessions',
    { scenario: miniScenarioInput, bots: true, ...extra },
    undefined,
    instructorKey ? { 'x-instructor-key': instructorKey } : {},
  );
  if (r.status !== 201) throw new Error(`create failed: ${r.status} ${r.text}`);
  return r.json as Created;
}

/** A join ticket from the code look-up (`GET /api/join/:code`), or null when the code does not look up. */
export async function ticketFor(ws: string, code: unknown): Promise<string | null> {
  if (typeof code !== 'string' || !/^[A-Za-z0-9]{1,12}$/.test(code)) return null;
  const res = await fetch(`${ws.replace(/^ws/, 'http')}/api/join/${code}`);
  if (!res.ok) return null;
  return ((await res.json()) as { ticket?: string | null }).ticket ?? null;
}

/** A connected client that records everything it receives. */
export class Player {
  room!: Room;
  readonly received: { type: string; message: any }[] = [];
  welcome: any = null;
  view: any = null;
  table: string | null = null;
  scenario: any = null;
  debrief: any = null;
  /** More listeners for every message (the SDK calls '*' only for types without a handler of their own). */
  readonly hooks: ((type: string, message: any) => void)[] = [];

  /**
   * Joins as the apps do: looks the code up first for a join ticket (`ticket: false` joins without one, as
   * an intruder would; a code that does not look up joins without one too, and is refused).
   */
  static async join(
    ws: string,
    roomId: string,
    options: Record<string, unknown>,
    join: { ticket?: string | false } = {},
  ): Promise<Player> {
    const p = new Player();
    const client = new Client(ws);
    const ticket = join.ticket === undefined ? await ticketFor(ws, options.code) : join.ticket;
    if (ticket) client.auth.token = ticket;
    p.room = await client.joinById(roomId, options);
    p.listen();
    return p;
  }

  listen() {
    this.room.onMessage('*', (type: string | number, message: any) => {
      this.received.push({ type: String(type), message });
      if (type === 'welcome') this.welcome = message;
      if (type === 'scenario') this.scenario = message;
      if (type === 'view') {
        this.view = message.view;
        this.table = message.table;
      }
      if (type === 'view-patch') this.view = applyViewPatch({ table: this.table, view: this.view }, message);
      if (type === 'debrief') message.debrief = this.debrief = inflateDebrief(message);
      for (const hook of this.hooks) hook(String(type), message);
    });
  }

  get seat(): string | null {
    return this.view?.viewer?.seat ?? null;
  }

  errors(): any[] {
    return this.received.filter((r) => r.type === 'error').map((r) => r.message);
  }

  send(type: string, message: unknown) {
    this.room.send(type, message);
  }

  private intents = 0;

  /** Sends an intent with an id (a fresh one unless given), which the server answers: `ack` or `error`. */
  intent(action: unknown, id = `i${++this.intents}`): string {
    this.room.send('intent', { id, action });
    return id;
  }

  /** The ids the server acknowledged, in order. */
  acks(): string[] {
    return this.received.filter((r) => r.type === 'ack').map((r) => r.message.id);
  }

  /** Waits for the server's answer to the message sent with `id` (its `ack` or `error`), and returns it. */
  async answer(id: string, ms = 5000): Promise<{ type: 'ack' | 'error'; message: any }> {
    const find = () =>
      this.received.find((r) => (r.type === 'ack' || r.type === 'error') && r.message?.id === id);
    await this.until(() => find() !== undefined, `the answer to ${id}`, ms);
    return find() as { type: 'ack' | 'error'; message: any };
  }

  /** Everything this client has been sent: messages and the synced state, as one string. */
  everything(): string {
    return JSON.stringify(this.received) + JSON.stringify(this.room.state?.toJSON?.() ?? null);
  }

  async until(check: () => boolean, what = 'condition', ms = 5000) {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  }

  async leave() {
    await this.room.leave(true).catch(() => undefined);
  }
}

// ---- seller team roles: who of a team's students sends which part (shared/rules/seller-roles.ts) ----

/** A whole proposal as a team with split roles hands it in: the offering, then the pitch, then the evidence. */
export function byRole(action: LogEntry['action']): LogEntry['action'][] {
  if (action.type !== 'submit-proposal') return [action];
  const { leadWith, messages, evidence, ...offering } = action;
  return [
    offering,
    ...(leadWith ? [{ type: 'set-pitch' as const, leadWith, messages: messages ?? {} }] : []),
    ...(evidence ? [{ type: 'attach-evidence' as const, evidence }] : []),
  ];
}

/** The student of a seat whose seller roles own this intent (by the seat's order of players in their view). */
export function holderOf(team: Player[], seat: string, type: string): Player | undefined {
  const needed = sellerRoleFor(type as never);
  return team.find((p) => {
    const players = (p.view?.seats as { id: string; players: { id: string }[] }[] | undefined)?.find(
      (x) => x.id === seat,
    )?.players;
    return needed === null || sellerRolesOf(players ?? [], p.welcome?.playerId).includes(needed);
  });
}
