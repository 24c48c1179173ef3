// "Does it teach?": which numbers to change. Two kinds of advice, each naming the field to change (a JSON path
// the editor turns into a link): what the case's numbers make impossible before anyone plays (a dimension no
// member weighs, a must-have no seller can meet, a seller that cannot win even at cost), and, for each lesson
// check of the tournament that fails, the numbers that drive it (docs/rules.md, "The value model"). Pure.
import { jsonPath } from '../../../shared/scenario/check.ts';
import { own } from '../../../shared/own.ts';
import type { Scenario } from '../../../shared/scenario/schema.ts';
import type { LessonCheck } from '../../../shared/sim/tournament.ts';
import type { EditorKey } from '../../i18n/editor-en.ts';

export interface Advice {
  /** The field to change. */
  path: string;
  key: EditorKey;
  params: Record<string, string | number>;
}

const MAX_LEVEL = 5;

/** What the buyer's members, weighed by influence, make of an offer: the true value's formula on given levels. */
export function worth(s: Scenario, levels: (dimension: string) => number, price: number): number {
  const vpp = s.economics.valuePerPoint;
  let total = 0;
  for (const m of s.buyingFirm.obc.members) {
    const p = m.priorities;
    const gated = p.mustHaves.some((mh) => levels(mh.dimension) < mh.minLevel);
    let utility = 0;
    if (!gated) for (const [d, w] of Object.entries(p.weights)) utility += (w / 100) * levels(d);
    total += (m.influence / 100) * (vpp * utility - p.priceSensitivity * price);
  }
  return total;
}

const levelOf = (seller: Scenario['sellers'][number], lifted: boolean) => (d: string) => {
  const base = own(seller.offering.levels, d) ?? 1;
  if (!lifted) return base;
  const lift = seller.offering.options.filter((o) => o.dimension === d).reduce((a, o) => a + o.lift, 0);
  return Math.min(MAX_LEVEL, base + lift);
};

const round = (n: number) => Math.round(n);

/** What the numbers make impossible or lopsided, before anyone plays. */
export function structuralAdvice(s: Scenario): Advice[] {
  const out: Advice[] = [];
  const members = s.buyingFirm.obc.members;
  s.dimensions.forEach((d, i) => {
    if (!members.some((m) => (own(m.priorities.weights, d.id) ?? 0) > 0))
      out.push({
        path: jsonPath(['dimensions', i, 'id']),
        key: 'advice.unweighed',
        params: { dimension: d.id },
      });
  });
  members.forEach((m, mi) => {
    m.priorities.mustHaves.forEach((mh, j) => {
      const best = Math.max(...s.sellers.map((x) => levelOf(x, true)(mh.dimension)));
      if (best < mh.minLevel)
        out.push({
          path: jsonPath(['buyingFirm', 'obc', 'members', mi, 'priorities', 'mustHaves', j, 'minLevel']),
          key: 'advice.mustHaveUnmet',
          params: { role: m.role, dimension: mh.dimension, level: mh.minLevel, best },
        });
    });
  });
  // Without a best-and-final round the pitch can move only who wins, never the price: wherever one seller wins
  // every table, every strategy earns the same (docs/rules.md, "What the model teaches, measured").
  if (!s.stages.rfp.allowBafo)
    out.push({ path: jsonPath(['stages', 'rfp', 'allowBafo']), key: 'advice.noBafo', params: {} });
  if (s.sellers.length < 2) return out;
  const atList = s.sellers.map((x) => worth(s, levelOf(x, false), x.offering.listPrice));
  s.sellers.forEach((x, i) => {
    const optionsCost = x.offering.options.reduce((a, o) => a + o.unitCost, 0);
    const best = worth(s, levelOf(x, true), x.offering.unitCost + optionsCost);
    const rival = Math.max(...atList.filter((_, j) => j !== i));
    if (best < rival)
      out.push({
        path: jsonPath(['sellers', i, 'offering', 'levels']),
        key: 'advice.cannotWin',
        params: { seller: x.id, gap: round(rival - best) },
      });
  });
  const hi = atList.indexOf(Math.max(...atList));
  const lo = atList.indexOf(Math.min(...atList));
  const gap = (atList[hi] ?? 0) - (atList[lo] ?? 0);
  const half = s.economics.valuePerPoint / 2;
  if (gap > half)
    out.push({
      path: jsonPath(['sellers', lo, 'offering', 'listPrice']),
      key: 'advice.imbalanced',
      params: {
        strong: s.sellers[hi]?.id ?? '',
        weak: s.sellers[lo]?.id ?? '',
        gap: round(gap),
        half: round(half),
      },
    });
  return out;
}

/** For a failing lesson check: the numbers that drive it. */
export function checkAdvice(check: LessonCheck): Advice | null {
  if (check.holds) return null;
  const members = jsonPath(['buyingFirm', 'obc', 'members']);
  switch (check.id) {
    case 'focus-order':
      return { path: members, key: 'advice.check.focus', params: {} };
    case 'overclaim':
      return { path: members, key: 'advice.check.overclaim', params: {} };
    case 'claim-must-haves':
      return { path: members, key: 'advice.check.claimMustHaves', params: {} };
    case 'price-at-cost':
      return { path: jsonPath(['sellers']), key: 'advice.check.priceAtCost', params: {} };
    case 'max-evidence':
      return {
        path: jsonPath(['sellers', 0, 'offering', 'evidence']),
        key: 'advice.check.maxEvidence',
        params: {},
      };
    case 'no-discovery':
      return { path: members, key: 'advice.check.noDiscovery', params: {} };
    case 'classified':
      return { path: jsonPath(['dimensions']), key: 'advice.check.classified', params: {} };
    case 'purchase-type':
      return { path: jsonPath(['purchaseType']), key: 'advice.check.purchaseType', params: {} };
    default:
      return null;
  }
}
