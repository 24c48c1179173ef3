// The monitor's judgement of a table: empty seats before the start, students offline, the seats a stage waits
// for (by the stage's own rule), a clock that ran out, and a table that has not moved for minutes.
import { describe, expect, it } from 'vitest';
import { STUCK_AFTER_MS, attentionFor, isStuck, type TableLike } from '../../client/instructor/attention.ts';

function table(patch: Partial<TableLike> = {}): TableLike {
  return {
    id: 'T1',
    phase: 'playing',
    stage: 'need-recognition',
    step: null,
    paused: false,
    seats: [
      { id: 'procurement', kind: 'obc', names: ['Pia'], bot: false, ready: true, connected: 1 },
      { id: 'general-management', kind: 'obc', names: [], bot: true, ready: false, connected: 0 },
      { id: 'seller-A', kind: 'seller', names: ['Ann'], bot: false, ready: false, connected: 0 },
      { id: 'seller-B', kind: 'seller', names: [], bot: true, ready: true, connected: 0 },
    ],
    sellers: [
      { id: 'A', disqualified: null },
      { id: 'B', disqualified: null },
    ],
    bafo: null,
    ...patch,
  };
}
const now = 1_000_000;
const fresh = { now, remainingMs: 60_000, changedAt: now - 1000 };

describe('what a table needs from the instructor', () => {
  it('names the offline students and the seats the stage waits for', () => {
    expect(attentionFor(table(), fresh)).toEqual([
      { kind: 'offline', seats: ['seller-A'] },
      { kind: 'waiting', seats: ['general-management', 'seller-A'] },
    ]);
  });

  it('waits for nobody the engine does not wait for: empty seats, disqualified sellers, sellers not asked for a BAFO', () => {
    const empty = table({
      seats: [
        { id: 'procurement', kind: 'obc', names: [], bot: false, ready: false, connected: 0 },
        { id: 'seller-A', kind: 'seller', names: ['Ann'], bot: false, ready: false, connected: 1 },
      ],
    });
    expect(attentionFor(empty, fresh)).toContainEqual({ kind: 'waiting', seats: ['seller-A'] });
    const out = table({
      stage: 'rfp',
      step: 'bidding',
      sellers: [{ id: 'A', disqualified: { by: 'rfp', reason: 'x' } }],
    });
    expect(attentionFor(out, fresh).some((a) => a.kind === 'waiting')).toBe(false);
    const bafo = table({
      stage: 'rfp',
      step: 'bafo',
      seats: [
        { id: 'seller-A', kind: 'seller', names: ['Ann'], bot: false, ready: false, connected: 1 },
        { id: 'seller-B', kind: 'seller', names: ['Bo'], bot: false, ready: false, connected: 1 },
      ],
      bafo: { sellers: ['B'], answered: [] },
    });
    expect(attentionFor(bafo, fresh)).toContainEqual({ kind: 'waiting', seats: ['seller-B'] });
  });

  it('waits only for the sellers while they bid, and for nobody while the buying center evaluates', () => {
    const bidding = attentionFor(table({ stage: 'rfp', step: 'bidding' }), fresh);
    expect(bidding).toContainEqual({ kind: 'waiting', seats: ['seller-A'] });
    const evaluation = attentionFor(table({ stage: 'rfp', step: 'evaluation' }), fresh);
    expect(evaluation.some((a) => a.kind === 'waiting')).toBe(false);
  });

  it('flags empty seats before the start, and nothing but offline students while paused', () => {
    const lobby = table({ phase: 'lobby', stage: null });
    lobby.seats[1] = { ...lobby.seats[1]!, bot: false };
    expect(attentionFor(lobby, fresh)).toContainEqual({ kind: 'empty', seats: ['general-management'] });
    expect(attentionFor(table({ paused: true }), { now, remainingMs: null, changedAt: 0 })).toEqual([
      { kind: 'offline', seats: ['seller-A'] },
    ]);
  });

  it('calls a table stuck when its clock ran out or, untimed, nothing moved for minutes, never otherwise', () => {
    expect(isStuck(attentionFor(table(), fresh))).toBe(false);
    expect(isStuck(attentionFor(table(), { now, remainingMs: 0, changedAt: now }))).toBe(true);
    const old = now - STUCK_AFTER_MS - 61_000;
    const idle = attentionFor(table(), { now, remainingMs: null, changedAt: old });
    expect(idle).toContainEqual({ kind: 'idle', minutes: 4 });
    expect(isStuck(idle)).toBe(true);
    // While its clock runs, a table the console has not seen change is at work (questions, messages).
    const working = attentionFor(table(), { now, remainingMs: 60_000, changedAt: old });
    expect(working.map((a) => a.kind)).not.toContain('idle');
    expect(isStuck(working)).toBe(false);
    // Without a live connection there is no clock of changes to judge by.
    expect(isStuck(attentionFor(table(), { now, remainingMs: 60_000, changedAt: null }))).toBe(false);
    // A finished round needs nothing.
    expect(attentionFor(table({ phase: 'round-over' }), { now, remainingMs: null, changedAt: 0 })).toEqual(
      [],
    );
  });
});
