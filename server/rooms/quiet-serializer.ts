// Colyseus's schema serializer sends every client a patch frame on each tick in which anything in the state
// changed, even when that client's view holds none of the change (a table's summary, which only the staff
// see): with thousands of students and tables changing all the time, that is thousands of socket writes every
// 50 ms, the largest cost in the profile (docs/performance.md). This encodes each tick once per distinct
// StateView (visibility.ts gives every student the same one, every staff client another) and sends a frame
// only to the clients of a view whose frame carries something past its header; every frame with content goes
// out exactly as before. A joining client's full state is likewise encoded once per view and tick: in a join
// burst, dozens of students join between two ticks and would each cost a full encoding of the same view.
import { ClientState, type Client, type Room, type SchemaSerializer } from '@colyseus/core';
import type { Schema, StateView } from '@colyseus/schema';

type Timing = Parameters<SchemaSerializer<Schema>['applyPatches']>[2];

/** Frames left out, over every room of this process (for tests and the curious). */
export const quietStats = { skipped: 0 };

/**
 * Makes a room's serializer encode per view and skip empty patch frames. Call it right after setState:
 * assigning the state is what installs the serializer (and its encoder, which must stay the one bound to it).
 */
export function quietPatches(room: Room) {
  // Colyseus keeps the serializer private; the room exposes no hook between encoding and sending.
  const serializer = (room as unknown as { _serializer: SchemaSerializer<Schema> })._serializer;
  const applyPatches = serializer.applyPatches.bind(serializer);
  const getFullState = serializer.getFullState.bind(serializer);
  // Valid until the next tick: a change made since it was encoded reaches its clients with that tick's patch,
  // as it reaches a client whose full state was encoded before the change (Colyseus sends the patch to both).
  const fullStates = new Map<StateView, Uint8Array>();
  serializer.getFullState = (client?: Client, timing?: Timing) => {
    const view = client?.view;
    if (timing || !view) return getFullState(client, timing);
    let bytes = fullStates.get(view);
    if (!bytes) {
      bytes = getFullState(client, timing);
      fullStates.set(view, bytes);
    }
    return bytes;
  };
  serializer.applyPatches = (clients: Client[], state?: unknown, timing?: Timing) => {
    fullStates.clear();
    // Timed frames double as heartbeats for input prediction: those must all go out (unused here).
    if (timing) return applyPatches(clients, state, timing);
    const byView = new Map<StateView | undefined, Client[]>();
    for (const client of clients) {
      if (client.state !== ClientState.JOINED) continue;
      const group = byView.get(client.view);
      if (group) group.push(client);
      else byView.set(client.view, [client]);
    }
    // With nobody to send to, the serializer still has to settle its changes: leave that to it.
    if (byView.size === 0) return applyPatches(clients, state, timing);
    // One stand-in client per view: the serializer encodes the tick for each view once and hands it over.
    const frames = new Map<StateView | undefined, Uint8Array>();
    const standIns = [...byView.keys()].map(
      (view) =>
        ({
          state: ClientState.JOINED,
          view,
          raw: (data: Uint8Array) => frames.set(view, data),
        }) as unknown as Client,
    );
    const result = applyPatches(standIns, state, timing);
    for (const [view, frame] of frames) {
      const group = byView.get(view) ?? [];
      if (frame.length <= 1) quietStats.skipped += group.length;
      else for (const client of group) client.raw(frame);
    }
    return result;
  };
}
