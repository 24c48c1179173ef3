// Seller team roles and a member's check, in a real browser on phones (390×844): a team of two sellers with split
// roles plays a round — the second student (product manager) hands in the offering, the first (sales
// representative and customer service) sets the pitch and the evidence — and a member (production) asks the team
// for a demonstration of a claim in its own area during bidding, which runs when the proposals open. Bots play the
// other seats; the debrief says who did which job.
import { describe, expect, test } from 'vitest';
import { api, createSession } from '../integration/harness.ts';
import { savePage, waitForHook, browserSuite } from './browser.ts';

const suite = browserSuite();

describe('seller team roles', () => {
  test('a team of two with split roles plays a round; a member verifies a claim', async () => {
    const session = await createSession(suite.server.url, { sellerTeamSize: 2 });
    const base = `/api/sessions/${session.sessionId}`;
    const call = async (method: string, path: string, body?: unknown) => {
      const r = await api(suite.server.url, method, `${base}${path}`, body, session.hostSecret);
      expect(r.status, `${method} ${path}: ${r.text}`).toBeLessThan(300);
      return r;
    };
    const student = (name: string) => suite.student(session.code, name);
    const ann = await student('Ann');
    const cid = await student('Cid');
    const bob = await student('Bob');

    // Ann and then Cid sell for A (Ann first: sales representative and customer service; Cid: product manager);
    // Bob sits in production; bots take every other seat.
    await call('POST', '/deal', {});
    await waitForHook(ann.page, (h) => h.seat === 'seller-A', 'Ann seated');
    const players = (await call('GET', '')).json.players as { id: string; name: string }[];
    const id = (name: string) => players.find((p) => p.name === name)!.id;
    await call('POST', `/players/${id('Cid')}/move`, { table: 'T1', seat: 'seller-A' });
    await call('POST', `/players/${id('Bob')}/move`, { table: 'T1', seat: 'production' });
    const table = (await call('GET', '')).json.tables[0] as { seats: { id: string; players: unknown[] }[] };
    for (const seat of table.seats)
      if (seat.players.length === 0) await call('POST', `/tables/T1/seats/${seat.id}/bot`, { bot: true });
    await waitForHook(cid.page, (h) => h.seat === 'seller-A', 'Cid in team A');
    await waitForHook(bob.page, (h) => h.seat === 'production', 'Bob in production');
    await call('POST', '/tables/T1/actions', { action: { type: 'start' } });
    await waitForHook(ann.page, (h) => h.stage === 'need-recognition', 'the round');

    const a = ann.page;
    const c = cid.page;
    const b = bob.page;
    // Each phone names its player's roles; only the sales representative asks.
    await expect.poll(() => a.locator('#my-roles').textContent()).toContain('sales representative');
    expect(await a.locator('#my-roles').textContent()).toContain('customer service');
    await expect.poll(() => c.locator('#my-roles').textContent()).toContain('product manager');
    expect(await c.locator('[data-section="ask"]').count()).toBe(0);
    expect(await a.locator('[data-section="ask"]').count()).toBe(1);

    // ---- groundwork: Cid drafts the offering, Ann (customer service too) prepares the evidence ----
    await c.locator('[data-section="draft"]').waitFor();
    expect(await c.locator('[data-section="prepare"]').count()).toBe(0);
    expect(await a.locator('[data-section="draft"]').count()).toBe(0);
    await c.locator('#f-draft-claim-uptime').selectOption('4');
    await c.locator('#do-draft').click();
    await expect.poll(() => c.locator('#my-draft').textContent()).toContain('4');
    await a.locator('[data-section="prepare"]').waitFor();
    await a.locator('#do-prepare').click();
    await a.locator('#my-prepared').waitFor();
    await savePage(c, 'seller-draft-390x844');

    await call('POST', '/tables/T1/actions', { action: { type: 'advance' } });
    await call('POST', '/tables/T1/actions', { action: { type: 'advance' } });
    await waitForHook(a, (h) => h.step === 'bidding', 'bidding');

    // ---- Bob asks seller A for a demonstration of uptime (production's area) while the bids are sealed ----
    await b.locator('[data-section="verify"]').waitFor();
    await b.locator('#f-verify-seller').selectOption('A');
    await b.locator('#f-verify-dimension').selectOption('uptime');
    await b.locator('#f-verify-method').selectOption('demonstration');
    await b.locator('#do-verify').click();
    await expect.poll(() => b.locator('[data-section="verify"]').textContent()).toContain('asked for');
    await savePage(b, 'verify-claim-390x844');

    // ---- Cid, the product manager, hands in the offering; Ann then sets the pitch and the evidence ----
    await c.locator('#f-prop-price').fill('9800');
    await c.locator('#prop-step-3').click();
    // The proposal form starts from Cid's draft.
    expect(await c.locator('#f-prop-claim-uptime').inputValue()).toBe('4');
    await c.locator('#f-prop-claim-uptime').selectOption('5');
    await c.locator('#do-proposal').click();
    await expect.poll(() => c.locator('#proposal-revision').textContent()).toContain('Revision 1');
    await a.locator('#prop-step-3').click();
    await a.locator('#f-prop-lead-1').check();
    await a.locator('#do-proposal').click();
    await expect.poll(() => a.locator('#proposal-revision').textContent()).toContain('Revision 3');
    await savePage(a, 'seller-roles-pitch-390x844');

    // The instructor opens the proposals: Bob's demonstration runs against A's claim on uptime.
    await call('POST', '/tables/T1/actions', { action: { type: 'advance' } });
    await waitForHook(b, (h) => h.step === 'evaluation', 'evaluation', 30_000);
    await expect.poll(() => b.locator('[data-section="verify"]').textContent()).toMatch(/borne out/);

    await call('POST', '/tables/T1/actions', { action: { type: 'end-round' } });
    for (const s of [ann, cid, bob]) await waitForHook(s.page, (h) => h.phase === 'round-over', 'round over');

    // ---- the debrief: who did which job, each player of team A with their roles ----
    const jobs = (await call('GET', '/debrief')).json.tables[0].debriefs[0].jobs as {
      seat: string;
      name: string | null;
      roles: string[];
      done: Record<string, number>;
    }[];
    const ofA = jobs.filter((j) => j.seat === 'seller-A' && j.name !== null);
    expect(ofA.find((j) => j.name === 'Cid')).toMatchObject({
      roles: ['product-manager'],
      done: { 'submit-proposal': 1, 'draft-offering': 1 },
    });
    expect(ofA.find((j) => j.name === 'Ann')?.done).toMatchObject({
      'set-pitch': 1,
      'attach-evidence': 1,
      'prepare-evidence': 1,
    });
    expect(jobs.find((j) => j.seat === 'production')?.done).toMatchObject({ 'verify-claim': 1 });
    await a.locator('#debrief-jobs').waitFor({ state: 'attached' });
    expect(await a.locator('#debrief-jobs').textContent()).toContain('Cid');
    // The groundwork lines: Cid's draft beside the proposal (its one claim not kept: uptime went from 4 to 5).
    expect(
      await a.locator('#debrief-groundwork [data-seller="A"][data-part="draft"]').textContent(),
    ).toContain('Cid');
    expect(
      await a.locator('#debrief-groundwork [data-seller="A"][data-part="evidence"]').textContent(),
    ).toContain('Ann');
    await savePage(a, 'debrief-jobs-390x844');
  }, 300_000);
});
