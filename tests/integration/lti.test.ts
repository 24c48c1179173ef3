// LTI 1.3 launches over HTTP against the test platform (tests/fixtures/lti-platform.ts), with the real server in
// this process: instructor and learner launches, the same seat for the same LMS user on a second device, the
// roster, scores posted once with retries, and every refused launch answered with a plain page and nothing
// created (no session, no player, no link).
import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gradedRoundLog } from '../fixtures/graded-round.ts';
import { miniScenario, miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { ROLE, TestPlatform, httpLaunch, postLaunch } from '../fixtures/lti-platform.ts';
import { startInProcess, tempDir, type Running } from './harness.ts';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/app.ts';
import { gradesReport } from '../../server/http/grades.ts';
import { seal } from '../../server/lti/seal.ts';

let server: Running;
let platform: TestPlatform;

beforeAll(async () => {
  platform = new TestPlatform();
  await platform.start();
  // The bundled scenarios and the mini case (whose graded round the score test plays).
  const scenarioDir = tempDir();
  for (const f of readdirSync(join(ROOT, 'scenarios')))
    copyFileSync(join(ROOT, 'scenarios', f), join(scenarioDir, f));
  writeFileSync(join(scenarioDir, 'mini.json'), JSON.stringify(miniScenarioInput));
  server = await startInProcess(undefined, {
    scenarioDir,
    lti: { jwksCooldownMs: 0, passback: { sweepMs: 0, retryMs: 0 } },
  });
  platform.toolUrl = server.url;
  server.app.lti.store.savePlatform(platform.registration(), Date.now());
  platform.users.set('teacher', { sub: 'u-teacher', name: 'Tina Teacher', roles: [ROLE.instructor] });
  for (const [id, name] of [
    ['ann', 'Ann Learner'],
    ['bob', 'Bob Learner'],
    ['cat', 'Cat Learner'],
  ])
    platform.users.set(id!, { sub: `u-${id}`, name: name!, roles: [ROLE.learner] });
});
afterAll(async () => {
  await server.stop();
  await platform.stop();
});
beforeEach(() => {
  platform.tamper = {};
});

const counts = () => ({
  sessions: server.app.store.sessions().length,
  links: server.app.lti.store.links().length,
  players: server.app.store.db.prepare('SELECT COUNT(*) AS n FROM players').get()!.n,
});

function fragment(location: string | null) {
  return new URLSearchParams((location ?? '').split('#')[1] ?? '');
}

/** A link whose session plays the mini case's graded round, three of its seats taken by launched learners. */
async function gradedSession(linkId: string) {
  const link = platform.addLink({
    id: linkId,
    custom: { bc_settings: JSON.stringify({ scenarioId: 'mini', bots: false }) },
  });
  const teacher = await httpLaunch(platform, 'teacher', link.id);
  expect(teacher.status).toBe(303);
  const sessionId = fragment(teacher.location).get('session')!;
  const secret = fragment(teacher.location).get('secret')!;
  const ids: string[] = [];
  for (const who of ['ann', 'bob', 'cat']) {
    const r = await httpLaunch(platform, who, link.id);
    if (r.status !== 303) throw new Error(r.text);
    ids.push(server.app.registry.local(sessionId)!.rejoin(fragment(r.location).get('token'))!.id);
  }
  // The graded round of the mini case, with three of its seats taken by the launched students.
  const live = server.app.registry.local(sessionId)!;
  expect(live.scenario.meta.id).toBe('mini');
  const log = gradedRoundLog(miniScenario());
  const seatsFor = new Map([
    ['p-production', 0],
    ['p-A1', 1],
    ['p-B1', 2],
  ]);
  const names = ['Ann Learner', 'Bob Learner', 'Cat Learner'];
  const table = live.addTable(Date.now());
  const shift = Date.now() - log[0]!.at;
  for (const e of log) {
    let action = e.action;
    if (action.type === 'seat-player' && seatsFor.has(action.player.id)) {
      const i = seatsFor.get(action.player.id)!;
      action = { ...action, player: { id: ids[i]!, name: names[i]! } };
    }
    const r = live.act(table.id, e.actor, action, e.at + shift);
    if (!r.ok) throw new Error(`${e.action.type}: ${r.rejection.message}`);
  }
  return { link, sessionId, secret, ids, live };
}

describe('LTI launches', () => {
  it('publishes the tool key set, and rotating keeps the previous key published', async () => {
    const before = (await (await fetch(`${server.url}/lti/jwks`)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(before.keys).toHaveLength(1);
    expect(before.keys[0]!.d).toBeUndefined();
    await server.app.lti.keys.rotate();
    const after = (await (await fetch(`${server.url}/lti/jwks`)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(after.keys.map((k) => k.kid)).toEqual([expect.any(String), before.keys[0]!.kid]);
    expect(after.keys.some((k) => k.d)).toBe(false);
  });

  it('an instructor lands in the console of the link session, learners in its lobby, the same seat on any device', async () => {
    const link = platform.addLink({
      id: 'rl-main',
      title: 'Week 5 role-play',
      custom: {
        bc_settings: JSON.stringify({ scenarioId: 'office-supplies', bots: true, sellerTeamSize: 1 }),
      },
    });
    const teacher = await httpLaunch(platform, 'teacher', link.id);
    expect(teacher.status).toBe(303);
    expect(teacher.location).toMatch(/^\/host\.html#session=/);
    const sessionId = fragment(teacher.location).get('session')!;
    const secret = fragment(teacher.location).get('secret')!;
    expect(server.app.registry.isHost(sessionId, secret)).toBe(true);
    const session = server.app.registry.get(sessionId)!;
    expect(session.options.title).toBe('Week 5 role-play');
    expect(session.options.sellerTeamSize).toBe(1);

    // A second instructor launch opens the same session.
    const again = await httpLaunch(platform, 'teacher', link.id);
    expect(fragment(again.location).get('session')).toBe(sessionId);

    const ann = await httpLaunch(platform, 'ann', link.id);
    expect(ann.status).toBe(303);
    expect(ann.location).toMatch(new RegExp(`^/\\?code=${session.code}#token=`));
    const live = server.app.registry.local(sessionId)!;
    const annToken = fragment(ann.location).get('token')!;
    const annPlayer = live.rejoin(annToken)!;
    expect(annPlayer.name).toBe('Ann Learner');

    // Ann's phone: a new browser (no cookie), the same seat; the laptop's token stops working.
    const phone = await httpLaunch(platform, 'ann', link.id);
    const phoneToken = fragment(phone.location).get('token')!;
    expect(live.rejoin(phoneToken)?.id).toBe(annPlayer.id);
    expect(live.rejoin(annToken)).toBeNull();
    expect([...live.players.values()].filter((p) => p.name.startsWith('Ann'))).toHaveLength(1);
  });

  it('reads the roster (NRPS) for the console: who has joined and who has not', async () => {
    const link = server.app.lti.store.links().find((l) => l.resourceLinkId === 'rl-main')!;
    const secret = fragment((await httpLaunch(platform, 'teacher', 'rl-main')).location).get('secret')!;
    const res = await fetch(`${server.url}/lti/sessions/${link.sessionId}/roster`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(200);
    const roster = (await res.json()) as { members: { userId: string; joined: boolean; staff: boolean }[] };
    const byUser = new Map(roster.members.map((m) => [m.userId, m]));
    expect(byUser.get('u-ann')?.joined).toBe(true);
    expect(byUser.get('u-bob')?.joined).toBe(false);
    expect(byUser.get('u-teacher')?.staff).toBe(true);
    // Without the host secret (a learner has none), nothing.
    expect((await fetch(`${server.url}/lti/sessions/${link.sessionId}/roster`)).status).toBe(401);
    expect(
      (
        await fetch(`${server.url}/lti/sessions/${link.sessionId}/roster`, {
          headers: { authorization: 'Bearer nope' },
        })
      ).status,
    ).toBe(403);
  });

  it('posts each student grade to the line item once, retrying failures with a visible status', async () => {
    const { link, sessionId, secret, ids, live } = await gradedSession('rl-graded');
    const expected = new Map(gradesReport(live).students.map((s) => [s.playerId, s.grade]));

    const status = async () =>
      (await (
        await fetch(`${server.url}/lti/sessions/${sessionId}/scores`, {
          headers: { authorization: `Bearer ${secret}` },
        })
      ).json()) as {
        students: { playerId: string; status: string; attempts: number; error: string | null }[];
      };
    expect((await status()).students.map((s) => s.status)).toEqual(['pending', 'pending', 'pending']);

    // The gradebook is down for the first two posts: those two show failed, the third is sent.
    platform.failScores = 2;
    const post = () =>
      fetch(`${server.url}/lti/sessions/${sessionId}/scores`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}` },
      });
    const first = (await (await post()).json()) as { students: { status: string; error: string | null }[] };
    expect(first.students.filter((s) => s.status === 'failed')).toHaveLength(2);
    expect(first.students.find((s) => s.status === 'failed')?.error).toMatch(/HTTP 503/);
    expect(platform.scores.filter((s) => s.lineItem === link.lineItem)).toHaveLength(1);
    // The retry posts the two that failed; a third run posts nothing.
    await post();
    await post();
    const posted = platform.scores.filter((s) => s.lineItem === link.lineItem);
    expect(posted).toHaveLength(3);
    for (const [i, who] of ['u-ann', 'u-bob', 'u-cat'].entries()) {
      const score = posted.find((s) => s.userId === who)!;
      expect(score.scoreGiven).toBe(expected.get(ids[i]!));
      expect(score.scoreMaximum).toBe(100);
      expect(score.comment).toMatch(/1 graded round/);
      expect(score.gradingProgress).toBe('FullyGraded');
    }
    expect((await status()).students.every((s) => s.status === 'sent')).toBe(true);
    // The sweep (after each round) finds nothing new to post either.
    await server.app.lti.passback.sweep();
    expect(platform.scores.filter((s) => s.lineItem === link.lineItem)).toHaveLength(3);
  });

  it('a session deleted in the console takes its link along: the next instructor launch makes a new one', async () => {
    platform.addLink({ id: 'rl-deleted' });
    const first = await httpLaunch(platform, 'teacher', 'rl-deleted');
    const sessionId = fragment(first.location).get('session')!;
    const secret = fragment(first.location).get('secret')!;
    await httpLaunch(platform, 'ann', 'rl-deleted');
    const res = await fetch(`${server.url}/api/sessions/${sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(204);
    expect(server.app.lti.store.linkOfSession(sessionId)).toBeUndefined();
    expect(server.app.lti.store.subsOf(sessionId).size).toBe(0);
    const again = await httpLaunch(platform, 'teacher', 'rl-deleted');
    expect(again.status).toBe(303);
    expect(fragment(again.location).get('session')).not.toBe(sessionId);
  });

  it('posts by itself after a round: the sweep finds the finished round and posts each grade once', async () => {
    const { link, live, ids } = await gradedSession('rl-swept');
    // Only the launched learners have a gradebook; the log's other students do not.
    const expected = gradesReport(live).students.filter((s) => ids.includes(s.playerId));
    await server.app.lti.passback.sweep();
    const posted = () => platform.scores.filter((s) => s.lineItem === link.lineItem);
    expect(
      posted()
        .map((s) => s.scoreGiven)
        .sort(),
    ).toEqual(expected.map((s) => s.grade).sort());
    expect(posted()).toHaveLength(3);
    await server.app.lti.passback.sweep();
    expect(posted()).toHaveLength(3);
  });

  it('a login stores nothing; only a launch that passed every check remembers its nonce', async () => {
    const nonces = () => server.app.store.db.prepare('SELECT COUNT(*) AS n FROM lti_nonces').get()!.n;
    const before = nonces();
    for (let i = 0; i < 5; i++) {
      const r = await fetch(`${server.url}/lti/login`, {
        method: 'POST',
        body: new URLSearchParams(platform.loginFields('ann', 'rl-main')),
        redirect: 'manual',
      });
      expect(r.status).toBe(302);
    }
    expect(nonces()).toBe(before);
    expect((await httpLaunch(platform, 'ann', 'rl-main')).status).toBe(303);
    expect(nonces()).toBe(Number(before) + 1);
  });

  it('an instructor adding the activity gets the picker; a learner may not', async () => {
    const teacher = await httpLaunch(platform, 'teacher', 'deep-link');
    expect(teacher.status).toBe(200);
    expect(teacher.text).toContain('Add Buying Center to the course');
    const before = counts();
    const learner = await httpLaunch(platform, 'ann', 'deep-link');
    expect(learner.status).toBe(403);
    expect(learner.text).toContain('Only an instructor may add this activity');
    expect(counts()).toEqual(before);
  });
});

describe("the tool's pages in the launch's language", () => {
  const PRESENTATION = 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation';

  it('a refused launch explains itself in Finnish for a Finnish locale, even when the token was refused', async () => {
    platform.addLink({ id: 'rl-fi' });
    const before = counts();
    platform.tamper = {
      claims: (c) => ({
        ...c,
        aud: 'someone-else',
        azp: 'someone-else',
        [PRESENTATION]: { locale: 'fi-FI' },
      }),
    };
    const r = await httpLaunch(platform, 'teacher', 'rl-fi');
    expect(r.status).toBe(403);
    expect(r.text).toContain('<html lang="fi">');
    expect(r.text).toContain('Ostokeskus ei käynnistynyt');
    expect(r.text).toContain(
      `id_tokenia ei ole osoitettu tämän työkalun client id:lle (${platform.clientId}).`,
    );
    expect(r.text).toContain('Mitään ei luotu eikä muutettu.');
    expect(r.text).not.toContain('Buying Center could not start');
    expect(counts()).toEqual(before);
  });

  it("a learner's refusal in the token's locale; a login refusal in the browser's Accept-Language", async () => {
    platform.tamper = { claims: (c) => ({ ...c, locale: 'fi' }) };
    const learner = await httpLaunch(platform, 'ann', 'deep-link');
    expect(learner.status).toBe(403);
    expect(learner.text).toContain('Vain opettaja voi lisätä tämän aktiviteetin kurssille.');
    const login = await fetch(`${server.url}/lti/login`, {
      headers: { 'accept-language': 'pl-PL,pl;q=0.9' },
    });
    expect(login.status).toBe(400);
    expect(login.headers.get('content-language')).toBe('pl');
    const text = await login.text();
    expect(text).toContain('<html lang="pl">');
    expect(text).toContain('W inicjacji logowania brakuje iss lub login_hint.');
    // No language of ours asked for: English.
    const other = await fetch(`${server.url}/lti/login`, { headers: { 'accept-language': 'de-DE' } });
    expect(await other.text()).toContain('<html lang="en">');
  });

  it('the picker in Polish: its words, the session language Polish by default, the answer to the course too', async () => {
    platform.tamper = { claims: (c) => ({ ...c, [PRESENTATION]: { locale: 'pl-PL' } }) };
    const picker = await httpLaunch(platform, 'teacher', 'deep-link');
    expect(picker.status).toBe(200);
    expect(picker.text).toContain('<html lang="pl">');
    expect(picker.text).toContain('<h1>Dodaj Centrum zakupowe do kursu</h1>');
    expect(picker.text).toContain('Boty zajmują wolne miejsca');
    expect(picker.text).toContain('Rozpoznanie potrzeby (minuty, domyślnie');
    expect(picker.text).toContain('<option value="pl" selected lang="pl">Polski</option>');
    expect(picker.text).not.toMatch(/Add Buying Center|Seller teams per table/);
    const context = /name="context" value="([^"]+)"/.exec(picker.text)![1]!;

    // A bad answer: the picker again, still in Polish.
    const post = (fields: Record<string, string>) =>
      fetch(`${server.url}/lti/deep-link`, {
        method: 'POST',
        body: new URLSearchParams({ context, ...fields }),
      });
    const bad = await post({ scenario: 'no-such-scenario', language: 'pl' });
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(badText).toContain('<html lang="pl">');
    expect(badText).toContain('Wybierz jeden ze scenariuszy.');

    const answer = await post({
      scenario: 'office-supplies',
      language: 'pl',
      seller_team_size: '1',
      bots: 'on',
    });
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('Wracamy do kursu…');
    const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1]!;
    const items = decodeJwt(jwt)['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as {
      title: string;
      custom: { bc_settings: string };
    }[];
    expect(items[0]!.title).toMatch(/^Centrum zakupowe: /);
    expect(JSON.parse(items[0]!.custom.bc_settings)).toMatchObject({ language: 'pl', sellerTeamSize: 1 });
  });
});

describe('refused launches: a plain page, nothing created', () => {
  const refused = async (
    run: () => Promise<{ status: number; text: string }>,
    message: RegExp,
    status = 403,
  ) => {
    platform.addLink({ id: 'rl-refused' });
    const before = counts();
    const r = await run();
    expect(r.status).toBe(status);
    expect(r.text).toContain('id="lti-problem"');
    expect(r.text).toMatch(message);
    expect(r.text).not.toMatch(/at .*\.ts:\d+/);
    expect(counts()).toEqual(before);
    expect(server.app.lti.store.links().some((l) => l.resourceLinkId === 'rl-refused')).toBe(false);
  };

  it('a bad signature', async () => {
    platform.tamper = { key: await TestPlatform.stranger(), kid: undefined };
    // The stranger's key under the platform's own kid: the signature does not verify.
    const kid = ((await (await fetch(`${platform.url}/jwks`)).json()) as { keys: { kid: string }[] }).keys[0]!
      .kid;
    platform.tamper.kid = kid;
    await refused(() => httpLaunch(platform, 'teacher', 'rl-refused'), /signature does not verify/);
  });

  it('an unknown kid, even after fetching the key set again; a rotated, published key is found', async () => {
    await platform.rotateKey({ publish: false });
    await refused(
      () => httpLaunch(platform, 'teacher', 'rl-refused'),
      /not in the platform&#39;s key set .* even after fetching it again/,
    );
    platform.published = [...platform.published];
    await platform.rotateKey({ publish: true });
    const ok = await httpLaunch(platform, 'teacher', 'rl-main');
    expect(ok.status).toBe(303);
  });

  it('a wrong aud', async () => {
    platform.tamper = { claims: (c) => ({ ...c, aud: 'someone-else', azp: 'someone-else' }) };
    await refused(() => httpLaunch(platform, 'teacher', 'rl-refused'), /not addressed to this tool/);
  });

  it('an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    platform.tamper = { claims: (c) => ({ ...c, iat: past, exp: past + 300 }) };
    await refused(() => httpLaunch(platform, 'teacher', 'rl-refused'), /expired/);
  });

  it('a replayed nonce', async () => {
    platform.addLink({ id: 'rl-replay' });
    const first = await httpLaunch(platform, 'ann', 'rl-main');
    expect(first.status).toBe(303);
    await refused(() => postLaunch(platform, first.form, first.cookie), /already used/);
  });

  it('a wrong state: not issued by the tool, or another browser', async () => {
    platform.tamper = { state: 'forged.state.value' };
    await refused(
      () => httpLaunch(platform, 'teacher', 'rl-refused'),
      /state is not one this tool issued/,
      400,
    );
    platform.tamper = {};
    // A real login in one browser, its launch posted from another browser (another cookie).
    await refused(
      async () => {
        const r = await httpLaunch(
          platform,
          'teacher',
          'rl-refused',
          undefined,
          'bc_lti_browser=someone-else',
        );
        return r;
      },
      /belongs to another browser/,
      400,
    );
  });

  it('an unregistered deployment', async () => {
    platform.tamper = {
      claims: (c) => ({ ...c, 'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'dep-x' }),
    };
    await refused(
      () => httpLaunch(platform, 'teacher', 'rl-refused'),
      /deployment id &quot;dep-x&quot; is not registered/,
    );
  });

  it('a wrong message version or type', async () => {
    platform.tamper = {
      claims: (c) => ({ ...c, 'https://purl.imsglobal.org/spec/lti/claim/version': '1.1' }),
    };
    await refused(() => httpLaunch(platform, 'teacher', 'rl-refused'), /LTI version 1\.1/, 400);
  });

  it('a learner on a link no instructor opened, and a learner never gets the console', async () => {
    await refused(
      () => httpLaunch(platform, 'ann', 'rl-refused'),
      /instructor has not opened this activity/,
      409,
    );
    const learner = await httpLaunch(platform, 'bob', 'rl-main');
    expect(learner.location).not.toMatch(/host\.html|secret=/);
  });

  it("a host secret the server's seal key does not open: a plain page, not a stack trace", async () => {
    platform.addLink({ id: 'rl-resealed' });
    const first = await httpLaunch(platform, 'teacher', 'rl-resealed');
    const sessionId = fragment(first.location).get('session')!;
    // As if LTI_SEAL_KEY had been changed since the session was made.
    server.app.lti.store.setHostSecretSealed(sessionId, seal(randomBytes(32), 'someone-elses'));
    const before = counts();
    const again = await httpLaunch(platform, 'teacher', 'rl-resealed');
    expect(again.status).toBe(500);
    expect(again.text).toContain('id="lti-problem"');
    expect(again.text).toMatch(/does not open with the server&#39;s seal key \(LTI_SEAL_KEY/);
    expect(again.location).toBeNull();
    expect(counts()).toEqual(before);
  });

  it('garbage at the launch endpoint', async () => {
    await refused(
      () => postLaunch(platform, { id_token: 'x', state: 'y' }),
      /state is not one this tool issued/,
      400,
    );
  });
});
