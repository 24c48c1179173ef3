// Preparing the class: the scenario's learning objectives, and every seat as its student will see it when the
// round begins — the brief and the table — rendered by the student's own components (ui/brief.ts, the table
// sketch, the "Do" and "Table" panels) from the engine's view of that seat (GET /api/sessions/:id/preview). The
// forms are shown, not used: the preview is inert. A link opens the printable briefs (print-briefs.ts).
import { t, localize } from '../i18n/index.ts';
import { seatLabel } from '../i18n/labels.ts';
import { ct } from '../i18n/console.ts';
import type { ApiResult, Preview } from '../net/host-api.ts';
import type { PublicScenario, StoreState } from '../net/types.ts';
import { tableSketch } from '../student/sketch.ts';
import { ActionsPanel } from '../ui/actions.ts';
import type { FormStore } from '../ui/forms/kit.ts';
import { briefParts } from '../ui/brief.ts';
import { seatContext, type SeatContext } from '../ui/context.ts';
import { h, replace } from '../ui/dom.ts';
import { TableInfoPanel } from '../ui/table-info.ts';
import { failureText } from './common.ts';

/** What the student's components read, for one seat of the preview: its view, nobody connected, nothing sent. */
export function previewContext(preview: Preview, seat: string): SeatContext | null {
  const found = preview.seats.find((s) => s.seat === seat);
  if (!found) return null;
  const state: StoreState = {
    status: 'idle',
    problem: null,
    session: { code: preview.code, title: preview.title, language: preview.language, status: 'open' },
    me: null,
    synced: null,
    table: 'preview',
    view: found.view,
    scenario: preview.scenario,
    events: [],
    debriefs: {},
    errors: {},
    broadcasts: [],
    clockOffset: 0,
  };
  return seatContext(state);
}

/** The "Do" panel's store for a preview: it holds the seat's view and sends nothing (the panel is inert too). */
function inertStore(state: StoreState): FormStore {
  return {
    get: () => state,
    send: () => Promise.resolve({ ok: false, error: { code: 'preview', message: '', at: 0 } }),
    flagError: () => undefined,
  };
}

/** The scenario's learning objectives, as a list (the create screen and the projector show them too). */
export function objectivesList(scenario: PublicScenario, id: string): HTMLElement {
  return h(
    'ul',
    { class: 'objectives', attrs: { id } },
    scenario.meta.learningObjectives.map((o) => h('li', { text: localize(o, scenario.meta.languages) })),
  );
}

/** Where the preview comes from: a session's (GET /api/sessions/:id/preview), or the editor's draft. */
export interface PreviewSource {
  api: { preview(segment?: string): Promise<ApiResult<Preview>> };
}

export class PreparePanel {
  readonly el: HTMLElement;
  private readonly ctx: PreviewSource;
  private preview: Preview | null = null;
  private seat: string | null = null;
  /** The segment previewed (a session whose tables play different buyers); null: the session's default. */
  private segment: string | null = null;
  private loading = false;

  constructor(ctx: PreviewSource) {
    this.ctx = ctx;
    this.el = h('div', { class: 'prepare' });
  }

  open() {
    if (!this.preview) void this.load();
    else this.render();
  }

  refresh() {
    this.render();
  }

  private async load() {
    if (this.loading) return;
    this.loading = true;
    replace(this.el, h('p', { class: 'loading', text: ct('status.working') }));
    const r = await this.ctx.api.preview(this.segment ?? undefined);
    this.loading = false;
    if (!r.ok) {
      replace(this.el, h('p', { class: 'error', text: failureText(r) }));
      return;
    }
    this.preview = r.data;
    // A segment's buying center may have other seats: keep the seat only where this one has it too.
    if (!r.data.seats.some((s) => s.seat === this.seat)) this.seat = r.data.seats[0]?.seat ?? null;
    this.render();
  }

  private render() {
    const p = this.preview;
    if (!p) return;
    const sc = p.scenario;
    const segments = p.segments ?? [];
    const printHref = `${window.location.pathname}#session=${encodeURIComponent(p.sessionId)}&print=briefs${
      segments.length > 1 && p.segment ? `&segment=${encodeURIComponent(p.segment)}` : ''
    }`;
    replace(
      this.el,
      h(
        'section',
        { class: 'card', attrs: { id: 'prepare', 'aria-labelledby': 'prepare-title' } },
        h('h2', { attrs: { id: 'prepare-title' }, text: ct('prepare.heading') }),
        h('h3', { text: ct('create.objectives') }),
        objectivesList(sc, 'prepare-objectives'),
        h('p', { class: 'hint', text: ct('prepare.hint') }),
        // Each segment's tables have their own buyer: previewed one segment at a time.
        segments.length > 1
          ? h(
              'div',
              { class: 'row wrap', attrs: { role: 'group', 'aria-label': ct('prepare.segments') } },
              segments.map((x) =>
                h('button', {
                  class: x.id === p.segment ? 'primary small' : 'secondary small',
                  attrs: {
                    type: 'button',
                    id: `preview-segment-${x.id}`,
                    'aria-pressed': String(x.id === p.segment),
                  },
                  text: localize(x.label),
                  on: {
                    click: () => {
                      this.segment = x.id;
                      void this.load();
                    },
                  },
                }),
              ),
            )
          : null,
        // The printable briefs are a session's (the editor's preview has none).
        p.sessionId
          ? h(
              'div',
              { class: 'row wrap' },
              h('a', {
                class: 'button secondary small',
                attrs: { id: 'print-briefs', href: printHref, target: '_blank', rel: 'noopener' },
                text: ct('prepare.print'),
              }),
            )
          : null,
        p.sessionId ? h('p', { class: 'hint', text: ct('prepare.printHint') }) : null,
        h(
          'div',
          { class: 'row wrap', attrs: { role: 'group', 'aria-label': ct('prepare.seats') } },
          p.seats.map((s) =>
            h('button', {
              class: s.seat === this.seat ? 'primary small' : 'secondary small',
              attrs: {
                type: 'button',
                id: `preview-seat-${s.seat}`,
                'aria-pressed': String(s.seat === this.seat),
              },
              text: seatLabel(s.seat, sc),
              on: {
                click: () => {
                  this.seat = s.seat;
                  this.render();
                },
              },
            }),
          ),
        ),
      ),
      this.seatPreview(p),
    );
  }

  private seatPreview(p: Preview) {
    const ctx = this.seat ? previewContext(p, this.seat) : null;
    if (!ctx) return null;
    const brief = briefParts(ctx);
    const actions = new ActionsPanel(inertStore(ctx.state), () => undefined);
    actions.update(ctx);
    const info = new TableInfoPanel();
    info.update(ctx);
    // The sketch the phone draws while Phaser loads, the same layout as the canvas; here it stays.
    const sketch = tableSketch(400, 260, ctx.view);
    sketch.querySelector('.loading')?.remove();
    return h(
      'div',
      { class: 'preview-grid', attrs: { id: 'seat-preview', 'data-seat': ctx.seat } },
      h(
        'section',
        { class: 'card brief-preview', attrs: { 'aria-labelledby': 'preview-brief-title' } },
        h('p', { class: 'eyebrow', text: ct('prepare.brief') }),
        h('h2', { attrs: { id: 'preview-brief-title' }, text: brief.title }),
        h('div', { class: 'brief-body' }, brief.body),
      ),
      h(
        'section',
        { class: 'card table-preview', attrs: { 'aria-labelledby': 'preview-table-title' } },
        h('h2', { attrs: { id: 'preview-table-title' }, text: ct('prepare.table') }),
        // Shown as the phone shows it, and inert: nothing here can be sent.
        h(
          'div',
          { class: 'preview-phone', attrs: { inert: true, 'aria-label': t('table.canvasLabel') } },
          h('div', { class: 'table-host preview-table' }, sketch),
          actions.el,
          info.el,
        ),
      ),
    );
  }
}
