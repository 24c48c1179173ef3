// The one reducer: a state and a logged action give a new state and events, or a typed rejection that leaves
// the state untouched. Every entry is parsed by its schema first (action-schema.ts), then dispatched to the
// instructor's, the clock's or a player's handler; the round's flow is the table in flow.ts. Time comes in with
// the action (`at`), randomness from the seeded state: replaying a log always gives the same result.
import { own, setOwn } from '../own.ts';
import type { Scenario } from '../scenario/schema.ts';
import { parseEntry } from './action-schema.ts';
import { createDraft } from './draft.ts';
import { LIMITS, Reject, emit, reject, type Ctx } from './context.ts';
import { advance } from './flow.ts';
import { freshRound, handleInstructorAction } from './instructor-actions.ts';
import { emptyMarket, scenarioFor } from './market.ts';
import { handlePlayerAction } from './player-actions.ts';
import { seedFrom } from './rng.ts';
import { sellerSeat } from './seats.ts';
import type { ApplyResult, LogEntry, Seat, TableConfig, TableState } from './types.ts';

export { LIMITS };

export function createTable(scenario: Scenario, config: Partial<TableConfig> & { seed: number }): TableState {
  const sellers = config.sellers ?? scenario.sellers.map((s) => s.id);
  const seats: Record<string, Seat> = {};
  for (const m of scenario.buyingFirm.obc.members) {
    setOwn(seats, m.role, { id: m.role, kind: 'obc', capacity: 1, players: [], bot: false, ready: false });
  }
  for (const id of sellers) {
    const seat = sellerSeat(id);
    setOwn(seats, seat, {
      id: seat,
      kind: 'seller',
      capacity: LIMITS.sellerTeam,
      players: [],
      bot: false,
      ready: false,
    });
  }
  const incumbent = scenario.sellers.find((s) => s.incumbent && sellers.includes(s.id))?.id ?? null;
  return {
    scenarioId: scenario.meta.id,
    config: {
      sellers,
      seed: config.seed,
      autoAdvance: config.autoAdvance ?? true,
      // Only when set, so a table without overrides keeps the config it always had.
      ...(config.stageMinutes ? { stageMinutes: config.stageMinutes } : {}),
    },
    rng: seedFrom(config.seed),
    nextId: 0,
    round: 1,
    purchaseType: scenario.purchaseType,
    phase: 'lobby',
    stage: null,
    step: null,
    paused: false,
    deadline: null,
    remainingMs: null,
    seats,
    sellers: Object.fromEntries(
      sellers.map((id) => {
        const s = scenario.sellers.find((x) => x.id === id);
        return [
          id,
          { id, incumbent: id === incumbent, trust: s?.trust ?? 0.5, disqualified: null, questionsAsked: 0 },
        ];
      }),
    ),
    incumbent,
    ...freshRound(),
    // The buyer's record of each supplier: what it delivered in this session's rounds.
    records: {},
    history: [],
    market: emptyMarket(),
    prep: {},
  };
}

/** Applies one logged action. Never throws: a bad action is a rejection, and so is the engine's own failure. */
export function apply(scenario: Scenario, state: TableState, entry: LogEntry): ApplyResult {
  const parsed = parseEntry(entry);
  if (!parsed.ok) return { ok: false, rejection: { code: parsed.code, message: parsed.message } };
  // A copy-on-write draft (draft.ts): the new state shares what the action left alone with this one.
  const draft = createDraft(state);
  const ctx: Ctx = {
    // The members' weights as the market left them (derived demand, market.ts).
    scenario: scenarioFor(scenario, state),
    state: draft.draft,
    at: parsed.entry.at,
    actor: parsed.entry.actor,
    events: [],
  };
  try {
    dispatch(ctx, parsed.entry);
    // The events' facts may hold parts of the draft: they get the finished objects.
    const { state: next, extra: events } = draft.finish(ctx.events);
    return { ok: true, state: next, events };
  } catch (error) {
    draft.drop();
    if (error instanceof Reject) return { ok: false, rejection: error.rejection };
    // Whatever a client sends, the answer is a rejection and the state is untouched (the draft is dropped).
    // A thrown error here is the engine's own bug: tests assert that no action ever gets this code.
    return {
      ok: false,
      rejection: { code: 'internal', message: 'this action could not be applied (the game had an error)' },
    };
  }
}

function dispatch(ctx: Ctx, entry: LogEntry) {
  const { actor, action } = entry;
  switch (actor.kind) {
    case 'instructor':
      return handleInstructorAction(ctx, action as Parameters<typeof handleInstructorAction>[1]);
    case 'system':
      return tick(ctx);
    case 'seat': {
      const seat = own(ctx.state.seats, actor.seat);
      if (!seat) return reject('wrong-seat', `there is no seat "${actor.seat}" at this table`);
      return handlePlayerAction(ctx, seat, action as Parameters<typeof handlePlayerAction>[2]);
    }
  }
}

/** The host's clock: a deadline passed, so the step ends as if the instructor advanced it. */
function tick(ctx: Ctx) {
  const s = ctx.state;
  if (s.phase !== 'playing' || s.paused || s.deadline === null)
    reject('not-your-turn', 'no timer is running');
  if (ctx.at < s.deadline) reject('not-your-turn', 'the timer has not run out yet');
  emit(ctx, 'timer-expired', { to: 'table' }, 'Time is up');
  advance(ctx);
}
