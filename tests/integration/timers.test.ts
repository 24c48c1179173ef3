// Timers run on the server: a table whose stage runs out moves on by itself, and a paused table does not.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { Player, createSession, sleep, startInProcess, type Running } from './harness.ts';

let server: Running;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server.stop();
});

it('advances a stage when its timer runs out, and holds while paused', async () => {
  const quick = structuredClone(miniScenarioInput);
  quick.stages['need-recognition'].minutes = 0.01; // 0.6 s
  quick.stages.specifications.minutes = 0.01;
  const created = await createSession(server.url, { scenario: quick, autoAdvance: false });
  const student = await Player.join(server.ws, created.roomId, { code: created.code, name: 'Solo' });
  const host = await Player.join(server.ws, created.roomId, {
    code: created.code,
    hostSecret: created.hostSecret,
  });
  host.send('deal', { bots: true });
  await student.until(() => student.seat !== null, 'a seat');
  host.send('host', { table: 'T1', action: { type: 'start' } });
  await student.until(() => student.view?.stage === 'specifications', 'the timer to move the table on', 5000);
  host.send('host', { table: 'T1', action: { type: 'pause' } });
  await student.until(() => student.view?.paused === true, 'the pause');
  await sleep(1500);
  expect(student.view.stage).toBe('specifications');
  host.send('host', { table: 'T1', action: { type: 'resume' } });
  await student.until(() => student.view?.stage === 'rfp', 'the timer after resuming', 5000);
});
