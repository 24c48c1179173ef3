// Inherited names as ids: every name Object.prototype holds (and other hostile strings) sent as every id field of
// every room message and HTTP route, from students, the instructor and a projector. The process stays up,
// Object.prototype is unchanged, the session's log holds nothing refused, and another session on the same
// server still plays a round to its debrief.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogEntrySchema } from '../../shared/protocol.ts';
import { replay } from '../../shared/rules/replay.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { Player, api, createSession, sleep, startInProcess, type Created, type Running } from './harness.ts';

const HOSTILE = [
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'T1\u0000',
  '../T1',
  ' engineering',
  'seller-',
  'seller-__proto__',
];

/** Everything Object.prototype holds, to tell that nothing a client sent changed it. */
function prototypeSnapshot() {
  const proto = Object.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(proto).map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)]);
}

/** Every player intent with `name` in each of its id fields, one field at a time. */
function hostileIntents(name: string, questionId: string): unknown[] {
  const terms = { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 4 };
  const proposal = {
    type: 'submit-proposal',
    price: 100,
    options: [],
    evidence: [],
    terms,
    claims: {},
    leadWith: ['quality'],
    messages: {},
  };
  return [
    { type: 'chat', channel: 'buyer-seller', seller: name, text: 'hello' },
    { type: 'chat', channel: name, text: 'hello' },
    { type: 'ask-question', to: name, text: 'why?' },
    { type: 'ask-question', to: 'engineering', text: 'why?', topic: name },
    { type: 'answer-question', questionId: name, text: 'because', concerns: [] },
    { type: 'answer-question', questionId, text: 'because', concerns: [name] },
    { type: 'mark-benefits', dimensions: [name] },
    { type: 'propose-spec-item', dimension: name, kind: 'weight', value: 10 },
    { type: 'vote-spec-item', itemId: name, support: true },
    { type: 'disqualify-supplier', seller: name, reason: 'no' },
    { ...proposal, options: [name] },
    { ...proposal, evidence: [name] },
    { ...proposal, claims: JSON.parse(`{${JSON.stringify(name)}: 5}`) },
    { ...proposal, leadWith: [name] },
    { ...proposal, messages: JSON.parse(`{${JSON.stringify(name)}: {"text": "hi", "dimensions": []}}`) },
    { type: 'score-proposal', seller: name, score: 5 },
    { type: 'request-bafo', sellers: [name] },
    { type: 'vote', seller: name },
    { type: 'predict-priorities', priorities: JSON.parse(`{${JSON.stringify(name)}: "quality"}`) },
    { type: 'predict-priorities', priorities: { engineering: name } },
    { type: 'predict-winner', seller: name },
    { type: name },
  ];
}

/** Every instructor command with `name` in each of its id fields. */
function hostileCommands(name: string, playerId: string): [string, unknown][] {
  return [
    ['bot', { table: 'T1', seat: name, bot: true }],
    ['bot', { table: 'T1', seat: name, bot: false }],
    ['bot', { table: name, seat: 'engineering', bot: true }],
    ['move', { playerId: name, table: 'T1', seat: 'engineering' }],
    ['move', { playerId, table: 'T1', seat: name }],
    ['move', { playerId, table: name, seat: 'engineering' }],
    ['move', { playerId, table: 'new', seat: name }],
    ['remove', { playerId: name }],
    ['watch', { table: name }],
    ['host', { table: name, action: { type: 'pause' } }],
    ['host', { table: 'T1', action: { type: name } }],
    [name, {}],
  ];
}

let server: Running;
let target: Created;
let bystander: Created;
let students: Player[];
let staff: Player[];
let spectators: Player[];

beforeAll(async () => {
  process.env.BOT_DELAY_MS = '40';
  server = await startInProcess();
  target = await createSession(server.url, { bots: false });
  students = [];
  for (let i = 0; i < 9; i++)
    students.push(await Player.join(server.ws, target.roomId, { code: target.code, name: `S${i}` }));
  staff = [];
  for (let i = 0; i < 3; i++)
    staff.push(
      await Player.join(server.ws, target.roomId, { code: target.code, hostSecret: target.hostSecret }),
    );
  spectators = [];
  for (let i = 0; i < 2; i++)
    spectators.push(await Player.join(server.ws, target.roomId, { code: target.code, spectator: true }));
  staff[0]!.send('deal', {});
  await Promise.all(students.map((s) => s.until(() => s.seat !== null, 'a seat')));
  staff[0]!.send('host', { table: 'T1', action: { type: 'start' } });
  await Promise.all(students.map((s) => s.until(() => s.view?.phase === 'playing', 'playing')));
  // A question for the answer-question intents to name.
  const seller = students.find((s) => s.seat?.startsWith('seller-'))!;
  seller.intent({ type: 'ask-question', to: 'engineering', text: 'What matters to you?' });
  await seller.until(() => (seller.view?.questions ?? []).length > 0, 'the question');
  await sleep(200);
}, 30_000);

afterAll(async () => {
  delete process.env.BOT_DELAY_MS;
  await server.stop();
}, 30_000);

async function snapshot() {
  const exported = await api(
    server.url,
    'GET',
    `/api/sessions/${target.sessionId}/export.json`,
    undefined,
    target.hostSecret,
  );
  expect(exported.status).toBe(200);
  return { tables: exported.json.tables, players: exported.json.players };
}

describe('inherited names as ids', () => {
  it('refuses them in every room message from every kind of client, and nothing changes', async () => {
    const prototypeBefore = prototypeSnapshot();
    const before = await snapshot();
    const seller = students.find((s) => s.seat?.startsWith('seller-'))!;
    const questionId = String(seller.view.questions[0].id);
    const playerId = String(students[0]!.welcome.playerId);
    const queues = new Map<Player, [string, unknown][]>();
    const add = (p: Player, type: string, message: unknown) =>
      queues.set(p, [...(queues.get(p) ?? []), [type, message]]);
    let k = 0;
    for (const name of HOSTILE) {
      for (const action of hostileIntents(name, questionId)) {
        add(students[k++ % students.length]!, 'intent', { id: `h${k}`, action });
        add(spectators[k % spectators.length]!, 'intent', { id: `h${k}`, action });
      }
      for (const [type, message] of hostileCommands(name, playerId)) {
        add(staff[k++ % staff.length]!, type, message);
        // The same commands from a student and a projector are forbidden before they are read.
        add(students[k % students.length]!, type, message);
      }
    }
    const clients = [...queues.keys()];
    const errorsBefore = clients.map((c) => c.errors().length);
    const sent = clients.map((c) => queues.get(c)!.length);
    // One message per connection every 110 ms: inside the limit of 10 a second.
    while (clients.some((c) => queues.get(c)!.length > 0)) {
      for (const c of clients) {
        const next = queues.get(c)!.shift();
        if (next) c.room.send(next[0], next[1]);
      }
      await sleep(110);
    }
    await Promise.all(
      clients.map((c, i) =>
        c.until(() => c.errors().length - errorsBefore[i]! >= sent[i]!, 'an error for every message', 30_000),
      ),
    );
    const codes = new Set(clients.flatMap((c) => c.errors().map((e: { code: string }) => e.code)));
    expect(codes.has('internal')).toBe(false);
    expect(prototypeSnapshot()).toEqual(prototypeBefore);
    expect((await api(server.url, 'GET', '/healthz')).status).toBe(200);
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('refuses them in every HTTP route parameter and body, and nothing changes', async () => {
    const prototypeBefore = prototypeSnapshot();
    const before = await snapshot();
    const base = `/api/sessions/${target.sessionId}`;
    const playerId = String(students[0]!.welcome.playerId);
    for (const name of HOSTILE) {
      const n = encodeURIComponent(name);
      const calls: [string, string, unknown][] = [
        ['POST', `${base}/tables/T1/seats/${n}/bot`, { bot: false }],
        ['POST', `${base}/tables/T1/seats/${n}/bot`, { bot: true }],
        ['POST', `${base}/tables/${n}/seats/engineering/bot`, { bot: true }],
        ['POST', `${base}/tables/${n}/actions`, { action: { type: 'pause' } }],
        ['POST', `${base}/players/${n}/move`, { table: 'T1', seat: 'engineering' }],
        ['POST', `${base}/players/${playerId}/move`, { table: 'T1', seat: name }],
        ['POST', `${base}/players/${playerId}/move`, { table: name, seat: 'engineering' }],
        ['POST', `${base}/players/${n}/readmit`, undefined],
        ['DELETE', `${base}/players/${n}`, undefined],
        ['GET', `/api/sessions/${n}`, undefined],
        ['GET', `/api/join/${n}`, undefined],
      ];
      for (const [method, path, body] of calls) {
        const r = await api(server.url, method, path, body, target.hostSecret);
        expect(r.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(r.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
    expect(prototypeSnapshot()).toEqual(prototypeBefore);
    // A student moved to a seat that does not exist is still where they were.
    expect(await snapshot()).toEqual(before);
    // Creating sessions still works: no schema was poisoned.
    const again = await api(server.url, 'POST', '/api/sessions', { scenario: miniScenarioInput });
    expect(again.status).toBe(201);
  }, 60_000);

  it('leaves a log of accepted actions only, and another session plays a round to its debrief', async () => {
    const log = server.app.store.actions(target.sessionId, 'T1');
    for (const entry of log) expect(LogEntrySchema.safeParse(entry).success).toBe(true);
    const session = server.app.registry.get(target.sessionId)!;
    const table = session.tables.get('T1')!;
    expect(replay(session.scenario, table.config, log).rejected).toEqual([]);

    const quick = structuredClone(miniScenarioInput);
    for (const stage of ['need-recognition', 'specifications', 'rfp', 'post-purchase'] as const)
      quick.stages[stage].minutes = 0.03;
    bystander = await createSession(server.url, { scenario: quick });
    const student = await Player.join(server.ws, bystander.roomId, { code: bystander.code, name: 'Ada' });
    const host = await Player.join(server.ws, bystander.roomId, {
      code: bystander.code,
      hostSecret: bystander.hostSecret,
    });
    host.send('deal', { bots: true });
    await student.until(() => student.seat !== null, 'a seat');
    host.send('host', { table: 'T1', action: { type: 'start' } });
    await student.until(() => student.debrief !== null, 'the debrief', 30_000);
  }, 60_000);
});
