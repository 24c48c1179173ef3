// The LTI pieces that need no server: role vocabulary, names, the registration's checks, the sealed host
// secret and LTI_SEAL_KEY, the NRPS Link header, and a deep link's settings read through the API's own schema.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLAIM, displayName, isStaff, type LaunchClaims } from '../../server/lti/claims.ts';
import { parsePlatform } from '../../server/lti/registration.ts';
import { HostSecretSeal, parseSealKey, seal, unseal } from '../../server/lti/seal.ts';
import { hostSecretSeal } from '../../server/lti/server.ts';
import { LtiStore, type LinkRow } from '../../server/lti/store.ts';
import { Store } from '../../server/store/store.ts';
import { tempDir } from '../integration/harness.ts';
import { nextLink } from '../../server/lti/services.ts';
import { settingsOf } from '../../server/lti/routes.ts';
import { LtiRefusal } from '../../server/lti/verify.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership';

describe('roles', () => {
  it('gives the console to instructors, TAs, administrators and content developers, not to learners', () => {
    expect(isStaff([`${MEMBERSHIP}#Instructor`])).toBe(true);
    expect(isStaff([`${MEMBERSHIP}/Instructor#TeachingAssistant`])).toBe(true);
    expect(isStaff(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'])).toBe(true);
    expect(isStaff(['Instructor'])).toBe(true);
    expect(isStaff([`${MEMBERSHIP}#Learner`])).toBe(false);
    expect(
      isStaff([`${MEMBERSHIP}#Mentor`, 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student']),
    ).toBe(false);
    expect(isStaff([])).toBe(false);
  });
});

describe('names', () => {
  const claims = (extra: Partial<LaunchClaims>) => ({ iss: 'x', nonce: 'n', ...extra }) as LaunchClaims;
  it('takes name, else given and family names', () => {
    expect(displayName(claims({ name: '  Ann Lee ' }))).toBe('Ann Lee');
    expect(displayName(claims({ given_name: 'Ann', family_name: 'Lee' }))).toBe('Ann Lee');
    expect(displayName(claims({}))).toBeNull();
  });
});

describe('registration', () => {
  const good = {
    issuer: 'https://canvas.instructure.com',
    clientId: '10000000000001',
    deployments: ['1:abc'],
    authUrl: 'https://sso.canvaslms.com/api/lti/authorize_redirect',
    tokenUrl: 'https://sso.canvaslms.com/login/oauth2/token',
    jwksUrl: 'https://sso.canvaslms.com/api/lti/security/jwks',
  };
  it('accepts https endpoints, and http for localhost only', () => {
    expect(parsePlatform(good).ok).toBe(true);
    expect(parsePlatform({ ...good, jwksUrl: 'http://127.0.0.1:8080/jwks' }).ok).toBe(true);
    const plain = parsePlatform({ ...good, tokenUrl: 'http://lms.example.edu/token' });
    expect(plain).toEqual({ ok: false, error: expect.stringMatching(/tokenUrl: an https:\/\/ URL/) });
  });
  it('needs a deployment id and every field, and nothing unknown', () => {
    expect(parsePlatform({ ...good, deployments: [] })).toMatchObject({ ok: false, error: /deployments/ });
    expect(parsePlatform({ ...good, authUrl: undefined })).toMatchObject({ ok: false, error: /authUrl/ });
    expect(parsePlatform({ ...good, __proto__: { x: 1 }, extra: 1 })).toMatchObject({ ok: false });
  });
});

describe('sealed host secrets', () => {
  it('opens with its key, and refuses another key or a changed byte', () => {
    const key = randomBytes(32);
    const sealed = seal(key, 'the-host-secret');
    expect(sealed).not.toContain('the-host-secret');
    expect(unseal(key, sealed)).toBe('the-host-secret');
    expect(() => unseal(randomBytes(32), sealed)).toThrow();
    const [iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => unseal(key, [iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });
});

describe('LTI_SEAL_KEY', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
    vi.restoreAllMocks();
  });

  it('is 32 bytes in base64url, padded or not; anything else is refused, not shortened', () => {
    const key = randomBytes(32);
    expect(parseSealKey(key.toString('base64url')).equals(key)).toBe(true);
    expect(parseSealKey(` ${key.toString('base64url')}=\n`).equals(key)).toBe(true);
    for (const bad of [
      randomBytes(16).toString('base64url'),
      randomBytes(33).toString('base64url'),
      // Standard base64 with its + and / (a random key's base64 may happen to have neither: then it is base64url).
      Buffer.alloc(32, 0xfb).toString('base64'),
      `${key.toString('base64url').slice(0, 42)}!`,
      key.toString('hex'),
      '',
    ])
      expect(() => parseSealKey(bad), bad).toThrow(/LTI_SEAL_KEY must be 32 random bytes/);
  });

  it('seals under the new key, still opens what the old key sealed, and seals that again under the new one', () => {
    const [old, current] = [randomBytes(32), randomBytes(32)];
    const sealer = new HostSecretSeal(current, [old]);
    const fresh = sealer.seal('new-secret');
    expect(unseal(current, fresh)).toBe('new-secret');
    expect(() => unseal(old, fresh)).toThrow();
    const before = seal(old, 'old-secret');
    expect(sealer.unseal(before)).toBe('old-secret');
    const again = sealer.reseal(before)!;
    expect(unseal(current, again)).toBe('old-secret');
    expect(sealer.reseal(fresh)).toBeNull();
    // Sealed under neither key (or changed): opens to nothing, never to a throw.
    expect(sealer.unseal(seal(randomBytes(32), 'x'))).toBeNull();
    expect(sealer.reseal(seal(randomBytes(32), 'x'))).toBeNull();
    expect(sealer.unseal('not.sealed')).toBeNull();
    expect(sealer.unseal('')).toBeNull();
    expect(() => new HostSecretSeal(randomBytes(16))).toThrow();
  });

  const link = (sessionId: string, hostSecretSealed: string): LinkRow => ({
    issuer: 'https://lms.example.edu',
    deploymentId: 'd1',
    contextId: 'c1',
    resourceLinkId: `rl-${sessionId}`,
    clientId: 'tool',
    sessionId,
    hostSecretSealed,
    services: {},
  });

  it("at start, seals the database key's host secrets again under LTI_SEAL_KEY, so the database key opens none", async () => {
    const dir = tempDir();
    const store = new Store(dir);
    stores.push(store);
    const lti = new LtiStore(store);
    // Before LTI_SEAL_KEY: the key in the database seals.
    const withoutKey = hostSecretSeal(store, lti, undefined);
    lti.addLink(link('s1', withoutKey.seal('secret-1')), 1);
    lti.addLink(link('s2', seal(randomBytes(32), 'lost')), 2);
    await store.durable();
    const dbKey = store.existingSecret('lti-seal')!;
    expect(unseal(dbKey, lti.linkOfSession('s1')!.hostSecretSealed)).toBe('secret-1');

    const envKey = randomBytes(32);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const withKey = hostSecretSeal(store, lti, envKey);
    await store.durable();
    const sealed = lti.linkOfSession('s1')!.hostSecretSealed;
    expect(unseal(envKey, sealed)).toBe('secret-1');
    expect(() => unseal(dbKey, sealed)).toThrow();
    expect(withKey.unseal(sealed)).toBe('secret-1');
    // One it cannot open is left as it is, and said at start.
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^LTI: 1 session host secret/));
    expect(withKey.unseal(lti.linkOfSession('s2')!.hostSecretSealed)).toBeNull();
    // New ones go under LTI_SEAL_KEY; a second start changes nothing.
    expect(unseal(envKey, withKey.seal('secret-3'))).toBe('secret-3');
    hostSecretSeal(store, lti, envKey);
    expect(lti.linkOfSession('s1')!.hostSecretSealed).toBe(sealed);
  });

  it('with LTI_SEAL_KEY on a new store, makes no key in the database', () => {
    const store = new Store(tempDir());
    stores.push(store);
    const sealer = hostSecretSeal(store, new LtiStore(store), randomBytes(32));
    expect(store.existingSecret('lti-seal')).toBeUndefined();
    expect(sealer.unseal(sealer.seal('x'))).toBe('x');
  });
});

describe('NRPS paging', () => {
  it('follows rel="next" in the Link header', () => {
    expect(nextLink('<https://lms/m?p=2>; rel="next", <https://lms/m?p=9>; rel="last"')).toBe(
      'https://lms/m?p=2',
    );
    expect(nextLink('<https://lms/m?p=1>; rel="first"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});

describe("a deep link's settings", () => {
  const catalog = new Map([['mini', miniScenario()]]);
  const launch = (custom?: Record<string, unknown>) =>
    ({ iss: 'x', nonce: 'n', ...(custom ? { [CLAIM.custom]: custom } : {}) }) as unknown as LaunchClaims;
  it('reads them with the API schema, or defaults to the first scenario', () => {
    expect(
      settingsOf(launch({ bc_settings: '{"scenarioId":"mini","sellerTeamSize":1}' }), catalog),
    ).toMatchObject({
      scenarioId: 'mini',
      sellerTeamSize: 1,
      bots: true,
    });
    expect(settingsOf(launch(), catalog).scenarioId).toBe('mini');
  });
  it('refuses what is not JSON, not valid, or not bundled, with a refusal (never a throw of another kind)', () => {
    for (const bad of [
      '{',
      '{"scenarioId":"mini","sellerTeamSize":9}',
      '{"scenarioId":"other"}',
      '{"__proto__":{}}',
    ])
      expect(() => settingsOf(launch({ bc_settings: bad }), catalog)).toThrow(LtiRefusal);
  });
});
