// The console's "waiting for" list is the engine's own auto-advance condition: on random reachable states
// (bot-played rounds cut at random points, then seats readied, unreadied and emptied at random), readying the
// listed seats one by one moves the table on exactly at the last of them, and readying anyone else never does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attentionFor, type TableLike } from '../../client/instructor/attention.ts';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { apply } from '../../shared/rules/engine.ts';
import { currentRule } from '../../shared/rules/permissions.ts';
import { replay } from '../../shared/rules/replay.ts';
import type { LogEntry, SeatId, TableState } from '../../shared/rules/types.ts';
import { viewFor } from '../../shared/rules/view.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const scenarios: Scenario[] = [miniScenario(), ...shippedScenarios().map((s) => s.scenario)];

/** The console's list, from the table as the console sees it: the public (spectator) view. */
function consoleWaiting(scenario: Scenario, state: TableState): string[] {
  const v = viewFor(scenario, state, { kind: 'spectator' });
  const table: TableLike = {
    id: 'T1',
    phase: v.phase,
    stage: v.stage,
    step: v.step,
    paused: v.paused,
    sellers: v.sellers,
    bafo: v.bafo,
    seats: v.seats.map((s) => ({
      id: s.id,
      kind: s.kind,
      names: s.players.map((p) => p.name),
      bot: s.bot,
      ready: s.ready,
      connected: 1,
    })),
  };
  const found = attentionFor(table, { now: 0, remainingMs: 1, changedAt: null }).find(
    (a) => a.kind === 'waiting',
  );
  return found?.kind === 'waiting' ? found.seats : [];
}

function ready(scenario: Scenario, state: TableState, seat: string, at: number) {
  return apply(scenario, state, {
    actor: { kind: 'seat', seat: seat as SeatId },
    action: { type: 'ready', ready: true },
    at,
  });
}

const mutation = fc.record({ seat: fc.nat(), kind: fc.constantFrom('ready', 'unready', 'empty') });

describe('the console waits for whom the engine waits for', () => {
  it('on random reachable states of every scenario', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: scenarios.length - 1 }),
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(mutation, { maxLength: 6 }),
        (which, seed, cut, mutations) => {
          const scenario = scenarios[which]!;
          const played = autoplayRound(scenario, {}, { seed });
          const log: LogEntry[] = played.log.slice(0, Math.floor(played.log.length * cut));
          let state = replay(scenario, { seed }, log).state;
          let at = (log.at(-1)?.at ?? 0) + 1;
          const seats = Object.keys(state.seats);
          for (const m of mutations) {
            const seat = seats[m.seat % seats.length]! as SeatId;
            const r =
              m.kind === 'empty'
                ? apply(scenario, state, {
                    actor: { kind: 'instructor' },
                    action: { type: 'set-bot', seat, bot: false },
                    at,
                  })
                : apply(scenario, state, {
                    actor: { kind: 'seat', seat },
                    action: { type: 'ready', ready: m.kind === 'ready' },
                    at,
                  });
            if (r.ok && r.events.every((e) => e.type !== 'all-ready')) state = r.state;
          }
          at += 1;
          const rule = currentRule(state);
          const waiting = consoleWaiting(scenario, state);
          if (!rule || rule.readyBy === 'nobody' || state.paused) {
            expect(waiting).toEqual([]);
            return;
          }
          checked += 1;
          // Nobody outside the list moves the table on.
          for (const seat of seats.filter((s) => !waiting.includes(s))) {
            const r = ready(scenario, state, seat, at);
            if (r.ok)
              expect(
                r.events.some((e) => e.type === 'all-ready'),
                seat,
              ).toBe(false);
          }
          // The listed seats do, at the last of them.
          waiting.forEach((seat, i) => {
            const r = ready(scenario, state, seat, at);
            expect(r.ok, seat).toBe(true);
            if (!r.ok) return;
            expect(
              r.events.some((e) => e.type === 'all-ready'),
              `${seat} (${i + 1} of ${waiting.length})`,
            ).toBe(i === waiting.length - 1);
            state = r.state;
          });
        },
      ),
      { numRuns: 300, seed: 20_261_201 },
    );
    expect(checked).toBeGreaterThan(30);
  }, 120_000);
});
