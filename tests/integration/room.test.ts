// The live server with real SDK clients over a real socket: a table plays a whole round, bad messages change
// nothing, hidden information never reaches the wrong seat, and instructor actions need the host secret.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlayerActionSchema } from '../../shared/protocol.ts';
import type { LogEntry, SeatId } from '../../shared/rules/types.ts';
import { viewFor } from '../../shared/rules/view.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { scriptedRound } from '../fixtures/playthrough.ts';
import {
  Player,
  api,
  byRole,
  createSession,
  holderOf,
  sleep,
  startInProcess,
  type Created,
  type Running,
} from './harness.ts';

const scenario = miniScenario();
let server: Running;

beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

/** Nine students and a host at one table, dealt by the server. */
async function fullTable(): Promise<{
  created: Created;
  host: Player;
  students: Player[];
  bySeat: Map<string, Player[]>;
}> {
  const created = await createSession(server.url, { autoAdvance: true });
  const students: Player[] = [];
  for (let i = 0; i < 9; i++)
    students.push(await Player.join(server.ws, created.roomId, { code: created.code, name: `Student ${i}` }));
  const host = await Player.join(server.ws, created.roomId, {
    code: created.code,
    hostSecret: created.hostSecret,
  });
  host.send('deal', {});
  for (const s of students) await s.until(() => s.seat !== null, 'a seat');
  const bySeat = new Map<string, Player[]>();
  for (const s of students) bySeat.set(s.seat!, [...(bySeat.get(s.seat!) ?? []), s]);
  return { created, host, students, bySeat };
}

function tableOf(created: Created) {
  const session = server.app.registry.get(created.sessionId)!;
  return session.tables.get('T1')!;
}

async function settle() {
  await sleep(150);
}

/** Plays the fixture's scripted round through the sockets (seating is the server's deal instead). */
/** Plays the log in its order: each message waits for the server's answer to the one before. */
async function playScript(host: Player, bySeat: Map<string, Player[]>, log: LogEntry[]) {
  let n = 0;
  for (const entry of log) {
    if (entry.actor.kind === 'instructor') {
      if (entry.action.type === 'seat-player') continue;
      const id = `h${++n}`;
      host.send('host', { id, table: 'T1', action: entry.action });
      await host.answer(id);
    } else if (entry.actor.kind === 'seat') {
      const team = bySeat.get(entry.actor.seat)!;
      // A seller team of several students: each part goes to the player whose role owns it (seller-roles.ts),
      // so a whole proposal is the product manager's offering, the sales representative's pitch and customer
      // service's evidence; each intent goes to the player whose roles own it.
      for (const action of team.length > 1 ? byRole(entry.action) : [entry.action]) {
        const p = holderOf(team, entry.actor.seat, action.type) ?? team[0]!;
        await p.answer(p.intent(action));
      }
    }
    // Within the message allowance of a client (10 a second).
    await sleep(15);
  }
  await settle();
}

describe('a full table over the network', () => {
  it('deals nine students onto one table and plays all four stages to a debrief', async () => {
    const { host, students, bySeat, created } = await fullTable();
    expect(bySeat.get('seller-A')).toHaveLength(2);
    expect([...bySeat.keys()].sort()).toEqual(
      [
        'engineering',
        'general-management',
        'marketing',
        'procurement',
        'production',
        'seller-A',
        'seller-B',
      ].sort(),
    );
    await playScript(host, bySeat, scriptedRound(scenario));
    const t = tableOf(created);
    expect(t.state.phase).toBe('round-over');
    expect(t.state.decision?.winner).toBe('A');
    for (const s of students) {
      await s.until(() => s.debrief !== null, 'the debrief');
      expect(s.debrief.decision.winner).toBe('A');
      // It travels compressed: a fraction of its JSON.
      const sent = s.received.find((r) => r.type === 'debrief')!.message as { deflated: Uint8Array };
      expect(sent.deflated.byteLength).toBeLessThan(JSON.stringify(s.debrief).length / 3);
      expect(s.errors()).toEqual([]);
    }
    // Each client put its view together from one whole view and then patches of what changed; it is exactly
    // the seat's view on the server, and the patches were a small part of the bytes.
    for (const s of students) {
      const { scenario: _scenario, ...expected } = viewFor(scenario, t.state, {
        kind: 'seat',
        seat: s.seat as SeatId,
      });
      // With who of each seat is connected (everyone here), which the room adds to the engine's view.
      const presence = Object.fromEntries(expected.seats.map((x) => [x.id, x.players.length]));
      const want = JSON.stringify({ ...expected, presence });
      await s.until(() => JSON.stringify(s.view) === want, 'the last view');
      const whole = s.received.filter((r) => r.type === 'view' && r.message.view);
      const patches = s.received.filter((r) => r.type === 'view-patch');
      expect(whole).toHaveLength(1);
      expect(patches.length).toBeGreaterThan(10);
      // What whole views would have cost: the view after each patch, whole.
      let view = whole[0]!.message.view as object;
      let wholeBytes = 0;
      let patchBytes = 0;
      for (const p of patches) {
        view = { ...view, ...(p.message as { set: object }).set };
        wholeBytes += JSON.stringify(view).length;
        // The view's part of the patch (the events it carries would come with whole views too).
        patchBytes += JSON.stringify({ table: p.message.table, set: p.message.set }).length;
      }
      expect(patchBytes).toBeLessThan(wholeBytes / 3);
    }
    // The synced state carries the table's summary to the staff only: a student's table is its view.
    await host.until(() => host.room.state.tables.get('T1')?.phase === 'round-over', 'the summary');
    for (const s of students) expect(s.room.state.tables.size).toBe(0);
    for (const s of students) await s.leave();
    await host.leave();
  });
});

describe('untrusted input', () => {
  let ctx: Awaited<ReturnType<typeof fullTable>>;
  beforeAll(async () => {
    ctx = await fullTable();
    ctx.host.send('host', { table: 'T1', action: { type: 'start' } });
    await settle();
  });

  const seller = () => ctx.bySeat.get('seller-A')![0]!;
  const member = () => ctx.bySeat.get('production')![0]!;

  async function expectRefused(p: Player, type: string, message: unknown, code?: string) {
    const before = structuredClone(tableOf(ctx.created).state);
    const errorsBefore = p.errors().length;
    p.send(type, message);
    await p.until(() => p.errors().length > errorsBefore, `an error for ${type}`);
    const error = p.errors().at(-1);
    if (code) expect(error.code).toBe(code);
    expect(typeof error.message).toBe('string');
    expect(tableOf(ctx.created).state).toEqual(before);
    // Stay under the per-client rate limit (10 messages a second), as a person would.
    await sleep(120);
  }

  const types = PlayerActionSchema.options.map((o) => o.shape.type.value);
  it.each(types)(
    '%s: malformed, oversized, out-of-stage or wrong-seat payloads get an error and change nothing',
    async (type) => {
      await expectRefused(
        member(),
        'intent',
        { id: 'junk', action: { type, junk: { deep: [1, 2, 3] } } },
        'invalid-message',
      );
      await expectRefused(member(), 'intent', { id: 'big', action: { type, text: 'x'.repeat(20_000) } });
      await expectRefused(member(), 'intent', 'not an object', 'invalid-message');
      const valid: Record<string, unknown> = {
        chat: { type: 'chat', channel: 'obc', text: 'secret talk' },
        'ask-question': { type: 'ask-question', to: 'production', text: 'why?' },
        'answer-question': { type: 'answer-question', questionId: 'q1', text: 'because', concerns: [] },
        'mark-benefits': { type: 'mark-benefits', dimensions: ['uptime'] },
        'propose-spec-item': { type: 'propose-spec-item', dimension: 'uptime', kind: 'must-have', value: 3 },
        'vote-spec-item': { type: 'vote-spec-item', itemId: 's1', support: true },
        'disqualify-supplier': { type: 'disqualify-supplier', seller: 'B', reason: 'no' },
        'submit-proposal': {
          type: 'submit-proposal',
          price: 9000,
          options: [],
          evidence: [],
          terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 6 },
          claims: {},
          leadWith: ['uptime'],
          messages: {},
        },
        'score-proposal': { type: 'score-proposal', seller: 'A', score: 5 },
        'request-bafo': { type: 'request-bafo', sellers: ['A'] },
        'submit-bafo': { type: 'submit-bafo', price: 8000 },
        vote: { type: 'vote', seller: 'A' },
        'sign-off': { type: 'sign-off', approve: true, comment: '' },
        'rate-supplier': { type: 'rate-supplier', rating: 4, comment: '' },
        'predict-priorities': { type: 'predict-priorities', priorities: { production: 'uptime' } },
        'predict-winner': { type: 'predict-winner', seller: 'A', price: 9000 },
        ready: { type: 'ready', ready: true },
      };
      // A seller sending an OBC-only intent, or an OBC member a seller's, is refused by seat or stage.
      const action = valid[type];
      const wrongSeat = ['ask-question', 'submit-proposal', 'submit-bafo', 'predict-priorities'].includes(
        type,
      )
        ? member()
        : seller();
      if (type !== 'ready') await expectRefused(wrongSeat, 'intent', { id: 'wrong-seat', action });
    },
  );

  it('refuses an unknown message type', async () => {
    await expectRefused(member(), 'nonsense', { a: 1 }, 'unknown-message');
  });

  it('refuses every instructor command from a student', async () => {
    for (const [type, message] of [
      ['host', { table: 'T1', action: { type: 'advance' } }],
      ['deal', {}],
      ['move', { playerId: 'x', table: 'T1', seat: 'marketing' }],
      ['bot', { table: 'T1', seat: 'marketing', bot: true }],
      ['remove', { playerId: 'x' }],
      ['broadcast', { text: 'hi' }],
      ['watch', { table: 'T1' }],
    ] as const) {
      await expectRefused(member(), type, message, 'forbidden');
    }
  });

  it('limits the rate of messages per client', async () => {
    const p = member();
    const before = p.errors().length;
    for (let i = 0; i < 60; i++) p.intent({ type: 'ready', ready: i % 2 === 0 });
    await p.until(
      () =>
        p
          .errors()
          .slice(before)
          .some((e) => e.code === 'rate-limited'),
      'a rate limit',
    );
    await sleep(2500);
  });
});

describe('hidden information, as the clients receive it', () => {
  it('a seller never receives an OBC brief; a member never receives another member’s brief', async () => {
    const { host, students, bySeat } = await fullTable();
    await playScript(
      host,
      bySeat,
      scriptedRound(scenario)
        .filter((e) => e.action.type !== 'rate-supplier')
        .slice(0, -14),
    );
    const secretsOf = (role: string) => {
      const m = scenario.buyingFirm.obc.members.find((x) => x.role === role)!;
      return [m.brief, ...m.priorities.petConcerns.map((p) => p.text)].map((t) =>
        typeof t === 'string' ? t : JSON.stringify(t),
      );
    };
    const roles = scenario.buyingFirm.obc.members.map((m) => m.role);
    for (const s of students) {
      const seat = s.seat!;
      const all = s.everything();
      for (const role of roles) {
        if (role === seat) continue;
        for (const secret of secretsOf(role)) {
          // A pet concern card the member chose to show this seller is the one exception.
          const shown = s.view?.revealedConcerns?.some((c: { text: string }) => c.text === secret);
          if (!shown) expect(all.includes(secret), `${seat} received a secret of ${role}`).toBe(false);
        }
      }
      if (seat.startsWith('seller-')) {
        expect(all).not.toContain('"priorities"');
        expect(all).not.toContain('"influence"');
        expect(all).not.toContain('Internal: we should think about uptime.');
        const rival = seat === 'seller-A' ? 'b-fast' : 'a-care';
        expect(all).not.toContain(rival);
      }
    }
    for (const s of students) await s.leave();
    await host.leave();
  });
});

describe('the host secret', () => {
  it('guards every instructor route', async () => {
    const created = await createSession(server.url);
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/sessions/${created.sessionId}`],
      ['POST', `/api/sessions/${created.sessionId}/deal`, {}],
      ['POST', `/api/sessions/${created.sessionId}/tables/all/actions`, { action: { type: 'start' } }],
      ['POST', `/api/sessions/${created.sessionId}/broadcast`, { text: 'hi' }],
      ['POST', `/api/sessions/${created.sessionId}/players/p1/readmit`, {}],
      ['POST', `/api/sessions/${created.sessionId}/players/p1/move`, { table: 'T1', seat: 'marketing' }],
      ['DELETE', `/api/sessions/${created.sessionId}/players/p1`],
      ['POST', `/api/sessions/${created.sessionId}/tables/T1/seats/marketing/bot`, { bot: true }],
      ['GET', `/api/sessions/${created.sessionId}/debrief`],
      ['POST', `/api/sessions/${created.sessionId}/finish`, {}],
      ['GET', `/api/sessions/${created.sessionId}/export.json`],
      ['GET', `/api/sessions/${created.sessionId}/export.csv`],
      ['DELETE', `/api/sessions/${created.sessionId}`],
    ];
    for (const [method, path, body] of routes) {
      expect((await api(server.url, method, path, body)).status, `${method} ${path} without secret`).toBe(
        401,
      );
      expect(
        (await api(server.url, method, path, body, 'wrong-secret')).status,
        `${method} ${path} wrong secret`,
      ).toBe(403);
    }
    expect(
      (await api(server.url, 'GET', `/api/sessions/${created.sessionId}`, undefined, created.hostSecret))
        .status,
    ).toBe(200);
    // Nothing changed: the session is still open and has no tables.
    const after = await api(
      server.url,
      'GET',
      `/api/sessions/${created.sessionId}`,
      undefined,
      created.hostSecret,
    );
    expect(after.json.status).toBe('open');
    expect(after.json.tables).toEqual([]);
  });

  it('refuses every instructor command from the projector, and a host join without a secret', async () => {
    const created = await createSession(server.url);
    const student = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Pia' });
    const projector = await Player.join(server.ws, created.roomId, { code: created.code, spectator: true });
    await projector.until(() => projector.welcome !== null, 'the welcome');
    await student.until(() => student.welcome !== null, 'the student’s welcome');
    const commands = [
      ['host', { table: 'all', action: { type: 'start' } }],
      ['deal', {}],
      ['move', { playerId: student.welcome.playerId, table: 'new', seat: 'marketing' }],
      ['bot', { table: 'T1', seat: 'marketing', bot: true }],
      ['remove', { playerId: student.welcome.playerId }],
      ['broadcast', { text: 'hi' }],
      ['watch', { table: 'T1' }],
    ] as const;
    for (const [type, message] of commands) {
      const before = projector.errors().length;
      projector.send(type, message);
      await projector.until(() => projector.errors().length > before, `a refusal of ${type}`);
      expect(projector.errors().at(-1).code, type).toBe('forbidden');
      await sleep(120);
    }
    // Nothing changed: no table was dealt, the student is still there and nobody got a broadcast.
    const session = server.app.registry.get(created.sessionId)!;
    expect(session.tables.size).toBe(0);
    expect(session.players.get(student.welcome.playerId)?.removed).toBe(false);
    expect(student.received.some((r) => r.type === 'broadcast')).toBe(false);
    // The server and the SDK report the refused join on the console: keep the test's output clean.
    const quiet = (['error', 'warn', 'log', 'info'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    );
    try {
      await expect(
        Player.join(server.ws, created.roomId, { code: created.code, hostSecret: '' }),
      ).rejects.toThrow();
      // The SDK reports the closed connection a moment after the refusal.
      await sleep(100);
    } finally {
      for (const spy of quiet) spy.mockRestore();
    }
    await student.leave();
    await projector.leave();
  });

  it('refuses a host join with a wrong secret', async () => {
    const created = await createSession(server.url);
    await expect(
      Player.join(server.ws, created.roomId, { code: created.code, hostSecret: 'nope' }),
    ).rejects.toThrow();
  });

  it('refuses a join with a wrong code', async () => {
    const created = await createSession(server.url);
    await expect(Player.join(server.ws, created.roomId, { code: 'ZZZZZZ', name: 'x' })).rejects.toThrow();
  });
});

describe('the HTTP API', () => {
  it('answers /healthz', async () => {
    const r = await api(server.url, 'GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      status: 'ok',
      version: expect.any(String),
      uptime: expect.any(Number),
      rooms: expect.any(Number),
      clients: expect.any(Number),
    });
  });

  it('creates a session with a short unambiguous code and finds it by code', async () => {
    const created = await createSession(server.url);
    expect(created.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const found = await api(server.url, 'GET', `/api/join/${created.code.toLowerCase()}`);
    expect(found.json).toMatchObject({ code: created.code, roomId: created.roomId, status: 'open' });
    expect(JSON.stringify(found.json)).not.toContain(created.hostSecret);
    expect((await api(server.url, 'GET', '/api/join/ABCDE0')).status).toBe(404);
  });

  it('refuses a broken scenario with every problem and creates nothing', async () => {
    const bad = structuredClone(scenario) as any;
    bad.buyingFirm.obc.members[0].influence = 70;
    bad.dimensions[0].category = 'tasty';
    const r = await api(server.url, 'POST', '/api/sessions', { scenario: bad });
    expect(r.status).toBe(422);
    expect(r.json.problems.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['$.dimensions[0].category']),
    );
  });

  it('refuses malformed bodies plainly', async () => {
    expect((await api(server.url, 'POST', '/api/sessions', '{"broken')).status).toBe(400);
    expect((await api(server.url, 'POST', '/api/sessions', { scenarioId: 'x', extra: 1 })).status).toBe(400);
    expect((await api(server.url, 'POST', '/api/sessions', { scenarioId: 'no-such' })).status).toBe(404);
  });

  it('stores names as plain text, trims them and tells duplicates apart', async () => {
    const created = await createSession(server.url);
    const a = await Player.join(server.ws, created.roomId, {
      code: created.code,
      name: '  <b>Anna</b>\u202e  ',
    });
    const b = await Player.join(server.ws, created.roomId, { code: created.code, name: '<b>anna</b>' });
    await a.until(() => a.welcome !== null);
    await b.until(() => b.welcome !== null);
    expect(a.welcome.name).toBe('<b>Anna</b>');
    expect(b.welcome.name).toBe('<b>anna</b> (2)');
    await expect(
      Player.join(server.ws, created.roomId, { code: created.code, name: '   ' }),
    ).rejects.toThrow();
    await a.leave();
    await b.leave();
  });
});
