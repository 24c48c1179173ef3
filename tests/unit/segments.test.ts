// Segments: the plan's check (incl. hostile table ids and segment names), which segment each new table plays,
// each table's own scenario in a live session (and after a replay from the store), dealing tables of different
// sizes, the segment card, and the class comparison across segments.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateSessionSchema } from '../../shared/protocol.ts';
import {
  checkSegmentPlan,
  nextSegment,
  segmentCard,
  segmentDifferences,
} from '../../shared/session/segments.ts';
import { deal, dealTables, seatOrder } from '../../shared/session/deal.ts';
import { segmentComparison, publicComparison } from '../../shared/session/class-results.ts';
import { loadScenario } from '../../shared/scenario/load.ts';
import { problemText } from '../../shared/scenario/problem-text.ts';
import { problemFi } from '../../shared/scenario/problem-text-fi.ts';
import { problemPl } from '../../shared/scenario/problem-text-pl.ts';
import type { Scenario, ScenarioInput } from '../../shared/scenario/schema.ts';
import type { Debrief } from '../../shared/rules/debrief.ts';
import { LiveSession, SEGMENT_PLAN_EVENT, TABLE_SEGMENT_EVENT } from '../../server/session.ts';
import { Store } from '../../server/store/store.ts';
import { classDebrief, exportCsv } from '../../server/http/export.ts';
import { gradesReport, tableRounds } from '../../server/http/grades.ts';
import { gradeRows } from '../../shared/session/grades.ts';
import { autoplaySession } from '../../shared/bots/autoplay.ts';
import { parseCsv } from '../fixtures/csv.ts';
import { miniScenario, miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { loadShipped } from '../fixtures/scenarios.ts';
import { tempDir } from '../integration/harness.ts';

/** The mini scenario as another buyer: its own id, a smaller buying center, whatever else a test changes. */
function variant(id: string, change: (s: ScenarioInput) => void = () => undefined): Scenario {
  const input = structuredClone<ScenarioInput>(miniScenarioInput);
  input.meta.id = id;
  change(input);
  const loaded = loadScenario(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

const mini = miniScenario();
const small = variant('mini-small', (s) => {
  // Two members instead of the mini case's five, an owner-led buyer: the one who signs and procurement.
  const members = s.buyingFirm.obc.members.filter(
    (m) => m.role === 'procurement' || m.role === 'general-management',
  );
  for (const m of members) m.influence = 50;
  s.buyingFirm.obc.members = members;
  s.buyingFirm.obc.formality = 'low';
  s.buyingFirm.firmographics.employees = 12;
  // A smaller order, too: what a contract is worth differs between the two buyers.
  s.economics.quantity = 4;
});

describe('the segment plan check', () => {
  it('accepts scenarios that share sellers, rounds and languages', () => {
    expect(
      checkSegmentPlan([
        { scenario: mini, tables: 2 },
        { scenario: small, tables: 1 },
      ]),
    ).toEqual([]);
    // The bundled pair made for it too.
    const hospital = loadShipped('hospital-monitors.json');
    const clinic = loadShipped('clinic-monitors.json');
    expect(
      checkSegmentPlan([
        { scenario: hospital, tables: 1 },
        { scenario: clinic, tables: 1 },
      ]),
    ).toEqual([]);
  });

  const cases: [string, Scenario, string, RegExp][] = [
    [
      'other sellers',
      variant('other-sellers', (s) => {
        s.sellers = s.sellers.slice(0, 1);
      }),
      'sellers',
      /segment 2 \(other-sellers\) has the sellers A and segment 1 \(mini\) A, B/,
    ],
    [
      'another number of rounds',
      variant('other-rounds', (s) => {
        s.rounds.count = s.rounds.count === 1 ? 2 : 1;
      }),
      'rounds.count',
      /segment 2 \(other-rounds\) has \d rounds? and segment 1 \(mini\) \d/,
    ],
    [
      'other languages',
      variant('other-languages', (s) => {
        s.meta.languages = ['fi'];
      }),
      'meta.languages',
      /segment 2 \(other-languages\) is written in fi and segment 1 \(mini\) in en/,
    ],
    ['the same scenario twice', mini, 'meta.id', /segment 2 \(mini\) plays the same scenario as segment 1/],
  ];
  for (const [what, other, field, message] of cases)
    it(`refuses a plan with ${what}, naming the segment, its scenario and the field`, () => {
      const problems = checkSegmentPlan([
        { scenario: mini, tables: 1 },
        { scenario: other, tables: 1 },
      ]);
      expect(problems.map((p) => [p.segment, p.scenario, p.field])).toContainEqual([2, other.meta.id, field]);
      expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    });

  it('says each problem in Finnish and Polish too, from its code', () => {
    const other = variant('other-sellers', (s) => {
      s.sellers = s.sellers.slice(0, 1);
    });
    const [p] = checkSegmentPlan([
      { scenario: mini, tables: 1 },
      { scenario: other, tables: 1 },
    ]);
    expect(p?.code).toBe('plan-sellers');
    expect(problemText(p!, 'fi', problemFi)).toBe(
      'segmentin 2 (other-sellers) myyjät ovat A ja segmentin 1 (mini) A, B: suunnitelman kaikilla skenaarioilla on oltava samat myyjätunnisteet',
    );
    expect(problemText(p!, 'pl', problemPl)).toMatch(
      /^segment 2 \(other-sellers\) ma sprzedawców A, a segment 1/,
    );
    const rounds = checkSegmentPlan([
      { scenario: mini, tables: 1 },
      { scenario: variant('one-round', (s) => void (s.rounds.count = 1)), tables: 1 },
    ]).find((x) => x.code === 'plan-rounds')!;
    expect(rounds.message).toMatch(/has 1 round and segment 1 \(mini\) 2/);
    expect(problemText(rounds, 'pl', problemPl)).toContain('ma 1 rundę');
  });

  it('refuses an empty plan and a segment without tables', () => {
    expect(checkSegmentPlan([])).toHaveLength(1);
    expect(checkSegmentPlan([{ scenario: mini, tables: 0 }]).map((p) => p.field)).toEqual(['tables']);
  });

  it('the request schema takes one source of scenarios, and refuses hostile segments', () => {
    const ok = CreateSessionSchema.safeParse({
      segments: [
        { scenarioId: 'a', tables: 1 },
        { scenario: {}, tables: 2 },
      ],
    });
    expect(ok.success).toBe(true);
    for (const body of [
      { scenarioId: 'a', segments: [{ scenarioId: 'a', tables: 1 }] },
      { segments: [] },
      { segments: [{ scenarioId: 'a', scenario: {}, tables: 1 }] },
      { segments: [{ scenarioId: 'a' }] },
      { segments: [{ scenarioId: 'a', tables: 1.5 }] },
      JSON.parse('{"segments":[{"scenarioId":"a","tables":1,"__proto__":{"x":1}}]}'),
      { segments: Array.from({ length: 7 }, (_, i) => ({ scenarioId: `s${i}`, tables: 1 })) },
    ])
      expect(CreateSessionSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
  });
});

describe('which segment a new table plays', () => {
  const plan = [
    { id: 'a', tables: 2 },
    { id: 'b', tables: 2 },
  ];
  it('fills the segments in turn, then the default', () => {
    const has = new Map<string, number>();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const s = nextSegment(plan, (id) => has.get(id) ?? 0);
      has.set(s, (has.get(s) ?? 0) + 1);
      order.push(s);
    }
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'a']);
  });
  it('follows the plan’s proportions', () => {
    const has = new Map<string, number>();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const s = nextSegment(
        [
          { id: 'a', tables: 3 },
          { id: 'b', tables: 1 },
        ],
        (id) => has.get(id) ?? 0,
      );
      has.set(s, (has.get(s) ?? 0) + 1);
      order.push(s);
    }
    expect(order).toEqual(['a', 'b', 'a', 'a']);
  });
});

describe('dealing tables of different sizes', () => {
  const options = { sellers: ['A', 'B'], sellerTeamSize: 2 };
  it('gives the same placements as deal for tables of one size', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `p${i}`);
    const one = deal(mini, ids, options);
    expect(
      dealTables(
        Array.from({ length: one.tables }, () => seatOrder(mini, options)),
        ids,
      ),
    ).toEqual(one);
  });
  it('fills every table in its own order, never past its seats', () => {
    const big = seatOrder(mini, options);
    const little = seatOrder(small, options);
    expect(little.length).toBeLessThan(big.length);
    const ids = Array.from({ length: big.length + little.length }, (_, i) => `p${i}`);
    const r = dealTables([big, little], ids);
    const at = (t: number) => r.placements.filter((p) => p.table === t).map((p) => p.seat);
    expect(at(0)).toEqual(big);
    expect(at(1)).toEqual(little);
    // One more student than seats: not placed.
    expect(dealTables([little], [...ids.slice(0, little.length + 1)]).placements).toHaveLength(little.length);
  });
});

describe('a live session of segments', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
  });
  function made() {
    const dir = tempDir();
    const store = new Store(dir);
    stores.push(store);
    const body = CreateSessionSchema.parse({
      segments: [
        { scenarioId: 'mini', tables: 1 },
        { scenarioId: 'mini-small', tables: 1 },
      ],
      bots: true,
      sellerTeamSize: 1,
    });
    const plan = [
      { scenario: mini, tables: 1 },
      { scenario: small, tables: 1 },
    ];
    const { session } = LiveSession.create(store, mini, body, 1_000, undefined, plan);
    return { store, session, dir };
  }

  it('plays each table’s own scenario, tables past the plan the default, and restores them all on replay', () => {
    const { store, session } = made();
    expect(session.segmented).toBe(true);
    // Eight students: the mini buying center's table and the small one's, in the plan's order.
    for (let i = 0; i < 8; i++) session.join(`Student ${i}`, 1_000);
    session.deal(1_100);
    const tables = [...session.tables.values()];
    expect(tables.map((t) => session.segmentOf(t))).toEqual(['mini', 'mini-small']);
    expect(session.scenarioOf('T2')).toBe(small);
    const seatsOf = (id: string) => Object.keys(session.tables.get(id)!.state.seats).sort();
    expect(seatsOf('T2')).toEqual(
      ['seller-A', 'seller-B', ...small.buyingFirm.obc.members.map((m) => m.role)].sort(),
    );
    expect(seatsOf('T1')).toEqual(
      ['seller-A', 'seller-B', ...mini.buyingFirm.obc.members.map((m) => m.role)].sort(),
    );
    // A third table: the plan is full, so the default.
    const third = session.addTable(1_200);
    expect(session.segmentOf(third)).toBe('mini');
    // An instructor's table of a named segment; an unknown one (hostile names included) is refused.
    expect(session.segmentOf(session.addTable(1_300, 'mini-small')!)).toBe('mini-small');
    for (const name of ['__proto__', 'constructor', 'toString', 'nope'])
      expect(session.addTable(1_400, name)).toBeNull();
    // A table id nobody made, hostile or not, plays the default and throws nothing.
    for (const id of ['__proto__', 'constructor', 'T99']) expect(session.scenarioOf(id)).toBe(mini);
    // The plan and each table's segment are session events, and a replay restores them.
    const kinds = store.events(session.id).map((e) => e.kind);
    expect(kinds.filter((k) => k === SEGMENT_PLAN_EVENT)).toHaveLength(1);
    expect(kinds.filter((k) => k === TABLE_SEGMENT_EVENT)).toHaveLength(4);
    const row = store.sessionById(session.id)!;
    const again = LiveSession.load(store, row, mini);
    expect([...again.tables.values()].map((t) => again.segmentOf(t))).toEqual([
      'mini',
      'mini-small',
      'mini',
      'mini-small',
    ]);
    expect(again.scenarioOf('T2').meta.id).toBe('mini-small');
    expect(Object.keys(again.tables.get('T2')!.state.seats).sort()).toEqual(seatsOf('T2'));
    expect(again.tables.get('T2')!.state).toEqual(session.tables.get('T2')!.state);
  });

  it('grades and exports each table by its own scenario', () => {
    const { store, session } = made();
    const tables = [session.addTable(1_000), session.addTable(1_000)];
    expect(tables.map((t) => session.segmentOf(t))).toEqual(['mini', 'mini-small']);
    // Each table played by bots through the session (one bot student per seller team), as autoplay plays it.
    for (const t of tables) {
      const scenario = session.scenarioOf(t);
      const played = autoplaySession(scenario, t.config, { seed: t.config.seed, sellerTeam: 1 });
      expect(played.refused).toEqual([]);
      for (const e of played.log) {
        const r = session.act(t.id, e.actor, e.action, 1_000 + e.at);
        if (!r.ok) throw new Error(`${t.id} ${e.action.type}: ${r.rejection.message}`);
      }
      expect(t.state.history.length).toBe(scenario.rounds.count);
    }
    const rounds = tableRounds(session);
    const rows = gradeRows((table) => session.scenarioOf(table), rounds, session.gradeWeights);
    // Each table's rows are those of its own scenario alone.
    for (const t of tables) {
      const mine = rounds.filter((r) => r.table === t.id);
      expect(rows.filter((r) => r.table === t.id)).toEqual(
        gradeRows(session.scenarioOf(t), mine, session.gradeWeights),
      );
    }
    // Read by the default scenario instead, the small buyer's table grades otherwise: the lookup matters.
    const small2 = rounds.filter((r) => r.table === 'T2');
    expect(gradeRows(mini, small2, session.gradeWeights)).not.toEqual(
      gradeRows(session.scenarioOf('T2'), small2, session.gradeWeights),
    );
    expect(gradesReport(session).students.flatMap((x) => x.rounds)).toEqual(
      expect.arrayContaining(rows.map((r) => expect.objectContaining({ table: r.table, grade: r.grade }))),
    );
    // The CSV names each row's segment.
    const csv = parseCsv(exportCsv(store, session));
    expect(new Set(csv.map((r) => `${r.table}:${r.segment}`))).toEqual(new Set(['T1:mini', 'T2:mini-small']));
    // The class debrief compares the two segments from the stored logs.
    const debrief = classDebrief(store, session);
    expect(debrief.comparison?.segments.map((x) => [x.segment, x.tables])).toEqual([
      ['mini', 1],
      ['mini-small', 1],
    ]);
    expect(debrief.segments.map((x) => x.id)).toEqual(['mini', 'mini-small']);
  });

  it('skips a damaged stored table segment with a warning and plays the default there', () => {
    const { store, session } = made();
    store.appendEvent(session.id, 99, 2_000, TABLE_SEGMENT_EVENT, { table: 'T1', segment: '__proto__' });
    store.appendEvent(session.id, 100, 2_000, TABLE_SEGMENT_EVENT, {
      table: { x: 1 },
      segment: 'mini-small',
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const again = LiveSession.load(store, store.sessionById(session.id)!, mini);
      expect(again.segmentOf('T1')).toBe('mini');
      expect(again.segments.map((x) => x.id)).toEqual(['mini', 'mini-small']);
      const warned = warn.mock.calls.map((c) => String(c[0]));
      expect(warned.filter((m) => /table segment/.test(m))).toHaveLength(2);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the segment card and the comparison across segments', () => {
  it('states what the fields say and what the author added, and what differs', () => {
    const hospital = loadShipped('hospital-monitors.json');
    const clinic = loadShipped('clinic-monitors.json');
    const h = segmentCard(hospital);
    const c = segmentCard(clinic);
    expect(h.firmographic.employees).toBe(hospital.buyingFirm.firmographics.employees);
    expect(c.decisionProcess).toMatchObject({ members: 3, formality: 'low', centralization: 'high' });
    expect(h.decisionProcess).toMatchObject({ members: 5, formality: 'high' });
    expect(c.behavioral.text).toEqual(clinic.segment?.behavioral);
    expect(c.needs.customers).toEqual(clinic.buyingFirm.customers?.needs);
    expect(segmentDifferences([h, c])).toEqual([
      'employees',
      'ownership',
      'members',
      'formality',
      'centralization',
      'decisionRule',
    ]);
    expect(segmentDifferences([h, h])).toEqual([]);
  });

  /** A debrief with just what the comparison reads. */
  function debrief(
    round: number,
    winner: string | null,
    quality: number,
    offers: { seller: string; vp: Debrief['offers'][number]['valueProposition']['type']; margin: number }[],
  ): Debrief {
    return {
      round,
      decision: { winner, quality, bestValueSeller: winner },
      offers: offers.map((o) => ({
        seller: o.seller,
        price: 100,
        unitCost: 100 - o.margin,
        margin: o.margin,
        marginTotal: o.margin * 10,
        grossValue: 0,
        buyerValue: 0,
        perceivedValue: 0,
        won: o.seller === winner,
        eligible: true,
        valueProposition: { type: o.vp, fit: { ok: true } },
        alignment: { overall: 0.5 },
        discovery: { overall: 0.5 },
      })),
      predictions: { sellers: [], members: [], membersRight: 0 },
      notes: [],
    } as unknown as Debrief;
  }
  const cards = [
    segmentCard(loadShipped('hospital-monitors.json')),
    segmentCard(loadShipped('clinic-monitors.json')),
  ];

  const cases: {
    name: string;
    tables: { table: string; segment: string; debriefs: Debrief[] }[];
    expect: (c: ReturnType<typeof segmentComparison>) => void;
  }[] = [
    {
      name: 'the same value proposition wins with one buyer and loses with the other',
      tables: [
        {
          table: 'T1',
          segment: 'hospital-monitors',
          debriefs: [
            debrief(1, 'A', 0.9, [
              { seller: 'A', vp: 'resonating-focus', margin: 30 },
              { seller: 'B', vp: 'all-benefits', margin: 20 },
            ]),
          ],
        },
        {
          table: 'T2',
          segment: 'clinic-monitors',
          debriefs: [
            debrief(1, 'B', 0.5, [
              { seller: 'A', vp: 'resonating-focus', margin: 40 },
              { seller: 'B', vp: 'all-benefits', margin: 10 },
            ]),
          ],
        },
        {
          table: 'T3',
          segment: 'hospital-monitors',
          debriefs: [
            debrief(1, 'A', 0.7, [
              { seller: 'A', vp: 'resonating-focus', margin: 50 },
              { seller: 'B', vp: 'resonating-focus', margin: 25 },
            ]),
          ],
        },
      ],
      expect: (c) => {
        const [h, k] = c.segments;
        expect(h).toMatchObject({
          segment: 'hospital-monitors',
          tables: 2,
          unfinished: 0,
          averageQuality: 0.8,
          choseBest: 2,
        });
        expect(k).toMatchObject({ segment: 'clinic-monitors', tables: 1, averageQuality: 0.5 });
        const rf = (s: typeof h) => s!.vpTypes.find((v) => v.type === 'resonating-focus');
        expect(rf(h)).toEqual({
          type: 'resonating-focus',
          offers: 3,
          wins: 2,
          winRate: 0.667,
          averageMargin: 40,
        });
        expect(rf(k)).toEqual({
          type: 'resonating-focus',
          offers: 1,
          wins: 0,
          winRate: 0,
          averageMargin: null,
        });
        expect(h!.sellers).toEqual([
          { seller: 'A', offers: 2, wins: 2, winRate: 1, averageMargin: 40 },
          { seller: 'B', offers: 2, wins: 0, winRate: 0, averageMargin: null },
        ]);
        expect(c.contrasts).toContainEqual({
          type: 'resonating-focus',
          best: 'hospital-monitors',
          worst: 'clinic-monitors',
          spread: 0.667,
        });
        expect(c.contrasts).toContainEqual({
          type: 'all-benefits',
          best: 'clinic-monitors',
          worst: 'hospital-monitors',
          spread: 1,
        });
        // No margin reaches the projector.
        expect(JSON.stringify(publicComparison(c))).not.toMatch(/averageMargin/);
      },
    },
    {
      name: 'a segment whose tables still play counts them as unfinished, with no figures',
      tables: [
        {
          table: 'T1',
          segment: 'hospital-monitors',
          debriefs: [debrief(1, 'A', 1, [{ seller: 'A', vp: 'all-benefits', margin: 5 }])],
        },
        { table: 'T2', segment: 'clinic-monitors', debriefs: [] },
      ],
      expect: (c) => {
        expect(c.segments[1]).toMatchObject({
          tables: 0,
          unfinished: 1,
          averageQuality: null,
          choseBest: 0,
          sellers: [],
        });
        expect(c.contrasts).toEqual([{ type: 'all-benefits', best: null, worst: null, spread: 0 }]);
      },
    },
    {
      name: 'the round asked for, not the latest; a table of no card is left out',
      tables: [
        {
          table: 'T1',
          segment: 'hospital-monitors',
          debriefs: [
            debrief(1, 'A', 0.2, [{ seller: 'A', vp: 'all-benefits', margin: 5 }]),
            debrief(2, 'A', 0.4, [{ seller: 'A', vp: 'all-benefits', margin: 5 }]),
          ],
        },
        {
          table: 'T2',
          segment: '__proto__',
          debriefs: [debrief(1, 'B', 1, [{ seller: 'B', vp: 'all-benefits', margin: 5 }])],
        },
      ],
      expect: (c) => {
        expect(c.round).toBe(1);
        expect(c.segments.map((s) => s.segment)).toEqual(['hospital-monitors', 'clinic-monitors']);
        expect(c.segments[0]!.averageQuality).toBe(0.2);
        expect(c.segments[1]!.tables).toBe(0);
      },
    },
  ];
  for (const k of cases)
    it(k.name, () => {
      const round = k.name.startsWith('the round asked') ? 1 : undefined;
      k.expect(segmentComparison(k.tables, cards, round));
    });

  it('is the same for the same input', () => {
    const t = [
      {
        table: 'T1',
        segment: 'hospital-monitors',
        debriefs: [debrief(1, 'A', 1, [{ seller: 'A', vp: 'all-benefits' as const, margin: 5 }])],
      },
    ];
    expect(segmentComparison(t, cards)).toEqual(segmentComparison(structuredClone(t), cards));
  });
});
