// The pieces of the join gate that need no server: join tickets (signed for one room, short lived), the
// client's address behind trusted proxies only, and the depth of a JSON body counted without parsing it.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { JoinGate, TICKET_MS } from '../../server/join-gate.ts';
import { clientAddress, compileTrust } from '../../server/client-address.ts';
import { jsonDepth } from '../../server/http/body.ts';

const gate = new JoinGate({} as never, randomBytes(32));
const other = new JoinGate({} as never, randomBytes(32));

describe('join tickets', () => {
  const now = 1_800_000_000_000;
  const ticket = gate.issue('rRoomA', now);

  it('are good for their room until they expire', () => {
    expect(gate.check('rRoomA', ticket, now)).toMatchObject({ expires: now + TICKET_MS });
    expect(gate.check('rRoomA', ticket, now + TICKET_MS - 1)).toMatchObject({ expires: now + TICKET_MS });
    expect(gate.check('rRoomA', ticket, now + TICKET_MS)).toBe('ticket-expired');
  });

  it('are refused for another room, from another key, altered or malformed', () => {
    expect(gate.check('rRoomB', ticket, now)).toBe('ticket');
    expect(other.check('rRoomA', ticket, now)).toBe('ticket');
    const [expires, nonce, mac] = ticket.split('.') as [string, string, string];
    const later = (parseInt(expires, 36) + 3_600_000).toString(36);
    expect(gate.check('rRoomA', `${later}.${nonce}.${mac}`, now)).toBe('ticket');
    expect(gate.check('rRoomA', `${expires}.${nonce}x.${mac}`, now)).toBe('ticket');
    expect(gate.check('rRoomA', `${expires}.${nonce}.${mac.slice(0, -2)}`, now)).toBe('ticket');
    for (const bad of [undefined, '', 'a.b', 'a.b.c.d', `${ticket}.x`, 'x'.repeat(500), 42, null])
      expect(gate.check('rRoomA', bad, now)).toBe('ticket');
  });

  it('have one spelling: a last character that decodes to the same MAC is refused', () => {
    const [expires, nonce, mac] = ticket.split('.') as [string, string, string];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The last of 43 characters carries 4 bits of the MAC's 256 and 2 the decoder drops: 3 other spellings.
    const same = [...alphabet].filter(
      (c) =>
        c !== mac.at(-1) &&
        Buffer.from(mac.slice(0, -1) + c, 'base64url').equals(Buffer.from(mac, 'base64url')),
    );
    expect(same).toHaveLength(3);
    for (const c of same)
      expect(gate.check('rRoomA', `${expires}.${nonce}.${mac.slice(0, -1)}${c}`, now)).toBe('ticket');
    expect(gate.check('rRoomA', ticket, now)).toMatchObject({ expires: now + TICKET_MS });
  });

  it('differ every time', () => {
    const many = new Set(Array.from({ length: 100 }, () => gate.issue('rRoomA', now)));
    expect(many.size).toBe(100);
  });

  it('verified once are still checked for their room, expiry and spelling, past the remembered few', () => {
    // The gate remembers tickets it verified (the door and the matchmaking check read each one): many more
    // than it keeps, checked twice over, and the first again once forgotten.
    const many = Array.from({ length: 3000 }, (_, i) => gate.issue(`rRoom${i % 7}`, now));
    for (let pass = 0; pass < 2; pass++)
      many.forEach((t, i) =>
        expect(gate.check(`rRoom${i % 7}`, t, now)).toMatchObject({ expires: now + TICKET_MS }),
      );
    const first = many[0] as string;
    expect(gate.check('rRoom1', first, now)).toBe('ticket');
    expect(gate.check('rRoom0', first, now + TICKET_MS)).toBe('ticket-expired');
    expect(gate.check('rRoom0', `${first.slice(0, -1)}${first.endsWith('A') ? 'B' : 'A'}`, now)).toBe(
      'ticket',
    );
    expect(gate.check('rRoom0', first, now)).toMatchObject({ expires: now + TICKET_MS });
  });
});

describe('the client address', () => {
  const req = (remoteAddress: string, forwarded?: string) =>
    ({
      socket: { remoteAddress },
      connection: { remoteAddress },
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    }) as unknown as IncomingMessage;

  it('is the socket’s peer unless a proxy is trusted, whatever the headers say', () => {
    const none = compileTrust(undefined);
    expect(clientAddress(req('203.0.113.7', '10.0.0.1'), none)).toBe('203.0.113.7');
    expect(clientAddress(req('203.0.113.7', '10.0.0.1'), compileTrust(''))).toBe('203.0.113.7');
  });

  it('comes from X-Forwarded-For only through the proxies TRUST_PROXY names', () => {
    const loopback = compileTrust('loopback');
    expect(clientAddress(req('127.0.0.1', '198.51.100.4'), loopback)).toBe('198.51.100.4');
    // A client that writes its own X-Forwarded-For before the proxy appends the real address gains nothing.
    expect(clientAddress(req('127.0.0.1', '10.9.9.9, 198.51.100.4'), loopback)).toBe('198.51.100.4');
    // A request that did not come through the trusted proxy is its own peer.
    expect(clientAddress(req('203.0.113.7', '198.51.100.4'), loopback)).toBe('203.0.113.7');
    expect(clientAddress(req('10.0.0.2', '198.51.100.4, 10.0.0.5'), compileTrust('2'))).toBe('198.51.100.4');
    expect(clientAddress(req('10.0.0.2', '198.51.100.4'), compileTrust('10.0.0.0/8'))).toBe('198.51.100.4');
  });

  it('is "unknown" for a socket already gone', () => {
    expect(clientAddress(req(''), compileTrust(undefined))).toBe('unknown');
  });
});

describe('the depth of a JSON body', () => {
  const depth = (text: string, limit?: number) => jsonDepth(Buffer.from(text), limit);

  it('counts objects and arrays, not brackets inside strings', () => {
    expect(depth('1')).toBe(0);
    expect(depth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(depth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(depth('{"a":"\\"[[[["}')).toBe(1);
    expect(depth('["\\\\",[["x"]]]')).toBe(3);
  });

  it('stops early past the limit, on 100,000 levels without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(depth(deep)).toBe(100_000);
    expect(depth(deep, 32)).toBe(33);
  });
});
