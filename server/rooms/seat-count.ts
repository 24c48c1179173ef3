// The seats a room has reserved and not yet seen taken, counted as they come and go. Colyseus's
// `Room.hasReachedMaxClients` counts them with `Object.keys` on every reservation and every join: quadratic in a
// join burst (3 % of the server's CPU with 1,500 reservations waiting, docs/performance.md, 3 December). Colyseus
// keeps them in a plain object (`_reservedSeats`): an entry per reservation, made non-enumerable while the
// client's onJoin runs, deleted when it joined, failed or lapsed. A Proxy over that object keeps the count of its
// enumerable entries — what `Object.keys(...).length` gives — through every set, definition and deletion.

export interface CountedSeats {
  /** The enumerable entries of the object, as Object.keys would count them. */
  readonly count: number;
}

/** Wraps `seats` in a Proxy that keeps its count of enumerable entries; returns the proxy and the count. */
export function countSeats<T extends object>(seats: T): { proxy: T; counted: CountedSeats } {
  let count = Object.keys(seats).length;
  const enumerable = (key: string | symbol) =>
    typeof key === 'string' && Object.prototype.propertyIsEnumerable.call(seats, key);
  const change = <R>(key: string | symbol, run: () => R): R => {
    const before = enumerable(key);
    const result = run();
    count += (enumerable(key) ? 1 : 0) - (before ? 1 : 0);
    return result;
  };
  const proxy = new Proxy(seats, {
    set: (target, key, value) => change(key, () => Reflect.set(target, key, value)),
    defineProperty: (target, key, descriptor) =>
      change(key, () => Reflect.defineProperty(target, key, descriptor)),
    deleteProperty: (target, key) => change(key, () => Reflect.deleteProperty(target, key)),
  });
  return {
    proxy,
    counted: {
      get count() {
        return count;
      },
    },
  };
}
