// The instructor's console and the projector in the session room: the synced state of every table (public
// facts only), the class results when a round ends, and the instructor's broadcasts. The console sends its
// commands over HTTP (host-api.ts), where each gets an answer; the socket only listens.
// Like store.ts for students, this is the only place these pages touch the SDK.
import type { Client, Room } from '@colyseus/sdk';
import type { PublicResults, PublicScenario, SyncedState } from './types.ts';

type SyncedRoot = { toJSON(): unknown };

export type StaffAuth = { hostSecret: string } | { spectator: true };

export interface StaffState {
  status: 'idle' | 'joining' | 'connected' | 'reconnecting' | 'offline';
  /** Why the room refused us or cannot be found (plain text from the server), or null. */
  problem: string | null;
  synced: SyncedState | null;
  scenario: PublicScenario | null;
  results: PublicResults | null;
  /** When each table's public state last changed (this device's clock), to notice a table that is stuck. */
  changedAt: Record<string, number>;
  /** The instructor's latest broadcast, with when this device received it. */
  broadcast: { text: string; receivedAt: number } | null;
  /** The last refusal of a socket message: { to, code, message }. */
  error: { to: string; code: string; message: string } | null;
}

const RETRY_MS = 2000;

export class StaffRoom {
  private state: StaffState = {
    status: 'idle',
    problem: null,
    synced: null,
    scenario: null,
    results: null,
    changedAt: {},
    broadcast: null,
    error: null,
  };
  private readonly listeners = new Set<(s: StaffState) => void>();
  private room: Room<unknown, SyncedRoot> | null = null;
  private client: Client | null = null;
  private readonly base: string;
  private code = '';
  private auth: StaffAuth | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private versions: Record<string, number> = {};

  constructor(base: string = window.location.origin) {
    this.base = base.replace(/\/$/, '');
  }

  get(): StaffState {
    return this.state;
  }

  subscribe(listener: (s: StaffState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Finds the session's room by its code and joins it; retries while the server is away. */
  async connect(code: string, auth: StaffAuth): Promise<void> {
    this.code = code;
    this.auth = auth;
    this.closed = false;
    if (this.state.status === 'idle') this.set({ status: 'joining' });
    let roomId: string | null;
    let ticket = '';
    try {
      const res = await fetch(`${this.base}/api/join/${encodeURIComponent(code)}`, {
        headers: { accept: 'application/json' },
      });
      const body = (await res.json().catch(() => ({}))) as {
        roomId?: string | null;
        ticket?: string | null;
        error?: string;
      };
      if (res.status === 404) {
        this.set({ status: 'idle', problem: body.error ?? 'not-found' });
        return;
      }
      roomId = body.roomId ?? null;
      // The projector joins with this one-join ticket; the console's host secret is enough on its own.
      ticket = body.ticket ?? '';
    } catch {
      roomId = null;
    }
    if (!roomId) {
      this.later();
      return;
    }
    try {
      const { Client } = await import('./sdk.ts');
      this.client ??= new Client(this.base);
      this.client.auth.token = ticket;
      const room = await this.client.joinById<SyncedRoot>(roomId, { code, ...auth });
      this.attach(room);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      // A refusal (a wrong secret) is final; "not now" (too many joins waiting, a lapsed ticket) and anything
      // else, the network, are tried again shortly.
      if (
        error instanceof Error &&
        'code' in error &&
        !/ECONN|network|fetch|too many|join ticket/i.test(message)
      )
        this.set({ status: 'idle', problem: message });
      else this.later();
    }
  }

  async leave(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const room = this.room;
    this.room = null;
    if (room) await room.leave(true).catch(() => undefined);
    this.set({ status: 'idle' });
  }

  private later() {
    if (this.closed) return;
    this.set({ status: 'offline' });
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      if (this.auth) void this.connect(this.code, this.auth);
    }, RETRY_MS);
  }

  private attach(room: Room<unknown, SyncedRoot>) {
    this.room = room;
    this.set({ status: 'connected', problem: null });
    room.onStateChange((root: SyncedRoot) => {
      if (this.room !== room) return;
      const synced = root.toJSON() as SyncedState;
      const changedAt = { ...this.state.changedAt };
      for (const [id, t] of Object.entries(synced.tables ?? {})) {
        if (this.versions[id] !== t.version) {
          this.versions[id] = t.version;
          changedAt[id] = Date.now();
        }
      }
      this.set({ synced, changedAt });
    });
    room.onMessage('*', (type: string | number, payload: unknown) => this.onMessage(String(type), payload));
    room.onDrop(() => {
      if (this.room === room) this.set({ status: 'reconnecting' });
    });
    room.onReconnect(() => {
      if (this.room === room) this.set({ status: 'connected' });
    });
    room.onLeave(() => {
      if (this.room !== room) return;
      this.room = null;
      // The room closed (a restart, or the session was deleted): look it up again.
      this.later();
    });
  }

  private onMessage(type: string, payload: unknown) {
    const p = (payload ?? {}) as Record<string, unknown>;
    switch (type) {
      case 'scenario':
        this.set({ scenario: payload as PublicScenario });
        return;
      case 'broadcast':
        if (typeof p.text === 'string') this.set({ broadcast: { text: p.text, receivedAt: Date.now() } });
        return;
      case 'results':
        this.set({ results: payload as PublicResults });
        return;
      case 'error':
        this.set({
          error: {
            to: typeof p.to === 'string' ? p.to : '',
            code: typeof p.code === 'string' ? p.code : 'error',
            message: typeof p.message === 'string' ? p.message : '',
          },
        });
        return;
      default:
        return;
    }
  }

  private set(patch: Partial<StaffState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
