// The matchmaking route served from Node's request (server/matchmake-route.ts) answers as Colyseus's own route
// does (its answers recorded on 3 December, before the route was replaced): the reservation, Colyseus's error
// codes as HTTP statuses with `{ code, error }`, "malformed request body" for a body that is not JSON, and
// Colyseus's CORS headers on every answer; and an SDK client joins through it.
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createSession, startInProcess, type Created, type Running } from './harness.ts';

let server: Running;
let created: Created;

beforeAll(async () => {
  server = await startInProcess();
  created = await createSession(server.url, { bots: true });
});
afterAll(async () => {
  await server.stop();
});

async function ticket(): Promise<string> {
  return (await api(server.url, 'GET', `/api/join/${created.code}`)).json.ticket as string;
}

async function post(path: string, body: string | undefined, headers: Record<string, string> = {}) {
  const r = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://class.example', ...headers },
    body,
  });
  const text = await r.text();
  return { status: r.status, headers: r.headers, json: JSON.parse(text) as Record<string, unknown> };
}

const CORS = {
  'access-control-allow-credentials': 'true',
  'access-control-allow-headers': 'Origin, X-Requested-With, Content-Type, Accept, Authorization',
  'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
  'access-control-allow-origin': 'http://class.example',
  'access-control-max-age': '2592000',
};

describe('the matchmaking route', () => {
  it('reserves a seat as Colyseus does, with its CORS headers and a known length', async () => {
    const r = await post(
      `/matchmake/joinById/${created.roomId}`,
      JSON.stringify({ code: created.code, name: 'Ann' }),
      { authorization: `Bearer ${await ticket()}` },
    );
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(['name', 'processId', 'roomId', 'sessionId']);
    expect(r.json.roomId).toBe(created.roomId);
    expect(r.json.name).toBe('session');
    for (const [k, v] of Object.entries(CORS)) expect(r.headers.get(k), k).toBe(v);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(Number(r.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it.each([
    ['a body that is not JSON', '{"code":', 400, { error: 'malformed request body' }],
    ['null options', 'null', 525, { code: 525, error: 'That join code does not match this session.' }],
    ['no body at all', undefined, 525, { code: 525, error: 'That join code does not match this session.' }],
    [
      'another session’s code',
      JSON.stringify({ code: 'ZZZZZZ', name: 'Ann' }),
      525,
      { code: 525, error: 'That join code does not match this session.' },
    ],
  ])('answers %s with Colyseus’s status and body', async (_what, body, status, json) => {
    const r = await post(`/matchmake/joinById/${created.roomId}`, body, {
      authorization: `Bearer ${await ticket()}`,
    });
    expect([r.status, r.json]).toEqual([status, json]);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://class.example');
  });

  it.each([
    ['/matchmake/create/session', 520, 'invalid method "create"'],
    ['/matchmake/zzz/session', 520, 'invalid method "zzz"'],
    ['/matchmake/reconnect/nope', 522, 'room "nope" has been disposed.'],
  ])('refuses %s as Colyseus does', async (path, status, error) => {
    const r = await post(path, JSON.stringify({ reconnectionToken: 'x' }));
    expect([r.status, r.json]).toEqual([status, { code: status, error }]);
  });

  it('takes an SDK client’s join through to the room', async () => {
    const client = new Client(server.url);
    client.auth.token = await ticket();
    const room = await client.joinById(created.roomId, { code: created.code, name: 'Bea' });
    expect(room.roomId).toBe(created.roomId);
    await room.leave();
  });
});
