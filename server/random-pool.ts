// Random tokens for ids and secrets, cut from one buffer of the system's cryptographic random bytes filled 4 KiB
// at a time. `randomBytes(n)` crosses into the crypto library on every call, which a join burst's profile showed
// at about 30 µs a call with three calls a join (a ticket's nonce, the rejoin secret, the player's id): 2 % of
// the server's CPU (docs/performance.md). Node's own randomUUID caches its entropy the same way. Every byte is
// used once and wiped once used, so no two tokens share a byte and the pool holds only bytes still to come.
import { randomBytes, randomFillSync } from 'node:crypto';

const POOL = Buffer.alloc(4096);
let offset = POOL.length;

/** `bytes` fresh random bytes, encoded. */
export function randomToken(bytes: number, encoding: 'base64url' | 'hex'): string {
  if (!Number.isInteger(bytes) || bytes <= 0)
    throw new RangeError(`bytes must be a positive integer: ${bytes}`);
  if (bytes > POOL.length / 4) return randomBytes(bytes).toString(encoding);
  if (offset + bytes > POOL.length) {
    randomFillSync(POOL);
    offset = 0;
  }
  const token = POOL.toString(encoding, offset, offset + bytes);
  POOL.fill(0, offset, offset + bytes);
  offset += bytes;
  return token;
}
