// The instructor's pure pieces: per-session stage lengths (validated at the boundary, honoured by the engine,
// replayed the same) and the class summary that puts every table's debrief side by side.
import { describe, expect, it } from 'vitest';
import { CreateSessionSchema } from '../../shared/protocol.ts';
import { apply, createTable } from '../../shared/rules/engine.ts';
import { debriefsFromLog, type Debrief } from '../../shared/rules/debrief.ts';
import { replay } from '../../shared/rules/replay.ts';
import { durationMs } from '../../shared/rules/stages.ts';
import { classSummary, publicResults } from '../../shared/session/class-results.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { LogBuilder, T0, scriptedRound, seatEveryone } from '../fixtures/playthrough.ts';

const scenario = miniScenario();

describe('stage lengths per session', () => {
  it('a session override replaces the scenario’s minutes, stage by stage', () => {
    expect(durationMs(scenario, 'specifications', null)).toBe(
      scenario.stages.specifications.minutes * 60_000,
    );
    expect(durationMs(scenario, 'specifications', null, { specifications: 2.5 })).toBe(150_000);
    expect(durationMs(scenario, 'need-recognition', null, { specifications: 2.5 })).toBe(
      scenario.stages['need-recognition'].minutes * 60_000,
    );
    // The RFP's steps keep their shares of the (overridden) stage.
    expect(durationMs(scenario, 'rfp', 'bidding', { rfp: 10 })).toBe(240_000);
    // A bad value that slipped past the boundary never stops the clock.
    expect(durationMs(scenario, 'rfp', null, { rfp: Number.NaN })).toBe(scenario.stages.rfp.minutes * 60_000);
  });

  it('the engine starts each stage with the session’s length, and a replay gives the same deadlines', () => {
    const config = { seed: 7, stageMinutes: { 'need-recognition': 3 } };
    const b = new LogBuilder(scenario);
    seatEveryone(b);
    const r = replay(scenario, config, b.log);
    expect(r.rejected).toEqual([]);
    expect(r.state.stage).toBe('need-recognition');
    expect(r.state.deadline).toBe(b.at + 3 * 60_000);
    expect(r.state.config.stageMinutes).toEqual({ 'need-recognition': 3 });
    // Without the override the scenario's length applies; tables without one keep the config they always had.
    const plain = replay(scenario, { seed: 7 }, b.log);
    expect(plain.state.deadline).toBe(b.at + scenario.stages['need-recognition'].minutes * 60_000);
    expect(plain.state.config).not.toHaveProperty('stageMinutes');
    const advanced = apply(scenario, r.state, {
      actor: { kind: 'instructor' },
      action: { type: 'advance' },
      at: T0 + 10_000_000,
    });
    expect(advanced.ok && advanced.state.deadline).toBe(
      T0 + 10_000_000 + scenario.stages.specifications.minutes * 60_000,
    );
  });

  it('the create-session body refuses unknown stages and lengths out of range, by path', () => {
    const parse = (stageMinutes: unknown) =>
      CreateSessionSchema.safeParse({ scenarioId: 'x', stageMinutes }).error?.issues.map((i) =>
        i.path.join('.'),
      ) ?? [];
    expect(parse({ rfp: 12, 'post-purchase': 0.5 })).toEqual([]);
    expect(parse({ rfp: 0.2 })).toContain('stageMinutes.rfp');
    expect(parse({ rfp: 500 })).toContain('stageMinutes.rfp');
    expect(parse({ rfp: 2.25 })).toContain('stageMinutes.rfp');
    expect(parse({ lunch: 30 })).toContain('stageMinutes');
    expect(createTable(scenario, { seed: 1 }).config).toEqual({
      seed: 1,
      sellers: ['A', 'B'],
      autoAdvance: true,
    });
  });
});

describe('the class summary', () => {
  const finished = debriefsFromLog(scenario, { seed: 1 }, scriptedRound(scenario));
  const other = debriefsFromLog(
    scenario,
    { seed: 2 },
    scriptedRound(scenario, ['uptime', 'service', 'reputation', 'quality']),
  );

  it('puts every finished table side by side and adds them up', () => {
    expect(finished).toHaveLength(1);
    const summary = classSummary([
      { table: 'T1', debriefs: finished },
      { table: 'T2', debriefs: other },
      { table: 'T3', debriefs: [] },
    ]);
    expect(summary.round).toBe(1);
    expect(summary.tables.map((t) => t.table)).toEqual(['T1', 'T2']);
    expect(summary.unfinished).toEqual(['T3']);
    const d = finished[0] as Debrief;
    const t1 = summary.tables[0]!;
    expect(t1.winner).toBe(d.decision.winner);
    expect(t1.quality).toBe(d.decision.quality);
    expect(t1.price).toBe(d.offers.find((o) => o.won)?.price);
    expect(t1.choseBest).toBe(d.decision.winner === d.decision.bestValueSeller);
    expect(t1.offers.map((o) => [o.seller, o.vpType, o.margin])).toEqual(
      d.offers.map((o) => [o.seller, o.valueProposition.type, o.margin]),
    );
    const wins = Object.values(summary.winsBySeller).reduce((a, b) => a + b, 0);
    expect(wins).toBe(2);
    const byType = summary.vpTypes.reduce((n, v) => n + v.offers, 0);
    expect(byType).toBe(t1.offers.length + summary.tables[1]!.offers.length);
    expect(summary.vpTypes.reduce((n, v) => n + v.wins, 0)).toBe(2);
    const qualities = summary.tables.map((t) => t.quality!);
    expect(summary.averageQuality).toBeCloseTo((qualities[0]! + qualities[1]!) / 2, 3);
    // Every concept a note touched is counted once per table.
    for (const c of summary.concepts) expect(c.tables).toBeLessThanOrEqual(2);
    expect(summary.concepts.map((c) => c.concept)).toContain('purchase-type');
  });

  it('what the projector shows carries no costs or margins', () => {
    const results = publicResults(classSummary([{ table: 'T1', debriefs: finished }]));
    const text = JSON.stringify(results);
    for (const word of ['margin', 'unitCost', 'grossValue', 'priorities', 'weights'])
      expect(text).not.toContain(word);
    expect(results.tables[0]?.winner).toBe(finished[0]?.decision.winner);
  });

  it('an empty class has an empty summary', () => {
    const summary = classSummary([]);
    expect(summary.tables).toEqual([]);
    expect(summary.averageQuality).toBeNull();
  });
});
