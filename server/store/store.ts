// The durable log, in an embedded SQLite file (node:sqlite, built into Node 24). Every accepted action is
// appended here before anyone hears of it, so a restarted process replays each table to the same state.
//
// Durable means on disk before anyone is told: an OS crash or a power cut keeps every acknowledged action.
// SQLite gives that with `synchronous = FULL`, an fsync of the WAL inside every commit; node:sqlite waits for it
// on the event loop, and an fsync costs a fraction of a millisecond on a quiet disk but tens of milliseconds on
// a busy one. Here the same promise costs the event loop no fsync at all (group commit):
// - the writes of one turn of the event loop share one transaction: the first write opens it, and it commits in
//   the next check phase (`synchronous = NORMAL`: the commit writes the WAL's frames, without syncing them);
// - then the WAL is fsynced on libuv's thread pool, one fsync for every commit made since the last one began
//   (fdatasync: what a later read needs, the frames and the file's size, without its times; what SQLite itself
//   uses on Linux. Checkpoints restart the WAL, so its frames mostly overwrite blocks already allocated, and
//   such a sync needs no journal commit of the file system: p90 0.2 ms against 2–4 ms here);
// - nothing that tells of a write goes out before that fsync has returned: `afterCommit` and `durable()` hold
//   it (every message to a room's clients goes through them, rooms/durable-sends.ts, and so do the HTTP answers
//   that follow a write). A crash before the fsync loses only writes nobody was told of.
// SQLite's checkpoints sync the WAL and the database file themselves (NORMAL does that), so what was fsynced
// here stays safe until it is copied over. Reads on this connection see writes at once; other processes see them
// after the commit.
//
// The store is checked before it opens (integrity.ts) and keeps a ledger of what it appended (ledger.ts),
// written once a write is on disk, so that a damaged or shortened log stops the server with its loss named
// instead of being replayed as if whole.
import { randomBytes } from 'node:crypto';
import { closeSync, fdatasync, fdatasyncSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { LogEntry } from '../../shared/rules/types.ts';
import { DB_FILE, StoreDamagedError, checkStore, type StoreReport } from './integrity.ts';
import { LEDGER_FILE, Ledger, recordsOf, writeLedger, type LedgerRecord } from './ledger.ts';
import { PID_PREFIX, holdPidFile, releasePidFile } from './pid-files.ts';

export interface SessionRow {
  id: string;
  code: string;
  hostHash: string;
  scenarioJson: string;
  optionsJson: string;
  createdAt: number;
  status: 'open' | 'finished';
}

export interface PlayerRow {
  sessionId: string;
  id: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
  removed: boolean;
}

export interface SavedScenarioRow {
  id: string;
  ownerHash: string;
  scenarioJson: string;
  savedAt: number;
}

export interface TableRow {
  sessionId: string;
  id: string;
  seed: number;
  sellersJson: string;
  createdAt: number;
}

const SCHEMA = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL;
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, host_hash TEXT NOT NULL, scenario_json TEXT NOT NULL,
    options_json TEXT NOT NULL, created_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open');
  CREATE TABLE IF NOT EXISTS players (
    session_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, token_hash TEXT NOT NULL,
    joined_at INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (session_id, id));
  CREATE INDEX IF NOT EXISTS players_token ON players (session_id, token_hash);
  CREATE TABLE IF NOT EXISTS tables (
    session_id TEXT NOT NULL, id TEXT NOT NULL, seed INTEGER NOT NULL, sellers_json TEXT NOT NULL,
    created_at INTEGER NOT NULL, PRIMARY KEY (session_id, id));
  CREATE TABLE IF NOT EXISTS actions (
    session_id TEXT NOT NULL, table_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,
    entry_json TEXT NOT NULL, PRIMARY KEY (session_id, table_id, seq));
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS session_events (
    session_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, data_json TEXT NOT NULL,
    PRIMARY KEY (session_id, seq));
  CREATE TABLE IF NOT EXISTS saved_scenarios (
    id TEXT PRIMARY KEY, owner_hash TEXT NOT NULL, scenario_json TEXT NOT NULL, saved_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS saved_scenarios_owner ON saved_scenarios (owner_hash, saved_at);
`;

/** The stores of this process with writes not yet on disk, committed and synced when it exits normally. */
const unsettled = new Set<Store>();
let exitHook = false;

/** Writes that wait for the disk (a turn's transaction, or commits awaiting their fsync): their ledger lines,
 * and what waits for them. */
interface Group {
  records: LedgerRecord[];
  waiting: (() => void)[];
}

export interface StoreOptions {
  /** Skip the check at open (the store tool opens a damaged store on purpose, to repair it). */
  check?: boolean;
}

export class Store {
  readonly db: DatabaseSync;
  /** What the check at open found: warnings only (a problem stops the open with StoreDamagedError). */
  readonly report: StoreReport | null;
  private readonly stmts: Record<string, StatementSync>;
  private readonly ledger: Ledger;
  private readonly pidFile: string;
  private readonly walPath: string;
  private readonly dataDir: string;
  /** This turn's open transaction. */
  private batch: Group | null = null;
  /** Committed, waiting for the next fsync. */
  private committed: Group | null = null;
  /** Committed, covered by the fsync under way. */
  private syncing: Group | null = null;
  private walFd: number | null = null;
  private closed = false;

  constructor(dataDir: string, options: StoreOptions = {}) {
    mkdirSync(dataDir, { recursive: true });
    // Announced before the check, so that processes of a cluster starting at once know of each other (each
    // then leaves the WAL, which the other may be writing, unjudged).
    this.pidFile = join(dataDir, `${PID_PREFIX}${process.pid}.pid`);
    holdPidFile(this.pidFile);
    this.report = options.check === false ? null : checkStore(dataDir);
    if (this.report && this.report.problems.length > 0) {
      releasePidFile(this.pidFile);
      throw new StoreDamagedError(dataDir, this.report);
    }
    this.dataDir = dataDir;
    this.walPath = join(dataDir, `${DB_FILE}-wal`);
    this.db = new DatabaseSync(join(dataDir, DB_FILE));
    // Several processes may share the file (WAL allows one writer at a time): a writer waits for the lock
    // instead of failing, and appends are a few microseconds, so the wait is short.
    this.db.exec('PRAGMA busy_timeout = 5000');
    this.db.exec(SCHEMA);
    const p = (sql: string) => this.db.prepare(sql);
    this.stmts = {
      insertSession: p(
        'INSERT INTO sessions (id, code, host_hash, scenario_json, options_json, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      sessionById: p('SELECT * FROM sessions WHERE id = ?'),
      sessionByCode: p('SELECT * FROM sessions WHERE code = ?'),
      // Without the scenario (tens of KB): what every join and look-up needs.
      sessionKeyByCode: p('SELECT id, code, status FROM sessions WHERE code = ?'),
      hostHashOf: p('SELECT host_hash FROM sessions WHERE id = ?'),
      sessions: p('SELECT * FROM sessions ORDER BY created_at DESC'),
      openSessions: p("SELECT * FROM sessions WHERE status = 'open' ORDER BY created_at"),
      openSessionIds: p("SELECT id, created_at FROM sessions WHERE status = 'open' ORDER BY created_at"),
      setStatus: p('UPDATE sessions SET status = ? WHERE id = ?'),
      insertPlayer: p(
        'INSERT INTO players (session_id, id, name, token_hash, joined_at) VALUES (?, ?, ?, ?, ?)',
      ),
      players: p('SELECT * FROM players WHERE session_id = ? ORDER BY joined_at, id'),
      playerByToken: p('SELECT * FROM players WHERE session_id = ? AND token_hash = ? AND removed = 0'),
      setToken: p('UPDATE players SET token_hash = ? WHERE session_id = ? AND id = ?'),
      removePlayer: p('UPDATE players SET removed = 1 WHERE session_id = ? AND id = ?'),
      insertTable: p(
        'INSERT INTO tables (session_id, id, seed, sellers_json, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      tables: p('SELECT * FROM tables WHERE session_id = ? ORDER BY created_at, id'),
      appendAction: p(
        'INSERT INTO actions (session_id, table_id, seq, at, entry_json) VALUES (?, ?, ?, ?, ?)',
      ),
      actions: p('SELECT entry_json FROM actions WHERE session_id = ? AND table_id = ? ORDER BY seq'),
      appendEvent: p(
        'INSERT INTO session_events (session_id, seq, at, kind, data_json) VALUES (?, ?, ?, ?, ?)',
      ),
      events: p('SELECT * FROM session_events WHERE session_id = ? ORDER BY seq'),
      deleteSession: p('DELETE FROM sessions WHERE id = ?'),
      deletePlayers: p('DELETE FROM players WHERE session_id = ?'),
      deleteTables: p('DELETE FROM tables WHERE session_id = ?'),
      deleteActions: p('DELETE FROM actions WHERE session_id = ?'),
      deleteEvents: p('DELETE FROM session_events WHERE session_id = ?'),
      putSaved: p(
        'INSERT INTO saved_scenarios (id, owner_hash, scenario_json, saved_at) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (id) DO UPDATE SET scenario_json = excluded.scenario_json, saved_at = excluded.saved_at ' +
          'WHERE saved_scenarios.owner_hash = excluded.owner_hash',
      ),
      savedOf: p('SELECT * FROM saved_scenarios WHERE owner_hash = ? ORDER BY saved_at DESC, id'),
      savedCount: p('SELECT COUNT(*) AS n FROM saved_scenarios WHERE owner_hash = ?'),
      savedById: p('SELECT * FROM saved_scenarios WHERE owner_hash = ? AND id = ?'),
      deleteSaved: p('DELETE FROM saved_scenarios WHERE owner_hash = ? AND id = ?'),
    };
    // A store with contents but no ledger yet (made before there was one, or the ledger was lost) gets one
    // written from what it holds, so that from now on a loss is noticed.
    const ledgerPath = join(dataDir, LEDGER_FILE);
    if (this.report && !this.report.ledger && this.report.contents.size > 0)
      writeLedger(ledgerPath, recordsOf(this.report.contents));
    this.ledger = new Ledger(ledgerPath);
  }

  /**
   * Runs a write inside this turn's transaction (opening it, and scheduling its commit, if this is the first),
   * and notes its ledger line for when it is on disk.
   */
  private write(run: () => unknown, record?: LedgerRecord) {
    if (!this.batch) {
      this.db.exec('BEGIN IMMEDIATE');
      this.batch = { records: [], waiting: [] };
      unsettled.add(this);
      if (!exitHook) {
        exitHook = true;
        process.once('exit', () => {
          for (const store of unsettled) store.settleNow();
        });
      }
      setImmediate(() => this.commit());
    }
    run();
    if (record) this.batch.records.push(record);
  }

  /**
   * A write of another module's table (the LTI tables, server/lti/store.ts) in this turn's transaction, so that
   * it is on disk with everything else once `durable()` resolves.
   */
  writeOther(run: () => unknown): void {
    this.write(run);
  }

  /** Stops the process: memory is ahead of the disk, and nothing of it may be acknowledged. */
  private fail(what: string, error: unknown): never {
    console.error(
      `The store could not ${what} (${(error as Error).message}): stopping; nothing acknowledged is lost, ` +
        'and a restart replays the log as it is on disk.',
    );
    process.exit(1);
  }

  /** Commits this turn's transaction (no fsync: see the top of this file) and gets it synced. */
  commit(): void {
    const batch = this.batch;
    if (!batch) return;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      this.fail('commit', error);
    }
    this.batch = null;
    if (this.committed) {
      this.committed.records.push(...batch.records);
      this.committed.waiting.push(...batch.waiting);
    } else this.committed = batch;
    if (!this.syncing) this.sync();
  }

  /** One fsync of the WAL, off the event loop, for every commit made so far; then what waited goes out. */
  private sync() {
    const group = this.committed;
    if (!group || this.closed) return;
    this.committed = null;
    this.syncing = group;
    let fd: number;
    try {
      fd = this.wal();
    } catch (error) {
      this.fail('sync its log', error);
    }
    fdatasync(fd, (error) => {
      if (this.closed) return;
      if (error) this.fail('sync its log', error);
      this.syncing = null;
      this.settled(group);
      if (this.committed) this.sync();
      else if (!this.batch) unsettled.delete(this);
    });
  }

  /** The WAL's file, opened once (and its directory synced once, so that the file itself survives a crash). */
  private wal(): number {
    if (this.walFd === null) {
      this.walFd = openSync(this.walPath, 'r');
      const dir = openSync(this.dataDir, 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    }
    return this.walFd;
  }

  private settled(group: Group) {
    for (const record of group.records) this.ledger.append(record);
    for (const go of group.waiting) go();
  }

  /** Everything on disk now, synchronously (at close and at exit). */
  private settleNow() {
    this.commit();
    const groups = [this.syncing, this.committed].filter((g): g is Group => g !== null);
    if (groups.length === 0) return;
    this.syncing = null;
    this.committed = null;
    try {
      fdatasyncSync(this.wal());
    } catch (error) {
      this.fail('sync its log', error);
    }
    for (const g of groups) this.settled(g);
    unsettled.delete(this);
  }

  /**
   * The latest commit group a message would wait for (this turn's, the committed one, the one being synced), or
   * null when everything is on disk: two messages with the same group go out at the same moment.
   */
  pendingGroup(): object | null {
    return this.latestGroup();
  }

  private latestGroup(): Group | null {
    return this.batch ?? this.committed ?? this.syncing;
  }

  /** Runs `go` once every write so far is on disk: at once, or after the commit and fsync that cover them. */
  afterCommit(go: () => void): void {
    const group = this.latestGroup();
    if (group) group.waiting.push(go);
    else go();
  }

  /** Resolves once every write so far is on disk (for answers that acknowledge a write). */
  durable(): Promise<void> {
    return new Promise((resolve) => this.afterCommit(resolve));
  }

  private s(name: string): StatementSync {
    // eslint-disable-next-line bc/own-keys -- statement names are this file's own constants
    const stmt = this.stmts[name];
    if (!stmt) throw new Error(`no statement ${name}`);
    return stmt;
  }

  insertSession(row: Omit<SessionRow, 'status'>) {
    this.write(
      () =>
        this.s('insertSession').run(
          row.id,
          row.code,
          row.hostHash,
          row.scenarioJson,
          row.optionsJson,
          row.createdAt,
        ),
      ['s', row.id, row.code],
    );
  }
  sessionById(id: string): SessionRow | undefined {
    return toSession(this.s('sessionById').get(id));
  }
  sessionByCode(code: string): SessionRow | undefined {
    return toSession(this.s('sessionByCode').get(code));
  }
  /** A session's id, code and status by its code, without reading its scenario. */
  sessionKeyByCode(code: string): Pick<SessionRow, 'id' | 'code' | 'status'> | undefined {
    const r = this.s('sessionKeyByCode').get(code);
    return r
      ? { id: String(r.id), code: String(r.code), status: String(r.status) as SessionRow['status'] }
      : undefined;
  }
  hostHashOf(id: string): string | undefined {
    const r = this.s('hostHashOf').get(id);
    return r ? String(r.host_hash) : undefined;
  }
  sessions(): SessionRow[] {
    return this.s('sessions')
      .all()
      .map((r) => toSession(r) as SessionRow);
  }
  openSessions(): SessionRow[] {
    return this.s('openSessions')
      .all()
      .map((r) => toSession(r) as SessionRow);
  }
  openSessionIds(): { id: string; createdAt: number }[] {
    return this.s('openSessionIds')
      .all()
      .map((r) => ({ id: String(r.id), createdAt: Number(r.created_at) }));
  }
  setStatus(id: string, status: SessionRow['status']) {
    this.write(() => this.s('setStatus').run(status, id));
  }

  insertPlayer(row: Omit<PlayerRow, 'removed'>) {
    this.write(
      () => this.s('insertPlayer').run(row.sessionId, row.id, row.name, row.tokenHash, row.joinedAt),
      ['p', row.sessionId, row.id],
    );
  }
  players(sessionId: string): PlayerRow[] {
    return this.s('players').all(sessionId).map(toPlayer);
  }
  playerByToken(sessionId: string, tokenHash: string): PlayerRow | undefined {
    const row = this.s('playerByToken').get(sessionId, tokenHash);
    return row ? toPlayer(row) : undefined;
  }
  setToken(sessionId: string, playerId: string, tokenHash: string) {
    this.write(() => this.s('setToken').run(tokenHash, sessionId, playerId));
  }
  removePlayer(sessionId: string, playerId: string) {
    this.write(() => this.s('removePlayer').run(sessionId, playerId));
  }

  insertTable(row: TableRow) {
    this.write(
      () => this.s('insertTable').run(row.sessionId, row.id, row.seed, row.sellersJson, row.createdAt),
      ['t', row.sessionId, row.id],
    );
  }
  tables(sessionId: string): TableRow[] {
    return this.s('tables')
      .all(sessionId)
      .map((r) => ({
        sessionId: String(r.session_id),
        id: String(r.id),
        seed: Number(r.seed),
        sellersJson: String(r.sellers_json),
        createdAt: Number(r.created_at),
      }));
  }

  appendAction(sessionId: string, tableId: string, seq: number, entry: LogEntry) {
    this.write(
      () => this.s('appendAction').run(sessionId, tableId, seq, entry.at, JSON.stringify(entry)),
      ['a', sessionId, tableId, seq],
    );
  }
  actions(sessionId: string, tableId: string): LogEntry[] {
    return this.s('actions')
      .all(sessionId, tableId)
      .map((r) => JSON.parse(String(r.entry_json)) as LogEntry);
  }

  appendEvent(sessionId: string, seq: number, at: number, kind: string, data: unknown) {
    this.write(
      () => this.s('appendEvent').run(sessionId, seq, at, kind, JSON.stringify(data)),
      ['e', sessionId, seq],
    );
  }
  events(sessionId: string): { seq: number; at: number; kind: string; data: unknown }[] {
    return this.s('events')
      .all(sessionId)
      .map((r) => ({
        seq: Number(r.seq),
        at: Number(r.at),
        kind: String(r.kind),
        data: JSON.parse(String(r.data_json)) as unknown,
      }));
  }

  deleteSession(id: string) {
    // All or nothing, inside this turn's transaction (a savepoint, so a failure undoes only this).
    this.write(() => {
      this.db.exec('SAVEPOINT delete_session');
      try {
        for (const name of [
          'deleteActions',
          'deleteTables',
          'deletePlayers',
          'deleteEvents',
          'deleteSession',
        ]) {
          this.s(name).run(id);
        }
        this.db.exec('RELEASE delete_session');
      } catch (error) {
        this.db.exec('ROLLBACK TO delete_session');
        this.db.exec('RELEASE delete_session');
        throw error;
      }
    }, ['d', id]);
  }

  /** The key `secret(name)` made, if it ever did: nothing is made here. */
  existingSecret(name: string): Buffer | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(`secret:${name}`);
    return row ? Buffer.from(String(row.value), 'base64url') : undefined;
  }

  // Saved scenarios (the console's editor): each row is its owner's, named by the hash of the owner's secret;
  // every read and write names the owner, so no secret reaches another's scenarios.
  putSavedScenario(row: SavedScenarioRow) {
    this.write(() => this.s('putSaved').run(row.id, row.ownerHash, row.scenarioJson, row.savedAt));
  }
  savedScenarios(ownerHash: string): SavedScenarioRow[] {
    return this.s('savedOf').all(ownerHash).map(toSaved);
  }
  savedScenarioCount(ownerHash: string): number {
    return Number(this.s('savedCount').get(ownerHash)?.n ?? 0);
  }
  savedScenario(ownerHash: string, id: string): SavedScenarioRow | undefined {
    const row = this.s('savedById').get(ownerHash, id);
    return row ? toSaved(row) : undefined;
  }
  deleteSavedScenario(ownerHash: string, id: string): boolean {
    let changes = 0;
    this.write(() => {
      changes = Number(this.s('deleteSaved').run(ownerHash, id).changes);
    });
    return changes > 0;
  }

  /** A random key kept in the store, made the first time it is asked for (shared by every process). */
  secret(name: string): Buffer {
    this.write(() =>
      this.db
        .prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
        .run(`secret:${name}`, randomBytes(32).toString('base64url')),
    );
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(`secret:${name}`);
    return Buffer.from(String(row?.value), 'base64url');
  }

  close() {
    this.settleNow();
    this.closed = true;
    if (this.walFd !== null) closeSync(this.walFd);
    this.walFd = null;
    this.db.close();
    this.ledger.close();
    releasePidFile(this.pidFile);
  }
}

type Row = Record<string, unknown>;

function toSession(r: Row | undefined): SessionRow | undefined {
  if (!r) return undefined;
  return {
    id: String(r.id),
    code: String(r.code),
    hostHash: String(r.host_hash),
    scenarioJson: String(r.scenario_json),
    optionsJson: String(r.options_json),
    createdAt: Number(r.created_at),
    status: String(r.status) as SessionRow['status'],
  };
}

function toSaved(r: Row): SavedScenarioRow {
  return {
    id: String(r.id),
    ownerHash: String(r.owner_hash),
    scenarioJson: String(r.scenario_json),
    savedAt: Number(r.saved_at),
  };
}

function toPlayer(r: Row): PlayerRow {
  return {
    sessionId: String(r.session_id),
    id: String(r.id),
    name: String(r.name),
    tokenHash: String(r.token_hash),
    joinedAt: Number(r.joined_at),
    removed: Number(r.removed) === 1,
  };
}
