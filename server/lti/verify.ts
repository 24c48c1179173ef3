// The login initiation's state and nonce, and the complete check of a launch's id token (LTI Core 1.3 §5.1,
// 1EdTech Security Framework §5.1.3). Every failure is an LtiRefusal with a sentence for the platform's
// administrator; nothing here writes anything but the nonce it takes.
import { createHash, randomBytes } from 'node:crypto';
import {
  SignJWT,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import {
  CLAIM,
  DEEP_LINKING_REQUEST,
  LTI_VERSION,
  LaunchClaimsSchema,
  RESOURCE_LINK_REQUEST,
  type LaunchClaims,
} from './claims.ts';
import type { Text } from './language.ts';
import type { LtiStore, Platform } from './store.ts';
import { en } from './strings-en.ts';

/**
 * A launch the tool refuses: `text` says what to tell the administrator, in the page's language (its English
 * is the error's message, for logs and tests); `status` is the HTTP status.
 */
export class LtiRefusal extends Error {
  readonly status: number;
  readonly text: Text;
  constructor(text: Text, status = 400) {
    super(text(en));
    this.name = 'LtiRefusal';
    this.text = text;
    this.status = status;
  }
}

/** How long a login may take between initiation and launch (the platform's sign-in page may sit between). */
export const LOGIN_MS = 10 * 60_000;
/** Clock difference tolerated on exp, iat and nbf. */
export const SKEW_S = 30;
/** The oldest id token accepted (iat). */
const MAX_TOKEN_AGE_S = 10 * 60;
const STATE_ISSUER = 'buying-center/lti-login';

export const BROWSER_COOKIE = 'bc_lti_browser';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export interface LoginState {
  iss: string;
  clientId: string;
  nonce: string;
  /** The hash of the browser's cookie value the login set. */
  browser: string;
  /** When the state stops being valid: its nonce is remembered until then. */
  expiresAt: number;
}

export interface VerifiedLaunch {
  platform: Platform;
  claims: LaunchClaims;
}

export interface VerifierOptions {
  /** How soon after a fetch a JWKS may be fetched again for an unknown kid (jose's cooldown). */
  jwksCooldownMs?: number;
  now?: () => number;
}

export class LaunchVerifier {
  private readonly lti: LtiStore;
  private readonly stateKey: Uint8Array;
  private readonly sets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(lti: LtiStore, stateKey: Uint8Array, options: VerifierOptions = {}) {
    this.lti = lti;
    this.stateKey = stateKey;
    this.cooldownMs = options.jwksCooldownMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The platform's key set, fetched on first use and cached; jose fetches it again when a token names a kid
   * the cached set lacks (a rotation at the platform), at most once per cooldown.
   */
  private keySet(url: string) {
    let set = this.sets.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), {
        cooldownDuration: this.cooldownMs,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5000,
      });
      this.sets.set(url, set);
    }
    return set;
  }

  /**
   * A new login: its nonce and the signed state that carries it back. Nothing is stored: the state is proof
   * enough that the tool issued the nonce, and a login nobody completes costs the tool nothing.
   */
  async startLogin(
    iss: string,
    clientId: string,
    browser: string,
  ): Promise<{ state: string; nonce: string }> {
    const nonce = randomBytes(18).toString('base64url');
    const now = this.now();
    const state = await new SignJWT({
      client_id: clientId,
      nonce,
      browser: sha256(browser),
      iss_platform: iss,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(STATE_ISSUER)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor((now + LOGIN_MS) / 1000))
      .sign(this.stateKey);
    return { state, nonce };
  }

  private async readState(state: unknown, browserCookie: string | undefined): Promise<LoginState> {
    if (typeof state !== 'string' || state.length === 0 || state.length > 4096)
      throw new LtiRefusal((t) => t.stateMissing);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(state, this.stateKey, {
        algorithms: ['HS256'],
        issuer: STATE_ISSUER,
        currentDate: new Date(this.now()),
      }));
    } catch {
      throw new LtiRefusal((t) => t.stateInvalid);
    }
    const { client_id, nonce, browser, iss_platform } = payload;
    if (
      typeof client_id !== 'string' ||
      typeof nonce !== 'string' ||
      typeof browser !== 'string' ||
      typeof iss_platform !== 'string'
    )
      throw new LtiRefusal((t) => t.stateForeign);
    // Bound to the browser: where the login's cookie came back (a new window, or an iframe with partitioned
    // cookies), it must be this login's browser. Where the browser sends no cookie to a framed tool at all,
    // the signed state and the single-use nonce stand alone (docs/lti.md, "Why the state works in an iframe").
    if (browserCookie !== undefined && sha256(browserCookie) !== browser)
      throw new LtiRefusal((t) => t.stateOtherBrowser);
    return {
      iss: iss_platform,
      clientId: client_id,
      nonce,
      browser,
      expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : this.now() + LOGIN_MS,
    };
  }

  /** Checks a launch completely; the nonce is used up only once everything else has passed. */
  async verify(idToken: unknown, state: unknown, browserCookie: string | undefined): Promise<VerifiedLaunch> {
    const login = await this.readState(state, browserCookie);
    if (typeof idToken !== 'string' || idToken.length === 0 || idToken.length > 64 * 1024)
      throw new LtiRefusal((t) => t.noIdToken);
    let unverified: JWTPayload;
    try {
      decodeProtectedHeader(idToken);
      unverified = decodeJwt(idToken);
    } catch {
      throw new LtiRefusal((t) => t.malformedToken);
    }
    if (unverified.iss !== login.iss) throw new LtiRefusal((t) => t.issuerMismatch({ issuer: login.iss }));
    const platform = this.lti.platform(login.iss, login.clientId);
    if (!platform)
      throw new LtiRefusal((t) => t.unknownPlatform({ issuer: login.iss, clientId: login.clientId }), 403);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.keySet(platform.jwksUrl), {
        algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'PS256'],
        issuer: platform.issuer,
        audience: platform.clientId,
        clockTolerance: SKEW_S,
        maxTokenAge: MAX_TOKEN_AGE_S,
        requiredClaims: ['exp', 'iat', 'nonce'],
        currentDate: new Date(this.now()),
      }));
    } catch (error) {
      throw new LtiRefusal(tokenProblem(error, platform), 403);
    }
    const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((aud.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId)
      throw new LtiRefusal((t) => t.wrongAzp({ clientId: platform.clientId }), 403);
    const parsed = LaunchClaimsSchema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.join('.') ?? '';
      throw new LtiRefusal((t) => t.badClaim({ path }));
    }
    const claims = parsed.data;
    if (claims.nonce !== login.nonce) throw new LtiRefusal((t) => t.wrongNonce, 403);
    const version = claims[CLAIM.version];
    if (version !== LTI_VERSION)
      throw new LtiRefusal((t) => t.wrongVersion({ version, supported: LTI_VERSION }));
    const type = claims[CLAIM.messageType];
    if (type !== RESOURCE_LINK_REQUEST && type !== DEEP_LINKING_REQUEST)
      throw new LtiRefusal((t) => t.wrongMessageType({ type }));
    const deployment = claims[CLAIM.deploymentId];
    if (!platform.deployments.includes(deployment))
      throw new LtiRefusal((t) => t.unknownDeployment({ deployment, issuer: platform.issuer }), 403);
    if (type === RESOURCE_LINK_REQUEST && !claims[CLAIM.resourceLink])
      throw new LtiRefusal((t) => t.noResourceLink);
    if (type === DEEP_LINKING_REQUEST && !claims[CLAIM.deepLinkingSettings])
      throw new LtiRefusal((t) => t.noDeepLinkingSettings);
    // Last: a launch refused above leaves its nonce for nobody (it expires), one that passed uses it up.
    if (!this.lti.useNonce(claims.nonce, login.expiresAt + SKEW_S * 1000, this.now()))
      throw new LtiRefusal((t) => t.replayed, 403);
    return { platform, claims };
  }
}

function tokenProblem(error: unknown, platform: Platform): Text {
  const { jwksUrl, clientId, issuer } = platform;
  if (error instanceof errors.JWKSNoMatchingKey) return (t) => t.unknownKid({ jwksUrl });
  if (error instanceof errors.JWSSignatureVerificationFailed) return (t) => t.badSignature({ jwksUrl });
  if (error instanceof errors.JWTExpired) return (t) => t.expired;
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return (t) => t.wrongAudience({ clientId });
    if (error.claim === 'iss') return (t) => t.wrongIssuer({ issuer });
    if (error.claim === 'iat') return (t) => t.badIssuedAt;
    const claim = error.claim;
    return (t) => t.badClaimValue({ claim });
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return (t) => t.keySetUnreadable({ jwksUrl });
  if (error instanceof errors.JOSEAlgNotAllowed) return (t) => t.algorithmRefused;
  return (t) => t.unverifiable({ jwksUrl });
}
