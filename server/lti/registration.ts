// A platform's registration as an administrator gives it (command line or settings file), checked before it
// is stored: https URLs (http only for localhost, as in tests), at least one deployment id.
import { z } from 'zod';
import type { Platform } from './store.ts';

const local = (u: URL) => u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
const Endpoint = z
  .url()
  .max(2048)
  .refine((s) => {
    const u = new URL(s);
    return u.protocol === 'https:' || (u.protocol === 'http:' && local(u));
  }, 'an https:// URL (http:// only for localhost)');

export const PlatformSchema = z
  .object({
    issuer: z.string().min(1).max(2048),
    clientId: z.string().min(1).max(255),
    deployments: z.array(z.string().min(1).max(255)).min(1).max(100),
    authUrl: Endpoint,
    tokenUrl: Endpoint,
    jwksUrl: Endpoint,
  })
  .strict();

/** The settings file: `{ "platforms": [ { issuer, clientId, deployments, authUrl, tokenUrl, jwksUrl } ] }`. */
export const PlatformsFileSchema = z.object({ platforms: z.array(PlatformSchema).min(1).max(100) }).strict();

export function parsePlatform(
  input: unknown,
): { ok: true; platform: Platform } | { ok: false; error: string } {
  const r = PlatformSchema.safeParse(input);
  if (!r.success)
    return {
      ok: false,
      error: r.error.issues.map((i) => `${i.path.join('.') || 'platform'}: ${i.message}`).join('; '),
    };
  return { ok: true, platform: r.data };
}
