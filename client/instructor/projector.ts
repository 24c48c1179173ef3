// The projector's three moments: while students join (the code in large type, a QR code of the join link, the
// link as text, how many have joined and their names, what the case teaches), while the class plays (the stage
// most tables are in and its clock), and when the round is over (class-wide results: who won where, at what
// price, how good the choices were, and how each kind of value proposition fared).
import qrcode from 'qrcode-generator';
import { formatClock, formatPercent, localize, onLanguage, t, tk } from '../i18n/index.ts';
import { sellerLabel, money } from '../i18n/labels.ts';
import { ct } from '../i18n/console.ts';
import { StaffRoom, type StaffState } from '../net/staff-room.ts';
import { h, replace, svg } from '../ui/dom.ts';
import { languagePicker, remaining, stageName } from './common.ts';
import { fromSynced } from './model.ts';
import { segmentComparisonCard } from './segment-comparison.ts';

type Charts = typeof import('./class-charts.ts');

/** The join link as a QR code, drawn as SVG squares; the module grid is kept on the element for tests. */
export function qrSvg(text: string, label = text): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const margin = 4;
  const size = n + margin * 2;
  const el = svg('svg', {
    viewBox: `0 0 ${size} ${size}`,
    class: 'qr',
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
    id: 'proj-qr',
  });
  el.append(svg('rect', { x: 0, y: 0, width: size, height: size, fill: '#ffffff' }));
  const rows: string[] = [];
  for (let r = 0; r < n; r++) {
    let row = '';
    for (let c = 0; c < n; c++) {
      const dark = qr.isDark(r, c);
      row += dark ? '1' : '0';
      if (dark)
        el.append(svg('rect', { x: c + margin, y: r + margin, width: 1, height: 1, fill: '#000000' }));
    }
    rows.push(row);
  }
  el.dataset.modules = rows.join('/');
  return el;
}

export class Projector {
  private readonly main: HTMLElement;
  private readonly room = new StaffRoom();
  private readonly code: string;
  private view: 'join' | 'play' | 'results' | 'none' = 'none';
  private sig = '';
  private charts: Promise<Charts> | null = null;

  constructor(root: HTMLElement, code: string) {
    this.code = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
    // Focusable, so that a keyboard can scroll it when the results (with a comparison of segments) run long.
    this.main = h('main', { id: 'main', class: 'projector', attrs: { tabindex: 0 } });
    root.replaceChildren(
      h(
        'header',
        { class: 'topbar projector-bar' },
        h('span', { class: 'brand-title', attrs: { id: 'proj-title' } }),
        h('div', { class: 'topbar-slot' }),
        languagePicker(),
      ),
      this.main,
    );
    onLanguage(() => {
      this.sig = '';
      this.render();
    });
    if (!this.code) {
      replace(this.main, h('p', { class: 'proj-problem', text: ct('projector.noCode') }));
      return;
    }
    this.room.subscribe(() => this.render());
    void this.room.connect(this.code, { spectator: true });
    setInterval(() => this.render(), 1000);
    this.render();
  }

  private get joinUrl(): string {
    return `${window.location.origin}/?code=${this.code}`;
  }

  private render() {
    const s = this.room.get();
    const title = document.getElementById('proj-title');
    if (title) title.textContent = s.synced?.title || t('app.title');
    if (s.problem) {
      replace(this.main, h('p', { class: 'proj-problem', text: s.problem }));
      this.view = 'none';
      return;
    }
    const model = s.synced ? fromSynced(s.synced) : null;
    const tables = model?.tables ?? [];
    const playing = tables.some((x) => x.phase === 'playing');
    const over = tables.length > 0 && tables.every((x) => x.phase === 'round-over');
    const next =
      over && s.results
        ? 'results'
        : playing || (tables.length > 0 && !tables.every((x) => x.phase === 'lobby'))
          ? 'play'
          : 'join';
    const now = Date.now();
    const sig = JSON.stringify([
      next,
      s.broadcast,
      Math.floor(now / 10_000),
      s.synced?.players,
      tables.map((x) => [x.phase, x.stage, x.step, x.paused]),
      s.results,
      next === 'play' ? Math.floor(now / 1000) : 0,
      s.scenario?.meta.id,
    ]);
    if (sig === this.sig && next === this.view) return;
    this.sig = sig;
    this.view = next;
    if (next === 'join') this.renderJoin(s);
    else if (next === 'play') this.renderPlay(s, now);
    else this.renderResults(s);
  }

  private renderJoin(s: StaffState) {
    const players = Object.values(s.synced?.players ?? {}).sort((a, b) => a.name.localeCompare(b.name));
    replace(
      this.main,
      h(
        'section',
        { class: 'proj-join' },
        h(
          'div',
          { class: 'proj-join-text' },
          h('p', { class: 'proj-eyebrow', text: ct('projector.joinAt') }),
          h('p', { class: 'proj-link', attrs: { id: 'proj-link' }, text: this.joinUrl }),
          h('p', { class: 'proj-eyebrow', text: ct('projector.code') }),
          h('p', {
            class: 'proj-code',
            attrs: { id: 'proj-code', 'aria-label': this.code.split('').join(' ') },
            text: this.code,
          }),
          this.objectives(s),
        ),
        h('div', { class: 'proj-qr-box' }, qrSvg(this.joinUrl, ct('projector.qr', { link: this.joinUrl }))),
      ),
      h(
        'section',
        { class: 'proj-people' },
        h('h2', { attrs: { id: 'proj-count' }, text: ct('projector.joined', { count: players.length }) }),
        h(
          'ul',
          { class: 'proj-names', attrs: { id: 'proj-names' } },
          players.map((p) => h('li', { text: p.name })),
        ),
      ),
      this.broadcasts(s),
    );
  }

  /** What the case teaches, while the class gathers (the scenario's learning objectives). */
  private objectives(s: StaffState) {
    const sc = s.scenario;
    if (!sc || sc.meta.learningObjectives.length === 0) return null;
    return h(
      'section',
      {
        class: 'proj-objectives',
        attrs: { id: 'proj-objectives', 'aria-labelledby': 'proj-objectives-title' },
      },
      h('h2', { attrs: { id: 'proj-objectives-title' }, text: ct('projector.objectives') }),
      h(
        'ul',
        null,
        sc.meta.learningObjectives.map((o) => h('li', { text: localize(o, sc.meta.languages) })),
      ),
    );
  }

  private renderPlay(s: StaffState, now: number) {
    const model = s.synced ? fromSynced(s.synced) : null;
    const tables = model?.tables ?? [];
    const groups = new Map<string, typeof tables>();
    for (const x of tables) {
      const name = stageName(x.phase, x.stage, x.step);
      groups.set(name, [...(groups.get(name) ?? []), x]);
    }
    const [main, mainTables] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const clocks = mainTables.map((x) => remaining(x, now)).filter((ms): ms is number => ms !== null);
    const paused = mainTables.length > 0 && mainTables.every((x) => x.paused);
    const ms = clocks.length > 0 ? Math.min(...clocks) : null;
    const stageIndex = ['need-recognition', 'specifications', 'rfp', 'post-purchase'].indexOf(
      mainTables[0]?.stage ?? '',
    );
    replace(
      this.main,
      h(
        'section',
        { class: 'proj-stage' },
        h(
          'ol',
          { class: 'proj-track' },
          ['need-recognition', 'specifications', 'rfp', 'post-purchase'].map((st, i) =>
            h('li', {
              class: i === stageIndex ? 'now' : i < stageIndex ? 'done' : '',
              text: `${i + 1}. ${tk(`stage.${st}`, st)}`,
            }),
          ),
        ),
        h('p', { class: 'proj-stage-name', attrs: { id: 'proj-stage' }, text: main }),
        h('p', {
          class: `proj-clock${paused ? ' paused' : ''}`,
          attrs: { id: 'proj-clock' },
          text: paused ? t('clock.paused') : ms === null ? '' : formatClock(ms),
        }),
        groups.size > 1
          ? h(
              'ul',
              { class: 'proj-groups' },
              [...groups.entries()].map(([name, xs]) =>
                h('li', { text: ct('projector.tablesIn', { count: xs.length, stage: name }) }),
              ),
            )
          : h('p', { class: 'proj-sub', text: ct('projector.tables', { count: tables.length }) }),
      ),
      h('p', {
        class: 'proj-footer',
        text: ct('projector.lateJoin', { link: this.joinUrl, code: this.code }),
      }),
      this.broadcasts(s),
    );
  }

  private renderResults(s: StaffState) {
    const r = s.results;
    if (!r) return;
    const sc = s.scenario;
    replace(
      this.main,
      h(
        'section',
        { class: 'proj-results', attrs: { id: 'proj-results' } },
        h('h1', { text: ct('projector.results', { round: r.round }) }),
        h(
          'p',
          { class: 'proj-sub' },
          [
            r.averageQuality !== null
              ? ct('class.quality', { value: formatPercent(r.averageQuality) })
              : null,
            ct('class.choseBest', { count: r.choseBest, total: r.tables.length }),
          ]
            .filter((part) => part !== null)
            .join(' · '),
        ),
        h(
          'div',
          { class: 'proj-results-grid' },
          h(
            'table',
            { class: 'data proj-table' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                [ct('col.table'), ct('col.winner'), ct('col.price'), ct('col.quality')].map((x) =>
                  h('th', { attrs: { scope: 'col' }, text: x }),
                ),
              ),
            ),
            h(
              'tbody',
              null,
              r.tables.map((x) =>
                h(
                  'tr',
                  { data: { table: x.table } },
                  h('th', { attrs: { scope: 'row' }, text: x.table }),
                  h('td', { text: x.winner ? sellerLabel(x.winner, sc) : t('decision.none') }),
                  h('td', { text: x.price === null ? '–' : money(x.price, sc) }),
                  h('td', {
                    class: x.choseBest ? 'ok' : 'warn',
                    text: x.quality === null ? '–' : formatPercent(x.quality),
                  }),
                ),
              ),
            ),
          ),
          h(
            'figure',
            { class: 'chart-box' },
            h('figcaption', { text: ct('chart.vp') }),
            h(
              'div',
              { class: 'chart-frame' },
              h('canvas', { attrs: { id: 'proj-vp', role: 'img', 'aria-label': ct('chart.vp') } }),
            ),
          ),
        ),
        // Across segments: the same sellers with different buyers, side by side (no margins on the big screen).
        r.segments ? segmentComparisonCard(r.segments, r.segments.cards, false, 'proj-segments') : null,
      ),
      this.broadcasts(s),
    );
    this.charts ??= import('./class-charts.ts');
    void this.charts.then((charts) => {
      const canvas = document.getElementById('proj-vp') as HTMLCanvasElement | null;
      if (!canvas) return;
      charts.sweep();
      charts.vpChart(
        canvas,
        r.vpTypes.map((v) => ({ label: tk(`vp.${v.type}`, v.type), wins: v.wins, offers: v.offers })),
        { won: t('debrief.won'), lost: t('debrief.lost') },
      );
    });
  }

  /** The instructor's latest broadcast stays up for a minute. */
  private broadcasts(s: StaffState) {
    const b = s.broadcast;
    if (!b || Date.now() - b.receivedAt > 60_000) return null;
    return h(
      'aside',
      { class: 'proj-broadcast', attrs: { id: 'proj-broadcast', role: 'status' } },
      h('strong', { text: t('broadcast.title') }),
      h('p', { text: b.text }),
    );
  }
}
