// The console's home: create a session, and the sessions this browser knows (open them again, read-only once
// finished, or delete them with everything they logged).
import { formatTime } from '../i18n/index.ts';
import { ct } from '../i18n/console.ts';
import { HostApi } from '../net/host-api.ts';
import { h, replace } from '../ui/dom.ts';
import { StatusLine, failureText } from './common.ts';
import { CreateForm } from './create.ts';
import { forget, knownSessions, remember, type KnownSession } from './known-sessions.ts';

export class HomeScreen {
  readonly el: HTMLElement;
  private readonly form = new CreateForm();
  private readonly list: HTMLElement;
  private readonly status = new StatusLine('sessions-status');
  /** What the server says of each known session: its status, or gone. */
  private source: typeof import('./session-source.ts').sourceText | null = null;
  private readonly found = new Map<
    string,
    { status: string; players: number; tables: number; saved: string | null } | 'gone'
  >();

  constructor() {
    this.list = h('div', { attrs: { id: 'sessions' } });
    this.el = h(
      'div',
      { class: 'home' },
      this.form.el,
      h('section', { class: 'card' }, this.list, this.status.el),
    );
    this.render();
    void this.check();
  }

  refresh() {
    this.form.refresh();
    this.render();
  }

  destroy() {}

  /** Asks the server about each known session (with its own secret). */
  private async check() {
    await Promise.all(
      knownSessions().map(async (k) => {
        const r = await new HostApi(k.sessionId, k.secret).session();
        if (r.ok) {
          const source = r.data.options.source;
          this.found.set(k.sessionId, {
            status: r.data.status,
            players: r.data.players.length,
            tables: r.data.tables.length,
            saved: source?.kind === 'saved' ? source.title : null,
          });
          remember({
            sessionId: k.sessionId,
            secret: k.secret,
            code: r.data.code,
            title: r.data.title,
            createdAt: r.data.createdAt,
          });
        } else if (r.status === 404 || r.status === 403) this.found.set(k.sessionId, 'gone');
      }),
    );
    // A session of a saved scenario says so: the words come with their module, only when one does.
    if ([...this.found.values()].some((f) => f !== 'gone' && f.saved !== null))
      this.source ??= (await import('./session-source.ts')).sourceText;
    this.render();
  }

  private render() {
    const sessions = knownSessions();
    replace(
      this.list,
      h('h2', { text: ct('sessions.heading') }),
      h('p', { class: 'hint', text: ct('sessions.hint') }),
      sessions.length === 0
        ? h('p', { text: ct('sessions.none') })
        : h(
            'ul',
            { class: 'session-list' },
            sessions.map((k) => this.item(k)),
          ),
    );
  }

  private item(k: KnownSession) {
    const info = this.found.get(k.sessionId);
    const state =
      info === 'gone'
        ? ct('sessions.gone')
        : info
          ? `${ct(info.status === 'open' ? 'sessions.open' : 'sessions.finished')} · ${ct('sessions.counts', { players: info.players, tables: info.tables })}`
          : '…';
    return h(
      'li',
      { data: { session: k.sessionId } },
      h(
        'div',
        null,
        h('strong', { text: k.title || k.code || k.sessionId.slice(0, 8) }),
        h('span', {
          class: 'hint',
          text: ` ${k.code ? `· ${k.code} ` : ''}${k.createdAt ? `· ${formatTime(k.createdAt)} ${new Date(k.createdAt).toLocaleDateString()}` : ''}`,
        }),
        h('p', { class: 'hint', text: state }),
        info && info !== 'gone' && info.saved !== null && this.source
          ? h('p', {
              class: 'hint session-source',
              text: this.source('sessions.fromSaved', { title: info.saved }),
            })
          : null,
      ),
      h(
        'div',
        { class: 'row wrap' },
        info !== 'gone'
          ? h('a', {
              class: 'button secondary small',
              attrs: { href: `#session=${encodeURIComponent(k.sessionId)}`, id: `open-${k.sessionId}` },
              text: ct('sessions.open.action'),
            })
          : null,
        h('button', {
          class: 'danger small',
          attrs: { type: 'button', id: `delete-${k.sessionId}` },
          text: info === 'gone' ? ct('sessions.forget') : ct('sessions.delete'),
          on: { click: () => void this.remove(k, info === 'gone') },
        }),
      ),
    );
  }

  private async remove(k: KnownSession, gone: boolean) {
    if (!gone && !window.confirm(ct('sessions.confirmDelete', { name: k.title || k.code }))) return;
    if (!gone) {
      const r = await new HostApi(k.sessionId, k.secret).destroy();
      if (!r.ok && r.status !== 404) {
        this.status.fail(failureText(r));
        return;
      }
    }
    forget(k.sessionId);
    this.found.delete(k.sessionId);
    this.status.ok(ct('sessions.deleted'));
    this.render();
  }
}
