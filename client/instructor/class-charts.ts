// The class debrief's charts, drawn with Chart.js (loaded with the debrief, only the parts used): value against
// price per offer, decision quality per table, how each kind of value proposition fared, and per table an
// alignment heat map (dimensions × members: the shade is the hidden weight, the dot the seller's emphasis).
// Every chart also publishes its data on a test hook, so a browser test can check it against the debriefs.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type ScriptableContext,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
  ScatterController,
  PointElement,
);

const INK = '#14202b';
const COST = '#7a4b3a';
const PRICE = '#c2410c';
const VALUE = '#1d5fa8';
const PERCEIVED = '#7c4dbd';
const OK = '#1e7a46';
const WARN = '#b3261e';

Chart.defaults.color = INK;
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.animation = false;

export interface ChartSummary {
  type: string;
  labels: string[];
  datasets: { label: string; data: unknown[] }[];
}

type Hook = { charts: Record<string, ChartSummary> };

function hook(): Hook {
  const w = window as unknown as { __bcConsole?: Hook };
  w.__bcConsole ??= { charts: {} };
  return w.__bcConsole;
}

const live = new Map<HTMLCanvasElement, Chart>();

function draw(canvas: HTMLCanvasElement, config: ChartConfiguration, summary: ChartSummary) {
  live.get(canvas)?.destroy();
  live.set(canvas, new Chart(canvas, config));
  hook().charts[canvas.id] = summary;
}

/** Frees the charts of canvases that left the page. */
export function sweep() {
  for (const [canvas, chart] of live) {
    if (!canvas.isConnected) {
      chart.destroy();
      live.delete(canvas);
      delete hook().charts[canvas.id];
    }
  }
}

export interface ValueRow {
  label: string;
  unitCost: number;
  price: number;
  grossValue: number;
  perceived: number;
}

export function valueChart(canvas: HTMLCanvasElement, rows: ValueRow[], labels: Record<string, string>) {
  const datasets = [
    { label: labels.cost ?? 'cost', data: rows.map((r) => r.unitCost), backgroundColor: COST },
    { label: labels.price ?? 'price', data: rows.map((r) => r.price), backgroundColor: PRICE },
    { label: labels.value ?? 'value', data: rows.map((r) => r.grossValue), backgroundColor: VALUE },
    {
      label: labels.perceived ?? 'perceived',
      data: rows.map((r) => r.perceived),
      backgroundColor: PERCEIVED,
    },
  ];
  draw(
    canvas,
    {
      type: 'bar',
      data: { labels: rows.map((r) => r.label), datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, title: { display: true, text: labels.axis ?? '' } } },
      },
    },
    {
      type: 'bar',
      labels: rows.map((r) => r.label),
      datasets: datasets.map((d) => ({ label: d.label, data: d.data })),
    },
  );
}

export function qualityChart(
  canvas: HTMLCanvasElement,
  rows: { table: string; quality: number | null; choseBest: boolean }[],
  label: string,
) {
  const data = rows.map((r) => (r.quality === null ? 0 : Math.round(r.quality * 1000) / 10));
  draw(
    canvas,
    {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.table),
        // A table that chose the worst offer scores 0 %: a sliver keeps its red bar visible.
        datasets: [
          { label, data, minBarLength: 4, backgroundColor: rows.map((r) => (r.choseBest ? OK : WARN)) },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, max: 100, ticks: { callback: (v) => `${String(v)} %` } } },
      },
    },
    { type: 'bar', labels: rows.map((r) => r.table), datasets: [{ label, data }] },
  );
}

export function vpChart(
  canvas: HTMLCanvasElement,
  rows: { label: string; wins: number; offers: number }[],
  labels: { won: string; lost: string },
) {
  const won = rows.map((r) => r.wins);
  const lost = rows.map((r) => r.offers - r.wins);
  draw(
    canvas,
    {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          { label: labels.won, data: won, backgroundColor: OK },
          { label: labels.lost, data: lost, backgroundColor: '#8a97a6' },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    },
    {
      type: 'bar',
      labels: rows.map((r) => r.label),
      datasets: [
        { label: labels.won, data: won },
        { label: labels.lost, data: lost },
      ],
    },
  );
}

export interface HeatCell {
  member: number;
  dimension: number;
  weight: number;
  emphasis: number;
  /** Whether the benefit is one of the member's top priorities: a stress there is a hit. */
  hit: boolean;
}

/**
 * A heat map with Chart.js alone: square points fill a grid of cells; a dot marks the seller's emphasis,
 * filled on a member's top priority (a hit), hollow elsewhere (as in the students' debrief).
 */
export function heatmapChart(
  canvas: HTMLCanvasElement,
  grid: { members: string[]; dimensions: string[]; cells: HeatCell[] },
  labels: { weight: string; emphasis: string; miss: string },
) {
  const cols = grid.members.length;
  const rows = grid.dimensions.length;
  const maxWeight = Math.max(1, ...grid.cells.map((c) => c.weight));
  const cellSize = (ctx: ScriptableContext<'scatter'> | ScriptableContext<'line'>) => {
    const area = ctx.chart.chartArea;
    if (!area) return 8;
    return Math.min(area.width / cols, area.height / rows);
  };
  const weights = grid.cells.map((c) => ({ x: c.member, y: c.dimension, w: c.weight }));
  const emphasis = grid.cells
    .filter((c) => c.emphasis > 0)
    .map((c) => ({ x: c.member, y: c.dimension, e: c.emphasis, hit: c.hit }));
  const config: ChartConfiguration<'scatter', { x: number; y: number }[]> = {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: labels.weight,
          data: weights,
          pointStyle: 'rect',
          // A 'rect' point's side is √2 × its radius: this radius fills the cell, less a hairline.
          pointRadius: (ctx) => (cellSize(ctx) - 2) / Math.SQRT2,
          pointHoverRadius: (ctx) => (cellSize(ctx) - 2) / Math.SQRT2,
          backgroundColor: (ctx) => {
            const w = (ctx.raw as { w?: number } | undefined)?.w ?? 0;
            return `rgba(29, 95, 168, ${(0.06 + 0.88 * (w / maxWeight)).toFixed(3)})`;
          },
          borderWidth: 0,
        },
        {
          label: labels.emphasis,
          data: emphasis,
          pointStyle: 'circle',
          pointRadius: (ctx) =>
            Math.max(
              3,
              cellSize(ctx) * 0.32 * Math.min(1, (ctx.raw as { e?: number } | undefined)?.e ?? 0) + 3,
            ),
          backgroundColor: (ctx) => ((ctx.raw as { hit?: boolean } | undefined)?.hit ? PRICE : '#ffffff'),
          borderColor: PRICE,
          borderWidth: 2,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const raw = item.raw as { x: number; y: number; w?: number; e?: number; hit?: boolean };
              const where = `${grid.members[raw.x] ?? ''} · ${grid.dimensions[raw.y] ?? ''}`;
              return raw.w !== undefined
                ? `${where}: ${labels.weight} ${raw.w}`
                : `${where}: ${labels.emphasis} ${Math.round((raw.e ?? 0) * 100)} %${raw.hit ? '' : ` (${labels.miss})`}`;
            },
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: -0.5,
          max: cols - 0.5,
          position: 'top',
          grid: { display: false },
          // One tick per member, at the cell centres (the axis runs from -0.5 to cols - 0.5).
          afterBuildTicks: (axis) => {
            axis.ticks = grid.members.map((_, i) => ({ value: i }));
          },
          ticks: { autoSkip: false, callback: (v) => grid.members[Number(v)] ?? '' },
        },
        y: {
          type: 'linear',
          min: -0.5,
          max: rows - 0.5,
          reverse: true,
          grid: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = grid.dimensions.map((_, i) => ({ value: i }));
          },
          // Long benefit names wrap onto a second line rather than being cut at the chart's edge.
          ticks: { autoSkip: false, callback: (v) => wrapLabel(grid.dimensions[Number(v)] ?? '') },
        },
      },
    },
  };
  draw(canvas, config, {
    type: 'heatmap',
    labels: grid.dimensions,
    datasets: [
      { label: labels.weight, data: weights.map((c) => c.w) },
      { label: labels.emphasis, data: grid.cells.map((c) => c.emphasis) },
    ],
  });
}

/** A label as lines of about `width` characters, broken at spaces (Chart.js draws an array as lines). */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
