// The debrief's figures agree with each other and say what they are: the perceived value before price is put
// on the footing of the value before price (both bars and the rows use it), the net values are the values
// before price less the price as the buying center weighs it, the headroom is a price measured against the list
// price.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { computeDebrief } from '../../shared/rules/debrief.ts';
import { replay } from '../../shared/rules/replay.ts';
import { publicScenario } from '../../shared/rules/view.ts';
import { setLanguage } from '../../client/i18n/index.ts';
import { headroomText, perceivedBeforePrice, priceWeight } from '../../client/ui/debrief.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
});
afterAll(async () => {
  await setLanguage('en');
  delete (globalThis as { document?: unknown }).document;
});

const rounds = shippedScenarios().flatMap(({ file, scenario }) =>
  [1, 2, 3].map((seed) => {
    const r = autoplayRound(scenario, {}, { seed });
    const { events } = replay(scenario, { seed }, r.log);
    return { name: `${file} seed ${seed}`, scenario, debrief: computeDebrief(scenario, r.state, events) };
  }),
);

describe('debrief figures', () => {
  it.each(rounds)('$name: value before price and perceived value before price stand on one footing', (c) => {
    const weight = priceWeight(c.debrief);
    expect(weight).toBeGreaterThan(0);
    for (const o of c.debrief.offers) {
      // The objective net value is the value before price less the price as the members weigh it.
      expect(o.grossValue - weight * o.price).toBeCloseTo(o.buyerValue, 0);
      // The perceived value before price is what the members' appraisals add up to before the price.
      const members = new Map(c.debrief.hiddenPriorities.map((m) => [m.role, m]));
      const perceived = o.perceivedByMember.reduce((sum, m) => {
        const hidden = members.get(m.role)!;
        return sum + (hidden.influence / 100) * (m.value + hidden.priceSensitivity * o.price);
      }, 0);
      expect(perceivedBeforePrice(o, weight)).toBeCloseTo(perceived, 0);
      // Not the perceived net value plus the full price (the bar that read €18,500 beside a text of €10,073).
      if (Math.abs(weight - 1) > 0.05)
        expect(Math.abs(perceivedBeforePrice(o, weight) - (o.perceivedValue + o.price))).toBeGreaterThan(1);
    }
  });

  it('the headroom is a price, against the list price', async () => {
    await setLanguage('en');
    const offers = rounds.flatMap((r) =>
      r.debrief.offers.map((o) => ({ o, sc: publicScenario(r.scenario) })),
    );
    const up = offers.filter(({ o }) => o.priceHeadroom !== null && o.priceHeadroom > 0);
    const down = offers.filter(({ o }) => o.priceHeadroom !== null && o.priceHeadroom < 0);
    expect(up.length).toBeGreaterThan(0);
    expect(down.length).toBeGreaterThan(0);
    for (const { o, sc } of up) {
      const text = headroomText(o, sc)!;
      const max = o.price + o.priceHeadroom!;
      const percent = Math.round((Math.abs(max - o.listPrice) / o.listPrice) * 100);
      expect(text).toContain('list price');
      expect(text).toContain(`${percent}%`);
      expect(text).toContain(max >= o.listPrice ? 'above' : 'below');
    }
    for (const { o, sc } of down) expect(headroomText(o, sc)).toMatch(/^Needed a price of .+ or less/);
  });
});
