// Bots: every intent they produce is one the engine accepts in their state, a table of bots always reaches the
// debrief, and the same seed plays the same round.
import { describe, expect, it } from 'vitest';
import { autoplayRound } from '../../shared/bots/autoplay.ts';
import { PHRASES, say } from '../../shared/bots/phrases.ts';
import { awaitsBafo, memberIntent } from '../../shared/bots/member-policy.ts';
import { Dice } from '../../shared/bots/view-facts.ts';
import { replay } from '../../shared/rules/replay.ts';
import { viewFor } from '../../shared/rules/view.ts';
import { LogBuilder, seatEveryone, stage1 } from '../fixtures/playthrough.ts';
import { SELLER_STRATEGIES } from '../../shared/bots/policy.ts';
import { debriefsFromLog } from '../../shared/rules/debrief.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { randomScenarios } from '../fixtures/random-scenario.ts';
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

/** Every text a bot writes in a round: questions, answers, messages in proposals, sign-off and rating comments. */
function botTexts(scenario: Scenario, language: 'en' | 'fi' | 'pl', seed = 5): string[] {
  const r = autoplayRound(scenario, {}, { seed, language, strategies: { 'seller-A': 'resonating-focus' } });
  expect(r.refused).toEqual([]);
  return r.log.flatMap((e) => {
    const a = e.action;
    if (a.type === 'ask-question' || a.type === 'answer-question') return [a.text];
    if (a.type === 'rate-supplier' || a.type === 'sign-off') return a.comment ? [a.comment] : [];
    if (a.type === 'submit-proposal') return Object.values(a.messages ?? {}).map((m) => m?.text ?? '');
    return [];
  });
}

/** Words an English sentence is made of and a Finnish or Polish one never holds. */
const ENGLISH_WORDS =
  /\b(the|and|what|would|you|your|this|that|how|much|does|matter|we|our|is|are|not|for)\b/i;

describe('bots speak the session’s language', () => {
  const shipped = shippedScenarios();

  it('every shipped scenario is in English, Finnish and Polish', () => {
    for (const { file, scenario } of shipped)
      expect(scenario.meta.languages, file).toEqual(['en', 'fi', 'pl']);
  });

  it.each(
    shipped.flatMap(({ file, scenario }) =>
      (['en', 'fi', 'pl'] as const).map((l) => ({ file, scenario, l })),
    ),
  )('$file, $l: questions name benefits as the scenario does', ({ scenario, l }) => {
    const all = botTexts(scenario, l);
    expect(all.length).toBeGreaterThan(3);
    const labels = scenario.dimensions.map((d) =>
      (typeof d.label === 'string' ? d.label : d.label[l]!).toLowerCase(),
    );
    const questions = all.filter((t) => t.endsWith('?'));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions.filter((x) => x.includes(' ')))
      if (q !== say('askOpen', l))
        expect(
          labels.some((label) => q.toLowerCase().includes(label)),
          q,
        ).toBe(true);
  });

  it.each(
    shipped.flatMap(({ file, scenario }) => (['fi', 'pl'] as const).map((l) => ({ file, scenario, l }))),
  )('$file, $l: every bot text is in that language, with no English in it', ({ scenario, l }) => {
    const english = new Set(botTexts(scenario, 'en'));
    for (const seed of [5, 6, 7]) {
      const texts = botTexts(scenario, l, seed);
      expect(texts.length).toBeGreaterThan(3);
      for (const text of texts) {
        expect(english.has(text), text).toBe(false);
        expect(text, text).not.toMatch(ENGLISH_WORDS);
      }
    }
  });

  it('every phrase has a Finnish and a Polish wording of its own', () => {
    for (const key of Object.keys(PHRASES.en) as (keyof typeof PHRASES.en)[])
      for (const l of ['fi', 'pl'] as const) {
        expect(PHRASES[l][key], key).not.toBe(PHRASES.en[key]);
        expect(PHRASES[l][key], key).not.toMatch(ENGLISH_WORDS);
      }
  });
});

describe('the buying center negotiates before the vote that ends its evaluation', () => {
  // A single decider's vote ends the evaluation at once: a decider bot that voted before procurement asked for
  // best and final offers would play a round without the negotiation the case allows.
  const singleDecider = (): Scenario => {
    const s = miniScenario();
    s.buyingFirm.obc.decisionRule = {
      kind: 'single-decider',
      decider: 'general-management',
      description: 'The general manager decides.',
    };
    // The decider first: bots take their turns in the members' order, so it is ready to vote before procurement.
    const members = s.buyingFirm.obc.members;
    s.buyingFirm.obc.members = [
      ...members.filter((m) => m.role === 'general-management'),
      ...members.filter((m) => m.role !== 'general-management'),
    ];
    return s;
  };

  it('a table of bots asks for best and final offers in every round the case allows them', () => {
    // Generated cases with a general manager who decides alone and a best-and-final round: in some, the decider
    // is ready to vote before procurement has finished its checks and scores.
    const cases = randomScenarios(24, 11)
      .filter(
        (s) =>
          s.stages.rfp.allowBafo && s.buyingFirm.obc.members.some((m) => m.role === 'general-management'),
      )
      .map((s) => {
        s.buyingFirm.obc.decisionRule = {
          kind: 'single-decider',
          decider: 'general-management',
          description: 'The general manager decides.',
        };
        return s;
      });
    expect(cases.length).toBeGreaterThan(10);
    for (const scenario of cases) {
      const r = autoplayRound(scenario, {}, { seed: 5 });
      expect(r.refused).toEqual([]);
      expect(r.state.bafoUsed, scenario.meta.id).toBe(true);
    }
  });

  it.each([
    { name: 'a bot negotiator that has not asked yet: wait', players: 0, voted: [], bafo: null, wait: true },
    { name: 'a human negotiator (who may never ask): vote', players: 1, voted: [], bafo: null, wait: false },
    { name: 'the negotiator has voted: vote', players: 0, voted: ['procurement'], bafo: null, wait: false },
    { name: 'best and final offers already asked for: vote', players: 0, voted: [], bafo: {}, wait: false },
  ])('$name', ({ players, voted, bafo, wait }) => {
    const scenario = singleDecider();
    const view = {
      bafo,
      handedIn: [],
      voted,
      seats: scenario.buyingFirm.obc.members.map((m) => ({
        id: m.role,
        bot: true,
        players:
          m.role === 'procurement' ? Array.from({ length: players }, () => ({ id: 'p', name: 'P' })) : [],
      })),
    } as unknown as Parameters<typeof awaitsBafo>[1];
    expect(awaitsBafo(scenario, view, 'general-management', 2)).toBe(wait);
    // The negotiator itself never waits for itself, and one offer is nothing to negotiate.
    expect(awaitsBafo(scenario, view, 'procurement', 2)).toBe(false);
    expect(awaitsBafo(scenario, view, 'general-management', 1)).toBe(false);
  });
});

describe('a member bot does not let a looser must-have replace its own', () => {
  // A later adopted must-have on a benefit supersedes the earlier one: a member that needs payment terms at 3
  // would otherwise see another's "at least 2" replace it, and then refuse every offer at sign-off.
  const scenario = miniScenario();
  const gm = scenario.buyingFirm.obc.members.find((m) => m.role === 'general-management')!;
  gm.priorities.mustHaves = [{ dimension: 'uptime', minLevel: 4 }];
  const b = new LogBuilder(scenario);
  seatEveryone(b);
  stage1(b);
  const state = replay(scenario, { seed: 1 }, b.log).state;
  expect(state.stage).toBe('specifications');
  const viewWith = (items: { by: string; value: number; status: string; kind?: string }[]) => {
    const { scenario: _s, ...view } = viewFor(scenario, state, { kind: 'seat', seat: 'general-management' });
    // No question waiting for an answer (answering comes first).
    view.questions = view.questions.filter((q) => q.answer);
    view.spec.items = items.map((x, i) => ({
      id: `x${i}`,
      by: x.by,
      dimension: 'uptime',
      kind: x.kind ?? 'must-have',
      value: x.value,
      votes: {},
      status: x.status,
    })) as typeof view.spec.items;
    return view;
  };
  const intent = (view: ReturnType<typeof viewWith>) => memberIntent(scenario, view, gm, new Dice(1), 'en');

  it.each([
    { name: 'nothing on the benefit yet: it proposes its own', items: [], proposes: true },
    {
      name: 'an open must-have at its level covers it',
      items: [{ by: 'production', value: 4, status: 'open' }],
      proposes: false,
    },
    {
      name: 'an adopted one above its level covers it',
      items: [{ by: 'production', value: 5, status: 'adopted' }],
      proposes: false,
    },
    {
      name: 'an adopted one below its level does not',
      items: [{ by: 'production', value: 2, status: 'adopted' }],
      proposes: true,
    },
    {
      name: 'a rejected one at its level does not',
      items: [{ by: 'production', value: 4, status: 'rejected' }],
      proposes: true,
    },
  ])('$name', ({ items, proposes }) => {
    const a = intent(viewWith(items));
    const own = a?.type === 'propose-spec-item' && a.kind === 'must-have' && a.dimension === 'uptime';
    expect(own).toBe(proposes);
    if (own) expect(a.value).toBe(4);
  });

  it.each([
    { name: 'a looser one than it needs: against', value: 3, support: false },
    { name: 'one at its level: for', value: 4, support: true },
    { name: 'a stricter one: for', value: 5, support: true },
  ])('votes on another member’s must-have on that benefit: $name', ({ value, support }) => {
    // Its own items are proposed already (so its next job is the vote).
    const view = viewWith([
      { by: 'general-management', value: 4, status: 'rejected' },
      { by: 'general-management', value: 50, status: 'rejected', kind: 'weight' },
      { by: 'production', value, status: 'open' },
    ]);
    const a = intent(view);
    expect(a).toMatchObject({ type: 'vote-spec-item', itemId: 'x2', support });
  });
});
