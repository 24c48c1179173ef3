// The only module that talks to the server. It holds what the student may know of the session: the session's
// shared heading and lobby (the synced state), the seat's table as one channel (the `view` and `view-patch`
// messages carry the view with its events), debriefs, connection status; and it sends intents, each with an
// id the server answers with `ack` or `error`. Scenes and the overlay read it and call its methods; they
// never see the SDK.
import type { Client, Room } from '@colyseus/sdk';
import { forgetSession, loadSession, normalizeCode, saveSession } from './storage.ts';
import type {
  ActionError,
  GameEvent,
  JoinProblem,
  PlayerAction,
  PublicScenario,
  SendResult,
  SessionInfo,
  StoreState,
  SyncedState,
} from './types.ts';
import { UNANSWERED } from './types.ts';
import type { ViewMessage, ViewPatchMessage } from '../../shared/protocol.ts';
import { applyViewPatch } from '../../shared/view-patch.ts';
import { inflateDebrief } from './inflate.ts';

type SyncedRoot = { toJSON(): unknown };
type Sdk = typeof import('./sdk.ts');

// The SDK loads right after the first paint (the join screen does not need it to show), while the student types.
let sdkModule: Promise<Sdk> | null = null;
function loadSdk(): Promise<Sdk> {
  sdkModule ??= import('./sdk.ts').catch((error: unknown) => {
    sdkModule = null;
    throw error;
  });
  return sdkModule;
}
type Listener = (state: StoreState) => void;

/** An intent the server has not answered yet. */
interface Pending {
  action: PlayerAction;
  resolve: (result: SendResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Something a scene or panel points at, for the overlay to act on (e.g. "ask this member"). */
export type Selection = { kind: 'seat'; seat: string } | { kind: 'panel'; panel: string };

const MAX_EVENTS = 300;
const SEND_TIMEOUT_MS = 10_000;
const REJOIN_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 10_000];
/** Pauses before a new student's join is tried again after the server said "not now" (each ×0.5–1.5). */
const JOIN_RETRIES_MS = [1000, 2000, 4000];

export class Store {
  private state: StoreState = {
    status: 'idle',
    problem: null,
    session: null,
    me: null,
    synced: null,
    table: null,
    view: null,
    scenario: null,
    events: [],
    debriefs: {},
    errors: {},
    broadcasts: [],
    clockOffset: 0,
  };
  private readonly listeners = new Set<Listener>();
  private readonly selectListeners = new Set<(s: Selection) => void>();
  private sdkClient: Client | null = null;
  private readonly base: string;
  private room: Room<unknown, SyncedRoot> | null = null;
  /** Intents in flight, by the id they were sent with. */
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private leaving = false;
  private rejoinTimer: ReturnType<typeof setTimeout> | null = null;
  private rejoinAttempt = 0;
  private offsetSamples: number[] = [];
  private watchdog: ReturnType<typeof setInterval> | null = null;

  constructor(base: string = window.location.origin) {
    this.base = base.replace(/\/$/, '');
    loadSdk().catch(() => undefined);
    window.addEventListener('online', () => {
      if (this.state.status === 'offline') this.retryNow();
    });
  }

  /** The SDK client, carrying the join ticket of the look-up just made (one ticket per join). */
  private async client(ticket: string): Promise<Client> {
    const { Client } = await loadSdk();
    this.sdkClient ??= new Client(this.base);
    this.sdkClient.auth.token = ticket;
    return this.sdkClient;
  }

  get(): StoreState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The seat this device plays, or null in the lobby. */
  get seat(): string | null {
    const viewer = this.state.view?.viewer;
    return viewer?.kind === 'seat' ? viewer.seat : null;
  }

  /** Milliseconds left on the table's clock (null without a timer). */
  remainingMs(now = Date.now()): number | null {
    const v = this.state.view;
    if (!v || v.phase !== 'playing') return null;
    if (v.paused) return v.remainingMs;
    if (v.deadline === null) return null;
    return Math.max(0, v.deadline - (now + this.state.clockOffset));
  }

  select(selection: Selection): void {
    for (const l of this.selectListeners) l(selection);
  }

  onSelect(listener: (s: Selection) => void): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  /** The stored session this device may rejoin, if any. */
  stored(): { code: string; name: string } | null {
    const s = loadSession();
    return s ? { code: s.code, name: s.name } : null;
  }

  // ---- joining ----

  /** Looks a code up: the session's title and language and a join ticket, or why it cannot be joined. */
  async lookup(
    rawCode: string,
  ): Promise<{ info: SessionInfo; roomId: string; ticket: string } | { problem: JoinProblem }> {
    const code = normalizeCode(rawCode);
    if (code.length < 4) return { problem: { kind: 'invalid', message: '' } };
    let res: Response;
    try {
      res = await fetch(`${this.base}/api/join/${encodeURIComponent(code)}`, {
        headers: { accept: 'application/json' },
      });
    } catch {
      return { problem: { kind: 'network', message: '' } };
    }
    if (res.status === 404) return { problem: { kind: 'not-found', message: await errorText(res) } };
    if (res.status === 429) return { problem: { kind: 'busy', message: await errorText(res) } };
    if (!res.ok) return { problem: { kind: 'network', message: await errorText(res) } };
    const body = (await res.json()) as {
      code: string;
      title: string;
      language: string;
      status: string;
      roomId: string | null;
      ticket?: string | null;
    };
    if (!body.roomId) return { problem: { kind: 'finished', message: '' } };
    return {
      info: { code: body.code, title: body.title, language: body.language, status: body.status },
      roomId: body.roomId,
      ticket: body.ticket ?? '',
    };
  }

  /**
   * Joins as a new student. Resolves true when seated in the session's lobby. A join the server turns away for
   * now (too many joins waiting from this network, a ticket that lapsed) is tried again a few times, each time
   * with a fresh look-up, after a random pause so that a hall of phones does not retry in step.
   */
  async join(rawCode: string, name: string): Promise<boolean> {
    this.clearRejoin();
    this.set({ status: 'joining', problem: null });
    for (let attempt = 0; ; attempt++) {
      const found = await this.lookup(rawCode);
      if ('problem' in found) return this.fail(found.problem);
      if (found.info.status !== 'open') return this.fail({ kind: 'finished', message: '' });
      try {
        const client = await this.client(found.ticket);
        const room = await client.joinById<SyncedRoot>(found.roomId, { code: found.info.code, name });
        this.attach(room, found.info);
        return true;
      } catch (error) {
        const problem = refusal(error);
        if (problem.kind !== 'busy' || attempt >= JOIN_RETRIES_MS.length) return this.fail(problem);
        const pause = JOIN_RETRIES_MS[attempt]!;
        await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
      }
    }
  }

  /** Rejoins with the stored token (after a refresh, on a new tab, or when the connection was lost). */
  async resume(): Promise<boolean> {
    const stored = loadSession();
    if (!stored) return false;
    this.clearRejoin();
    if (this.state.status !== 'offline') this.set({ status: 'joining', problem: null });
    const found = await this.lookup(stored.code);
    if ('problem' in found) {
      if (found.problem.kind === 'network' || found.problem.kind === 'busy') return this.scheduleRejoin();
      forgetSession();
      return this.fail(found.problem);
    }
    try {
      const client = await this.client(found.ticket);
      const room = await client.joinById<SyncedRoot>(found.roomId, {
        code: found.info.code,
        token: stored.token,
      });
      this.rejoinAttempt = 0;
      this.attach(room, found.info);
      return true;
    } catch (error) {
      const problem = refusal(error);
      // Turned away for now (busy): the token still holds, so keep it and try again later.
      if (problem.kind === 'network' || problem.kind === 'busy') return this.scheduleRejoin();
      forgetSession();
      return this.fail(problem);
    }
  }

  /** Leaves the session on this device and forgets the token. */
  async leave(): Promise<void> {
    this.clearRejoin();
    this.stopWatch();
    this.leaving = true;
    forgetSession();
    const room = this.room;
    this.room = null;
    if (room) await room.leave(true).catch(() => undefined);
    this.leaving = false;
    this.reset('idle');
  }

  // ---- intents ----

  /**
   * Sends a player action with an id of its own; resolves when the server acknowledges or refuses it, or
   * with `no-answer` after 10 s of silence (the form keeps its text).
   */
  send(action: PlayerAction): Promise<SendResult> {
    const errors = { ...this.state.errors };
    delete errors[action.type];
    this.set({ errors });
    const room = this.room;
    if (!room) return Promise.resolve(this.refused(action, { code: 'offline', message: '', at: Date.now() }));
    // Unique on this device for as long as it runs; the server only echoes it.
    const id = `${(this.nextId++).toString(36)}-${action.type}`.slice(0, 32);
    return new Promise<SendResult>((resolve) => {
      this.pending.set(id, {
        action,
        resolve,
        timer: setTimeout(
          () => this.settle(id, { code: 'no-answer', message: '', at: Date.now() }),
          SEND_TIMEOUT_MS,
        ),
      });
      try {
        room.send('intent', { id, action });
      } catch {
        this.settle(id, { code: 'offline', message: '', at: Date.now() });
      }
    });
  }

  /** Answers the intent sent with `id`: acknowledged (no error) or refused. */
  private settle(id: string, error: ActionError | null) {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    entry.resolve(error ? this.refused(entry.action, error) : { ok: true });
  }

  /** A refusal is shown next to the form that sent it; silence is the form's to show (it keeps its text). */
  private refused(action: PlayerAction, error: ActionError): SendResult {
    if (!(UNANSWERED as readonly string[]).includes(error.code))
      this.set({ errors: { ...this.state.errors, [action.type]: error } });
    return { ok: false, error };
  }

  /** A form's own check failed (e.g. an empty field): shown where the server's refusals show. */
  flagError(type: string, message: string): void {
    this.set({
      errors: { ...this.state.errors, [type]: { code: 'invalid-value', message, at: Date.now() } },
    });
  }

  clearError(type: string): void {
    if (!this.state.errors[type]) return;
    const errors = { ...this.state.errors };
    delete errors[type];
    this.set({ errors });
  }

  dismissBroadcast(at: number): void {
    this.set({ broadcasts: this.state.broadcasts.filter((b) => b.at !== at) });
  }

  // ---- the room ----

  private attach(room: Room<unknown, SyncedRoot>, info: SessionInfo) {
    this.room = room;
    this.set({ status: 'connected', problem: null, session: info });
    room.onMessage('*', (type: string | number, payload: unknown) => this.onMessage(String(type), payload));
    // The session's heading, head count and lobby list; the seat's table comes in the view messages.
    room.onStateChange((root: SyncedRoot) => {
      if (this.room !== room) return;
      this.set({ synced: root.toJSON() as SyncedState });
    });
    // The SDK retries the same connection for a while (the server keeps the seat 120 s). A restarted server has
    // a new room, though: the watchdog notices and rejoins there with the token instead of waiting.
    room.reconnection.maxRetries = 10;
    room.reconnection.maxDelay = 3000;
    room.onDrop(() => {
      if (this.room !== room) return;
      this.set({ status: 'reconnecting' });
      this.watch(room, info.code);
    });
    room.onReconnect(() => {
      this.stopWatch();
      if (this.room === room) this.set({ status: 'connected' });
    });
    room.onLeave(() => {
      this.stopWatch();
      if (this.room !== room) return;
      this.room = null;
      this.failPending();
      if (this.leaving) return;
      // The SDK gave up (or the server closed the room): rejoin with the token, on a fresh room if need be.
      this.set({ status: 'offline' });
      this.scheduleRejoin(0);
    });
  }

  /** While the SDK reconnects: if the session now lives in another room (a server restart), go there. */
  private watch(room: Room<unknown, SyncedRoot>, code: string) {
    this.stopWatch();
    this.watchdog = setInterval(() => {
      void this.lookup(code).then((found) => {
        if (this.room !== room || !('roomId' in found) || found.roomId === room.roomId) return;
        this.stopWatch();
        this.room = null;
        // Let the SDK's pending retry fail at once; its leave is then ignored (this.room moved on).
        room.reconnection.maxRetries = 0;
        this.failPending();
        this.set({ status: 'offline' });
        this.scheduleRejoin(0);
      });
    }, 2000);
  }

  private stopWatch() {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }

  private onMessage(type: string, payload: unknown) {
    const p = (payload ?? {}) as Record<string, unknown>;
    switch (type) {
      case 'welcome': {
        const playerId = typeof p.playerId === 'string' ? p.playerId : '';
        const name = typeof p.name === 'string' ? p.name : '';
        this.set({ me: { playerId, name } });
        const stored = loadSession();
        const code = this.state.session?.code ?? stored?.code ?? '';
        const token = typeof p.token === 'string' ? p.token : stored?.code === code ? stored.token : null;
        if (token) saveSession({ code, token, playerId, name });
        return;
      }
      case 'scenario':
        this.set({ scenario: payload as PublicScenario });
        return;
      case 'view': {
        const m = payload as Partial<ViewMessage> | null;
        const view = m?.view ?? null;
        const table = typeof m?.table === 'string' ? m.table : null;
        const roundChanged = view && this.state.view && view.round !== this.state.view.round;
        this.set({ view, table, ...(roundChanged ? { events: [] } : {}) });
        this.addEvents(m?.events);
        return;
      }
      case 'view-patch': {
        const view = applyViewPatch({ table: this.state.table, view: this.state.view }, payload);
        if (view) this.set({ view });
        this.addEvents((payload as Partial<ViewPatchMessage> | null)?.events);
        return;
      }
      case 'ack':
        if (typeof p.id === 'string') this.settle(p.id, null);
        return;
      case 'debrief': {
        void inflateDebrief(p.deflated).then((debrief) => {
          if (debrief) this.set({ debriefs: { ...this.state.debriefs, [debrief.round]: debrief } });
        });
        return;
      }
      case 'broadcast': {
        const text = typeof p.text === 'string' ? p.text : '';
        const at = typeof p.at === 'number' ? p.at : Date.now();
        if (text) this.set({ broadcasts: [...this.state.broadcasts, { text, at }].slice(-5) });
        return;
      }
      case 'error': {
        const error: ActionError = {
          code: typeof p.code === 'string' ? p.code : 'error',
          message: typeof p.message === 'string' ? p.message : '',
          at: Date.now(),
        };
        // The answer to an intent by its id (ignored once settled, e.g. after the timeout); without an id, a
        // message refused before its id could be read: shown by what it was sent for.
        if (typeof p.id === 'string') this.settle(p.id, error);
        else if (typeof p.to === 'string') this.set({ errors: { ...this.state.errors, [p.to]: error } });
        return;
      }
      default:
        return;
    }
  }

  /** The events that came with a view: the table's latest, and samples of the server's clock. */
  private addEvents(events: unknown) {
    if (!Array.isArray(events) || events.length === 0) return;
    const list = events as GameEvent[];
    this.sampleClock(list);
    this.set({ events: [...this.state.events, ...list].slice(-MAX_EVENTS) });
  }

  /** The connection went away: nobody will answer the actions in flight (their forms keep their text). */
  private failPending() {
    for (const id of [...this.pending.keys()])
      this.settle(id, { code: 'offline', message: '', at: Date.now() });
  }

  /** Events carry the server's clock: the largest (latest-arriving) sample is the best estimate. */
  private sampleClock(events: GameEvent[]) {
    const last = events[events.length - 1];
    if (!last || typeof last.at !== 'number') return;
    const sample = last.at - Date.now();
    this.offsetSamples = [...this.offsetSamples, sample].slice(-8);
    const offset = Math.max(...this.offsetSamples);
    if (Math.abs(offset - this.state.clockOffset) > 50) this.set({ clockOffset: offset });
  }

  // ---- rejoining ----

  private scheduleRejoin(delay?: number): false {
    this.clearRejoin();
    if (!loadSession()) {
      this.reset('idle');
      return false;
    }
    const wait =
      delay ?? REJOIN_DELAYS_MS[Math.min(this.rejoinAttempt, REJOIN_DELAYS_MS.length - 1)] ?? 10_000;
    this.rejoinAttempt += 1;
    this.set({ status: 'offline' });
    this.rejoinTimer = setTimeout(() => {
      this.rejoinTimer = null;
      void this.resume();
    }, wait);
    return false;
  }

  /** Retries a lost connection at once (the "retry" button, or the browser coming back online). */
  retryNow(): void {
    if (this.state.status === 'offline') this.scheduleRejoin(0);
  }

  private clearRejoin() {
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    this.rejoinTimer = null;
  }

  private fail(problem: JoinProblem): false {
    this.reset('idle');
    this.set({ problem });
    return false;
  }

  private reset(status: StoreState['status']) {
    this.failPending();
    this.set({
      status,
      session: null,
      me: null,
      synced: null,
      table: null,
      view: null,
      scenario: null,
      events: [],
      debriefs: {},
      errors: {},
    });
  }

  private set(patch: Partial<StoreState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}

async function errorText(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    return typeof body.error === 'string' ? body.error : '';
  } catch {
    return '';
  }
}

/** A refused join: the server's reason when it gave one, a network problem otherwise. */
function refusal(error: unknown): JoinProblem {
  // The SDK's MatchMakeError / ServerError carry the server's code and reason.
  if (error instanceof Error && 'code' in error) {
    const message = error.message;
    if (/finished/i.test(message)) return { kind: 'finished', message };
    // Not now: too many attempts or joins waiting from this network, or a join ticket that lapsed on the way.
    if (/too many|join ticket/i.test(message)) return { kind: 'busy', message };
    if (/no longer seated|re-admit/i.test(message)) return { kind: 'removed', message };
    return { kind: 'refused', message };
  }
  return { kind: 'network', message: error instanceof Error ? error.message : '' };
}
