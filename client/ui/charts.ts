// Small SVG charts for the debrief, sized by viewBox so they shrink to a phone's width and stay sharp.
import { formatNumber, formatPercent, t } from '../i18n/index.ts';
import { dimLabel, money, roleLabel, sellerLabel } from '../i18n/labels.ts';
import type { Debrief, PublicScenario } from '../net/types.ts';
import { h, svg } from './dom.ts';

type Offer = Debrief['offers'][number];

const INK = '#1b2733';
const MUTED = '#5b6b7b';
const COST = '#7a4b3a';
const PRICE = '#e0663f';
const VALUE = '#3d8fd6';
const PERCEIVED = '#9b6fd6';

/** The two letters the table scene puts on each seat, so the heat map's columns match the table. */
const ROLE_CODES: Record<string, string> = {
  engineering: 'EN',
  production: 'PR',
  marketing: 'MK',
  procurement: 'PC',
  'general-management': 'GM',
};

export function roleCode(role: string): string {
  return ROLE_CODES[role] ?? role.slice(0, 2).toUpperCase();
}

/** Per offer: unit cost, price and the value to the buyer on one money axis (margin and buyer surplus show). */
export function valueChart(offers: Offer[], scenario: PublicScenario | null): SVGSVGElement {
  const width = 360;
  const rowH = 62;
  const left = 64;
  const right = 12;
  const height = 20 + offers.length * rowH + 34;
  const max = Math.max(
    1,
    ...offers.flatMap((o) => [o.grossValue, o.price, o.unitCost, o.perceivedValue + o.price]),
  );
  const x = (v: number) => left + ((width - left - right) * Math.max(0, v)) / max;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart value-chart',
    role: 'img',
    'aria-label': t('debrief.value'),
  });
  offers.forEach((o, i) => {
    const y = 16 + i * rowH;
    chart.append(
      svg(
        'text',
        { x: 0, y: y + 14, 'font-size': 12, 'font-weight': 700, fill: INK },
        sellerLabel(o.seller, scenario).slice(0, 12),
      ),
      svg(
        'text',
        { x: 0, y: y + 28, 'font-size': 10, fill: MUTED },
        o.won ? t('debrief.won') : o.eligible ? t('debrief.lost') : t('debrief.ineligible'),
      ),
      // Value before price (what the offer is worth to the buyer, per unit).
      svg('rect', {
        x: left,
        y,
        width: x(o.grossValue) - left,
        height: 14,
        fill: VALUE,
        opacity: 0.85,
        rx: 2,
      }),
      // Perceived value before price (perceived net value + price).
      svg('rect', {
        x: left,
        y: y + 16,
        width: Math.max(0, x(o.perceivedValue + o.price) - left),
        height: 8,
        fill: PERCEIVED,
        opacity: 0.8,
        rx: 2,
      }),
      // Cost, then the margin up to the price.
      svg('rect', { x: left, y: y + 26, width: x(o.unitCost) - left, height: 14, fill: COST, rx: 2 }),
      svg('rect', {
        x: x(o.unitCost),
        y: y + 26,
        width: Math.max(0, x(o.price) - x(o.unitCost)),
        height: 14,
        fill: PRICE,
        rx: 2,
      }),
      svg('line', {
        x1: x(o.price),
        x2: x(o.price),
        y1: y - 3,
        y2: y + 44,
        stroke: INK,
        'stroke-width': 1.5,
        'stroke-dasharray': '3 2',
      }),
      svg(
        'text',
        {
          x: Math.min(width - 2, x(o.price) + 3),
          y: y + 52,
          'font-size': 10,
          fill: INK,
          'text-anchor': x(o.price) > width - 70 ? 'end' : 'start',
        },
        money(o.price, scenario),
      ),
    );
  });
  const legend: [string, string][] = [
    [VALUE, t('debrief.legend.gross')],
    [PERCEIVED, t('debrief.legend.perceived')],
    [COST, t('debrief.legend.cost')],
    [PRICE, t('debrief.legend.price')],
  ];
  legend.forEach(([color, label], i) => {
    const lx = (i % 2) * 180;
    const ly = height - 30 + Math.floor(i / 2) * 15;
    chart.append(
      svg('rect', { x: lx, y: ly - 9, width: 10, height: 10, fill: color, rx: 1 }),
      svg(
        'text',
        { x: lx + 14, y: ly, 'font-size': 10, fill: INK },
        label.length > 30 ? `${label.slice(0, 29)}…` : label,
      ),
    );
  });
  return chart;
}

/** Dimensions × members: the shade is the member's hidden weight, the dot the seller's emphasis to that member. */
export function heatmap(offer: Offer, scenario: PublicScenario | null): SVGSVGElement {
  const rows = offer.heatmap;
  const roles = rows[0]?.cells.map((c) => c.role) ?? [];
  const labelW = 104;
  const cellW = Math.max(44, Math.floor((360 - labelW) / Math.max(1, roles.length)));
  const cellH = 30;
  const top = 34;
  const width = labelW + cellW * roles.length;
  const height = top + cellH * rows.length + 4;
  const maxWeight = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.weight)));
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart heatmap',
    role: 'img',
    'aria-label': t('debrief.heatmap'),
  });
  roles.forEach((role, j) => {
    chart.append(
      svg(
        'text',
        {
          x: labelW + j * cellW + cellW / 2,
          y: 14,
          'font-size': 10,
          'text-anchor': 'middle',
          fill: INK,
          'font-weight': 600,
        },
        roleCode(role),
      ),
      svg(
        'text',
        { x: labelW + j * cellW + cellW / 2, y: 27, 'font-size': 9, 'text-anchor': 'middle', fill: MUTED },
        formatPercent(offer.alignment.byMember.find((m) => m.role === role)?.share ?? 0),
      ),
    );
  });
  rows.forEach((row, i) => {
    const y = top + i * cellH;
    const label = dimLabel(row.dimension, scenario);
    const emphasized = offer.leadWith.includes(row.dimension);
    chart.append(
      svg(
        'text',
        { x: 0, y: y + cellH / 2 + 4, 'font-size': 11, fill: INK, 'font-weight': emphasized ? 700 : 400 },
        label.length > 16 ? `${label.slice(0, 15)}…` : label,
      ),
    );
    row.cells.forEach((cell, j) => {
      const x = labelW + j * cellW;
      const shade = cell.weight / maxWeight;
      const title = svg(
        'title',
        {},
        `${roleLabel(cell.role)} · ${label}: ${formatNumber(cell.weight)} / ${formatPercent(cell.emphasis)}`,
      );
      chart.append(
        svg(
          'rect',
          {
            x: x + 1,
            y: y + 1,
            width: cellW - 2,
            height: cellH - 2,
            fill: `rgba(61, 143, 214, ${0.08 + 0.85 * shade})`,
            rx: 3,
          },
          title,
        ),
        svg(
          'text',
          { x: x + 4, y: y + 12, 'font-size': 8, fill: shade > 0.55 ? '#ffffff' : INK },
          formatNumber(cell.weight),
        ),
      );
      if (cell.emphasis > 0) {
        chart.append(
          svg('circle', {
            cx: x + cellW / 2 + 4,
            cy: y + cellH / 2 + 2,
            r: 3 + 8 * Math.min(1, cell.emphasis),
            fill: PRICE,
            stroke: '#ffffff',
            'stroke-width': 1.2,
          }),
        );
      }
    });
  });
  return chart;
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
