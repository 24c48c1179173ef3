// The one clock a room reads: for the time it stamps on actions and for the timers it sets (stage deadlines,
// bot pacing, coalescing). Injected, so that a test can drive time, and so that a deadline and the timer
// that waits for it can never disagree about what "now" is.

export interface Timer {
  clear(): void;
}

export interface RoomClock {
  /** Milliseconds since the epoch, as timestamps and deadlines are kept. */
  now(): number;
  /** Calls `handler` once after `ms` milliseconds (at most about 24.8 days, the timers' limit). */
  setTimeout(handler: () => void, ms: number): Timer;
}

/** The longest delay Node's timers take: a deadline further away is waited for in steps. */
export const MAX_DELAY_MS = 2 ** 31 - 1;

export const systemClock: RoomClock = {
  now: () => Date.now(),
  setTimeout(handler, ms) {
    const timer = setTimeout(handler, Math.min(Math.max(0, ms), MAX_DELAY_MS));
    return { clear: () => clearTimeout(timer) };
  },
};

/** The timers of one room, so that disposing of the room clears every one it set. */
export class Timers {
  private readonly live = new Set<Timer>();
  readonly clock: RoomClock;

  constructor(clock: RoomClock) {
    this.clock = clock;
  }

  after(ms: number, handler: () => void): Timer {
    const timer = this.clock.setTimeout(() => {
      this.live.delete(timer);
      handler();
    }, ms);
    this.live.add(timer);
    return {
      clear: () => {
        this.live.delete(timer);
        timer.clear();
      },
    };
  }

  clearAll(): void {
    for (const t of this.live) t.clear();
    this.live.clear();
  }
}
