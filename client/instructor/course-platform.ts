// For a session launched from a course platform (LTI): the course roster beside the lobby (who has not joined
// yet) and the gradebook's column, a line per student with what was posted and whether it arrived, and a
// button to post now. The server posts after each round by itself (server/lti/passback.ts); this shows it.
// A session made in the console has no course: the card stays hidden.
import { formatNumber } from '../i18n/index.ts';
import { ct } from '../i18n/console.ts';
import type { LtiScoreStatus, RosterMember } from '../net/host-api.ts';
import { h, replace } from '../ui/dom.ts';
import { StatusLine, failureText } from './common.ts';
import type { PanelContext } from './session-screen.ts';

export class CoursePlatformCard {
  readonly el: HTMLElement;
  private readonly ctx: PanelContext;
  private readonly status = new StatusLine('lti-status');
  private scores: LtiScoreStatus[] | null = null;
  private roster: RosterMember[] | null = null;
  private rosterError = '';

  constructor(ctx: PanelContext) {
    this.ctx = ctx;
    this.el = h('section', {
      class: 'card',
      attrs: { id: 'lti-course', 'aria-labelledby': 'lti-course-title', hidden: true },
    });
  }

  async load() {
    const r = await this.ctx.api.ltiScores();
    if (!r.ok) {
      // Not launched from a course (404), or nothing to show: no card.
      this.el.hidden = true;
      return;
    }
    this.scores = r.data.students;
    this.el.hidden = false;
    this.render();
  }

  private async post() {
    this.status.busy();
    const r = await this.ctx.api.postLtiScores();
    if (!r.ok) {
      this.status.fail(failureText(r));
      return;
    }
    this.scores = r.data.students;
    this.render();
    const failed = r.data.students.filter((s) => s.status === 'failed').length;
    if (failed > 0) this.status.fail(ct('lti.postFailed', { count: failed }));
    else this.status.ok(ct('lti.posted'));
  }

  private async loadRoster() {
    this.status.busy();
    const r = await this.ctx.api.ltiRoster();
    if (!r.ok) {
      this.rosterError = failureText(r);
      this.status.fail(this.rosterError);
      return;
    }
    this.roster = r.data.members;
    this.rosterError = '';
    this.status.clear();
    this.render();
  }

  private render() {
    const scores = this.scores ?? [];
    const learners = (this.roster ?? []).filter((m) => !m.staff);
    const missing = learners.filter((m) => !m.joined);
    replace(
      this.el,
      h('h2', { attrs: { id: 'lti-course-title' }, text: ct('lti.heading') }),
      h('p', { class: 'hint', text: ct('lti.hint') }),
      h(
        'div',
        { class: 'row wrap' },
        h('button', {
          class: 'primary small',
          attrs: { type: 'button', id: 'lti-post' },
          text: ct('lti.post'),
          on: { click: () => void this.post() },
        }),
        h('button', {
          class: 'secondary small',
          attrs: { type: 'button', id: 'lti-roster-load' },
          text: ct('lti.roster'),
          on: { click: () => void this.loadRoster() },
        }),
      ),
      this.status.el,
      this.roster
        ? h(
            'div',
            { attrs: { id: 'lti-roster' } },
            h('p', {
              text: ct('lti.joined', { joined: learners.length - missing.length, total: learners.length }),
            }),
            missing.length > 0
              ? h(
                  'ul',
                  { attrs: { id: 'lti-roster-missing', 'aria-label': ct('lti.missing') } },
                  missing.map((m) => h('li', { text: m.name })),
                )
              : null,
          )
        : null,
      scores.length === 0
        ? h('p', { attrs: { id: 'lti-scores-empty' }, text: ct('lti.none') })
        : h(
            'div',
            { class: 'scroll-x' },
            h(
              'table',
              { class: 'data', attrs: { id: 'lti-scores' } },
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  [ct('col.student'), ct('col.grade'), ct('lti.col.status')].map((label) =>
                    h('th', { attrs: { scope: 'col' }, text: label }),
                  ),
                ),
              ),
              h(
                'tbody',
                null,
                scores.map((s) =>
                  h(
                    'tr',
                    { data: { player: s.playerId, status: s.status } },
                    h('th', { attrs: { scope: 'row' }, text: s.name }),
                    h('td', { text: s.grade === null ? '–' : formatNumber(s.grade, 1) }),
                    h('td', { text: this.statusText(s) }),
                  ),
                ),
              ),
            ),
          ),
    );
  }

  private statusText(s: LtiScoreStatus): string {
    switch (s.status) {
      case 'sent':
      case 'unchanged':
        return ct('lti.status.sent');
      case 'failed':
        return ct('lti.status.failed', { attempts: s.attempts, error: s.error ?? '' });
      case 'not-graded':
        return ct('lti.status.notGraded');
      default:
        return ct('lti.status.pending');
    }
  }
}
