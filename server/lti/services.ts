// The platform's services the tool calls: an access token by the client-credentials grant with a signed JWT
// assertion (1EdTech Security Framework §4.1), the course roster (NRPS 2.0) and scores (AGS 2.0). Tokens are
// kept until shortly before they expire, per platform and scope set.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { TOOL_ALG, type ToolKeys } from './keys.ts';
import type { Platform } from './store.ts';

const CALL_MS = 10_000;

/** A call to the platform that failed: `message` is shown in the console beside the student. */
export class ServiceError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null = null) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
  }
}

const TokenSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive().optional(),
});

const MemberSchema = z.looseObject({
  user_id: z.string().min(1).max(255),
  roles: z.array(z.string()).default([]),
  status: z.string().optional(),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  email: z.string().optional(),
});
const MembershipsSchema = z.looseObject({ members: z.array(MemberSchema).max(20_000) });
export type Member = z.infer<typeof MemberSchema>;

export interface Score {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  comment: string;
  timestamp: string;
  activityProgress: 'InProgress' | 'Completed';
  gradingProgress: 'FullyGraded' | 'Pending';
}

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(CALL_MS), redirect: 'error' });
  } catch (error) {
    throw new ServiceError(`The platform did not answer at ${url}: ${(error as Error).message}`);
  }
}

export class PlatformServices {
  private readonly keys: ToolKeys;
  private readonly tokens = new Map<string, { token: string; until: number }>();

  constructor(keys: ToolKeys) {
    this.keys = keys;
  }

  /** An access token for the scopes (client-credentials grant, the assertion signed with the tool's key). */
  async token(platform: Platform, scopes: readonly string[]): Promise<string> {
    const cacheKey = JSON.stringify([platform.issuer, platform.clientId, [...scopes].sort()]);
    const cached = this.tokens.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.token;
    const { kid, key } = await this.keys.current();
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: TOOL_ALG, kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setSubject(platform.clientId)
      .setAudience(platform.tokenUrl)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti(randomUUID())
      .sign(key);
    const res = await call(platform.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
        scope: scopes.join(' '),
      }),
    });
    if (!res.ok)
      throw new ServiceError(
        `The platform refused the tool an access token (HTTP ${res.status}).`,
        res.status,
      );
    const parsed = TokenSchema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new ServiceError("The platform's token answer has no access_token.");
    const seconds = parsed.data.expires_in ?? 3600;
    // A minute early, so that a token never expires on the way.
    this.tokens.set(cacheKey, {
      token: parsed.data.access_token,
      until: Date.now() + Math.max(0, seconds - 60) * 1000,
    });
    return parsed.data.access_token;
  }

  /** The whole roster, following the `next` links of the Link header (NRPS §2.4.2), at most 50 pages. */
  async members(platform: Platform, membershipsUrl: string, scope: string): Promise<Member[]> {
    const token = await this.token(platform, [scope]);
    const out: Member[] = [];
    let url: string | null = membershipsUrl;
    for (let page = 0; url && page < 50; page++) {
      const res: Response = await call(url, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
        },
      });
      if (!res.ok)
        throw new ServiceError(`The platform refused the roster (HTTP ${res.status}).`, res.status);
      const parsed = MembershipsSchema.safeParse(await res.json().catch(() => null));
      if (!parsed.success) throw new ServiceError("The platform's roster is not a membership container.");
      out.push(...parsed.data.members);
      url = nextLink(res.headers.get('link'));
    }
    return out;
  }

  /** Posts one score to a line item (AGS §3.4: POST {lineitem}/scores). */
  async postScore(platform: Platform, lineItem: string, scope: string, score: Score): Promise<void> {
    const token = await this.token(platform, [scope]);
    const url = new URL(lineItem);
    url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
    const res = await call(url.toString(), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.ims.lis.v1.score+json' },
      body: JSON.stringify(score),
    });
    if (!res.ok) throw new ServiceError(`The gradebook refused the score (HTTP ${res.status}).`, res.status);
  }
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part.trim());
    if (m?.[1]) return m[1];
  }
  return null;
}
