// A whole table of bots, in memory: every seat asks its policy for the next intent, the clock jumps to the next
// deadline when nobody has anything to do. Pure and seeded: the same inputs give the same log.
import { own } from '../own.ts';
import { apply, createTable } from '../rules/engine.ts';
import type { Action, Actor, GameEvent, LogEntry, SeatId, TableConfig, TableState } from '../rules/types.ts';
import { viewFor } from '../rules/view.ts';
import type { Language, Scenario } from '../scenario/schema.ts';
import { sellerRolesOf } from '../rules/seller-roles.ts';
import { botIntent, type SellerStrategy } from './policy.ts';

/**
 * Intents that change nothing the buying center sees or the model reads this round: predictions, and a seller
 * team's groundwork (its draft and prepared evidence reach the buyer only through a proposal handed in later).
 */
const FREE: ReadonlySet<string> = new Set([
  'predict-priorities',
  'predict-winner',
  'draft-offering',
  'prepare-evidence',
]);

export interface AutoplayOptions {
  seed: number;
  strategies?: Record<string, SellerStrategy>;
  start?: number;
  /** The language the bots write in. */
  language?: Language;
  /** Stop after this many actions (a guard; a round needs far fewer). */
  maxActions?: number;
  /**
   * Bot players per seller team (1–3): each plays its own roles (seller-roles.ts) and acts as itself, so the
   * engine checks every intent against its sender's roles. Left out, one bot plays each whole seat.
   */
  sellerTeam?: number;
  /** Milliseconds each intent takes on the simulated clock (1 s when left out). */
  thinkMs?: number;
}

export interface AutoplayResult {
  state: TableState;
  log: LogEntry[];
  /** Intents a bot produced that the engine refused (should stay empty). */
  refused: { seat: SeatId; action: Action; message: string }[];
  /** Each finished round: the state at its end and its events (what its debrief is computed from). */
  rounds: { state: TableState; events: GameEvent[] }[];
}

export function autoplayRound(
  scenario: Scenario,
  config: Partial<TableConfig>,
  options: AutoplayOptions,
): AutoplayResult {
  return autoplay(scenario, config, options, 1);
}

/** Every round of the scenario, played by bots: the whole session of one table. */
export function autoplaySession(
  scenario: Scenario,
  config: Partial<TableConfig>,
  options: AutoplayOptions,
): AutoplayResult {
  return autoplay(scenario, config, options, scenario.rounds.count);
}

function autoplay(
  scenario: Scenario,
  config: Partial<TableConfig>,
  options: AutoplayOptions,
  rounds: number,
): AutoplayResult {
  const seed = options.seed;
  let state = createTable(scenario, { ...config, seed });
  const log: LogEntry[] = [];
  const refused: AutoplayResult['refused'] = [];
  const finished: AutoplayResult['rounds'] = [];
  let roundEvents: GameEvent[] = [];
  const views = new Map<SeatId, { state: TableState; view: Omit<ReturnType<typeof viewFor>, 'scenario'> }>();
  let at = options.start ?? 0;
  const push = (actor: Actor, action: Action) => {
    const entry = { actor, action, at };
    const r = apply(scenario, state, entry);
    if (r.ok) {
      state = r.state;
      log.push(entry);
      for (const e of r.events) {
        if (e.type === 'round-started') roundEvents = [];
        roundEvents.push(e);
        if (e.type === 'round-over') finished.push({ state, events: roundEvents });
      }
    }
    return r;
  };
  const team = Math.max(0, Math.min(3, Math.floor(options.sellerTeam ?? 0)));
  const think = options.thinkMs ?? 1000;
  for (const seat of Object.values(state.seats)) {
    if (seat.kind === 'seller' && team > 0) {
      for (let k = 1; k <= team; k++)
        push(
          { kind: 'instructor' },
          { type: 'seat-player', seat: seat.id, player: { id: `${seat.id}-p${k}`, name: `Bot ${k}` } },
        );
    } else push({ kind: 'instructor' }, { type: 'set-bot', seat: seat.id, bot: true });
  }
  push({ kind: 'instructor' }, { type: 'start' });
  const max = (options.maxActions ?? 2000) * rounds;
  let step = 0;
  for (;;) {
    step = playRound(step);
    if (state.phase !== 'round-over' || state.round >= rounds) break;
    at += 1000;
    if (!push({ kind: 'instructor' }, { type: 'next-round' }).ok) break;
  }
  return { state, log, refused, rounds: finished };

  // A seat's view is a pure function of the state (view.ts): asked again of a state nothing changed since the
  // seat's last look — every seat with nothing to do, every round of the loop — it is the one already made. The
  // tournament spent two fifths of its time making the same views again.
  function seatView(id: SeatId) {
    const known = views.get(id);
    if (known && known.state === state) return known.view;
    const { scenario: _s, ...view } = viewFor(scenario, state, { kind: 'seat', seat: id });
    views.set(id, { state, view });
    return view;
  }

  function playRound(first: number): number {
    let step = first;
    while (state.phase === 'playing' && log.length < max) {
      let acted = false;
      for (const seat of Object.values(state.seats)) {
        step += 1;
        const strategy = own(options.strategies, seat.id);
        const context = {
          seed: (seed * 31 + step) | 0,
          ...(strategy ? { strategy } : {}),
          ...(options.language ? { language: options.language } : {}),
        };
        const current = own(state.seats, seat.id) ?? seat;
        const players = current.kind === 'seller' ? current.players : [];
        // A team of bot players: each asks its own policy with its roles; the first with something other than
        // readiness acts (as itself), and the team is ready only when none of them has anything else to do.
        let actor: Actor = { kind: 'seat', seat: seat.id };
        const ask = () => {
          const view = seatView(seat.id);
          if (players.length === 0) return botIntent(scenario, view, context);
          let fallback: ReturnType<typeof botIntent> = null;
          for (const p of players) {
            const roles = sellerRolesOf(players, p.id);
            const wants = botIntent(scenario, view, { ...context, roles });
            if (wants && wants.type !== 'ready') {
              actor = { kind: 'seat', seat: seat.id, player: p.id };
              return wants;
            }
            if (wants && !fallback) {
              fallback = wants;
              actor = { kind: 'seat', seat: seat.id, player: p.id };
            }
          }
          return fallback;
        };
        let intent = ask();
        // A free intent changes nothing of the round, so it costs the seat no turn: it is asked again at once with
        // the same dice, and the table plays as it would without them (the tournament's figures too).
        for (let n = 0; intent && FREE.has(intent.type) && n < 4; n++) {
          at += think;
          const r = push(actor, intent);
          if (!r.ok) {
            refused.push({ seat: seat.id, action: intent, message: r.rejection.message });
            intent = null;
          } else intent = ask();
        }
        if (!intent || FREE.has(intent.type)) continue;
        at += think;
        const r = push(actor, intent);
        if (r.ok) acted = true;
        else refused.push({ seat: seat.id, action: intent, message: r.rejection.message });
        if (state.phase !== 'playing') break;
      }
      if (!acted && state.phase === 'playing') {
        at = Math.max(at + 1000, state.deadline ?? at + 1000);
        const r = push({ kind: 'system' }, { type: 'tick' });
        if (!r.ok) push({ kind: 'instructor' }, { type: 'advance' });
      }
    }
    return step;
  }
}
