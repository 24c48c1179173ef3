// Browser-test helpers: build the client once, start the real server (as `npm start` does) and drive Debian's
// Chromium through playwright-core. The server helpers come from tests/integration/harness.ts.
import { type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureClientBuilt } from '../../scripts/lib/client-build.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { sleep, startProcess, tempDir } from '../integration/harness.ts';

import { PHONE } from '../../scripts/lib/chromium.ts';

export { DESKTOP, PHONE } from '../../scripts/lib/chromium.ts';
export { ensureClientBuilt };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export interface GameServer {
  url: string;
  ws: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The server as its own process (`node server/start.ts`), with quick bots so a round fits in a test. */
export async function startGameServer(
  options: { dataDir?: string; port?: number; env?: Record<string, string> } = {},
): Promise<GameServer> {
  const dataDir = options.dataDir ?? tempDir();
  process.env.BOT_DELAY_MS ??= '120';
  const started = await startProcess(dataDir, options.port, options.env);
  const port = Number(new URL(started.url).port);
  return {
    ...started,
    port,
    dataDir,
    async stop() {
      if (started.child.exitCode !== null) return;
      started.child.kill('SIGTERM');
      for (let i = 0; i < 30 && started.child.exitCode === null; i++) await sleep(100);
      if (started.child.exitCode === null) started.child.kill('SIGKILL');
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface Student {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for the test to assert none happened. */
  problems: string[];
}

/** A fresh browser profile (its own localStorage) at a viewport size. */
export async function openStudent(
  browser: Browser,
  viewport: { width: number; height: number },
  url: string,
): Promise<Student> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: viewport.width < 500,
    isMobile: false,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/WebSocket|ERR_|Failed to load resource/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page, problems };
}

/** Joins through the join screen. */
export async function joinAs(page: Page, name: string): Promise<void> {
  await page.locator('#join-name').fill(name);
  await page.locator('#join-submit').click();
}

/** Reads the test hook the table scene publishes. */
export async function hook(page: Page): Promise<any> {
  return page.evaluate(() => (window as unknown as { __bc?: unknown }).__bc ?? null);
}

export async function waitForHook(
  page: Page,
  check: (hook: any) => boolean,
  what: string,
  timeout = 20_000,
): Promise<any> {
  const start = Date.now();
  let last: any = null;
  while (Date.now() - start < timeout) {
    last = await hook(page).catch(() => null);
    if (last && check(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; last hook: ${JSON.stringify(last)?.slice(0, 600)}`);
}

/**
 * Takes a screenshot of the table canvas, saves the page screenshot under test-artifacts/, and counts the
 * canvas pixels that differ from its background: a blank canvas has none.
 */
export async function screenshotTable(page: Page, name: string): Promise<{ drawn: number; total: number }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.png`), await page.screenshot({ fullPage: false }));
  const canvas = page.locator('#table-host canvas');
  const png = await canvas.screenshot();
  return page.evaluate(async (b64: string) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    if (!g) return { drawn: 0, total: 0 };
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, c.width, c.height).data;
    const bg = [0x0f, 0x22, 0x33];
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d =
        Math.abs((data[i] ?? 0) - bg[0]!) +
        Math.abs((data[i + 1] ?? 0) - bg[1]!) +
        Math.abs((data[i + 2] ?? 0) - bg[2]!);
      if (d > 30) drawn += 1;
    }
    return { drawn, total: data.length / 4 };
  }, png.toString('base64'));
}

/**
 * Saves a screenshot under test-artifacts/ (the whole page for a phone, to review every panel), after checking
 * the page with axe-core: a serious or critical WCAG 2 A/AA problem fails the test.
 */
export async function savePage(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const problems = await accessibilityProblems(page);
  if (problems.length > 0) throw new Error(`accessibility problems on ${name}:\n${problems.join('\n')}`);
  const phone = (page.viewportSize()?.width ?? 1000) < 500;
  writeFileSync(join(ARTIFACTS, `${name}.png`), await page.screenshot({ fullPage: phone }));
  const table = page.locator('#table-host canvas');
  if (phone && (await table.count()) > 0 && (await table.isVisible())) {
    await table.screenshot({ path: join(ARTIFACTS, `${name}-table.png`) }).catch(() => undefined);
  }
}

/**
 * Accessibility problems on the page as axe-core finds them (WCAG 2 A and AA rules), serious and critical
 * ones only: each as "rule: the elements".
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes
        .slice(0, 4)
        .map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n')[1]?.trim() ?? ''})` : ''}`,
        ),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join('; ')}`);
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

/** How a browser test file's server starts. */
export interface SuiteOptions {
  /** Environment of the server process (INSTRUCTOR_KEY …). */
  env?: Record<string, string>;
  /** The bots' pace for this file (BOT_DELAY_MS), restored after it; quick bots fit whole rounds in a test. */
  botDelayMs?: number;
  /** Runs before the server starts and gives its data directory (a store prepared by the test). */
  dataDir?: () => string | Promise<string>;
}

/**
 * A browser test file's server and browser, started once before its tests and closed after them with every page
 * the file opened through it: the set-up every browser test repeated.
 */
export function browserSuite(options: SuiteOptions = {}) {
  let server: GameServer | undefined;
  let browser: Browser | undefined;
  const opened: { close(): Promise<void> }[] = [];
  const botDelay = process.env.BOT_DELAY_MS;
  beforeAll(async () => {
    if (options.botDelayMs !== undefined) process.env.BOT_DELAY_MS = String(options.botDelayMs);
    await ensureClientBuilt();
    const dataDir = options.dataDir ? await options.dataDir() : undefined;
    [server, browser] = await Promise.all([
      startGameServer({ ...(dataDir ? { dataDir } : {}), ...(options.env ? { env: options.env } : {}) }),
      launchBrowser(),
    ]);
  }, 90_000);
  afterAll(async () => {
    if (options.botDelayMs !== undefined) {
      if (botDelay === undefined) delete process.env.BOT_DELAY_MS;
      else process.env.BOT_DELAY_MS = botDelay;
    }
    for (const x of opened) await x.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the suite has not started (use it inside a test)');
    return x;
  };
  return {
    get server(): GameServer {
      return started(server);
    },
    get browser(): Browser {
      return started(browser);
    },
    /** Closes this page's or context's browser profile with the suite (one the test opened by hand). */
    track<T extends Student | BrowserContext>(x: T): T {
      opened.push('context' in x ? x.context : x);
      return x;
    },
    /** A fresh browser profile at a viewport, at a path of this server (`/host.html`, `/?code=…`). */
    async open(viewport: { width: number; height: number }, path: string): Promise<Student> {
      const s = await openStudent(started(browser), viewport, `${started(server).url}${path}`);
      opened.push(s.context);
      return s;
    },
    /** A phone that joined session `code` as `name`, waiting in the lobby. */
    async student(code: string, name: string): Promise<Student> {
      const s = await this.open(PHONE, `/?code=${code}`);
      await joinAs(s.page, name);
      await s.page.locator('#lobby-players').waitFor();
      return s;
    },
  };
}
