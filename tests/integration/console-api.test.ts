// The routes the instructor's console uses beyond the basics: seating by hand over HTTP (move, a bot in an
// empty seat, remove), per-session stage lengths reaching the tables, the class debrief (every table's
// debriefs from the stored log and their summary), and the class results the projector receives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefsFromLog } from '../../shared/rules/debrief.ts';
import { classSummary, publicResults } from '../../shared/session/class-results.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { Player, api, createSession, sleep, startInProcess, type Running } from './harness.ts';

let server: Running;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

describe('the console’s routes', () => {
  it('seats by hand over HTTP: move, bot, remove; bad bodies change nothing', async () => {
    const created = await createSession(server.url, { sellerTeamSize: 1, bots: false });
    const base = `/api/sessions/${created.sessionId}`;
    const key = created.hostSecret;
    const ann = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Ann' });
    const bob = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Bob' });
    await ann.until(() => ann.welcome !== null);
    await bob.until(() => bob.welcome !== null);
    expect((await api(server.url, 'POST', `${base}/deal`, { bots: false }, key)).status).toBe(200);
    await bob.until(() => bob.seat === 'seller-B', 'Bob at seller B');

    const moved = await api(
      server.url,
      'POST',
      `${base}/players/${bob.welcome.playerId}/move`,
      { table: 'T1', seat: 'marketing' },
      key,
    );
    expect(moved.status).toBe(200);
    await bob.until(() => bob.seat === 'marketing', 'Bob in marketing');

    const session = server.app.registry.get(created.sessionId)!;
    const table = session.tables.get('T1')!;
    const before = structuredClone(table.state);
    // A bot may not take a student's seat; a bad body or an unknown seat is refused; nothing changes.
    expect(
      (await api(server.url, 'POST', `${base}/tables/T1/seats/marketing/bot`, { bot: true }, key)).status,
    ).toBe(422);
    expect(
      (await api(server.url, 'POST', `${base}/tables/T1/seats/marketing/bot`, { bot: 'yes' }, key)).status,
    ).toBe(422);
    // A seat that is no seat's name is a malformed request; a well-formed one the table lacks is not found.
    expect(
      (await api(server.url, 'POST', `${base}/tables/T1/seats/nowhere/bot`, { bot: true }, key)).status,
    ).toBe(422);
    expect(
      (await api(server.url, 'POST', `${base}/tables/T1/seats/seller-Z/bot`, { bot: true }, key)).status,
    ).toBe(404);
    expect(
      (
        await api(
          server.url,
          'POST',
          `${base}/players/${bob.welcome.playerId}/move`,
          { table: 'T9', seat: 'engineering' },
          key,
        )
      ).status,
    ).toBe(404);
    expect(table.state).toEqual(before);

    expect(
      (await api(server.url, 'POST', `${base}/tables/T1/seats/seller-B/bot`, { bot: true }, key)).status,
    ).toBe(200);
    expect(table.state.seats['seller-B']?.bot).toBe(true);

    expect(
      (await api(server.url, 'DELETE', `${base}/players/${ann.welcome.playerId}`, undefined, key)).status,
    ).toBe(200);
    const after = await api(server.url, 'GET', base, undefined, key);
    expect(after.json.players.map((p: any) => p.name)).toEqual(['Bob']);
    expect(after.json.tables[0].seats.find((s: any) => s.id === 'seller-A').players).toEqual([]);
    await bob.leave();
  });

  it('gives each table the session’s stage lengths, and the class debrief and results from the logs', async () => {
    const scenario = miniScenario();
    const created = await createSession(server.url, {
      sellerTeamSize: 1,
      autoAdvance: false,
      stageMinutes: { 'need-recognition': 2, 'post-purchase': 1.5 },
    });
    const base = `/api/sessions/${created.sessionId}`;
    const key = created.hostSecret;
    const projector = await Player.join(server.ws, created.roomId, { code: created.code, spectator: true });
    const students = await Promise.all(
      ['Ann', 'Bob', 'Cid'].map((name) =>
        Player.join(server.ws, created.roomId, { code: created.code, name }),
      ),
    );
    await api(server.url, 'POST', `${base}/deal`, {}, key);
    for (const s of students) await s.until(() => s.seat !== null, 'a seat');
    const start = Date.now();
    expect(
      (await api(server.url, 'POST', `${base}/tables/all/actions`, { action: { type: 'start' } }, key))
        .status,
    ).toBe(200);
    const session = server.app.registry.get(created.sessionId)!;
    const table = session.tables.get('T1')!;
    expect(table.config.stageMinutes).toEqual({ 'need-recognition': 2, 'post-purchase': 1.5 });
    const deadline = table.state.deadline!;
    expect(deadline - start).toBeGreaterThanOrEqual(2 * 60_000 - 1000);
    expect(deadline - start).toBeLessThanOrEqual(2 * 60_000 + 1000);

    // The market moves at every table: the news reaches every seat, who it moved only that member.
    const role = scenario.buyingFirm.obc.members[0]!.role;
    const dimension = scenario.dimensions[0]!.id;
    const moved = await api(
      server.url,
      'POST',
      `${base}/tables/all/actions`,
      { action: { type: 'market-event', role, dimension, points: 20 } },
      key,
    );
    expect(moved.status).toBe(200);
    expect(table.state.market.shifts.map((x) => [x.role, x.dimension])).toEqual([[role, dimension]]);
    for (const s of students) {
      await s.until(() => (s.view?.market?.news?.length ?? 0) === 1, 'the market news');
      expect(s.view.market.shifts).toHaveLength(s.seat === role ? 1 : 0);
    }
    const refused = await api(
      server.url,
      'POST',
      `${base}/tables/all/actions`,
      { action: { type: 'market-event', role, dimension: '__proto__', points: 20 } },
      key,
    );
    expect(refused.status).toBe(400);
    expect(table.state.market.shifts).toHaveLength(1);

    // Nothing finished yet: an empty summary.
    const early = await api(server.url, 'GET', `${base}/debrief`, undefined, key);
    expect(early.status).toBe(200);
    expect(early.json.rounds).toEqual([]);
    expect(early.json.summary.unfinished).toEqual(['T1']);

    expect(
      (await api(server.url, 'POST', `${base}/tables/T1/actions`, { action: { type: 'end-round' } }, key))
        .status,
    ).toBe(200);
    expect(table.state.phase).toBe('round-over');
    const debrief = await api(server.url, 'GET', `${base}/debrief`, undefined, key);
    const log = server.app.store.actions(created.sessionId, 'T1');
    const truth = debriefsFromLog(scenario, table.config, log);
    expect(debrief.json.rounds).toEqual([1]);
    expect(debrief.json.tables[0].debriefs).toEqual(truth);
    expect(debrief.json.summary).toEqual(classSummary([{ table: 'T1', debriefs: truth }], 1));
    expect(debrief.json.tables[0].seats.flatMap((s: any) => s.names).sort()).toEqual(['Ann', 'Bob', 'Cid']);
    expect((await api(server.url, 'GET', `${base}/debrief?round=7`, undefined, key)).status).toBe(400);

    // The projector hears the class results: public parts only.
    await projector.until(() => projector.received.some((r) => r.type === 'results'), 'the results');
    const results = projector.received.filter((r) => r.type === 'results').at(-1)!.message;
    expect(results).toEqual(publicResults(classSummary([{ table: 'T1', debriefs: truth }], 1)));
    expect(JSON.stringify(results)).not.toContain('margin');
    // The projector never gets a table's debrief itself (costs, hidden weights).
    expect(projector.received.some((r) => r.type === 'debrief')).toBe(false);
    for (const s of students) await s.leave();
    await projector.leave();
  });

  it('ending every round at once sends the class results once, with every table in them', async () => {
    const created = await createSession(server.url, { sellerTeamSize: 1, autoAdvance: false });
    const base = `/api/sessions/${created.sessionId}`;
    const key = created.hostSecret;
    const projector = await Player.join(server.ws, created.roomId, { code: created.code, spectator: true });
    const students: Player[] = [];
    for (let i = 0; i < 14; i++)
      students.push(await Player.join(server.ws, created.roomId, { code: created.code, name: `S${i}` }));
    expect((await api(server.url, 'POST', `${base}/deal`, {}, key)).status).toBe(200);
    for (const s of students) await s.until(() => s.seat !== null, 'a seat');
    const tables = server.app.registry.get(created.sessionId)!.tables.size;
    expect(tables).toBeGreaterThan(1);
    const all = (type: string) =>
      api(server.url, 'POST', `${base}/tables/all/actions`, { action: { type } }, key);
    expect((await all('start')).status).toBe(200);
    expect((await all('end-round')).status).toBe(200);
    const results = () => projector.received.filter((r) => r.type === 'results');
    await projector.until(() => results().length > 0, 'the results');
    await sleep(500);
    expect(results()).toHaveLength(1);
    expect(results()[0]!.message.tables).toHaveLength(tables);
    expect(results()[0]!.message.unfinished).toEqual([]);
    for (const s of students) await s.leave();
    await projector.leave();
  });

  it('refuses a session with stage lengths out of range, by path, and creates nothing', async () => {
    const r = await api(server.url, 'POST', '/api/sessions', {
      scenarioId: 'office-supplies',
      stageMinutes: { rfp: 0.1 },
    });
    expect(r.status).toBe(400);
    expect(r.json.error).toContain('stageMinutes.rfp');
  });
});
