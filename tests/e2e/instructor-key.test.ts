// A shared server with INSTRUCTOR_KEY: the console's create screen asks for the key (the server says it needs
// one in /api/config), says so plainly when it is missing or wrong, creates nothing then, and creates the
// session once the key is right. The field is labelled and the page passes axe-core.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { api } from '../integration/harness.ts';
import {
  DESKTOP,
  accessibilityProblems,
  ensureClientBuilt,
  launchBrowser,
  openStudent,
  startGameServer,
  type GameServer,
  type Student,
} from './browser.ts';

const KEY = 'lecture-hall-2026';
let server: GameServer;
let browser: Browser;
let host: Student;

beforeAll(async () => {
  await ensureClientBuilt();
  [server, browser] = await Promise.all([startGameServer({ env: { INSTRUCTOR_KEY: KEY } }), launchBrowser()]);
}, 90_000);

afterAll(async () => {
  await host?.context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await server?.stop();
});

async function sessionCount(): Promise<number> {
  // Every open session has a room; this test's console is the only one creating any.
  const r = await api(server.url, 'GET', '/healthz');
  return (r.json as { rooms: number }).rooms;
}

describe('the console on a server with INSTRUCTOR_KEY', () => {
  test('asks for the key, refuses a missing or wrong one plainly, and creates the session with the right one', async () => {
    host = await openStudent(browser, DESKTOP, `${server.url}/host.html`);
    const page = host.page;
    const field = page.locator('#f-instructor-key');
    await field.waitFor();
    expect(await field.getAttribute('type')).toBe('password');
    expect(await page.locator('label[for="f-instructor-key"]').textContent()).toBe('Instructor key');
    await page.locator('#scenario-office-supplies').check();

    await page.locator('#create-submit').click();
    await expect.poll(() => page.locator('#create-status').textContent()).toMatch(/Type the instructor key/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-instructor-key');

    await field.fill('not-the-key');
    await page.locator('#create-submit').click();
    await expect.poll(() => page.locator('#create-status').textContent()).toMatch(/not right/);
    expect(await sessionCount()).toBe(0);

    // The page passes axe-core (WCAG 2 A/AA, as the other browser tests check) with the field and the error.
    expect(await accessibilityProblems(page)).toEqual([]);

    await field.fill(KEY);
    await page.locator('#create-submit').click();
    await page.locator('#session-code').waitFor();
    expect(await sessionCount()).toBe(1);
    expect(host.problems).toEqual([]);
  }, 60_000);
});
