// Starting and stopping the processes a benchmark or a test needs: game servers (as `npm start` runs them)
// and a throwaway redis-server on loopback. Each start waits for the process to say it is ready, within a
// bound, and kills it if it does not.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every child started here and still running, so that a script cut short can stop them all. */
const running = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** SIGKILLs every child started here that still runs (for a watchdog or an interrupted script). */
export function killAll() {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * A port nobody listens on right now, below Linux's ephemeral range (32768 and up): the hundreds of client
 * sockets of a benchmark or a test take their local ports there, and could take this one between picking it and
 * listening on it.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 10_000 + Math.floor(Math.random() * 22_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.unref();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port found below 32768');
}

/** Runs `start` on fresh ports while the port turns out to be taken after all (another process took it). */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt >= 5 || !/EADDRINUSE|already in use/i.test(String((error as Error).message))) throw error;
    }
  }
}

export function tempDir(prefix = 'bc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Waits until the child prints `ready`, or fails with what it printed. */
async function waitFor(child: ChildProcess, ready: string, what: string, ms: number): Promise<() => string> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const start = Date.now();
  while (!output.includes(ready)) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() - start > ms) {
      child.kill('SIGKILL');
      throw new Error(`${what} did not start:\n${output}`);
    }
    await sleep(50);
  }
  return () => output;
}

/** Stops a child: SIGTERM, then SIGKILL if it lingers. Resolves once it has exited. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', ms = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited;
  clearTimeout(timer);
}

export interface RedisServer {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A redis-server of the Debian package on a free loopback port, nothing written to disk. */
export function startRedis(): Promise<RedisServer> {
  return onFreePort(startRedisOn);
}

async function startRedisOn(port: number): Promise<RedisServer> {
  const dir = tempDir('bc-redis-');
  const child = track(
    spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  );
  const failed = new Promise<never>((_, reject) =>
    child.once('error', (e) =>
      reject(new Error(`redis-server could not run (is it installed?): ${e.message}`)),
    ),
  );
  try {
    await Promise.race([waitFor(child, 'Ready to accept connections', 'redis-server', 10_000), failed]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    child,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  port: number;
  url: string;
  ws: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServerProcessOptions {
  dataDir: string;
  port?: number;
  /** Several processes: the Redis they share, and each one's own address for clients. */
  redisUrl?: string;
  env?: Record<string, string>;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Another checkout to run the server from (to compare versions); this one by default. */
  root?: string;
}

/** A game server as its own process, started the way `npm start` starts it (on a free port unless given one). */
export function startServer(options: ServerProcessOptions): Promise<ServerProcess> {
  if (options.port !== undefined) return startServerOn(options, options.port);
  return onFreePort((port) => startServerOn(options, port));
}

async function startServerOn(options: ServerProcessOptions, port: number): Promise<ServerProcess> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: options.dataDir,
    ...options.env,
  };
  if (options.redisUrl) {
    env.REDIS_URL = options.redisUrl;
    env.PUBLIC_ADDRESS = `127.0.0.1:${port}`;
  }
  const child = track(
    spawn(process.execPath, [...(options.nodeArgs ?? []), join(options.root ?? ROOT, 'server', 'start.ts')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output = await waitFor(child, 'listening', 'the server', 20_000);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    child,
    output,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => stopChild(child, signal),
  };
}
