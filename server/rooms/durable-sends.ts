// Acknowledged means durable: a room's messages to a client wait until every write made so far is on disk. The
// store commits the writes of one turn of the event loop together (store.ts, group commit); every message a
// client gets — views, events, errors, the welcome after a join, Colyseus's own state patches and protocol
// frames — goes out through the client's `raw`, so holding `raw` holds them all, in order. With nothing waiting
// to be committed, a message goes out at once.
import type { Client } from '@colyseus/core';
import type { Store } from '../store/store.ts';

const HELD = Symbol('held until durable');

type Raw = (data: Uint8Array | Buffer, options?: unknown, cb?: (err?: Error) => void) => void;

/** Makes the client's messages wait for the store's commit (once per client object; a reconnection's too). */
export function holdUntilDurable(client: Client, store: Store): void {
  const c = client as Client & { raw: Raw; [HELD]?: true };
  if (c[HELD]) return;
  c[HELD] = true;
  const raw = c.raw.bind(c);
  c.raw = (data, options, cb) => store.afterCommit(() => raw(data, options, cb));
}
