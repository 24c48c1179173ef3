// Views share what did not change (shared/rules/view.ts over the engine's copy-on-write states): after an
// action, a view's untouched parts are the very objects of the view before it, and viewers who see a part
// alike hold the same object. The server's diff and packing rely on it (server/rooms/view-diff.ts,
// packing.ts); the values are what they always were (the property and room tests check those).
import { describe, expect, it } from 'vitest';
import { apply, createTable } from '../../shared/rules/engine.ts';
import { replay } from '../../shared/rules/replay.ts';
import { viewFor } from '../../shared/rules/view.ts';
import type { SeatId, TableState, Viewer } from '../../shared/rules/types.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { LogBuilder, seatEveryone } from '../fixtures/playthrough.ts';

const scenario = miniScenario();

function playing(): { state: TableState; at: number } {
  const b = seatEveryone(new LogBuilder(scenario));
  const r = replay(scenario, { seed: 1 }, b.log);
  expect(r.rejected).toEqual([]);
  return { state: r.state, at: b.at };
}

describe('views share what did not change', () => {
  it('keeps every part an action left alone, and changes the part it touched', () => {
    const { state, at } = playing();
    const [a, b] = scenario.buyingFirm.obc.members.map((m) => m.role);
    const before = viewFor(scenario, state, { kind: 'seat', seat: a! });
    const r = apply(scenario, state, {
      actor: { kind: 'seat', seat: b! },
      action: { type: 'chat', channel: 'obc', text: 'hello' },
      at: at + 1000,
    });
    if (!r.ok) throw new Error(r.rejection.message);
    expect(r.state.seats).toBe(state.seats);
    expect(r.state.questions).toBe(state.questions);
    const after = viewFor(scenario, r.state, { kind: 'seat', seat: a! });
    expect(after.messages).not.toBe(before.messages);
    expect(after.messages.at(-1)?.text).toBe('hello');
    for (const k of [
      'seats',
      'sellers',
      'questions',
      'spec',
      'proposals',
      'handedIn',
      'history',
      'brief',
    ] as const)
      expect(after[k], k).toBe(before[k]);
  });

  it('gives viewers who see a part alike the same object, and others their own', () => {
    const { state } = playing();
    const [a, b] = scenario.buyingFirm.obc.members.map((m) => m.role);
    const va = viewFor(scenario, state, { kind: 'seat', seat: a! });
    const vb = viewFor(scenario, state, { kind: 'seat', seat: b! });
    const seller = viewFor(scenario, state, { kind: 'seat', seat: 'seller-A' });
    expect(vb.seats).toBe(va.seats);
    expect(vb.sellers).toBe(va.sellers);
    expect(seller.seats).toBe(va.seats);
    // Trust is the buying center's: the seller's list of sellers is its own.
    expect(seller.sellers).not.toBe(va.sellers);
    expect(seller.sellers.every((x) => !('trust' in x))).toBe(true);
    expect(vb.brief).not.toBe(va.brief);
  });

  it('a fresh table gives views of the same values as a state deep-copied from it', () => {
    const s = createTable(scenario, { seed: 3 });
    const copy = structuredClone(s);
    const seats: SeatId[] = ['seller-A', scenario.buyingFirm.obc.members[0]!.role];
    for (const seat of seats) {
      const viewer: Viewer = { kind: 'seat', seat };
      expect(viewFor(scenario, copy, viewer)).toEqual(viewFor(scenario, s, viewer));
    }
  });
});
