// A stored log cannot poison the process: actions written straight into the store (as a hand edit, a damaged
// file or an older version's bug might) are replayed through the same schemas as live ones. The server starts,
// skips each with a warning that names it, and every session plays on.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Store } from '../../server/store/store.ts';
import type { LogEntry } from '../../shared/rules/types.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import {
  Player,
  api,
  createSession,
  startProcess,
  tempDir,
  type ChildServer,
  type Created,
} from './harness.ts';

const dataDir = tempDir();
let proc: ChildServer;
let target: Created;
let other: Created;

const quick = structuredClone(miniScenarioInput);
for (const stage of ['need-recognition', 'specifications', 'rfp', 'post-purchase'] as const)
  quick.stages[stage].minutes = 0.03;

beforeAll(async () => {
  process.env.BOT_DELAY_MS = '40';
  proc = await startProcess(dataDir);
  target = await createSession(proc.url, { bots: true });
  other = await createSession(proc.url, { scenario: quick, bots: true });
  const host = await Player.join(proc.ws, target.roomId, {
    code: target.code,
    hostSecret: target.hostSecret,
  });
  host.send('deal', { bots: true });
  const student = await Player.join(proc.ws, target.roomId, { code: target.code, name: 'Ada' });
  host.send('deal', { bots: true });
  await student.until(() => student.seat !== null, 'a seat');
  await host.leave();
  await student.leave();
}, 30_000);

afterAll(() => {
  delete process.env.BOT_DELAY_MS;
  proc.child.kill('SIGKILL');
});

it('skips hostile stored actions with a warning naming each, and every session plays', async () => {
  proc.child.kill('SIGKILL');
  await new Promise((resolve) => proc.child.once('exit', resolve));

  const store = new Store(dataDir);
  const before = store.actions(target.sessionId, 'T1');
  const hostile: unknown[] = [
    { actor: { kind: 'instructor' }, action: { type: 'set-bot', seat: '__proto__', bot: false }, at: 1 },
    { actor: { kind: 'instructor' }, action: { type: 'set-bot', seat: 'toString', bot: true }, at: 2 },
    {
      actor: { kind: 'seat', seat: 'procurement' },
      action: { type: 'disqualify-supplier', seller: 'toString', reason: 'x' },
      at: 3,
    },
    { actor: { kind: 'seat', seat: '__proto__' }, action: { type: 'ready', ready: true }, at: 4 },
    JSON.parse('{"actor":{"kind":"instructor"},"action":{"type":"start","__proto__":{"bot":true}},"at":5}'),
    { nonsense: true, at: 6 },
  ];
  hostile.forEach((entry, i) =>
    store.appendAction(target.sessionId, 'T1', before.length + i, entry as LogEntry),
  );
  store.close();

  proc = await startProcess(dataDir);
  // Each hostile entry is named in a warning: session, table and its place in the log.
  for (let i = 0; i < hostile.length; i++)
    expect(proc.output()).toContain(
      `session ${target.sessionId} table T1: stored action #${before.length + i}`,
    );

  // Nothing was poisoned: sessions can be created, and the damaged one's table answers as before.
  expect((await api(proc.url, 'POST', '/api/sessions', { scenario: miniScenarioInput })).status).toBe(201);
  const exported = await api(
    proc.url,
    'GET',
    `/api/sessions/${target.sessionId}/export.json`,
    undefined,
    target.hostSecret,
  );
  expect(exported.status).toBe(200);
  expect(exported.json.tables[0].log).toEqual(before);
  const found = await api(proc.url, 'GET', `/api/join/${target.code}`);
  const host = await Player.join(proc.ws, found.json.roomId, {
    code: target.code,
    hostSecret: target.hostSecret,
  });
  host.send('host', { table: 'T1', action: { type: 'start' } });
  host.send('watch', { table: 'T1' });
  await host.until(() => host.view?.phase === 'playing', 'the table playing');

  // The other session plays a whole round with bots.
  const again = await api(proc.url, 'GET', `/api/join/${other.code}`);
  const otherHost = await Player.join(proc.ws, again.json.roomId, {
    code: other.code,
    hostSecret: other.hostSecret,
  });
  const student = await Player.join(proc.ws, again.json.roomId, { code: other.code, name: 'Bo' });
  otherHost.send('deal', { bots: true });
  await student.until(() => student.seat !== null, 'a seat');
  otherHost.send('host', { table: 'T1', action: { type: 'start' } });
  await student.until(() => student.debrief !== null, 'the debrief', 30_000);
}, 60_000);
