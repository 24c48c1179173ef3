// The WebSocket heartbeat, spread over time. Colyseus's transport pings every connection in one loop every 3 s
// (WebSocketTransport.autoTerminateUnresponsiveClients); at 3,000 students that loop held the event loop for
// 40–90 ms every 3 s, and those stalls were the p99 of intent → update during play (docs/performance.md,
// 3 December). This keeps the transport's rule — a connection that has not answered `maxRetries` pings in a row
// is terminated — but pings a share of the connections every `stepMs`, each once per `intervalMs`.
import type { Server } from 'node:http';
import { WebSocketTransport, type TransportOptions } from '@colyseus/ws-transport';
import type { WebSocket, WebSocketServer } from 'ws';

export interface HeartbeatOptions {
  /** How often each connection is pinged (the transport's pingInterval). */
  intervalMs: number;
  /** Unanswered pings in a row after which a connection is terminated (the transport's pingMaxRetries). */
  maxRetries: number;
  /** How often a share of the connections is pinged. */
  stepMs: number;
}

export const HEARTBEAT: HeartbeatOptions = { intervalMs: 3000, maxRetries: 2, stepMs: 50 };

/** The transport marks each connection with its unanswered pings, and resets the count on a pong. */
type Pinged = WebSocket & { pingCount?: number };

const noop = () => undefined;

/** Where the heartbeat is: the round's iterator (null once the round has pinged everyone) and its step. */
export interface HeartbeatCursor {
  it: Iterator<WebSocket> | null;
  step: number;
}

export const newCursor = (): HeartbeatCursor => ({ it: null, step: 0 });

/**
 * One step: pings the next share of the connections. A round starts every `intervalMs` (every `steps` steps) and
 * pings each connection once, a share of them a step; a connection the transport never counted is left alone.
 */
export function heartbeatStep(
  clients: ReadonlySet<WebSocket>,
  cursor: HeartbeatCursor,
  options: HeartbeatOptions,
): void {
  const steps = Math.max(1, Math.round(options.intervalMs / options.stepMs));
  if (cursor.step % steps === 0) cursor.it = clients.values();
  cursor.step += 1;
  let quota = Math.ceil(clients.size / steps);
  while (quota > 0 && cursor.it) {
    const next = cursor.it.next();
    if (next.done) {
      cursor.it = null;
      return;
    }
    quota -= 1;
    const client = next.value as Pinged;
    if (client.pingCount === undefined) continue;
    if (client.pingCount >= options.maxRetries) {
      client.terminate();
      continue;
    }
    client.pingCount += 1;
    client.ping(noop);
  }
}

/** Starts the spread heartbeat on a WebSocket server; returns what stops it. */
export function spreadHeartbeat(wss: WebSocketServer, options: HeartbeatOptions = HEARTBEAT): () => void {
  const cursor = newCursor();
  const timer = setInterval(() => heartbeatStep(wss.clients, cursor, options), options.stepMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Colyseus's WebSocket transport with its heartbeat spread (the transport's own is turned off). */
export class SpreadHeartbeatTransport extends WebSocketTransport {
  constructor(options: TransportOptions & { server: Server }, heartbeat: HeartbeatOptions = HEARTBEAT) {
    super({ ...options, pingInterval: 0 });
    const stop = spreadHeartbeat(this.wss, heartbeat);
    options.server.on('close', stop);
  }
}
