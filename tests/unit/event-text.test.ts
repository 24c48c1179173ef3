// Every event a table produces reads as a sentence in each interface language, worded from the event's facts
// rather than the engine's English summary, with every placeholder filled and the scenario's names used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { replay } from '../../shared/rules/replay.ts';
import { computeDebrief } from '../../shared/rules/debrief.ts';
import { publicScenario } from '../../shared/rules/view.ts';
import type { GameEvent } from '../../shared/rules/types.ts';
import { worded } from '../../client/i18n/events.ts';
import { LANGUAGES, setLanguage, type Lang } from '../../client/i18n/index.ts';
import type { PublicScenario } from '../../client/net/types.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { scriptedRound } from '../fixtures/playthrough.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

// setLanguage marks the page's language; the unit tests run without a page.
beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
});
afterAll(async () => {
  await setLanguage('en');
  delete (globalThis as { document?: unknown }).document;
});

/** Events of rounds that between them produce every kind of event: a scripted round and tables of bots. */
function eventsOf(): { sc: PublicScenario; events: GameEvent[] }[] {
  const cases = [{ file: 'mini', scenario: miniScenario() }, ...shippedScenarios()];
  return cases.map(({ scenario }) => {
    const events: GameEvent[] = [];
    const scripted = replay(scenario, { seed: 1 }, scriptedRound(scenario));
    events.push(...scripted.events);
    for (const seed of [1, 2, 3]) {
      const bots = autoplayRound(scenario, {}, { seed });
      events.push(...replay(scenario, { seed }, bots.log).events);
    }
    return { sc: publicScenario(scenario), events };
  });
}

describe('event sentences', () => {
  const cases = eventsOf();
  const types = new Set(cases.flatMap((c) => c.events.map((e) => e.type)));

  it('the rounds played here produce the events a table shows', () => {
    for (const type of ['question', 'answer', 'message', 'stage-started', 'decision', 'contract-awarded'])
      expect(types).toContain(type);
  });

  it.each(LANGUAGES)(
    '%s: every event is worded from its facts, every placeholder filled',
    async (lang: Lang) => {
      await setLanguage(lang);
      const unworded = new Set<string>();
      for (const { sc, events } of cases) {
        for (const e of events) {
          const text = worded(e, sc);
          if (text === null) unworded.add(`${e.type}: ${e.summary}`);
          else {
            expect(text, e.type).not.toMatch(/\{\w+\}/);
            expect(text, e.type).not.toContain('undefined');
          }
        }
      }
      expect([...unworded]).toEqual([]);
    },
  );

  it('names sellers and benefits as the scenario does, in the chosen language', async () => {
    const { sc, events } = cases.find((c) => c.sc.meta.languages.includes('fi'))!;
    const published = events.find(
      (e): e is Extract<GameEvent, { type: 'benefits-published' }> =>
        e.type === 'benefits-published' && e.data.benefits.length > 0,
    )!;
    const awarded = events.find(
      (e): e is Extract<GameEvent, { type: 'contract-awarded' }> =>
        e.type === 'contract-awarded' && !!e.data.winner,
    )!;
    const dim = sc.dimensions.find((d) => d.id === published.data.benefits[0])!;
    const seller = sc.sellers.find((s) => s.id === awarded.data.winner)!;
    for (const lang of ['en', 'fi', 'pl'] as const) {
      await setLanguage(lang);
      const label = typeof dim.label === 'string' ? dim.label : dim.label[lang]!;
      const name = typeof seller.name === 'string' ? seller.name : seller.name[lang]!;
      expect(worded(published, sc)).toContain(label);
      expect(worded(awarded, sc)).toContain(name);
    }
    await setLanguage('fi');
    const fi = worded(awarded, sc);
    await setLanguage('en');
    expect(worded(awarded, sc)).not.toBe(fi);
  });

  it('a debrief timeline carries the facts its sentences need', () => {
    const scenario = miniScenario();
    const log = scriptedRound(scenario);
    const r = replay(scenario, { seed: 1 }, log);
    const d = computeDebrief(scenario, r.state, r.events);
    expect(d.timeline.length).toBeGreaterThan(5);
    const sc = publicScenario(scenario);
    for (const e of d.timeline) expect(worded(e, sc), e.type).not.toBeNull();
  });
});
