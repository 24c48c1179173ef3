// Segments in a real browser against the real server: the instructor creates a session of two segments on the
// console's create screen (the bundled hospital and small-clinic pair), a student dealt to the hospital's
// table reads the hospital's brief with what its customers need, two tables of bots play a round (one per
// segment), the prepare tab previews each segment's seats, the run tab names each table's segment, and the class debrief (console, with margins) and the
// projector (without) compare the two segments.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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

const suite = browserSuite();

async function open(viewport: { width: number; height: number }, path: string): Promise<Student> {
  const s = await suite.open(viewport, path);
  s.page.on('dialog', (dialog) => void dialog.accept());
  return s;
}

describe('a session of segments', () => {
  test('created in the console, two bot tables play, and the class debrief compares the segments', async () => {
    const host = await open(DESKTOP, '/host.html');
    const page = host.page;

    // ---- create: a segment plan (the hospital and the clinic, a table each), one student per seller team ----
    await page.locator('#f-source-segments').check();
    await page.locator('#segment-plan').waitFor();
    await expect.poll(() => page.locator('#f-segment-0').inputValue()).toBe('b:hospital-monitors');
    expect(await page.locator('#f-segment-1').inputValue()).toBe('b:clinic-monitors');
    // Up to six segments, at least two: a third added and removed again.
    await page.locator('#segment-add').click();
    await expect.poll(() => page.locator('.segment-row').count()).toBe(3);
    await page.locator('#segment-remove-2').click();
    await expect.poll(() => page.locator('.segment-row').count()).toBe(2);
    await page.locator('#f-team').selectOption('1');
    await savePage(page, 'console-create-segments-1280x800');
    await page.locator('#create-submit').click();
    await page.locator('#session-code').waitFor();
    const code = (await page.locator('#session-code').textContent())!.trim();
    const sessionId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('session')!;
    const known = await page.evaluate(() => JSON.parse(localStorage.getItem('bc.console.sessions') ?? '[]'));
    const secret: string = known.find((k: any) => k.sessionId === sessionId).secret;
    const base = `/api/sessions/${sessionId}`;
    const snapshot = async () => (await api(suite.server.url, 'GET', base, undefined, secret)).json;
    expect((await snapshot()).segments.map((x: any) => [x.id, x.tables])).toEqual([
      ['hospital-monitors', 1],
      ['clinic-monitors', 1],
    ]);

    // ---- prepare: each segment's seats previewed (the clinic's buying center has three members) ----
    await page.locator('#tab-prepare').click();
    await page.locator('#preview-segment-clinic-monitors').click();
    await expect.poll(() => page.locator('#preview-seat-marketing').count()).toBe(1);
    await expect.poll(() => page.locator('#preview-seat-engineering').count()).toBe(0);
    await page.locator('#preview-seat-marketing').click();
    await expect.poll(() => page.locator('#seat-preview').textContent()).toContain('Saimaa Heart Clinic');
    await page.locator('#preview-segment-hospital-monitors').click();
    await expect.poll(() => page.locator('#preview-seat-engineering').count()).toBe(1);
    expect(await page.locator('#print-briefs').getAttribute('href')).toContain('segment=hospital-monitors');

    const projector = await open(DESKTOP, `/projector.html?code=${code}`);
    const pp = projector.page;
    await expect.poll(() => pp.locator('#proj-code').textContent()).toBe(code);

    // ---- a student is dealt: the plan's two tables open, she sits at the hospital's and reads its brief ----
    const ann = await open(PHONE, `/?code=${code}`);
    await joinAs(ann.page, 'Ann');
    await ann.page.locator('#lobby-players').waitFor();
    await page.locator('#tab-seating').click();
    await expect.poll(() => page.locator('#unseated li').count()).toBe(1);
    await page.locator('#do-deal').click();
    await waitForHook(ann.page, (h) => h.seat === 'seller-A', 'Ann at seller A');
    let snap = await snapshot();
    expect(snap.tables.map((t: any) => [t.id, t.segment])).toEqual([
      ['T1', 'hospital-monitors'],
      ['T2', 'clinic-monitors'],
    ]);
    expect(snap.players.find((p: any) => p.name === 'Ann').table).toBe('T1');
    await expect.poll(() => ann.page.locator('#brief').textContent()).toContain('Helmi University Hospital');
    expect(await ann.page.locator('#brief-customers').textContent()).toContain('municipalities');
    expect(await ann.page.locator('#brief').textContent()).not.toContain('Saimaa');
    // Moved to the clinic's marketing seat, she reads the clinic's brief and her duty to its customers.
    const annId = snap.players.find((p: any) => p.name === 'Ann').id;
    const move = (table: string | null, seat: string | null) =>
      api(suite.server.url, 'POST', `${base}/players/${annId}/move`, { table, seat }, secret);
    expect((await move('T2', 'marketing')).status).toBe(200);
    await waitForHook(ann.page, (h) => h.seat === 'marketing', 'Ann at the clinic');
    await expect.poll(() => ann.page.locator('#brief').textContent()).toContain('Saimaa Heart Clinic');
    expect(await ann.page.locator('#brief-customers-duty').textContent()).toContain('never cancelled');
    await savePage(ann.page, 'student-clinic-brief-390x844');
    // Back to the lobby: bots take every seat of both tables.
    expect((await move(null, null)).status).toBe(200);
    for (const [t, seat] of [
      ['T1', 'seller-A'],
      ['T2', 'marketing'],
    ])
      await api(suite.server.url, 'POST', `${base}/tables/${t}/seats/${seat}/bot`, { bot: true }, secret);
    snap = await snapshot();
    for (const t of snap.tables)
      for (const s of t.seats) expect([t.id, s.id, s.bot]).toEqual([t.id, s.id, true]);

    // ---- run: both tables start; each card names its segment ----
    await page.locator('#tab-run').click();
    await expect
      .poll(() => page.locator('[data-section="T2"] .table-segment').textContent())
      .toContain('Small private clinics');
    expect(await page.locator('[data-section="T1"] .table-segment').textContent()).toContain(
      'Large public hospitals',
    );
    await page.locator('#all-start').click();

    // ---- a market event, aimed at the clinic's tables: its members and benefits, not the hospital's ----
    const target = page.locator('#f-market-target');
    await target.waitFor();
    const memberOptions = () =>
      page
        .locator('#f-market-member option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await target.selectOption('segment:clinic-monitors');
    await expect.poll(memberOptions).toEqual(['general-management', 'production', 'marketing']);
    await target.selectOption('table:T1');
    await expect.poll(() => memberOptions().then((x) => x.length)).toBe(5);
    await target.selectOption('segment:clinic-monitors');
    await expect.poll(memberOptions).not.toContain('engineering');
    await page.locator('#f-market-member').selectOption('marketing');
    await page.locator('#f-market-dimension').selectOption('service-uptime');
    await expect.poll(() => page.locator('#do-market').isDisabled()).toBe(false);
    await page.locator('#do-market').click();
    // Bots alone: a round takes about 20 s a table; beside other browser tests on two cores, longer.
    const deadline = Date.now() + 300_000;
    for (;;) {
      snap = await snapshot();
      if (snap.tables.every((t: any) => t.phase === 'round-over')) break;
      if (Date.now() > deadline) throw new Error(`the round did not end: ${JSON.stringify(snap.tables)}`);
      await sleep(1000);
    }

    // ---- the projector: the comparison without margins ----
    const proj = pp.locator('#proj-segments');
    await proj.waitFor({ timeout: 20_000 });
    await expect.poll(() => proj.textContent()).toContain('Large public hospitals');
    const projText = (await proj.textContent())!;
    expect(projText).toContain('Small private clinics');
    expect(projText).toContain('Decision rule');
    expect(projText).not.toMatch(/margin/i);
    await savePage(pp, 'projector-segments-1280x800');

    // ---- the console's class debrief: the comparison with margins, the facts that differ marked ----
    await page.locator('#tab-debrief').click();
    const card = page.locator('#segment-comparison');
    await card.waitFor({ timeout: 20_000 });
    const text = (await card.textContent())!;
    expect(text).toContain('Large public hospitals');
    expect(text).toContain('Small private clinics');
    // Both tables finished; each segment's column has its figures.
    const finished = await page
      .locator('#segment-comparison-results tr')
      .filter({ hasText: 'Tables that finished' })
      .locator('td')
      .allTextContents();
    expect(finished).toEqual(['1', '1']);
    const differs = await page.locator('#segment-comparison-facts tr.differs th').allTextContents();
    expect(differs).toEqual(
      expect.arrayContaining(['Buying center size (decision process)', 'Formality (decision process)']),
    );
    const seller = await page
      .locator('#segment-comparison-results tr')
      .filter({ hasText: 'Seller A' })
      .locator('td')
      .allTextContents();
    expect(seller).toHaveLength(2);
    for (const cell of seller) expect(cell).toMatch(/%/);
    // The debrief's data: the same comparison the card shows, from the stored logs.
    const debrief = (await api(suite.server.url, 'GET', `${base}/debrief`, undefined, secret)).json;
    expect(debrief.comparison.segments.map((s: any) => [s.segment, s.tables])).toEqual([
      ['hospital-monitors', 1],
      ['clinic-monitors', 1],
    ]);
    // The market event moved the clinic's marketing member only; the hospital's table heard nothing.
    const marketOf = (table: string) =>
      debrief.tables
        .find((x: any) => x.table === table)
        .debriefs[0].market.map((m: any) => [m.role, m.dimension]);
    expect(marketOf('T2')).toEqual([['marketing', 'service-uptime']]);
    expect(marketOf('T1')).toEqual([]);
    // Each table's heat map is sized for its own buying center (the clinic's three members, the hospital's five).
    const frameWidth = (table: string) =>
      page.locator(`#heat-${table}`).evaluate((c) => (c.parentElement as HTMLElement).style.width);
    expect(await frameWidth('T2')).toBe('min(100%, 390px)');
    expect(await frameWidth('T1')).toBe('min(100%, 510px)');
    // The CSV names each row's segment (no students were seated when the round ended: a header only).
    const csv = await api(suite.server.url, 'GET', `${base}/export.csv`, undefined, secret);
    expect(csv.text.split('\n')[0]).toContain('segment');
    await card.screenshot({ path: join(ARTIFACTS, 'console-segment-comparison.png') });
    for (const s of [host, projector, ann]) expect(s.problems).toEqual([]);
  }, 420_000);
});
