// `npm run bench:client [-- --profiles none,fast3g,slow3g --runs 1 --lobby-ms 5000 --server-root DIR]`
// What a student's phone downloads and waits for, cold cache: builds the client if it is stale, starts the server
// as `npm start` does, and for each network profile opens the join link in a fresh headless Chromium profile
// (390×844, throttled through the DevTools protocol's Network.emulateNetworkConditions), joins, waits in the
// lobby (--lobby-ms, 5 s by default, then until nothing loads; 0 deals the moment the lobby shows), has the
// instructor deal over the HTTP API (bots in the other seats) and waits for the table. Prints one JSON line per
// profile and run: bytes on the wire per step (from the protocol's loadingFinished, headers included; what the
// client fetched ahead while in the lobby apart) and the times, in the page from navigation start:
//   join.formVisibleMs  the join form is on screen;
//   join.jsToJoinMs     the last JavaScript file the page fetched before anyone typed has arrived (Resource
//                       Timing), i.e. a tap on "Join" needs no more download;
//   join.formUsableMs   the later of the two: the form is on screen and works;
//   lobby.joinToLobbyMs from the tap on "Join" to the lobby's player list;
//   table.seatedToSketchMs / seatedToDrawnMs  from the lobby giving way to the seat (the view arrived) to the
//                       table's placeholder, and to the Phaser table with its seats drawn.
// `--server-root DIR` runs the server and client of another checkout (its dist/client already built), to measure
// an older commit the same way.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, PHONE } from './lib/chromium.ts';
import { ensureClientBuilt } from './lib/client-build.ts';
import { killAll, sleep, startServer, tempDir, type ServerProcess } from './lib/processes.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Profile {
  name: string;
  /** Bytes per second, or -1 for no limit (the protocol's convention). */
  down: number;
  up: number;
  latencyMs: number;
}

const PROFILES: Record<string, Profile> = {
  none: { name: 'none', down: -1, up: -1, latencyMs: 0 },
  fast3g: { name: 'fast3g', down: 1_600_000 / 8, up: 750_000 / 8, latencyMs: 150 },
  slow3g: { name: 'slow3g', down: 400_000 / 8, up: 400_000 / 8, latencyMs: 400 },
};

/** The targets of issue 15 (cold cache, phone profile), in ms; none for the unthrottled profile. */
const TARGETS: Record<string, { formUsableMs: number; seatedToDrawnMs: number }> = {
  fast3g: { formUsableMs: 1500, seatedToDrawnMs: 3000 },
  slow3g: { formUsableMs: 4000, seatedToDrawnMs: 10_000 },
};

/** The JavaScript from opening the link to the lobby, compressed, at most (issue 15). */
const LOBBY_JS_BYTES = 60_000;

type Step = 'page' | 'join' | 'lobby' | 'table';

interface Request {
  url: string;
  type: string;
  step: Step;
  bytes: number;
  done: boolean;
}

/** Marks the page sets itself (an init script, before any of the page's own scripts), in performance.now(). */
interface Marks {
  formVisible?: number;
  lobby?: number;
  seated?: number;
  sketch?: number;
  tableDrawn?: number;
}

function watchMarks() {
  const marks: Record<string, number> = {};
  (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks = marks;
  const shown = (selector: string) => {
    const el = document.querySelector(selector);
    return el !== null && el.getClientRects().length > 0;
  };
  const tick = () => {
    const now = performance.now();
    if (marks.formVisible === undefined && shown('#join-name')) marks.formVisible = now;
    if (marks.lobby === undefined && shown('#lobby-players')) marks.lobby = now;
    if (marks.lobby !== undefined && marks.seated === undefined && !document.querySelector('#lobby-players'))
      marks.seated = now;
    if (marks.seated !== undefined && marks.sketch === undefined && shown('#table-host .table-sketch'))
      marks.sketch = now;
    const bc = (window as unknown as { __bc?: { ready?: boolean; drawn?: { seats?: number } } }).__bc;
    if (marks.tableDrawn === undefined && bc?.ready && (bc.drawn?.seats ?? 0) > 0) marks.tableDrawn = now;
    if (marks.tableDrawn === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function api(base: string, method: string, path: string, body: unknown, secret?: string) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as Record<string, string>;
}

async function until<T>(
  what: string,
  ms: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(50);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

const marksOf = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { __benchMarks: Marks }).__benchMarks }));

/** Follows every request of the page: its step, type and the bytes that crossed the (emulated) wire. */
function trackRequests(cdp: CDPSession, step: () => Step) {
  const requests = new Map<string, Request>();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    // data: URLs never cross the wire; a WebSocket's frames are not counted here.
    if (e.request.url.startsWith('data:') || e.type === 'WebSocket') return;
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? 'Other',
      step: step(),
      bytes: 0,
      done: false,
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    lastActivity = Date.now();
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    lastActivity = Date.now();
    const r = requests.get(e.requestId);
    if (r) r.done = true;
  });
  return {
    requests,
    /** No request in flight and nothing new for `ms`. */
    quiet(ms: number) {
      const busy = [...requests.values()].some((r) => !r.done);
      return !busy && Date.now() - lastActivity >= ms;
    },
  };
}

function sum(requests: Iterable<Request>, keep: (r: Request) => boolean) {
  let bytes = 0;
  let count = 0;
  for (const r of requests)
    if (keep(r)) {
      bytes += r.bytes;
      count += 1;
    }
  return { bytes, requests: count };
}

const isJs = (r: Request) => r.type === 'Script' || new URL(r.url).pathname.endsWith('.js');
const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms));

async function measure(browser: Browser, server: ServerProcess, profile: Profile, lobbyMs: number) {
  const session = await api(server.url, 'POST', '/api/sessions', {
    scenarioId: 'hospital-monitors',
    bots: true,
    sellerTeamSize: 1,
  });
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: false,
  });
  try {
    await context.addInitScript(watchMarks);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
    let step: Step = 'page';
    const tracker = trackRequests(cdp, () => step);

    await page.goto(`${server.url}/?code=${session.code}`, { waitUntil: 'commit' });
    await until('the join form', 60_000, async () => (await marksOf(page)).formVisible);
    // Everything the page fetches by itself before anyone types (the SDK loads after the first paint).
    await until('the join page to go quiet', 120_000, () => (tracker.quiet(1000) ? true : undefined));
    const jsToJoin = await page.evaluate(() =>
      Math.max(
        0,
        ...performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.endsWith('.js'))
          .map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    );
    const formVisible = (await marksOf(page)).formVisible!;

    step = 'join';
    await page.locator('#join-name').fill('Bench');
    const tapped = await page.evaluate(() => performance.now());
    await page.locator('#join-submit').click();
    await until('the lobby', 60_000, async () => (await marksOf(page)).lobby);
    step = 'lobby';
    // A class waits in the lobby while the others join (the client fetches the table meanwhile); with
    // --lobby-ms 0 the deal comes the moment the lobby shows.
    if (lobbyMs > 0) {
      await sleep(lobbyMs);
      await until('the lobby to go quiet', 120_000, () => (tracker.quiet(1000) ? true : undefined));
    }

    step = 'table';
    await api(server.url, 'POST', `/api/sessions/${session.sessionId}/deal`, {}, session.hostSecret);
    await until('the table drawn', 180_000, async () => (await marksOf(page)).tableDrawn);
    await until('the table to go quiet', 60_000, () => (tracker.quiet(500) ? true : undefined));
    const marks = await marksOf(page);

    const all = [...tracker.requests.values()];
    const before = (steps: Step[]) => all.filter((r) => steps.includes(r.step));
    const lobbyJs = sum(before(['page', 'join']), isJs);
    const seated = marks.seated ?? Number.NaN;
    return {
      profile: profile.name,
      down: profile.down < 0 ? null : `${(profile.down * 8) / 1000} kb/s`,
      latencyMs: profile.latencyMs,
      viewport: `${PHONE.width}x${PHONE.height}`,
      join: {
        formVisibleMs: round(formVisible),
        jsToJoinMs: round(jsToJoin),
        formUsableMs: round(Math.max(formVisible, jsToJoin)),
        bytes: sum(before(['page']), () => true),
        jsBytes: sum(before(['page']), isJs),
      },
      lobby: {
        joinToLobbyMs: round((marks.lobby ?? Number.NaN) - tapped),
        bytes: sum(before(['join']), () => true),
        jsBytesFromLink: sum(before(['page', 'join']), isJs),
        waitMs: lobbyMs,
        fetchedWhileWaiting: sum(before(['lobby']), () => true),
      },
      table: {
        seatedToSketchMs: marks.sketch === undefined ? null : round(marks.sketch - seated),
        seatedToDrawnMs: round((marks.tableDrawn ?? Number.NaN) - seated),
        bytes: sum(before(['table']), () => true),
        jsBytes: sum(before(['table']), isJs),
        largest: all
          .filter((r) => r.step === 'table' && isJs(r))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 3)
          .map((r) => ({ file: new URL(r.url).pathname, bytes: r.bytes })),
      },
      meets: {
        lobbyJsBytes: lobbyJs.bytes <= LOBBY_JS_BYTES,
        ...(TARGETS[profile.name]
          ? {
              formUsable: Math.max(formVisible, jsToJoin) <= TARGETS[profile.name]!.formUsableMs,
              seatedToDrawn:
                (marks.tableDrawn ?? Infinity) - seated <= TARGETS[profile.name]!.seatedToDrawnMs,
            }
          : {}),
      },
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: 'none,fast3g,slow3g' },
    runs: { type: 'string', default: '1' },
    'server-root': { type: 'string' },
    'lobby-ms': { type: 'string', default: '5000' },
  },
});
const profiles = values.profiles.split(',').map((name) => {
  const profile = PROFILES[name.trim()];
  if (!profile) throw new Error(`unknown profile "${name}" (known: ${Object.keys(PROFILES).join(', ')})`);
  return profile;
});
const runs = Math.max(1, Math.min(20, Number(values.runs) || 1));
const lobbyMs = Math.max(0, Math.min(120_000, Number(values['lobby-ms']) || 0));
const root = values['server-root'] ?? ROOT;
if (values['server-root']) {
  if (!existsSync(join(root, 'dist', 'client', 'index.html')))
    throw new Error(`${root}/dist/client is not built (run npm run build there)`);
} else await ensureClientBuilt();

const watchdog = setTimeout(
  () => {
    process.stderr.write('bench:client: watchdog fired, stopping\n');
    killAll();
    process.exit(2);
  },
  (profiles.length * runs * 5 + 1) * 60_000,
);
let server: ServerProcess | undefined;
let browser: Browser | undefined;
try {
  [server, browser] = await Promise.all([startServer({ dataDir: tempDir(), root }), launchChromium()]);
  for (let run = 0; run < runs; run++)
    for (const profile of profiles) {
      const result = await measure(browser, server, profile, lobbyMs);
      process.stdout.write(`${JSON.stringify({ run: run + 1, ...result })}\n`);
    }
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  clearTimeout(watchdog);
}
