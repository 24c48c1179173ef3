// The table before Phaser has arrived: the same layout as the canvas (layout.ts) drawn as a plain SVG, so the
// screen shows the stage track with the current stage lit, the table, and every seat in its colour with its
// initials (the student's own ringed) from the moment the seat is known. It ships with the play screen (no
// download of its own) and gives way to the canvas once Phaser has loaded.
import { STAGE_IDS } from '../../shared/rules/types.ts';
import { t, tk } from '../i18n/index.ts';
import type { SeatView } from '../net/types.ts';
import { layoutTable } from './layout.ts';
import { seatInitials } from '../i18n/labels.ts';
import { COLORS, css, seatColor } from './palette.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A sketch of the table at the host's size (CSS pixels), with a line saying the full table is on its way. */
export function tableSketch(width: number, height: number, view: SeatView | null): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'table-sketch';
  const w = Math.max(240, Math.floor(width));
  const h = Math.max(200, Math.floor(height));
  const picture = svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, 'aria-hidden': 'true' });
  if (view) {
    const layout = layoutTable(
      w,
      h,
      view.seats.map((s) => ({ id: s.id, kind: s.kind === 'seller' ? 'seller' : 'obc' })),
    );
    const font = `${layout.font}px`;
    const active = view.phase === 'playing' && view.stage ? STAGE_IDS.indexOf(view.stage) : -1;
    layout.track.pills.forEach((pill, i) => {
      const on = i === active;
      const done = view.phase === 'round-over' || (active >= 0 && i < active);
      const r = pill.h / 2;
      const fill = on ? COLORS.pillActive : done ? COLORS.pillDone : COLORS.pill;
      picture.append(
        svg('rect', { x: pill.x, y: pill.y, width: pill.w, height: pill.h, rx: r, fill: css(fill) }),
      );
      const stage = STAGE_IDS[i] ?? '';
      const label = layout.compact ? tk(`stage.short.${stage}`, stage) : tk(`stage.${stage}`, stage);
      const estimate = (label.length + 2) * layout.font * 0.58;
      picture.append(
        svg(
          'text',
          {
            x: pill.x + pill.w / 2,
            y: pill.y + r,
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            'font-size': font,
            'font-weight': on ? 700 : 400,
            fill: on ? COLORS.textDark : COLORS.text,
            // A label wider than its pill (a rough estimate of the glyphs' width) is squeezed to fit.
            ...(estimate > pill.w - 8 ? { textLength: pill.w - 8, lengthAdjust: 'spacingAndGlyphs' } : {}),
          },
          `${i + 1} ${label}`,
        ),
      );
    });
    const { cx, cy, rx, ry } = layout.table;
    picture.append(
      svg('ellipse', { cx, cy, rx: rx + 5, ry: ry + 5, fill: css(COLORS.tableRim) }),
      svg('ellipse', { cx, cy, rx, ry, fill: css(COLORS.table) }),
    );
    const me = view.viewer.kind === 'seat' ? view.viewer.seat : null;
    for (const spot of layout.seats) {
      const r = layout.seatRadius;
      picture.append(
        svg('circle', {
          cx: spot.x,
          cy: spot.y,
          r,
          fill: css(seatColor(spot.id)),
          ...(spot.id === me ? { stroke: css(COLORS.me), 'stroke-width': 3 } : {}),
        }),
        svg(
          'text',
          {
            x: spot.x,
            y: spot.y,
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            'font-size': `${Math.round(r * 0.7)}px`,
            'font-weight': 700,
            fill: COLORS.textDark,
          },
          seatInitials(spot.id),
        ),
      );
    }
  }
  wrap.append(
    picture,
    Object.assign(document.createElement('p'), { className: 'loading', textContent: t('table.loading') }),
  );
  return wrap;
}
