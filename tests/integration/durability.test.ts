// The store survives damage loudly. A class plays on a real server, which is then killed with SIGKILL: its
// data directory (database, WAL, ledger) is what a crash leaves. Copies of it are damaged the ways disks and
// people damage files — the WAL's tail cut, a byte flipped in it, the WAL or the database deleted, a row gone
// from the middle of a log, the ledger lost, the database file scribbled on — and each copy must give a
// refusal (or, when nothing is lost, a warning) that names what was lost, by session and table. A backup taken
// while the class plays restores to the very log it copied.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { startServer, tempDir, type ServerProcess } from '../../scripts/lib/processes.ts';
import { checkStore, DB_FILE } from '../../server/store/integrity.ts';
import { LEDGER_FILE } from '../../server/store/ledger.ts';
import { readWal } from '../../server/store/wal.ts';
import { Player, api, createSession, type Created } from './harness.ts';
import { PlayingStudent, playFor } from './students.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scenario = miniScenario();
const WAL = `${DB_FILE}-wal`;
const BOTS_OFF = { BOT_DELAY_MS: '600000' };

let crashed: string;
let created: Created;

beforeAll(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** A class of `n` seated and playing on `server`. */
async function playingClass(server: ServerProcess, session: Created, n: number) {
  const players = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      Player.join(server.ws, session.roomId, { code: session.code, name: `S${i}` }),
    ),
  );
  const base = `/api/sessions/${session.sessionId}`;
  expect((await api(server.url, 'POST', `${base}/deal`, {}, session.hostSecret)).status).toBe(200);
  await Promise.all(players.map((p) => p.until(() => p.seat !== null, 'a seat', 15_000)));
  const start = { action: { type: 'start' } };
  expect(
    (await api(server.url, 'POST', `${base}/tables/all/actions`, start, session.hostSecret)).status,
  ).toBe(200);
  await Promise.all(players.map((p) => p.until(() => p.view?.phase === 'playing', 'playing', 15_000)));
  return players;
}

/** A copy of the crashed data directory to damage. */
function copyOfCrash(): string {
  const dir = tempDir('bc-damage-');
  for (const f of readdirSync(crashed)) if (!f.endsWith('.pid')) copyFileSync(join(crashed, f), join(dir, f));
  return dir;
}

/** Runs a script of the project (`node scripts/...`) to its end. */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
  });
}

/** Starts the server on `dataDir` as `npm start` does; answers how it ended, or that it listens. */
async function startOn(dataDir: string): Promise<{ code: number | 'listening'; output: string }> {
  try {
    const server = await startServer({ dataDir, env: BOTS_OFF });
    const output = server.output();
    await server.stop('SIGKILL');
    return { code: 'listening', output };
  } catch (error) {
    return { code: 1, output: (error as Error).message };
  }
}

/** Every table's log in a database file, as stored. */
function logsIn(file: string): Map<string, string[]> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const out = new Map<string, string[]>();
    for (const r of db
      .prepare('SELECT session_id, table_id, entry_json FROM actions ORDER BY session_id, table_id, seq')
      .all()) {
      const key = `${String(r.session_id)}/${String(r.table_id)}`;
      out.set(key, [...(out.get(key) ?? []), String(r.entry_json)]);
    }
    return out;
  } finally {
    db.close();
  }
}

/** The WAL's frames, so that a cut lands on a frame boundary (what SQLite cannot tell from a shorter log). */
function frameSize(dir: string) {
  return 24 + readWal(join(dir, WAL))!.pageSize;
}

describe('a crashed store, damaged', () => {
  beforeAll(async () => {
    crashed = tempDir('bc-crash-');
    const server = await startServer({ dataDir: crashed, env: BOTS_OFF });
    try {
      created = await createSession(server.url, { bots: false });
      const players = await playingClass(server, created, 18);
      const students = players.map((p) => new PlayingStudent(p));
      await playFor(students, scenario, 2500, 400);
      for (const p of players) p.room.reconnection.enabled = false;
    } finally {
      await server.stop('SIGKILL');
    }
    // What the crash left: the log's recent part is still in the WAL, and the ledger agrees with it all.
    expect(readWal(join(crashed, WAL))!.commits).toBeGreaterThan(20);
    expect(checkStore(crashed).problems).toEqual([]);
  }, 90_000);

  it('as it is: checks out and the server restarts on it', async () => {
    const dir = copyOfCrash();
    expect(checkStore(dir)).toMatchObject({ problems: [], warnings: [] });
    expect((await startOn(dir)).code).toBe('listening');
  }, 30_000);

  it('the WAL’s tail cut on a frame boundary: refused, naming the session and the actions lost', async () => {
    const dir = copyOfCrash();
    const wal = join(dir, WAL);
    const frames = Math.floor((statSync(wal).size - 32) / frameSize(dir));
    // A shorter WAL is a valid WAL: only the ledger can tell that transactions are gone.
    truncateSync(wal, 32 + Math.floor(frames / 2) * frameSize(dir));
    const report = checkStore(dir);
    expect(report.problems.length).toBeGreaterThan(0);
    const text = report.problems.join('\n');
    expect(text).toContain(`session ${created.code} (${created.sessionId})`);
    expect(text).toMatch(
      /table T\d: the log ends at seq \d+, the ledger recorded up to \d+: \d+ acknowledged actions? lost/,
    );
    const started = await startOn(dir);
    expect(started.code).toBe(1);
    expect(started.output).toContain('is damaged, so the server does not start');
    expect(started.output).toContain(created.code);
    // Refusing changed nothing: the WAL is still there, as cut, for whoever salvages it.
    expect(statSync(wal).size).toBe(32 + Math.floor(frames / 2) * frameSize(dir));
  }, 30_000);

  it('the WAL cut inside a frame: refused, the cut named', () => {
    const dir = copyOfCrash();
    const wal = join(dir, WAL);
    truncateSync(wal, statSync(wal).size - Math.floor(frameSize(dir) * 5.5));
    const report = checkStore(dir);
    expect(report.warnings.join('\n')).toMatch(/do not make a whole frame/);
    expect(report.problems.join('\n')).toMatch(
      /acknowledged actions? lost|session events? lost|players? who joined/,
    );
  });

  it('a byte flipped early in the WAL: refused, naming the damage and every transaction SQLite would drop', async () => {
    const dir = copyOfCrash();
    const wal = join(dir, WAL);
    const at = 32 + 3 * frameSize(dir) + 24 + 100;
    const bytes = readFileSync(wal);
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(wal, bytes);
    const report = checkStore(dir);
    const text = report.problems.join('\n');
    expect(text).toMatch(
      /write-ahead log \S+ is damaged at byte \d+: SQLite would keep its first \d+ transactions? and drop \d+ committed/,
    );
    expect(text).toContain(created.code);
    const started = await startOn(dir);
    expect(started.code).toBe(1);
    expect(started.output).toMatch(/damaged at byte/);
  }, 30_000);

  it('the WAL deleted: refused, the session’s lost actions named', () => {
    const dir = copyOfCrash();
    rmSync(join(dir, WAL));
    rmSync(join(dir, `${DB_FILE}-shm`), { force: true });
    const text = checkStore(dir).problems.join('\n');
    expect(text).toContain(`session ${created.code} (${created.sessionId})`);
  });

  it('the database deleted: refused, every session the ledger knows named', async () => {
    const dir = copyOfCrash();
    rmSync(join(dir, DB_FILE));
    const text = checkStore(dir).problems.join('\n');
    expect(text).toContain(`the database file ${DB_FILE} is missing`);
    expect(text).toContain(`session ${created.code} (${created.sessionId}) is recorded in the ledger`);
    expect((await startOn(dir)).code).toBe(1);
  }, 30_000);

  it('the ledger deleted: a warning, the server starts, and a new ledger catches the next loss', async () => {
    const dir = copyOfCrash();
    rmSync(join(dir, LEDGER_FILE));
    const report = checkStore(dir);
    expect(report.problems).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/no ledger/);
    const started = await startOn(dir);
    expect(started.code).toBe('listening');
    expect(started.output).toMatch(/Store: there is no ledger/);
    expect(existsSync(join(dir, LEDGER_FILE))).toBe(true);
    // The new ledger was written from the database: a row lost from now on is named.
    const db = new DatabaseSync(join(dir, DB_FILE));
    db.prepare(
      "DELETE FROM actions WHERE seq = (SELECT MAX(seq) FROM actions WHERE table_id = 'T1') AND table_id = 'T1'",
    ).run();
    db.close();
    expect(checkStore(dir).problems.join('\n')).toMatch(
      /table T1: the log ends at seq \d+, the ledger recorded up to \d+: 1 acknowledged action lost/,
    );
  }, 30_000);

  it('a row gone from the middle of a log: refused, naming the table and the gap; accept cuts the log there', async () => {
    const dir = copyOfCrash();
    const db = new DatabaseSync(join(dir, DB_FILE));
    db.prepare("DELETE FROM actions WHERE table_id = 'T2' AND seq = 3").run();
    db.close();
    const text = checkStore(dir).problems.join('\n');
    expect(text).toMatch(
      new RegExp(
        `session ${created.code} .*, table T2: its log holds \\d+ actions numbered 0\\.\\.\\d+: 1 action missing, the first at seq 3`,
      ),
    );
    const accepted = await run(['scripts/store.ts', 'accept', '--data-dir', dir]);
    expect(accepted.code).toBe(0);
    expect(accepted.output).toMatch(/loss accepted/);
    expect(readFileSync(join(dir, 'losses.log'), 'utf8')).toContain('table T2');
    expect(readdirSync(dir).some((f) => f.startsWith('damaged-'))).toBe(true);
    expect(checkStore(dir).problems).toEqual([]);
    expect(logsIn(join(dir, DB_FILE)).get(`${created.sessionId}/T2`)?.length).toBe(3);
    expect((await startOn(dir)).code).toBe('listening');
  }, 60_000);

  it('after a WAL loss, accept starts over with what is left and keeps the damaged files', async () => {
    const dir = copyOfCrash();
    const wal = join(dir, WAL);
    const cut = 32 + 5 * frameSize(dir);
    truncateSync(wal, cut);
    const check = await run(['scripts/store.ts', 'check', '--data-dir', dir]);
    expect(check.code).toBe(1);
    expect(check.output).toContain(created.code);
    const accepted = await run(['scripts/store.ts', 'accept', '--data-dir', dir]);
    expect(accepted.code).toBe(0);
    const kept = readdirSync(dir).find((f) => f.startsWith('damaged-'))!;
    expect(statSync(join(dir, kept, WAL)).size).toBe(cut);
    expect((await run(['scripts/store.ts', 'check', '--data-dir', dir])).code).toBe(0);
  }, 60_000);

  it('the database file scribbled on: refused, its integrity check failing', () => {
    const dir = copyOfCrash();
    // Fold the WAL in, then overwrite a run of pages in the middle of the file.
    const db = new DatabaseSync(join(dir, DB_FILE));
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.close();
    const size = statSync(join(dir, DB_FILE)).size;
    const fd = openSync(join(dir, DB_FILE), 'r+');
    writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, Math.floor(size / 4096 / 2) * 4096);
    closeSync(fd);
    const text = checkStore(dir).problems.join('\n');
    expect(text).toMatch(/integrity check|cannot be read|malformed|not a database/);
  });
});

describe('backup and restore', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('a backup taken while a class plays is a consistent copy, and restores to the identical log', async () => {
    const live = tempDir('bc-live-');
    server = await startServer({ dataDir: live, env: BOTS_OFF });
    const session = await createSession(server.url, { bots: false });
    const players = await playingClass(server, session, 18);
    const students = players.map((p) => new PlayingStudent(p));
    const file = join(tempDir('bc-backup-'), 'class.sqlite');
    // The backup runs in its own process while the students keep playing.
    const [moves, backup] = await Promise.all([
      playFor(students, scenario, 3000, 400),
      (async () => {
        await new Promise((r) => setTimeout(r, 1000));
        return run(['scripts/store.ts', 'backup', file, '--data-dir', live]);
      })(),
    ]);
    expect(backup.code).toBe(0);
    expect(backup.output).toMatch(/Backed up .* integrity ok/);
    expect(moves).toBeGreaterThan(30);
    await new Promise((r) => setTimeout(r, 300));

    // Every table's log in the backup is the live log up to some point (the moment of the snapshot).
    const copied = logsIn(file);
    const now = logsIn(join(live, DB_FILE));
    expect(copied.size).toBe(now.size);
    for (const [table, log] of copied) {
      expect(log.length).toBeGreaterThan(0);
      expect(now.get(table)!.slice(0, log.length)).toEqual(log);
    }
    expect([...copied.values()].flat().length).toBeLessThan([...now.values()].flat().length);

    // Restoring refuses a data directory a server runs on, and one holding a store, unless told to replace.
    const busy = await run(['scripts/store.ts', 'restore', file, '--replace', '--data-dir', live]);
    expect([busy.code, busy.output]).toEqual([1, expect.stringMatching(/stop it before restoring/)]);
    const target = tempDir('bc-restored-');
    const restored = await run(['scripts/store.ts', 'restore', file, '--data-dir', target]);
    expect(restored.code).toBe(0);
    expect(logsIn(join(target, DB_FILE))).toEqual(copied);
    expect(checkStore(target)).toMatchObject({ problems: [], warnings: [] });
    const again = await run(['scripts/store.ts', 'restore', file, '--data-dir', target]);
    expect([again.code, again.output]).toEqual([1, expect.stringMatching(/holds a store already/)]);

    // The restored store serves the session: its tables, its log, the students' tokens.
    const second = await startServer({ dataDir: target, env: BOTS_OFF });
    try {
      const snapshot = await api(
        second.url,
        'GET',
        `/api/sessions/${session.sessionId}`,
        undefined,
        session.hostSecret,
      );
      expect(snapshot.status).toBe(200);
      expect(snapshot.json.tables.length).toBe(new Set([...copied.keys()]).size);
      const back = await Player.join(second.ws, session.roomId, {
        code: session.code,
        token: players[0]!.welcome.token,
      });
      await back.until(() => back.seat === players[0]!.seat, 'the same seat', 10_000);
      await back.leave();
    } finally {
      await second.stop('SIGKILL');
    }

    // Once the class stops, a backup of the idle server holds exactly the live log.
    await Promise.all(players.map((p) => p.leave()));
    const idle = join(tempDir('bc-backup-'), 'idle.sqlite');
    expect((await run(['scripts/store.ts', 'backup', idle, '--data-dir', live])).code).toBe(0);
    expect(logsIn(idle)).toEqual(logsIn(join(live, DB_FILE)));
    // A backup never overwrites a file.
    const twice = await run(['scripts/store.ts', 'backup', idle, '--data-dir', live]);
    expect([twice.code, twice.output]).toEqual([1, expect.stringMatching(/exists already/)]);
  }, 120_000);
});
