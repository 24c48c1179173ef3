// The LTI pieces that need no server: role vocabulary, names, the registration's checks, the sealed host
// secret, the NRPS Link header, and a deep link's settings read through the API's own schema.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLAIM, displayName, isStaff, type LaunchClaims } from '../../server/lti/claims.ts';
import { parsePlatform } from '../../server/lti/registration.ts';
import { seal, unseal } from '../../server/lti/seal.ts';
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
