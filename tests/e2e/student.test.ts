// The student's game in a real browser against the real server: three students join one table from a phone
// and a desktop, play all four stages with bots in the other seats, and read the debrief; one reloads mid-stage
// and carries on in the same seat; wrong codes, finished sessions and lost connections show plain errors.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { api, createSession, Player, sleep } from '../integration/harness.ts';
import {
  ARTIFACTS,
  accessibilityProblems,
  DESKTOP,
  PHONE,
  hook,
  joinAs,
  savePage,
  screenshotTable,
  startGameServer,
  waitForHook,
  type GameServer,
  browserSuite,
} from './browser.ts';

const suite = browserSuite();

async function visible(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .isVisible()
    .catch(() => false);
}

/**
 * Ticks "ready" (the last one to do so moves the table on, which unticks it again: no check after). The
 * browser tests share a machine with others: a click may take a few seconds to be taken.
 */
async function setReady(page: Page) {
  const toggle = page.locator('#ready-toggle');
  if ((await toggle.count()) > 0 && !(await toggle.isChecked({ timeout: 5000 })))
    await toggle.click({ timeout: 6000 });
}

describe('the student app', () => {
  test('a wrong code, a finished session and a lost connection show plain errors', async () => {
    const { page, problems } = await suite.open(PHONE, '/?code=ZZZ999');
    await expect.poll(() => page.locator('#join-code').inputValue()).toBe('ZZZ999');
    // Nobody has tried to connect yet: the page says nothing about a connection.
    expect(await page.locator('.conn').isVisible()).toBe(false);
    await joinAs(page, 'Wanda');
    await expect.poll(() => page.locator('#join-error').textContent()).toContain('No session has that code');
    await expect.poll(() => page.locator('.conn').textContent()).toContain('Not connected');

    const finished = await createSession(suite.server.url);
    await api(
      suite.server.url,
      'POST',
      `/api/sessions/${finished.sessionId}/finish`,
      {},
      finished.hostSecret,
    );
    await page.locator('#join-code').fill(finished.code);
    await joinAs(page, 'Wanda');
    await expect.poll(() => page.locator('#join-error').textContent()).toContain('has finished');

    const open = await createSession(suite.server.url);
    await page.route('**/api/join/**', (route) => route.abort('internetdisconnected'));
    await page.locator('#join-code').fill(open.code);
    await joinAs(page, 'Wanda');
    await expect
      .poll(() => page.locator('#join-error').textContent())
      .toContain('Cannot reach the game server');
    await page.unroute('**/api/join/**');
    await savePage(page, 'join-error-390');
    expect(problems).toEqual([]);
  });

  test('three students play a whole round to the debrief; a reload keeps the seat', async () => {
    const t0 = Date.now();
    const mark = (m: string) =>
      process.env.E2E_TRACE && process.stderr.write(`[${Date.now() - t0}ms] ${m}\n`);
    const session = await createSession(suite.server.url, { sellerTeamSize: 1 });
    const host = await Player.join(suite.server.ws, session.roomId, {
      code: session.code,
      hostSecret: session.hostSecret,
    });
    const path = `/?code=${session.code}`;

    // Join in order: the deal seats seller A, seller B, then general management (highest in the hierarchy).
    const a = await suite.open(PHONE, path);
    await joinAs(a.page, 'Ann');
    await a.page.locator('#lobby-players').waitFor();
    const b = await suite.open(DESKTOP, path);
    await joinAs(b.page, 'Bob');
    await b.page.locator('#lobby-players').waitFor();
    const g = await suite.open(PHONE, path);
    await joinAs(g.page, 'Gus');
    await expect.poll(() => g.page.locator('#lobby-players li').count()).toBe(3);
    await expect.poll(() => a.page.locator('.conn').textContent()).toContain('Connected');

    mark("host.send('deal', {});");
    host.send('deal', {});
    const seats = await Promise.all(
      [a, b, g].map((s) => waitForHook(s.page, (h) => h.seatCount === 7, 'a seat')),
    );
    expect(seats.map((h) => h.seat)).toEqual(['seller-A', 'seller-B', 'general-management']);
    expect(seats[0].phase).toBe('lobby');
    // The brief is one tap away: the seller's offering sheet, the member's own priorities.
    await a.page.locator('#open-brief').click();
    await expect.poll(() => a.page.locator('#brief-unit-cost').textContent()).toContain('6,000');
    expect(await accessibilityProblems(a.page)).toEqual([]);
    await a.page.keyboard.press('Escape');
    await g.page.locator('#open-brief').click();
    await expect.poll(() => g.page.locator('#brief-weights li').count()).toBe(3);
    await g.page.locator('#close-brief').click();

    mark("host.send('host', { table: 'T1");
    host.send('host', { table: 'T1', action: { type: 'start' } });
    for (const s of [a, b, g]) await waitForHook(s.page, (h) => h.stage === 'need-recognition', 'stage 1');

    // The canvas drew the table and the stage track, on a phone and on a desktop.
    for (const [s, name] of [
      [a, 'table-390x844'],
      [b, 'table-1280x800'],
    ] as const) {
      const h = await hook(s.page);
      expect(h.drawn.stageTrack).toBe(4);
      expect(h.drawn.activeStage).toBe(0);
      expect(h.drawn.seats).toBe(7);
      const shot = await screenshotTable(s.page, name);
      expect(shot.drawn / shot.total).toBeGreaterThan(0.05);
    }

    mark('// ---- stage 1: discovery ---');
    // ---- stage 1: discovery ----
    await a.page.locator('#f-ask-to').selectOption('general-management');
    await a.page.locator('#f-ask-topic').selectOption('uptime');
    await a.page.locator('#f-ask-text').fill('How much does uptime matter to you?');
    await a.page.locator('#do-ask').click();
    await waitForHook(g.page, (h) => h.drawn.bubbles > 0, 'a question bubble');
    const question = g.page.locator('article.question').first();
    await question.waitFor();
    const qid = await question.getAttribute('data-question');
    await g.page.locator(`#f-answer-${qid}-text`).fill('Uptime is everything for us.');
    await g.page.locator(`#f-answer-${qid}-cards-0`).check();
    await g.page.locator(`#answer-${qid}`).click();
    await a.page.locator('#revealed-concerns li').waitFor();
    await waitForHook(a.page, (h) => h.drawn.bubbles >= 2, 'question and answer bubbles');
    await savePage(a.page, 'discovery-390x844');
    await g.page.locator('#f-benefits-dims-0').check();
    await g.page.locator('#f-benefits-dims-1').check();
    await g.page.locator('#do-benefits').click();
    await expect.poll(() => g.page.locator('[data-section="benefits"] .current').count()).toBe(1);

    mark('// Talk: the private');
    // Talk: the private channel, and a buyer–seller thread.
    await g.page.locator('#tab-talk').click();
    await g.page.locator('#f-chat-obc').fill('Between us: uptime first.');
    await g.page.locator('#chat-send').click();
    await expect.poll(() => g.page.locator('#thread li.msg').count()).toBe(1);
    await a.page.locator('#tab-talk').click();
    await expect.poll(() => a.page.locator('#thread').textContent()).toContain('Uptime is everything');
    await a.page.locator('#f-chat-seller-A').fill('We guarantee uptime.');
    await a.page.locator('#chat-send').click();
    await expect.poll(() => a.page.locator('#thread li.msg').count()).toBe(1);
    expect(await a.page.locator('#thread').textContent()).not.toContain('Between us');
    expect(await accessibilityProblems(a.page)).toEqual([]);
    expect(await accessibilityProblems(g.page)).toEqual([]);
    await a.page.locator('#tab-act').click();
    await g.page.locator('#tab-act').click();

    mark('// Seller B types');
    // Seller B types a question, reloads before sending it, and is back in the same seat with the text.
    await b.page.locator('#f-ask-to').selectOption('production');
    await b.page.locator('#f-ask-text').fill('What breaks most often on your line?');
    await b.page.reload();
    const back = await waitForHook(
      b.page,
      (h) => h.seat === 'seller-B' && h.stage === 'need-recognition',
      'rejoin',
    );
    expect(back.seatCount).toBe(7);
    await expect
      .poll(() => b.page.locator('#f-ask-text').inputValue())
      .toBe('What breaks most often on your line?');
    await expect.poll(() => b.page.locator('#f-ask-to').inputValue()).toBe('production');
    await b.page.locator('#do-ask').click();
    await expect.poll(() => b.page.locator('#questions-left').textContent()).toContain('3 of 4');
    await waitForHook(
      a.page,
      (h) => h.seats.find((s: any) => s.id === 'seller-B')?.connected === 1,
      'B online',
    );

    for (const s of [a, b, g]) await setReady(s.page);
    for (const s of [a, b, g]) await waitForHook(s.page, (h) => h.stage === 'specifications', 'stage 2');

    mark('// ---- stage 2');
    // ---- stage 2: the specification ----
    await g.page.locator('#f-spec-dim').selectOption('uptime');
    await g.page.locator('#f-spec-kind-1').check();
    await g.page.locator('#f-spec-value-weight').fill('40');
    await g.page.locator('#do-spec-propose').click();
    await expect.poll(() => g.page.locator('[data-section="spec-propose"] .status.done').count()).toBe(1);
    await sleep(400);
    for (const s of [a, b, g]) await setReady(s.page);
    for (const s of [a, b, g]) await waitForHook(s.page, (h) => h.stage === 'rfp', 'stage 3');

    mark('// ---- stage 3');
    // ---- stage 3: proposals; a refused one shows the server's reason by its form ----
    // The proposal is built in steps: price and terms first, the benefits to lead with in step 3.
    await a.page.locator('#f-prop-price').fill('0');
    await a.page.locator('#prop-next').click();
    await a.page.locator('#prop-next').click();
    await expect.poll(() => a.page.locator('#prop-step-title').textContent()).toContain('Step 3 of 4');
    await a.page.locator('#f-prop-lead-1').check();
    await a.page.locator('#do-proposal').click();
    const refusal = a.page.locator('[data-error-for="submit-proposal"]');
    await expect.poll(() => refusal.textContent()).toContain('a price must be a positive number');
    await a.page.locator('#prop-step-1').click();
    await a.page.locator('#f-prop-price').fill('9800');
    await a.page.locator('#do-proposal').click();
    await expect.poll(() => a.page.locator('#proposal-revision').textContent()).toContain('Revision 1');
    expect(await refusal.count()).toBe(0);
    await savePage(b.page, 'proposal-1280x800');
    await b.page.locator('#prop-step-3').click();
    await b.page.locator('#f-prop-lead-0').check();
    await b.page.locator('#f-prop-lead-3').check();
    await b.page.locator('#do-proposal').click();
    await expect.poll(() => b.page.locator('#proposal-revision').textContent()).toContain('Revision 1');
    await setReady(a.page);
    await setReady(b.page);

    mark('// From here on');
    // From here on every page does whatever its seat can do now, until the round is over.
    const scored = new Set<string>();
    const deadline = Date.now() + 60_000;
    // The table moves on by itself (bots, a BAFO round): an action whose control just went away is retried.
    const attempt = async (action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (error) {
        if (!(error instanceof Error) || !/Timeout|detached|not attached/i.test(error.message)) throw error;
      }
    };
    const quick = { timeout: 2000 };
    let over = false;
    while (!over) {
      if (Date.now() > deadline)
        throw new Error(`the round did not end: ${JSON.stringify(await hook(g.page))}`);
      for (const s of [a, b]) {
        if (await visible(s.page, '#do-bafo')) {
          await attempt(async () => {
            await s.page.locator('#f-bafo-price').fill('9000', quick);
            await s.page.locator('#do-bafo').click(quick);
          });
        }
        const h = await hook(s.page);
        if (h?.step === 'contract' || h?.stage === 'post-purchase') await attempt(() => setReady(s.page));
      }
      const h = await hook(g.page);
      if (h?.step === 'evaluation') {
        if (scored.size === 0) await savePage(g.page, 'evaluation-390x844');
        for (const id of ['A', 'B']) {
          if (!scored.has(id) && (await visible(g.page, `#score-${id}`))) {
            await attempt(async () => {
              await g.page.locator(`#f-score-${id}`).selectOption(id === 'A' ? '8' : '6', quick);
              await g.page.locator(`#score-${id}`).click(quick);
              scored.add(id);
            });
          }
        }
        if (
          (await visible(g.page, '#vote-A')) &&
          (await g.page.locator('[data-section="vote"] .current').count()) === 0
        )
          await attempt(() => g.page.locator('#vote-A').click(quick));
      }
      if (await visible(g.page, '#signoff-approve'))
        await attempt(() => g.page.locator('#signoff-approve').click(quick));
      if (h?.step === 'contract') await attempt(() => setReady(g.page));
      if (h?.stage === 'post-purchase') {
        if (
          (await visible(g.page, '#do-rate')) &&
          (await g.page.locator('[data-section="rate"] .current').count()) === 0
        ) {
          await attempt(async () => {
            await g.page.locator('#f-rate-stars-3').check(quick);
            await g.page.locator('#do-rate').click(quick);
            await expect.poll(() => g.page.locator('[data-section="rate"] .current').count()).toBe(1);
          });
        }
        const canvas = await hook(g.page);
        if (canvas?.stage === 'post-purchase') {
          expect(canvas.drawn.deliveredBars).toBe(4);
          await savePage(g.page, 'post-purchase-390x844');
        }
        await attempt(() => setReady(g.page));
      }
      mark(`loop ${JSON.stringify([(await hook(g.page))?.step, (await hook(g.page))?.stage])}`);
      over = (await Promise.all([a, b, g].map((s) => hook(s.page)))).every((x) => x?.phase === 'round-over');
      await sleep(150);
    }

    mark('// ---- the debrief ----');
    // ---- the debrief ----
    for (const s of [a, b, g]) {
      await s.page.locator('#debrief-lessons li').first().waitFor();
      expect(await s.page.locator('#debrief-hidden article.member').count()).toBe(5);
      expect(await s.page.locator('#debrief-value svg.value-chart').count()).toBe(1);
      expect(await s.page.locator('#debrief-offers table.heatmap').count()).toBe(1);
      expect(await s.page.locator('#debrief-timeline li').count()).toBeGreaterThan(5);
    }
    // The first screen as the student sees it, then every section opened (each one tap away).
    await savePage(a.page, 'debrief-first-screen-390x844');
    const folds = a.page.locator('#debrief details.fold > summary');
    for (let i = 0; i < (await folds.count()); i++) await folds.nth(i).click();
    await savePage(a.page, 'debrief-390x844');
    await savePage(b.page, 'debrief-1280x800');
    for (const section of ['value', 'offers', 'hidden', 'timeline']) {
      await a.page
        .locator(`#debrief-${section}`)
        .screenshot({ path: `${ARTIFACTS}/debrief-${section}-390.png` });
    }
    const english = await g.page.locator('#debrief-lessons li').first().textContent();
    await g.page.locator('#lang-select').selectOption('fi');
    await expect.poll(() => g.page.locator('#debrief-title').textContent()).not.toContain('Debrief');
    expect(await g.page.locator('#debrief-lessons li').first().textContent()).not.toBe(english);
    await savePage(g.page, 'debrief-fi-390x844');

    await host.leave();
    for (const s of [a, b, g]) expect(s.problems).toEqual([]);
    // A whole round with three browsers; the browser test files run side by side on a shared machine.
  }, 180_000);
  test('after a server restart the student is back in the same seat; a re-admit link seats a new device', async () => {
    const first = await startGameServer();
    let second: GameServer | null = null;
    try {
      const session = await createSession(first.url, { sellerTeamSize: 1 });
      const s = await suite.open(PHONE, '');
      await s.page.goto(`${first.url}/?code=${session.code}`);
      await joinAs(s.page, 'Rita');
      await s.page.locator('#lobby-players').waitFor();
      const base = `/api/sessions/${session.sessionId}`;
      await api(first.url, 'POST', `${base}/deal`, {}, session.hostSecret);
      await api(
        first.url,
        'POST',
        `${base}/tables/T1/actions`,
        { action: { type: 'start' } },
        session.hostSecret,
      );
      await waitForHook(s.page, (h) => h.seat === 'seller-A' && h.stage === 'need-recognition', 'seated');
      await s.page.locator('#f-ask-text').fill('A draft that outlives the server');

      first.child.kill('SIGKILL');
      await expect
        .poll(() => s.page.locator('.conn').getAttribute('data-status'), { timeout: 10_000 })
        .toMatch(/reconnecting|offline/);
      second = await startGameServer({ dataDir: first.dataDir, port: first.port });
      await expect
        .poll(() => s.page.locator('.conn').getAttribute('data-status'), { timeout: 30_000 })
        .toBe('connected');
      await waitForHook(
        s.page,
        (h) => h.seat === 'seller-A' && h.stage === 'need-recognition',
        'back in the seat',
      );
      expect(await s.page.locator('#f-ask-text').inputValue()).toBe('A draft that outlives the server');

      // The instructor re-admits the student on another device: the link seats it in the same place.
      const players = await api(second.url, 'GET', base, undefined, session.hostSecret);
      const rita = players.json.players.find((p: any) => p.name === 'Rita');
      const readmit = await api(
        second.url,
        'POST',
        `${base}/players/${rita.id}/readmit`,
        {},
        session.hostSecret,
      );
      expect(readmit.status).toBe(200);
      const other = await suite.open(DESKTOP, '');
      await other.page.goto(`${second.url}${readmit.json.rejoinPath}`);
      await waitForHook(other.page, (h) => h.seat === 'seller-A', 'the new device in the seat');
      expect(other.page.url()).not.toContain('token=');
      for (const x of [s, other]) expect(x.problems).toEqual([]);
    } finally {
      await first.stop();
      await second?.stop();
    }
  }, 90_000);
});
