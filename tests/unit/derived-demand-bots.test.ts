// Derived demand in the seller bots (notes: the demand for industrial goods derives from the demand of the buyer's
// own customers). A bot knows what the buyer's customers need once the buying center told it — marketing answers
// for the market — or market news said so; a tailoring bot then stresses the customers' benefits where it is
// ahead (to marketing, and in the lead after the members' own priorities), and follows up on news.
import { describe, expect, it } from 'vitest';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { customerNeeds, sellerIntent } from '../../shared/bots/seller-policy.ts';
import type { BotView } from '../../shared/bots/view-facts.ts';
import { apply } from '../../shared/rules/engine.ts';
import { MODEL } from '../../shared/rules/model.ts';
import { replay } from '../../shared/rules/replay.ts';
import { deliveredLevels } from '../../shared/rules/scoring.ts';
import type { TableState } from '../../shared/rules/types.ts';
import { viewFor } from '../../shared/rules/view.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';

const shipped = shippedScenarios();
const byId = (id: string) => shipped.find((x) => x.scenario.meta.id === id)!.scenario;
const hospital = byId('hospital-monitors');
const office = byId('office-supplies');
const withCustomers = shipped.filter((x) => x.scenario.buyingFirm.customers);

/**
 * A bundled case whose customers need what marketing weighs but shows no concern card on: discovery's cards do
 * not reveal it, so only what the bot knows of the customers makes it stress it (the bundled customers' benefits
 * are among marketing's cards, where a bot aims at them anyway).
 */
function unrevealed(scenario: Scenario): Scenario | null {
  const marketing = scenario.buyingFirm.obc.members.find((m) => m.role === 'marketing');
  if (!marketing) return null;
  const cards = new Set(marketing.priorities.petConcerns.map((c) => c.dimension));
  const weighed = Object.keys(marketing.priorities.weights).filter((d) => !cards.has(d));
  if (weighed.length === 0) return null;
  const out = structuredClone(scenario);
  out.buyingFirm.customers = {
    who: 'Their patients',
    needs: 'What marketing weighs',
    dimensions: weighed.slice(0, 3),
  };
  return out;
}
const variants = withCustomers.flatMap(({ file, scenario }) => {
  const v = unrevealed(scenario);
  return v ? [{ file, scenario: v }] : [];
});

/** The facts of a view customerNeeds reads: the team's questions and the market news. */
function view(questions: { to: string; answered: boolean }[], news: string[] = []): BotView {
  return {
    round: 1,
    questions: questions.map((q, i) => ({
      id: `q${i + 1}`,
      seller: 'A',
      to: q.to,
      answer: q.answered ? { text: 'x', concerns: [], at: 1 } : null,
    })),
    market: { news: news.map((dimension) => ({ round: 1, stage: 'rfp', dimension })), shifts: [] },
  } as unknown as BotView;
}

describe('what a bot knows of the buyer’s customers', () => {
  const needs = hospital.buyingFirm.customers!.dimensions;
  it.each([
    { name: 'nothing before anyone answered', sc: hospital, q: [], news: [], out: [] },
    {
      name: 'nothing from an unanswered question',
      sc: hospital,
      q: [{ to: 'marketing', answered: false }],
      news: [],
      out: [],
    },
    {
      name: 'nothing from another member (marketing answers for the market)',
      sc: hospital,
      q: [{ to: 'engineering', answered: true }],
      news: [],
      out: [],
    },
    {
      name: 'their needs once marketing answered',
      sc: hospital,
      q: [{ to: 'marketing', answered: true }],
      news: [],
      out: needs,
    },
    {
      name: 'the news every seat heard, without an answer',
      sc: hospital,
      q: [],
      news: ['accuracy'],
      out: ['accuracy'],
    },
    {
      name: 'nothing in a case without customers',
      sc: office,
      q: [{ to: 'procurement', answered: true }],
      news: [],
      out: [],
    },
  ])('$name', ({ sc, q, news, out }) => {
    expect(customerNeeds(sc, view(q, news))).toEqual(out);
  });

  it('from any member where the buying center has no marketing', () => {
    const sc: Scenario = structuredClone(office);
    sc.buyingFirm.customers = { who: 'Offices', needs: 'Paper on time', dimensions: ['delivery'] };
    expect(customerNeeds(sc, view([{ to: 'procurement', answered: true }]))).toEqual(['delivery']);
  });
});

/** Where a seller is ahead of its rival's standard offering and above the norm (what its pitch may stress). */
function aheadOf(sc: Scenario, seller: string, options: string[]): string[] {
  const mine = deliveredLevels(sc, seller, options);
  const rival = sc.sellers.find((x) => x.id !== seller)!.offering.levels;
  return sc.dimensions
    .map((d) => d.id)
    .filter((d) => (mine[d] ?? 0) > Math.max(rival[d] ?? MODEL.norm) && (mine[d] ?? 0) > MODEL.norm);
}

describe.each(variants)(
  '$file (customers marketing shows no card on): the bot aims at them',
  ({ scenario }) => {
    it('tells marketing of a customers’ benefit where it is ahead, once marketing answered', () => {
      let aimed = 0;
      for (const id of scenario.sellers.map((x) => x.id))
        for (let seed = 1; seed <= 8; seed++) {
          const r = autoplayRound(
            scenario,
            {},
            { seed, strategies: { [`seller-${id}`]: 'resonating-focus' } },
          );
          expect(r.refused).toEqual([]);
          const p = r.state.proposals[id]!;
          const heard = r.state.questions.some((q) => q.seller === id && q.to === 'marketing' && q.answer);
          const ahead = aheadOf(scenario, id, p.options);
          const theirs = scenario.buyingFirm.customers!.dimensions.filter((d) => ahead.includes(d));
          const toMarketing = p.messages.marketing?.dimensions ?? [];
          if (heard && theirs.length > 0) {
            expect(
              toMarketing.some((d) => theirs.includes(d)),
              `seller ${id}, seed ${seed}`,
            ).toBe(true);
            aimed += 1;
          }
        }
      // The property is exercised, not vacuous: in each case a seller is ahead on a customers' benefit.
      expect(aimed).toBeGreaterThan(0);
    });
  },
);

describe.each(withCustomers)('$file: a tailoring bot notices market news', ({ scenario }) => {
  it('follows up with marketing on market news where it is ahead and its pitch said nothing of it', () => {
    const r = autoplayRound(scenario, {}, { seed: 3, strategies: { 'seller-A': 'resonating-focus' } });
    // The table as it was when the buying center began to evaluate.
    let at: TableState | null = null;
    let when = 0;
    replay(scenario, { seed: 3 }, r.log, (state, _events, i) => {
      if (!at && state.step === 'evaluation') {
        at = structuredClone(state);
        when = r.log[i]!.at;
      }
    });
    const state = at as TableState | null;
    expect(state).not.toBeNull();
    if (!state) return;
    const p = state.proposals.A!;
    const stressed = new Set([
      ...p.leadWith,
      ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? []),
    ]);
    const fresh = aheadOf(scenario, 'A', p.options).find((d) => !stressed.has(d));
    // Seller A is ahead on more benefits than a focused pitch stresses: one is left for the news.
    expect(fresh).toBeDefined();
    if (!fresh) return;
    const moved = apply(scenario, state, {
      actor: { kind: 'instructor' },
      action: { type: 'market-event', role: 'marketing', dimension: fresh, points: 20 },
      at: when + 1,
    });
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    const { scenario: _s, ...v } = viewFor(scenario, moved.state, { kind: 'seat', seat: 'seller-A' });
    const seller = scenario.sellers.find((x) => x.id === 'A')!;
    // The sales representative's next intent (the teammates' groundwork comes first for a whole seat).
    const next = sellerIntent(scenario, v, seller, 'resonating-focus', 'en', ['sales-rep']);
    expect(next).toMatchObject({ type: 'follow-up', to: 'marketing' });
    expect(next?.type === 'follow-up' ? next.dimensions[0] : null).toBe(fresh);
  });
});
