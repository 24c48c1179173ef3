// The class debrief across segments, for the console (with margins) and the projector (without): each
// segment's card (firmographic, behavioral, needs-based and decision-process facts, those that differ between
// the segments marked), then how the same sellers and value propositions fared with each buyer, and one line
// per value proposition where it fared differently.
import type { PublicComparison, SegmentComparison } from '../../shared/session/class-results.ts';
import type { ComparedFact, SegmentCard } from '../../shared/session/segments.ts';
import { formatNumber, formatPercent, localize, tk } from '../i18n/index.ts';
import type { LocalText } from '../net/host-api.ts';
import { ct, ctk } from '../i18n/console.ts';
import { h } from '../ui/dom.ts';

type Comparison = SegmentComparison | PublicComparison;

function factText(card: SegmentCard, fact: ComparedFact): string {
  const c = card;
  switch (fact) {
    case 'employees':
      return formatNumber(c.firmographic.employees);
    case 'ownership':
      return ctk(`segment.ownership.${c.firmographic.ownership}`, c.firmographic.ownership);
    case 'purchaseType':
      return tk(`purchase.${c.behavioral.purchaseType}`, c.behavioral.purchaseType);
    case 'members':
      return formatNumber(c.decisionProcess.members);
    case 'formality':
      return tk(`level.${c.decisionProcess.formality}`, c.decisionProcess.formality);
    case 'centralization':
      return tk(`level.${c.decisionProcess.centralization}`, c.decisionProcess.centralization);
    case 'decisionRule':
      return tk(`rule.${c.decisionProcess.decisionRule}`, c.decisionProcess.decisionRule);
  }
}

const FACT_ORDER: readonly ComparedFact[] = [
  'employees',
  'ownership',
  'purchaseType',
  'members',
  'formality',
  'centralization',
  'decisionRule',
];

const rate = (x: number | null) => (x === null ? '–' : formatPercent(x));

/**
 * The comparison card; `withMargins` for the instructor's console only (the projector's card has no margins,
 * and its own dark style).
 */
export function segmentComparisonCard(
  comparison: Comparison,
  cards: readonly SegmentCard[],
  withMargins: boolean,
  id = 'segment-comparison',
) {
  const label = (segment: string) => {
    const card = cards.find((c) => c.id === segment);
    return card ? localize(card.label) : segment;
  };
  const differs = new Set(comparison.differences);
  const head = (first: string) =>
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' }, text: first }),
        comparison.segments.map((s) => h('th', { attrs: { scope: 'col' }, text: label(s.segment) })),
      ),
    );
  const row = (name: string, cells: string[], cls = '') =>
    h(
      'tr',
      cls ? { class: cls } : null,
      h('th', { attrs: { scope: 'row' }, text: name }),
      cells.map((c) => h('td', { text: c })),
    );
  const cardOf = (segment: string) => cards.find((c) => c.id === segment);
  const texts = (pick: (c: SegmentCard) => LocalText | null) =>
    comparison.segments.map((s) => {
      const card = cardOf(s.segment);
      const v = card ? pick(card) : null;
      return v === null ? '–' : localize(v);
    });
  const facts = h(
    'table',
    { class: 'data', attrs: { id: `${id}-facts` } },
    head(ct('segments.fact')),
    h(
      'tbody',
      null,
      // The big screen shows what differs; the console every fact and the authors' texts.
      withMargins
        ? row(
            ct('segments.industry'),
            texts((c) => c.firmographic.industry),
          )
        : null,
      FACT_ORDER.filter((f) => withMargins || differs.has(f)).map((f) =>
        row(
          ct(`segments.fact.${f}`),
          comparison.segments.map((s) => {
            const card = cardOf(s.segment);
            return card ? factText(card, f) : '–';
          }),
          differs.has(f) ? 'differs' : '',
        ),
      ),
      withMargins
        ? [
            row(
              ct('segments.behavioral'),
              texts((c) => c.behavioral.text),
            ),
            row(
              ct('segments.needs'),
              texts((c) => c.needs.text),
            ),
            row(
              ct('segments.customers'),
              texts((c) => c.needs.customers),
            ),
            row(
              ct('segments.process'),
              texts((c) => c.decisionProcess.text),
            ),
          ]
        : null,
    ),
  );
  const vpTypes = comparison.segments[0]?.vpTypes.map((v) => v.type) ?? [];
  const sellers = [...new Set(comparison.segments.flatMap((s) => s.sellers.map((x) => x.seller)))].sort();
  const fared = (x: {
    winRate: number | null;
    offers: number;
    wins: number;
    averageMargin?: number | null;
  }) =>
    x.offers === 0
      ? '–'
      : `${rate(x.winRate)} (${x.wins}/${x.offers})${
          withMargins && x.averageMargin !== undefined && x.averageMargin !== null
            ? ` · ${ct('segments.margin', { value: formatNumber(x.averageMargin, 2) })}`
            : ''
        }`;
  const results = h(
    'table',
    { class: 'data', attrs: { id: `${id}-results` } },
    head(ct('segments.result')),
    h(
      'tbody',
      null,
      row(
        ct('segments.tables'),
        comparison.segments.map((s) =>
          s.unfinished > 0
            ? ct('segments.tablesSome', { done: s.tables, total: s.tables + s.unfinished })
            : formatNumber(s.tables),
        ),
      ),
      row(
        ct('segments.quality'),
        comparison.segments.map((s) => rate(s.averageQuality)),
      ),
      row(
        ct('segments.choseBest'),
        comparison.segments.map((s) => (s.tables === 0 ? '–' : `${s.choseBest}/${s.tables}`)),
      ),
      vpTypes.map((type) =>
        row(
          tk(`vp.${type}`, type),
          comparison.segments.map((s) => {
            const v = s.vpTypes.find((x) => x.type === type);
            return v ? fared(v) : '–';
          }),
        ),
      ),
      sellers.map((seller) =>
        row(
          ct('segments.seller', { seller }),
          comparison.segments.map((s) => {
            const v = s.sellers.find((x) => x.seller === seller);
            return v ? fared(v) : '–';
          }),
        ),
      ),
    ),
  );
  const contrasts = comparison.contrasts
    .filter((c) => c.best !== null && c.worst !== null && c.spread > 0)
    .map((c) => {
      const rateIn = (segment: string | null) =>
        comparison.segments.find((s) => s.segment === segment)?.vpTypes.find((v) => v.type === c.type)
          ?.winRate ?? null;
      return h('li', {
        text: ct('segments.contrast', {
          vp: tk(`vp.${c.type}`, c.type),
          best: label(c.best ?? ''),
          bestRate: rate(rateIn(c.best)),
          worst: label(c.worst ?? ''),
          worstRate: rate(rateIn(c.worst)),
        }),
      });
    });
  return h(
    'section',
    {
      class: withMargins ? 'card segment-comparison' : 'proj-segments segment-comparison',
      attrs: { id, 'aria-labelledby': `${id}-title` },
    },
    h('h2', { attrs: { id: `${id}-title` }, text: ct('segments.heading', { round: comparison.round }) }),
    h('p', { class: withMargins ? 'hint' : '', text: ct('segments.hint') }),
    h('div', { class: 'scroll-x' }, facts),
    h('div', { class: 'scroll-x' }, results),
    contrasts.length > 0
      ? h('ul', { class: 'facts-list', attrs: { id: `${id}-contrasts` } }, contrasts)
      : h('p', { class: withMargins ? 'hint' : '', text: ct('segments.noContrast') }),
  );
}
