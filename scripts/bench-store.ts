// `npm run bench:store [-- --appends 2000]`: what durability costs per accepted action. Appends log entries the
// size of a real one into (1) the Store as the server runs it (group commit: the appends of one turn of the
// event loop share one transaction, committed in the next check phase, then the WAL is fsynced on libuv's
// thread pool; ledger lines once synced), with one append per turn (a quiet class) and with 20 per turn (a
// burst), and (2) the same table with synchronous = NORMAL, no ledger, a commit per append and no fsync (the
// store before, which did not keep its promise across a power cut), in a fresh DATA_DIR under the system's
// temporary directory. Prints a JSON line per variant: the time the event loop is held per append (its write and
// its share of the commit), and for the Store the time from a turn's first write until it is on disk (what a
// message waits), with appends per second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { Store } from '../server/store/store.ts';
import type { LogEntry } from '../shared/rules/types.ts';

const { values } = parseArgs({ options: { appends: { type: 'string', default: '2000' } } });
const n = Math.max(100, Math.min(100_000, Number(values.appends) || 2000));

// A chat action as the log stores it: about 300 bytes of JSON.
const entry = {
  at: 1_764_000_000_000,
  actor: { kind: 'seat', seat: 'engineering' },
  action: { type: 'chat', channel: 'obc', text: 'We need the monitors to alarm centrally. '.repeat(5) },
} as unknown as LogEntry;

function percentile(sorted: Float64Array, p: number) {
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 1000) / 1000
  );
}

function report(variant: string, times: number[], totalMs: number, durable?: number[]) {
  const sorted = Float64Array.from(times).sort();
  const wait = durable && Float64Array.from(durable).sort();
  console.log(
    JSON.stringify({
      variant,
      appends: times.length,
      msPerAppend: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: percentile(sorted, 100) },
      ...(wait
        ? {
            msUntilOnDisk: {
              p50: percentile(wait, 50),
              p99: percentile(wait, 99),
              max: percentile(wait, 100),
            },
          }
        : {}),
      appendsPerSecond: Math.round(times.length / (totalMs / 1000)),
    }),
  );
}

/** `perTurn` appends and the turn's commit; then the next turn once they are on disk (as a message waits). */
async function runStore(variant: string, store: Store, perTurn: number) {
  const times: number[] = [];
  const durable: number[] = [];
  const start = performance.now();
  for (let seq = 0; seq < n; seq += perTurn) {
    const t = performance.now();
    for (let k = 0; k < perTurn; k++) store.appendAction('s1', `T${perTurn}`, seq + k, entry);
    store.commit();
    const each = (performance.now() - t) / perTurn;
    for (let k = 0; k < perTurn; k++) times.push(each);
    await store.durable();
    durable.push(performance.now() - t);
  }
  report(variant, times, performance.now() - start, durable);
}

const full = mkdtempSync(join(tmpdir(), 'bc-bench-store-'));
const store = new Store(full);
store.insertSession({
  id: 's1',
  code: 'BENCH1',
  hostHash: 'x',
  scenarioJson: '{}',
  optionsJson: '{}',
  createdAt: 0,
});
store.commit();
await store.durable();
await runStore('group commit, fsync off the loop, ledger: 1 append a turn (now)', store, 1);
await runStore('group commit, fsync off the loop, ledger: 20 appends a turn (now)', store, 20);
store.close();

const normal = mkdtempSync(join(tmpdir(), 'bc-bench-store-'));
const db = new DatabaseSync(join(normal, 'buying-center.sqlite'));
db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
  CREATE TABLE actions (session_id TEXT NOT NULL, table_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,
    entry_json TEXT NOT NULL, PRIMARY KEY (session_id, table_id, seq));`);
const insert = db.prepare(
  'INSERT INTO actions (session_id, table_id, seq, at, entry_json) VALUES (?, ?, ?, ?, ?)',
);
const times: number[] = [];
const start = performance.now();
for (let seq = 0; seq < n; seq++) {
  const t = performance.now();
  insert.run('s1', 'T1', seq, entry.at, JSON.stringify(entry));
  times.push(performance.now() - t);
}
report('NORMAL, no ledger, a commit per append, no fsync (before)', times, performance.now() - start);
db.close();
for (const dir of [full, normal]) rmSync(dir, { recursive: true, force: true });
