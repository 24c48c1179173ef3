// The spread heartbeat (server/heartbeat.ts): every connection pinged once a round, a share of them a step, the
// transport's rule for the unresponsive kept; and, on a real server, a client that answers pings stays connected.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, type WebSocket as Ws } from 'ws';
import { HEARTBEAT, SpreadHeartbeatTransport, heartbeatStep, newCursor } from '../../server/heartbeat.ts';

class FakeSocket {
  pingCount: number | undefined = 0;
  pings = 0;
  terminated = false;
  ping() {
    this.pings += 1;
  }
  terminate() {
    this.terminated = true;
  }
}

const options = { intervalMs: 1000, maxRetries: 2, stepMs: 100 };

function run(clients: Set<FakeSocket>, steps: number) {
  const cursor = newCursor();
  for (let i = 0; i < steps; i++) heartbeatStep(clients as unknown as Set<Ws>, cursor, options);
}

describe('spread heartbeat', () => {
  it.each([1, 9, 10, 11, 95, 1000])(
    'pings each of %i connections once a round, a tenth of them a step',
    (n) => {
      const clients = new Set(Array.from({ length: n }, () => new FakeSocket()));
      const cursor = newCursor();
      let most = 0;
      for (let step = 0; step < 10; step++) {
        const before = [...clients].reduce((a, c) => a + c.pings, 0);
        heartbeatStep(clients as unknown as Set<Ws>, cursor, options);
        most = Math.max(most, [...clients].reduce((a, c) => a + c.pings, 0) - before);
        // Answered at once: every pong resets the count, as the transport's listener does.
        for (const c of clients) c.pingCount = 0;
      }
      expect(most).toBe(Math.ceil(n / 10));
      for (const c of clients) expect(c.pings).toBe(1);
      expect([...clients].some((c) => c.terminated)).toBe(false);
    },
  );

  it('terminates a connection that left maxRetries pings unanswered, and leaves one the transport never counted', () => {
    const silent = new FakeSocket();
    const answering = new FakeSocket();
    const uncounted = new FakeSocket();
    uncounted.pingCount = undefined;
    const clients = new Set([silent, answering, uncounted]);
    const cursor = newCursor();
    for (let round = 0; round < 3; round++)
      for (let step = 0; step < 10; step++) {
        heartbeatStep(clients as unknown as Set<Ws>, cursor, options);
        answering.pingCount = 0;
      }
    expect(silent.pings).toBe(2);
    expect(silent.terminated).toBe(true);
    expect(answering.pings).toBe(3);
    expect(answering.terminated).toBe(false);
    expect(uncounted.pings).toBe(0);
    expect(uncounted.terminated).toBe(false);
  });

  it('copes with connections that come and go during a round', () => {
    const clients = new Set(Array.from({ length: 30 }, () => new FakeSocket()));
    const cursor = newCursor();
    const first = [...clients].slice(0, 10);
    heartbeatStep(clients as unknown as Set<Ws>, cursor, options);
    for (const c of first) clients.delete(c);
    const late = Array.from({ length: 5 }, () => new FakeSocket());
    for (const c of late) clients.add(c);
    run(clients, 20);
    for (const c of clients) expect(c.pings).toBeGreaterThanOrEqual(1);
  });

  describe('on a server', () => {
    let server: Server | null = null;
    afterEach(async () => {
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      server = null;
    });

    /** A server with the spread heartbeat, listening; its WebSocket address. */
    async function start(heartbeat: { intervalMs: number; maxRetries: number; stepMs: number }) {
      const s = createServer();
      server = s;
      const transport = new SpreadHeartbeatTransport({ server: s }, heartbeat);
      await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
      return { transport, url: `ws://127.0.0.1:${(s.address() as AddressInfo).port}/` };
    }

    it('pings a connected socket, which answers and stays; the transport pings nothing itself', async () => {
      const { transport, url } = await start({ intervalMs: 200, maxRetries: 2, stepMs: 20 });
      expect((transport as unknown as { pingIntervalMS: number }).pingIntervalMS).toBe(0);
      // A socket the transport accepts without a room (no sessionId): it closes it after a second.
      const socket = new WebSocket(url);
      let pings = 0;
      socket.on('ping', () => (pings += 1));
      await new Promise((resolve) => socket.once('open', resolve));
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(pings).toBeGreaterThanOrEqual(2);
      socket.terminate();
    });

    it('terminates a socket after two unanswered pings, and not one that answers', async () => {
      const { url } = await start({ intervalMs: 150, maxRetries: 2, stepMs: 10 });
      // Sockets without a room: the transport closes them normally (1000) after a second, later than this.
      const silent = new WebSocket(url, { autoPong: false });
      const answering = new WebSocket(url);
      const closed = new Map<string, number>();
      silent.on('close', (code) => closed.set('silent', code));
      answering.on('close', (code) => closed.set('answering', code));
      await Promise.all([silent, answering].map((w) => new Promise((r) => w.once('open', r))));
      for (let i = 0; i < 100 && !closed.has('silent'); i++) await new Promise((r) => setTimeout(r, 20));
      // Terminated: the connection is cut without a closing handshake (1006), not closed by the transport (1000).
      expect(closed.get('silent')).toBe(1006);
      expect(closed.get('answering')).not.toBe(1006);
      answering.terminate();
    });
  });

  it('keeps the transport’s defaults: every 3 s, terminated after 2 unanswered', () => {
    expect(HEARTBEAT.intervalMs).toBe(3000);
    expect(HEARTBEAT.maxRetries).toBe(2);
  });
});
