// "Does it teach?"'s advice (client/instructor/editor/advice.ts): what the numbers make impossible is named at the
// field to change, and every lesson check of the tournament that can fail has advice.
import { describe, expect, it } from 'vitest';
import { checkAdvice, structuralAdvice } from '../../client/instructor/editor/advice.ts';
import { editorEn } from '../../client/i18n/editor-en.ts';
import { loadScenario } from '../../shared/scenario/load.ts';
import { tournament } from '../../shared/sim/tournament.ts';
import { miniScenario, miniScenarioInput } from '../fixtures/mini-scenario.ts';

function scenarioWith(mutate: (s: Record<string, any>) => void) {
  const input = structuredClone(miniScenarioInput) as Record<string, any>;
  mutate(input);
  const loaded = loadScenario(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

describe('structural advice', () => {
  it('names a dimension no member weighs, at its id', () => {
    const s = scenarioWith((x) => {
      for (const m of x.buyingFirm.obc.members) {
        const w = m.priorities.weights;
        const rep = w.reputation ?? 0;
        delete w.reputation;
        const first = Object.keys(w)[0]!;
        w[first] += rep;
      }
    });
    const advice = structuralAdvice(s);
    expect(advice).toContainEqual(
      expect.objectContaining({
        key: 'advice.unweighed',
        path: '$.dimensions[3].id',
        params: { dimension: 'reputation' },
      }),
    );
  });

  it('names a must-have no seller can meet, at its minimum level', () => {
    const s = scenarioWith((x) => {
      x.buyingFirm.obc.members[0].priorities.mustHaves = [{ dimension: 'uptime', minLevel: 5 }];
      for (const seller of x.sellers) seller.offering.levels.uptime = 2;
    });
    expect(structuralAdvice(s)).toContainEqual(
      expect.objectContaining({
        key: 'advice.mustHaveUnmet',
        path: '$.buyingFirm.obc.members[0].priorities.mustHaves[0].minLevel',
      }),
    );
  });

  it('names a seller that cannot win even at cost, at its levels', () => {
    const s = scenarioWith((x) => {
      x.sellers[1].offering.levels = { quality: 1, uptime: 1, service: 1, reputation: 1 };
      x.sellers[1].offering.options = [];
    });
    const advice = structuralAdvice(s);
    expect(advice).toContainEqual(
      expect.objectContaining({ key: 'advice.cannotWin', path: '$.sellers[1].offering.levels' }),
    );
    expect(advice).toContainEqual(expect.objectContaining({ key: 'advice.imbalanced' }));
  });

  it('says that without best-and-final offers the pitch cannot move the price, at the field', () => {
    const s = scenarioWith((x) => {
      x.stages.rfp.allowBafo = false;
    });
    expect(structuralAdvice(s)).toContainEqual(
      expect.objectContaining({ key: 'advice.noBafo', path: '$.stages.rfp.allowBafo' }),
    );
    expect(structuralAdvice(miniScenario()).map((a) => a.key)).not.toContain('advice.noBafo');
  });

  it('finds nothing impossible in a balanced case', () => {
    expect(structuralAdvice(miniScenario()).filter((a) => a.key !== 'advice.imbalanced')).toEqual([]);
  });
});

describe('advice for failing lesson checks', () => {
  it('has advice, in the dictionary, for every check the tournament makes', () => {
    const result = tournament(miniScenario(), { runs: 1, seed: 1 });
    expect(result.lesson.checks.length).toBeGreaterThanOrEqual(8);
    for (const check of result.lesson.checks) {
      const advice = checkAdvice({ ...check, holds: false });
      expect(advice, check.name).not.toBeNull();
      expect(Object.hasOwn(editorEn, advice!.key)).toBe(true);
      expect(checkAdvice({ ...check, holds: true })).toBeNull();
    }
  });
});
