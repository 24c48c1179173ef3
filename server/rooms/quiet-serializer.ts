// Colyseus's schema serializer sends every client a patch frame on each tick in which anything in the state
// changed, even when that client's view holds none of the change (a table it does not sit at): with a
// thousand students and tables changing all the time, that is a thousand socket writes every 50 ms, the
// largest cost in the profile (docs/performance.md). This drops the frames that carry nothing past their
// header; every frame with content goes out exactly as before.
import type { Client, Room, SchemaSerializer } from '@colyseus/core';
import type { Schema } from '@colyseus/schema';

type Timing = Parameters<SchemaSerializer<Schema>['applyPatches']>[2];

/** Frames left out, over every room of this process (for tests and the curious). */
export const quietStats = { skipped: 0 };

/**
 * Makes a room's serializer skip empty patch frames. Call it right after setState: assigning the state is
 * what installs the serializer (and its encoder, which must stay the one bound to the state).
 */
export function quietPatches(room: Room) {
  // Colyseus keeps the serializer private; the room exposes no hook between encoding and sending.
  const serializer = (room as unknown as { _serializer: SchemaSerializer<Schema> })._serializer;
  const applyPatches = serializer.applyPatches.bind(serializer);
  serializer.applyPatches = (clients: Client[], state?: unknown, timing?: Timing) => {
    // Timed frames double as heartbeats for input prediction: those must all go out (unused here).
    if (timing) return applyPatches(clients, state, timing);
    const quiet = clients.map((client) => {
      const proxy = Object.create(client) as Client;
      proxy.raw = (data, options, cb) => {
        if (data.length > 1) client.raw(data, options, cb);
        else quietStats.skipped += 1;
      };
      return proxy;
    });
    return applyPatches(quiet, state, timing);
  };
}
