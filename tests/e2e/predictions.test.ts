// Predict, then reveal, in a real browser on a phone (390×844): a student seller names each member's top
// priority, a student member predicts the buying center's choice and its price, bots play the other seats, and
// both students read their predictions scored in the debrief — the same scores as the engine's debrief of the
// stored log (through the console's API) and the CSV export.
import { describe, expect, test } from 'vitest';
import { api, createSession } from '../integration/harness.ts';
import { ARTIFACTS, savePage, waitForHook, browserSuite } from './browser.ts';

const suite = browserSuite();

describe('predict, then reveal', () => {
  test('a seller and a member predict, and read their predictions scored in the debrief', async () => {
    const session = await createSession(suite.server.url, { sellerTeamSize: 1 });
    const base = `/api/sessions/${session.sessionId}`;
    const call = async (method: string, path: string, body?: unknown) => {
      const r = await api(suite.server.url, method, `${base}${path}`, body, session.hostSecret);
      expect(r.status, `${method} ${path}: ${r.text}`).toBeLessThan(300);
      return r;
    };
    const student = (name: string) => suite.student(session.code, name);
    const ann = await student('Ann');
    const bob = await student('Bob');

    // Ann sells for A; Bob, dealt to seller B, moves to general management; bots take every other seat.
    await call('POST', '/deal', {});
    await waitForHook(ann.page, (h) => h.seat === 'seller-A', 'Ann seated');
    const players = (await call('GET', '')).json.players as { id: string; name: string }[];
    const bobId = players.find((p) => p.name === 'Bob')!.id;
    await call('POST', `/players/${bobId}/move`, { table: 'T1', seat: 'general-management' });
    await call('POST', '/tables/T1/seats/seller-B/bot', { bot: true });
    await waitForHook(bob.page, (h) => h.seat === 'general-management', 'Bob in the buying center');
    await call('POST', '/tables/T1/actions', { action: { type: 'start' } });
    await waitForHook(ann.page, (h) => h.stage === 'need-recognition', 'the round');
    // Discovery and the specification are not what this test is about: the instructor moves on.
    await call('POST', '/tables/T1/actions', { action: { type: 'advance' } });
    await call('POST', '/tables/T1/actions', { action: { type: 'advance' } });
    await waitForHook(ann.page, (h) => h.step === 'bidding', 'bidding');

    // ---- the seller: a proposal, then the prediction (uptime is right for production and general management,
    // service for procurement, where it ties with uptime; reputation is wrong for engineering; marketing unsure)
    const a = ann.page;
    await a.locator('#f-prop-price').fill('9800');
    await a.locator('#prop-step-3').click();
    await a.locator('#f-prop-lead-1').check();
    await a.locator('#do-proposal').click();
    await expect.poll(() => a.locator('#proposal-revision').textContent()).toContain('Revision 1');
    await a.locator('[data-section="predict-priorities"]').scrollIntoViewIfNeeded();
    // Nothing chosen: the form says so and sends nothing.
    await a.locator('#do-predict-priorities').click();
    await expect
      .poll(() => a.locator('[data-section="predict-priorities"] [data-error-for]').count())
      .toBe(1);
    for (const [role, dim] of [
      ['production', 'uptime'],
      ['general-management', 'uptime'],
      ['procurement', 'service'],
      ['engineering', 'reputation'],
    ] as const)
      await a.locator(`#f-predict-${role}`).selectOption(dim);
    await a.locator('#do-predict-priorities').click();
    await expect.poll(() => a.locator('#predicted-priorities').textContent()).toContain('4 members');
    await savePage(a, 'predict-priorities-390x844');
    await a.locator('#ready-toggle').check();

    // ---- the member: the offers are open; Bob predicts A at 9,500 before anyone has chosen ----
    const b = bob.page;
    await waitForHook(b, (h) => h.step === 'evaluation', 'evaluation', 30_000);
    await b.locator('[data-section="predict-winner"]').waitFor();
    await b.locator('input[name="f-predictw-seller"][value="A"]').check();
    await b.locator('#f-predictw-price').fill('9500');
    await b.locator('#do-predict-winner').click();
    await expect.poll(() => b.locator('#predicted-winner').textContent()).toContain('9,500');
    await savePage(b, 'predict-winner-390x844');
    // Neither student's page shows the other's prediction.
    expect(await a.locator('body').textContent()).not.toContain('9,500');
    expect(await b.locator('body').textContent()).not.toContain('Your prediction names');

    // The instructor ends the round: the remaining steps run as if their time ran out.
    await call('POST', '/tables/T1/actions', { action: { type: 'end-round' } });
    for (const s of [ann, bob]) await waitForHook(s.page, (h) => h.phase === 'round-over', 'round over');

    // ---- the debrief: the scores on both phones are the engine's ----
    const truth = (await call('GET', '/debrief')).json.tables[0].debriefs[0].predictions;
    const mine = truth.sellers.find((x: any) => x.seller === 'A');
    expect(mine).toMatchObject({ made: true, hits: 3, members: 5, score: 0.6 });
    const gm = truth.members.find((x: any) => x.role === 'general-management');
    expect(gm).toMatchObject({ made: true, seller: 'A', price: 9500, hit: truth.chosen === 'A' });

    await a.locator('#debrief-predictions').waitFor();
    expect(await a.locator('#prediction-score').textContent()).toContain('3 of 5 members');
    expect(await a.locator('#prediction-score').textContent()).toContain('60');
    const rows = a.locator('#prediction-rows li');
    expect(await rows.count()).toBe(5);
    const hits = Object.fromEntries(
      await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-role'), el.dataset.hit])),
    );
    expect(hits).toEqual({
      engineering: 'false',
      production: 'true',
      marketing: 'false',
      procurement: 'true',
      'general-management': 'true',
    });
    expect(await a.locator('#prediction-table-sellers').textContent()).toMatch(/\(B\) \d+/);

    await b.locator('#debrief-predictions').waitFor();
    const bobScore = b.locator('#prediction-score');
    expect(await bobScore.getAttribute('data-hit')).toBe(String(gm.hit));
    expect(await bobScore.textContent()).toContain('(A)');
    if (truth.chosen) {
      expect(await bobScore.textContent()).toContain(`(${truth.chosen})`);
      expect(await b.locator('#prediction-price').textContent()).toContain('9,500');
    }
    expect(await b.locator('#prediction-table-members').textContent()).toContain(
      `${truth.membersRight} of 5`,
    );
    await savePage(a, 'debrief-predictions-seller-390x844');
    await savePage(b, 'debrief-predictions-member-390x844');
    await a.locator('#debrief-predictions').screenshot({ path: `${ARTIFACTS}/debrief-predictions-390.png` });
    // The section fits the phone's width: nothing scrolls sideways.
    const overflow = await a
      .locator('#debrief-predictions')
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    // ---- the CSV export carries each student's prediction score ----
    const csv = (await call('GET', '/export.csv')).text.trim().split('\n');
    const head = csv[0]!.split(',');
    const col = head.indexOf('prediction_score');
    const player = head.indexOf('player');
    const row = (name: string) => csv.find((line) => line.split(',')[player] === name)!.split(',');
    expect(row('Ann')[col]).toBe('0.6');
    expect(row('Bob')[col]).toBe(gm.hit ? '1' : '0');

    for (const s of [ann, bob]) expect(s.problems).toEqual([]);
  }, 150_000);
});
