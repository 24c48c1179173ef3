// Nothing a student did is lost: a dropped connection comes back to the same seat, a "new device" rejoins with
// the token, and a server killed with SIGKILL resumes every table from its log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefsFromLog } from '../../shared/rules/debrief.ts';
import type { LogEntry } from '../../shared/rules/types.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { scriptedRound } from '../fixtures/playthrough.ts';
import {
  api,
  byRole,
  createSession,
  holderOf,
  tempDir,
  Player,
  type Running,
  sleep,
  startInProcess,
  startProcess,
} from './harness.ts';

const scenario = miniScenario();

async function seatTable(ws: string, created: { roomId: string; code: string; hostSecret: string }) {
  const students: Player[] = [];
  for (let i = 0; i < 9; i++)
    students.push(await Player.join(ws, created.roomId, { code: created.code, name: `S${i}` }));
  const host = await Player.join(ws, created.roomId, { code: created.code, hostSecret: created.hostSecret });
  host.send('deal', {});
  for (const s of students) await s.until(() => s.seat !== null, 'a seat');
  const bySeat = new Map<string, Player>();
  for (const s of students) if (!bySeat.has(s.seat!)) bySeat.set(s.seat!, s);
  // Every student of each seat: a seller team's parts go to the player whose roles own them.
  const teams = new Map<string, Player[]>();
  for (const s of students) teams.set(s.seat!, [...(teams.get(s.seat!) ?? []), s]);
  return { students, host, bySeat, teams };
}

/** Plays a log through the sockets in its order: each message waits for the server's answer to the one before. */
async function play(host: Player, bySeat: Map<string, Player | Player[]>, log: LogEntry[]) {
  let n = 0;
  for (const entry of log) {
    if (entry.actor.kind === 'instructor') {
      if (entry.action.type === 'seat-player') continue;
      const id = `h${++n}`;
      host.send('host', { id, table: 'T1', action: entry.action });
      await host.answer(id);
    } else if (entry.actor.kind === 'seat') {
      const seat = bySeat.get(entry.actor.seat)!;
      const team = Array.isArray(seat) ? seat : [seat];
      for (const action of team.length > 1 ? byRole(entry.action) : [entry.action]) {
        const p = holderOf(team, entry.actor.seat, action.type) ?? team[0]!;
        await p.answer(p.intent(action));
      }
    }
    // Within the message allowance of a client (10 a second).
    await sleep(15);
  }
}

describe('reconnection', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startInProcess();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('a client that drops mid-stage comes back to its seat with its private view intact', async () => {
    const created = await createSession(server.url);
    const { host, bySeat, teams } = await seatTable(server.ws, created);
    const script = scriptedRound(scenario);
    await play(host, teams, script.slice(0, 20));
    const member = bySeat.get('production')!;
    expect(member.view.brief.member.role).toBe('production');
    const before = JSON.stringify(member.view);
    // The SDK only reconnects a room that has been up for a while (minUptime): let it.
    member.room.reconnection.minUptime = 0;
    let reconnected = false;
    member.room.onReconnect(() => (reconnected = true));
    member.view = null;
    // 4010 is "may try to reconnect": the same path as a connection lost on a lecture-hall network.
    member.room.connection.close(4010, 'network lost');
    await member.until(() => reconnected, 'the reconnection', 15_000);
    await member.until(() => member.view !== null, 'a fresh view');
    expect(JSON.stringify(member.view)).toBe(before);
    expect(member.view.brief.member.priorities).toBeDefined();
    // And it can keep playing from where it was.
    member.intent({ type: 'chat', channel: 'obc', text: 'back again' });
    await member.until(
      () => member.view.messages.some((m: { text: string }) => m.text === 'back again'),
      'its message',
    );
  });

  it('a new device rejoins the same seat with the token', async () => {
    const created = await createSession(server.url);
    const { bySeat } = await seatTable(server.ws, created);
    const seller = bySeat.get('seller-B')!;
    const token = seller.welcome.token as string;
    expect(token.length).toBeGreaterThan(20);
    await seller.leave();
    const again = await Player.join(server.ws, created.roomId, { code: created.code, token });
    await again.until(() => again.view !== null, 'the view');
    expect(again.seat).toBe('seller-B');
    expect(again.view.brief.seller.offering.unitCost).toBeDefined();
    expect(again.welcome.token).toBeUndefined();
    await expect(
      Player.join(server.ws, created.roomId, { code: created.code, token: 'x'.repeat(32) }),
    ).rejects.toThrow();
  });

  it('the instructor re-admits a student who lost the token: a new token works, the old one stops', async () => {
    const created = await createSession(server.url);
    const { bySeat } = await seatTable(server.ws, created);
    const member = bySeat.get('marketing')!;
    const old = member.welcome.token as string;
    const readmit = await api(
      server.url,
      'POST',
      `/api/sessions/${created.sessionId}/players/${member.welcome.playerId}/readmit`,
      {},
      created.hostSecret,
    );
    expect(readmit.status).toBe(200);
    const fresh = await Player.join(server.ws, created.roomId, {
      code: created.code,
      token: readmit.json.token,
    });
    await fresh.until(() => fresh.view !== null, 'the view');
    expect(fresh.seat).toBe('marketing');
    await expect(
      Player.join(server.ws, created.roomId, { code: created.code, token: old }),
    ).rejects.toThrow();
  });
});

describe('a server killed mid-round', () => {
  it('resumes every table with identical state, and the round ends with the same debrief', async () => {
    const dataDir = tempDir();
    let proc = await startProcess(dataDir);
    const created = await createSession(proc.url);
    const { host, bySeat, students, teams } = await seatTable(proc.ws, created);
    const script = scriptedRound(scenario);
    const cut = script.findIndex((e) => e.action.type === 'submit-proposal') + 1;
    await play(host, teams, script.slice(0, cut));
    const before = await api(
      proc.url,
      'GET',
      `/api/sessions/${created.sessionId}/export.json`,
      undefined,
      created.hostSecret,
    );
    expect(before.status).toBe(200);
    // Who is connected (the room's presence) differs while the class comes back one by one: not compared.
    const beforeView = JSON.stringify({ ...bySeat.get('seller-A')!.view, presence: null });

    proc.child.kill('SIGKILL');
    await new Promise((resolve) => proc.child.once('exit', resolve));
    for (const s of [...students, host]) s.room.reconnection.enabled = false;
    proc = await startProcess(dataDir, Number(new URL(proc.url).port));
    try {
      const after = await api(
        proc.url,
        'GET',
        `/api/sessions/${created.sessionId}/export.json`,
        undefined,
        created.hostSecret,
      );
      expect(after.json.tables).toEqual(before.json.tables);
      const found = await api(proc.url, 'GET', `/api/join/${created.code}`);
      expect(found.json.roomId).toBeTruthy();
      // Every client comes back with its token (the host with its secret) and finds its seat as it was.
      // (Every student of a seller team: each of its parts is its owner's.)
      const back = new Map<string, Player[]>();
      for (const [seat, team] of teams)
        for (const p of team) {
          const again = await Player.join(proc.ws, found.json.roomId, {
            code: created.code,
            token: p.welcome.token,
          });
          await again.until(() => again.view !== null, 'the view');
          expect(again.seat).toBe(seat);
          back.set(seat, [...(back.get(seat) ?? []), again]);
        }
      expect(JSON.stringify({ ...back.get('seller-A')![0]!.view, presence: null })).toBe(beforeView);
      const host2 = await Player.join(proc.ws, found.json.roomId, {
        code: created.code,
        hostSecret: created.hostSecret,
      });
      await play(host2, back, script.slice(cut));
      const done = await api(
        proc.url,
        'GET',
        `/api/sessions/${created.sessionId}/export.json`,
        undefined,
        created.hostSecret,
      );
      const table = done.json.tables[0];
      expect(table.debriefs).toHaveLength(1);
      expect(table.debriefs[0].decision.winner).toBe('A');
      // The stored debrief is what the log gives when replayed.
      expect(table.debriefs).toEqual(
        JSON.parse(JSON.stringify(debriefsFromLog(scenario, table.config, table.log as LogEntry[]))),
      );
      // An uninterrupted server playing the same round gives the same debrief, clock times and player ids aside.
      const other = await startProcess(tempDir());
      try {
        const c2 = await createSession(other.url, { seed: table.config.seed });
        const t2 = await seatTable(other.ws, c2);
        await play(t2.host, t2.teams, script);
        const e2 = await api(
          other.url,
          'GET',
          `/api/sessions/${c2.sessionId}/export.json`,
          undefined,
          c2.hostSecret,
        );
        // Clock times and player ids (the debrief's "who did which job") are the session's own.
        const strip = (d: unknown) =>
          JSON.parse(JSON.stringify(d, (k, v: unknown) => (k === 'at' || k === 'player' ? undefined : v)));
        expect(strip(table.debriefs)).toEqual(strip(e2.json.tables[0].debriefs));
      } finally {
        other.child.kill('SIGKILL');
      }
    } finally {
      proc.child.kill('SIGKILL');
    }
  }, 60_000);
});
