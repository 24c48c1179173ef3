// A lecture hall: 300 students join and are dealt into tables within seconds, and the projector follows every
// table's public state without any private field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, api, createSession, startInProcess, type Running } from './harness.ts';

let server: Running;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

describe('seating a class of 300', () => {
  it('joins and deals 300 students into even tables in seconds', async () => {
    const created = await createSession(server.url, { bots: true });
    const started = Date.now();
    const students = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        Player.join(server.ws, created.roomId, { code: created.code, name: `Student ${i}` }),
      ),
    );
    const joinedMs = Date.now() - started;
    const projector = await Player.join(server.ws, created.roomId, { code: created.code, spectator: true });
    const host = await Player.join(server.ws, created.roomId, {
      code: created.code,
      hostSecret: created.hostSecret,
    });
    const dealStart = Date.now();
    host.send('deal', {});
    await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat', 20_000)));
    const dealMs = Date.now() - dealStart;
    // Tables are even (within one student) and every seat is filled by a student or a bot.
    const session = await api(
      server.url,
      'GET',
      `/api/sessions/${created.sessionId}`,
      undefined,
      created.hostSecret,
    );
    const perTable = new Map<string, number>();
    for (const p of session.json.players) perTable.set(p.table, (perTable.get(p.table) ?? 0) + 1);
    const counts = [...perTable.values()];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(session.json.tables.length).toBe(perTable.size);
    // Every seat at every table has a student or a bot, so each table can start.
    host.send('host', { table: 'all', action: { type: 'start' } });
    await projector.until(
      () => [...projector.room.state.tables.values()].every((t: any) => t.phase === 'playing'),
      'every table playing',
      10_000,
    );
    expect(projector.room.state.tables.size).toBe(perTable.size);
    expect(projector.everything()).not.toContain('"priorities"');
    expect(joinedMs + dealMs).toBeLessThan(15_000);
    await Promise.all(students.map((s) => s.leave()));
  }, 60_000);
});
