// Every message a client wants answered carries an id, and the server answers that id: `ack { id }` once the
// message took effect (after the view that shows its effect), `error { id, to, code, message }` when it was
// refused, whatever refused it (the schema, the size, the rate limit, the sender's rights, the rules).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, createSession, sleep, startInProcess, type Created, type Running } from './harness.ts';

let server: Running;
let created: Created;
let host: Player;
let member: Player;
let seller: Player;

beforeAll(async () => {
  server = await startInProcess();
  created = await createSession(server.url, { bots: true, autoAdvance: false });
  member = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Member' });
  seller = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Seller' });
  host = await Player.join(server.ws, created.roomId, { code: created.code, hostSecret: created.hostSecret });
  host.send('move', { playerId: member.welcome.playerId, table: 'new', seat: 'production' });
  await member.until(() => member.seat === 'production', 'the member’s seat');
  host.send('move', { playerId: seller.welcome.playerId, table: 'T1', seat: 'seller-A' });
  await seller.until(() => seller.seat === 'seller-A', 'the seller’s seat');
  for (const seat of ['engineering', 'marketing', 'procurement', 'general-management', 'seller-B']) {
    host.send('bot', { table: 'T1', seat, bot: true });
    await sleep(110);
  }
  host.send('host', { table: 'T1', action: { type: 'start' } });
  await member.until(() => member.view?.phase === 'playing', 'the round');
}, 30_000);

afterAll(async () => {
  await Promise.all([host, member, seller].map((p) => p.leave()));
  await server.stop();
});

/** The answers (acks and errors) a client got for the ids it sent, in the order they came. */
function answers(p: Player, ids: readonly string[]) {
  return p.received
    .filter((r) => (r.type === 'ack' || r.type === 'error') && ids.includes(r.message?.id))
    .map((r) => ({ type: r.type, ...r.message }));
}

async function answered(p: Player, ids: readonly string[]) {
  await p.until(() => answers(p, ids).length >= ids.length, `answers to ${ids.join(', ')}`);
  // Nothing more comes for them: one answer per id.
  await sleep(100);
  return answers(p, ids);
}

describe('acknowledgements by id', () => {
  it('answers two intents in flight at once, one accepted and one refused, each by its id', async () => {
    const messagesBefore = member.view.messages.length;
    // Sent back to back: the first is fine; the second is a seller's intent, which a member may not send.
    const ok = member.intent({ type: 'chat', channel: 'obc', text: 'shall we start?' }, 'first-1');
    const no = member.intent({ type: 'submit-bafo', price: 1000 }, 'second-2');
    const got = await answered(member, [ok, no]);
    expect(got).toEqual([
      { type: 'ack', id: 'first-1' },
      {
        type: 'error',
        id: 'second-2',
        to: 'submit-bafo',
        code: expect.any(String),
        message: expect.any(String),
      },
    ]);
    expect(got[1]!.code).not.toBe('invalid-message');
    // The ack came after the view that shows the chat.
    const ackAt = member.received.findIndex((r) => r.type === 'ack' && r.message.id === ok);
    const viewAt = member.received.findLastIndex(
      (r, i) =>
        i < ackAt &&
        r.type === 'view-patch' &&
        (r.message.set.messages?.length ?? 0) > messagesBefore &&
        r.message.events?.some((e: { type: string }) => e.type === 'message'),
    );
    expect(viewAt).toBeGreaterThanOrEqual(0);
  });

  it('names the id in every kind of refusal at the door', async () => {
    await sleep(2100); // a full message allowance
    const schema = 'bad-schema';
    member.send('intent', { id: schema, action: { type: 'chat', channel: 'obc', text: 'x', junk: 1 } });
    const large = 'too-large';
    member.send('intent', { id: large, action: { type: 'chat', channel: 'obc', text: 'x'.repeat(10_000) } });
    const unknown = 'unknown-type';
    member.send('nonsense', { id: unknown });
    const forbidden = 'forbidden-1';
    member.send('host', { id: forbidden, table: 'T1', action: { type: 'pause' } });
    const got = await answered(member, [schema, large, unknown, forbidden]);
    expect(got.map((a) => [a.id, a.type, a.code])).toEqual([
      [schema, 'error', 'invalid-message'],
      [large, 'error', 'too-large'],
      [unknown, 'error', 'unknown-message'],
      [forbidden, 'error', 'forbidden'],
    ]);
    // An intent without an id, or with one of the wrong shape, is refused (without an id to name).
    const before = member.errors().length;
    member.send('intent', { action: { type: 'ready', ready: true } });
    member.send('intent', { id: 'not an id!', action: { type: 'ready', ready: true } });
    await member.until(() => member.errors().length >= before + 2, 'two refusals');
    for (const e of member.errors().slice(before)) {
      expect(e.code).toBe('invalid-message');
      expect(e.id).toBeUndefined();
    }
  });

  it('answers each of a burst past the rate limit by its id: acks, then rate-limited errors', async () => {
    await sleep(2100);
    const ids = Array.from({ length: 30 }, (_, i) => `burst-${i}`);
    for (const [i, id] of ids.entries()) member.intent({ type: 'ready', ready: i % 2 === 0 }, id);
    const got = await answered(member, ids);
    expect(got.map((a) => a.id)).toEqual(ids);
    const limited = got.filter((a) => a.type === 'error');
    expect(limited.length).toBeGreaterThan(0);
    for (const a of limited) expect(a.code).toBe('rate-limited');
    // The allowance is spent first, then everything is refused: no ack after the first refusal.
    const firstRefusal = got.findIndex((a) => a.type === 'error');
    expect(got.slice(firstRefusal).every((a) => a.type === 'error')).toBe(true);
  });

  it('acknowledges the instructor’s socket commands by id, and names the id of a refused one', async () => {
    await sleep(1100);
    host.send('host', { id: 'pause-1', table: 'T1', action: { type: 'pause' } });
    host.send('host', { id: 'pause-2', table: 'T9', action: { type: 'pause' } });
    host.send('watch', { id: 'watch-1', table: 'T1' });
    const got = await answered(host, ['pause-1', 'pause-2', 'watch-1']);
    expect(got.map((a) => [a.id, a.type, a.code])).toEqual([
      ['pause-1', 'ack', undefined],
      ['pause-2', 'error', 'not-found'],
      ['watch-1', 'ack', undefined],
    ]);
    // The watched table's view arrived before the ack of the watch.
    const ackAt = host.received.findIndex((r) => r.type === 'ack' && r.message.id === 'watch-1');
    expect(host.received.slice(0, ackAt).some((r) => r.type === 'view' && r.message.table === 'T1')).toBe(
      true,
    );
    // Paused: a student's intent is refused by the rules, by its id.
    await seller.until(() => seller.view?.paused === true, 'the pause');
    const id = seller.intent({ type: 'ready', ready: true });
    const [answer] = await answered(seller, [id]);
    expect(answer).toMatchObject({ type: 'error', id, to: 'ready', code: 'paused' });
    host.send('host', { id: 'resume-1', table: 'T1', action: { type: 'resume' } });
    expect(await answered(host, ['resume-1'])).toEqual([{ type: 'ack', id: 'resume-1' }]);
  });
});
