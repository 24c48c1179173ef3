// The JSON route and saved scenarios over HTTP: bundled templates to download (pointing at this server's
// schema, whose $id is where it is served), and the editor's saved scenarios in the embedded database, each
// owned by its instructor's secret, checked at the door, exported as a file `scenario:check` accepts, kept
// across a restart, and usable to start a session.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../shared/scenario/load.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { api, startInProcess, tempDir, type Running } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ann = 'a'.repeat(43);
const bob = 'b'.repeat(43);

let server: Running;
const dataDir = tempDir();
beforeAll(async () => {
  server = await startInProcess(dataDir);
});
afterAll(async () => {
  await server.stop();
});

describe('templates and the schema', () => {
  it('serves each bundled scenario as a file pointing at this server’s schema', async () => {
    const res = await fetch(`${server.url}/api/scenarios/office-supplies.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('office-supplies.json');
    const text = await res.text();
    const value = JSON.parse(text) as { $schema: string };
    expect(value.$schema).toBe(`${server.url}/scenario.schema.json`);
    expect(loadScenarioText(text).ok).toBe(true);
    for (const bad of ['nope.json', '__proto__.json', 'constructor.json', 'office-supplies'])
      expect((await api(server.url, 'GET', `/api/scenarios/${bad}`)).status).toBe(404);
  });

  it('serves the schema with its own address as $id', async () => {
    const r = await api(server.url, 'GET', '/scenario.schema.json');
    expect(r.status).toBe(200);
    expect(r.json.$id).toBe(`${server.url}/scenario.schema.json`);
    expect(r.json.properties.meta).toBeDefined();
  });
});

describe('saved scenarios', () => {
  let id = '';

  it('refuses a request without the owner’s secret, or with a short one', async () => {
    expect((await api(server.url, 'GET', '/api/my-scenarios')).status).toBe(401);
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, 'short')).status).toBe(401);
  });

  it('saves only what the check accepts, listing every problem otherwise', async () => {
    const bad = structuredClone(miniScenarioInput) as Record<string, any>;
    delete bad.meta.title;
    bad.economics.quantity = '10';
    const refused = await api(server.url, 'POST', '/api/my-scenarios', { scenario: bad }, ann);
    expect(refused.status).toBe(422);
    // Each problem in English, with the code and parameters a console writes it from in its own language.
    expect(refused.json.problems).toEqual(
      expect.arrayContaining([
        { path: '$.meta.title', code: 'required', params: {}, message: 'is required' },
        {
          path: '$.economics.quantity',
          code: 'wrong-type',
          params: { expectedType: 'number', actualKind: 'text', actualValue: '"10"' },
          message: 'must be a number (it is text "10")',
        },
      ]),
    );
    expect((await api(server.url, 'POST', '/api/my-scenarios', {}, ann)).status).toBe(400);
    const huge = structuredClone(miniScenarioInput) as Record<string, any>;
    huge.buyingFirm.narrative = 'x'.repeat(300 * 1024);
    expect((await api(server.url, 'POST', '/api/my-scenarios', { scenario: huge }, ann)).status).toBe(413);
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, ann)).json).toEqual([]);

    const saved = await api(server.url, 'POST', '/api/my-scenarios', { scenario: miniScenarioInput }, ann);
    expect(saved.status).toBe(201);
    id = saved.json.id;
    expect(id).toMatch(/^sc-/);
    const list = await api(server.url, 'GET', '/api/my-scenarios', undefined, ann);
    expect(list.json.map((x: { id: string }) => x.id)).toEqual([id]);
    expect(list.json[0].summary.id).toBe('mini');
  });

  it('is its owner’s alone', async () => {
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, bob)).json).toEqual([]);
    expect((await api(server.url, 'GET', `/api/my-scenarios/${id}`, undefined, bob)).status).toBe(404);
    expect((await api(server.url, 'DELETE', `/api/my-scenarios/${id}`, undefined, bob)).status).toBe(404);
    const put = await api(server.url, 'PUT', `/api/my-scenarios/${id}`, { scenario: miniScenarioInput }, bob);
    expect(put.status).toBe(404);
    for (const hostile of ['__proto__', 'constructor', 'sc-..%2F..%2Fx', 'toString'])
      expect((await api(server.url, 'GET', `/api/my-scenarios/${hostile}`, undefined, ann)).status).toBe(404);
  });

  it('exports a file scenario:check accepts, and a session starts from it', async () => {
    const res = await fetch(`${server.url}/api/my-scenarios/${id}/export.json`, {
      headers: { authorization: `Bearer ${ann}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mini.json');
    const text = await res.text();
    const file = join(tempDir(), 'mini.json');
    writeFileSync(file, text);
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'scenario-check.ts'), file], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(': ok — mini');
    const created = await api(server.url, 'POST', '/api/sessions', {
      scenario: JSON.parse(text),
      bots: true,
    });
    expect(created.status).toBe(201);
  });

  it('a session from a saved scenario records which one and plays its own copy when the scenario is edited', async () => {
    const listed = await api(server.url, 'GET', '/api/my-scenarios', undefined, ann);
    const hash: string = listed.json[0].hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // The server reads the saved scenario with its owner's secret: another owner's, or none, gets nothing.
    const as = (owner: string) => ({ 'x-owner-secret': owner });
    expect(
      (await api(server.url, 'POST', '/api/sessions', { savedScenarioId: id }, undefined, as(bob))).status,
    ).toBe(404);
    expect((await api(server.url, 'POST', '/api/sessions', { savedScenarioId: id })).status).toBe(401);
    expect(
      (
        await api(
          server.url,
          'POST',
          '/api/sessions',
          { savedScenarioId: id, scenarioId: 'office-supplies' },
          undefined,
          as(ann),
        )
      ).status,
    ).toBe(400);
    const created = await api(
      server.url,
      'POST',
      '/api/sessions',
      { savedScenarioId: id, bots: true },
      undefined,
      as(ann),
    );
    expect(created.status).toBe(201);
    const { sessionId, hostSecret } = created.json as { sessionId: string; hostSecret: string };
    const finished = await api(
      server.url,
      'POST',
      '/api/sessions',
      { savedScenarioId: id, bots: true },
      undefined,
      as(ann),
    );
    await api(
      server.url,
      'POST',
      `/api/sessions/${finished.json.sessionId}/finish`,
      {},
      finished.json.hostSecret,
    );
    const source = { kind: 'saved', id, hash, savedAt: listed.json[0].savedAt };
    const sessionOf = (c: { sessionId: string; hostSecret: string }) =>
      api(server.url, 'GET', `/api/sessions/${c.sessionId}`, undefined, c.hostSecret);
    const before = await sessionOf({ sessionId, hostSecret });
    expect(before.json.options.source).toEqual({ ...source, title: expect.any(String) });
    expect(before.json.options.source.title).toBe(before.json.title);
    const title = before.json.options.source.title;

    // The saved scenario is edited: its hash changes, the sessions keep the copy they started with.
    const edited = structuredClone(miniScenarioInput) as Record<string, any>;
    edited.meta.title = 'Mini, edited after the session began';
    edited.economics.valuePerPoint = 7;
    const put = await api(server.url, 'PUT', `/api/my-scenarios/${id}`, { scenario: edited }, ann);
    expect(put.json.hash).not.toBe(hash);
    const check = async (server: Running) => {
      for (const c of [{ sessionId, hostSecret }, finished.json]) {
        const after = await api(server.url, 'GET', `/api/sessions/${c.sessionId}`, undefined, c.hostSecret);
        expect(after.json.options.source.hash).toBe(hash);
        expect(after.json.options.source.title).toBe(title);
        expect(JSON.stringify(after.json.scenario.title)).not.toContain('edited');
        const exported = await api(
          server.url,
          'GET',
          `/api/sessions/${c.sessionId}/export.json`,
          undefined,
          c.hostSecret,
        );
        expect(exported.json.scenario.economics.valuePerPoint).toBe(
          miniScenarioInput.economics.valuePerPoint,
        );
        expect(exported.json.session.options.source).toEqual(after.json.options.source);
        const csv = await fetch(`${server.url}/api/sessions/${c.sessionId}/export.csv`, {
          headers: { authorization: `Bearer ${c.hostSecret}` },
        });
        const header = (await csv.text()).split('\n')[0]!.split(',');
        expect(header.slice(-4)).toEqual(['scenario', 'scenario_source', 'saved_scenario', 'scenario_hash']);
      }
    };
    await check(server);
    expect((await sessionOf(finished.json)).json.status).toBe('finished');
    // And after a restart, replayed from the store.
    await server.stop();
    server = await startInProcess(dataDir);
    await check(server);
    // A bundled scenario and a file say so.
    const bundled = await api(server.url, 'POST', '/api/sessions', { scenarioId: 'office-supplies' });
    expect((await sessionOf(bundled.json)).json.options.source).toEqual({
      kind: 'bundled',
      id: 'office-supplies',
    });
    const file = await api(server.url, 'POST', '/api/sessions', { scenario: miniScenarioInput });
    expect((await sessionOf(file.json)).json.options.source).toEqual({ kind: 'file' });
  });

  it('replaces on PUT (checked too), deletes, and keeps what is saved across a restart', async () => {
    const changed = structuredClone(miniScenarioInput) as Record<string, any>;
    changed.meta.title = 'Mini, changed';
    expect((await api(server.url, 'PUT', `/api/my-scenarios/${id}`, { scenario: changed }, ann)).status).toBe(
      200,
    );
    changed.meta.title = 5;
    expect((await api(server.url, 'PUT', `/api/my-scenarios/${id}`, { scenario: changed }, ann)).status).toBe(
      422,
    );
    const second = await api(server.url, 'POST', '/api/my-scenarios', { scenario: miniScenarioInput }, ann);
    expect(
      (await api(server.url, 'DELETE', `/api/my-scenarios/${second.json.id}`, undefined, ann)).status,
    ).toBe(204);

    await server.stop();
    server = await startInProcess(dataDir);
    const got = await api(server.url, 'GET', `/api/my-scenarios/${id}`, undefined, ann);
    expect(got.status).toBe(200);
    expect(got.json.scenario.meta.title).toBe('Mini, changed');
    expect(loadScenario(got.json.scenario).ok).toBe(true);
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, ann)).json).toHaveLength(1);
  });
});

describe('saved scenarios on a server with INSTRUCTOR_KEY', () => {
  it('need the key as well as the owner’s secret', async () => {
    await server.stop();
    server = await startInProcess(tempDir(), { instructorKey: 'the class key' });
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, ann)).status).toBe(401);
    const wrong = { 'x-instructor-key': 'nope' };
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, ann, wrong)).status).toBe(403);
    const key = { 'x-instructor-key': 'the class key' };
    const saved = await api(
      server.url,
      'POST',
      '/api/my-scenarios',
      { scenario: miniScenarioInput },
      ann,
      key,
    );
    expect(saved.status).toBe(201);
    expect((await api(server.url, 'GET', '/api/my-scenarios', undefined, ann, key)).json).toHaveLength(1);
    // A session of it takes the key and the owner's secret side by side (the key may be the Bearer one).
    const body = { savedScenarioId: saved.json.id };
    const owner = { 'x-owner-secret': ann };
    expect((await api(server.url, 'POST', '/api/sessions', body, undefined, owner)).status).toBe(401);
    expect(
      (await api(server.url, 'POST', '/api/sessions', body, undefined, { ...key, ...owner })).status,
    ).toBe(201);
    expect((await api(server.url, 'POST', '/api/sessions', body, 'the class key', owner)).status).toBe(201);
  });
});
