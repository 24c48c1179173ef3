// LTI 1.3 in a real Chromium against the test platform (tests/fixtures/lti-platform.ts): the instructor adds the
// activity through the deep-linking picker and lands in the console of its session; three learners launch (one
// inside the course page's iframe) and land in the lobby under their platform names without typing a code; a
// learner's second device gets the same seat; a round with bots is played out and the grades arrive at the
// platform's AGS endpoint, each once, with the scores of the console's grades page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { api, sleep, tempDir } from '../integration/harness.ts';
import { ROLE, TestPlatform, httpLaunch } from '../fixtures/lti-platform.ts';
import { Store } from '../../server/store/store.ts';
import { LtiStore } from '../../server/lti/store.ts';
import {
  DESKTOP,
  accessibilityProblems,
  PHONE,
  hook,
  openStudent,
  savePage,
  type Student,
  browserSuite,
} from './browser.ts';

let platform: TestPlatform;

// The administrator registers the platform before the server starts (npm run lti:register does the same).
const suite = browserSuite({
  dataDir: async () => {
    platform = new TestPlatform();
    await platform.start();
    const dataDir = tempDir();
    const store = new Store(dataDir);
    new LtiStore(store).savePlatform(platform.registration(), Date.now());
    store.commit();
    await store.durable();
    store.close();
    platform.users.set('teacher', { sub: 'u-teacher', name: 'Tina Teacher', roles: [ROLE.instructor] });
    for (const [id, name] of [
      ['ann', 'Ann Learner'],
      ['bob', 'Bob Learner'],
      ['cat', 'Cat Learner'],
    ])
      platform.users.set(id!, { sub: `u-${id}`, name: name!, roles: [ROLE.learner] });
    // In the course, never launches: the roster shows him as not joined.
    platform.users.set('dan', { sub: 'u-dan', name: 'Dan Absent', roles: [ROLE.learner] });
    return dataDir;
  },
});

beforeAll(() => {
  platform.toolUrl = suite.server.url;
});

afterAll(async () => {
  await platform?.stop();
});

/** Every page this file opened, to check none of them had a page error. */
const opened: Student[] = [];

async function open(url: string, viewport = PHONE): Promise<Student> {
  const s = suite.track(await openStudent(suite.browser, viewport, url));
  opened.push(s);
  return s;
}

/** The lobby's greeting, in the page or in the course page's iframe. */
async function lobbyGreeting(page: Page, framed = false): Promise<string> {
  const scope = framed ? page.frameLocator('#tool') : page;
  await scope.locator('#lobby-players').waitFor({ timeout: 30_000 });
  return (await scope.locator('.lead').first().textContent()) ?? '';
}

describe('launching from the course platform', () => {
  test('deep link → console; learners → lobby with their names; second device, same seat; grades to the gradebook', async () => {
    // ---- the instructor adds the activity: the picker, then the signed response back to the platform ----
    const teacher = await open(`${platform.url}/course/launch?user=teacher&link=deep-link`, DESKTOP);
    const tp = teacher.page;
    await tp.locator('#lti-add').waitFor();
    expect(await accessibilityProblems(tp)).toEqual([]);
    await tp.locator('#scenario').selectOption('office-supplies');
    await tp.locator('#team').fill('1');
    await tp.locator('#language').selectOption('en');
    await tp.locator('#stage-rfp').fill('3');
    await tp.locator('#lti-add').click();
    await expect
      .poll(() =>
        tp
          .locator('#added')
          .textContent()
          .catch(() => ''),
      )
      .toBe('Added link-1');
    const link = platform.links.get('link-1')!;
    expect(JSON.parse(link.custom.bc_settings!)).toMatchObject({
      scenarioId: 'office-supplies',
      sellerTeamSize: 1,
      bots: true,
      language: 'en',
      stageMinutes: { rfp: 3 },
    });
    expect(link.lineItem).toMatch(/\/lineitems\/\d+$/);

    // ---- a student who comes first: a plain page saying why, and nothing made ----
    const early = await open(`${platform.url}/course/launch?user=bob&link=link-1`);
    await expect
      .poll(() =>
        early.page
          .locator('#lti-problem')
          .textContent()
          .catch(() => ''),
      )
      .toContain('Your instructor has not opened this activity yet');
    expect(await accessibilityProblems(early.page)).toEqual([]);
    // The refusal's HTTP status is the page's only console error.
    expect(early.problems.every((p) => /409/.test(p))).toBe(true);
    early.problems.length = 0;

    // ---- the instructor opens it: the console of the new session ----
    await tp.goto(`${platform.url}/course/launch?user=teacher&link=link-1`);
    await tp.locator('#session-code').waitFor({ timeout: 30_000 });
    expect(new URL(tp.url()).pathname).toBe('/host.html');
    // The secret does not stay in the address bar.
    expect(tp.url()).not.toContain('secret=');
    await savePage(tp, 'lti-console-1280x800');

    // ---- three learners: no code, no name to type; Cat inside the course page's iframe ----
    const ann = await open(`${platform.url}/course/launch?user=ann&link=link-1`);
    const bob = await open(`${platform.url}/course/launch?user=bob&link=link-1`);
    const cat = await open(`${platform.url}/course/frame?user=cat&link=link-1`, DESKTOP);
    expect(await lobbyGreeting(ann.page)).toContain('Ann Learner');
    expect(await lobbyGreeting(bob.page)).toContain('Bob Learner');
    expect(await lobbyGreeting(cat.page, true)).toContain('Cat Learner');
    expect(ann.page.url()).not.toContain('token=');
    await savePage(ann.page, 'lti-learner-lobby-390x844');

    // ---- the session as the API shows it (the host secret from another instructor launch) ----
    const again = await httpLaunch(platform, 'teacher', 'link-1');
    const fragment = new URLSearchParams(again.location!.split('#')[1]);
    const sessionId = fragment.get('session')!;
    const secret = fragment.get('secret')!;
    const base = `/api/sessions/${sessionId}`;
    const players = async () =>
      (
        (await api(suite.server.url, 'GET', base, undefined, secret)).json as {
          players: { id: string; name: string }[];
        }
      ).players;
    expect((await players()).map((p) => p.name).sort()).toEqual([
      'Ann Learner',
      'Bob Learner',
      'Cat Learner',
    ]);

    // ---- Ann's second device: the same seat, no new player ----
    const annPhone = await open(`${platform.url}/course/launch?user=ann&link=link-1`);
    expect(await lobbyGreeting(annPhone.page)).toContain('Ann Learner');
    expect((await players()).filter((p) => p.name.startsWith('Ann'))).toHaveLength(1);

    // ---- a round with bots in the other seats, advanced by the instructor ----
    expect((await api(suite.server.url, 'POST', `${base}/deal`, { bots: true }, secret)).status).toBe(200);
    const act = (type: string) =>
      api(suite.server.url, 'POST', `${base}/tables/T1/actions`, { action: { type } }, secret);
    expect((await act('start')).status).toBe(200);
    const annSeat = async (page: Page) => ((await hook(page)) as { seat?: string } | null)?.seat;
    await expect.poll(() => annSeat(annPhone.page), { timeout: 30_000 }).toBeTruthy();
    for (let i = 0; i < 3; i++) {
      await sleep(1500);
      await act('advance');
    }
    expect((await act('end-round')).status).toBe(200);

    // ---- the grades arrive at the line item (the server's sweep after the round), each student once ----
    const grades = (await api(suite.server.url, 'GET', `${base}/grades`, undefined, secret)).json as {
      students: { playerId: string; name: string; grade: number | null }[];
    };
    const graded = grades.students.filter((s) => s.grade !== null);
    expect(graded.length).toBeGreaterThan(0);
    const subOf = new Map([
      ['Ann Learner', 'u-ann'],
      ['Bob Learner', 'u-bob'],
      ['Cat Learner', 'u-cat'],
    ]);
    await expect
      .poll(() => platform.scores.filter((s) => s.lineItem === link.lineItem).length, { timeout: 30_000 })
      .toBe(graded.length);
    for (const s of graded) {
      const posted = platform.scores.filter((x) => x.userId === subOf.get(s.name));
      expect(posted).toHaveLength(1);
      expect(posted[0]!.scoreGiven).toBe(s.grade);
    }
    // The console's command posts nothing again.
    const res = await fetch(`${suite.server.url}/lti/sessions/${sessionId}/scores`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(200);
    expect(platform.scores).toHaveLength(graded.length);

    // ---- the console's grades tab: the gradebook column per student, and the roster ----
    await tp.locator('#tab-grades').click();
    await tp.locator('#lti-scores').waitFor({ timeout: 20_000 });
    for (const s of graded)
      expect(
        await tp.locator(`#lti-scores tr[data-player="${s.playerId}"]`).getAttribute('data-status'),
      ).toBe('sent');
    await tp.locator('#lti-roster-load').click();
    await expect
      .poll(() =>
        tp
          .locator('#lti-roster')
          .textContent()
          .catch(() => ''),
      )
      .toContain('3 of 4');
    expect(await tp.locator('#lti-roster-missing li').allTextContents()).toEqual(['Dan Absent']);
    await savePage(tp, 'lti-console-grades-1280x800');
    for (const s of opened) expect(s.problems).toEqual([]);
  }, 240_000);
});
