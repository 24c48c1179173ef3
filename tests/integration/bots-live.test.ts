// Empty seats played by bots on the server: one student and six bots finish a round on their own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { Player, createSession, startInProcess, type Running } from './harness.ts';

let server: Running;
beforeAll(async () => {
  process.env.BOT_DELAY_MS = '40';
  server = await startInProcess();
});
afterAll(async () => {
  delete process.env.BOT_DELAY_MS;
  await server.stop();
});

it('bots fill the empty seats and, with the timers, carry the round to a debrief', async () => {
  const quick = structuredClone(miniScenarioInput);
  for (const stage of ['need-recognition', 'specifications', 'rfp', 'post-purchase'] as const)
    quick.stages[stage].minutes = 0.03;
  const created = await createSession(server.url, { scenario: quick });
  const student = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Only human' });
  const host = await Player.join(server.ws, created.roomId, {
    code: created.code,
    hostSecret: created.hostSecret,
  });
  host.send('deal', { bots: true });
  await student.until(() => student.seat !== null, 'a seat');
  expect(student.view.seats.filter((s: { bot: boolean }) => s.bot)).toHaveLength(6);
  host.send('host', { table: 'T1', action: { type: 'start' } });
  await student.until(() => student.debrief !== null, 'the debrief', 20_000);
  const session = server.app.registry.get(created.sessionId)!;
  const log = server.app.store.actions(session.id, 'T1');
  const botActions = log.filter((e) => e.actor.kind === 'seat' && e.actor.seat !== student.seat);
  expect(botActions.length).toBeGreaterThan(10);
  expect(botActions.some((e) => e.action.type === 'vote')).toBe(true);
}, 30_000);
