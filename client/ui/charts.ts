// The debrief's charts: value against price as a small SVG (sized by viewBox, so it shrinks to a phone's width
// and stays sharp), the alignment heat map as a table, the hidden weights as bars.
import { formatNumber, formatPercent, t } from '../i18n/index.ts';
import { dimLabel, money, roleLabel, seatInitials, sellerLabel } from '../i18n/labels.ts';
import type { Debrief, PublicScenario } from '../net/types.ts';
import { h, svg } from './dom.ts';

type Offer = Debrief['offers'][number];

const INK = '#1b2733';
const COST = '#7a4b3a';
const PRICE = '#e0663f';
const VALUE = '#3d8fd6';
const PERCEIVED = '#9b6fd6';

/**
 * Per offer, on one money axis per unit: the value to the buyer before price and the value the buying center
 * perceived before price (the same footing, so the bars compare), then the unit cost and the margin up to the
 * price. The seller's name stands on its own line above its bars, where no bar can cover it.
 */
export function valueChart(offers: Offer[], scenario: PublicScenario | null, weight: number): SVGSVGElement {
  const width = 360;
  const rowH = 78;
  const right = 12;
  const height = 8 + offers.length * rowH + 70;
  const perceived = (o: Offer) => o.perceivedValue + weight * o.price;
  const max = Math.max(1, ...offers.flatMap((o) => [o.grossValue, o.price, o.unitCost, perceived(o)]));
  const x = (v: number) => ((width - right) * Math.max(0, v)) / max;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart value-chart',
    role: 'img',
    'aria-label': t('debrief.value'),
  });
  offers.forEach((o, i) => {
    const top = 8 + i * rowH;
    const y = top + 20;
    const status = o.won ? t('debrief.won') : o.eligible ? t('debrief.lost') : t('debrief.ineligible');
    chart.append(
      svg(
        'text',
        { x: 0, y: top + 12, 'font-size': 13, 'font-weight': 700, fill: INK },
        `${sellerLabel(o.seller, scenario)} · ${status}`,
      ),
      svg('rect', { x: 0, y, width: x(o.grossValue), height: 14, fill: VALUE, opacity: 0.85, rx: 2 }),
      svg('rect', {
        x: 0,
        y: y + 16,
        width: x(perceived(o)),
        height: 10,
        fill: PERCEIVED,
        opacity: 0.85,
        rx: 2,
      }),
      svg('rect', { x: 0, y: y + 28, width: x(o.unitCost), height: 14, fill: COST, rx: 2 }),
      svg('rect', {
        x: x(o.unitCost),
        y: y + 28,
        width: Math.max(0, x(o.price) - x(o.unitCost)),
        height: 14,
        fill: PRICE,
        rx: 2,
      }),
      svg('line', {
        x1: x(o.price),
        x2: x(o.price),
        y1: y - 3,
        y2: y + 46,
        stroke: INK,
        'stroke-width': 1.5,
        'stroke-dasharray': '3 2',
      }),
      svg(
        'text',
        {
          x: Math.min(width - 2, x(o.price) + 3),
          y: y + 56,
          'font-size': 11,
          fill: INK,
          'text-anchor': x(o.price) > width - 80 ? 'end' : 'start',
        },
        `${t('debrief.legend.price')} ${money(o.price, scenario)}`,
      ),
    );
  });
  const legend: [string, string][] = [
    [VALUE, t('debrief.legend.gross')],
    [PERCEIVED, t('debrief.legend.perceived')],
    [COST, t('debrief.legend.cost')],
    [PRICE, t('debrief.legend.margin')],
  ];
  // One legend entry a line: the Finnish and Polish labels are too long for two columns on a phone.
  legend.forEach(([color, label], i) => {
    const ly = height - 62 + i * 16;
    const lx = 0;
    chart.append(
      svg('rect', { x: lx, y: ly - 9, width: 10, height: 10, fill: color, rx: 1 }),
      svg('text', { x: lx + 14, y: ly, 'font-size': 10.5, fill: INK }, label),
    );
  });
  return chart;
}

/**
 * Benefits × members as a table (it wraps long names and reads out in order): the shade and number are the
 * member's hidden weight; a dot marks the seller's emphasis to that member, filled when the benefit is one of
 * the member's top priorities (a hit) and hollow when it is not; under each member, the share of the emphasis
 * that hit. So a column marked 0 % shows hollow dots only.
 */
export function heatmap(
  offer: Offer,
  scenario: PublicScenario | null,
  tops: ReadonlyMap<string, readonly string[]>,
): HTMLElement {
  const rows = offer.heatmap;
  const roles = rows[0]?.cells.map((c) => c.role) ?? [];
  const maxWeight = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.weight)));
  const head = h(
    'tr',
    null,
    h('th', { attrs: { scope: 'col' }, text: t('spec.dimension') }),
    roles.map((role) =>
      h(
        'th',
        { attrs: { scope: 'col' } },
        h('abbr', { attrs: { title: roleLabel(role) }, text: seatInitials(role) }),
        // The share alone keeps the column narrow on a phone; the hint above says what it is.
        h('small', {
          attrs: {
            title: t('debrief.onTarget', {
              value: formatPercent(offer.alignment.byMember.find((m) => m.role === role)?.share ?? 0),
            }),
          },
          text: formatPercent(offer.alignment.byMember.find((m) => m.role === role)?.share ?? 0),
        }),
      ),
    ),
  );
  const body = rows.map((row) =>
    h(
      'tr',
      { class: offer.leadWith.includes(row.dimension) ? 'lead' : '' },
      h('th', { attrs: { scope: 'row' }, text: dimLabel(row.dimension, scenario) }),
      row.cells.map((cell) => {
        const shade = cell.weight / maxWeight;
        const hit = cell.emphasis > 0 && (tops.get(cell.role) ?? []).includes(row.dimension);
        const label = `${roleLabel(cell.role)} · ${dimLabel(row.dimension, scenario)}: ${formatNumber(cell.weight)}${
          cell.emphasis > 0 ? ` · ${t(hit ? 'debrief.dotHit' : 'debrief.dotMiss')}` : ''
        }`;
        return h(
          'td',
          {
            style: { background: `rgba(29, 95, 168, ${(0.06 + 0.86 * shade).toFixed(3)})` },
            attrs: { title: label, 'aria-label': label },
          },
          h('span', { class: 'weight', text: formatNumber(cell.weight) }),
          cell.emphasis > 0
            ? h('span', {
                class: `dot ${hit ? 'hit' : 'miss'}`,
                style: {
                  width: `${8 + 12 * Math.min(1, cell.emphasis)}px`,
                  height: `${8 + 12 * Math.min(1, cell.emphasis)}px`,
                },
                attrs: { 'aria-hidden': 'true' },
              })
            : null,
        );
      }),
    ),
  );
  // A wide table scrolls sideways on a narrow phone: the region takes the focus so a keyboard can scroll it.
  return h(
    'div',
    { class: 'scroll-x', attrs: { tabindex: 0, role: 'region', 'aria-label': t('debrief.heatmap') } },
    h(
      'table',
      { class: 'heatmap', attrs: { 'aria-label': t('debrief.heatmap') } },
      h('thead', null, head),
      h('tbody', null, body),
    ),
  );
}

/** A member's hidden weights as small horizontal bars. */
export function weightBars(
  weights: Record<string, number>,
  top: readonly string[],
  scenario: PublicScenario | null,
) {
  const entries = Object.entries(weights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1]);
  return h(
    'ul',
    { class: 'bars' },
    entries.map(([dim, w]) =>
      h(
        'li',
        { class: top.includes(dim) ? 'lead' : '' },
        h('span', { class: 'bar-label', text: dimLabel(dim, scenario) }),
        h(
          'span',
          { class: 'bar', attrs: { 'aria-hidden': 'true' } },
          h('span', { style: { width: `${w}%` } }),
        ),
        h('span', { class: 'bar-value', text: formatNumber(w) }),
      ),
    ),
  );
}

export const CHART_COLORS = { COST, PRICE, VALUE, PERCEIVED };
