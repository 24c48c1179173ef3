// `npm run bench [-- --levels 100,300,1000,2000 --seconds 30 --processes 1 --sessions 1 --workers 2]`
// For each load level: starts the server (or several processes sharing a redis-server it starts on
// loopback), drives that many students as real SDK clients on 127.0.0.1 (in worker processes, see
// bench-students.ts) through a join burst, the deal, play at a person's pace with the bots' policies, and a
// stage-change burst halfway; prints one JSON line. Every wait is bounded; a watchdog ends a stuck level.
// `--profile DIR` writes a CPU profile of each server process and of each student worker (node --cpu-prof) into
// DIR (the workers' own, since the simulated students share the machine's cores with the server); `--server-root DIR`
// runs the server of another checkout (`git archive` of an older commit, to compare before and after);
// `--direct-join` joins rooms by id without the HTTP code look-up (older servers limited successful look-ups;
// servers with join tickets refuse such joins).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  killAll,
  sleep,
  startRedis,
  startServer,
  tempDir,
  type RedisServer,
  type ServerProcess,
} from './lib/processes.ts';
import type {
  Command,
  DebriefReport,
  JoinFailure,
  JoinReport,
  PlayReport,
  WorkerSetup,
} from './bench-students.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CLK_TCK = 100;
/** Refusals at the server's door (a malformed, oversized, unknown or unauthorised message; too many). */
const BOUNDARY_CODES = new Set([
  'invalid-message',
  'unknown-message',
  'too-large',
  'rate-limited',
  'forbidden',
  'wrong-seat',
]);

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Counts by key, added up over the workers. */
function sumCounts(all: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const counts of all) for (const [k, v] of Object.entries(counts)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Join failures counted by phase and reason (the SDK's empty errors show their close code). */
function failureSummary(failures: JoinFailure[]) {
  const out: Record<string, { n: number; firstAtMs: number; lastAtMs: number; phaseMsMax: number }> = {};
  for (const f of failures) {
    const key = `${f.phase}: ${f.text.replace(/\s+at .*$/, '').slice(0, 120)}`;
    const o = (out[key] ??= { n: 0, firstAtMs: Infinity, lastAtMs: 0, phaseMsMax: 0 });
    o.n += 1;
    o.firstAtMs = Math.min(o.firstAtMs, Math.round(f.atMs));
    o.lastAtMs = Math.max(o.lastAtMs, Math.round(f.atMs));
    o.phaseMsMax = Math.max(o.phaseMsMax, Math.round(f.phaseMs));
  }
  return out;
}

/** A forked share of the students, answering one command at a time. */
class Worker {
  private readonly child: ChildProcess;
  private readonly replies: unknown[] = [];
  private waiting: ((m: unknown) => void) | null = null;

  private readonly profiled: boolean;

  constructor(profile?: string) {
    this.profiled = profile !== undefined;
    this.child = fork(join(HERE, 'bench-students.ts'), [], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      execArgv: profile ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${profile}`] : process.execArgv,
    });
    this.child.on('message', (m) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w(m);
      } else this.replies.push(m);
    });
  }

  next<T>(ms: number): Promise<T> {
    const queued = this.replies.shift();
    if (queued !== undefined) return Promise.resolve(queued as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        reject(new Error(`a student worker did not answer within ${ms} ms`));
      }, ms);
      this.waiting = (m) => {
        clearTimeout(timer);
        resolve(m as T);
      };
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  send(message: WorkerSetup | Command) {
    this.child.send(message);
  }

  async ask<T>(command: Command, ms: number): Promise<T> {
    this.send(command);
    return this.next<T>(ms);
  }

  /** Ends the worker; a profiled one is given a few seconds to exit by itself and write its profile. */
  async kill() {
    if (this.child.exitCode !== null) return;
    if (this.profiled) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await Promise.race([exited, sleep(10_000)]);
      if (this.child.exitCode !== null) return;
    }
    this.child.kill('SIGKILL');
  }
}

interface Options {
  scenario: string;
  seconds: number;
  processes: number;
  sessions: number;
  workers: number;
  paceMs: number;
  joinWindowMs: number;
  profile?: string;
  root?: string;
  directJoin: boolean;
  skipState: boolean;
}

async function api(base: string, method: string, path: string, body?: unknown, secret?: string) {
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      ...(process.env.INSTRUCTOR_KEY ? { 'x-instructor-key': process.env.INSTRUCTOR_KEY } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json ?? {};
}

async function level(n: number, o: Options) {
  const dataDir = tempDir('bc-bench-');
  let redis: RedisServer | undefined;
  const servers: ServerProcess[] = [];
  const workers: Worker[] = [];
  try {
    if (o.processes > 1) redis = await startRedis();
    for (let i = 0; i < o.processes; i++)
      servers.push(
        await startServer({
          dataDir,
          redisUrl: redis?.url,
          nodeArgs: o.profile ? ['--cpu-prof', `--cpu-prof-dir=${o.profile}`] : [],
          root: o.root,
          // Every simulated student comes from 127.0.0.1, where a class comes from many addresses: the
          // limit on joins waiting per address would turn most of a burst of thousands away.
          env: { JOIN_PENDING_PER_ADDRESS: '0' },
        }),
      );
    await sleep(1000);
    const idle = servers.map((s) => memory(s.child.pid!).rss);

    // Each session is created through one process in turn; its room lands on the least busy process.
    const sessions: { sessionId: string; code: string; hostSecret: string; roomId: string }[] = [];
    for (let i = 0; i < o.sessions; i++) {
      const created = await api(servers[i % servers.length]!.url, 'POST', '/api/sessions', {
        scenarioId: o.scenario,
        bots: true,
        sellerTeamSize: 2,
        autoAdvance: true,
        seed: i + 1,
      });
      sessions.push(created as (typeof sessions)[number]);
    }

    // Students are spread over sessions in turn and over workers in blocks.
    const share = Math.ceil(n / o.workers);
    for (let w = 0; w < o.workers && w * share < n; w++) {
      const worker = new Worker(o.profile);
      workers.push(worker);
      const students = [];
      for (let i = w * share; i < Math.min(n, (w + 1) * share); i++)
        students.push({
          index: i,
          code: sessions[i % sessions.length]!.code,
          roomId: sessions[i % sessions.length]!.roomId,
        });
      worker.send({
        scenarioId: o.scenario,
        servers: servers.map((s) => ({ http: s.url, ws: s.ws })),
        students,
        direct: o.directJoin,
        skipState: o.skipState,
      });
      await worker.next(20_000);
    }

    // The join burst: everyone within the join window (at once by default), as when the code goes up. The CPU
    // it took, the servers' and the simulated students' apart: they share this machine's cores.
    const joinCpu0 = [...servers.map((s) => s.child.pid!), ...workers.map((w) => w.pid)].map(cpuTicks);
    const joined = await Promise.all(
      workers.map((w) =>
        w.ask<JoinReport>({ type: 'join', windowMs: o.joinWindowMs, timeoutMs: 30_000 }, 120_000),
      ),
    );
    const joinCpu = [...servers.map((s) => s.child.pid!), ...workers.map((w) => w.pid)].map(
      (pid, i) => (cpuTicks(pid) - joinCpu0[i]!) / CLK_TCK,
    );
    const joinTimes = joined.flatMap((j) => j.times);
    const joinFailures = joined.flatMap((j) => j.failures);
    // What the servers said, when some students could not join (the JSON line says how many).
    if (joinFailures.length > 0)
      for (const s of servers) process.stderr.write(`--- server :${s.port}\n${s.output().slice(-3000)}\n`);

    // The deal, through the first process whatever process serves the session.
    const dealStart = Date.now();
    for (const s of sessions)
      await api(servers[0]!.url, 'POST', `/api/sessions/${s.sessionId}/deal`, {}, s.hostSecret);
    let seated = 0;
    while (Date.now() - dealStart < 60_000) {
      const counts = await Promise.all(
        workers.map((w) => w.ask<{ seated: number }>({ type: 'seated' }, 10_000)),
      );
      seated = counts.reduce((a, c) => a + c.seated, 0);
      if (seated >= joinTimes.length) break;
      await sleep(100);
    }
    const seatedMs = Date.now() - dealStart;
    for (const s of sessions)
      await api(
        servers[0]!.url,
        'POST',
        `/api/sessions/${s.sessionId}/tables/all/actions`,
        { action: { type: 'start' } },
        s.hostSecret,
      );
    await sleep(1000);

    /** The instructor's command to every table of every session at once. */
    const everyTable = (type: 'advance' | 'end-round') =>
      Promise.all(
        sessions.map((s) =>
          api(
            servers[0]!.url,
            'POST',
            `/api/sessions/${s.sessionId}/tables/all/actions`,
            { action: { type } },
            s.hostSecret,
          ),
        ),
      );

    // Play, with every table moved on at once halfway through (the stage-change burst).
    const cpu0 = servers.map((s) => cpuTicks(s.child.pid!));
    const t0 = Date.now();
    const playing = Promise.all(
      workers.map((w) =>
        w.ask<PlayReport>({ type: 'play', seconds: o.seconds, paceMs: o.paceMs }, o.seconds * 1000 + 60_000),
      ),
    );
    let peakRss = 0;
    let burst = false;
    let burstAt = Infinity;
    let done = false;
    void playing.finally(() => (done = true));
    while (!done) {
      peakRss = Math.max(
        peakRss,
        servers.reduce((a, s) => a + memory(s.child.pid!).rss, 0),
      );
      if (!burst && Date.now() - t0 > (o.seconds * 1000) / 2) {
        burst = true;
        burstAt = Date.now();
        await everyTable('advance');
      }
      await sleep(250);
    }
    const played = await playing;
    const elapsed = (Date.now() - t0) / 1000;
    const cpu = servers.map((s, i) => (cpuTicks(s.child.pid!) - cpu0[i]!) / CLK_TCK / elapsed);
    const rss = servers.map((s) => memory(s.child.pid!).rss);

    // The round-end burst: the instructor ends every table's round at once; each student gets its debrief.
    const endAt = Date.now();
    await everyTable('end-round');
    const debriefs = await Promise.all(
      workers.map((w) => w.ask<DebriefReport>({ type: 'debriefs', since: endAt, timeoutMs: 30_000 }, 40_000)),
    );
    const rssTotal = rss.reduce((a, b) => a + b, 0);
    const idleTotal = idle.reduce((a, b) => a + b, 0);
    const latencies = played.flatMap((p) => p.latencies);
    const sentAt = played.flatMap((p) => p.sentAt);
    // The intents sent in the three seconds after every table was moved on at once.
    const inBurst = latencies.filter((_, i) => sentAt[i]! >= burstAt && sentAt[i]! < burstAt + 3000);
    const outside = latencies.filter((_, i) => !(sentAt[i]! >= burstAt && sentAt[i]! < burstAt + 3000));
    const refused = sumCounts(played.map((p) => p.refused));
    const intents = played.reduce((a, p) => a + p.intents, 0);
    const connected = played.reduce((a, p) => a + p.students, 0);
    return {
      students: n,
      processes: o.processes,
      sessions: o.sessions,
      ...(o.skipState ? { skipState: true } : {}),
      joined: joinTimes.length,
      seated,
      joinMs: {
        p50: percentile(joinTimes, 50),
        p99: percentile(joinTimes, 99),
        wall: Math.round(Math.max(...joined.map((j) => j.wallMs))),
      },
      seatedMs,
      intents,
      intentsPerSecond: Math.round((intents / elapsed) * 10) / 10,
      intentToUpdateMs: {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: percentile(latencies, 100),
        p99OutsideBurst: percentile(outside, 99),
        p99InBurst: percentile(inBurst, 99),
      },
      serverCpu: cpu.map((c) => Math.round(c * 100) / 100),
      /** CPU seconds the join burst took: each server process's, and all the simulated students' together. */
      joinCpuSeconds: {
        servers: joinCpu.slice(0, servers.length).map((c) => Math.round(c * 100) / 100),
        students: Math.round(joinCpu.slice(servers.length).reduce((a, b) => a + b, 0) * 100) / 100,
      },
      serverRssMb: rss.map(mb),
      serverIdleRssMb: idle.map(mb),
      serverPeakRssMb: servers.map((s) => mb(memory(s.child.pid!).peak)),
      rssPerStudentKb: Math.round((rssTotal - idleTotal) / n / 102.4) / 10,
      bytesPerStudentPerMinute: Math.round(
        played.reduce((a, p) => a + p.bytes, 0) / Math.max(1, connected) / (elapsed / 60),
      ),
      // Errors: students who could not join or lost their connection, and messages the server refused at its
      // door. Intents the rules refused (a move made from a view a moment old, e.g. just as the instructor
      // moved every table on) are counted apart: the game said no, the server did its job.
      errors:
        joinFailures.length +
        played.reduce((a, p) => a + p.disconnects, 0) +
        Object.entries(refused)
          .filter(([code]) => BOUNDARY_CODES.has(code))
          .reduce((a, [, n]) => a + n, 0),
      refused,
      // Failed joins by phase and reason, with when they happened (ms into the burst, first to last).
      joinFailures: failureSummary(joinFailures),
      disconnects: played.reduce((a, p) => a + p.disconnects, 0),
      closeCodes: sumCounts(played.map((p) => p.closeCodes)),
      // The round-end burst: every table's round ended at once; students with their debrief, and how long
      // until the last one had it.
      debriefs: {
        received: debriefs.reduce((a, d) => a + d.received, 0),
        of: debriefs.reduce((a, d) => a + d.students, 0),
        lastMs: Math.max(0, ...debriefs.map((d) => d.lastAt - endAt)),
      },
      clientLoopDelayP99Ms: Math.max(...played.map((p) => Math.round(p.loopDelayP99))),
      clientCpu: Math.round((played.reduce((a, p) => a + p.cpuSeconds, 0) / elapsed) * 100) / 100,
      peakRssDuringPlayMb: mb(peakRss),
    };
  } finally {
    await Promise.all(workers.map((w) => w.ask({ type: 'leave' }, 15_000).catch(() => undefined)));
    await Promise.all(workers.map((w) => w.kill()));
    // SIGTERM lets a profiled server write its profile.
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });

const { values } = parseArgs({
  options: {
    levels: { type: 'string', default: '100,300,1000,2000' },
    seconds: { type: 'string', default: '30' },
    scenario: { type: 'string', default: 'hospital-monitors' },
    processes: { type: 'string', default: '1' },
    sessions: { type: 'string' },
    workers: { type: 'string', default: '2' },
    'pace-ms': { type: 'string', default: '8000' },
    'join-window-ms': { type: 'string', default: '0' },
    profile: { type: 'string' },
    'server-root': { type: 'string' },
    'direct-join': { type: 'boolean', default: false },
    'skip-state': { type: 'boolean', default: false },
  },
});
const bound = (v: string | undefined, lo: number, hi: number, fallback: number) =>
  Math.min(hi, Math.max(lo, Number.isFinite(Number(v)) && v !== undefined ? Number(v) : fallback));
const processes = bound(values.processes, 1, 8, 1);
const options: Options = {
  scenario: values.scenario,
  seconds: bound(values.seconds, 5, 600, 30),
  processes,
  sessions: bound(values.sessions, 1, 64, processes),
  workers: bound(values.workers, 1, 8, 2),
  paceMs: bound(values['pace-ms'], 200, 60_000, 8000),
  joinWindowMs: bound(values['join-window-ms'], 0, 120_000, 0),
  profile: values.profile,
  root: values['server-root'],
  directJoin: values['direct-join'],
  skipState: values['skip-state'],
};
for (const n of values.levels.split(',').map(Number)) {
  if (!Number.isInteger(n) || n < 1 || n > 5000) continue;
  // A level that hangs is cut off rather than holding the run forever.
  const watchdog = setTimeout(
    () => {
      console.error(`level ${n} did not finish in time`);
      killAll();
      process.exit(1);
    },
    (options.seconds + 600) * 1000,
  );
  try {
    console.log(JSON.stringify(await level(n, options)));
  } catch (error) {
    console.log(
      JSON.stringify({ students: n, failed: error instanceof Error ? error.message : String(error) }),
    );
  } finally {
    clearTimeout(watchdog);
  }
}
process.exit(0);
