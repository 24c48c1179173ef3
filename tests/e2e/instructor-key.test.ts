// A shared server with INSTRUCTOR_KEY: the console's create screen asks for the key (the server says it needs
// one in /api/config), says so plainly when it is missing or wrong, creates nothing then, and creates the
// session once the key is right. The field is labelled and the page passes axe-core.
import { describe, expect, test } from 'vitest';
import { api } from '../integration/harness.ts';
import { DESKTOP, accessibilityProblems, browserSuite } from './browser.ts';

const KEY = 'lecture-hall-2026';
const suite = browserSuite({ env: { INSTRUCTOR_KEY: KEY } });

async function sessionCount(): Promise<number> {
  // Every open session has a room; this test's console is the only one creating any.
  const r = await api(suite.server.url, 'GET', '/healthz');
  return (r.json as { rooms: number }).rooms;
}

describe('the console on a server with INSTRUCTOR_KEY', () => {
  test('asks for the key, refuses a missing or wrong one plainly, and creates the session with the right one', async () => {
    const host = await suite.open(DESKTOP, '/host.html');
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
