// The two readers behind the store's check at start: the WAL reader must agree with SQLite on what a WAL
// holds (no false alarm on a WAL that restarted from the top over older frames), and the ledger reader must
// fold its lines into what each session holds (deleted sessions gone, a torn last line not a record).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { readWal } from '../../server/store/wal.ts';
import {
  readLedger,
  recordsOf,
  summarize,
  writeLedger,
  type LedgerRecord,
} from '../../server/store/ledger.ts';

function database() {
  const dir = mkdtempSync(join(tmpdir(), 'bc-wal-'));
  const db = new DatabaseSync(join(dir, 'x.sqlite'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 0');
  db.exec('CREATE TABLE a (k INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO a (v) VALUES (?)');
  return { dir, db, insert: (n: number) => Array.from({ length: n }, () => insert.run('x'.repeat(500))) };
}

/** The WAL as a crash would leave it: copied while the database is open. */
function snapshotWal(dir: string): string {
  const copy = join(dir, 'copy-wal');
  copyFileSync(join(dir, 'x.sqlite-wal'), copy);
  return copy;
}

describe('reading a WAL', () => {
  it('counts the transactions SQLite replays', () => {
    const { dir, db, insert } = database();
    insert(30);
    const wal = readWal(snapshotWal(dir))!;
    // The CREATE TABLE and 30 inserts, each its own transaction.
    expect(wal).toMatchObject({ headerOk: true, commits: 31, damagedAt: null, commitsAfterDamage: 0 });
    db.close();
  });

  it('stops without alarm at older frames left behind when the WAL restarted from the top', () => {
    const { dir, db, insert } = database();
    insert(40);
    db.exec('PRAGMA wal_checkpoint(RESTART)');
    insert(3);
    const wal = readWal(snapshotWal(dir))!;
    expect(wal).toMatchObject({ headerOk: true, commits: 3, damagedAt: null, commitsAfterDamage: 0 });
    db.close();
  });

  it('finds a flipped byte, and counts the transactions SQLite would drop after it as SQLite does', () => {
    const { dir, db, insert } = database();
    insert(20);
    const copy = snapshotWal(dir);
    const wal = readWal(copy)!;
    const frame = 24 + wal.pageSize;
    const bytes = readFileSync(copy);
    const at = 32 + 4 * frame + 24 + 7;
    bytes[at] = bytes[at]! ^ 0x80;
    writeFileSync(copy, bytes);
    const damaged = readWal(copy)!;
    expect(damaged.damagedAt).toBe(32 + 4 * frame);
    // What SQLite itself makes of it: only the transactions before the damage.
    const other = mkdtempSync(join(tmpdir(), 'bc-wal-'));
    copyFileSync(join(dir, 'x.sqlite'), join(other, 'x.sqlite'));
    copyFileSync(copy, join(other, 'x.sqlite-wal'));
    const ro = new DatabaseSync(join(other, 'x.sqlite'), { readOnly: true });
    const rows = Number((ro.prepare('SELECT COUNT(*) n FROM a').get() as { n: number }).n);
    ro.close();
    expect(damaged.commits).toBe(rows + 1);
    expect(damaged.commits + damaged.commitsAfterDamage).toBe(21);
    db.close();
  });

  it('says a header is damaged, and that there is no WAL when there is none', () => {
    const { dir, db, insert } = database();
    insert(2);
    const copy = snapshotWal(dir);
    const bytes = readFileSync(copy);
    bytes[17] = bytes[17]! ^ 1;
    writeFileSync(copy, bytes);
    expect(readWal(copy)!.headerOk).toBe(false);
    expect(readWal(join(dir, 'none-wal'))).toBeNull();
    db.close();
  });
});

describe('reading the ledger', () => {
  const records: LedgerRecord[] = [
    ['s', 'S1', 'ABCDEF'],
    ['p', 'S1', 'p1'],
    ['t', 'S1', 'T1'],
    ['a', 'S1', 'T1', 0],
    ['a', 'S1', 'T1', 1],
    ['e', 'S1', 0],
    ['s', 'S2', 'GHJKMN'],
    ['t', 'S2', 'T1'],
    ['d', 'S2'],
  ];

  it('folds records into what each session holds; a deleted session is gone', () => {
    const sessions = summarize(records);
    expect([...sessions.keys()]).toEqual(['S1']);
    expect(sessions.get('S1')).toEqual({
      code: 'ABCDEF',
      players: new Set(['p1']),
      tables: new Map([['T1', 1]]),
      events: 0,
    });
    expect(summarize(recordsOf(sessions))).toEqual(sessions);
  });

  it('skips a torn last line and counts unreadable ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-ledger-'));
    const path = join(dir, 'ledger');
    writeLedger(path, records);
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"not":"a record"}\n["a","S1","T1",2]\n["a","S1",`, {
      flag: 'w',
    });
    const ledger = readLedger(path)!;
    expect(ledger.unreadable).toEqual([records.length + 1]);
    expect(ledger.sessions.get('S1')?.tables.get('T1')).toBe(2);
  });
});
