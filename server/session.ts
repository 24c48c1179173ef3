// One live session: its players, its tables and their engine states, kept in step with the durable store.
// No Colyseus here: the room adapts this to clients, the HTTP API to requests.
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { apply, createTable } from '../shared/rules/engine.ts';
import { replay } from '../shared/rules/replay.ts';
import { computeDebrief, type Debrief } from '../shared/rules/debrief.ts';
import type {
  Action,
  Actor,
  ApplyResult,
  GameEvent,
  LogEntry,
  Rejection,
  SeatId,
  StageMinutes,
  TableConfig,
  TableState,
} from '../shared/rules/types.ts';
import { dealTables, seatOrder, type DealOptions } from '../shared/session/deal.ts';
import { nextSegment, type PlannedSegment, type SessionSegment } from '../shared/session/segments.ts';
import { loadScenario } from '../shared/scenario/load.ts';
import { botIntent, type SellerStrategy } from '../shared/bots/policy.ts';
import { viewFor } from '../shared/rules/view.ts';
import { cleanName, nameKey, uniqueName } from '../shared/session/names.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import {
  LogEntrySchema,
  describeZodError,
  type CreateSession,
  type SessionSource,
} from '../shared/protocol.ts';
import {
  DEFAULT_GRADE_WEIGHTS,
  GradeWeightsPatchSchema,
  mergeWeights,
  withDefaults,
  type GradeWeights,
  type GradeWeightsPatch,
} from '../shared/session/grades.ts';
import type { SessionRow, Store } from './store/store.ts';
import { randomToken } from './random-pool.ts';

/** Join codes avoid look-alike characters (0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export function normalizeCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH || [...code].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return code;
}

export function newSecret(): string {
  return randomToken(24, 'base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface SessionOptions {
  sellers: string[];
  sellerTeamSize: number;
  bots: boolean;
  language: 'en' | 'fi' | 'pl';
  autoAdvance: boolean;
  seed: number;
  title: string | null;
  /** How seller bots frame their value proposition. */
  botStrategy: SellerStrategy;
  /** Stage lengths that differ from the scenario's (minutes); absent in sessions made before overrides. */
  stageMinutes?: StageMinutes;
  /** Where the scenario came from (a saved one: which, and its hash then); absent in older sessions. */
  source?: SessionSource;
}

export interface LivePlayer {
  id: string;
  name: string;
  joinedAt: number;
  removed: boolean;
}

export interface LiveTable {
  id: string;
  config: TableConfig;
  state: TableState;
  seq: number;
  /** Events since the round began, for the debrief timeline. */
  roundEvents: GameEvent[];
}

export type Clock = () => number;

/** The session event that records the instructor's grade weights. */
export const GRADE_WEIGHTS_EVENT = 'grade-weights';
/** The session event that records a segment plan (written once, as the session is made). */
export const SEGMENT_PLAN_EVENT = 'segment-plan';
/** The session event that records which segment a new table plays (written before the table itself). */
export const TABLE_SEGMENT_EVENT = 'table-segment';

/** What one change did to one table: the events its clients may hear of. */
export interface TableChange {
  table: string;
  events: GameEvent[];
}

/** One action of a transaction: who does what at which table. */
export interface Step {
  table: LiveTable;
  actor: Actor;
  action: Action;
}

export type Transaction = { ok: true; changes: TableChange[] } | { ok: false; rejection: Rejection };

export class LiveSession {
  readonly id: string;
  readonly code: string;
  /** The session's default scenario: its first segment's, played by every table the plan does not place. */
  readonly scenario: Scenario;
  /**
   * The buyers the session's tables play: one segment (the default scenario) unless it was made with a plan.
   * Restored from the `segment-plan` session event.
   */
  segments: SessionSegment[];
  readonly options: SessionOptions;
  readonly createdAt: number;
  status: SessionRow['status'];
  private readonly hostHash: string;
  readonly players = new Map<string, LivePlayer>();
  /** The names in use (by nameKey), so that a join does not compare its name with the whole class's. */
  private readonly names = new Set<string>();
  private readonly liveTables = new Map<string, LiveTable>();
  private readonly debriefs = new WeakMap<LiveTable, { seq: number; debrief: Debrief }>();
  /** For a session loaded to be read: its tables' replay, run on first use (see load). */
  private pendingReplay: (() => void) | null = null;
  /** Warnings already given (a replayed session is read more than once). */
  private readonly warned = new Set<string>();
  /** Who sits where, kept in step with the tables so lookups do not scan a whole class. */
  private readonly seats = new Map<string, { table: LiveTable; seat: SeatId }>();
  /** The students each table seats, as last indexed: re-indexing a table touches its own students only. */
  private readonly seatedAt = new WeakMap<LiveTable, string[]>();
  /** The grade weights the instructor chose (the latest `grade-weights` session event), over the defaults. */
  private weights: GradeWeights = DEFAULT_GRADE_WEIGHTS;
  /** The seq of the session's next event (session_events). */
  private eventSeq = 0;
  /** Each table's segment, as the `table-segment` events recorded it (a table not in it plays the default). */
  private readonly tableSegments = new Map<string, string>();

  private readonly store: Store;

  private constructor(store: Store, row: SessionRow, scenario: Scenario) {
    this.store = store;
    this.id = row.id;
    this.code = row.code;
    this.hostHash = row.hostHash;
    this.scenario = scenario;
    this.segments = [{ id: scenario.meta.id, scenario, tables: 0 }];
    this.options = JSON.parse(row.optionsJson) as SessionOptions;
    this.createdAt = row.createdAt;
    this.status = row.status;
  }

  /**
   * Creates and stores a new session; the host secret is returned once and only its hash is kept. With a plan
   * (checked by checkSegmentPlan), its first segment's scenario is the session's default and the plan is stored
   * as the session's first event.
   */
  static create(
    store: Store,
    scenario: Scenario,
    body: CreateSession,
    now: number,
    source?: SessionSource,
    plan: readonly PlannedSegment[] = [],
  ) {
    const hostSecret = newSecret();
    const options: SessionOptions = {
      sellers: scenario.sellers.slice(0, body.sellersPerTable ?? scenario.sellers.length).map((s) => s.id),
      sellerTeamSize: body.sellerTeamSize,
      bots: body.bots,
      language: body.language,
      autoAdvance: body.autoAdvance,
      seed: body.seed ?? randomInt(2 ** 31),
      title: body.title ?? null,
      botStrategy: body.botStrategy,
      ...(body.stageMinutes && Object.keys(body.stageMinutes).length > 0
        ? { stageMinutes: body.stageMinutes }
        : {}),
      ...(source ? { source } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      const row = {
        id: randomUUID(),
        code: newCode(),
        hostHash: hashSecret(hostSecret),
        scenarioJson: JSON.stringify(scenario),
        optionsJson: JSON.stringify(options),
        createdAt: now,
      };
      if (store.sessionByCode(row.code) && attempt < 20) continue;
      store.insertSession(row);
      const session = new LiveSession(store, { ...row, status: 'open' }, scenario);
      if (plan.length > 0) session.recordPlan(plan, now);
      return { session, hostSecret };
    }
  }

  /**
   * Loads a stored session and replays every table's log. With `lazy`, the replay waits until something
   * reads the tables: an HTTP request answered by a process that does not serve the session often needs only
   * the session's id, code or secret, and a big class's replay takes a good part of a second.
   */
  static load(store: Store, row: SessionRow, scenario: Scenario, lazy = false): LiveSession {
    const session = new LiveSession(store, row, scenario);
    for (const p of store.players(row.id)) {
      session.players.set(p.id, { id: p.id, name: p.name, joinedAt: p.joinedAt, removed: p.removed });
      if (!p.removed) session.names.add(nameKey(p.name));
    }
    session.replaySessionEvents();
    if (lazy) session.pendingReplay = () => session.replayTables();
    else session.replayTables();
    return session;
  }

  private recordPlan(plan: readonly PlannedSegment[], now: number) {
    const segments = plan.map((p) => ({ id: p.scenario.meta.id, scenario: p.scenario, tables: p.tables }));
    this.store.appendEvent(this.id, this.eventSeq, now, SEGMENT_PLAN_EVENT, {
      segments: segments.map((x) => ({ id: x.id, tables: x.tables, scenario: x.scenario })),
    });
    this.eventSeq += 1;
    this.segments = segments;
  }

  /**
   * A stored plan, each scenario checked again as on creation: a damaged plan is skipped with a warning (the
   * session then plays its default scenario at every table), never half applied.
   */
  private restorePlan(seq: number, data: unknown) {
    const raw = (data as { segments?: unknown } | null)?.segments;
    const segments: SessionSegment[] = [];
    const problem = (why: string) =>
      this.warn(`session ${this.id}: the stored segment plan #${seq} is not valid and is skipped (${why})`);
    if (!Array.isArray(raw) || raw.length === 0) return problem('no segments');
    for (const [i, item] of raw.entries()) {
      const x = item as { id?: unknown; tables?: unknown; scenario?: unknown } | null;
      const loaded = loadScenario(x?.scenario);
      if (!loaded.ok)
        return problem(`segment ${i + 1}: ${loaded.problems[0]?.path} ${loaded.problems[0]?.message}`);
      const tables = typeof x?.tables === 'number' && Number.isInteger(x.tables) ? x.tables : 0;
      segments.push({ id: loaded.scenario.meta.id, scenario: loaded.scenario, tables });
    }
    if (segments[0]?.id !== this.scenario.meta.id)
      return problem("its first segment is not the session's scenario");
    // The session's own scenario object stays the first segment's, so that what is cached per scenario is shared.
    segments[0] = { ...segments[0], scenario: this.scenario };
    this.segments = segments;
  }

  /**
   * The session's own events, in order (the tables have their logs): the segment plan, each table's segment, the
   * grade weights. Each is checked by the schema a client's change passes, so a damaged one is skipped with a
   * warning, never applied.
   */
  private replaySessionEvents() {
    for (const e of this.store.events(this.id)) {
      this.eventSeq = Math.max(this.eventSeq, e.seq + 1);
      if (e.kind === SEGMENT_PLAN_EVENT) {
        this.restorePlan(e.seq, e.data);
        continue;
      }
      if (e.kind === TABLE_SEGMENT_EVENT) {
        const d = e.data as { table?: unknown; segment?: unknown } | null;
        if (typeof d?.table === 'string' && typeof d.segment === 'string' && this.segment(d.segment))
          this.tableSegments.set(d.table, d.segment);
        else this.warn(`session ${this.id}: stored table segment #${e.seq} names no segment and is skipped`);
        continue;
      }
      if (e.kind !== GRADE_WEIGHTS_EVENT) continue;
      const parsed = GradeWeightsPatchSchema.safeParse((e.data as { weights?: unknown } | null)?.weights);
      if (parsed.success) this.weights = withDefaults(parsed.data);
      else
        this.warn(
          `session ${this.id}: stored grade weights #${e.seq} are not valid and are skipped (${describeZodError(parsed.error)})`,
        );
    }
  }

  /** Whether the session's tables play different buyers. */
  get segmented(): boolean {
    return this.segments.length > 1;
  }

  private segment(id: string): SessionSegment | undefined {
    return this.segments.find((x) => x.id === id);
  }

  /** The segment a table plays (the default's for a table the plan did not place, or one not yet made). */
  segmentOf(table: string | LiveTable): string {
    const id = typeof table === 'string' ? table : table.id;
    return this.tableSegments.get(id) ?? this.scenario.meta.id;
  }

  /** The scenario a table plays: its segment's. Every rule that reads a table reads it through this. */
  scenarioOf(table: string | LiveTable): Scenario {
    return this.segment(this.segmentOf(table))?.scenario ?? this.scenario;
  }

  /** How many tables play a segment now. */
  private tablesOf(segment: string): number {
    let n = 0;
    for (const id of this.liveTables.keys()) if (this.segmentOf(id) === segment) n += 1;
    return n;
  }

  /** The weights grades are computed with now. */
  get gradeWeights(): GradeWeights {
    return this.weights;
  }

  /**
   * The instructor changes grade weights (a patch its schema has parsed): stored as a session event before it
   * takes effect; refused, with nothing stored, when a side's weights would all be 0.
   */
  setGradeWeights(
    patch: GradeWeightsPatch,
    now: number,
  ): { ok: true; weights: GradeWeights } | { ok: false; rejection: Rejection } {
    const merged = mergeWeights(this.weights, patch);
    if (!merged.ok) return { ok: false, rejection: { code: 'invalid-value', message: merged.message } };
    this.store.appendEvent(this.id, this.eventSeq, now, GRADE_WEIGHTS_EVENT, { weights: merged.weights });
    this.eventSeq += 1;
    this.weights = merged.weights;
    return { ok: true, weights: merged.weights };
  }

  /** The tables, as their logs replay to. */
  get tables(): Map<string, LiveTable> {
    this.replayNow();
    return this.liveTables;
  }

  private replayNow() {
    const replayTables = this.pendingReplay;
    this.pendingReplay = null;
    replayTables?.();
  }

  /**
   * A table's stored log as the engine may read it: each entry checked by the same schemas a live action
   * passes, so an entry put into the store by other means (a hand edit, a damaged file, a bug of an older
   * version) is skipped with a warning naming it, never replayed.
   */
  logOf(tableId: string, stored = this.store.actions(this.id, tableId)): LogEntry[] {
    const out: LogEntry[] = [];
    stored.forEach((entry, seq) => {
      const parsed = LogEntrySchema.safeParse(entry);
      if (parsed.success) out.push(entry);
      else
        this.warn(
          `session ${this.id} table ${tableId}: stored action #${seq} is not a valid action and is skipped (${describeZodError(parsed.error)})`,
        );
    });
    return out;
  }

  private warn(message: string) {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  }

  private replayTables() {
    for (const t of this.store.tables(this.id)) {
      const config = this.tableConfig(t.seed, JSON.parse(t.sellersJson) as string[]);
      const stored = this.store.actions(this.id, t.id);
      const log = this.logOf(t.id, stored);
      const events: GameEvent[] = [];
      const r = replay(this.scenarioOf(t.id), config, log, (_s, ev) => {
        for (const e of ev) {
          if (e.type === 'round-started') events.length = 0;
          events.push(e);
        }
      });
      for (const { index, rejection } of r.rejected)
        this.warn(
          `session ${this.id} table ${t.id}: a stored action (${log[index]?.action.type ?? '?'}) was refused on replay and is skipped: ${rejection.message}`,
        );
      const table: LiveTable = { id: t.id, config, state: r.state, seq: stored.length, roundEvents: events };
      this.liveTables.set(t.id, table);
      this.reindex(table);
    }
  }

  /** A table's engine config: its own seed and sellers, the session's pacing and stage lengths. */
  tableConfig(seed: number, sellers: string[]): TableConfig {
    return {
      seed,
      sellers,
      autoAdvance: this.options.autoAdvance,
      ...(this.options.stageMinutes ? { stageMinutes: this.options.stageMinutes } : {}),
    };
  }

  isHost(secret: unknown): boolean {
    return typeof secret === 'string' && secret.length > 0 && sameHash(hashSecret(secret), this.hostHash);
  }

  // ---- players ----

  join(rawName: unknown, now: number): { player: LivePlayer; token: string } | { error: string } {
    const name = cleanName(rawName);
    if (!name) return { error: 'Please enter a display name.' };
    const unique = uniqueName(name, this.names);
    const token = newSecret();
    const player: LivePlayer = {
      id: `p${randomToken(6, 'hex')}`,
      name: unique,
      joinedAt: now,
      removed: false,
    };
    this.store.insertPlayer({
      sessionId: this.id,
      id: player.id,
      name: player.name,
      tokenHash: hashSecret(token),
      joinedAt: now,
    });
    this.players.set(player.id, player);
    this.names.add(nameKey(player.name));
    return { player, token };
  }

  rejoin(token: unknown): LivePlayer | null {
    if (typeof token !== 'string' || token.length < 10) return null;
    const row = this.store.playerByToken(this.id, hashSecret(token));
    const player = row ? this.players.get(row.id) : undefined;
    return player && !player.removed ? player : null;
  }

  /** A new token for a student who lost theirs; the old one stops working. */
  readmit(playerId: string): string | null {
    const player = this.players.get(playerId);
    if (!player || player.removed) return null;
    const token = newSecret();
    this.store.setToken(this.id, playerId, hashSecret(token));
    return token;
  }

  seatOf(playerId: string): { table: LiveTable; seat: SeatId } | null {
    this.replayNow();
    return this.seats.get(playerId) ?? null;
  }

  private reindex(table: LiveTable) {
    for (const playerId of this.seatedAt.get(table) ?? [])
      if (this.seats.get(playerId)?.table === table) this.seats.delete(playerId);
    const seated: string[] = [];
    for (const seat of Object.values(table.state.seats))
      for (const p of seat.players) {
        this.seats.set(p.id, { table, seat: seat.id });
        seated.push(p.id);
      }
    this.seatedAt.set(table, seated);
  }

  unseatedPlayers(): LivePlayer[] {
    return [...this.players.values()].filter((p) => !p.removed && !this.seatOf(p.id));
  }

  // ---- tables ----

  /** The segment the next new table plays. */
  private nextSegment(): string {
    return nextSegment(this.segments, (id) => this.tablesOf(id));
  }

  /**
   * A new table of a segment (by default the plan's next): which segment it plays is stored as a session event
   * before the table, so that a restart replays it with its own scenario.
   */
  private newTable(now: number, segment = this.nextSegment()): LiveTable {
    const id = `T${this.tables.size + 1}`;
    const config = this.tableConfig((this.options.seed + this.tables.size * 7919) | 0, this.options.sellers);
    if (this.segmented) {
      this.store.appendEvent(this.id, this.eventSeq, now, TABLE_SEGMENT_EVENT, { table: id, segment });
      this.eventSeq += 1;
      this.tableSegments.set(id, segment);
    }
    this.store.insertTable({
      sessionId: this.id,
      id,
      seed: config.seed,
      sellersJson: JSON.stringify(config.sellers),
      createdAt: now + this.tables.size,
    });
    const table: LiveTable = {
      id,
      config,
      state: createTable(this.scenarioOf(id), config),
      seq: 0,
      roundEvents: [],
    };
    this.tables.set(id, table);
    return table;
  }

  /**
   * Applies an action to a table; an accepted one is stored before it takes effect, so nothing acknowledged
   * is ever lost.
   */
  act(tableId: string, actor: Actor, action: Action, now: number): ApplyResult {
    const table = this.tables.get(tableId);
    if (!table)
      return { ok: false, rejection: { code: 'not-found', message: `there is no table ${tableId}` } };
    const r = this.transact([{ table, actor, action }], now);
    if (!r.ok) return { ok: false, rejection: r.rejection };
    return { ok: true, state: table.state, events: r.changes[0]?.events ?? [] };
  }

  /**
   * Several actions, possibly at several tables, taken together or not at all: each is applied to the state the
   * ones before it left (pure, nothing stored yet); only when every one is accepted are they stored and take
   * effect. A move that unseats a student and then finds the new seat taken leaves everything as it was.
   */
  transact(steps: readonly Step[], now: number, { dryRun = false } = {}): Transaction {
    const drafts = new Map<LiveTable, TableState>();
    const applied: { table: LiveTable; entry: LogEntry; events: GameEvent[] }[] = [];
    for (const { table, actor, action } of steps) {
      const entry: LogEntry = { actor, action, at: now };
      const result = apply(this.scenarioOf(table), drafts.get(table) ?? table.state, entry);
      if (!result.ok) return result;
      drafts.set(table, result.state);
      applied.push({ table, entry, events: result.events });
    }
    if (dryRun) return { ok: true, changes: [] };
    for (const { table, entry } of applied) {
      this.store.appendAction(this.id, table.id, table.seq, entry);
      table.seq += 1;
    }
    for (const [table, state] of drafts) {
      table.state = state;
      this.reindex(table);
    }
    const changes: TableChange[] = [];
    for (const { table, events } of applied) {
      for (const e of events) {
        if (e.type === 'round-started') table.roundEvents = [];
        table.roundEvents.push(e);
      }
      const last = changes[changes.length - 1];
      if (last?.table === table.id) last.events.push(...events);
      else changes.push({ table: table.id, events: [...events] });
    }
    return { ok: true, changes };
  }

  /**
   * The instructor moves a student: to a seat of a table (`new` opens one), or back to the lobby (seat null).
   * All or nothing: a refused seat leaves the student where they were, and opens no table.
   */
  move(playerId: string, tableId: string | null, seat: SeatId | null, now: number): Transaction {
    const player = this.players.get(playerId);
    if (!player || player.removed)
      return { ok: false, rejection: { code: 'not-found', message: 'There is no such student.' } };
    const from = this.seatOf(playerId);
    const host: Actor = { kind: 'instructor' };
    const steps: Step[] = [];
    if (from) steps.push({ table: from.table, actor: host, action: { type: 'unseat-player', playerId } });
    if (tableId === null || seat === null) return this.transact(steps, now);
    const seatThere = (table: LiveTable): Step => ({
      table,
      actor: host,
      action: { type: 'seat-player', seat, player: { id: player.id, name: player.name } },
    });
    if (tableId !== 'new') {
      const table = this.tables.get(tableId);
      if (!table)
        return { ok: false, rejection: { code: 'not-found', message: `There is no table ${tableId}.` } };
      return this.transact([...steps, seatThere(table)], now);
    }
    // A new table is stored only once the whole move is known to be accepted: tried first on a table as it
    // would be made.
    const config = this.tableConfig(0, this.options.sellers);
    const segment = this.nextSegment();
    const scenario = this.segment(segment)?.scenario ?? this.scenario;
    const trial: LiveTable = {
      id: 'trial',
      config,
      state: createTable(scenario, config),
      seq: 0,
      roundEvents: [],
    };
    // The trial plays the segment the new table will: transact reads a table's scenario by its id.
    this.tableSegments.set(trial.id, segment);
    const tried = this.transact([...steps, seatThere(trial)], now, { dryRun: true });
    this.tableSegments.delete(trial.id);
    if (!tried.ok) return tried;
    return this.transact([...steps, seatThere(this.newTable(now, segment))], now);
  }

  /** Removes a student from the session: off their seat first, then out; their token stops working. */
  removePlayer(playerId: string, now: number): Transaction {
    const player = this.players.get(playerId);
    if (!player || player.removed)
      return { ok: false, rejection: { code: 'not-found', message: 'There is no such student.' } };
    const seated = this.seatOf(playerId);
    let changes: TableChange[] = [];
    if (seated) {
      const r = this.transact(
        [{ table: seated.table, actor: { kind: 'instructor' }, action: { type: 'unseat-player', playerId } }],
        now,
      );
      if (!r.ok) return r;
      changes = r.changes;
    }
    this.remove(playerId);
    return { ok: true, changes };
  }

  /**
   * The debrief of a table's round as it stands, computed once per accepted action: when a class's round
   * ends, every seat of every table, the console and the class results ask for the same debriefs at once.
   */
  debriefOf(table: LiveTable): Debrief {
    const cached = this.debriefs.get(table);
    if (cached?.seq === table.seq) return cached.debrief;
    const debrief = computeDebrief(this.scenarioOf(table), table.state, table.roundEvents);
    this.debriefs.set(table, { seq: table.seq, debrief });
    return debrief;
  }

  /** Deals every unseated student: late arrivals first take bots' seats, the rest fill new tables. */
  deal(now: number, bots = this.options.bots): { table: string; events: GameEvent[] }[] {
    const out: { table: string; events: GameEvent[] }[] = [];
    const host: Actor = { kind: 'instructor' };
    const waiting = this.unseatedPlayers();
    const push = (table: LiveTable, action: Action) => {
      const r = this.act(table.id, host, action, now);
      if (r.ok) out.push({ table: table.id, events: r.events });
      return r.ok;
    };
    // Late arrivals take a bot's seat at a table already dealt.
    while (waiting.length > 0) {
      const free = this.firstBotSeat();
      if (!free) break;
      const player = waiting.shift() as LivePlayer;
      push(free.table, {
        type: 'seat-player',
        seat: free.seat,
        player: { id: player.id, name: player.name },
      });
    }
    const dealOptions: DealOptions = {
      sellers: this.options.sellers,
      sellerTeamSize: this.options.sellerTeamSize,
    };
    // The new tables, in the order the plan's segments come (each segment's buying center has its own size):
    // as many as the waiting students fill, and with a plan at least the tables it names, so that a small
    // class still plays every segment (the students spread over them, bots in the other seats). The same rule
    // with nobody waiting: without a plan that is no table, with one the plan's tables not yet open (filled by
    // bots when the deal brings them), so an instructor can open a class of bots by its plan.
    const upcoming: string[] = [];
    const planLeft = () =>
      this.segmented &&
      this.segments.some((x) => this.tablesOf(x.id) + upcoming.filter((u) => u === x.id).length < x.tables);
    if (waiting.length === 0 && !planLeft()) return out;
    let capacity = 0;
    while (capacity < waiting.length || planLeft()) {
      const segment = nextSegment(
        this.segments,
        (id) => this.tablesOf(id) + upcoming.filter((x) => x === id).length,
      );
      upcoming.push(segment);
      capacity += seatOrder(this.segment(segment)?.scenario ?? this.scenario, dealOptions).length;
    }
    const plan = dealTables(
      upcoming.map((segment) => seatOrder(this.segment(segment)?.scenario ?? this.scenario, dealOptions)),
      waiting.map((p) => p.id),
    );
    const created = upcoming.map((segment) => this.newTable(now, segment));
    for (const placement of plan.placements) {
      const player = this.players.get(placement.playerId);
      const table = created[placement.table];
      if (player && table)
        push(table, {
          type: 'seat-player',
          seat: placement.seat,
          player: { id: player.id, name: player.name },
        });
    }
    if (bots) {
      for (const table of created) {
        for (const seat of Object.values(table.state.seats)) {
          if (seat.players.length === 0) push(table, { type: 'set-bot', seat: seat.id, bot: true });
        }
      }
    }
    return out;
  }

  private firstBotSeat(): { table: LiveTable; seat: SeatId } | null {
    for (const table of this.tables.values()) {
      for (const seat of Object.values(table.state.seats))
        if (seat.bot && seat.players.length === 0) return { table, seat: seat.id };
    }
    return null;
  }

  /** Creates a table for instructors who seat by hand: of a segment of the session, or the plan's next. */
  addTable(now: number): LiveTable;
  addTable(now: number, segment: string): LiveTable | null;
  addTable(now: number, segment?: string): LiveTable | null {
    if (segment !== undefined && !this.segment(segment)) return null;
    return this.newTable(now, segment);
  }

  remove(playerId: string): void {
    const player = this.players.get(playerId);
    if (!player) return;
    player.removed = true;
    this.names.delete(nameKey(player.name));
    this.store.removePlayer(this.id, playerId);
  }

  finish(): void {
    this.status = 'finished';
    this.store.setStatus(this.id, 'finished');
  }

  /**
   * One bot move at a table: the first bot seat whose policy has something to do acts, through the same
   * reducer and log as a person. Null when every bot is waiting.
   */
  botStep(tableId: string, now: number): ApplyResult | null {
    const table = this.tables.get(tableId);
    if (!table || table.state.phase !== 'playing' || table.state.paused) return null;
    for (const seat of Object.values(table.state.seats)) {
      if (!seat.bot || seat.players.length > 0) continue;
      const scenario = this.scenarioOf(table);
      const { scenario: _s, ...view } = viewFor(scenario, table.state, { kind: 'seat', seat: seat.id });
      const intent = botIntent(scenario, view, {
        seed: (table.config.seed * 31 + table.seq) | 0,
        strategy: this.options.botStrategy,
        language: this.options.language,
      });
      if (!intent) continue;
      const result = this.act(table.id, { kind: 'seat', seat: seat.id }, intent, now);
      if (result.ok) return result;
    }
    return null;
  }

  /** The nearest running deadline of any table. */
  nextDeadline(): number | null {
    let next: number | null = null;
    for (const t of this.tables.values()) {
      const d = t.state.deadline;
      if (t.state.phase === 'playing' && !t.state.paused && d !== null && (next === null || d < next))
        next = d;
    }
    return next;
  }

  /** Tables whose timer has run out by now. */
  expired(now: number): LiveTable[] {
    return [...this.tables.values()].filter(
      (t) =>
        t.state.phase === 'playing' &&
        !t.state.paused &&
        t.state.deadline !== null &&
        t.state.deadline <= now,
    );
  }
}
