// Running the class: controls for every table at once (start, advance, pause, resume, extend the timer, end
// the round, next round), a broadcast to everyone, and a live card per table: its stage and clock, who sits
// where (online, ready, bot), and what needs the instructor (offline students, seats the stage waits for,
// a clock that ran out, a table that has not moved for minutes), with the same controls for that table alone.
import { formatNumber, localize, t } from '../i18n/index.ts';
import { roleLabel, seatLabel } from '../i18n/labels.ts';
import { ct } from '../i18n/console.ts';
import type { SegmentBuyer, TableAction } from '../net/host-api.ts';
import type { PublicScenario } from '../net/types.ts';
import type { StaffState } from '../net/staff-room.ts';
import { Sections, h, replace } from '../ui/dom.ts';
import { attentionFor, isStuck, type Attention } from './attention.ts';
import { clockText, failureText, remaining, stageName } from './common.ts';
import type { ClassModel, ClassTable } from './model.ts';
import type { PanelContext } from './session-screen.ts';

const CONTROLS: { id: string; action: TableAction; label: () => string; when: (t: ClassTable) => boolean }[] =
  [
    {
      id: 'start',
      action: { type: 'start' },
      label: () => ct('run.start'),
      when: (x) => x.phase === 'lobby',
    },
    {
      id: 'advance',
      action: { type: 'advance' },
      label: () => ct('run.advance'),
      when: (x) => x.phase === 'playing',
    },
    {
      id: 'pause',
      action: { type: 'pause' },
      label: () => ct('run.pause'),
      when: (x) => x.phase === 'playing' && !x.paused,
    },
    {
      id: 'resume',
      action: { type: 'resume' },
      label: () => ct('run.resume'),
      when: (x) => x.phase === 'playing' && x.paused,
    },
    {
      id: 'extend-60',
      action: { type: 'extend-timer', seconds: 60 },
      label: () => ct('run.extend', { minutes: 1 }),
      when: (x) => x.phase === 'playing',
    },
    {
      id: 'extend-300',
      action: { type: 'extend-timer', seconds: 300 },
      label: () => ct('run.extend', { minutes: 5 }),
      when: (x) => x.phase === 'playing',
    },
    {
      id: 'end-round',
      action: { type: 'end-round' },
      label: () => ct('run.endRound'),
      when: (x) => x.phase === 'playing',
    },
    {
      id: 'next-round',
      action: { type: 'next-round' },
      label: () => ct('run.nextRound'),
      when: (x) => x.phase === 'round-over',
    },
  ];

export class RunPanel {
  readonly el: HTMLElement;
  private readonly ctx: PanelContext;
  private readonly classControls: HTMLElement;
  /** What the class controls show now: they are drawn again only when it changes. */
  private controlsShown = '';
  private readonly overview: HTMLElement;
  private readonly broadcastBox: HTMLElement;
  private readonly marketBox: HTMLElement;
  private readonly monitorEl: HTMLElement;
  private readonly monitor: Sections;
  private model: ClassModel | null = null;
  private live: StaffState | null = null;

  constructor(ctx: PanelContext) {
    this.ctx = ctx;
    this.classControls = h('div', { class: 'row wrap', attrs: { id: 'class-controls' } });
    this.overview = h('p', { class: 'hint', attrs: { id: 'class-overview', 'aria-live': 'polite' } });
    this.broadcastBox = h('div', { attrs: { id: 'broadcast-box' } });
    this.marketBox = h('div', { attrs: { id: 'market-box' } });
    this.monitorEl = h('div', { class: 'monitor', attrs: { id: 'monitor' } });
    this.monitor = new Sections(this.monitorEl);
    this.el = h(
      'div',
      { class: 'run' },
      h(
        'section',
        { class: 'card' },
        h('h2', { attrs: { id: 'all-tables' }, text: ct('run.all') }),
        this.overview,
        this.classControls,
      ),
      h('section', { class: 'card' }, this.broadcastBox),
      h('section', { class: 'card' }, this.marketBox),
      h('h2', { class: 'monitor-title', text: ct('run.monitor') }),
      this.monitorEl,
    );
    this.renderBroadcast();
  }

  refresh() {
    replace(this.el.querySelector('#all-tables') ?? this.el, ct('run.all'));
    const title = this.el.querySelector('.monitor-title');
    if (title) title.textContent = ct('run.monitor');
    this.renderBroadcast();
    this.marketSig = '';
    this.monitor.invalidate();
    this.render();
  }

  update(model: ClassModel, live: StaffState | null) {
    this.model = model;
    this.live = live;
    this.render();
  }

  /** Once a second: the clocks. Only cards whose text changed are drawn again. */
  tick() {
    if (this.model) this.render();
  }

  private drawControls(readOnly: boolean, controls: readonly (typeof CONTROLS)[number][], noTables: boolean) {
    replace(
      this.classControls,
      readOnly
        ? h('p', { class: 'hint', text: ct('run.readOnly') })
        : controls.map((c) =>
            h('button', {
              class: c.id === 'end-round' ? 'danger small' : 'primary small',
              attrs: { type: 'button', id: `all-${c.id}` },
              text: c.label(),
              on: { click: () => void this.act('all', c.action) },
            }),
          ),
      noTables ? h('p', { class: 'hint', text: ct('run.noTables') }) : null,
    );
  }

  private render() {
    const model = this.model;
    if (!model) return;
    const readOnly = this.ctx.readOnly();
    const now = Date.now();
    this.renderMarket(model, readOnly);
    // The class controls act on every table; a button shows when any table can take it. They are drawn again
    // only when that set changes: render() runs every second for the clocks, and a button replaced between a
    // press and its release loses the click (seen as a pause that never happened).
    const controls = readOnly ? [] : CONTROLS.filter((c) => model.tables.some(c.when));
    const shown = JSON.stringify([
      readOnly,
      model.tables.length === 0,
      controls.map((c) => [c.id, c.label()]),
    ]);
    if (shown !== this.controlsShown) {
      this.controlsShown = shown;
      this.drawControls(readOnly, controls, model.tables.length === 0);
    }
    const stages = new Map<string, number>();
    for (const table of model.tables) {
      const name = stageName(table.phase, table.stage, table.step);
      stages.set(name, (stages.get(name) ?? 0) + 1);
    }
    const online = model.players.filter((p) => p.connected).length;
    this.overview.textContent = [
      ct('run.students', { count: model.players.length, online: model.live ? online : '–' }),
      ...[...stages.entries()].map(([name, n]) => ct('run.inStage', { count: n, stage: name })),
    ].join(' · ');
    this.monitor.update(
      model.tables.map((table) => {
        const ms = remaining(table, now);
        const changedAt = this.live?.changedAt[table.id] ?? null;
        const attention = attentionFor(table, {
          now,
          remainingMs: ms,
          changedAt: model.live ? changedAt : null,
        });
        return {
          key: table.id,
          class: `table-card${isStuck(attention) ? ' stuck' : ''}`,
          sig: [table, ms === null ? null : Math.ceil(ms / 1000), attention, readOnly],
          build: () => this.card(table, ms, attention, readOnly),
        };
      }),
    );
  }

  private card(table: ClassTable, ms: number | null, attention: Attention[], readOnly: boolean) {
    const scenario = this.live?.scenario ?? null;
    return [
      h(
        'div',
        { class: 'table-card-head' },
        h('h3', { text: ct('run.table', { id: table.id }) }),
        h('span', { class: 'hint', text: ct('run.round', { round: table.round }) }),
      ),
      ((label) =>
        label ? h('p', { class: 'hint table-segment', text: ct('run.segment', { segment: label }) }) : null)(
        this.ctx.segmentLabel(table.segment),
      ),
      h('p', {
        class: 'table-stage',
        data: { stage: table.phase === 'playing' ? (table.stage ?? '') : table.phase },
        text: stageName(table.phase, table.stage, table.step),
      }),
      table.phase === 'playing'
        ? h('p', { class: `table-clock${table.paused ? ' paused' : ''}`, text: clockText(ms, table.paused) })
        : null,
      h(
        'ul',
        { class: 'seat-list' },
        table.seats.map((seat) =>
          h(
            'li',
            { data: { seat: seat.id } },
            h('span', { class: 'seat-name', text: seatLabel(seat.id, scenario) }),
            h('span', {
              class: 'seat-who',
              text:
                seat.names.length > 0 ? seat.names.join(', ') : seat.bot ? t('seat.bot') : t('seat.empty'),
            }),
            seat.names.length > 0 && seat.connected !== null
              ? h('span', {
                  class: `tag ${seat.connected > 0 ? 'ok' : 'warn'}`,
                  text: seat.connected > 0 ? ct('run.online') : ct('run.offline'),
                })
              : null,
            seat.bot && seat.names.length === 0 ? h('span', { class: 'tag', text: t('seat.bot') }) : null,
            seat.ready ? h('span', { class: 'tag ok', text: t('seat.ready') }) : null,
          ),
        ),
      ),
      attention.length > 0
        ? h(
            'ul',
            { class: 'attention', attrs: { 'aria-label': ct('run.attention') } },
            attention.map((a) => h('li', { data: { kind: a.kind }, text: this.attentionText(a) })),
          )
        : null,
      readOnly
        ? null
        : h(
            'div',
            { class: 'row wrap' },
            CONTROLS.filter((c) => c.when(table)).map((c) =>
              h('button', {
                class: 'secondary small',
                attrs: { type: 'button', id: `t-${table.id}-${c.id}` },
                text: c.label(),
                on: { click: () => void this.act(table.id, c.action) },
              }),
            ),
          ),
    ];
  }

  private attentionText(a: Attention): string {
    const scenario = this.live?.scenario ?? null;
    const seats = (ids: string[]) => ids.map((id) => seatLabel(id, scenario)).join(', ');
    switch (a.kind) {
      case 'empty':
        return ct('attention.empty', { seats: seats(a.seats) });
      case 'offline':
        return ct('attention.offline', { seats: seats(a.seats) });
      case 'waiting':
        return ct('attention.waiting', { seats: seats(a.seats) });
      case 'time-up':
        return ct('attention.timeUp');
      case 'idle':
        return ct('attention.idle', { minutes: formatNumber(a.minutes) });
    }
  }

  private renderBroadcast() {
    const input = h('textarea', {
      attrs: { id: 'f-broadcast', rows: 2, maxlength: 500, 'aria-describedby': 'broadcast-hint' },
    });
    replace(
      this.broadcastBox,
      h('label', { attrs: { for: 'f-broadcast' } }, h('h2', { text: ct('broadcast.heading') })),
      input,
      h('p', { class: 'hint', attrs: { id: 'broadcast-hint' }, text: ct('broadcast.hint') }),
      h('button', {
        class: 'primary small',
        attrs: { type: 'button', id: 'do-broadcast' },
        text: ct('broadcast.send'),
        on: {
          click: () => {
            const text = input.value.trim();
            if (!text) {
              this.ctx.status.fail(ct('broadcast.empty'));
              return;
            }
            void this.ctx.api.broadcast(text).then((r) => {
              if (r.ok) {
                input.value = '';
                this.ctx.status.ok(ct('broadcast.sent'));
              } else this.ctx.status.fail(failureText(r));
            });
          },
        },
      }),
    );
  }

  private marketSig = '';
  /** The market event's target: every table (a session of one buyer), a segment's tables, or one table. */
  private marketTarget = '';

  /**
   * Derived demand: the instructor makes the buyer's customers ask for more of one benefit, at the tables chosen;
   * the member chosen weighs it more from then on (shared/rules/market.ts). In a session of segments the event
   * goes to a segment's tables or to one table, and the members and benefits listed are that buyer's (never the
   * last watched table's). Drawn again only when the buyer, the tables, the language or whether a table plays
   * changes, so that a choice being made is not reset.
   */
  private renderMarket(model: ClassModel, readOnly: boolean) {
    const segments = this.ctx.segments();
    const targets = marketTargets(
      model,
      segments.map((x) => x.id),
    );
    if (!targets.some((x) => x.value === this.marketTarget)) this.marketTarget = targets[0]?.value ?? 'all';
    const chosen = targets.find((x) => x.value === this.marketTarget);
    const buyer = chosen?.segment
      ? (segments.find((x) => x.id === chosen.segment)?.buyer ?? null)
      : buyerOfScenario(this.ctx.scenario());
    const playing = model.tables.some((x) => x.phase === 'playing' && (chosen?.tables ?? []).includes(x.id));
    const sig = JSON.stringify([
      buyer,
      targets.map((x) => x.value),
      this.marketTarget,
      playing,
      readOnly,
      ct('market.heading'),
    ]);
    if (sig === this.marketSig) return;
    this.marketSig = sig;
    if (!buyer || readOnly) {
      replace(this.marketBox);
      return;
    }
    const target =
      segments.length > 0
        ? h(
            'select',
            {
              attrs: { id: 'f-market-target' },
              on: {
                change: (e: Event) => {
                  this.marketTarget = (e.target as HTMLSelectElement).value;
                  if (this.model) this.renderMarket(this.model, readOnly);
                },
              },
            },
            targets.map((x) =>
              h('option', {
                attrs: { value: x.value, ...(x.value === this.marketTarget ? { selected: 'selected' } : {}) },
                text: x.segment
                  ? ct('market.segmentTables', { segment: this.ctx.segmentLabel(x.segment) ?? x.segment })
                  : ct('run.table', { id: x.tables[0] ?? '' }),
              }),
            ),
          )
        : null;
    const member = h(
      'select',
      { attrs: { id: 'f-market-member' } },
      buyer.members.map((m) =>
        h('option', {
          attrs: { value: m.role, ...(m.role === 'marketing' ? { selected: 'selected' } : {}) },
          text: roleLabel(m.role),
        }),
      ),
    );
    const dimension = h(
      'select',
      { attrs: { id: 'f-market-dimension' } },
      buyer.dimensions.map((d) => h('option', { attrs: { value: d.id }, text: localize(d.label) })),
    );
    const points = h(
      'select',
      { attrs: { id: 'f-market-points' } },
      [10, 20, 30].map((n) =>
        h('option', {
          attrs: { value: String(n), ...(n === 20 ? { selected: 'selected' } : {}) },
          text: String(n),
        }),
      ),
    );
    const send = async () => {
      const action: TableAction = {
        type: 'market-event',
        role: member.value,
        dimension: dimension.value,
        points: Number(points.value),
      };
      // A segment's tables one after another (each plays that buyer); a session of one buyer: all at once.
      if (!chosen?.segment)
        return this.act(chosen?.tables.length === 1 ? (chosen.tables[0] ?? 'all') : 'all', action);
      for (const table of chosen.tables)
        if ((this.model ?? model).tables.find((x) => x.id === table)?.phase === 'playing')
          await this.act(table, action);
    };
    replace(
      this.marketBox,
      h('h2', { text: ct('market.heading') }),
      h('p', { class: 'hint', attrs: { id: 'market-hint' }, text: ct('market.hint') }),
      h(
        'div',
        { class: 'row wrap' },
        target ? h('label', { attrs: { for: 'f-market-target' }, text: ct('market.target') }) : null,
        target,
        h('label', { attrs: { for: 'f-market-dimension' }, text: ct('market.dimension') }),
        dimension,
        h('label', { attrs: { for: 'f-market-member' }, text: ct('market.member') }),
        member,
        h('label', { attrs: { for: 'f-market-points' }, text: ct('market.points') }),
        points,
      ),
      h('button', {
        class: 'primary small',
        attrs: {
          type: 'button',
          id: 'do-market',
          'aria-describedby': 'market-hint',
          ...(playing ? {} : { disabled: 'disabled' }),
        },
        text: ct('market.send'),
        on: { click: () => void send() },
      }),
    );
  }

  /** Students (not bots) the current step of these tables still waits for, as "Table T1: Engineering, …". */
  private notReady(table: string): string[] {
    const model = this.model;
    if (!model) return [];
    const scenario = this.live?.scenario ?? null;
    const now = Date.now();
    return model.tables
      .filter((x) => (table === 'all' || x.id === table) && x.phase === 'playing')
      .flatMap((x) => {
        const waiting = attentionFor(x, { now, remainingMs: remaining(x, now), changedAt: null })
          .flatMap((a) => (a.kind === 'waiting' ? a.seats : []))
          .filter((id) => (x.seats.find((s) => s.id === id)?.names.length ?? 0) > 0);
        return waiting.length > 0
          ? [`${ct('run.table', { id: x.id })}: ${waiting.map((id) => seatLabel(id, scenario)).join(', ')}`]
          : [];
      });
  }

  private async act(table: string, action: TableAction) {
    // Moving a table on past students who have not said they are ready cuts their work short: ask first.
    if (action.type === 'advance') {
      const waiting = this.notReady(table);
      if (waiting.length > 0 && !window.confirm(ct('run.confirmAdvance', { seats: waiting.join('; ') })))
        return;
    }
    this.ctx.status.busy();
    const r = await this.ctx.api.tableAction(table, action);
    if (!r.ok) {
      this.ctx.status.fail(failureText(r));
      return;
    }
    if (r.data.failures.length > 0)
      this.ctx.status.fail(ct('run.partly', { failures: r.data.failures.join('; ') }));
    else this.ctx.status.ok(ct('run.done'));
    this.ctx.reload();
  }
}

interface MarketTarget {
  value: string;
  /** The segment whose tables it names (null: every table, or one table of a session of one buyer). */
  segment: string | null;
  tables: string[];
}

/**
 * Where a market event can go: every table, for a session of one buyer; in a session of segments, each
 * segment's tables and each table on its own (a market event moves one buyer's customers).
 */
export function marketTargets(
  model: Pick<ClassModel, 'tables'>,
  segments: readonly string[],
): MarketTarget[] {
  const all = model.tables.map((x) => x.id);
  if (segments.length === 0) return [{ value: 'all', segment: null, tables: all }];
  return [
    ...segments.map((id) => ({
      value: `segment:${id}`,
      segment: id,
      tables: model.tables.filter((x) => x.segment === id).map((x) => x.id),
    })),
    ...model.tables.map((x) => ({ value: `table:${x.id}`, segment: x.segment, tables: [x.id] })),
  ];
}

function buyerOfScenario(scenario: PublicScenario | null): SegmentBuyer | null {
  if (!scenario) return null;
  return {
    members: scenario.buyingFirm.obc.members.map((m) => ({ role: m.role, title: m.title })),
    dimensions: scenario.dimensions.map((d) => ({ id: d.id, label: d.label })),
  };
}
