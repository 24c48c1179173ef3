// "Does it teach?" in the editor's language: each strategy's name, each lesson check and its figures, and the
// advice, from the ids and parameters the tournament and advice give (shared/sim/tournament.ts, ./advice.ts);
// the tournament's own English `name` and `detail` are the command line's. A role or a dimension id in advice is
// shown as its name: the role's, and the dimension's label in the draft.
import { SELLER_STRATEGIES, type SellerStrategy } from '../../../shared/bots/seller-policy.ts';
import type { LessonCheck, LessonCheckId } from '../../../shared/sim/tournament.ts';
import { formatNumber, formatPercent, tk } from '../../i18n/index.ts';
import { et, type EditorKey } from '../../i18n/editor.ts';
import type { Advice } from './advice.ts';

const STRATEGY_KEYS: Record<SellerStrategy, EditorKey> = {
  'all-benefits': 'strategy.all-benefits',
  'favorable-points-of-difference': 'strategy.favorable-points-of-difference',
  'resonating-focus': 'strategy.resonating-focus',
  overclaim: 'strategy.overclaim',
  'claim-must-haves': 'strategy.claim-must-haves',
  'price-at-cost': 'strategy.price-at-cost',
  'max-evidence': 'strategy.max-evidence',
  'no-discovery': 'strategy.no-discovery',
};

const isStrategy = (s: unknown): s is SellerStrategy =>
  typeof s === 'string' && (SELLER_STRATEGIES as readonly string[]).includes(s);

/** A seller strategy's name; one this editor does not know keeps its id. */
export function strategyName(id: string): string {
  return isStrategy(id) ? et(STRATEGY_KEYS[id]) : id;
}

/** Each check's sentence and the sentence of its figures. */
export const CHECK_KEYS: Record<LessonCheckId, { name: EditorKey; detail: EditorKey }> = {
  'focus-order': { name: 'lesson.focus-order', detail: 'lesson.focus-order.detail' },
  overclaim: { name: 'lesson.overclaim', detail: 'lesson.cheat.detail' },
  'claim-must-haves': { name: 'lesson.claim-must-haves', detail: 'lesson.cheat.detail' },
  'price-at-cost': { name: 'lesson.price-at-cost', detail: 'lesson.price-at-cost.detail' },
  'max-evidence': { name: 'lesson.max-evidence', detail: 'lesson.margins.detail' },
  'no-discovery': { name: 'lesson.no-discovery', detail: 'lesson.margins.detail' },
  classified: { name: 'lesson.classified', detail: 'lesson.classified.detail' },
  'purchase-type': { name: 'lesson.purchase-type', detail: 'lesson.purchase-type.detail' },
};

/** The parameters written the language's way: money rounded, rates as percentages, names for ids. */
function shown(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const [k, v] of Object.entries(params)) {
    if (k === 'strategy') out[k] = strategyName(String(v));
    else if (k === 'from' || k === 'to') out[k] = tk(`purchase.${String(v)}`, String(v));
    else if (typeof v !== 'number') out[k] = v;
    else if (k === 'winRate' || k === 'rfWinRate' || k === 'share') out[k] = formatPercent(v);
    else if (k === 'quality' || k === 'honest' || k === 'elsewhere') out[k] = formatNumber(v, 3);
    // A count a plural picks its form by stays a number.
    else if (k === 'points') out[k] = Math.round(v);
    else if (k === 'count' || k === 'bids') out[k] = v;
    else out[k] = formatNumber(v, 0);
  }
  return out;
}

export function checkText(check: LessonCheck): { name: string; detail: string } {
  const keys = Object.hasOwn(CHECK_KEYS, check.id) ? CHECK_KEYS[check.id] : undefined;
  if (!keys) return { name: check.name, detail: check.detail };
  const params = shown(check.params);
  return { name: et(keys.name, params), detail: et(keys.detail, params) };
}

/** An advice's sentence: a role by its name, a dimension by its label in the draft (`label(id)`). */
export function adviceText(advice: Advice, label: (dimension: string) => string | undefined): string {
  const params: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const [k, v] of Object.entries(advice.params)) {
    if (k === 'role') params[k] = tk(`role.${String(v)}`, String(v));
    else if (k === 'dimension') params[k] = label(String(v)) || String(v);
    else params[k] = typeof v === 'number' ? formatNumber(v, 0) : v;
  }
  return et(advice.key, params);
}
