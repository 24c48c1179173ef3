// Who sees what of a session's students: the staff every student and every table's summary in the synced
// state; every student the same lobby list of the first few dozen, the head count for the whole class, and
// their tablemates (names and connection) in their own table's view, not in the synced state. A join no
// longer costs every connected student a patch.
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
  it('bounds the students’ list, gives staff everyone, and shows tablemates in the view', async () => {
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
    // One list for everyone: the first forty to join.
    const firstForty = students.slice(0, 40).map((s) => s.welcome.playerId as string);
    for (const s of [first, last, students[23]!]) {
      await s.until(() => seen(s).length === 40, 'a full lobby list');
      expect(seen(s).sort()).toEqual([...firstForty].sort());
    }

    host.send('deal', {});
    await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat')));
    await host.until(() => host.room.state.tables.size > 0, 'the tables’ summaries');
    // Every student sees each of its tablemates in its table's view, with who is connected.
    for (const s of [first, last, students[23]!]) {
      const mates = students.filter((o) => o.table === s.table);
      await s.until(
        () =>
          mates.every((m) =>
            s.view.seats.some(
              (seat: { id: string; players: { id: string }[] }) =>
                seat.id === m.seat && seat.players.some((p) => p.id === m.welcome.playerId),
            ),
          ),
        'its tablemates',
      );
      for (const m of mates) expect(s.view.presence[m.seat!]).toBeGreaterThan(0);
      // The synced state holds no table for a student, and its lobby list did not grow.
      expect(s.room.state.tables.size).toBe(0);
      expect(seen(s)).toHaveLength(40);
    }
    // A tablemate leaving shows as a drop in presence at its seat.
    const mate = students.find((o) => o !== first && o.table === first.table)!;
    const seat = mate.seat!;
    const before = first.view.presence[seat];
    await mate.leave();
    await first.until(() => first.view.presence[seat] === before - 1, 'the tablemate’s departure');
    await Promise.all([...students.filter((s) => s !== mate), host].map((p) => p.leave()));
  }, 30_000);
});
