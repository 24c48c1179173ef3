// The live session computes a table's debrief once per accepted action: at the end of a class's round every
// seat, the console and the class results ask for it at once. What it gives is always the engine's debrief of
// the table as it stands.
import { expect, it } from 'vitest';
import { CreateSessionSchema } from '../../shared/protocol.ts';
import { computeDebrief } from '../../shared/rules/debrief.ts';
import { LiveSession } from '../../server/session.ts';
import { Store } from '../../server/store/store.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { tempDir } from './harness.ts';

it('gives the same debrief until the table changes, then the new one', () => {
  const store = new Store(tempDir());
  try {
    const scenario = miniScenario();
    const body = CreateSessionSchema.parse({ scenarioId: 'mini', bots: true });
    const { session } = LiveSession.create(store, scenario, body, 1_000);
    session.join('Ann', 1_000);
    const [dealt] = session.deal(1_000);
    const table = session.tables.get(dealt!.table)!;
    const first = session.debriefOf(table);
    expect(session.debriefOf(table)).toBe(first);
    expect(first).toEqual(computeDebrief(scenario, table.state, table.roundEvents));

    const r = session.act(table.id, { kind: 'instructor' }, { type: 'start' }, 2_000);
    expect(r.ok).toBe(true);
    const second = session.debriefOf(table);
    expect(second).not.toBe(first);
    expect(second).toEqual(computeDebrief(scenario, table.state, table.roundEvents));
    expect(second.timeline.map((e) => e.type)).toContain('round-started');
  } finally {
    store.close();
  }
});
