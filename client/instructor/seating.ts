// Seating: deal every unseated student (late arrivals take bots' seats first), move a student to another seat
// or table (or back to the lobby) by dragging their name onto it or with the keyboard-friendly "Move to" list,
// let a bot take an empty seat or leave it, re-admit a student who lost their device (a new rejoin link; the
// old one stops working), and remove a student from the session.
import { t, tk } from '../i18n/index.ts';
import { sellerRolesOf } from '../../shared/rules/seller-roles.ts';
import { seatLabel } from '../i18n/labels.ts';
import { ct } from '../i18n/console.ts';
import { h, replace } from '../ui/dom.ts';
import { copyText, failureText } from './common.ts';
import type { ClassModel, ClassPlayer } from './model.ts';
import type { PanelContext } from './session-screen.ts';

/** The type under which a dragged student's id travels (not text: a drop elsewhere pastes nothing). */
const DRAG_TYPE = 'application/x-buying-center-player';

export class SeatingPanel {
  readonly el: HTMLElement;
  private readonly ctx: PanelContext;
  private model: ClassModel | null = null;
  private sig = '';
  private readmitted: { name: string; link: string } | null = null;
  /** The student being dragged (drag events other than drop do not expose the data being dragged). */
  private dragging: string | null = null;

  constructor(ctx: PanelContext) {
    this.ctx = ctx;
    this.el = h('div', { class: 'seating' });
  }

  refresh() {
    this.sig = '';
    this.render();
  }

  update(model: ClassModel) {
    this.model = model;
    this.render();
  }

  private render() {
    const model = this.model;
    if (!model) return;
    const readOnly = this.ctx.readOnly();
    // Ready flags and clocks change all the time; seating redraws only when who sits where changes.
    const sig = JSON.stringify([
      model.players,
      model.tables.map((x) => [x.id, x.phase, x.seats.map((s) => [s.id, s.names, s.bot])]),
      readOnly,
      this.readmitted,
      this.ctx.scenario() !== null,
      this.ctx.segments().map((x) => [x.id, x.tables]),
    ]);
    if (sig === this.sig) return;
    this.sig = sig;
    // A move half chosen survives the redraw.
    const chosen = new Map<string, string>();
    for (const select of Array.from(this.el.querySelectorAll<HTMLSelectElement>('select[id^="move-"]')))
      if (select.value) chosen.set(select.id, select.value);
    const unseated = model.players.filter((p) => !p.table);
    // A segment plan's tables not open yet: a deal opens them even with nobody waiting (bots in the seats).
    const planLeft = this.ctx
      .segments()
      .reduce((n, x) => n + Math.max(0, x.tables - model.tables.filter((t) => t.segment === x.id).length), 0);
    const lobbyDrop = readOnly
      ? {}
      : this.dropTarget(
          (p) => Boolean(p.table),
          (p) => void this.move(p, null, null),
        );
    replace(
      this.el,
      h(
        'section',
        { class: 'card' },
        h('h2', { text: ct('seating.deal') }),
        h('p', { class: 'hint', text: ct('seating.dealHint') }),
        h('p', { class: 'hint', attrs: { id: 'readmit-hint' }, text: ct('seating.readmitHint') }),
        readOnly
          ? h('p', { class: 'hint', text: ct('run.readOnly') })
          : h(
              'div',
              { class: 'row wrap' },
              h(
                'label',
                { class: 'toggle', attrs: { for: 'f-deal-bots' } },
                h('input', { attrs: { type: 'checkbox', id: 'f-deal-bots', checked: true } }),
                ` ${ct('seating.dealBots')}`,
              ),
              h('button', {
                class: 'primary',
                attrs: { type: 'button', id: 'do-deal', disabled: unseated.length === 0 && planLeft === 0 },
                text:
                  unseated.length === 0 && planLeft > 0
                    ? ct('seating.dealPlan', { count: planLeft })
                    : ct('seating.dealButton', { count: unseated.length }),
                on: { click: () => void this.deal() },
              }),
            ),
        this.readmitted
          ? h(
              'div',
              { class: 'readmit', attrs: { id: 'readmit-result', role: 'status' } },
              h('p', { text: ct('seating.readmitted', { name: this.readmitted.name }) }),
              h('code', { attrs: { id: 'readmit-link' }, text: this.readmitted.link }),
              h('button', {
                class: 'secondary small',
                attrs: { type: 'button', id: 'copy-readmit' },
                text: ct('seating.copy'),
                on: {
                  click: () => {
                    if (this.readmitted) void copyText(this.readmitted.link);
                  },
                },
              }),
            )
          : null,
        h(
          'div',
          { class: 'lobby-drop', attrs: { id: 'lobby-drop' }, on: lobbyDrop },
          h('h3', { text: ct('seating.lobby', { count: unseated.length }) }),
          unseated.length === 0
            ? h('p', { class: 'hint', text: ct('seating.lobbyEmpty') })
            : h(
                'ul',
                { class: 'people', attrs: { id: 'unseated' } },
                unseated.map((p) => this.person(p, readOnly)),
              ),
        ),
      ),
      model.tables.map((table) =>
        h(
          'section',
          { class: 'card', data: { table: table.id } },
          h(
            'div',
            { class: 'table-card-head' },
            h('h2', { text: ct('run.table', { id: table.id }) }),
            !readOnly && table.seats.some((s) => s.names.length === 0 && !s.bot)
              ? h('button', {
                  class: 'secondary small',
                  attrs: { type: 'button', id: `fill-${table.id}` },
                  text: ct('seating.fill'),
                  on: { click: () => void this.fill(table.id) },
                })
              : null,
          ),
          h(
            'ul',
            { class: 'seat-rows' },
            table.seats.map((seat) => {
              // In seating order, which is what a seller team's roles follow (seller-roles.ts).
              const order = (id: string) => {
                const i = seat.players.indexOf(id);
                return i < 0 ? seat.players.length : i;
              };
              const people = model.players
                .filter((p) => p.table === table.id && p.seat === seat.id)
                .sort((a, b) => order(a.id) - order(b.id));
              // The seat's own list can lag the flat player map (see model.ts): the people sitting here, in the
              // seat's order where it knows them, are the team whose roles are shown.
              const roles = (p: ClassPlayer) =>
                seat.kind === 'seller' ? rolesText(sellerRolesOf(people, p.id)) : null;
              // A seller team takes more students; a buying-center seat takes one.
              const takes = (p: ClassPlayer) =>
                !(p.table === table.id && p.seat === seat.id) &&
                (seat.kind === 'seller' || people.length === 0);
              return h(
                'li',
                {
                  data: { seat: seat.id },
                  on: readOnly ? {} : this.dropTarget(takes, (p) => void this.move(p, table.id, seat.id)),
                },
                h('strong', { text: seatLabel(seat.id, this.ctx.scenario()) }),
                people.length > 0
                  ? h(
                      'ul',
                      { class: 'people' },
                      people.map((p) => this.person(p, readOnly, roles(p))),
                    )
                  : h(
                      'span',
                      { class: 'seat-empty' },
                      h('span', { class: 'hint', text: seat.bot ? t('seat.bot') : t('seat.empty') }),
                      readOnly
                        ? null
                        : h('button', {
                            class: 'link',
                            attrs: { type: 'button', id: `bot-${table.id}-${seat.id}` },
                            text: seat.bot ? ct('seating.botOff') : ct('seating.botOn'),
                            on: { click: () => void this.bot(table.id, seat.id, !seat.bot) },
                          }),
                    ),
              );
            }),
          ),
        ),
      ),
    );
    for (const [id, value] of chosen) {
      const select = document.getElementById(id) as HTMLSelectElement | null;
      if (select && Array.from(select.options).some((o) => o.value === value)) select.value = value;
    }
  }

  /** A student with their controls: move, re-admit, remove. */
  private person(p: ClassPlayer, readOnly: boolean, roles: string | null = null) {
    const model = this.model;
    const held = roles === null ? null : h('span', { class: 'tag seller-roles', text: roles });
    const selectId = `move-${p.id}`;
    const status =
      p.connected === null
        ? null
        : h('span', {
            class: `tag ${p.connected ? 'ok' : 'warn'}`,
            text: p.connected ? ct('run.online') : ct('run.offline'),
          });
    if (readOnly || !model)
      return h('li', { data: { player: p.id } }, h('span', { text: p.name }), held, status);
    const drag = {
      dragstart: (e: Event) => {
        const dt = (e as DragEvent).dataTransfer;
        if (!dt) return;
        dt.setData(DRAG_TYPE, p.id);
        dt.effectAllowed = 'move';
        this.dragging = p.id;
      },
      dragend: () => {
        this.dragging = null;
        for (const el of Array.from(this.el.querySelectorAll('.drop-over'))) el.classList.remove('drop-over');
      },
    };
    const select = h(
      'select',
      { attrs: { id: selectId, 'aria-label': ct('seating.moveTo', { name: p.name }) } },
      h('option', { attrs: { value: '' }, text: ct('seating.choose') }),
      h('option', { attrs: { value: 'lobby' }, text: ct('seating.toLobby') }),
      model.tables.flatMap((table) =>
        table.seats
          .filter((s) => !(table.id === p.table && s.id === p.seat))
          .filter((s) => s.kind === 'seller' || s.names.length === 0)
          .map((s) =>
            h('option', {
              attrs: { value: `${table.id}|${s.id}` },
              text: `${table.id} · ${seatLabel(s.id, this.ctx.scenario())}${s.bot && s.names.length === 0 ? ` (${t('seat.bot')})` : ''}`,
            }),
          ),
      ),
    );
    return h(
      'li',
      { data: { player: p.id }, attrs: { draggable: 'true', title: ct('seating.dragHint') }, on: drag },
      h('span', { class: 'person-name', text: p.name }),
      held,
      status,
      select,
      h('button', {
        class: 'secondary small',
        attrs: { type: 'button', id: `do-move-${p.id}` },
        text: ct('seating.move'),
        on: {
          click: () => {
            const value = select.value;
            if (!value) return;
            const [table, seat] = value === 'lobby' ? [null, null] : value.split('|');
            void this.move(p, table ?? null, seat ?? null);
          },
        },
      }),
      h('button', {
        class: 'link',
        attrs: {
          type: 'button',
          id: `readmit-${p.id}`,
          title: ct('seating.readmitHint'),
          'aria-describedby': 'readmit-hint',
        },
        text: ct('seating.readmit'),
        on: { click: () => void this.readmit(p) },
      }),
      h('button', {
        class: 'link danger-link',
        attrs: { type: 'button', id: `remove-${p.id}` },
        text: ct('seating.remove'),
        on: { click: () => void this.remove(p) },
      }),
    );
  }

  /** Handlers that make an element accept a dragged student when `accepts` says so, and move them there. */
  private dropTarget(accepts: (p: ClassPlayer) => boolean, drop: (p: ClassPlayer) => void) {
    const dragged = () => this.model?.players.find((x) => x.id === this.dragging) ?? null;
    return {
      dragover: (e: Event) => {
        const p = dragged();
        if (!p || !accepts(p)) return;
        e.preventDefault();
        e.stopPropagation();
        (e.currentTarget as HTMLElement).classList.add('drop-over');
      },
      dragleave: (e: Event) => (e.currentTarget as HTMLElement).classList.remove('drop-over'),
      drop: (e: Event) => {
        const id = (e as DragEvent).dataTransfer?.getData(DRAG_TYPE);
        (e.currentTarget as HTMLElement).classList.remove('drop-over');
        const p = this.model?.players.find((x) => x.id === id);
        if (!p || !accepts(p)) return;
        e.preventDefault();
        e.stopPropagation();
        drop(p);
      },
    };
  }

  private async run(
    call: Promise<{ ok: true } | { ok: false; status: number; error: string }>,
    done: string,
  ) {
    this.ctx.status.busy();
    const r = await call;
    if (r.ok) this.ctx.status.ok(done);
    else this.ctx.status.fail(failureText(r));
    this.ctx.reload();
  }

  private async deal() {
    const bots = (document.getElementById('f-deal-bots') as HTMLInputElement | null)?.checked ?? true;
    const r = await this.ctx.api.deal(bots);
    if (r.ok) this.ctx.status.ok(ct('seating.dealt', { tables: r.data.tables }));
    else this.ctx.status.fail(failureText(r));
    this.ctx.reload();
  }

  private move(p: ClassPlayer, table: string | null, seat: string | null) {
    return this.run(
      this.ctx.api.move(p.id, table, seat),
      ct('seating.moved', {
        name: p.name,
        to: table && seat ? `${table} · ${seatLabel(seat, this.ctx.scenario())}` : ct('seating.toLobby'),
      }),
    );
  }

  private bot(table: string, seat: string, on: boolean) {
    return this.run(this.ctx.api.bot(table, seat, on), ct(on ? 'seating.botAdded' : 'seating.botRemoved'));
  }

  private async fill(tableId: string) {
    const table = this.model?.tables.find((x) => x.id === tableId);
    if (!table) return;
    for (const seat of table.seats.filter((s) => s.names.length === 0 && !s.bot)) {
      const r = await this.ctx.api.bot(tableId, seat.id, true);
      if (!r.ok) {
        this.ctx.status.fail(failureText(r));
        return;
      }
    }
    this.ctx.status.ok(ct('seating.filled', { id: tableId }));
    this.ctx.reload();
  }

  private async readmit(p: ClassPlayer) {
    const r = await this.ctx.api.readmit(p.id);
    if (!r.ok) {
      this.ctx.status.fail(failureText(r));
      return;
    }
    this.readmitted = { name: p.name, link: `${window.location.origin}${r.data.rejoinPath}` };
    this.ctx.status.ok(ct('run.done'));
    this.render();
  }

  private remove(p: ClassPlayer) {
    if (!window.confirm(ct('seating.confirmRemove', { name: p.name }))) return Promise.resolve();
    return this.run(this.ctx.api.remove(p.id), ct('seating.removed', { name: p.name }));
  }
}

/** A seller team member's roles as the console names them (a fourth player of a team holds none). */
function rolesText(roles: readonly string[]): string {
  return roles.length === 0 ? ct('seating.noRole') : roles.map((r) => tk(`sellerRole.${r}`, r)).join(', ');
}
