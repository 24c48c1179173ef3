// The printable briefs (`host.html#session=ID&print=briefs`, opened from the console's Prepare tab): one page per
// seat, each the brief the seat's student sees (ui/brief.ts, from the engine's view of that seat), in the
// session's language. The print style sheet (console.css, @media print) hides everything else and starts each
// seat on a page of its own. Host only: the preview route needs the session's secret.
import { setConsoleLanguage, ct } from '../i18n/console.ts';
import { isLang } from '../i18n/index.ts';
import { seatLabel } from '../i18n/labels.ts';
import { HostApi, type Preview } from '../net/host-api.ts';
import { briefParts } from '../ui/brief.ts';
import { h, replace } from '../ui/dom.ts';
import { failureText } from './common.ts';
import { objectivesList, previewContext } from './prepare.ts';

export class PrintBriefsScreen {
  readonly el: HTMLElement;
  private readonly api: HostApi;
  private preview: Preview | null = null;
  private problem: string | null = null;

  private readonly segment: string | undefined;

  constructor(sessionId: string, secret: string, segment?: string) {
    this.api = new HostApi(sessionId, secret);
    this.segment = segment;
    this.el = h('div', { class: 'print-briefs', attrs: { id: 'print-briefs-screen' } });
    replace(this.el, h('p', { class: 'loading', text: ct('status.working') }));
    void this.load();
  }

  refresh() {
    this.render();
  }

  destroy() {}

  private async load() {
    const r = await this.api.preview(this.segment);
    if (!r.ok) {
      this.problem = failureText(r);
      this.render();
      return;
    }
    this.preview = r.data;
    // The briefs go to the students: in the class's language (the picker above still changes it).
    if (isLang(r.data.language)) await setConsoleLanguage(r.data.language);
    this.render();
  }

  private render() {
    if (this.problem) {
      replace(this.el, h('p', { class: 'error', text: this.problem }));
      return;
    }
    const p = this.preview;
    if (!p) return;
    const pages = p.seats.flatMap((s) => {
      const ctx = previewContext(p, s.seat);
      if (!ctx) return [];
      const brief = briefParts(ctx);
      const page = h(
        'section',
        { class: 'brief-page', data: { seat: s.seat }, attrs: { 'aria-label': brief.title } },
        h('p', {
          class: 'brief-page-head',
          text: ct('print.footer', { title: p.title, code: p.code, seat: seatLabel(s.seat, p.scenario) }),
        }),
        h('h2', { text: brief.title }),
        h('div', { class: 'brief-body' }, brief.body),
      );
      // The student's brief names some of its parts by id (one brief on a phone); here there are many.
      for (const el of page.querySelectorAll('[id]')) el.removeAttribute('id');
      return [page];
    });
    replace(
      this.el,
      h(
        'section',
        { class: 'card print-controls' },
        h('h1', { text: ct('print.heading', { title: p.title }) }),
        h('p', { class: 'hint', text: ct('print.hint', { count: pages.length }) }),
        h('h2', { text: ct('create.objectives') }),
        objectivesList(p.scenario, 'print-objectives'),
        h('button', {
          class: 'primary',
          attrs: { type: 'button', id: 'print-now' },
          text: ct('print.print'),
          on: { click: () => window.print() },
        }),
      ),
      pages,
    );
    document.title = ct('print.heading', { title: p.title });
  }
}
