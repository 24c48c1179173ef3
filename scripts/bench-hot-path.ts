// `npm run bench:hot-path [-- --students 1500 --intents 6000 --seed 1]`
// The server's work per intent, without sockets or clients: one session of that many students (the case and
// table sizes of `npm run bench`), dealt and started; then intents chosen by the bots' policy from each
// student's own view, each applied (LiveSession.act, the durable store included) and told to the table's
// connections (the fan-out: views, diffs, packing) as the room does; then every table moved on at once (the
// stage-change burst). Prints the CPU time per intent and per table of the burst as one JSON line. The
// connections are stand-ins that count bytes, so what is measured is the server's own work: unlike
// `npm run bench`, the figure hardly depends on what else runs on the machine (it is CPU time, not latency).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rmSync } from 'node:fs';
import { ROOT } from '../server/app.ts';
import { loadCatalog } from '../server/catalog.ts';
import { LiveSession, type LiveTable } from '../server/session.ts';
import { Store } from '../server/store/store.ts';
import { Timers, systemClock } from '../server/rooms/clock.ts';
import { DEFAULT_ROOM_CONFIG } from '../server/rooms/config.ts';
import { Roster, type Recipient } from '../server/rooms/roster.ts';
import { ViewFanOut } from '../server/rooms/fan-out.ts';
import { CreateSessionSchema } from '../shared/protocol.ts';
import { botIntent } from '../shared/bots/policy.ts';
import { sellerRolesOf } from '../shared/rules/seller-roles.ts';
import { viewFor } from '../shared/rules/view.ts';
import { tempDir } from './lib/processes.ts';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '1500' },
    intents: { type: 'string', default: '6000' },
    seed: { type: 'string', default: '1' },
    scenario: { type: 'string', default: 'hospital-monitors' },
  },
});
const students = Number(values.students);
const intents = Number(values.intents);

/** A connection that only counts what it is sent. */
class Counter implements Recipient {
  readonly sessionId: string;
  bytes = 0;
  messages = 0;
  constructor(id: string) {
    this.sessionId = id;
  }
  send() {
    this.messages += 1;
  }
  enqueueRaw(bytes: Uint8Array) {
    this.messages += 1;
    this.bytes += bytes.length;
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const turn = () => new Promise((resolve) => setImmediate(resolve));

const scenario = loadCatalog(join(ROOT, 'scenarios')).get(values.scenario);
if (!scenario) throw new Error(`no scenario ${values.scenario}`);
const dir = tempDir('bc-hot-path-');
const store = new Store(dir);
let clock = Date.now();
const body = CreateSessionSchema.parse({
  scenarioId: scenario.meta.id,
  bots: true,
  sellerTeamSize: 2,
  autoAdvance: true,
  seed: Number(values.seed),
});
const { session } = LiveSession.create(store, scenario, body, clock);
const roster = new Roster<Counter>(session, DEFAULT_ROOM_CONFIG, () => clock);
const fanOut: ViewFanOut<Counter> = new ViewFanOut<Counter>({
  session,
  roster,
  timers: new Timers(systemClock),
  tablesPerTurn: DEFAULT_ROOM_CONFIG.fanOutTables,
  deliver: (table) => fanOut.changed(table, fanOut.takeOwed(table.id, [])),
});
const players: { id: string; client: Counter }[] = [];
for (let i = 0; i < students; i++) {
  const joined = session.join(`Student ${i}`, clock);
  if ('error' in joined) throw new Error(joined.error);
  const client = new Counter(`c${i}`);
  roster.add(client, { kind: 'player', playerId: joined.player.id });
  roster.count(client, true);
  fanOut.reset(client);
  players.push({ id: joined.player.id, client });
}
for (const c of session.deal(clock)) {
  const t = session.tables.get(c.table);
  if (t) fanOut.changed(t, c.events);
}
const tables = [...session.tables.values()];
const everyTable = (type: 'start' | 'advance') => {
  for (const t of tables) {
    const r = session.act(t.id, { kind: 'instructor' }, { type }, clock);
    if (r.ok) fanOut.changed(t, r.events);
  }
};
everyTable('start');
await store.durable();

/** Plays `n` intents of students in a seeded order; the CPU time of act + fan-out only (not of choosing). */
async function play(n: number, seed: number) {
  let x = seed >>> 0 || 1;
  const rand = () => (x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  let spent = 0;
  let accepted = 0;
  let refused = 0;
  let bytes0 = 0;
  for (const p of players) bytes0 += p.client.bytes;
  for (let i = 0; i < n; i++) {
    clock += 8000 / students; // a person's pace: each student every 8 s on average
    const p = players[Math.floor(rand() * players.length)]!;
    const seated = session.seatOf(p.id);
    if (!seated) continue;
    const table: LiveTable = seated.table;
    const { scenario: _s, ...view } = viewFor(session.scenarioOf(table), table.state, {
      kind: 'seat',
      seat: seated.seat,
    });
    const seat = view.seats.find((s) => s.id === seated.seat);
    const roles = seat?.kind === 'seller' ? sellerRolesOf(seat.players, p.id) : undefined;
    const action = botIntent(session.scenarioOf(table), view, { seed: i * 31 + seed, roles });
    if (!action) continue;
    const t0 = process.cpuUsage();
    const r = session.act(table.id, { kind: 'seat', seat: seated.seat, player: p.id }, action, clock);
    if (r.ok) fanOut.changed(table, r.events);
    spent += cpuMs(t0);
    if (r.ok) accepted += 1;
    else refused += 1;
    // The store commits once per turn of the event loop, as in the server.
    if (i % 20 === 19) await turn();
  }
  await store.durable();
  let bytes = -bytes0;
  for (const p of players) bytes += p.client.bytes;
  return {
    accepted,
    refused,
    cpuMs: Math.round(spent),
    usPerIntent: Math.round((spent * 1000) / (accepted + refused)),
    bytes,
  };
}

await play(Math.min(1000, intents), 7); // warm-up
const steady = await play(intents, 11);
const b0 = process.cpuUsage();
everyTable('advance');
const burstMs = cpuMs(b0);
await store.durable();
const after = await play(Math.min(2000, intents), 13);
console.log(
  JSON.stringify({
    students,
    tables: tables.length,
    steady,
    burst: {
      tables: tables.length,
      cpuMs: Math.round(burstMs),
      usPerTable: Math.round((burstMs * 1000) / tables.length),
    },
    afterBurst: after,
  }),
);
store.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
