// Acknowledged means durable: a room's messages to a client wait until every write made so far is on disk. The
// store commits the writes of one turn of the event loop together (store.ts, group commit); every message a
// client gets — views, events, errors, the welcome after a join, Colyseus's own state patches and protocol
// frames — goes out through the client's `raw`, so holding `raw` holds them all, in order. With nothing waiting
// to be committed, a message goes out at once.
import type { Client } from '@colyseus/core';
import type { Store } from '../store/store.ts';

const HELD = Symbol('held until durable');
const QUEUE = Symbol('messages waiting for a commit');

type Raw = (data: Uint8Array | Buffer, options?: unknown, cb?: (err?: Error) => void) => void;
type Frame = [data: Uint8Array | Buffer, options?: unknown, cb?: (err?: Error) => void];

/** The messages one client has waiting for one commit group (Store.pendingGroup), sent together. */
interface Queue {
  group: object;
  frames: Frame[];
}

type Held = Client & {
  raw: Raw;
  ref?: { _socket?: { cork(): void; uncork(): void } };
  [HELD]?: true;
  [QUEUE]?: Queue;
};

/**
 * Makes the client's messages wait for the store's commit (once per client object; a reconnection's too). What
 * waits for the same commit goes out together, the socket corked around it: one write for a joining student's
 * state, welcome and view rather than one each (docs/performance.md, 3 December).
 */
export function holdUntilDurable(client: Client, store: Store): void {
  const c = client as Held;
  if (c[HELD]) return;
  c[HELD] = true;
  const raw = c.raw.bind(c);
  const flush = (queue: Queue) => {
    if (c[QUEUE] === queue) c[QUEUE] = undefined;
    const socket = c.ref?._socket;
    socket?.cork();
    try {
      for (const [data, options, cb] of queue.frames) raw(data, options, cb);
    } finally {
      socket?.uncork();
    }
  };
  c.raw = (data, options, cb) => {
    const group = store.pendingGroup();
    // Nothing waiting to be committed: at once (no earlier message of this client can be waiting either).
    if (!group) return raw(data, options, cb);
    const queue = c[QUEUE];
    if (queue && queue.group === group) {
      queue.frames.push([data, options, cb]);
      return;
    }
    const next: Queue = { group, frames: [[data, options, cb]] };
    c[QUEUE] = next;
    store.afterCommit(() => flush(next));
  };
}
