// The ledger: a second, independent record of what the store holds, so that a log SQLite silently shortened
// (a WAL cut or flipped, deleted, a database file lost) is noticed and named at start instead of replayed as
// if nothing happened. A WAL that lost its last transactions is a valid, shorter WAL: nothing inside SQLite's
// files can tell, only a record kept outside them.
//
// One JSON line per row the store appends, written once the row is on disk (its commit fsynced, store.ts):
//   ["s", session, code]   a session        ["p", session, player]   a player
//   ["t", session, table]  a table          ["a", session, table, seq]   an action
//   ["e", session, seq]    a session event  ["d", session]   the session was deleted
// Appends go to the page cache (no fsync of their own: the database's is the durable record, and a ledger that
// lags after a crash only under-reports; it never claims what was not on disk). Every process sharing DATA_DIR
// appends to the same file; lines stay whole (O_APPEND, one write each).
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync, fsyncSync } from 'node:fs';

export type LedgerRecord =
  | ['s', string, string]
  | ['p', string, string]
  | ['t', string, string]
  | ['a', string, string, number]
  | ['e', string, number]
  | ['d', string];

/** What the ledger says a session holds. */
export interface LedgerSession {
  code: string;
  players: Set<string>;
  /** Each table and the highest action seq recorded for it (-1: none yet). */
  tables: Map<string, number>;
  /** The highest session event seq recorded (-1: none). */
  events: number;
}

export interface LedgerSummary {
  sessions: Map<string, LedgerSession>;
  /** Lines that could not be read, by line number (a torn last line after a crash is expected, not counted). */
  unreadable: number[];
  lines: number;
}

export const LEDGER_FILE = 'buying-center.ledger';

function isRecord(v: unknown): v is LedgerRecord {
  if (!Array.isArray(v) || typeof v[0] !== 'string' || typeof v[1] !== 'string') return false;
  switch (v[0]) {
    case 's':
    case 'p':
    case 't':
      return v.length === 3 && typeof v[2] === 'string';
    case 'a':
      return v.length === 4 && typeof v[2] === 'string' && Number.isInteger(v[3]);
    case 'e':
      return v.length === 3 && Number.isInteger(v[2]);
    case 'd':
      return v.length === 2;
    default:
      return false;
  }
}

function sessionOf(map: Map<string, LedgerSession>, id: string): LedgerSession {
  let s = map.get(id);
  if (!s) {
    s = { code: '', players: new Set(), tables: new Map(), events: -1 };
    map.set(id, s);
  }
  return s;
}

/** Folds records into what each session should hold. */
export function summarize(records: Iterable<LedgerRecord>): Map<string, LedgerSession> {
  const sessions = new Map<string, LedgerSession>();
  for (const r of records) {
    if (r[0] === 'd') {
      sessions.delete(r[1]);
      continue;
    }
    const s = sessionOf(sessions, r[1]);
    if (r[0] === 's') s.code = r[2];
    else if (r[0] === 'p') s.players.add(r[2]);
    else if (r[0] === 't') {
      if (!s.tables.has(r[2])) s.tables.set(r[2], -1);
    } else if (r[0] === 'a') s.tables.set(r[2], Math.max(s.tables.get(r[2]) ?? -1, r[3]));
    else s.events = Math.max(s.events, r[2]);
  }
  return sessions;
}

/** Reads the ledger at `path`; null when there is none. */
export function readLedger(path: string): LedgerSummary | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  // The text after the last newline is a line being written or torn by a crash: not a record yet.
  const whole = lines.slice(0, -1);
  const records: LedgerRecord[] = [];
  const unreadable: number[] = [];
  whole.forEach((line, i) => {
    if (line === '') return;
    try {
      const v: unknown = JSON.parse(line);
      if (isRecord(v)) records.push(v);
      else unreadable.push(i + 1);
    } catch {
      unreadable.push(i + 1);
    }
  });
  return { sessions: summarize(records), unreadable, lines: whole.length };
}

/** The records that say `sessions` (to write a fresh ledger from a database's contents). */
export function recordsOf(sessions: Map<string, LedgerSession>): LedgerRecord[] {
  const out: LedgerRecord[] = [];
  for (const [id, s] of sessions) {
    out.push(['s', id, s.code]);
    for (const p of s.players) out.push(['p', id, p]);
    for (const [t, seq] of s.tables) {
      out.push(['t', id, t]);
      if (seq >= 0) out.push(['a', id, t, seq]);
    }
    if (s.events >= 0) out.push(['e', id, s.events]);
  }
  return out;
}

/** Replaces the ledger at `path` with `records`, atomically (a temporary file, fsynced, renamed). */
export function writeLedger(path: string, records: LedgerRecord[]): void {
  const temp = `${path}.new`;
  const fd = openSync(temp, 'w');
  try {
    const text = records.map((r) => JSON.stringify(r)).join('\n');
    writeSync(fd, text ? `${text}\n` : '');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** The ledger of a running store: one append per row. */
export class Ledger {
  private fd: number | null;

  constructor(path: string) {
    this.fd = openSync(path, 'a');
  }

  append(record: LedgerRecord): void {
    if (this.fd === null) return;
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
