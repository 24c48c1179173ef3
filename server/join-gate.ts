// What a join must show before it costs a seat. Colyseus reserves a seat in the room at matchmaking time
// (`POST /matchmake/joinById/:roomId`) and only runs the room's own `onAuth` when the client opens its
// socket, up to 15 s later (`seatReservationTimeout`); every reservation in between counts against
// `maxClients`. So 2,100 empty POSTs filled a room of 2,100 for 15 s. Colyseus does run the room class's
// *static* `onAuth` in `joinById` before `reserveSeatFor` (MatchMaker.ts, `callOnAuth`), with the client's
// options, its `Authorization: Bearer` token and the request: the gate answers there.
//
// Every join carries a **join ticket**: an HMAC over the room id, an expiry and a nonce, that
// `GET /api/join/:code` hands out with the room id (the SDK sends it as its auth token). It is short lived;
// the front door (front-door.ts) refuses a `joinById` without a good one before Colyseus reads the request.
// A ticket is good for one reservation. The gate then lets a join reserve a seat when
// - it has a valid host secret or rejoin token of the session (checked against the store, as the room will
//   again), with fewer than `perHost` / `perToken` reservations of that credential waiting for their socket;
// - or, for a new student or a projector, fewer than `perAddress` reservations from its address are waiting. A lecture hall behind one NAT address
//   is still one address, so that limit is generous; it keeps one address from filling a room by itself.
// A reservation stops waiting when its socket arrives (the room's onAuth tells the gate) or when it lapses.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { ErrorCode, ServerError, type AuthContext } from '@colyseus/core';
import { JoinOptionsSchema } from '../shared/protocol.ts';
import { roomIdOf } from './cluster.ts';
import type { Registry } from './registry.ts';
import { hashSecret, normalizeCode } from './session.ts';
import { randomToken } from './random-pool.ts';

/** How long a join ticket is good for: the client asks for one right before it joins. */
export const TICKET_MS = 60_000;
/** How many verified tickets `check` remembers (a map in insertion order: the oldest goes first). */
const VERIFIED_KEPT = 1024;
/** How long a reservation may wait for its socket: Colyseus's seat reservation time, read the way it reads it. */
export const SEAT_WAIT_MS = Number(process.env.COLYSEUS_SEAT_RESERVATION_TIME || 15) * 1000;

export interface GateLimits {
  /** Reservations with a ticket waiting for their socket, per address (0: no limit). */
  perAddress: number;
  /** Reservations with the same rejoin token waiting (a phone and a laptop, and a retry). */
  perToken: number;
  /** Reservations with the session's host secret waiting (consoles, and a retry). */
  perHost: number;
}

export const DEFAULT_LIMITS: GateLimits = { perAddress: 300, perToken: 4, perHost: 8 };

/** Why a join was turned away at the door; `code` tells a client whether to try again. */
export type GateRefusal =
  'options' | 'code' | 'finished' | 'secret' | 'token' | 'ticket' | 'ticket-expired' | 'ticket-used' | 'busy';

const MESSAGES: Record<GateRefusal, string> = {
  options: 'That join code does not match this session.',
  code: 'That join code does not match this session.',
  finished: 'This session has finished.',
  secret: 'The host secret is not valid for this session.',
  token: 'This device is no longer seated in the session: ask your instructor to re-admit you.',
  ticket: 'This join has no valid join ticket: look the code up again (GET /api/join/:code).',
  'ticket-expired': 'The join ticket has expired: look the code up again.',
  'ticket-used': 'That join ticket was used already: look the code up again.',
  busy: 'Too many joins from your network are waiting to connect: try again in a moment.',
};

/** The refusal Colyseus sends back (as the matchmaking request's answer, before any seat is reserved). */
export function gateError(reason: GateRefusal): ServerError {
  return new ServerError(ErrorCode.AUTH_FAILED, MESSAGES[reason]);
}

/** Waiting reservations per key, each with the time it lapses. */
class Waiting {
  private readonly byKey = new Map<string, number[]>();

  count(key: string, now: number): number {
    const list = this.byKey.get(key);
    if (!list) return 0;
    const live = list.filter((t) => t > now);
    if (live.length === 0) this.byKey.delete(key);
    else if (live.length !== list.length) this.byKey.set(key, live);
    return live.length;
  }

  add(key: string, until: number, now: number) {
    const list = this.byKey.get(key) ?? [];
    list.push(until);
    this.byKey.set(key, list);
    if (this.byKey.size > 10_000) this.prune(now);
  }

  /** One of the key's reservations got its socket. */
  release(key: string) {
    const list = this.byKey.get(key);
    if (!list) return;
    list.shift();
    if (list.length === 0) this.byKey.delete(key);
  }

  private prune(now: number) {
    for (const [key, list] of this.byKey) if (list.every((t) => t <= now)) this.byKey.delete(key);
  }
}

export class JoinGate {
  /** Imported once: a Buffer key is imported again by every createHmac (a join flood's hot path). */
  private readonly key: KeyObject;
  private readonly registry: Registry;
  readonly limits: GateLimits;
  private readonly waiting = new Waiting();
  /** Tickets used here, until they expire (a ticket is good for one reservation per process). */
  private readonly used = new Map<string, number>();
  /**
   * Tickets whose signature was verified lately, with their room: the front door and the matchmaking check
   * (`admit`) read the same ticket within one request, and an HMAC is a join burst's hot path. Expiry and use
   * are checked every time.
   */
  private readonly verified = new Map<string, string>();

  constructor(registry: Registry, key: Buffer, limits: Partial<GateLimits> = {}) {
    this.registry = registry;
    this.key = createSecretKey(key);
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  private mac(roomId: string, expires: string, nonce: string): Buffer {
    return createHmac('sha256', this.key).update(`${roomId}.${expires}.${nonce}`).digest();
  }

  /** A ticket for one join of the room: `expiry.nonce.mac`, all base36/base64url. */
  issue(roomId: string, now = Date.now()): string {
    const expires = (now + TICKET_MS).toString(36);
    const nonce = randomToken(12, 'base64url');
    return `${expires}.${nonce}.${this.mac(roomId, expires, nonce).toString('base64url')}`;
  }

  /** Checks a ticket's signature, age and whether this process has seen it used. */
  check(roomId: string, ticket: unknown, now = Date.now()): { nonce: string; expires: number } | GateRefusal {
    if (typeof ticket !== 'string' || ticket.length > 200) return 'ticket';
    const [expires, nonce, mac, extra] = ticket.split('.');
    if (!expires || !nonce || !mac || extra !== undefined) return 'ticket';
    if (this.verified.get(ticket) !== roomId) {
      const given = Buffer.from(mac, 'base64url');
      // Only the canonical spelling: base64url's last character carries bits the decoder drops, so another
      // character there would decode to the same MAC (a second spelling of one ticket).
      if (given.toString('base64url') !== mac) return 'ticket';
      const expected = this.mac(roomId, expires, nonce);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'ticket';
      this.verified.set(ticket, roomId);
      if (this.verified.size > VERIFIED_KEPT)
        this.verified.delete(this.verified.keys().next().value as string);
    }
    const at = parseInt(expires, 36);
    if (!Number.isFinite(at) || at <= now) return 'ticket-expired';
    if ((this.used.get(nonce) ?? 0) > now) return 'ticket-used';
    return { nonce, expires: at };
  }

  /**
   * The matchmaking-time check (the room class's static onAuth): returns when the join may reserve a seat,
   * throws the refusal otherwise. It repeats none of the room's work: the room checks everything again.
   */
  admit(ticket: string | undefined, options: unknown, context: AuthContext, now = Date.now()): true {
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success) throw gateError('options');
    const o = parsed.data;
    const code = normalizeCode(o.code);
    const info = code ? this.registry.joinInfo(code) : undefined;
    const roomId = info ? roomIdOf(info.id) : undefined;
    const target = requestedRoom(context);
    if (!info || !roomId || (target !== undefined && target !== roomId)) throw gateError('code');
    const checked = this.check(roomId, ticket, now);
    if (typeof checked === 'string') throw gateError(checked);
    if ('hostSecret' in o) {
      if (!this.registry.isHost(info.id, o.hostSecret)) throw gateError('secret');
      this.hold(`host:${info.id}`, this.limits.perHost, now);
    } else if ('token' in o) {
      const tokenHash = hashSecret(o.token);
      if (!this.registry.store.playerByToken(info.id, tokenHash)) throw gateError('token');
      this.hold(`token:${tokenHash}`, this.limits.perToken, now);
    } else {
      if ('name' in o && info.status !== 'open') throw gateError('finished');
      this.hold(`ip:${context.ip ?? 'unknown'}`, this.limits.perAddress, now);
    }
    // Spent only now: a join turned away above may try again with the same ticket.
    this.used.set(checked.nonce, checked.expires);
    if (this.used.size > 10_000) for (const [n, t] of this.used) if (t <= now) this.used.delete(n);
    return true;
  }

  private hold(key: string, limit: number, now: number) {
    if (limit > 0 && this.waiting.count(key, now) >= limit) throw gateError('busy');
    this.waiting.add(key, now + SEAT_WAIT_MS, now);
  }

  /**
   * The room's onAuth, when the socket of a reservation arrives (or its join fails there): that reservation
   * waits no more. With several processes the room may run elsewhere; then it lapses after SEAT_WAIT_MS.
   */
  arrived(options: unknown, address: string | undefined) {
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success) return;
    const o = parsed.data;
    if ('hostSecret' in o) {
      const code = normalizeCode(o.code);
      const info = code ? this.registry.joinInfo(code) : undefined;
      if (info) this.waiting.release(`host:${info.id}`);
    } else if ('token' in o) this.waiting.release(`token:${hashSecret(o.token)}`);
    else this.waiting.release(`ip:${address ?? 'unknown'}`);
  }
}

/** The room id of a matchmaking request (`/matchmake/joinById/<roomId>`), when the request is at hand. */
function requestedRoom(context: AuthContext): string | undefined {
  const url = (context.req as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return undefined;
  const match = /\/matchmake\/joinById\/([^/?#]+)/.exec(url);
  return match ? decodeURIComponent(match[1]!) : undefined;
}
