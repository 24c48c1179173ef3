// Who sees which students in the synced state: staff everyone; a student itself, its tablemates and a lobby
// list of the first few dozen, with the head count for the whole class. A join no longer costs every
// connected student a patch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, createSession, startInProcess, type Running } from './harness.ts';

let server: Running;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

const seen = (p: Player): string[] => [...(p.room.state?.players?.keys() ?? [])] as string[];

describe('the players a client sees', () => {
  it('bounds a student’s list, shows tablemates, and gives staff everyone', async () => {
    const created = await createSession(server.url, { bots: true });
    const students: Player[] = [];
    for (let i = 0; i < 50; i++)
      students.push(await Player.join(server.ws, created.roomId, { code: created.code, name: `S${i}` }));
    const host = await Player.join(server.ws, created.roomId, {
      code: created.code,
      hostSecret: created.hostSecret,
    });
    const first = students[0]!;
    const last = students[49]!;
    await host.until(() => seen(host).length === 50, 'every student for the instructor');
    await last.until(() => last.room.state?.playerCount === 50, 'the head count');
    // The first student's list filled up with the next forty; the last one's with the first forty.
    await first.until(() => seen(first).length === 41, 'a full lobby list');
    expect(seen(first)).toContain(first.welcome.playerId);
    expect(seen(last)).toHaveLength(41);
    expect(seen(last)).toContain(last.welcome.playerId);
    expect(seen(last)).not.toContain(students[45]!.welcome.playerId);

    host.send('deal', {});
    await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat')));
    // Every student sees each of its tablemates, with their seat.
    for (const s of [first, last, students[23]!]) {
      const mates = students.filter((o) => o.table === s.table);
      await s.until(
        () => mates.every((m) => s.room.state.players.get(m.welcome.playerId)?.seat === m.seat),
        'its tablemates',
      );
      expect(seen(s).length).toBeLessThanOrEqual(41 + mates.length);
    }
    await Promise.all([...students, host].map((p) => p.leave()));
  }, 30_000);
});
