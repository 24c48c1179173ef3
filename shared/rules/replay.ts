// Replay: fold the reducer over a log. The same scenario, config and log always give the same state and events,
// which is what lets the server restart from its stored log and the debrief be recomputed at any time.
import type { Scenario } from '../scenario/schema.ts';
import { apply, createTable } from './engine.ts';
import type { GameEvent, LogEntry, Rejection, TableConfig, TableState } from './types.ts';

export interface ReplayResult {
  state: TableState;
  events: GameEvent[];
  /** Entries the engine refused (a stored log holds none; a hand-written one may). */
  rejected: { index: number; rejection: Rejection }[];
}

export function replay(
  scenario: Scenario,
  config: Partial<TableConfig> & { seed: number },
  log: readonly LogEntry[],
  onApplied?: (state: TableState, events: GameEvent[], index: number) => void,
): ReplayResult {
  let state = createTable(scenario, config);
  const events: GameEvent[] = [];
  const rejected: ReplayResult['rejected'] = [];
  log.forEach((entry, index) => {
    const result = apply(scenario, state, entry);
    if (!result.ok) {
      rejected.push({ index, rejection: result.rejection });
      return;
    }
    state = result.state;
    events.push(...result.events);
    onApplied?.(state, result.events, index);
  });
  return { state, events, rejected };
}
