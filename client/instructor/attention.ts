// What a table needs from the instructor, read from its public state: students who dropped out, the seats
// the stage is waiting for, a clock that ran out, or an untimed table quiet for a long while. Pure, so the
// monitor's judgement can be tested without a browser.
import { RFP_STEP_RULES, STAGE_RULES } from '../../shared/rules/stages.ts';

export interface SeatLike {
  id: string;
  kind: string;
  names: string[];
  bot: boolean;
  ready: boolean;
  /** Connected students at this seat; null when not known (a read-only snapshot). */
  connected: number | null;
}

export interface TableLike {
  id: string;
  phase: string;
  stage: string | null;
  step: string | null;
  paused: boolean;
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

function readyBy(table: TableLike): 'everyone' | 'sellers' | 'obc' | 'nobody' {
  if (table.phase !== 'playing' || !table.stage) return 'nobody';
  if (table.stage === 'rfp')
    return table.step && table.step in RFP_STEP_RULES
      ? RFP_STEP_RULES[table.step as keyof typeof RFP_STEP_RULES].readyBy
      : 'nobody';
  return table.stage in STAGE_RULES ? STAGE_RULES[table.stage as keyof typeof STAGE_RULES].readyBy : 'nobody';
}

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
  const by = readyBy(table);
  if (by !== 'nobody') {
    const waiting = table.seats
      .filter((s) => (by === 'everyone' ? true : by === 'sellers' ? s.kind === 'seller' : s.kind === 'obc'))
      .filter((s) => !s.ready)
      .map((s) => s.id);
    if (waiting.length > 0) out.push({ kind: 'waiting', seats: waiting });
  }
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
