// `npm run simulate -- --scenario ID --tables N [--url ws://HOST:PORT] [--seed S] [--strategies A=...,B=...]`
// `npm run simulate -- --compare --scenario ID_OR_PATH.json [--runs N] [--seed S] [--json]`: the strategy
// tournament on the pure engine (shared/sim/tournament.ts), every pairing of strategies over every round.
// A whole class of bots, each seat a real network client, plays a round against a running server (or an
// in-process one when no URL is given) and the outcomes print as JSON. Each table is driven turn by turn in a
// fixed seat order, so with a fixed seed the output is the same on every run.
import { sellerOfSeat } from '../shared/rules/seats.ts';
import { own } from '../shared/own.ts';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, type Room } from '@colyseus/sdk';
import { botIntent, SELLER_STRATEGIES, type BotView, type SellerStrategy } from '../shared/bots/policy.ts';
import type { Debrief } from '../shared/rules/debrief.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { loadCatalog } from '../server/catalog.ts';
import { loadScenario } from '../shared/scenario/load.ts';
import { tournament, type TournamentResult } from '../shared/sim/tournament.ts';
import { ROOT } from '../server/app.ts';
import { freePort } from './lib/processes.ts';
import { applyViewPatch } from '../shared/view-patch.ts';
import { inflateDebrief } from '../server/debrief-message.ts';

export interface SimulateOptions {
  scenario: string;
  tables: number;
  url?: string;
  seed: number;
  strategies?: Partial<Record<string, SellerStrategy>>;
}

interface Seat {
  room: Room;
  view: BotView | null;
  viewJson: string;
  errors: number;
  /** The ids of the intents the server acknowledged. */
  acked: Set<string>;
  debrief: Debrief | null;
  table: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms: number, what: string) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`simulation stalled waiting for ${what}`);
    await sleep(5);
  }
}

/**
 * Which strategy each seller team plays at a table: given, or every combination in turn (table 0 plays
 * all-benefits against all-benefits, table 1 the next strategy for the first seller, and so on), so that any
 * 3^sellers consecutive tables play each pairing once.
 */
export function strategiesFor(
  sellers: string[],
  table: number,
  given?: Partial<Record<string, SellerStrategy>>,
): Record<string, SellerStrategy> {
  const out: Record<string, SellerStrategy> = {};
  const n = SELLER_STRATEGIES.length;
  sellers.forEach((id, i) => {
    out[id] = given?.[id] ?? (SELLER_STRATEGIES[Math.floor(table / n ** i) % n] as SellerStrategy);
  });
  return out;
}

export async function simulate(options: SimulateOptions) {
  const scenario = bundled(options.scenario);
  return withServer(options.url, (ws) => playClass(scenario, options, ws));
}

function bundled(id: string): Scenario {
  const catalog = loadCatalog(join(ROOT, 'scenarios'));
  const scenario = catalog.get(id);
  if (!scenario) throw new Error(`no bundled scenario "${id}" (have: ${[...catalog.keys()].join(', ')})`);
  return scenario;
}

/** Runs `work` against the server at `url`, or against an in-process one on a temporary data directory. */
async function withServer<T>(url: string | undefined, work: (ws: string) => Promise<T>): Promise<T> {
  if (url) return work(url);
  const { createApp } = await import('../server/app.ts');
  const app = createApp({ dataDir: mkdtempSync(join(tmpdir(), 'bc-sim-')) });
  const port = await freePort();
  await app.server.listen(port);
  try {
    return await work(`ws://127.0.0.1:${port}`);
  } finally {
    await app.server.gracefullyShutdown(false).catch(() => undefined);
  }
}

/** A join ticket for one join, from the code look-up (`GET /api/join/:code`). */
async function joinTicket(http: string, code: string): Promise<string> {
  const res = await fetch(`${http}/api/join/${code}`);
  if (!res.ok) throw new Error(`could not look the code up: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { ticket?: string | null }).ticket ?? '';
}

/** One session of `options.tables` tables of bots, played to the debrief. */
async function playClass(scenario: Scenario, options: SimulateOptions, ws: string) {
  const http = ws.replace(/^ws/, 'http');
  const res = await fetch(`${http}/api/sessions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // A server with INSTRUCTOR_KEY set needs it to create a session.
      ...(process.env.INSTRUCTOR_KEY ? { 'x-instructor-key': process.env.INSTRUCTOR_KEY } : {}),
    },
    body: JSON.stringify({
      scenarioId: scenario.meta.id,
      seed: options.seed,
      bots: false,
      sellerTeamSize: 1,
      autoAdvance: true,
    }),
  });
  if (res.status !== 201) throw new Error(`could not create a session: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as { code: string; hostSecret: string; roomId: string };
  const perTable = scenario.buyingFirm.obc.members.length + scenario.sellers.length;
  const client = new Client(ws);
  const seats: Seat[] = [];
  for (let i = 0; i < options.tables * perTable; i++) {
    // Each join shows a fresh join ticket from the code look-up, as the student's app does.
    client.auth.token = await joinTicket(http, created.code);
    const room = await client.joinById(created.roomId, {
      code: created.code,
      name: `Bot ${String(i + 1).padStart(4, '0')}`,
    });
    const seat: Seat = {
      room,
      view: null,
      viewJson: '',
      errors: 0,
      acked: new Set(),
      debrief: null,
      table: null,
    };
    room.onMessage('view', (m: { table: string | null; view: BotView | null }) => {
      seat.view = m.view;
      seat.table = m.table;
      seat.viewJson = JSON.stringify(m.view);
    });
    room.onMessage('view-patch', (m: unknown) => {
      seat.view = applyViewPatch({ table: seat.table, view: seat.view }, m);
      seat.viewJson = JSON.stringify(seat.view);
    });
    room.onMessage('error', () => (seat.errors += 1));
    room.onMessage('ack', (m: { id: string }) => seat.acked.add(m.id));
    room.onMessage('debrief', (m: unknown) => (seat.debrief = inflateDebrief(m)));
    room.onMessage('*', () => undefined);
    seats.push(seat);
  }
  client.auth.token = await joinTicket(http, created.code);
  const host = await client.joinById(created.roomId, { code: created.code, hostSecret: created.hostSecret });
  host.onMessage('*', () => undefined);
  host.send('deal', { bots: false });
  await until(() => seats.every((s) => s.view !== null), 30_000, 'every seat');
  host.send('host', { table: 'all', action: { type: 'start' } });
  await until(() => seats.every((s) => s.view?.phase === 'playing'), 30_000, 'the start');

  const tables = [...new Set(seats.map((s) => s.table as string))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  const outcomes = await Promise.all(
    tables.map((table, index) => {
      const mine = seats.filter((s) => s.table === table).sort((a, b) => seatOf(a).localeCompare(seatOf(b)));
      return playTable(scenario, table, index, mine, host, options);
    }),
  );
  for (const s of seats) await s.room.leave(true).catch(() => undefined);
  await host.leave(true).catch(() => undefined);
  return { scenario: scenario.meta.id, seed: options.seed, tables: outcomes, summary: summarize(outcomes) };
}

function seatOf(seat: Seat): string {
  const viewer = seat.view?.viewer;
  return viewer?.kind === 'seat' ? viewer.seat : '';
}

async function playTable(
  scenario: Scenario,
  table: string,
  index: number,
  seats: Seat[],
  host: Room,
  options: SimulateOptions,
) {
  const strategies = strategiesFor(
    scenario.sellers.map((s) => s.id),
    index,
    options.strategies,
  );
  let step = 0;
  for (let guard = 0; guard < 3000; guard++) {
    if (seats[0]?.view?.phase !== 'playing') break;
    let acted = false;
    for (const seat of seats) {
      const view = seat.view;
      if (!view || view.phase !== 'playing') break;
      const seatId = seatOf(seat);
      const seller = sellerOfSeat(seatId);
      const strategy = seller ? own(strategies, seller) : undefined;
      step += 1;
      const intent = botIntent(scenario, view, {
        seed: (options.seed * 7919 + index * 104_729 + step) | 0,
        ...(strategy ? { strategy } : {}),
      });
      if (!intent) continue;
      const errors = seat.errors;
      const id = `s${step}`;
      seat.room.send('intent', { id, action: intent });
      // The server answers every intent: `ack` once it took effect (after the view that shows it), or `error`.
      await until(
        () => seat.acked.has(id) || seat.errors > errors,
        10_000,
        `${table} ${seatId} ${intent.type}`,
      );
      if (seat.acked.delete(id)) acted = true;
      await sleep(2);
    }
    if (!acted && seats[0]?.view?.phase === 'playing') {
      const before = seats[0].viewJson;
      host.send('host', { table, action: { type: 'advance' } });
      await until(() => seats[0]?.viewJson !== before, 10_000, `${table} advance`);
    }
  }
  await until(() => seats.every((s) => s.debrief !== null), 10_000, `${table} debrief`);
  const d = seats[0]?.debrief as Debrief;
  return {
    table,
    winner: d.decision.winner,
    decisionQuality: d.decision.quality,
    bestValueSeller: d.decision.bestValueSeller,
    /** The members' private scores of the offers (the bots' judgement carries the seed's noise). */
    scores: d.decision.scores,
    offers: d.offers.map((o) => ({
      seller: o.seller,
      strategy: strategies[o.seller],
      valueProposition: o.valueProposition.type,
      won: o.won,
      price: o.price,
      margin: o.margin,
      valueCaptured: o.valueCaptured,
      perceivedValue: o.perceivedValue,
      buyerValue: o.buyerValue,
      alignment: o.alignment.overall,
      discovery: o.discovery.overall,
    })),
  };
}

export type Outcome = Awaited<ReturnType<typeof playTable>>;

export interface StrategyFigures {
  offers: number;
  wins: number;
  winRate: number;
  /** Mean margin per unit of the deals won. */
  meanMargin: number;
  /** Margin per unit a seller can expect from one bid: the margin when it wins, 0 when it loses. */
  expectedMargin: number;
  /** Mean share of the buyer's surplus the seller kept, over the deals won. */
  meanValueCaptured: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function figures(offers: Outcome['offers']): StrategyFigures {
  const won = offers.filter((o) => o.won);
  const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    offers: offers.length,
    wins: won.length,
    winRate: r3(offers.length > 0 ? won.length / offers.length : 0),
    meanMargin: r2(mean(won.map((o) => o.margin))),
    expectedMargin: r2(mean(offers.map((o) => (o.won ? o.margin : 0)))),
    meanValueCaptured: r3(mean(won.map((o) => o.valueCaptured ?? 0))),
  };
}

function byStrategy(offers: Outcome['offers']): Record<string, StrategyFigures> {
  const out: Record<string, StrategyFigures> = {};
  for (const strategy of SELLER_STRATEGIES) {
    const mine = offers.filter((o) => o.strategy === strategy);
    if (mine.length > 0) out[strategy] = figures(mine);
  }
  return out;
}

/** Class figures: deals, decision quality, and how each strategy fared, overall and per seller team. */
export function summarize(outcomes: Outcome[]) {
  const offers = outcomes.flatMap((o) => o.offers);
  const sellers = [...new Set(offers.map((o) => o.seller))].sort();
  const qualities = outcomes.map((o) => o.decisionQuality).filter((q): q is number => q !== null);
  return {
    tables: outcomes.length,
    deals: outcomes.filter((o) => o.winner !== null).length,
    meanDecisionQuality:
      qualities.length > 0 ? r3(qualities.reduce((a, b) => a + b, 0) / qualities.length) : null,
    byStrategy: byStrategy(offers),
    bySeller: Object.fromEntries(
      sellers.map((id) => [id, byStrategy(offers.filter((o) => o.seller === id))]),
    ),
  };
}

/**
 * The strategy tournament on the pure engine (shared/sim/tournament.ts): every pairing of strategies over every
 * round of the scenario, `runs` times. The scenario is a bundled id or a file path.
 */
export function compare(options: { scenario: string; runs: number; seed: number }) {
  const loaded = scenarioFrom(options.scenario);
  if (!loaded.ok) return loaded;
  return {
    ok: true as const,
    result: tournament(loaded.scenario, { runs: options.runs, seed: options.seed }),
  };
}

/** A bundled scenario by id, or a scenario file (checked in full, every problem listed). */
export function scenarioFrom(
  idOrPath: string,
): { ok: true; scenario: Scenario } | { ok: false; problems: { path: string; message: string }[] } {
  const catalog = loadCatalog(join(ROOT, 'scenarios'));
  const bundledScenario = catalog.get(idOrPath);
  if (bundledScenario) return { ok: true, scenario: bundledScenario };
  if (!idOrPath.endsWith('.json') && !existsSync(idOrPath)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `no bundled scenario "${idOrPath}" (have: ${[...catalog.keys()].join(', ')}) and no such file`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(idOrPath, 'utf8'));
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `cannot read ${idOrPath}: ${(error as Error).message}` }],
    };
  }
  const loaded = loadScenario(json);
  return loaded.ok
    ? { ok: true, scenario: loaded.scenario }
    : { ok: false, problems: loaded.problems.map((p) => ({ path: p.path, message: p.message })) };
}

/** The tournament's figures as a reader wants them on a terminal. */
function printTournament(result: TournamentResult) {
  const lines = [`${result.scenario}: ${result.runs} run(s), ${result.rounds} round(s)`];
  for (const [name, f] of Object.entries(result.strategies))
    lines.push(
      `  ${name.padEnd(32)} bids ${String(f.bids).padStart(4)}  wins ${(f.winRate * 100).toFixed(1).padStart(5)} %  total margin ${Math.round(f.totalMargin).toLocaleString('en').padStart(14)}`,
    );
  lines.push(`lesson ${result.lesson.holds ? 'holds' : 'does not hold'}:`);
  for (const c of result.lesson.checks) lines.push(`  ${c.holds ? 'ok  ' : 'FAIL'} ${c.name} (${c.detail})`);
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'hospital-monitors' },
      tables: { type: 'string', default: '2' },
      url: { type: 'string' },
      seed: { type: 'string', default: '1' },
      strategies: { type: 'string' },
      compare: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '10' },
    },
  });
  const strategies: Partial<Record<string, SellerStrategy>> = {};
  for (const pair of (values.strategies ?? '').split(',').filter(Boolean)) {
    const [id, s] = pair.split('=');
    if (!id || !SELLER_STRATEGIES.includes(s as SellerStrategy)) {
      console.error(`--strategies takes SELLER=STRATEGY pairs with ${SELLER_STRATEGIES.join(', ')}`);
      process.exit(2);
    }
    strategies[id] = s as SellerStrategy;
  }
  const wholeNumber = (raw: string, name: string, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      console.error(`--${name} takes a whole number from 1 to ${max}`);
      process.exit(2);
    }
    return n;
  };
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) {
    console.error('--seed takes a whole number');
    process.exit(2);
  }
  const url = values.url ? { url: values.url } : {};
  if (values.compare) {
    const compared = compare({
      scenario: values.scenario,
      seed,
      runs: wholeNumber(values.runs, 'runs', 500),
    });
    if (!compared.ok) {
      for (const p of compared.problems) console.error(`${p.path || '(file)'}: ${p.message}`);
      process.exit(1);
    }
    // The interface, exactly: each check is { name, holds, detail } (the id and parameters the editor
    // words its checks from stay in the library's result).
    if (values.json)
      console.log(
        JSON.stringify({
          ...compared.result,
          lesson: {
            ...compared.result.lesson,
            checks: compared.result.lesson.checks.map(({ name, holds, detail }) => ({ name, holds, detail })),
          },
        }),
      );
    else printTournament(compared.result);
    process.exit(0);
  }
  const result = await simulate({
    scenario: values.scenario,
    tables: wholeNumber(values.tables, 'tables', 200),
    seed,
    ...url,
    strategies,
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
