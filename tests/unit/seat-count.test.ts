// The counted reserved seats (server/rooms/seat-count.ts): through every operation Colyseus makes on its
// `_reservedSeats` — a reservation, a flag written into it, hiding it while onJoin runs, deleting it — the count is
// what Object.keys gives, on random sequences of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSeats } from '../../server/rooms/seat-count.ts';

type Seats = Record<string, [unknown, unknown, boolean, boolean]>;

const op = fc.oneof(
  fc.record({ kind: fc.constant('reserve' as const), id: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('consume' as const), id: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('hide' as const), id: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 5 }) }),
);

describe('counted reserved seats', () => {
  it('counts what Object.keys counts, through random reservations, joins and lapses', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const { proxy, counted } = countSeats<Seats>({});
        for (const o of ops) {
          const id = `s${o.id}`;
          if (o.kind === 'reserve') proxy[id] = [{}, undefined, false, false];
          else if (o.kind === 'consume') {
            const seat = proxy[id];
            if (seat) seat[2] = true;
          } else if (o.kind === 'hide') {
            if (id in proxy) Object.defineProperty(proxy, id, { value: proxy[id], enumerable: false });
          } else delete proxy[id];
          expect(counted.count).toBe(Object.keys(proxy).length);
        }
      }),
    );
  });

  it('starts from what the object holds, and a hidden seat set again stays hidden', () => {
    const { proxy, counted } = countSeats<Record<string, number>>({ a: 1, b: 2 });
    expect(counted.count).toBe(2);
    Object.defineProperty(proxy, 'a', { value: 1, enumerable: false });
    expect(counted.count).toBe(1);
    proxy.a = 3;
    expect([counted.count, Object.keys(proxy).length]).toEqual([1, 1]);
    delete proxy.a;
    delete proxy.zzz;
    expect(counted.count).toBe(1);
  });
});
