// What moves a table on when nobody sends anything: its stage's deadline, on the room's clock, and its bots,
// paced like people. What a bot does comes from shared/bots (through LiveSession.botStep); this only says when.
import type { GameEvent } from '../../shared/rules/types.ts';
import type { LiveSession, LiveTable } from '../session.ts';
import type { Timer, Timers } from './clock.ts';

export class Pacing {
  private readonly session: LiveSession;
  private readonly timers: Timers;
  private readonly botDelayMs: number;
  private readonly changed: (table: LiveTable, events: GameEvent[]) => void;
  private deadline: Timer | null = null;
  private deadlineDue = false;
  /** Each table's running deadline as last seen (null when its clock does not run). */
  private readonly running = new Map<string, number | null>();
  private readonly bots = new Map<string, Timer>();

  constructor(
    session: LiveSession,
    timers: Timers,
    botDelayMs: number,
    changed: (table: LiveTable, events: GameEvent[]) => void,
  ) {
    this.session = session;
    this.timers = timers;
    this.botDelayMs = botDelayMs;
    this.changed = changed;
  }

  start(): void {
    for (const table of this.session.tables.values()) this.botsOf(table);
    this.schedule();
  }

  /** After a table changed: its bots may have something to do, and the nearest deadline may have moved. */
  after(table: LiveTable): void {
    this.botsOf(table);
    // Most changes leave the table's clock alone: then the nearest deadline has not moved either.
    const s = table.state;
    const deadline = s.phase === 'playing' && !s.paused ? s.deadline : null;
    if (this.running.get(table.id) === deadline) return;
    this.running.set(table.id, deadline);
    // Finds the next deadline once after a run of changes, not once per change (it looks at every table).
    if (this.deadlineDue) return;
    this.deadlineDue = true;
    queueMicrotask(() => {
      this.deadlineDue = false;
      this.schedule();
    });
  }

  private schedule() {
    this.deadline?.clear();
    this.deadline = null;
    const next = this.session.nextDeadline();
    if (next === null) return;
    this.deadline = this.timers.after(next - this.timers.clock.now(), () => this.expire());
  }

  private expire() {
    const now = this.timers.clock.now();
    for (const table of this.session.expired(now)) {
      const r = this.session.act(table.id, { kind: 'system' }, { type: 'tick' }, now);
      if (r.ok) this.changed(table, r.events);
    }
    this.schedule();
  }

  private botsOf(table: LiveTable) {
    if (this.bots.has(table.id)) return;
    const hasBots = Object.values(table.state.seats).some((s) => s.bot && s.players.length === 0);
    if (!hasBots || table.state.phase !== 'playing' || table.state.paused) return;
    // People take a few seconds to think; so do bots (spread so that a class's bots do not move in step).
    const delay = this.botDelayMs * (0.6 + ((table.seq * 7919) % 100) / 125);
    const timer = this.timers.after(delay, () => {
      this.bots.delete(table.id);
      const result = this.session.botStep(table.id, this.timers.clock.now());
      if (result?.ok) this.changed(table, result.events);
    });
    this.bots.set(table.id, timer);
  }
}
