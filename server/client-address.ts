// Who is asking: the address every per-address limit counts (failed join look-ups, join attempts, pending
// seat reservations). Colyseus reads the address of a matchmaking request or a room's socket from the
// X-Real-IP / X-Forwarded-For headers first, which any client can write, so a limit keyed on it could be
// dodged by sending a new header each time. Here every request and upgrade gets X-Real-IP rewritten from the
// socket, through the proxies TRUST_PROXY names and no others (the same rule Express's `trust proxy` uses,
// with the same library), before Express or Colyseus read it (front-door.ts).
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type Trust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY: unset or empty trusts no proxy (the socket's peer is the client); a number trusts that many
 * hops; `loopback`, `uniquelocal`, addresses or subnets (comma-separated) trust proxies at those addresses.
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(value.split(',').map((v) => v.trim()));
}

/** The client's address by the trust rule, or 'unknown' for a socket already gone. */
export function clientAddress(req: IncomingMessage, trust: Trust): string {
  if (!req.socket.remoteAddress) return 'unknown';
  return proxyAddr(req, trust);
}
