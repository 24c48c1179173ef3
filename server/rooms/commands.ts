// What each room message does, as data: one receiver per message type, each given the message as its schema
// parsed it (once, at the door) and the room's few outlets. A receiver answers ok or a refusal; the room
// sends the sender its `ack` or `error`. The instructor's commands come the same way from the console's
// socket and from the HTTP API.
import { z } from 'zod';
import {
  ClientMessages,
  describeZodError,
  type ClientMessage,
  type ClientMessageType,
  type ErrorPayload,
  type HostCommandType,
} from '../../shared/protocol.ts';
import type { GameEvent, PlayerAction } from '../../shared/rules/types.ts';
import type { LiveSession, LiveTable, TableChange } from '../session.ts';
import type { Member, Recipient } from './roster.ts';

export type Outcome = { ok: true; data?: unknown } | { ok: false; error: ErrorPayload };
/** A command for every table answers once it has reached them all (a few tables per turn of the event loop). */
export type Answer = Outcome | Promise<Outcome>;

/** What a receiver may ask of the room. */
export interface Outlets<C extends Recipient = Recipient> {
  session: LiveSession;
  now(): number;
  /** A table changed: tell its connections now. */
  changed(table: LiveTable, events: GameEvent[]): void;
  /** Many tables changed at once: tell their connections a few tables at a time. */
  changedInBulk(changes: readonly TableChange[]): void;
  /**
   * Runs `step` for each item, a few per turn of the event loop, so that a command for hundreds of tables does
   * not hold up every student's intent behind it.
   */
  inTurns<T>(items: readonly T[], step: (item: T) => void): Promise<void>;
  /**
   * Students who may have changed seats: their synced record follows, and those left without a seat get the
   * lobby (those with one hear of it through their table's change).
   */
  reseated(playerIds: readonly string[]): void;
  /** A student was removed from the session: their connections are closed. */
  removed(playerId: string): void;
  /** The instructor's console starts (or stops) following a table's full view. */
  watch(member: Member<C>, table: string | null): void;
  broadcast(text: string, at: number): void;
}

function refuse(to: string, code: string, message: string): Outcome {
  return { ok: false, error: { to, code, message } };
}

/** A seated student's intent, from their own seat (never one named in the payload). */
function intent(out: Outlets, member: Member<unknown>, action: PlayerAction): Outcome {
  if (member.identity.kind !== 'player')
    return refuse('intent', 'wrong-seat', 'Only a seated student plays.');
  const seated = out.session.seatOf(member.identity.playerId);
  if (!seated) return refuse('intent', 'wrong-seat', 'You are not seated at a table yet.');
  // The sender is named, so a seller team's roles are checked against the player who acts (seller-roles.ts).
  const r = out.session.act(
    seated.table.id,
    { kind: 'seat', seat: seated.seat, player: member.identity.playerId },
    action,
    out.now(),
  );
  if (!r.ok) return refuse(action.type, r.rejection.code, r.rejection.message);
  out.changed(seated.table, r.events);
  return { ok: true };
}

type HostReceiver<K extends HostCommandType> = (out: Outlets, body: ClientMessage<K>) => Answer;

const HOST: { [K in HostCommandType]: HostReceiver<K> } = {
  host(out, { table, action }) {
    if (table !== 'all') {
      const t = out.session.tables.get(table);
      if (!t) return refuse('host', 'not-found', `There is no table ${table}.`);
      const r = out.session.act(t.id, { kind: 'instructor' }, action, out.now());
      if (!r.ok) return refuse('host', 'rejected', `${t.id}: ${r.rejection.message}`);
      out.changed(t, r.events);
      return { ok: true, data: { failures: [] } };
    }
    const tables = [...out.session.tables.values()];
    if (tables.length === 0) return refuse('host', 'not-found', 'There is no table all.');
    const failures: string[] = [];
    const now = out.now();
    return out
      .inTurns(tables, (t) => {
        const r = out.session.act(t.id, { kind: 'instructor' }, action, now);
        if (r.ok) out.changedInBulk([{ table: t.id, events: r.events }]);
        else failures.push(`${t.id}: ${r.rejection.message}`);
      })
      .then(() =>
        failures.length === tables.length
          ? refuse('host', 'rejected', failures.join('; '))
          : { ok: true, data: { failures } },
      );
  },
  deal(out, { bots }) {
    const waiting = out.session.unseatedPlayers().map((p) => p.id);
    out.changedInBulk(out.session.deal(out.now(), bots));
    out.reseated(waiting);
    return { ok: true, data: { tables: out.session.tables.size } };
  },
  move(out, { playerId, table, seat }) {
    const r = out.session.move(playerId, table, seat, out.now());
    if (!r.ok) return refuse('move', r.rejection.code, r.rejection.message);
    for (const c of r.changes) {
      const t = out.session.tables.get(c.table);
      if (t) out.changed(t, c.events);
    }
    out.reseated([playerId]);
    return { ok: true };
  },
  bot(out, { table, seat, bot }) {
    const t = out.session.tables.get(table);
    if (!t) return refuse('bot', 'not-found', `There is no table ${table}.`);
    const r = out.session.act(t.id, { kind: 'instructor' }, { type: 'set-bot', seat, bot }, out.now());
    if (!r.ok) return refuse('bot', r.rejection.code, r.rejection.message);
    out.changed(t, r.events);
    return { ok: true };
  },
  remove(out, { playerId }) {
    const r = out.session.removePlayer(playerId, out.now());
    if (!r.ok) return refuse('remove', r.rejection.code, r.rejection.message);
    for (const c of r.changes) {
      const t = out.session.tables.get(c.table);
      if (t) out.changed(t, c.events);
    }
    out.removed(playerId);
    return { ok: true };
  },
  broadcast(out, { text }) {
    out.broadcast(text, out.now());
    return { ok: true };
  },
  'grade-weights'(out, { weights }) {
    const r = out.session.setGradeWeights(weights, out.now());
    if (!r.ok) return refuse('grade-weights', r.rejection.code, r.rejection.message);
    return { ok: true, data: { weights: r.weights } };
  },
};

/** Whether a message type is one of the instructor's commands. */
export function isHostCommand(type: string): type is HostCommandType {
  return type !== 'intent' && type !== 'watch' && Object.hasOwn(HOST, type);
}

/** Runs an instructor's command whose message its schema has parsed already. */
export function runHostCommand<K extends HostCommandType>(
  out: Outlets,
  type: K,
  body: ClientMessage<K>,
): Answer {
  return (HOST[type] as HostReceiver<K>)(out, body);
}

/** Runs a message from a connection, parsed already: the sender's rights are checked here. */
export function receive<C extends Recipient>(
  out: Outlets<C>,
  member: Member<C>,
  type: ClientMessageType,
  body: ClientMessage<ClientMessageType>,
): Answer {
  if (type === 'intent') return intent(out, member, (body as ClientMessage<'intent'>).action);
  if (member.identity.kind !== 'host') return refuse(type, 'forbidden', 'Only the instructor can do this.');
  if (type === 'watch') {
    out.watch(member, (body as ClientMessage<'watch'>).table);
    return { ok: true };
  }
  return runHostCommand(out, type, body as ClientMessage<typeof type>);
}

/**
 * An instructor's command from the HTTP API: checked by the same schema as on the socket (the one parse it
 * gets), with the same effects.
 */
export function hostCommandFromHttp(out: Outlets, type: string, message: unknown): Answer {
  if (!isHostCommand(type))
    return refuse(String(type).slice(0, 32), 'invalid-message', `"${type}" is not an instructor command`);
  const parsed = (ClientMessages[type] as z.ZodType).safeParse(message);
  if (!parsed.success) return refuse(type, 'invalid-message', describeZodError(parsed.error));
  return runHostCommand(out, type, parsed.data as ClientMessage<typeof type>);
}
