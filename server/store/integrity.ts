// The store's check at start: before the server opens its database for writing (which would make SQLite drop a
// damaged WAL's tail for good, and delete the WAL on close), it reads every file as it is and compares:
// - the WAL, frame by frame (wal.ts): transactions SQLite would silently drop past a damaged frame;
// - the database, read-only: `PRAGMA quick_check`, and each table's log numbered 0..n-1 without a gap (the same
//   for each session's events);
// - the ledger (ledger.ts): every session, player, table, action and event it recorded must still be there.
// Any loss is a problem, named by session (code and id) and table; the server refuses to start on one
// (StoreDamagedError), rather than run on a silently shortened log. Doubts that lose nothing are warnings.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { LEDGER_FILE, readLedger, type LedgerSession, type LedgerSummary } from './ledger.ts';
import { readWal, type WalReport } from './wal.ts';
import { processesUsing } from './pid-files.ts';

export const DB_FILE = 'buying-center.sqlite';

export interface StoreReport {
  /** Losses: the server does not start while there is one. */
  problems: string[];
  /** Doubts that lose nothing (no ledger yet, a crash's torn last write). */
  warnings: string[];
  /** What the database holds, in the ledger's terms (to write a fresh ledger from). */
  contents: Map<string, LedgerSession>;
  ledger: LedgerSummary | null;
  wal: WalReport | null;
  /** Per table, where its log has its first gap (for `npm run store -- accept`). */
  gaps: { session: string; table: string | null; keep: number }[];
}

export class StoreDamagedError extends Error {
  readonly report: StoreReport;
  constructor(dataDir: string, report: StoreReport) {
    super(
      [
        `The store in ${dataDir} is damaged, so the server does not start on a shortened log:`,
        ...report.problems.map((p) => `  - ${p}`),
        'To go on: restore the latest backup (npm run restore -- FILE), or start with what is left',
        '(npm run store -- accept: it keeps a copy of the damaged files and records the loss).',
      ].join('\n'),
    );
    this.name = 'StoreDamagedError';
    this.report = report;
  }
}

type Row = Record<string, unknown>;

/** Rows of a query, or none when the table does not exist yet (a database that never got its schema). */
function rows(db: DatabaseSync, sql: string): Row[] {
  try {
    return db.prepare(sql).all();
  } catch (error) {
    if (/no such table/.test(String((error as Error).message))) return [];
    throw error;
  }
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Reads the database at `path` without writing to it (its WAL stays exactly as it is). */
function readDatabase(path: string, report: StoreReport, name: (id: string) => string) {
  let db: DatabaseSync;
  try {
    // Another process of a cluster may be creating the schema or switching the file to WAL right now: wait for
    // its lock as a writer would, rather than take "database is locked" for damage.
    db = new DatabaseSync(path, { readOnly: true, timeout: 5000 });
  } catch (error) {
    report.problems.push(`the database file cannot be opened: ${(error as Error).message}`);
    return;
  }
  try {
    let check: Row[];
    try {
      check = db.prepare('PRAGMA quick_check(20)').all();
    } catch (error) {
      report.problems.push(`the database file cannot be read: ${(error as Error).message}`);
      return;
    }
    const messages = check.map((r) => String(Object.values(r)[0]));
    if (!(messages.length === 1 && messages[0] === 'ok'))
      report.problems.push(`the database fails its integrity check (quick_check): ${messages.join('; ')}`);
    const contents = report.contents;
    const session = (id: string) => {
      let s = contents.get(id);
      if (!s) {
        s = { code: '', players: new Set(), tables: new Map(), events: -1 };
        contents.set(id, s);
      }
      return s;
    };
    for (const r of rows(db, 'SELECT id, code FROM sessions')) session(String(r.id)).code = String(r.code);
    for (const r of rows(db, 'SELECT session_id, id FROM players'))
      session(String(r.session_id)).players.add(String(r.id));
    for (const r of rows(db, 'SELECT session_id, id FROM tables'))
      session(String(r.session_id)).tables.set(String(r.id), -1);
    const actions = rows(
      db,
      'SELECT session_id, table_id, COUNT(*) n, MIN(seq) lo, MAX(seq) hi FROM actions GROUP BY session_id, table_id',
    );
    for (const r of actions) {
      const [id, table, n, lo, hi] = [
        String(r.session_id),
        String(r.table_id),
        Number(r.n),
        Number(r.lo),
        Number(r.hi),
      ];
      if (lo !== 0 || hi !== n - 1) {
        const keep = lo === 0 ? firstGap(db, 'actions', id, table) : 0;
        report.gaps.push({ session: id, table, keep });
        report.problems.push(
          `${name(id)}, table ${table}: its log holds ${plural(n, 'action')} numbered ${lo}..${hi}: ` +
            `${plural(hi + 1 - n, 'action')} missing, the first at seq ${keep}`,
        );
      }
      const s = session(id);
      if (!s.tables.has(table))
        report.problems.push(
          `${name(id)}: table ${table} has a log but no table row (the table row is lost)`,
        );
      s.tables.set(table, hi);
    }
    const events = rows(
      db,
      'SELECT session_id, COUNT(*) n, MIN(seq) lo, MAX(seq) hi FROM session_events GROUP BY session_id',
    );
    for (const r of events) {
      const [id, n, lo, hi] = [String(r.session_id), Number(r.n), Number(r.lo), Number(r.hi)];
      if (lo !== 0 || hi !== n - 1) {
        const keep = lo === 0 ? firstGap(db, 'session_events', id, null) : 0;
        report.gaps.push({ session: id, table: null, keep });
        report.problems.push(
          `${name(id)}: its session events are numbered ${lo}..${hi}: ${plural(hi + 1 - n, 'event')} missing, ` +
            `the first at seq ${keep}`,
        );
      }
      session(id).events = hi;
    }
    for (const [id, s] of contents)
      if (!s.code && (s.tables.size > 0 || s.players.size > 0))
        report.problems.push(`${name(id)}: its players or tables are stored but the session row is lost`);
  } finally {
    db.close();
  }
}

/** The first seq missing from a log that starts at 0 (everything from it on is what a repair drops). */
function firstGap(
  db: DatabaseSync,
  table: 'actions' | 'session_events',
  session: string,
  tableId: string | null,
) {
  const seqs = (
    tableId === null
      ? db.prepare(`SELECT seq FROM ${table} WHERE session_id = ? ORDER BY seq`).all(session)
      : db
          .prepare(`SELECT seq FROM ${table} WHERE session_id = ? AND table_id = ? ORDER BY seq`)
          .all(session, tableId)
  ).map((r) => Number(r.seq));
  let expected = 0;
  for (const seq of seqs) {
    if (seq !== expected) return expected;
    expected += 1;
  }
  return expected;
}

/** What the WAL scan says, as problems and warnings. */
function judgeWal(wal: WalReport, report: StoreReport) {
  const file = `${DB_FILE}-wal`;
  if (!wal.headerOk) {
    if (wal.bytes > 32)
      report.problems.push(
        `the write-ahead log ${file} (${wal.bytes} bytes) has a damaged header: SQLite would ignore all of it`,
      );
    else report.warnings.push(`the write-ahead log ${file} is only ${wal.bytes} bytes: a write cut short`);
    return;
  }
  if (wal.damagedAt !== null) {
    const text =
      `the write-ahead log ${file} is damaged at byte ${wal.damagedAt}: SQLite would keep its first ` +
      `${plural(wal.commits, 'transaction')} and drop ${plural(wal.commitsAfterDamage, 'committed transaction')} from there on`;
    // One transaction after the damage may be the one a crash caught while it was written (never
    // acknowledged); more than one were committed and acknowledged, one after the other.
    if (wal.commitsAfterDamage >= 2) report.problems.push(text);
    else report.warnings.push(`${text} (the last write before a crash, if the ledger agrees)`);
  } else if (wal.partialTail > 0)
    report.warnings.push(
      `the write-ahead log ${file} ends in ${wal.partialTail} bytes that do not make a whole frame ` +
        '(a write cut short by a crash, or a file cut; the ledger tells which)',
    );
}

/** Compares what the ledger recorded with what the database holds. */
function judgeLedger(
  ledger: LedgerSummary,
  report: StoreReport,
  name: (id: string) => string,
  deletedSince: (id: string) => boolean,
) {
  const missing: string[] = [];
  for (const [id, recorded] of ledger.sessions) {
    const held = report.contents.get(id);
    if (!held?.code) {
      if (deletedSince(id)) continue;
      const actions = [...recorded.tables.values()].reduce((a, hi) => a + hi + 1, 0);
      missing.push(
        `${name(id)} is recorded in the ledger (${plural(recorded.players.size, 'player')}, ` +
          `${plural(recorded.tables.size, 'table')}, ${plural(actions, 'action')}) but is not in the database`,
      );
      continue;
    }
    const lostPlayers = [...recorded.players].filter((p) => !held.players.has(p));
    if (lostPlayers.length > 0)
      missing.push(`${name(id)}: ${plural(lostPlayers.length, 'player')} who joined are missing`);
    for (const [table, hi] of recorded.tables) {
      const has = held.tables.get(table);
      if (has === undefined)
        missing.push(`${name(id)}: table ${table} is missing (with ${plural(hi + 1, 'action')})`);
      else if (has < hi)
        missing.push(
          `${name(id)}, table ${table}: the log ends at seq ${has}, the ledger recorded up to ${hi}: ` +
            `${plural(hi - has, 'acknowledged action')} lost`,
        );
    }
    if (held.events < recorded.events)
      missing.push(
        `${name(id)}: ${plural(recorded.events - held.events, 'session event')} lost (seating, removals, broadcasts)`,
      );
  }
  const shown = missing.slice(0, 30);
  if (missing.length > shown.length) shown.push(`and ${missing.length - shown.length} more`);
  report.problems.push(...shown);
  if (ledger.unreadable.length > 0)
    report.warnings.push(
      `the ledger has ${plural(ledger.unreadable.length, 'unreadable line')} (first at line ${ledger.unreadable[0]}): ` +
        'what they recorded cannot be checked',
    );
}

function emptyReport(): StoreReport {
  return { problems: [], warnings: [], contents: new Map(), ledger: null, wal: null, gaps: [] };
}

/** Checks one database file on its own (a backup): integrity and every log numbered without a gap. */
export function checkDatabaseFile(path: string): StoreReport {
  const report = emptyReport();
  if (!existsSync(path)) {
    report.problems.push(`there is no file ${path}`);
    return report;
  }
  const name = (id: string) => {
    const code = report.contents.get(id)?.code;
    return code ? `session ${code} (${id})` : `session ${id}`;
  };
  readDatabase(path, report, name);
  return report;
}

/** Checks the store in `dataDir` without changing any of its files. */
export function checkStore(dataDir: string): StoreReport {
  const report = emptyReport();
  const dbPath = join(dataDir, DB_FILE);
  // The ledger first: every line in it was written after its row committed, so a database read after it holds
  // at least that much, even while another process of a cluster keeps writing.
  report.ledger = readLedger(join(dataDir, LEDGER_FILE));
  report.wal = readWal(`${dbPath}-wal`);
  const codes = new Map<string, string>();
  for (const [id, s] of report.ledger?.sessions ?? []) if (s.code) codes.set(id, s.code);
  const name = (id: string) => {
    const code = report.contents.get(id)?.code || codes.get(id);
    return code ? `session ${code} (${id})` : `session ${id}`;
  };
  // Another process of a cluster writing the WAL as it is read can show a frame half written: the WAL is
  // judged only when no other process has the store open (the ledger check below holds either way).
  const others = processesUsing(dataDir);
  if (report.wal && others.length === 0) judgeWal(report.wal, report);
  if (existsSync(dbPath)) readDatabase(dbPath, report, name);
  else if (report.wal || (report.ledger && report.ledger.sessions.size > 0))
    report.problems.push(`the database file ${DB_FILE} is missing`);
  if (report.ledger) {
    // A session another process deleted after the ledger was read is gone from both by now.
    const gone = (id: string) =>
      others.length > 0 && !readLedger(join(dataDir, LEDGER_FILE))?.sessions.has(id);
    judgeLedger(report.ledger, report, name, gone);
  } else if ([...report.contents.values()].some((s) => s.code))
    report.warnings.push(
      `there is no ledger (${LEDGER_FILE}) to check the log against: a new one is written from the database, ` +
        'so from now on a loss is noticed',
    );
  return report;
}
