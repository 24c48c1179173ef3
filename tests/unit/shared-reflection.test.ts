// The benchmark's students share one decoding of the state's type reflection (scripts/lib/shared-reflection.ts):
// each client must still decode its own state, the same as the SDK alone would, and a change to one client's
// state must not show in another's.
import { describe, expect, it } from 'vitest';
import { Encoder, Reflection } from '@colyseus/schema';
import { SchemaSerializer } from '@colyseus/sdk';
import '../../scripts/lib/shared-reflection.ts';
import { PlayerSync, SessionSync } from '../../server/rooms/sync.ts';

function serverState(title: string, players: number) {
  const state = new SessionSync();
  state.title = title;
  state.playerCount = players;
  const encoder = new Encoder(state);
  return { state, encoder, reflection: Reflection.encode(encoder) };
}

function client(reflection: Uint8Array, full: Uint8Array) {
  const s = new SchemaSerializer();
  s.handshake(reflection, { offset: 0 });
  s.setState(full, { offset: 0 });
  return s;
}

describe('a shared type reflection', () => {
  it('gives every client its own state, decoded as the SDK decodes it', () => {
    const server = serverState('Hospital', 3);
    const full = server.encoder.encodeAll();
    const a = client(server.reflection, full);
    const b = client(server.reflection, full);
    expect(a.getState()).not.toBe(b.getState());
    // One set of classes for both (the SDK alone builds a new set per client).
    expect(Object.getPrototypeOf(a.getState())).toBe(Object.getPrototypeOf(b.getState()));
    for (const s of [a, b]) expect(s.getState()).toMatchObject({ title: 'Hospital', playerCount: 3 });

    // A patch for one client reaches only that client's state.
    server.state.playerCount = 4;
    const player = new PlayerSync();
    player.id = 'p1';
    player.name = 'Ada';
    server.state.players.set('p1', player);
    a.patch(server.encoder.encode(), { offset: 0 });
    expect(a.getState()).toMatchObject({ playerCount: 4 });
    expect(b.getState()).toMatchObject({ playerCount: 3 });
  });

  it('decodes another room’s reflection afresh', () => {
    const one = serverState('One', 1);
    const other = new Encoder(new PlayerSync());
    const a = client(one.reflection, one.encoder.encodeAll());
    const b = new SchemaSerializer();
    b.handshake(Reflection.encode(other), { offset: 0 });
    expect(Object.getPrototypeOf(b.getState())).not.toBe(Object.getPrototypeOf(a.getState()));
  });
});
