// Backup, restore and accepting a loss: the store's maintenance, for `npm run backup`, `npm run restore` and
// `npm run store` (scripts/store.ts). Each answers the lines to print, or throws an Error whose message says
// why nothing was done. None of them deletes a file of the store: what is replaced or given up on is moved
// into a folder of DATA_DIR first.
import {
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  renameSync,
  statSync,
  appendFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DB_FILE, checkDatabaseFile, checkStore, type StoreReport } from './integrity.ts';
import { LEDGER_FILE, recordsOf, writeLedger, type LedgerSession } from './ledger.ts';
import { Store } from './store.ts';
import { processesUsing } from './pid-files.ts';

/** The files of a store in DATA_DIR (the -shm index is rebuilt by SQLite and never worth keeping). */
const STORE_FILES = [DB_FILE, `${DB_FILE}-wal`, LEDGER_FILE];

function stamp(now = new Date()) {
  return now.toISOString().replace(/[:.]/g, '-');
}

function totals(contents: Map<string, LedgerSession>) {
  let actions = 0;
  let tables = 0;
  let players = 0;
  for (const s of contents.values()) {
    players += s.players.size;
    tables += s.tables.size;
    for (const hi of s.tables.values()) actions += hi + 1;
  }
  return `${contents.size} session(s), ${players} player(s), ${tables} table(s), ${actions} action(s)`;
}

function syncFile(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function refuseWhileRunning(dataDir: string, what: string) {
  const pids = processesUsing(dataDir);
  if (pids.length > 0)
    throw new Error(
      `A server (pid ${pids.join(', ')}) has the store in ${dataDir} open: stop it before ${what}. ` +
        `(If none runs, remove ${pids.map((p) => join(dataDir, `server-${p}.pid`)).join(', ')}.)`,
    );
}

/** Moves the store's files in `dataDir` into a new folder of it, named `<why>-<time>`; answers the folder. */
function moveAside(dataDir: string, why: string, copy = false): string | null {
  const present = STORE_FILES.filter((f) => existsSync(join(dataDir, f)));
  if (present.length === 0) return null;
  const folder = join(dataDir, `${why}-${stamp()}`);
  mkdirSync(folder, { recursive: true });
  for (const f of present) {
    if (copy) copyFileSync(join(dataDir, f), join(folder, f));
    else renameSync(join(dataDir, f), join(folder, f));
  }
  // The WAL index goes with the files it indexes (SQLite rebuilds it for the new ones).
  const shm = join(dataDir, `${DB_FILE}-shm`);
  if (!copy && existsSync(shm)) renameSync(shm, join(folder, `${DB_FILE}-shm`));
  return folder;
}

/**
 * An online backup of the store into `file` (a new file): `VACUUM INTO` reads one consistent snapshot in a
 * single read transaction, which in WAL mode never blocks the running server's writes, and writes a compact
 * copy. The copy is then checked on its own.
 */
export function backup(dataDir: string, file: string): string[] {
  const source = join(dataDir, DB_FILE);
  const target = resolve(file);
  if (!existsSync(source)) throw new Error(`There is no store in ${dataDir} (no ${DB_FILE}).`);
  if (existsSync(target)) throw new Error(`${target} exists already: choose a new file for the backup.`);
  mkdirSync(dirname(target), { recursive: true });
  const live = checkStore(dataDir);
  const started = Date.now();
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  syncFile(target);
  const copy = checkDatabaseFile(target);
  if (copy.problems.length > 0)
    throw new Error(`The backup in ${target} does not check out:\n  - ${copy.problems.join('\n  - ')}`);
  const lines = [
    `Backed up ${dataDir} to ${target} in ${Date.now() - started} ms: ${totals(copy.contents)}, ` +
      `${Math.round(statSync(target).size / 1024)} KiB, integrity ok.`,
  ];
  if (live.problems.length > 0)
    lines.push(
      'The live store has problems, so this backup holds what is left of it:',
      ...live.problems.map((p) => `  - ${p}`),
    );
  return lines;
}

/**
 * Puts a backup in place as the store of `dataDir` (the server stopped). A store already there is moved into
 * `DATA_DIR/replaced-<time>/` (with `replace`; refused otherwise). The ledger is written from the backup, so
 * the server starts on it as on a whole log.
 */
export function restore(dataDir: string, file: string, options: { replace?: boolean } = {}): string[] {
  const source = resolve(file);
  refuseWhileRunning(dataDir, 'restoring');
  const copy = checkDatabaseFile(source);
  if (copy.problems.length > 0)
    throw new Error(
      `The backup ${source} does not check out, nothing was restored:\n  - ${copy.problems.join('\n  - ')}`,
    );
  mkdirSync(dataDir, { recursive: true });
  const present = STORE_FILES.some((f) => existsSync(join(dataDir, f)));
  if (present && !options.replace)
    throw new Error(
      `${dataDir} holds a store already: pass --replace to move it aside (into ${dataDir}/replaced-<time>/) ` +
        'and restore the backup in its place.',
    );
  const aside = present ? moveAside(dataDir, 'replaced') : null;
  const target = join(dataDir, DB_FILE);
  copyFileSync(source, target);
  syncFile(target);
  writeLedger(join(dataDir, LEDGER_FILE), recordsOf(copy.contents));
  syncFile(dataDir);
  const lines = [`Restored ${source} into ${dataDir}: ${totals(copy.contents)}.`];
  if (aside) lines.push(`The store that was there is in ${aside}.`);
  return lines;
}

/** The check at start, as lines to print; `ok` when the server would start. */
export function check(dataDir: string): { ok: boolean; lines: string[]; report: StoreReport } {
  const report = checkStore(dataDir);
  const lines = [
    report.problems.length === 0
      ? `The store in ${dataDir} checks out: ${totals(report.contents)}.`
      : `The store in ${dataDir} has ${report.problems.length} problem(s): the server will not start on it.`,
    ...report.problems.map((p) => `  problem: ${p}`),
    ...report.warnings.map((w) => `  warning: ${w}`),
  ];
  return { ok: report.problems.length === 0, lines, report };
}

/**
 * Starts over with what is left after a loss (the server stopped): a copy of the damaged files goes into
 * `DATA_DIR/damaged-<time>/`, SQLite recovers what its WAL still holds, each log is cut at its first gap (a
 * log with a hole cannot be replayed), the ledger is rewritten from what remains, and `losses.log` records
 * what was given up. Refused when the database itself cannot be read: restore a backup then.
 */
export function accept(dataDir: string): string[] {
  refuseWhileRunning(dataDir, 'accepting a loss');
  const before = checkStore(dataDir);
  if (before.problems.length === 0) return [`The store in ${dataDir} has no problem: nothing to accept.`];
  if (before.problems.some((p) => /cannot be (opened|read)|integrity check|is missing$/.test(p)))
    throw new Error(
      `The database in ${dataDir} itself is damaged or missing, so nothing is left to start from: ` +
        'restore a backup (npm run restore -- FILE --replace).',
    );
  const kept = moveAside(dataDir, 'damaged', true);
  const store = new Store(dataDir, { check: false });
  let cut = 0;
  try {
    for (const gap of before.gaps) {
      const r =
        gap.table === null
          ? store.db
              .prepare('DELETE FROM session_events WHERE session_id = ? AND seq >= ?')
              .run(gap.session, gap.keep)
          : store.db
              .prepare('DELETE FROM actions WHERE session_id = ? AND table_id = ? AND seq >= ?')
              .run(gap.session, gap.table, gap.keep);
      cut += Number(r.changes);
    }
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
  const after = checkStore(dataDir);
  writeLedger(join(dataDir, LEDGER_FILE), recordsOf(after.contents));
  const record = [
    `${new Date().toISOString()} loss accepted in ${dataDir} (damaged files kept in ${kept}):`,
    ...before.problems.map((p) => `  - ${p}`),
    ...(cut > 0 ? [`  - ${cut} row(s) after a gap were cut so that every log replays`] : []),
  ];
  appendFileSync(join(dataDir, 'losses.log'), `${record.join('\n')}\n`);
  return [
    ...record,
    `The store now holds ${totals(after.contents)}; the loss is recorded in ${join(dataDir, 'losses.log')}.`,
  ];
}
