// The HTTP door: bodies are JSON or refused (415), nested at most 32 levels (400) and at most 512 KiB (413),
// with nothing changed; matchmaking bodies are small and of known length; and on a server with
// INSTRUCTOR_KEY, creating a session needs the key (the console learns so from /api/config).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { api, createSession, startInProcess, type Created, type Running } from './harness.ts';

const KEY = 'correct horse battery staple 2026';
let server: Running;
let created: Created;

beforeAll(async () => {
  server = await startInProcess(undefined, { instructorKey: KEY });
  created = await createSession(server.url, { bots: true }, KEY);
});
afterAll(async () => {
  await server.stop();
});

async function raw(method: string, path: string, body: string | undefined, headers: Record<string, string>) {
  const res = await fetch(server.url + path, { method, headers, body });
  return { status: res.status, json: (await res.json().catch(() => null)) as { error?: string } | null };
}

/** What the session looks like to its instructor: tables, players and the log, to tell that nothing changed. */
async function snapshot() {
  const s = await api(server.url, 'GET', `/api/sessions/${created.sessionId}`, undefined, created.hostSecret);
  return JSON.stringify(s.json) + JSON.stringify(server.app.store.events(created.sessionId));
}

function nested(levels: number): string {
  return '{"bots":'.repeat(levels) + 'true' + '}'.repeat(levels);
}

describe('request bodies', () => {
  it('refuses a body that is not JSON with 415, and changes nothing', async () => {
    const before = await snapshot();
    const path = `/api/sessions/${created.sessionId}/deal`;
    const auth = { authorization: `Bearer ${created.hostSecret}` };
    for (const [type, body] of [
      ['text/plain', '{"bots":false}'],
      ['application/x-www-form-urlencoded', 'bots=false'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="bots"\r\n\r\nfalse\r\n--x--',
      ],
      ['application/xml', '<bots>false</bots>'],
    ] as const) {
      const r = await raw('POST', path, body, { ...auth, 'content-type': type });
      expect([type, r.status]).toEqual([type, 415]);
      expect(r.json?.error).toMatch(/JSON/);
    }
    // No content type at all, with a body, is refused too.
    const bare = await fetch(server.url + path, {
      method: 'POST',
      headers: auth,
      body: new Blob(['{"bots":false}']),
    });
    expect(bare.status).toBe(415);
    // The same routes for a session creation and a table action.
    expect(
      (await raw('POST', '/api/sessions', 'scenarioId=x', { 'content-type': 'text/plain' })).status,
    ).toBe(415);
    expect(await snapshot()).toBe(before);
    // An empty body is no body: the deal runs with its defaults.
    const empty = await raw('POST', path, undefined, auth);
    expect(empty.status).toBe(200);
  });

  it('refuses JSON nested deeper than 32 levels with 400 at once, even 100,000 levels, and changes nothing', async () => {
    const before = await snapshot();
    const path = `/api/sessions/${created.sessionId}/broadcast`;
    const headers = { authorization: `Bearer ${created.hostSecret}`, 'content-type': 'application/json' };
    const started = performance.now();
    const deep = await raw('POST', path, '['.repeat(100_000) + ']'.repeat(100_000), headers);
    expect(deep.status).toBe(400);
    expect(deep.json?.error).toMatch(/nested too deeply/);
    expect(performance.now() - started).toBeLessThan(2000);
    const objects = await raw('POST', path, nested(30_000), headers);
    expect([objects.status, objects.json?.error]).toEqual([400, expect.stringMatching(/nested too deeply/)]);
    expect((await raw('POST', path, nested(33), headers)).status).toBe(400);
    // 32 levels is still JSON the schema judges: a broadcast without text is a plain 422.
    expect((await raw('POST', path, nested(32), headers)).status).toBe(422);
    const create = await raw('POST', '/api/sessions', nested(1000), {
      'content-type': 'application/json',
      'x-instructor-key': KEY,
    });
    expect(create.status).toBe(400);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a body over 512 KiB with 413 and malformed JSON with 400', async () => {
    const headers = { 'content-type': 'application/json', 'x-instructor-key': KEY };
    const big = await raw(
      'POST',
      '/api/sessions',
      JSON.stringify({ title: 'x'.repeat(600 * 1024) }),
      headers,
    );
    expect(big.status).toBe(413);
    const broken = await raw('POST', '/api/sessions', '{"scenarioId":', headers);
    expect([broken.status, broken.json?.error]).toEqual([400, 'The body is not valid JSON.']);
  });

  it('keeps matchmaking bodies small and of known length', async () => {
    const url = `${server.url}/matchmake/joinById/${created.roomId}`;
    const big = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: created.code, name: 'x'.repeat(20_000) }),
    });
    expect(big.status).toBe(413);
    const chunked = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"code":"x"}'));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });
});

describe('INSTRUCTOR_KEY', () => {
  const body = JSON.stringify({ scenario: miniScenarioInput });
  const sessionsBefore = () => server.app.store.sessions().length;

  it('tells clients that creating a session needs the key', async () => {
    const config = await api(server.url, 'GET', '/api/config');
    expect(config.json).toEqual({ version: expect.any(String), instructorKeyRequired: true });
  });

  it('refuses a session without the key (401) or with a wrong one (403), and creates nothing', async () => {
    const n = sessionsBefore();
    const json = { 'content-type': 'application/json' };
    const none = await raw('POST', '/api/sessions', body, json);
    expect([none.status, (none.json as { code?: string }).code]).toEqual([401, 'instructor-key-required']);
    for (const wrong of ['', 'x', KEY.slice(0, -1), `${KEY} `.repeat(2), KEY.toUpperCase()]) {
      const r = await raw('POST', '/api/sessions', body, { ...json, 'x-instructor-key': wrong });
      expect([wrong, r.status]).toEqual([wrong, wrong === '' ? 401 : 403]);
    }
    // A host secret is not the instructor key.
    const secret = await raw('POST', '/api/sessions', body, {
      ...json,
      authorization: `Bearer ${created.hostSecret}`,
    });
    expect(secret.status).toBe(403);
    expect(sessionsBefore()).toBe(n);
  });

  it('creates a session with the key in X-Instructor-Key or as a Bearer token', async () => {
    const n = sessionsBefore();
    const json = { 'content-type': 'application/json' };
    expect((await raw('POST', '/api/sessions', body, { ...json, 'x-instructor-key': KEY })).status).toBe(201);
    expect(
      (await raw('POST', '/api/sessions', body, { ...json, authorization: `Bearer ${KEY}` })).status,
    ).toBe(201);
    expect(sessionsBefore()).toBe(n + 2);
  });

  it('leaves the other routes as they were: joining and the host routes need no instructor key', async () => {
    expect((await api(server.url, 'GET', `/api/join/${created.code}`)).status).toBe(200);
    expect(
      (await api(server.url, 'GET', `/api/sessions/${created.sessionId}`, undefined, created.hostSecret))
        .status,
    ).toBe(200);
  });
});
