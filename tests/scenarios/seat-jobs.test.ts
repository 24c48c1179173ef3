// Issue 13: a job for every seat at every step. Over bot-played tables of every shipped scenario (the pure engine,
// the bots, a simulated clock on which every intent takes 20 s), every seat has a job (shared/rules/jobs.ts) in
// every step within three minutes of play — a step in which a seat has none counts at its full scheduled length,
// as if the students let it run out — and every job offered is one the engine accepts. With seller teams of
// three bot players, every seller role's controls are used, each by a player who holds that role.
import { describe, expect, it } from 'vitest';
import { autoplaySession } from '../../shared/bots/autoplay.ts';
import { apply, createTable } from '../../shared/rules/engine.ts';
import { jobsFor } from '../../shared/rules/jobs.ts';
import { SELLER_ACTION_ROLE, SELLER_ROLES, type SellerRole } from '../../shared/rules/seller-roles.ts';
import { durationMs } from '../../shared/rules/stages.ts';
import type { RfpStep, SeatId, StageId, TableState } from '../../shared/rules/types.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const LIMIT_MS = 3 * 60_000;
const THINK_MS = 20_000;
const SEEDS = [1, 2, 3];

/** A member's seat, or one player of a seller team (a seat played by one bot: the seat itself). */
interface Watched {
  key: string;
  seat: SeatId;
  player?: string;
}

interface Visit {
  stage: StageId;
  step: RfpStep | null;
  start: number;
  /** Per seat: when it first had a job in this visit. */
  firstJob: Map<string, number>;
}

describe.each(shippedScenarios())('$file: a job for every seat at every step', ({ scenario }) => {
  it.each([0, 1, 2, 3])(
    'seller teams of %i bot player(s): no seat, and no player of a team, waits more than three minutes',
    (team) => {
      for (const seed of SEEDS) {
        const played = autoplaySession(scenario, {}, { seed, sellerTeam: team, thinkMs: THINK_MS });
        expect(played.refused).toEqual([]);
        expect(played.rounds.length).toBe(scenario.rounds.count);
        let state: TableState = createTable(scenario, { seed });
        const visits: Visit[] = [];
        // Who is watched: each member's seat, and each player of a seller team (a seat of one bot: the seat).
        const watched = (): Watched[] =>
          Object.values(state.seats).flatMap((x): Watched[] =>
            x.kind === 'seller' && x.players.length > 0
              ? x.players.map((p) => ({ key: `${x.id}/${p.id}`, seat: x.id, player: p.id }))
              : [{ key: x.id, seat: x.id }],
          );
        const note = (at: number, entering: boolean) => {
          const visit = visits[visits.length - 1];
          if (!visit || state.phase !== 'playing') return;
          for (const { key, seat, player } of watched()) {
            if (visit.firstJob.has(key)) continue;
            const jobs = jobsFor(scenario, state, seat, player);
            if (jobs.length === 0) continue;
            visit.firstJob.set(key, at);
            // Every job offered at a step's start is one the engine accepts from that seat (and player) now.
            if (entering)
              for (const job of jobs) {
                const actor = { kind: 'seat' as const, seat, ...(player ? { player } : {}) };
                const r = apply(scenario, state, { actor, action: job.example, at });
                expect(r.ok ? null : `${key} ${job.type}: ${r.rejection.message}`).toBeNull();
              }
          }
        };
        for (const entry of played.log) {
          const r = apply(scenario, state, entry);
          expect(r.ok).toBe(true);
          if (!r.ok) continue;
          state = r.state;
          const started = r.events.filter((e) => e.type === 'stage-started');
          for (const e of started)
            if (e.type === 'stage-started')
              visits.push({ stage: e.data.stage, step: e.data.step, start: entry.at, firstJob: new Map() });
          note(entry.at, started.length > 0);
        }
        // Walk each seat's visits in order: time without a job adds up across steps, a job resets it.
        for (const { key } of watched()) {
          let idle = 0;
          for (const v of visits) {
            const first = v.firstJob.get(key);
            idle += first === undefined ? durationMs(scenario, v.stage, v.step) : first - v.start;
            expect(
              idle <= LIMIT_MS
                ? null
                : `${key} waits ${idle / 1000} s by ${v.step ?? v.stage} (seed ${seed})`,
            ).toBeNull();
            if (first !== undefined) idle = 0;
          }
        }
      }
    },
  );
});

describe('seller team roles in bot play', () => {
  it("every seller role's controls are used, each by a player holding that role", () => {
    const used = new Map<SellerRole, Set<string>>(SELLER_ROLES.map((r) => [r, new Set<string>()]));
    for (const { file, scenario } of shippedScenarios()) {
      const inScenario = new Set<SellerRole>();
      for (const seed of SEEDS) {
        const played = autoplaySession(scenario, {}, { seed, sellerTeam: 3, thinkMs: THINK_MS });
        expect(played.refused).toEqual([]);
        for (const round of played.rounds)
          for (const job of round.state.jobs) {
            if (!job.seat.startsWith('seller-')) continue;
            expect(job.player, `${file}: ${job.type} by a named player`).not.toBeNull();
            expect(job.roles.length, `${file}: one role each in a team of three`).toBe(1);
            const needed = Object.hasOwn(SELLER_ACTION_ROLE, job.type)
              ? SELLER_ACTION_ROLE[job.type as keyof typeof SELLER_ACTION_ROLE]
              : undefined;
            if (!needed) continue;
            expect(job.roles, `${file}: ${job.type}`).toContain(needed);
            used.get(needed)?.add(job.type);
            inScenario.add(needed);
          }
      }
      expect([...inScenario].sort(), file).toEqual([...SELLER_ROLES].sort());
    }
    for (const role of SELLER_ROLES) {
      const controls = Object.entries(SELLER_ACTION_ROLE)
        .filter(([, r]) => r === role)
        .map(([type]) => type)
        .sort();
      expect([...(used.get(role) ?? [])].sort(), role).toEqual(controls);
    }
  });
});
