// Grades: the weights of each side's components (saved with the session; a finished session can still be
// graded), and every student's grade with the components behind it, round by round. The server computes it all
// (server/http/grades.ts): this page shows it and sends the weights, which the server checks again.
import { formatNumber } from '../i18n/index.ts';
import { seatLabel } from '../i18n/labels.ts';
import { ct, ctk } from '../i18n/console.ts';
import type { GradeWeightsPatch, GradesReport } from '../net/host-api.ts';
import type { PublicScenario } from '../net/types.ts';
import { h, replace } from '../ui/dom.ts';
import { StatusLine, failureText } from './common.ts';
import type { PanelContext } from './session-screen.ts';
import { CoursePlatformCard } from './course-platform.ts';

type Side = 'seller' | 'member';
const SIDES: Side[] = ['seller', 'member'];

export class GradesPanel {
  readonly el: HTMLElement;
  private readonly ctx: PanelContext;
  private readonly status = new StatusLine('grades-status');
  private data: GradesReport | null = null;
  private shown = false;
  private loading = false;
  private resultsSig = '';
  /** The course's gradebook and roster, for a session launched from a course platform (hidden otherwise). */
  private readonly course: CoursePlatformCard;

  constructor(ctx: PanelContext) {
    this.ctx = ctx;
    this.el = h('div', { class: 'grades' });
    this.course = new CoursePlatformCard(ctx);
  }

  /** The tab opened: fetch the grades afresh. */
  open() {
    this.shown = true;
    void this.load();
  }

  refresh() {
    this.render();
  }

  /** A round ended somewhere: the grades change; reload if they are on screen. */
  update(results: unknown) {
    const sig = JSON.stringify(results);
    if (sig === this.resultsSig) return;
    this.resultsSig = sig;
    if (this.shown && this.el.isConnected) void this.load();
  }

  private async load() {
    if (this.loading) return;
    this.loading = true;
    if (!this.data) replace(this.el, h('p', { class: 'loading', text: ct('status.working') }));
    const r = await this.ctx.api.grades();
    this.loading = false;
    if (!r.ok) {
      replace(this.el, h('p', { class: 'error', text: failureText(r) }));
      return;
    }
    this.data = r.data;
    this.render();
    void this.course.load();
  }

  private render() {
    const data = this.data;
    if (!data) return;
    replace(this.el, this.weightsCard(data), this.gradesCard(data), this.course.el);
  }

  private label(key: string) {
    return ctk(`grade.component.${key}`, key);
  }

  private weightsCard(data: GradesReport) {
    return h(
      'section',
      { class: 'card', attrs: { id: 'grade-weights', 'aria-labelledby': 'grade-weights-title' } },
      h('h2', { attrs: { id: 'grade-weights-title' }, text: ct('grades.weights') }),
      h('p', { class: 'hint', text: ct('grades.weightsHint') }),
      h(
        'div',
        { class: 'weight-sides' },
        SIDES.map((side) =>
          h(
            'fieldset',
            { class: 'weight-side', attrs: { id: `weights-${side}` } },
            h('legend', { text: ct(side === 'seller' ? 'grades.sellers' : 'grades.members') }),
            data.components[side].map((key) => {
              const id = `f-weight-${side}-${key}`;
              const weights: Partial<Record<string, number>> = data.weights[side];
              const defaults: Partial<Record<string, number>> = data.defaults[side];
              return h(
                'div',
                { class: 'field weight' },
                h('label', { attrs: { for: id }, text: this.label(key) }),
                h('input', {
                  attrs: {
                    id,
                    type: 'number',
                    inputmode: 'decimal',
                    min: 0,
                    max: data.maxWeight,
                    step: 'any',
                    value: String(weights[key] ?? 0),
                    'aria-describedby': `${id}-hint`,
                  },
                }),
                h(
                  'p',
                  { class: 'hint', attrs: { id: `${id}-hint` } },
                  ctk(`grade.explain.${key}`, ''),
                  ' ',
                  h('small', {
                    text: `(${ct('grades.default', { weight: formatNumber(defaults[key] ?? 0) })})`,
                  }),
                ),
              );
            }),
          ),
        ),
      ),
      h(
        'div',
        { class: 'row wrap' },
        h('button', {
          class: 'primary small',
          attrs: { type: 'button', id: 'grades-save' },
          text: ct('grades.save'),
          on: { click: () => void this.save() },
        }),
        h('button', {
          class: 'secondary small',
          attrs: { type: 'button', id: 'grades-reset' },
          text: ct('grades.reset'),
          on: { click: () => void this.save(data.defaults) },
        }),
      ),
      this.status.el,
    );
  }

  /** Sends the weights typed (or the defaults); the server refuses what is not a weight, and says why. */
  private async save(weights?: GradesReport['defaults']) {
    const data = this.data;
    if (!data) return;
    const patch: GradeWeightsPatch = weights ?? { seller: {}, member: {} };
    if (!weights) {
      for (const side of SIDES) {
        const values: Record<string, number> = {};
        for (const key of data.components[side]) {
          const raw =
            (document.getElementById(`f-weight-${side}-${key}`) as HTMLInputElement | null)?.value ?? '';
          const value = Number(raw);
          if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > data.maxWeight) {
            this.status.fail(ct('grades.badWeight', { max: data.maxWeight }));
            document.getElementById(`f-weight-${side}-${key}`)?.focus();
            return;
          }
          values[key] = value;
        }
        Object.assign(patch, { [side]: values });
      }
    }
    this.status.busy();
    const r = await this.ctx.api.setGradeWeights(patch);
    if (!r.ok) {
      this.status.fail(failureText(r));
      return;
    }
    await this.load();
    this.status.ok(ct('grades.saved'));
  }

  private gradesCard(data: GradesReport) {
    const sc = this.ctx.scenario();
    return h(
      'section',
      { class: 'card', attrs: { id: 'grades', 'aria-labelledby': 'grades-title' } },
      h('h2', { attrs: { id: 'grades-title' }, text: ct('grades.heading') }),
      h('p', { class: 'hint', text: ct('grades.hint') }),
      data.students.length === 0
        ? h('p', { attrs: { id: 'grades-empty' }, text: ct('grades.none') })
        : SIDES.map((side) => this.sideTable(data, side, sc)),
    );
  }

  /** One row per student and round; the student's name and mean grade span their rounds. */
  private sideTable(data: GradesReport, side: Side, sc: PublicScenario | null) {
    const students = data.students
      .map((s) => ({ ...s, rounds: s.rounds.filter((r) => r.side === side) }))
      .filter((s) => s.rounds.length > 0);
    if (students.length === 0) return null;
    const keys = data.components[side];
    const score = (v: number | null | undefined) =>
      v === null || v === undefined ? '–' : formatNumber(v, 1);
    return h(
      'div',
      { class: 'scroll-x' },
      h('h3', { text: ct(side === 'seller' ? 'grades.sellers' : 'grades.members') }),
      h(
        'table',
        { class: 'data grades-table', attrs: { id: `grades-${side}` } },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            [
              ct('col.student'),
              ct('col.grade'),
              ct('col.rounds'),
              ct('col.seat'),
              ...keys.map((k) => this.label(k)),
            ].map((label) => h('th', { attrs: { scope: 'col' }, text: label })),
          ),
        ),
        h(
          'tbody',
          null,
          students.flatMap((s) =>
            s.rounds.map((r, i) =>
              h(
                'tr',
                { data: { player: s.playerId, round: String(r.round) } },
                i === 0
                  ? [
                      h('th', { attrs: { scope: 'row', rowspan: s.rounds.length }, text: s.name }),
                      h('td', {
                        class: 'grade',
                        attrs: { rowspan: s.rounds.length },
                        text: score(s.grade),
                      }),
                    ]
                  : null,
                h('td', {
                  class: 'round-grade',
                  text: ct('grades.round', { round: r.round, grade: score(r.grade) }),
                }),
                h('td', { text: `${r.table} · ${seatLabel(r.seat, sc)}` }),
                keys.map((k) => {
                  const components: Partial<Record<string, number | null>> = r.components;
                  return h('td', { data: { component: k }, text: score(components[k]) });
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
