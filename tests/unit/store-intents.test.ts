// The student's store keeps each intent in flight by the id it sent, and settles it by the server's answer to
// that id (`ack` or `error`), in whatever order answers come; silence ends in a `no-answer` after a while, a
// lost connection in `offline`, and neither stalls the form. The view and its events arrive as one channel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The store is browser code: the little of `window` it touches, before it loads.
vi.hoisted(() => {
  (globalThis as Record<string, unknown>).window = {
    location: { origin: 'http://localhost' },
    addEventListener: () => undefined,
    localStorage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
  };
});

import { Store } from '../../client/net/store.ts';

/** A stand-in for the SDK's room: records what is sent, and delivers what the test says the server sent. */
class FakeRoom {
  readonly sent: { type: string; message: any }[] = [];
  roomId = 'room';
  reconnection = { maxRetries: 0, maxDelay: 0 };
  private onAny: ((type: string, payload: unknown) => void) | null = null;
  private left: (() => void) | null = null;
  onMessage(_type: '*', cb: (type: string, payload: unknown) => void) {
    this.onAny = cb;
  }
  onStateChange() {}
  onDrop() {}
  onReconnect() {}
  onLeave(cb: () => void) {
    this.left = cb;
  }
  send(type: string, message: unknown) {
    this.sent.push({ type, message });
  }
  deliver(type: string, payload: unknown) {
    this.onAny?.(type, payload);
  }
  leave() {
    this.left?.();
  }
}

function connected() {
  const store = new Store('http://localhost');
  const room = new FakeRoom();
  (store as unknown as { attach(room: unknown, info: unknown): void }).attach(room, {
    code: 'ABCDEF',
    title: 't',
    language: 'en',
    status: 'open',
  });
  return { store, room };
}

const chat = { type: 'chat', channel: 'obc', text: 'hello' } as const;
const ready = { type: 'ready', ready: true } as const;

describe('intents by id', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles two intents in flight by their own ids, answered in the opposite order', async () => {
    const { store, room } = connected();
    const first = store.send(chat);
    const second = store.send(ready);
    const [a, b] = room.sent.map((s) => s.message.id as string);
    expect(room.sent.map((s) => s.type)).toEqual(['intent', 'intent']);
    expect(a).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(b).not.toBe(a);
    room.deliver('error', { id: b, to: 'ready', code: 'wrong-stage', message: 'not now' });
    room.deliver('ack', { id: a });
    expect(await first).toEqual({ ok: true });
    expect(await second).toMatchObject({ ok: false, error: { code: 'wrong-stage', message: 'not now' } });
    // The refusal shows next to the form that sent it (by its action type); the accepted one has none.
    expect(store.get().errors.ready?.code).toBe('wrong-stage');
    expect(store.get().errors.chat).toBeUndefined();
    // A late or repeated answer to a settled id changes nothing.
    room.deliver('error', { id: a, to: 'chat', code: 'invalid-value', message: '' });
    expect(store.get().errors.chat).toBeUndefined();
  });

  it('reports silence as no-answer after the timeout, without marking the form refused', async () => {
    const { store } = connected();
    const pending = store.send(chat);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'no-answer' } });
    expect(store.get().errors.chat).toBeUndefined();
  });

  it('settles what is in flight as offline when the connection goes', async () => {
    const { store, room } = connected();
    const pending = store.send(chat);
    room.leave();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('takes the view and its events from one channel', () => {
    const { store, room } = connected();
    const view = { round: 1, viewer: { kind: 'seat', seat: 'production' }, presence: { production: 1 } };
    room.deliver('view', { table: 'T1', view });
    const event = { type: 'message', at: Date.now(), audience: { to: 'obc' }, summary: '', data: {} };
    room.deliver('view-patch', { table: 'T1', set: { presence: { production: 2 } }, events: [event] });
    expect(store.get().view).toEqual({ ...view, presence: { production: 2 } });
    expect(store.get().events).toEqual([event]);
    // A patch for another table is not applied (its view comes whole), but its events are not lost either.
    room.deliver('view-patch', { table: 'T2', set: { round: 9 } });
    expect(store.get().view?.round).toBe(1);
  });
});
