// What a table needs from the instructor, read from its public state: students who dropped out, the seats
// the stage is waiting for, a clock that ran out, or an untimed table quiet for a long while. Pure, so the
// monitor's judgement can be tested without a browser.
import { waitingFor, type FlowFacts } from '../../shared/rules/permissions.ts';

export interface SeatLike {
  id: string;
  kind: string;
  names: string[];
  bot: boolean;
  ready: boolean;
  /** Connected students at this seat; null when not known (a read-only snapshot). */
  connected: number | null;
}

/**
 * A table as the console knows it: its public facts. What the flow needs (FlowFacts: the step, who is seated
 * and ready, which sellers are still in, the best-and-final round) is the same shape the engine reads, so the
 * "waiting for" list below is the engine's own auto-advance condition.
 */
export interface TableLike extends Omit<FlowFacts, 'seats'> {
  id: string;
  seats: SeatLike[];
}

export type Attention =
  | { kind: 'empty'; seats: string[] }
  | { kind: 'offline'; seats: string[] }
  | { kind: 'waiting'; seats: string[] }
  | { kind: 'time-up' }
  | { kind: 'idle'; minutes: number };

/** A table with no change for this long while it plays is flagged as stuck. */
export const STUCK_AFTER_MS = 3 * 60_000;

export function attentionFor(
  table: TableLike,
  clock: { now: number; remainingMs: number | null; changedAt: number | null },
): Attention[] {
  const out: Attention[] = [];
  const humans = table.seats.filter((s) => s.names.length > 0);
  if (table.phase === 'lobby') {
    const empty = table.seats.filter((s) => s.names.length === 0 && !s.bot).map((s) => s.id);
    if (empty.length > 0) out.push({ kind: 'empty', seats: empty });
  }
  const offline = humans.filter((s) => s.connected === 0).map((s) => s.id);
  if (offline.length > 0 && table.phase !== 'round-over') out.push({ kind: 'offline', seats: offline });
  if (table.phase !== 'playing' || table.paused) return out;
  const waiting = waitingFor({ ...table, seats: table.seats.map((s) => ({ ...s, players: s.names })) });
  if (waiting.length > 0) out.push({ kind: 'waiting', seats: waiting });
  if (clock.remainingMs === 0) out.push({ kind: 'time-up' });
  // The console sees stages, seats and readiness, not the questions and messages of a table: while the
  // stage's clock runs, a quiet console is a table at work, and the clock will flag it when time is up.
  // Only a table without a running clock is called quiet, and then as what the console can tell.
  if (clock.remainingMs === null && clock.changedAt !== null && clock.now - clock.changedAt >= STUCK_AFTER_MS)
    out.push({ kind: 'idle', minutes: Math.floor((clock.now - clock.changedAt) / 60_000) });
  return out;
}

/** A table is stuck when it plays and nothing has moved for a while, or its time ran out and it did not move. */
export function isStuck(attention: readonly Attention[]): boolean {
  return attention.some((a) => a.kind === 'idle' || a.kind === 'time-up');
}
