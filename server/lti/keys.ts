// The tool's own key pairs (RS256, as LTI 1.3 requires): the newest signs deep-linking responses and the
// client-credentials assertions of the grade and roster services; the newest two are published at /lti/jwks,
// so that a platform holding a cached copy of the old set still verifies what was signed just before a rotation.
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { LtiStore, ToolKey } from './store.ts';

export const TOOL_ALG = 'RS256';
/** The current key and the one before it. */
const PUBLISHED = 2;

async function newKey(now: number): Promise<ToolKey> {
  const { publicKey, privateKey } = await generateKeyPair(TOOL_ALG, {
    extractable: true,
    modulusLength: 2048,
  });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: TOOL_ALG, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: TOOL_ALG };
  return { kid, publicJwk, privateJwk, createdAt: now };
}

export class ToolKeys {
  private readonly lti: LtiStore;
  private signing: { kid: string; key: CryptoKey } | null = null;

  constructor(lti: LtiStore) {
    this.lti = lti;
  }

  /** Makes the first key pair if there is none (at the first start with LTI). */
  async ensure(now = Date.now()): Promise<void> {
    if (this.lti.keys().length === 0) this.lti.addKey(await newKey(now));
  }

  /** A new signing key; the previous one stays published, older ones go. Returns the new kid. */
  async rotate(now = Date.now()): Promise<string> {
    const key = await newKey(Math.max(now, (this.lti.keys()[0]?.createdAt ?? 0) + 1));
    this.lti.addKey(key);
    for (const old of this.lti.keys().slice(PUBLISHED)) this.lti.removeKey(old.kid);
    this.signing = null;
    return key.kid;
  }

  /** The public set, as GET /lti/jwks serves it. */
  async jwks(): Promise<{ keys: JWK[] }> {
    await this.ensure();
    return {
      keys: this.lti
        .keys()
        .slice(0, PUBLISHED)
        .map((k) => k.publicJwk as JWK),
    };
  }

  /** The newest private key, for signing (read from the store each time it changed: a rotation elsewhere). */
  async current(): Promise<{ kid: string; key: CryptoKey }> {
    await this.ensure();
    const newest = this.lti.keys()[0];
    if (!newest) throw new Error('The tool has no key pair yet.');
    if (this.signing?.kid !== newest.kid)
      this.signing = {
        kid: newest.kid,
        key: (await importJWK(newest.privateJwk as JWK, TOOL_ALG)) as CryptoKey,
      };
    return this.signing;
  }
}
