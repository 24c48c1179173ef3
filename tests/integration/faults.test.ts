// Faults under load: the server killed with SIGKILL mid-round while a class plays, and restarted (every table
// resumes, no acknowledged action is lost); a third of the class losing its connection at once (every one
// comes back to its seat and plays on).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { startServer, tempDir, type ServerProcess } from '../../scripts/lib/processes.ts';
import { Player, api, createSession, sleep, startInProcess, type Created, type Running } from './harness.ts';
import { PlayingStudent, missingFromLog, playFor } from './students.ts';

const scenario = miniScenario();
const TABLES = 5;
const SEATS = 9;
/** A student moves about every 400 ms: with the probe, 5 messages a second, inside the rate limit. */
const PACE_MS = 400;

// The SDK reports its reconnections on the console; the assertions below say what happened.
beforeAll(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

async function seatedClass(url: string, ws: string, created: Created, n: number) {
  const players = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      Player.join(ws, created.roomId, { code: created.code, name: `S${i}` }),
    ),
  );
  const dealt = await api(url, 'POST', `/api/sessions/${created.sessionId}/deal`, {}, created.hostSecret);
  expect(dealt.status).toBe(200);
  await Promise.all(players.map((p) => p.until(() => p.seat !== null, 'a seat', 15_000)));
  const started = await api(
    url,
    'POST',
    `/api/sessions/${created.sessionId}/tables/all/actions`,
    { action: { type: 'start' } },
    created.hostSecret,
  );
  expect(started.status).toBe(200);
  await Promise.all(players.map((p) => p.until(() => p.view?.phase === 'playing', 'playing', 15_000)));
  return players;
}

async function logs(url: string, created: Created) {
  const r = await api(
    url,
    'GET',
    `/api/sessions/${created.sessionId}/export.json`,
    undefined,
    created.hostSecret,
  );
  expect(r.status).toBe(200);
  return new Map<string, { actor: { kind: string; seat?: string }; action: unknown }[]>(
    r.json.tables.map((t: { id: string; log: never[] }) => [t.id, t.log]),
  );
}

describe('a server killed with SIGKILL while a class plays', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('restarts with every table resumed and every acknowledged action kept', async () => {
    const dataDir = tempDir();
    // Bots stay out of it: every logged move below is a student's.
    server = await startServer({ dataDir, env: { BOT_DELAY_MS: '600000' } });
    const created = await createSession(server.url, { bots: false });
    const players = await seatedClass(server.url, server.ws, created, TABLES * SEATS);
    const students = players.map((p) => new PlayingStudent(p));
    const moves = await playFor(students, scenario, 3000, PACE_MS);
    // Killed with moves in flight.
    for (const p of players) p.room.reconnection.enabled = false;
    const port = server.port;
    await server.stop('SIGKILL');
    const acknowledged = students.flatMap((s) => s.acknowledged);
    expect(moves).toBeGreaterThan(100);
    expect(acknowledged.length).toBeGreaterThan(50);

    server = await startServer({ dataDir, port, env: { BOT_DELAY_MS: '600000' } });
    // Nothing the server acknowledged is missing from the log it restarted from.
    expect(missingFromLog(acknowledged, await logs(server.url, created))).toEqual([]);

    // Every student rejoins with the token, to the same seat, and every table plays on.
    const found = await api(server.url, 'GET', `/api/join/${created.code}`);
    expect(found.json.roomId).toBe(created.roomId);
    const again = await Promise.all(
      players.map(async (p) => {
        const q = await Player.join(server!.ws, created.roomId, {
          code: created.code,
          token: p.welcome.token,
        });
        await q.until(() => q.view !== null, 'the view', 10_000);
        expect(q.seat).toBe(p.seat);
        expect(q.table).toBe(p.table);
        return q;
      }),
    );
    const resumed = again.map((p) => new PlayingStudent(p));
    await playFor(resumed, scenario, 2000, PACE_MS);
    await sleep(300);
    const after = await logs(server.url, created);
    const movedAt = new Set(resumed.flatMap((s) => s.acknowledged.map((a) => a.table)));
    expect(movedAt.size).toBe(TABLES);
    expect(missingFromLog([...acknowledged, ...resumed.flatMap((s) => s.acknowledged)], after)).toEqual([]);
    await Promise.all(again.map((p) => p.leave()));
  }, 60_000);
});

describe('a third of the class drops at once', () => {
  let running: Running | undefined;
  afterAll(async () => {
    await running?.stop();
  });

  it('every dropped student gets back to the same seat and plays on', async () => {
    running = await startInProcess();
    const created = await createSession(running.url, { bots: false });
    const players = await seatedClass(running.url, running.ws, created, TABLES * SEATS);
    const students = players.map((p) => new PlayingStudent(p));
    await playFor(students, scenario, 1500, PACE_MS);
    await Promise.all(students.map((s) => s.player.until(() => s.idle, 'the last reply')));

    const dropped = players.filter((_, i) => i % 3 === 0);
    const before = new Map(dropped.map((p) => [p, { seat: p.seat, table: p.table }]));
    const back = new Set<Player>();
    for (const p of dropped) {
      // The SDK waits for a room to have been up 5 s before it reconnects by itself; these joined just now.
      p.room.reconnection.minUptime = 0;
      p.room.onReconnect(() => back.add(p));
      p.view = null;
    }
    // 4010 ("may try to reconnect"): what a lost lecture-hall Wi-Fi looks like to the SDK.
    for (const p of dropped) p.room.connection.close(4010, 'network lost');
    const start = Date.now();
    while (back.size < dropped.length && Date.now() - start < 20_000) await sleep(50);
    expect(back.size).toBe(dropped.length);
    await Promise.all(dropped.map((p) => p.until(() => p.view !== null, 'a fresh view', 10_000)));
    for (const p of dropped) expect({ seat: p.seat, table: p.table }).toEqual(before.get(p));

    // The room counts them connected again, and they play on with everyone else.
    const host = await Player.join(running.ws, created.roomId, {
      code: created.code,
      hostSecret: created.hostSecret,
    });
    await host.until(
      () => {
        const synced = host.room.state?.players;
        return (
          synced?.size === players.length &&
          [...synced.values()].every((p: { connected: boolean }) => p.connected)
        );
      },
      'everyone connected',
      10_000,
    );
    const ackedBefore = new Map(students.map((s) => [s, s.acknowledged.length]));
    // Play on until most of the dropped students have moved again (a loaded machine paces everyone slower).
    const droppedStudents = students.filter((s) => dropped.includes(s.player));
    const movedAgain = () => droppedStudents.filter((s) => s.acknowledged.length > ackedBefore.get(s)!);
    for (let i = 0; i < 10 && movedAgain().length <= droppedStudents.length / 2; i++)
      await playFor(students, scenario, 1500, PACE_MS);
    expect(movedAgain().length).toBeGreaterThan(droppedStudents.length / 2);
    await Promise.all([...players, host].map((p) => p.leave()));
  }, 60_000);
});
