// Group commit: the writes of one turn of the event loop share one transaction, committed in the next check
// phase and then fsynced off the event loop, and whatever acknowledges them waits for that fsync: a message to
// a client, an HTTP answer. Another connection (another process) sees nothing of the writes before the commit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../server/store/store.ts';
import { holdUntilDurable } from '../../server/rooms/durable-sends.ts';
import type { LogEntry } from '../../shared/rules/types.ts';
import type { Client } from '@colyseus/core';

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function store() {
  const dir = mkdtempSync(join(tmpdir(), 'bc-group-'));
  const s = new Store(dir);
  stores.push(s);
  s.insertSession({
    id: 's1',
    code: 'ABCDEF',
    hostHash: 'x',
    scenarioJson: '{}',
    optionsJson: '{}',
    createdAt: 0,
  });
  return { s, file: join(dir, 'buying-center.sqlite') };
}

const entry = (i: number) =>
  ({ at: i, actor: { kind: 'system' }, action: { type: 'tick' } }) as unknown as LogEntry;

function countElsewhere(file: string): number {
  const other = new DatabaseSync(file, { readOnly: true });
  try {
    return Number((other.prepare('SELECT COUNT(*) n FROM actions').get() as { n: number }).n);
  } finally {
    other.close();
  }
}

describe('group commit', () => {
  it('commits a turn’s writes together in the next check phase; what waits for them goes once they are synced', async () => {
    const { s, file } = store();
    await s.durable();
    for (let i = 0; i < 50; i++) s.appendAction('s1', 'T1', i, entry(i));
    // This connection reads its own writes at once; another does not until the commit.
    expect(s.actions('s1', 'T1')).toHaveLength(50);
    expect(countElsewhere(file)).toBe(0);
    let onDisk = false;
    s.afterCommit(() => (onDisk = true));
    expect(onDisk).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(countElsewhere(file)).toBe(50);
    await s.durable();
    expect(onDisk).toBe(true);
  });

  it('lets out what waits in the order it came, across commits and the fsync under way', async () => {
    const { s } = store();
    await s.durable();
    const order: string[] = [];
    s.appendAction('s1', 'T1', 0, entry(0));
    s.afterCommit(() => order.push('first'));
    await new Promise((resolve) => setImmediate(resolve));
    // The first turn is committed (its fsync may be under way); a second turn writes and waits too.
    s.afterCommit(() => order.push('second, no write of its own'));
    s.appendAction('s1', 'T1', 1, entry(1));
    s.afterCommit(() => order.push('third'));
    await s.durable();
    expect(order).toEqual(['first', 'second, no write of its own', 'third']);
  });

  it('holds a client’s messages until the writes before them are on disk, in order, and sends at once otherwise', async () => {
    const { s, file } = store();
    await s.durable();
    const sent: string[] = [];
    const client = {
      raw: (data: Uint8Array) => sent.push(Buffer.from(data).toString()),
    } as unknown as Client;
    holdUntilDurable(client, s);
    holdUntilDurable(client, s);
    const raw = (client as unknown as { raw: (d: Uint8Array) => void }).raw;
    raw(Buffer.from('before any write'));
    expect(sent).toEqual(['before any write']);
    s.appendAction('s1', 'T1', 0, entry(0));
    raw(Buffer.from('view'));
    raw(Buffer.from('events'));
    expect(sent).toEqual(['before any write']);
    await s.durable();
    expect(countElsewhere(file)).toBe(1);
    expect(sent).toEqual(['before any write', 'view', 'events']);
  });

  it('sends what waits for the same commit together, the socket corked around it, and keeps the order across commits', async () => {
    const { s } = store();
    await s.durable();
    const log: string[] = [];
    const socket = { cork: () => log.push('cork'), uncork: () => log.push('uncork') };
    const client = {
      ref: { _socket: socket },
      raw: (data: Uint8Array) => log.push(Buffer.from(data).toString()),
    } as unknown as Client;
    holdUntilDurable(client, s);
    const raw = (client as unknown as { raw: (d: Uint8Array) => void }).raw;
    s.appendAction('s1', 'T1', 0, entry(0));
    raw(Buffer.from('state'));
    raw(Buffer.from('welcome'));
    raw(Buffer.from('view'));
    await new Promise((resolve) => setImmediate(resolve));
    // The first turn is committed, its fsync may be under way: a second turn's messages wait for their own.
    s.appendAction('s1', 'T1', 1, entry(1));
    raw(Buffer.from('patch'));
    await s.durable();
    raw(Buffer.from('at once'));
    expect(log).toEqual(['cork', 'state', 'welcome', 'view', 'uncork', 'cork', 'patch', 'uncork', 'at once']);
  });

  it('keeps a refused write out and the rest of the turn in (a duplicate seq is refused, as before)', async () => {
    const { s } = store();
    s.appendAction('s1', 'T1', 0, entry(0));
    expect(() => s.appendAction('s1', 'T1', 0, entry(1))).toThrow(/UNIQUE|constraint/i);
    s.appendAction('s1', 'T1', 1, entry(2));
    await s.durable();
    expect(s.actions('s1', 'T1').map((e) => e.at)).toEqual([0, 2]);
  });

  it('deletes a session all or nothing inside the turn, and close() commits what is open', () => {
    const { s, file } = store();
    s.appendAction('s1', 'T1', 0, entry(0));
    s.deleteSession('s1');
    expect(s.sessionById('s1')).toBeUndefined();
    s.close();
    stores.splice(stores.indexOf(s), 1);
    expect(countElsewhere(file)).toBe(0);
  });
});
