// The instructor's preparation: every seat's view of a table as its round begins, before any student has sat
// down. A table is made and started in memory (bots in every seat, nothing stored), and each seat's view comes
// from the engine's own viewFor: the preview shows exactly what that seat will see, hidden brief included, so
// it is for the instructor only.
import type { Scenario } from '../scenario/schema.ts';
import { apply, createTable } from '../rules/engine.ts';
import type { SeatId, TableConfig, TableState } from '../rules/types.ts';
import { viewFor, type TableView } from '../rules/view.ts';

export interface SeatPreview {
  seat: SeatId;
  /** The seat's view without the (separately sent) public scenario, and nobody connected. */
  view: Omit<TableView, 'scenario'> & { presence: Record<string, number> };
}

/** A fresh table of this config at the start of round 1, every seat taken by a bot. */
export function previewTable(
  scenario: Scenario,
  config: Partial<TableConfig> & { seed: number },
  at: number,
) {
  let state: TableState = createTable(scenario, config);
  const host = { kind: 'instructor' } as const;
  for (const seat of Object.values(state.seats)) {
    const r = apply(scenario, state, {
      actor: host,
      action: { type: 'set-bot', seat: seat.id, bot: true },
      at,
    });
    if (r.ok) state = r.state;
  }
  const started = apply(scenario, state, { actor: host, action: { type: 'start' }, at });
  return started.ok ? started.state : state;
}

/** Every seat's view of the previewed table, in seat order (the buying center's members, then the sellers). */
export function seatPreviews(scenario: Scenario, state: TableState): SeatPreview[] {
  return Object.values(state.seats).map((seat) => {
    const { scenario: _public, ...view } = viewFor(scenario, state, { kind: 'seat', seat: seat.id });
    return { seat: seat.id, view: { ...view, presence: {} } };
  });
}
