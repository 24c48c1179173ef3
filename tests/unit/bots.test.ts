// Bots: every intent they produce is one the engine accepts in their state, a table of bots always reaches the
// debrief, and the same seed plays the same round.
import { describe, expect, it } from 'vitest';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { SELLER_STRATEGIES } from '../../shared/bots/policy.ts';
import { debriefsFromLog } from '../../shared/rules/debrief.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const scenarios: { file: string; scenario: Scenario }[] = [
  { file: 'mini (fixture)', scenario: miniScenario() },
  ...shippedScenarios(),
];

describe.each(scenarios)('bots on $file', ({ scenario }) => {
  it.each(SELLER_STRATEGIES)(
    'seller A playing %s: only accepted intents, and the round ends in a debrief',
    (strategy) => {
      for (let seed = 1; seed <= 8; seed++) {
        const r = autoplayRound(scenario, {}, { seed, strategies: { 'seller-A': strategy } });
        expect(r.refused).toEqual([]);
        expect(r.state.phase).toBe('round-over');
        expect(r.state.decision).not.toBeNull();
        const debriefs = debriefsFromLog(scenario, { seed }, r.log);
        expect(debriefs).toHaveLength(1);
      }
    },
  );

  it('plays the same round for the same seed', () => {
    const a = autoplayRound(scenario, {}, { seed: 42 });
    const b = autoplayRound(scenario, {}, { seed: 42 });
    expect(a.log).toEqual(b.log);
  });

  it('runs discovery, answers with cards, and reaches a contract through the stages', () => {
    const r = autoplayRound(scenario, {}, { seed: 3, strategies: { 'seller-A': 'resonating-focus' } });
    const types = new Set(r.log.map((e) => e.action.type));
    for (const t of [
      'ask-question',
      'answer-question',
      'mark-benefits',
      'submit-proposal',
      'score-proposal',
      'vote',
      'rate-supplier',
      'ready',
    ]) {
      expect(types.has(t as never), t).toBe(true);
    }
    expect(r.state.questions.some((q) => (q.answer?.concerns.length ?? 0) > 0)).toBe(true);
  });
});

describe('bots speak the session’s language', () => {
  const { scenario } = shippedScenarios().find((s) => s.scenario.meta.languages.includes('fi'))!;
  const texts = (language: 'en' | 'fi' | 'pl') => {
    const r = autoplayRound(
      scenario,
      {},
      { seed: 5, language, strategies: { 'seller-A': 'resonating-focus' } },
    );
    expect(r.refused).toEqual([]);
    return r.log.flatMap((e) => {
      const a = e.action;
      if (a.type === 'ask-question' || a.type === 'answer-question') return [a.text];
      if (a.type === 'rate-supplier' || a.type === 'sign-off') return a.comment ? [a.comment] : [];
      return [];
    });
  };

  it.each(['en', 'fi', 'pl'] as const)(
    '%s: a question on a benefit names it as the scenario does',
    (language) => {
      const all = texts(language);
      expect(all.length).toBeGreaterThan(3);
      const r = autoplayRound(
        scenario,
        {},
        { seed: 5, language, strategies: { 'seller-A': 'resonating-focus' } },
      );
      const topical = r.state.questions.filter((q) => q.topic !== null);
      expect(topical.length).toBeGreaterThan(0);
      for (const q of topical) {
        const d = scenario.dimensions.find((x) => x.id === q.topic)!;
        const label = (typeof d.label === 'string' ? d.label : d.label[language]!).toLowerCase();
        expect(q.text.toLowerCase(), q.text).toContain(label);
      }
    },
  );

  it('writes Finnish and Polish, not English, in those sessions', () => {
    const en = new Set(texts('en'));
    for (const language of ['fi', 'pl'] as const) {
      for (const t of texts(language)) expect(en.has(t), t).toBe(false);
    }
  });
});
