// The console's class model, built from the staff's synced table summaries, carries what the rules need to say
// whom a table waits for: `waitingFor()` of shared/rules/permissions.ts reads it as it reads the engine's state,
// so disqualified sellers, empty seats and sellers not asked for a best-and-final offer are not waited for.
import { describe, expect, it } from 'vitest';
import { fromSynced } from '../../client/instructor/model.ts';
import type { SyncedState } from '../../client/net/types.ts';
import { waitingFor } from '../../shared/rules/permissions.ts';

type Seat = SyncedState['tables'][string]['seats'][string];
const seat = (id: string, kind: string, players: string[], extra: Partial<Seat> = {}): Seat => ({
  id,
  kind,
  players,
  bot: false,
  ready: false,
  connected: players.length,
  ...extra,
});

function synced(step: string, bafo?: { sellers: string[]; answered: string[] }): SyncedState {
  const seats = [
    seat('engineering', 'obc', ['p1']),
    seat('production', 'obc', [], { bot: true }),
    seat('marketing', 'obc', []),
    seat('procurement', 'obc', ['p2'], { ready: true }),
    seat('general-management', 'obc', ['p3']),
    seat('seller-A', 'seller', ['p4', 'p5']),
    seat('seller-B', 'seller', ['p6']),
    seat('seller-C', 'seller', ['p7']),
  ];
  return {
    title: 't',
    scenarioId: 's',
    language: 'en',
    status: 'open',
    playerCount: 7,
    players: Object.fromEntries(
      seats.flatMap((s) =>
        s.players.map((id) => [id, { id, name: id, table: 'T1', seat: s.id, connected: true }]),
      ),
    ),
    tables: {
      T1: {
        id: 'T1',
        round: 1,
        phase: 'playing',
        segment: 'mini',
        stage: step === 'need-recognition' ? 'need-recognition' : 'rfp',
        step: step === 'need-recognition' ? '' : step,
        paused: false,
        deadline: 0,
        remainingMs: 0,
        seats: Object.fromEntries(seats.map((s) => [s.id, s])),
        sellers: {
          A: { id: 'A', disqualified: false },
          B: { id: 'B', disqualified: true },
          C: { id: 'C', disqualified: false },
        },
        ...(bafo ? { bafo } : {}),
        version: 3,
      },
    },
  };
}

describe('the console’s waiting list from the synced summary', () => {
  it('waits for every occupied seat not ready, but not for an empty one', () => {
    const table = fromSynced(synced('need-recognition')).tables[0]!;
    expect(waitingFor(table).sort()).toEqual(
      ['engineering', 'production', 'general-management', 'seller-A', 'seller-B', 'seller-C'].sort(),
    );
  });

  it('in bidding waits for the sellers still in the running only', () => {
    const table = fromSynced(synced('bidding')).tables[0]!;
    expect(waitingFor(table).sort()).toEqual(['seller-A', 'seller-C']);
  });

  it('in a best-and-final round waits for the sellers asked who have not answered', () => {
    const table = fromSynced(synced('bafo', { sellers: ['A', 'C'], answered: ['A'] })).tables[0]!;
    expect(waitingFor(table)).toEqual(['seller-C']);
  });
});
