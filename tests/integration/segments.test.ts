// Segments through the real HTTP API, room and SDK clients: a session whose two tables play different buyers
// (the bundled hospital and small-clinic pair). A plan whose scenarios do not fit together is refused with
// every problem named (hostile names too); each table's students get their own table's scenario and briefs;
// the console's tables name their segment; after a SIGKILL and restart every table plays its own scenario
// again and the students find their seats and briefs as they were.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Player, api, sleep, startProcess, tempDir } from './harness.ts';

const clinicDoc = () =>
  JSON.parse(readFileSync(new URL('../../scenarios/clinic-monitors.json', import.meta.url), 'utf8'));

async function create(url: string, body: unknown) {
  return api(url, 'POST', '/api/sessions', body);
}

describe('a session of segments', () => {
  it('refuses plans that cannot be one session, each problem named', async () => {
    const dir = tempDir();
    const proc = await startProcess(dir);
    try {
      // A clinic without seller B: the sellers differ.
      const noB = clinicDoc();
      noB.meta.id = 'clinic-one-seller';
      noB.sellers = noB.sellers.slice(0, 1);
      let r = await create(proc.url, {
        segments: [
          { scenarioId: 'hospital-monitors', tables: 1 },
          { scenario: noB, tables: 1 },
        ],
      });
      expect(r.status).toBe(422);
      expect(r.json.error).toMatch(
        /segment 2 \(clinic-one-seller\) has the sellers A and segment 1 \(hospital-monitors\) A, B/,
      );
      expect(r.json.problems).toContainEqual(expect.objectContaining({ path: 'segments[1].sellers' }));
      // One round instead of two, and Finnish only: both named.
      const other = clinicDoc();
      other.meta.id = 'clinic-short';
      other.rounds.count = 1;
      r = await create(proc.url, {
        segments: [
          { scenarioId: 'hospital-monitors', tables: 1 },
          { scenario: other, tables: 1 },
        ],
      });
      expect(r.status).toBe(422);
      expect(r.json.problems.map((p: any) => p.path)).toContain('segments[1].rounds.count');
      // A broken scenario document: its problems under the segment's path.
      const broken = clinicDoc();
      broken.buyingFirm.customers.dimensions = ['no-such-benefit'];
      r = await create(proc.url, {
        segments: [
          { scenarioId: 'hospital-monitors', tables: 1 },
          { scenario: broken, tables: 1 },
        ],
      });
      expect(r.status).toBe(422);
      expect(r.json.problems[0].path).toBe('segments[1].$.buyingFirm.customers.dimensions[0]');
      // Hostile names and shapes: refused, and the server answers on.
      for (const [body, status] of [
        [
          {
            segments: [
              { scenarioId: '__proto__', tables: 1 },
              { scenarioId: 'clinic-monitors', tables: 1 },
            ],
          },
          404,
        ],
        [{ segments: [{ scenarioId: 'constructor', tables: 1 }] }, 404],
        ['{"segments":[{"scenarioId":"hospital-monitors","tables":1,"__proto__":{"tables":9}}]}', 400],
        [{ segments: [{ scenarioId: 'hospital-monitors', tables: -1 }] }, 400],
        [
          {
            segments: [
              { scenarioId: 'hospital-monitors', tables: 1 },
              { scenarioId: 'hospital-monitors', tables: 1 },
            ],
          },
          422,
        ],
        [{ scenarioId: 'hospital-monitors', segments: [{ scenarioId: 'clinic-monitors', tables: 1 }] }, 400],
      ] as const) {
        const x = await create(proc.url, body);
        expect([JSON.stringify(body), x.status]).toEqual([JSON.stringify(body), status]);
      }
      expect((await api(proc.url, 'GET', '/api/config')).status).toBe(200);
      // A segment of the instructor's saved scenarios: read with the owner's secret, like a single session's.
      const owner = 'o'.repeat(40);
      const saved = await api(proc.url, 'POST', '/api/my-scenarios', { scenario: clinicDoc() }, owner);
      expect(saved.status).toBe(201);
      const plan = {
        segments: [
          { scenarioId: 'hospital-monitors', tables: 1 },
          { savedScenarioId: saved.json.id, tables: 1 },
        ],
      };
      expect((await create(proc.url, plan)).status).toBe(401);
      const wrongOwner = await api(proc.url, 'POST', '/api/sessions', plan, undefined, {
        'x-owner-secret': 'p'.repeat(40),
      });
      expect(wrongOwner.status).toBe(404);
      const made = await api(proc.url, 'POST', '/api/sessions', plan, undefined, { 'x-owner-secret': owner });
      expect(made.status).toBe(201);
      const detail = await api(
        proc.url,
        'GET',
        `/api/sessions/${made.json.sessionId}`,
        undefined,
        made.json.hostSecret,
      );
      expect(detail.json.segments.map((x: any) => x.id)).toEqual(['hospital-monitors', 'clinic-monitors']);
    } finally {
      proc.child.kill('SIGKILL');
    }
  }, 60_000);

  it('each table plays its own scenario, with its own briefs, and again after a restart', async () => {
    const dir = tempDir();
    let proc = await startProcess(dir);
    try {
      const r = await create(proc.url, {
        segments: [
          { scenarioId: 'hospital-monitors', tables: 1 },
          { scenarioId: 'clinic-monitors', tables: 1 },
        ],
        bots: true,
        sellerTeamSize: 1,
      });
      expect(r.status).toBe(201);
      const created = r.json;
      const join = (name: string) => Player.join(proc.ws, created.roomId, { code: created.code, name });
      const a = await join('Ada');
      const b = await join('Bo');
      const c = await join('Cy');
      // In the lobby, everyone holds the session's default scenario.
      await a.until(() => a.scenario !== null, 'the scenario');
      expect(a.scenario.meta.id).toBe('hospital-monitors');
      const host = await Player.join(proc.ws, created.roomId, {
        code: created.code,
        hostSecret: created.hostSecret,
      });
      host.send('deal', { bots: true });
      for (const p of [a, b, c]) await p.until(() => p.table !== null, 'a seat');
      const base = `/api/sessions/${created.sessionId}`;
      let snap = await api(proc.url, 'GET', base, undefined, created.hostSecret);
      expect(snap.json.segments.map((x: any) => [x.id, x.tables])).toEqual([
        ['hospital-monitors', 1],
        ['clinic-monitors', 1],
      ]);
      expect(snap.json.tables.map((t: any) => [t.id, t.segment])).toEqual([
        ['T1', 'hospital-monitors'],
        ['T2', 'clinic-monitors'],
      ]);
      // Three students over the plan's two tables: each table seats one at least.
      const at = (t: string) => [a, b, c].filter((p) => p.table === t);
      expect(at('T1').length).toBeGreaterThan(0);
      expect(at('T2').length).toBeGreaterThan(0);
      // The clinic's marketing seat: moved there, the student reads the clinic's brief.
      const cy = snap.json.players.find((p: any) => p.name === 'Cy');
      const moved = await api(
        proc.url,
        'POST',
        `${base}/players/${cy.id}/move`,
        { table: 'T2', seat: 'marketing' },
        created.hostSecret,
      );
      expect(moved.status).toBe(200);
      await c.until(() => c.seat === 'marketing' && c.table === 'T2', 'the marketing seat');
      const check = async (p: Player) => {
        const seg = p.table === 'T1' ? 'hospital-monitors' : 'clinic-monitors';
        await p.until(() => p.scenario?.meta.id === seg, `the scenario of ${p.table}`);
        // The scenario came before the view that reads it.
        const types = p.received.map((x) =>
          x.type === 'scenario' ? `scenario:${x.message.meta.id}` : x.type,
        );
        expect(types.indexOf(`scenario:${seg}`)).toBeLessThan(types.lastIndexOf('view'));
        expect(p.scenario.buyingFirm.customers.dimensions.length).toBeGreaterThan(0);
        return seg;
      };
      for (const p of [a, b, c]) await check(p);
      expect(c.view.brief.kind).toBe('obc');
      expect(c.view.brief.member.priorities.weights).toEqual({
        reputation: 50,
        'service-uptime': 30,
        'lifetime-cost': 20,
      });
      expect(c.scenario.buyingFirm.name.en).toBe('Saimaa Heart Clinic');
      expect(c.scenario.buyingFirm.obc.members).toHaveLength(3);
      // The public scenario carries the customers and the segment, and no member's weights.
      expect(JSON.stringify(c.scenario)).not.toMatch(/"weights"|priceSensitivity|riskAversion/);
      // A seller at each table: its own buyer's evidence costs (the clinic's pilot is smaller).
      // Dealt in the plan's order: Ada at the hospital, Bo at the clinic, both seller A, each with its own
      // buyer's evidence costs (the clinic's pilot is smaller).
      expect([a.table, a.seat, b.table, b.seat]).toEqual(['T1', 'seller-A', 'T2', 'seller-A']);
      const pilot = (p: Player) =>
        p.view.brief.seller.offering.evidence.find((e: any) => e.kind === 'pilot')?.cost;
      expect([pilot(a), pilot(b)]).toEqual([45000, 9000]);
      // The console's tables name their segment in the synced state.
      await host.until(
        () => host.room.state?.tables?.get?.('T2')?.segment === 'clinic-monitors',
        'the synced segment',
      );
      const before = {
        a: [a.table, a.seat, a.view.brief],
        c: [c.table, c.seat, c.view.brief],
      };

      proc.child.kill('SIGKILL');
      await new Promise((resolve) => proc.child.once('exit', resolve));
      for (const p of [a, b, c, host]) p.room.reconnection.enabled = false;
      proc = await startProcess(dir, Number(new URL(proc.url).port));
      const found = await api(proc.url, 'GET', `/api/join/${created.code}`);
      snap = await api(proc.url, 'GET', base, undefined, created.hostSecret);
      expect(snap.json.tables.map((t: any) => [t.id, t.segment])).toEqual([
        ['T1', 'hospital-monitors'],
        ['T2', 'clinic-monitors'],
      ]);
      const again = async (p: Player) => {
        const q = await Player.join(proc.ws, found.json.roomId, {
          code: created.code,
          token: p.welcome.token,
        });
        await q.until(() => q.view !== null, 'the view');
        return q;
      };
      const a2 = await again(a);
      const c2 = await again(c);
      for (const p of [a2, c2]) await check(p);
      expect([a2.table, a2.seat, a2.view.brief]).toEqual(before.a);
      expect([c2.table, c2.seat, c2.view.brief]).toEqual(before.c);
      // The preview of either segment; an unknown one is refused.
      const pv = await api(
        proc.url,
        'GET',
        `${base}/preview?segment=clinic-monitors`,
        undefined,
        created.hostSecret,
      );
      expect(pv.json.scenario.meta.id).toBe('clinic-monitors');
      expect(pv.json.seats.map((s: any) => s.seat)).toContain('marketing');
      expect(
        (await api(proc.url, 'GET', `${base}/preview?segment=__proto__`, undefined, created.hostSecret))
          .status,
      ).toBe(404);
      await sleep(10);
    } finally {
      proc.child.kill('SIGKILL');
    }
  }, 90_000);

  it("a deal with nobody waiting opens the plan's tables, bots in every seat (without a plan: no table)", async () => {
    const dir = tempDir();
    // Quick bots: a round of bots alone in seconds.
    const proc = await startProcess(dir, undefined, { BOT_DELAY_MS: '40' });
    try {
      const planned = (
        await create(proc.url, {
          segments: [
            { scenarioId: 'hospital-monitors', tables: 1 },
            { scenarioId: 'clinic-monitors', tables: 1 },
          ],
          bots: true,
          sellerTeamSize: 1,
        })
      ).json;
      const single = (await create(proc.url, { scenarioId: 'hospital-monitors', bots: true })).json;
      const host = await Player.join(proc.ws, planned.roomId, {
        code: planned.code,
        hostSecret: planned.hostSecret,
      });
      const base = (c: any) => `/api/sessions/${c.sessionId}`;
      const snapshot = async (c: any) => (await api(proc.url, 'GET', base(c), undefined, c.hostSecret)).json;
      const deal = (c: any) => api(proc.url, 'POST', `${base(c)}/deal`, {}, c.hostSecret);

      // Without a plan a deal seats the students waiting, and there are none: no table, as before.
      expect((await deal(single)).status).toBe(200);
      expect((await snapshot(single)).tables).toEqual([]);

      // With a plan the same deal opens the tables the plan names, every seat a bot.
      expect((await deal(planned)).status).toBe(200);
      let snap = await snapshot(planned);
      expect(snap.tables.map((t: any) => [t.id, t.segment])).toEqual([
        ['T1', 'hospital-monitors'],
        ['T2', 'clinic-monitors'],
      ]);
      for (const t of snap.tables) {
        expect(t.seats.length).toBe(t.segment === 'clinic-monitors' ? 5 : 7);
        for (const seat of t.seats) expect([t.id, seat.id, seat.bot]).toEqual([t.id, seat.id, true]);
      }
      // The console sees both tables in the synced state; a second deal opens nothing more.
      await host.until(() => host.room.state?.tables?.size === 2, 'both tables synced');
      expect((await deal(planned)).status).toBe(200);
      expect((await snapshot(planned)).tables).toHaveLength(2);

      // The bots play both tables, each its own buyer, to the end of the round.
      const started = await api(
        proc.url,
        'POST',
        `${base(planned)}/tables/all/actions`,
        { action: { type: 'start' } },
        planned.hostSecret,
      );
      expect(started.status).toBe(200);
      const deadline = Date.now() + 60_000;
      for (;;) {
        snap = await snapshot(planned);
        if (snap.tables.every((t: any) => t.phase === 'round-over')) break;
        if (Date.now() > deadline) throw new Error(`the round did not end: ${JSON.stringify(snap.tables)}`);
        await sleep(500);
      }
      const debrief = (await api(proc.url, 'GET', `${base(planned)}/debrief`, undefined, planned.hostSecret))
        .json;
      expect(debrief.tables.map((t: any) => [t.table, t.segment, t.debriefs.length])).toEqual([
        ['T1', 'hospital-monitors', 1],
        ['T2', 'clinic-monitors', 1],
      ]);
    } finally {
      proc.child.kill('SIGKILL');
    }
  }, 120_000);
});
