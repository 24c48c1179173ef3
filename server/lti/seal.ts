// The host secret of an LTI-made session, stored sealed (AES-256-GCM): every instructor launch hands it to the
// console again, so it cannot be kept as a hash only, as the API's are. The key is LTI_SEAL_KEY where the
// administrator supplies one (kept out of the database, so a copy of the database alone opens nothing), else a
// key kept in the store. Values sealed under the store's key still open after LTI_SEAL_KEY is set, and are
// sealed again under it at start (HostSecretSeal.reseal).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export function seal(key: Buffer, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(key: Buffer, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !body) throw new Error('not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** 32 bytes in base64url: 43 characters, with the padding `=` allowed. */
const KEY_TEXT = /^[A-Za-z0-9_-]{43}=?$/;

/**
 * LTI_SEAL_KEY's value as a key, or an Error saying what is wrong with it (Node's base64url decoder skips
 * what it cannot read, so the text is checked first: a mistyped key must stop the start, not seal under less).
 */
export function parseSealKey(text: string): Buffer {
  const trimmed = text.trim();
  if (!KEY_TEXT.test(trimmed))
    throw new Error(
      'LTI_SEAL_KEY must be 32 random bytes in base64url (43 characters), e.g. from: openssl rand 32 | basenc --base64url',
    );
  return Buffer.from(trimmed, 'base64url');
}

/** Seals under the current key; opens what any of the keys sealed (the current first). */
export class HostSecretSeal {
  private readonly current: Buffer;
  private readonly older: readonly Buffer[];

  constructor(current: Buffer, older: readonly Buffer[] = []) {
    if (current.length !== 32) throw new Error('The seal key must be 32 bytes.');
    this.current = current;
    this.older = older.filter((k) => !k.equals(current));
  }

  seal(text: string): string {
    return seal(this.current, text);
  }

  /** The sealed text, or null when none of the keys opens it (another key, or a changed byte). */
  unseal(sealed: string): string | null {
    for (const key of [this.current, ...this.older]) {
      try {
        return unseal(key, sealed);
      } catch {
        // Not this key: the next.
      }
    }
    return null;
  }

  /**
   * The value sealed again under the current key when an older key sealed it; null when it already is under
   * the current key, or no key opens it.
   */
  reseal(sealed: string): string | null {
    try {
      unseal(this.current, sealed);
      return null;
    } catch {
      const text = this.unseal(sealed);
      return text === null ? null : this.seal(text);
    }
  }
}
