// The class debrief: every table side by side (winner, price, margin, decision quality, each offer's value
// proposition, alignment and discovery), the charts (value against price, decision quality, how the kinds of
// value proposition fared, an alignment heat map per table), the hidden priorities revealed, teaching notes
// by concept with a question for the class, a drill into any table's timeline, and the two exports.
import { isSellerSeat, sellerOfSeat } from '../../shared/rules/seats.ts';
import { formatNumber, formatPercent, t, tk } from '../i18n/index.ts';
import { dimLabel, dimList, money, roleLabel, seatInitials, sellerLabel } from '../i18n/labels.ts';
import { ct, ctk } from '../i18n/console.ts';
import type { ClassDebrief } from '../net/host-api.ts';
import type { Debrief, PublicResults, PublicScenario } from '../net/types.ts';
import { h, replace } from '../ui/dom.ts';
import { noteText, priceWeight, timelineItems } from '../ui/debrief.ts';
import { classPredictionsCard } from './class-predictions.ts';
import { segmentComparisonCard } from './segment-comparison.ts';
import { failureText, saveFile } from './common.ts';
import type { PanelContext } from './session-screen.ts';

type Charts = typeof import('./class-charts.ts');

export class DebriefPanel {
  readonly el: HTMLElement;
  private readonly ctx: PanelContext;
  private data: ClassDebrief | null = null;
  private round: number | null = null;
  private drill: string | null = null;
  private heatSeller: string | null = null;
  private resultsSig = '';
  private shown = false;
  private loading = false;
  private charts: Promise<Charts> | null = null;

  constructor(ctx: PanelContext) {
    this.ctx = ctx;
    this.el = h('div', { class: 'class-debrief' });
  }

  /** Called when the tab opens: fetch the debriefs afresh. */
  open() {
    this.shown = true;
    void this.load();
  }

  refresh() {
    this.render();
  }

  /** A round ended somewhere: reload if the debrief is on screen. */
  update(results: PublicResults | null) {
    const sig = JSON.stringify(results);
    if (sig === this.resultsSig) return;
    this.resultsSig = sig;
    if (this.shown && this.el.isConnected) void this.load();
  }

  private async load() {
    if (this.loading) return;
    this.loading = true;
    if (!this.data) replace(this.el, h('p', { class: 'loading', text: t('debrief.loading') }));
    const r = await this.ctx.api.debrief(this.round ?? undefined);
    this.loading = false;
    if (!r.ok) {
      replace(this.el, this.exports(), h('p', { class: 'error', text: failureText(r) }));
      return;
    }
    this.data = r.data;
    this.round = r.data.summary.round;
    this.render();
  }

  private render() {
    const data = this.data;
    if (!data) return;
    const sc = data.scenario;
    const s = data.summary;
    const has = s.tables.length > 0;
    replace(
      this.el,
      this.exports(),
      data.rounds.length > 1 ? this.roundPicker(data.rounds) : null,
      !has
        ? h('section', { class: 'card' }, h('p', { attrs: { id: 'class-empty' }, text: ct('class.empty') }))
        : [
            this.summaryCard(data, sc),
            data.comparison
              ? segmentComparisonCard(
                  data.comparison,
                  data.segments.map((x) => x.card),
                  true,
                )
              : null,
            this.tableCard(data),
            classPredictionsCard(data, sc),
            this.chartsCard(data),
            this.hiddenCard(data, sc),
            this.notesCard(data, sc),
            this.drillCard(data, sc),
          ],
    );
    if (has) void this.drawCharts(data, sc);
  }

  private exports() {
    const button = (kind: 'csv' | 'json', label: string) =>
      h('button', {
        class: 'secondary small',
        attrs: { type: 'button', id: `export-${kind}` },
        text: label,
        on: { click: () => void this.download(kind) },
      });
    return h(
      'section',
      { class: 'card', attrs: { id: 'exports' } },
      h('h2', { text: ct('export.heading') }),
      h('p', { class: 'hint', text: ct('export.hint') }),
      h('div', { class: 'row wrap' }, button('csv', ct('export.csv')), button('json', ct('export.json'))),
    );
  }

  private async download(kind: 'csv' | 'json') {
    this.ctx.status.busy();
    const r = await this.ctx.api.download(kind);
    if (!r.ok) {
      this.ctx.status.fail(failureText(r));
      return;
    }
    const code = this.data?.code ?? 'session';
    saveFile(r.data, `buying-center-${code}.${kind}`);
    this.ctx.status.ok(ct('export.done'));
  }

  private roundPicker(rounds: number[]) {
    return h(
      'nav',
      { class: 'row wrap', attrs: { 'aria-label': ct('class.rounds') } },
      rounds.map((r) =>
        h('button', {
          class: r === this.round ? 'primary small' : 'secondary small',
          attrs: { type: 'button', id: `round-${r}`, 'aria-pressed': String(r === this.round) },
          text: ct('class.round', { round: r }),
          on: {
            click: () => {
              this.round = r;
              void this.load();
            },
          },
        }),
      ),
    );
  }

  private summaryCard(data: ClassDebrief, sc: PublicScenario) {
    const s = data.summary;
    const wins = Object.entries(s.winsBySeller).map(([id, n]) => `${sellerLabel(id, sc)}: ${n}`);
    return h(
      'section',
      { class: 'card', attrs: { id: 'class-summary' } },
      h('h2', { text: ct('class.heading', { round: s.round }) }),
      h(
        'ul',
        { class: 'facts-list' },
        h('li', {
          text: ct('class.finished', { done: s.tables.length, total: s.tables.length + s.unfinished.length }),
        }),
        s.averageQuality !== null
          ? h('li', {
              attrs: { id: 'class-quality' },
              text: ct('class.quality', { value: formatPercent(s.averageQuality) }),
            })
          : null,
        h('li', { text: ct('class.choseBest', { count: s.choseBest, total: s.tables.length }) }),
        h('li', { text: `${ct('class.wins')}: ${wins.length > 0 ? wins.join(' · ') : '–'}` }),
      ),
      s.unfinished.length > 0
        ? h('p', { class: 'hint', text: ct('class.unfinished', { tables: s.unfinished.join(', ') }) })
        : null,
    );
  }

  private tableCard(data: ClassDebrief) {
    const s = data.summary;
    return h(
      'section',
      { class: 'card' },
      h('h2', { text: ct('class.side') }),
      h(
        'div',
        { class: 'scroll-x' },
        h(
          'table',
          { class: 'data', attrs: { id: 'class-table' } },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              [
                ct('col.table'),
                ct('col.winner'),
                ct('col.price'),
                ct('col.margin'),
                ct('col.quality'),
                ct('col.best'),
                ct('col.offers'),
                '',
              ].map((label) => h('th', { attrs: { scope: 'col' }, text: label })),
            ),
          ),
          h(
            'tbody',
            null,
            s.tables.map((row) => {
              // Each table in its own segment's names and currency.
              const sc = this.scenarioOfTable(data, row.table);
              return h(
                'tr',
                { data: { table: row.table } },
                h('th', { attrs: { scope: 'row' }, text: row.table }),
                h('td', {
                  class: 'winner',
                  text: row.winner ? sellerLabel(row.winner, sc) : t('decision.none'),
                }),
                h('td', { class: 'price', text: row.price === null ? '–' : money(row.price, sc) }),
                h('td', { class: 'margin', text: row.margin === null ? '–' : money(row.margin, sc) }),
                h('td', {
                  class: `quality ${row.choseBest ? 'ok' : 'warn'}`,
                  text: row.quality === null ? '–' : formatPercent(row.quality),
                }),
                h('td', { text: row.bestValueSeller ? sellerLabel(row.bestValueSeller, sc) : '–' }),
                h(
                  'td',
                  null,
                  h(
                    'ul',
                    { class: 'plain offers-cell' },
                    row.offers.map((o) =>
                      h('li', {
                        data: { seller: o.seller },
                        text: `${sellerLabel(o.seller, sc)}${o.won ? ' ★' : ''}: ${tk(`vp.${o.vpType}`, o.vpType)} · ${ct('class.alignment', { value: formatPercent(o.alignment) })} · ${ct('class.discovery', { value: formatPercent(o.discovery) })}`,
                      }),
                    ),
                  ),
                ),
                h(
                  'td',
                  null,
                  h('button', {
                    class: 'secondary small',
                    attrs: {
                      type: 'button',
                      id: `drill-${row.table}`,
                      'aria-pressed': String(this.drill === row.table),
                    },
                    text: ct('class.drill'),
                    on: {
                      click: () => {
                        this.drill = row.table;
                        this.render();
                        document.getElementById('drill')?.focus();
                      },
                    },
                  }),
                ),
              );
            }),
          ),
        ),
      ),
    );
  }

  private chartsCard(data: ClassDebrief) {
    const sellers = [...new Set(data.summary.tables.flatMap((x) => x.offers.map((o) => o.seller)))].sort();
    if (!this.heatSeller || !sellers.includes(this.heatSeller)) this.heatSeller = sellers[0] ?? null;
    const canvas = (id: string, label: string, tall = false, size?: Record<string, string>) =>
      h(
        'figure',
        { class: `chart-box${tall ? ' tall' : ''}` },
        h('figcaption', { text: label }),
        h(
          'div',
          { class: 'chart-frame', ...(size ? { style: size } : {}) },
          h('canvas', { attrs: { id, role: 'img', 'aria-label': label } }),
        ),
      );
    // Heat-map cells stay near square: the frame grows with the benefits and the members of the table's buyer.
    const heatSize = (table: PublicScenario) => ({
      height: `${40 + table.dimensions.length * 40}px`,
      width: `min(100%, ${210 + table.buyingFirm.obc.members.length * 60}px)`,
    });
    // The legend names every member of every buyer the tables played (a segment's may be fewer).
    const legend = new Set(
      data.summary.tables.flatMap((row) =>
        this.scenarioOfTable(data, row.table).buyingFirm.obc.members.map((m) => m.role),
      ),
    );
    return h(
      'section',
      { class: 'card', attrs: { id: 'class-charts' } },
      h('h2', { text: ct('class.charts') }),
      h(
        'div',
        { class: 'chart-grid' },
        canvas('chart-value', ct('chart.value'), true),
        canvas('chart-quality', ct('chart.quality')),
        canvas('chart-vp', ct('chart.vp')),
      ),
      h('h3', { text: t('debrief.heatmap') }),
      h('p', { class: 'hint', text: t('debrief.heatmapHint') }),
      h(
        'div',
        { class: 'row wrap', attrs: { role: 'group', 'aria-label': ct('class.heatSeller') } },
        sellers.map((id) =>
          h('button', {
            class: id === this.heatSeller ? 'primary small' : 'secondary small',
            attrs: {
              type: 'button',
              id: `heat-seller-${id}`,
              'aria-pressed': String(id === this.heatSeller),
            },
            text: this.sellerAcrossTables(data, id),
            on: {
              click: () => {
                this.heatSeller = id;
                this.render();
              },
            },
          }),
        ),
      ),
      h(
        'div',
        { class: 'heat-grid', attrs: { id: 'heatmaps' } },
        data.summary.tables.map((row) => {
          const own = this.scenarioOfTable(data, row.table);
          return canvas(
            `heat-${row.table}`,
            `${row.table} · ${this.heatSeller ? sellerLabel(this.heatSeller, own) : ''}`,
            false,
            heatSize(own),
          );
        }),
      ),
      h(
        'p',
        { class: 'hint legend' },
        [...legend].map((role) => `${seatInitials(role)} = ${roleLabel(role)}`).join(' · '),
      ),
    );
  }

  private debriefOf(data: ClassDebrief, table: string): Debrief | undefined {
    return data.tables.find((x) => x.table === table)?.debriefs.find((d) => d.round === data.summary.round);
  }

  private async drawCharts(data: ClassDebrief, sc: PublicScenario) {
    this.charts ??= import('./class-charts.ts');
    const charts = await this.charts;
    if (this.data !== data) return;
    charts.sweep();
    const el = (id: string) => document.getElementById(id) as HTMLCanvasElement | null;
    // The perceived value before price, on the footing of the value before price (see priceWeight).
    const rows = data.summary.tables.flatMap((x) => {
      const d = this.debriefOf(data, x.table);
      const weight = d ? priceWeight(d) : 1;
      return x.offers.map((o) => ({
        label: `${x.table} · ${sellerLabel(o.seller, sc)}`,
        unitCost: o.unitCost,
        price: o.price,
        grossValue: o.grossValue,
        perceived: Math.round((o.perceivedValue + weight * o.price) * 100) / 100,
      }));
    });
    const value = el('chart-value');
    if (value)
      charts.valueChart(value, rows, {
        cost: t('debrief.legend.cost'),
        price: t('debrief.legend.price'),
        value: t('debrief.legend.gross'),
        perceived: t('debrief.legend.perceived'),
        axis: ct('chart.perUnit', { currency: sc.economics.currency }),
      });
    const quality = el('chart-quality');
    if (quality) charts.qualityChart(quality, data.summary.tables, ct('col.quality'));
    const vp = el('chart-vp');
    if (vp)
      charts.vpChart(
        vp,
        data.summary.vpTypes.map((v) => ({
          label: tk(`vp.${v.type}`, v.type),
          wins: v.wins,
          offers: v.offers,
        })),
        { won: t('debrief.won'), lost: t('debrief.lost') },
      );
    for (const row of data.summary.tables) {
      const canvas = el(`heat-${row.table}`);
      const debrief = this.debriefOf(data, row.table);
      const offer = debrief?.offers.find((o) => o.seller === this.heatSeller);
      if (!canvas || !offer) continue;
      const members = offer.heatmap[0]?.cells.map((c) => c.role) ?? [];
      const tops = new Map(debrief?.hiddenPriorities.map((m) => [m.role, m.topPriorities]) ?? []);
      charts.heatmapChart(
        canvas,
        {
          members: members.map(seatInitials),
          // Each table's benefits in its own buyer's names (a segment's scenario).
          dimensions: offer.heatmap.map((r) => dimLabel(r.dimension, this.scenarioOfTable(data, row.table))),
          cells: offer.heatmap.flatMap((r, y) =>
            r.cells.map((c, x) => ({
              member: x,
              dimension: y,
              weight: c.weight,
              emphasis: c.emphasis,
              hit: (tops.get(c.role) ?? []).includes(r.dimension),
            })),
          ),
        },
        { weight: ct('chart.weight'), emphasis: ct('chart.emphasis'), miss: t('debrief.dotMiss') },
      );
    }
  }

  private hiddenCard(data: ClassDebrief, classScenario: PublicScenario) {
    const at = data.tables.find((x) => x.debriefs.some((y) => y.round === data.summary.round));
    const d = at?.debriefs.find((x) => x.round === data.summary.round);
    if (!at || !d) return null;
    // The first finished table's buying center, in its own segment's benefits.
    const sc = at ? this.scenarioOfTable(data, at.table) : classScenario;
    const members = d.hiddenPriorities;
    return h(
      'section',
      { class: 'card', attrs: { id: 'class-hidden' } },
      h('h2', { text: t('debrief.hidden') }),
      h('p', { class: 'hint', text: ct('class.hiddenHint') }),
      h(
        'div',
        { class: 'scroll-x' },
        h(
          'table',
          { class: 'data weights' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'col' }, text: ct('col.benefit') }),
              members.map((m) => h('th', { attrs: { scope: 'col' }, text: roleLabel(m.role) })),
            ),
          ),
          h(
            'tbody',
            null,
            h(
              'tr',
              { class: 'influence' },
              h('th', { attrs: { scope: 'row' }, text: ct('col.influence') }),
              members.map((m) => h('td', { text: formatNumber(m.influence) })),
            ),
            sc.dimensions.map((dim) =>
              h(
                'tr',
                null,
                h('th', { attrs: { scope: 'row' }, text: dimLabel(dim.id, sc) }),
                members.map((m) => {
                  const w = m.weights[dim.id] ?? 0;
                  const top = m.topPriorities.includes(dim.id);
                  const must = m.mustHaves.find((x) => x.dimension === dim.id);
                  return h('td', {
                    class: top ? 'top' : '',
                    style: { background: `rgba(29, 95, 168, ${(0.05 + 0.5 * (w / 100)).toFixed(3)})` },
                    text: `${formatNumber(w)}${must ? ` (≥ ${must.minLevel})` : ''}`,
                  });
                }),
              ),
            ),
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' }, text: ct('col.priceSensitivity') }),
              members.map((m) => h('td', { text: formatNumber(m.priceSensitivity, 2) })),
            ),
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' }, text: ct('col.riskAversion') }),
              members.map((m) => h('td', { text: formatNumber(m.riskAversion, 2) })),
            ),
          ),
        ),
      ),
    );
  }

  private notesCard(data: ClassDebrief, sc: PublicScenario) {
    const s = data.summary;
    return h(
      'section',
      { class: 'card notes', attrs: { id: 'class-notes' } },
      h('h2', { text: ct('class.notes') }),
      h('p', { class: 'hint', text: ct('class.notesHint') }),
      h(
        'ul',
        { class: 'concepts' },
        s.concepts.map((c) => {
          const example = s.tables
            .map((row) => this.debriefOf(data, row.table)?.notes.find((n) => n.concept === c.concept))
            .find((n) => n !== undefined);
          return h(
            'li',
            { data: { concept: c.concept } },
            h('h3', { text: ctk(`concept.${c.concept}`, c.concept) }),
            h('p', {
              class: 'hint',
              text: ct('class.touched', { tables: c.tables, total: s.tables.length }),
            }),
            example ? h('p', { class: 'note-example', text: noteText(example, sc) }) : null,
            h('p', { class: 'teach', text: ctk(`teach.${c.concept}`, '') }),
          );
        }),
      ),
    );
  }

  /**
   * A seller's name over every table: one name where every buyer's scenario gives the same, else each segment's
   * name (a segment's sellers may be other companies under the same seat letter).
   */
  private sellerAcrossTables(data: ClassDebrief, id: string): string {
    const names = [
      ...new Set(data.summary.tables.map((row) => sellerLabel(id, this.scenarioOfTable(data, row.table)))),
    ];
    return names.length > 0 ? names.join(' / ') : sellerLabel(id, data.scenario);
  }

  /** The public scenario a table played (its segment's; the session's for a session of one buyer). */
  private scenarioOfTable(data: ClassDebrief, table: string): PublicScenario {
    const segment = data.tables.find((x) => x.table === table)?.segment;
    return data.segments.find((x) => x.id === segment)?.scenario ?? data.scenario;
  }

  private drillCard(data: ClassDebrief, classScenario: PublicScenario) {
    const table = this.drill;
    const sc = table ? this.scenarioOfTable(data, table) : classScenario;
    const d = table ? this.debriefOf(data, table) : undefined;
    const seats = data.tables.find((x) => x.table === table)?.seats ?? [];
    return h(
      'section',
      { class: 'card', attrs: { id: 'drill', tabindex: -1 } },
      h('h2', { text: table ? ct('class.drillHeading', { table }) : ct('class.drillNone') }),
      !d
        ? h('p', { class: 'hint', text: ct('class.drillHint') })
        : [
            h(
              'p',
              { class: 'hint' },
              seats
                .map(
                  (s) =>
                    `${isSellerSeat(s.id) ? sellerLabel(sellerOfSeat(s.id) ?? '', sc) : roleLabel(s.id)}: ${s.names.length > 0 ? s.names.join(', ') : s.bot ? t('seat.bot') : t('seat.empty')}`,
                )
                .join(' · '),
            ),
            h(
              'ul',
              { class: 'plain' },
              d.offers.map((o) =>
                h('li', {
                  text: `${sellerLabel(o.seller, sc)} · ${o.won ? t('debrief.won') : o.eligible ? t('debrief.lost') : t('debrief.ineligible')} · ${money(o.price, sc)} · ${t('debrief.margin', { margin: money(o.margin, sc), total: money(o.marginTotal, sc) })} · ${t('offers.leadWith', { list: dimList(o.leadWith, sc) })}`,
                }),
              ),
            ),
            h('h3', { text: t('debrief.timeline') }),
            h('ol', { class: 'timeline', attrs: { id: 'drill-timeline' } }, timelineItems(d, sc)),
          ],
    );
  }
}
