// The instructor's console and the projector in a real browser against the real server: an instructor creates
// a session from the console, the projector shows the code and a QR code of the join link, two students join
// from their own browsers and bots take the empty seats, the instructor seats and moves them, runs the four
// stages with a pause, a timer extension and a broadcast, ends the round, reads the class debrief and
// downloads both exports, whose contents must match the engine's debrief of the session's stored log. A broken
// scenario upload shows every problem and creates nothing; a finished session reopens read-only and deletes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import qrcode from 'qrcode-generator';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { debriefsFromLog } from '../../shared/rules/debrief.ts';
import type { LogEntry, TableConfig } from '../../shared/rules/types.ts';
import { loadScenario } from '../../shared/scenario/load.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { api, sleep } from '../integration/harness.ts';
import {
  ARTIFACTS,
  DESKTOP,
  PHONE,
  joinAs,
  savePage,
  waitForHook,
  type Student,
  browserSuite,
} from './browser.ts';
import { parseCsv } from '../fixtures/csv.ts';

const suite = browserSuite();

async function open(viewport: { width: number; height: number }, path: string): Promise<Student> {
  const s = await suite.open(viewport, path);
  // The console asks before it deletes or finishes anything: the instructor says yes.
  s.page.on('dialog', (dialog) => void dialog.accept());
  return s;
}

/** The server's own record, read from its SQLite file (the server keeps running). */
function stored(sessionId: string) {
  const db = new DatabaseSync(join(suite.server.dataDir, 'buying-center.sqlite'), { readOnly: true });
  try {
    const session = db.prepare('SELECT * FROM sessions WHERE id = ?').get(sessionId) as
      { scenario_json: string; options_json: string } | undefined;
    const tables = db.prepare('SELECT * FROM tables WHERE session_id = ? ORDER BY id').all(sessionId) as {
      id: string;
      seed: number;
      sellers_json: string;
    }[];
    const logs = new Map(
      tables.map((t) => [
        t.id,
        (
          db
            .prepare('SELECT entry_json FROM actions WHERE session_id = ? AND table_id = ? ORDER BY seq')
            .all(sessionId, t.id) as { entry_json: string }[]
        ).map((r) => JSON.parse(r.entry_json) as LogEntry),
      ]),
    );
    return { session, tables, logOf: (table: string) => logs.get(table) ?? [] };
  } finally {
    db.close();
  }
}

function sessionCount(): number {
  const db = new DatabaseSync(join(suite.server.dataDir, 'buying-center.sqlite'), { readOnly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function monitorStage(page: Page): Promise<string> {
  return (await page.locator('[data-section="T1"] .table-stage').getAttribute('data-stage')) ?? '';
}

async function consoleState(page: Page): Promise<any> {
  return page.evaluate(() => (window as unknown as { __bcConsole?: unknown }).__bcConsole ?? null);
}

describe('the instructor console', () => {
  test('creates a session, seats a class, runs a round with pause, extension and broadcast, debriefs and exports', async () => {
    const host = await open(DESKTOP, '/host.html');
    const page = host.page;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));

    // ---- create: a bundled scenario, one student per seller team, a session timer, tables advance together ----
    await page.locator('#scenario-office-supplies').check();
    await expect.poll(() => page.locator('#f-min-need-recognition').inputValue()).toBe('6');
    await page.locator('#f-title').fill('Tuesday B2B class');
    await page.locator('#f-team').selectOption('1');
    await page.locator('#f-min-need-recognition').fill('8');
    await page.locator('#f-pace-together').check();
    await savePage(page, 'console-create-1280x800');
    await page.locator('#create-submit').click();
    await page.locator('#session-code').waitFor();
    const code = (await page.locator('#session-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    // The secret is in this browser's storage, never in the address bar.
    expect(page.url()).not.toContain('secret');
    const sessionId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('session')!;
    const known = await page.evaluate(() => JSON.parse(localStorage.getItem('bc.console.sessions') ?? '[]'));
    const secret: string = known.find((k: any) => k.sessionId === sessionId).secret;
    const snapshot = await api(suite.server.url, 'GET', `/api/sessions/${sessionId}`, undefined, secret);
    expect(snapshot.json.options).toMatchObject({
      sellerTeamSize: 1,
      autoAdvance: false,
      bots: true,
      stageMinutes: { 'need-recognition': 8 },
    });
    expect(snapshot.json.title).toBe('Tuesday B2B class');
    expect(await page.locator('#join-link').textContent()).toBe(`${suite.server.url}/?code=${code}`);

    // ---- the projector: the code, the link, and a QR code that encodes the link ----
    const projector = await open(DESKTOP, `/projector.html?code=${code}`);
    const pp = projector.page;
    await expect.poll(() => pp.locator('#proj-code').textContent()).toBe(code);
    const joinUrl = `${suite.server.url}/?code=${code}`;
    expect(await pp.locator('#proj-link').textContent()).toBe(joinUrl);
    const qr = qrcode(0, 'M');
    qr.addData(joinUrl);
    qr.make();
    const expected = Array.from({ length: qr.getModuleCount() }, (_, r) =>
      Array.from({ length: qr.getModuleCount() }, (_, c) => (qr.isDark(r, c) ? '1' : '0')).join(''),
    ).join('/');
    expect(await pp.locator('#proj-qr').getAttribute('data-modules')).toBe(expected);
    expect(await pp.locator('#proj-qr rect').count()).toBeGreaterThan(100);
    expect(await pp.content()).not.toContain(secret);

    // ---- students join from their own browsers; the projector counts and names them ----
    const ann = await open(PHONE, `/?code=${code}`);
    await joinAs(ann.page, 'Ann');
    await ann.page.locator('#lobby-players').waitFor();
    const bob = await open(DESKTOP, `/?code=${code}`);
    await joinAs(bob.page, 'Bob');
    await bob.page.locator('#lobby-players').waitFor();
    await expect.poll(() => pp.locator('#proj-count').textContent()).toContain('2');
    await expect.poll(() => pp.locator('#proj-names li').allTextContents()).toEqual(['Ann', 'Bob']);
    await savePage(pp, 'projector-join-1280x800');

    // ---- seating: deal (bots fill the rest), move Bob to the buying center, a bot takes his old seat ----
    await page.locator('#tab-seating').click();
    await expect.poll(() => page.locator('#unseated li').count()).toBe(2);
    await page.locator('#do-deal').click();
    await expect
      .poll(() => page.locator('[data-table="T1"] [data-seat="seller-A"]').textContent())
      .toContain('Ann');
    await expect
      .poll(() => page.locator('[data-table="T1"] [data-seat="seller-B"]').textContent())
      .toContain('Bob');
    const bobId = await page
      .locator('[data-table="T1"] [data-seat="seller-B"] li[data-player]')
      .getAttribute('data-player');
    await page.locator(`#move-${bobId}`).selectOption('T1|general-management');
    await page.locator(`#do-move-${bobId}`).click();
    await expect
      .poll(() => page.locator('[data-table="T1"] [data-seat="general-management"]').textContent())
      .toContain('Bob');
    // Dragging his name works too: back to the lobby, then onto the general manager's seat again.
    const gm = page.locator('[data-table="T1"] [data-seat="general-management"]');
    await page.locator(`li[data-player="${bobId}"]`).dragTo(page.locator('#lobby-drop'));
    await expect.poll(() => page.locator('#unseated').textContent()).toContain('Bob');
    await page.locator(`li[data-player="${bobId}"]`).dragTo(gm);
    await expect.poll(() => gm.textContent()).toContain('Bob');
    await expect.poll(() => page.locator('#unseated li').count()).toBe(0);
    await page.locator('#bot-T1-seller-B').click();
    await expect.poll(() => page.locator('#bot-T1-seller-B').textContent()).toContain('Remove the bot');
    await waitForHook(bob.page, (h) => h.seat === 'general-management', 'Bob in the buying center');
    await waitForHook(ann.page, (h) => h.seat === 'seller-A', 'Ann at seller A');
    // Re-admitting gives a fresh rejoin link for a student who lost their device.
    const annId = await page
      .locator('[data-table="T1"] [data-seat="seller-A"] li[data-player]')
      .getAttribute('data-player');
    // A team of one holds every seller role, and the console says so beside her name.
    await expect
      .poll(() => page.locator(`li[data-player="${annId}"] .seller-roles`).textContent())
      .toBe('sales representative, product manager, customer service');
    await page.locator(`#readmit-${annId}`).click();
    await expect.poll(() => page.locator('#readmit-link').textContent()).toContain(`/?code=${code}#token=`);
    await savePage(page, 'console-seating-1280x800');

    // ---- run: start, pause, extend, resume, broadcast ----
    await page.locator('#tab-run').click();
    await page.locator('#all-start').click();
    await expect.poll(() => monitorStage(page)).toBe('need-recognition');
    await waitForHook(ann.page, (h) => h.stage === 'need-recognition', 'stage 1 for Ann');
    const deadline0 = (await api(suite.server.url, 'GET', `/api/sessions/${sessionId}`, undefined, secret))
      .json.tables[0].deadline;
    // The session's own stage length (8 minutes, not the scenario's 6).
    const left = deadline0 - Date.now();
    expect(left).toBeGreaterThan(7 * 60_000);
    expect(left).toBeLessThanOrEqual(8 * 60_000);
    await page.locator('#all-pause').click();
    await waitForHook(ann.page, (h) => String(h.clock).includes('Paused'), 'the pause at Ann');
    await expect
      .poll(() => page.locator('[data-section="T1"] .table-clock').textContent())
      .toContain('Paused');
    const pausedLeft = (await api(suite.server.url, 'GET', `/api/sessions/${sessionId}`, undefined, secret))
      .json.tables[0].remainingMs;
    await page.locator('#all-extend-60').click();
    await expect
      .poll(
        async () =>
          (await api(suite.server.url, 'GET', `/api/sessions/${sessionId}`, undefined, secret)).json.tables[0]
            .remainingMs,
      )
      .toBe(pausedLeft + 60_000);
    await page.locator('#all-resume').click();
    await waitForHook(ann.page, (h) => !String(h.clock).includes('Paused'), 'resumed at Ann');
    await page.locator('#f-broadcast').fill('Five minutes left: decide!');
    await page.locator('#do-broadcast').click();
    await expect.poll(() => ann.page.locator('.toast').textContent()).toContain('Five minutes left: decide!');
    await expect.poll(() => bob.page.locator('.toast').textContent()).toContain('Five minutes left: decide!');
    // The broadcast sits in the header and pushes the page down: "I am ready" at the bottom of the phone
    // stays uncovered.
    const covered = await ann.page.evaluate(() => {
      const label = document.querySelector('label[for="ready-toggle"]');
      if (!label) return 'no ready toggle';
      label.scrollIntoView({ block: 'end' });
      const r = label.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top && (label.contains(top) || top.contains(label)) ? null : (top?.className ?? 'nothing');
    });
    expect(covered).toBeNull();
    expect(await ann.page.locator('header .toast').count()).toBe(1);
    await expect
      .poll(() => pp.locator('#proj-broadcast').textContent())
      .toContain('Five minutes left: decide!');
    await expect.poll(() => pp.locator('#proj-stage').textContent()).toContain('Need recognition');
    await savePage(page, 'console-run-1280x800');

    // ---- the market moves: every seat hears the news; the member moved (marketing, a bot here) alone knows ----
    await page.locator('#f-market-points').selectOption('30');
    await page.locator('#do-market').click();
    await expect
      .poll(async () =>
        (
          await api(suite.server.url, 'GET', `/api/sessions/${sessionId}/export.json`, undefined, secret)
        ).json.tables[0]?.log?.some((e: any) => e.action?.type === 'market-event' && e.action.points === 30),
      )
      .toBe(true);
    await expect.poll(() => ann.page.locator('#event-list').textContent()).toContain('Market news');

    // ---- advance together through the stages; Ann hands in a proposal in stage 3 ----
    // Ann and Bob have not said they are ready: the console asks first, naming them.
    await page.locator('#all-advance').click();
    await expect
      .poll(() => dialogs.join('\n'))
      .toMatch(/have not said they are ready: Table T1: .*OfficeHub \(A\)/);
    await expect.poll(() => monitorStage(page)).toBe('specifications');
    await expect.poll(() => pp.locator('#proj-stage').textContent()).toContain('Specifications');
    await page.locator('#all-advance').click();
    await expect.poll(() => monitorStage(page)).toBe('rfp');
    await waitForHook(ann.page, (h) => h.step === 'bidding', 'bidding at Ann');
    await ann.page.locator('#f-prop-price').fill('165');
    await ann.page.locator('#prop-step-3').click();
    await ann.page.locator('#f-prop-lead-0').check();
    await ann.page.locator('#do-proposal').click();
    await expect.poll(() => ann.page.locator('#proposal-revision').textContent()).toContain('Revision 1');
    // The bot seller hands in its own proposal: the monitor shows the step, the API the proposals.
    for (let i = 0; i < 12 && (await monitorStage(page)) === 'rfp'; i++) {
      await page.locator('#all-advance').click();
      await sleep(400);
    }
    await expect.poll(() => monitorStage(page), { timeout: 10_000 }).toBe('post-purchase');
    await page.locator('#all-end-round').click();
    await expect.poll(() => monitorStage(page)).toBe('round-over');
    await expect.poll(() => page.locator('#all-next-round').count()).toBe(1);

    // ---- the projector's class-wide results ----
    await pp.locator('#proj-results tr[data-table="T1"]').waitFor();
    await savePage(pp, 'projector-results-1280x800');

    // ---- the class debrief ----
    await page.locator('#tab-debrief').click();
    const row = page.locator('#class-table tr[data-table="T1"]');
    await row.waitFor();
    await page.locator('#class-notes li').first().waitFor();
    await expect
      .poll(async () => Object.keys((await consoleState(page))?.charts ?? {}).sort())
      .toEqual(['chart-quality', 'chart-value', 'chart-vp', 'heat-T1'].sort());
    await page.locator('#drill-T1').click();
    await expect.poll(() => page.locator('#drill-timeline li').count()).toBeGreaterThan(5);
    await savePage(page, 'console-debrief-1280x800');
    for (const id of ['class-summary', 'class-charts', 'class-hidden', 'class-notes'])
      await page.locator(`#${id}`).screenshot({ path: join(ARTIFACTS, `console-${id}.png`) });

    // ---- exports: what the buttons download matches the engine's debrief of the stored log ----
    const { session: row0, tables, logOf } = stored(sessionId);
    const loaded = loadScenario(JSON.parse(row0!.scenario_json));
    if (!loaded.ok) throw new Error('stored scenario invalid');
    const options = JSON.parse(row0!.options_json);
    const t1 = tables.find((x) => x.id === 'T1')!;
    const config: TableConfig = {
      seed: t1.seed,
      sellers: JSON.parse(t1.sellers_json),
      autoAdvance: options.autoAdvance,
      stageMinutes: options.stageMinutes,
    };
    const log = logOf('T1');
    const truth = debriefsFromLog(loaded.scenario, config, log);
    expect(truth).toHaveLength(1);
    const d = truth[0]!;

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-json').click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toBe(`buying-center-${code}.json`);
    const exported = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(exported.session.code).toBe(code);
    expect(exported.tables[0].log).toEqual(log);
    expect(exported.tables[0].debriefs).toEqual(truth);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-csv').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe(`buying-center-${code}.csv`);
    const rows = parseCsv(readFileSync(await csvDownload.path(), 'utf8'));
    expect(rows.map((r) => [r.player, r.seat, r.side]).sort()).toEqual([
      ['Ann', 'seller-A', 'seller'],
      ['Bob', 'general-management', 'buying-center'],
    ]);
    for (const r of rows) {
      expect(r.table).toBe('T1');
      expect(r.round).toBe('1');
      expect(r.winner).toBe(d.decision.winner ?? '');
      expect(r.decision_quality).toBe(d.decision.quality === null ? '' : String(d.decision.quality));
    }
    const annRow = rows.find((r) => r.player === 'Ann')!;
    const offerA = d.offers.find((o) => o.seller === 'A')!;
    expect(Number(annRow.price)).toBe(offerA.price);
    expect(Number(annRow.margin_per_unit)).toBe(offerA.margin);
    expect(annRow.value_proposition).toBe(offerA.valueProposition.type);
    expect(Number(annRow.alignment)).toBe(offerA.alignment.overall);

    // The debrief on screen says the same.
    const winnerText = await row.locator('.winner').textContent();
    if (d.decision.winner) expect(winnerText).toContain(`(${d.decision.winner})`);
    const charts = (await consoleState(page)).charts;
    // Offers are named by their sellers, never by a bare id.
    expect(charts['chart-value'].labels).toEqual(
      d.offers.map((o) => expect.stringMatching(new RegExp(`^T1 · .+ \\(${o.seller}\\)$`))),
    );
    expect(charts['chart-value'].datasets[1].data).toEqual(d.offers.map((o) => o.price));
    // The perceived value stands before price, on the footing of the value before price.
    const weight = d.hiddenPriorities.reduce((sum, m) => sum + (m.influence / 100) * m.priceSensitivity, 0);
    expect(charts['chart-value'].datasets[3].data).toEqual(
      d.offers.map((o) => Math.round((o.perceivedValue + weight * o.price) * 100) / 100),
    );
    expect(charts['chart-quality'].datasets[0].data).toEqual([
      Math.round((d.decision.quality ?? 0) * 1000) / 10,
    ]);

    // The tabs answer the arrow keys.
    await page.locator('#tab-debrief').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#tab-seating').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-seating');

    // ---- finish: the session reopens read-only from the console's list ----
    await page.locator('#finish-session').click();
    await expect.poll(() => page.locator('#session-state').textContent()).toContain('read-only');
    await page.locator('#all-sessions').click();
    const item = page.locator(`li[data-session="${sessionId}"]`);
    await expect.poll(() => item.textContent()).toContain('Finished');
    await page.locator(`#open-${sessionId}`).click();
    await page.locator('#tab-run').click();
    await expect.poll(() => page.locator('#class-controls').textContent()).toContain('Read-only');
    expect(await page.locator('#all-advance').count()).toBe(0);
    await page.locator('#tab-debrief').click();
    await page.locator('#class-table tr[data-table="T1"]').waitFor();

    for (const s of [host, projector, ann, bob]) expect(s.problems).toEqual([]);
  }, 180_000);

  test('an uploaded broken scenario lists every problem by path and creates nothing; a session deletes', async () => {
    const host = await open(DESKTOP, '/host.html');
    const page = host.page;
    const before = sessionCount();
    const bad = structuredClone(miniScenarioInput) as any;
    bad.economics.currency = 'euro';
    bad.dimensions[0].category = 'tasty';
    await page.locator('#f-source-upload').check();
    await page.locator('#scenario-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect.poll(() => page.locator('#scenario-file-name').textContent()).toContain('broken.json');
    await page.locator('#create-submit').click();
    const problems = page.locator('#create-problems li');
    await problems.first().waitFor();
    const listed = await problems.allTextContents();
    expect(listed.some((p) => p.includes('$.dimensions[0].category'))).toBe(true);
    expect(listed.some((p) => p.includes('$.economics.currency'))).toBe(true);
    expect(await page.locator('#create-status').textContent()).toContain('nothing was created');
    expect(sessionCount()).toBe(before);
    expect(page.url()).not.toContain('session=');
    // The server's problems in the console's language, written from their codes.
    await page.locator('#lang-select').selectOption('pl');
    await expect
      .poll(() => page.locator('#create-problems li').allTextContents())
      .toEqual(
        expect.arrayContaining([
          '$.economics.currency musi być trzyliterowym kodem waluty',
          expect.stringMatching(
            /^\$\.dimensions\[0\]\.category musi być jedną z wartości: "economic-tangible"/,
          ),
        ]),
      );
    await page.locator('#lang-select').selectOption('en');
    await expect
      .poll(() => page.locator('#create-problems li').allTextContents())
      .toContain('$.economics.currency must be a three-letter currency code');

    // Not JSON at all: said plainly, nothing sent.
    await page.locator('#scenario-file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "meta": '),
    });
    // Where it breaks, in the console's words (the browser's own message is English in every language).
    await expect
      .poll(() => page.locator('#scenario-file-name').textContent())
      .toContain('not valid JSON: it breaks at line 1, column 11');
    await page.locator('#create-submit').click();
    await expect.poll(() => page.locator('#create-status').textContent()).toContain('not valid JSON');
    expect(sessionCount()).toBe(before);

    // A valid upload creates a session; deleting it from the list removes it from the suite.server.
    await page.locator('#scenario-file').setInputFiles({
      name: 'mini.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(miniScenarioInput)),
    });
    await expect.poll(() => page.locator('#scenario-file-name').textContent()).toContain('mini.json');
    await page.locator('#create-submit').click();
    await page.locator('#session-code').waitFor();
    expect(sessionCount()).toBe(before + 1);
    const sessionId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('session')!;
    await page.locator('#all-sessions').click();
    await page.locator(`#delete-${sessionId}`).click();
    await expect.poll(() => page.locator(`li[data-session="${sessionId}"]`).count()).toBe(0);
    expect(sessionCount()).toBe(before);
    expect(host.problems).toEqual([]);
  }, 60_000);

  test('a console link works opened fresh and pasted into an open console; the secret leaves the address bar', async () => {
    const created = await api(suite.server.url, 'POST', '/api/sessions', { scenarioId: 'office-supplies' });
    expect(created.status).toBe(201);
    const { sessionId, consolePath, code } = created.json as {
      sessionId: string;
      consolePath: string;
      code: string;
    };
    const secret = new URLSearchParams(consolePath.slice(consolePath.indexOf('#') + 1)).get('secret')!;
    const known = (page: Page) =>
      page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('bc.console.sessions') ?? '[]') as {
            sessionId: string;
            secret: string;
          }[],
      );

    // Opened fresh.
    const fresh = (await open(DESKTOP, consolePath)).page;
    await expect.poll(() => fresh.locator('#session-code').textContent()).toBe(code);
    expect(fresh.url()).not.toContain(secret);
    expect((await known(fresh)).find((k) => k.sessionId === sessionId)?.secret).toBe(secret);

    // Pasted into a console that is already open (only the fragment changes: no page load).
    const other = (await open(DESKTOP, '/host.html')).page;
    await other.locator('#create-submit').waitFor();
    await other.evaluate(
      (hash) => (window.location.hash = hash),
      consolePath.slice(consolePath.indexOf('#')),
    );
    await expect.poll(() => other.locator('#session-code').textContent()).toBe(code);
    expect(other.url()).not.toContain(secret);
    expect((await known(other)).find((k) => k.sessionId === sessionId)?.secret).toBe(secret);
  });
});
