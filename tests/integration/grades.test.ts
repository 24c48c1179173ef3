// Grades through the real host API and room: bad weights are refused with a clear error and change nothing
// (neither the grades nor the stored session events), over HTTP and over the console's socket; good ones are
// stored as session events, through the room while it runs and without it once the session is finished, and
// survive a restart of the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeOf } from '../../shared/session/grades.ts';
import { gradedRoundLog } from '../fixtures/graded-round.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import {
  Player,
  api,
  createSession,
  sleep,
  startInProcess,
  startProcess,
  tempDir,
  type Running,
} from './harness.ts';

let server: Running;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

/** Plays the graded round at a new table of the live session (through its reducer and store, as a room does). */
function playRound(sessionId: string) {
  const session = server.app.registry.local(sessionId);
  if (!session) throw new Error('the session is not served here');
  const table = session.addTable(Date.now());
  // The log's own times, moved to now: the room's clock must find no deadline long past.
  const log = gradedRoundLog(miniScenario());
  const shift = Date.now() - log[0]!.at;
  for (const e of log) {
    const r = session.act(table.id, e.actor, e.action, e.at + shift);
    if (!r.ok) throw new Error(`${e.action.type}: ${r.rejection.message}`);
  }
  return session;
}

describe('grade weights', () => {
  it('refuses bad weights with a clear error and changes nothing; stores good ones', async () => {
    const created = await createSession(server.url, { bots: false, sellerTeamSize: 2 });
    const base = `/api/sessions/${created.sessionId}`;
    const key = created.hostSecret;
    const session = playRound(created.sessionId);
    const events = () => server.app.store.events(created.sessionId);

    const before = await api(server.url, 'GET', `${base}/grades`, undefined, key);
    expect(before.status).toBe(200);
    expect(before.json.weights).toEqual(before.json.defaults);
    expect(before.json.students).toHaveLength(8);
    expect(before.json.students.every((s: any) => typeof s.grade === 'number')).toBe(true);

    const bad: [unknown, number, RegExp][] = [
      [{ seller: { margin: -5 } }, 400, /seller\.margin: a weight is 0 or more/],
      [{ member: { decision: 'high' } }, 400, /member\.decision: a weight is a number/],
      [{ seller: { charm: 10 } }, 400, /charm/],
      [{ teacher: { margin: 10 } }, 400, /teacher/],
      ['{"member":{"__proto__":{"decision":1}}}', 400, /__proto__/],
      ['{"constructor":{"margin":1}}', 400, /constructor/],
      ['{"seller":{"margin":1e400}}', 400, /seller\.margin/],
      [[30, 25], 400, /expected object/i],
      [
        { member: { decision: 0, verification: 0, specification: 0, forecast: 0 } },
        422,
        /member weights cannot all be 0/,
      ],
    ];
    for (const [body, status, error] of bad) {
      const r = await api(server.url, 'PUT', `${base}/grade-weights`, body, key);
      expect([JSON.stringify(body), r.status]).toEqual([JSON.stringify(body), status]);
      expect(r.json.error).toMatch(error);
      expect(events()).toEqual([]);
      expect((await api(server.url, 'GET', `${base}/grades`, undefined, key)).json).toEqual(before.json);
    }
    // Without the host secret, or with another session's, nothing is read or changed.
    expect((await api(server.url, 'PUT', `${base}/grade-weights`, { seller: { margin: 1 } })).status).toBe(
      401,
    );
    expect((await api(server.url, 'GET', `${base}/grades`, undefined, 'wrong')).status).toBe(403);

    // The console's socket: the same schema, the same refusal, nothing stored.
    const host = await Player.join(server.ws, created.roomId, { code: created.code, hostSecret: key });
    host.send('grade-weights', { id: 'w1', weights: { seller: { margin: -1 } } });
    const refused = await host.answer('w1');
    expect(refused.type).toBe('error');
    expect(refused.message.message).toMatch(/a weight is 0 or more/);
    host.send('grade-weights', {
      id: 'w2',
      weights: { seller: { discovery: 0, alignment: 0, margin: 0, credibility: 0, insight: 0 } },
    });
    expect((await host.answer('w2')).message.message).toMatch(/seller weights cannot all be 0/);
    expect(events()).toEqual([]);
    host.send('grade-weights', { id: 'w3', weights: { member: { specification: 50 } } });
    expect((await host.answer('w3')).type).toBe('ack');
    expect(events()).toHaveLength(1);

    // Over HTTP, through the room.
    const changed = await api(
      server.url,
      'PUT',
      `${base}/grade-weights`,
      { seller: { margin: 100, alignment: 0, discovery: 0, credibility: 0, insight: 0 } },
      key,
    );
    expect(changed.status).toBe(200);
    const weights = {
      seller: { margin: 100, alignment: 0, discovery: 0, credibility: 0, insight: 0 },
      member: { decision: 45, verification: 20, specification: 50, forecast: 15 },
    };
    expect(changed.json).toEqual({ ok: true, weights });
    expect(session.gradeWeights).toEqual(weights);
    const after = await api(server.url, 'GET', `${base}/grades`, undefined, key);
    expect(after.json.weights).toEqual(weights);
    for (const s of after.json.students)
      for (const r of s.rounds) expect(r.grade).toBe(gradeOf(r.side, r.components, weights));
    const a1 = after.json.students.find((s: any) => s.name === 'Seller A1');
    expect(a1.grade).toBe(a1.rounds[0].components.margin);

    // Finished, the session has no room: the weights still change, stored by the HTTP process itself.
    expect((await api(server.url, 'POST', `${base}/finish`, {}, key)).status).toBe(200);
    for (let i = 0; i < 50 && (await server.app.registry.roomOf(created.sessionId)); i++) await sleep(100);
    const late = await api(server.url, 'PUT', `${base}/grade-weights`, { member: { decision: 10 } }, key);
    expect(late.status).toBe(200);
    expect(late.json.weights.member).toEqual({
      decision: 10,
      verification: 20,
      specification: 50,
      forecast: 15,
    });
    expect((await api(server.url, 'GET', `${base}/grades`, undefined, key)).json.weights).toEqual(
      late.json.weights,
    );
    expect(events().map((e) => e.kind)).toEqual(['grade-weights', 'grade-weights', 'grade-weights']);
    await host.room.leave().catch(() => undefined);
  });

  it('keeps the weights across a restart of the server', async () => {
    const dir = tempDir();
    let child = await startProcess(dir);
    try {
      const created = await createSession(child.url, { bots: false });
      const base = `/api/sessions/${created.sessionId}`;
      const weights = { seller: { margin: 5, alignment: 6, discovery: 7, credibility: 8 } };
      const r = await api(child.url, 'PUT', `${base}/grade-weights`, weights, created.hostSecret);
      expect(r.status).toBe(200);
      // Acknowledged means on disk: even a kill keeps it.
      child.child.kill('SIGKILL');
      await new Promise((resolve) => child.child.once('exit', resolve));
      child = await startProcess(dir);
      const again = await api(child.url, 'GET', `${base}/grades`, undefined, created.hostSecret);
      expect(again.status).toBe(200);
      expect(again.json.weights).toEqual({
        ...again.json.defaults,
        seller: { ...again.json.defaults.seller, ...weights.seller },
      });
    } finally {
      child.child.kill('SIGKILL');
    }
  }, 60_000);
});
