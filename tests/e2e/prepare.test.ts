// Preparing a class and grading it, in a real browser against the real server: the create screen shows the
// chosen scenario's learning objectives (and so does the projector while students join); the console's Prepare
// tab previews every seat's brief and table before any student has joined; the printable briefs put one brief
// on a page of its own per seat (counted in the printed PDF too); the Grades tab saves weights and refuses a bad
// one with nothing changed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { api } from '../integration/harness.ts';
import { SCENARIO_DIR } from '../fixtures/scenarios.ts';
import { gradedRoundLog } from '../fixtures/graded-round.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { gradeRows, roundsFromLog, studentGrades } from '../../shared/session/grades.ts';
import { DESKTOP, savePage, browserSuite } from './browser.ts';

const suite = browserSuite();

function objectivesOf(file: string): string[] {
  const raw = JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8')) as {
    meta: { learningObjectives: { en: string }[] };
  };
  return raw.meta.learningObjectives.map((o) => o.en);
}

/** Pages of a PDF: its page objects (Chromium writes one `/Type /Page` per page, plus one `/Type /Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('preparing a class', () => {
  test('objectives on the create screen and the projector; a preview of every seat; one printed page per seat; grade weights', async () => {
    const host = await suite.open(DESKTOP, '/host.html');
    const page = host.page;

    // ---- the create screen: the chosen scenario's learning objectives ----
    await page.locator('#scenario-hospital-monitors').check();
    await expect
      .poll(() => page.locator('#create-objectives li').allTextContents())
      .toEqual(objectivesOf('hospital-monitors.json'));
    await page.locator('#scenario-offshore-drill-pipe').check();
    await expect
      .poll(() => page.locator('#create-objectives li').allTextContents())
      .toEqual(objectivesOf('offshore-drill-pipe.json'));
    await savePage(page, 'console-create-objectives-1280x800');
    await page.locator('#f-title').fill('Prepared class');
    await page.locator('#create-submit').click();
    await page.locator('#session-code').waitFor();
    const code = (await page.locator('#session-code').textContent())!.trim();
    const sessionId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('session')!;
    const known = await page.evaluate(() => JSON.parse(localStorage.getItem('bc.console.sessions') ?? '[]'));
    const secret: string = known.find((k: any) => k.sessionId === sessionId).secret;
    const snapshot = await api(suite.server.url, 'GET', `/api/sessions/${sessionId}`, undefined, secret);
    const preview = await api(
      suite.server.url,
      'GET',
      `/api/sessions/${sessionId}/preview`,
      undefined,
      secret,
    );
    const seats: string[] = preview.json.seats.map((s: any) => s.seat);
    // Every member of the buying center and every seller team of a table.
    expect(seats).toHaveLength(snapshot.json.scenario.obcSize + snapshot.json.options.sellers.length);

    // ---- the projector, while students join ----
    const projector = await suite.open(DESKTOP, `/projector.html?code=${code}`);
    await expect
      .poll(() => projector.page.locator('#proj-objectives li').allTextContents())
      .toEqual(objectivesOf('offshore-drill-pipe.json'));
    // Still one screen: the join screen does not scroll.
    await savePage(projector.page, 'projector-join-objectives-1280x800');

    // ---- Prepare: no table yet, and every seat can be previewed ----
    expect(snapshot.json.tables).toEqual([]);
    await page.locator('#tab-prepare').click();
    await expect
      .poll(() => page.locator('#prepare-objectives li').count())
      .toBe(objectivesOf('offshore-drill-pipe.json').length);
    const member = seats.find((s) => !s.startsWith('seller-'))!;
    const seller = seats.find((s) => s.startsWith('seller-'))!;
    await page.locator(`#preview-seat-${member}`).click();
    await expect.poll(() => page.locator('#seat-preview').getAttribute('data-seat')).toBe(member);
    // The member's own priorities, as the phone's brief shows them; the table as this seat sees it, inert.
    expect(await page.locator('#seat-preview #brief-weights li').count()).toBeGreaterThan(0);
    expect(await page.locator('#seat-preview .table-sketch svg').count()).toBe(1);
    expect(await page.locator('#seat-preview #stage-name').textContent()).toBeTruthy();
    expect(
      await page.locator('#seat-preview .preview-phone').evaluate((el) => (el as HTMLElement).inert),
    ).toBe(true);
    await page.locator(`#preview-seat-${seller}`).click();
    await expect.poll(() => page.locator('#seat-preview').getAttribute('data-seat')).toBe(seller);
    expect(await page.locator('#seat-preview #brief-unit-cost').textContent()).toBeTruthy();
    await savePage(page, 'console-prepare-1280x800');
    // Previewing opened no table and stored nothing.
    expect(
      (await api(suite.server.url, 'GET', `/api/sessions/${sessionId}`, undefined, secret)).json.tables,
    ).toEqual([]);
    // Without the host secret there is no preview.
    expect((await api(suite.server.url, 'GET', `/api/sessions/${sessionId}/preview`)).status).toBe(401);

    // ---- the printable briefs: one .brief-page per seat, each on a page of its own ----
    const href = await page.locator('#print-briefs').getAttribute('href');
    const print = await host.context.newPage();
    await print.goto(`${suite.server.url}${href}`);
    await expect.poll(() => print.locator('.brief-page').count()).toBe(seats.length);
    expect(
      await print
        .locator('.brief-page')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.seat)),
    ).toEqual(seats);
    await savePage(print, 'console-print-briefs-1280x800');
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.print-controls').isVisible()).toBe(false);
    expect(await print.locator('.topbar').isVisible()).toBe(false);
    const breaks = await print
      .locator('.brief-page')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
    expect(breaks).toEqual([...seats.slice(1).map(() => 'page'), 'auto']);
    const pdf = await print.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(seats.length);
    await print.close();

    // ---- Grades: weights saved with the session, a bad one refused with nothing changed ----
    await page.locator('#tab-grades').click();
    await page.locator('#grades-empty').waitFor();
    await page.locator('#f-weight-seller-margin').fill('-3');
    await page.locator('#grades-save').click();
    await expect.poll(() => page.locator('#grades-status').textContent()).toMatch(/0 to 1000/);
    const unchanged = await api(
      suite.server.url,
      'GET',
      `/api/sessions/${sessionId}/grades`,
      undefined,
      secret,
    );
    expect(unchanged.json.weights).toEqual(unchanged.json.defaults);
    await page.locator('#f-weight-seller-margin').fill('60');
    await page.locator('#f-weight-member-verification').fill('0');
    await page.locator('#grades-save').click();
    await expect.poll(() => page.locator('#grades-status').textContent()).toMatch(/saved/i);
    const saved = await api(suite.server.url, 'GET', `/api/sessions/${sessionId}/grades`, undefined, secret);
    expect(saved.json.weights.seller.margin).toBe(60);
    expect(saved.json.weights.member.verification).toBe(0);
    expect(await page.locator('#f-weight-seller-margin').inputValue()).toBe('60');

    // ---- the grades of a played round, as the server reports them, one row per student and round ----
    const scenario = miniScenario();
    const rows = gradeRows(
      scenario,
      [{ table: 'T1', rounds: roundsFromLog(scenario, { seed: 1 }, gradedRoundLog(scenario)) }],
      saved.json.weights,
    );
    const students = studentGrades(rows);
    const report = { ...saved.json, students };
    await page.route('**/grades', (route) => route.fulfill({ json: report }));
    await page.locator('#tab-run').click();
    await page.locator('#tab-grades').click();
    await page.locator('#grades-seller tbody tr').first().waitFor();
    expect(await page.locator('#grades-seller tbody tr').count()).toBe(
      rows.filter((r) => r.side === 'seller').length,
    );
    expect(await page.locator('#grades-member tbody tr').count()).toBe(
      rows.filter((r) => r.side === 'member').length,
    );
    const a1 = students.find((x) => x.name === 'Seller A1')!;
    const a1Row = page.locator(`#grades-seller tr[data-player="${a1.playerId}"]`);
    expect(Number(await a1Row.locator('.grade').textContent())).toBe(a1.grade);
    expect(Number(await a1Row.locator('[data-component="margin"]').textContent())).toBe(
      a1.rounds[0]!.components.margin,
    );
    // B made no claim: its credibility is left out, shown as a dash.
    const b1 = students.find((x) => x.name === 'Seller B1')!;
    expect(
      await page
        .locator(`#grades-seller tr[data-player="${b1.playerId}"] [data-component="credibility"]`)
        .textContent(),
    ).toBe('–');
    await savePage(page, 'console-grades-1280x800');
    await page.unroute('**/grades');
    expect(host.problems).toEqual([]);
  }, 120_000);
});
