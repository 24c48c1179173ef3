// One session in the console: how students join (code, link, projector), then its panels: prepare (learning
// objectives, every seat's brief and table, printable briefs), run the class (controls and a live monitor of
// every table), seating, the class debrief with the exports, and the grades. A finished session, or one whose
// room is not running, opens read-only: the same panels without the controls (grades can still be weighted).
import { localize, onLanguage, t } from '../i18n/index.ts';
import { ct } from '../i18n/console.ts';
import { HostApi, type SegmentBuyer, type SessionSnapshot } from '../net/host-api.ts';
import type { PublicScenario } from '../net/types.ts';
import { StaffRoom } from '../net/staff-room.ts';
import { h, replace } from '../ui/dom.ts';
import { StatusLine, copyText, failureText } from './common.ts';
import type { DebriefPanel } from './class-debrief.ts';
import { GradesPanel } from './grades.ts';
import type { PreparePanel } from './prepare.ts';
import { LazyPanel } from './lazy-panel.ts';
import type { PublicResults } from '../net/types.ts';
import { forget, remember } from './known-sessions.ts';
import { fromSnapshot, fromSynced, type ClassModel } from './model.ts';
import { RunPanel } from './run.ts';
import { SeatingPanel } from './seating.ts';
import { savedApi } from './saved-owner.ts';

export interface PanelContext {
  api: HostApi;
  /** True for a finished session or one whose room is not running: no controls then. */
  readOnly(): boolean;
  status: StatusLine;
  /** Reloads the HTTP snapshot (after a command, for panels that show it). */
  reload(): void;
  /** The scenario's public parts, for names (null until the room sent them, or without a room). */
  scenario(): PublicScenario | null;
  /** The name of a table's segment when the session's tables play different buyers (else null). */
  segmentLabel(id: string): string | null;
  /** The segments of a session whose tables play different buyers (empty for a session of one buyer). */
  segments(): { id: string; tables: number; buyer: SegmentBuyer }[];
}

type Tab = 'prepare' | 'run' | 'seating' | 'debrief' | 'grades';
const TABS: Tab[] = ['prepare', 'run', 'seating', 'debrief', 'grades'];

export class SessionScreen {
  readonly el: HTMLElement;
  private readonly api: HostApi;
  private readonly secret: string;
  private snapshot: SessionSnapshot | null = null;
  private room: StaffRoom | null = null;
  private readonly head: HTMLElement;
  private readonly facts: HTMLElement;
  private readonly tabs: HTMLElement;
  private readonly panelHost: HTMLElement;
  private readonly status = new StatusLine('session-status');
  private tab: Tab = 'run';
  private run: RunPanel | null = null;
  private seating: SeatingPanel | null = null;
  private debrief: LazyPanel<[PublicResults | null], DebriefPanel> | null = null;
  private prepare: LazyPanel<[], PreparePanel> | null = null;
  private grades: GradesPanel | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private readonly offLanguage: () => void;
  private problem: string | null = null;

  constructor(sessionId: string, secret: string) {
    this.api = new HostApi(sessionId, secret);
    this.secret = secret;
    this.head = h('section', { class: 'card session-head', attrs: { id: 'session-head' } });
    this.facts = h('p', { class: 'hint', attrs: { id: 'session-facts' } });
    this.tabs = h('div', {
      class: 'console-tabs',
      attrs: { role: 'tablist', 'aria-label': ct('tabs.label') },
    });
    this.panelHost = h('div', { class: 'panel-host' });
    this.el = h('div', { class: 'session' }, this.head, this.tabs, this.status.el, this.panelHost);
    this.offLanguage = onLanguage(() => this.refresh());
    // The tab list follows the usual keys: left and right arrows move between the tabs.
    this.tabs.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
      const next = TABS[(TABS.indexOf(this.tab) + step) % TABS.length];
      if (!next) return;
      event.preventDefault();
      this.showTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    });
    void this.load();
    this.ticker = setInterval(() => this.run?.tick(), 1000);
  }

  refresh() {
    this.renderHead();
    this.renderTabs();
    this.run?.refresh();
    this.seating?.refresh();
    this.debrief?.refresh();
    this.prepare?.refresh();
    this.grades?.refresh();
    this.update();
  }

  destroy() {
    if (this.ticker) clearInterval(this.ticker);
    this.offLanguage();
    void this.room?.leave();
  }

  private get readOnly(): boolean {
    return !this.snapshot || this.snapshot.status !== 'open' || !this.snapshot.running;
  }

  private async load() {
    const r = await this.api.session();
    if (!r.ok) {
      this.problem = r.status === 404 ? ct('session.gone') : failureText(r);
      this.renderHead();
      return;
    }
    this.snapshot = r.data;
    remember({
      sessionId: r.data.sessionId,
      secret: this.secret,
      code: r.data.code,
      title: r.data.title,
      createdAt: r.data.createdAt,
    });
    if (!this.readOnly && !this.room) {
      this.room = new StaffRoom();
      this.room.subscribe(() => this.update());
      void this.room.connect(r.data.code, { hostSecret: this.secret });
    }
    const ctx: PanelContext = {
      api: this.api,
      readOnly: () => this.readOnly,
      status: this.status,
      reload: () => void this.reload(),
      scenario: () => this.room?.get().scenario ?? null,
      segmentLabel: (id) => {
        const segments = this.snapshot?.segments ?? [];
        const card = segments.length > 1 ? segments.find((x) => x.id === id)?.card : undefined;
        return card ? localize(card.label) : null;
      },
      segments: () => {
        const segments = this.snapshot?.segments ?? [];
        return segments.length > 1
          ? segments.map((x) => ({ id: x.id, tables: x.tables, buyer: x.buyer }))
          : [];
      },
    };
    this.run ??= new RunPanel(ctx);
    this.seating ??= new SeatingPanel(ctx);
    // Loaded when their tabs first open (lazy-panel.ts).
    this.debrief ??= new LazyPanel(() => import('./class-debrief.ts').then((m) => new m.DebriefPanel(ctx)));
    this.prepare ??= new LazyPanel(() => import('./prepare.ts').then((m) => new m.PreparePanel(ctx)));
    this.grades ??= new GradesPanel(ctx);
    this.renderHead();
    this.renderTabs();
    this.showTab(this.tab);
  }

  private async reload() {
    const r = await this.api.session();
    if (r.ok) {
      this.snapshot = r.data;
      this.renderHead();
      this.update();
    }
  }

  private model(): ClassModel | null {
    const synced = this.room?.get().synced;
    if (synced) return fromSynced(synced);
    return this.snapshot ? fromSnapshot(this.snapshot) : null;
  }

  private connection: string | undefined;
  private lastError: unknown = null;

  /** Students and tables counted from the live room when there is one (the snapshot ages as students join). */
  private renderFacts() {
    const s = this.snapshot;
    if (!s) return;
    const model = this.model();
    this.facts.textContent = ct('session.facts', {
      students: model?.players.length ?? s.players.length,
      tables: model?.tables.length ?? s.tables.length,
      pace: s.options.autoAdvance ? ct('create.paceOwn') : ct('create.paceTogether'),
    });
  }

  private update() {
    const live = this.room?.get() ?? null;
    this.renderFacts();
    if (live && live.status !== this.connection) {
      this.connection = live.status;
      this.renderHead();
    }
    const model = this.model();
    if (!model) return;
    this.run?.update(model, live);
    this.seating?.update(model);
    this.debrief?.update(live?.results ?? null);
    this.grades?.update(live?.results ?? null);
    if (live?.error && live.error !== this.lastError) {
      this.lastError = live.error;
      this.status.fail(live.error.message);
    }
  }

  /** Where the scenario came from; for a saved one, whether it has been edited since (the session keeps its copy). */
  private sourceLine(s: SessionSnapshot) {
    const source = s.options.source;
    if (!source) return null;
    const el = h('p', { class: 'hint', attrs: { id: 'session-source' } });
    void import('./session-source.ts').then(({ sourceLine, sourceText }) => {
      el.textContent = sourceLine(source, localize(s.scenario.title));
      if (source.kind !== 'saved') return;
      void savedApi()
        .list()
        .then((r) => {
          const now = r.ok ? r.data.find((x) => x.id === source.id) : undefined;
          if (now?.hash && now.hash !== source.hash)
            el.append(
              ' ',
              h('span', {
                attrs: { id: 'session-source-changed' },
                text: sourceText('session.fromSavedChanged'),
              }),
            );
        });
    });
    return el;
  }

  private renderHead() {
    if (this.problem || !this.snapshot) {
      replace(
        this.head,
        h('h1', { text: this.problem ? ct('session.unavailable') : ct('status.working') }),
        this.problem ? h('p', { class: 'error', text: this.problem }) : null,
        this.problem
          ? h(
              'div',
              { class: 'row' },
              h('a', { attrs: { href: '#' }, text: ct('nav.home') }),
              h('button', {
                class: 'secondary small',
                attrs: { type: 'button', id: 'forget-session' },
                text: ct('sessions.forget'),
                on: {
                  click: () => {
                    forget(this.api.sessionId);
                    window.location.hash = '';
                  },
                },
              }),
            )
          : null,
      );
      return;
    }
    const s = this.snapshot;
    this.renderFacts();
    const origin = window.location.origin;
    const joinUrl = `${origin}/?code=${s.code}`;
    const projector = `${origin}/projector.html?code=${s.code}`;
    const connection = this.room?.get().status;
    replace(
      this.head,
      h(
        'div',
        { class: 'session-title-row' },
        h('h1', { attrs: { id: 'session-title' }, text: s.title }),
        h('span', {
          class: `badge ${s.status === 'open' ? 'ok' : 'warn'}`,
          attrs: { id: 'session-state' },
          text:
            s.status !== 'open'
              ? ct('session.finishedReadOnly')
              : !s.running
                ? ct('session.notRunning')
                : ct(connection === 'connected' ? 'session.live' : 'session.connecting'),
        }),
      ),
      this.sourceLine(s),
      h(
        'div',
        { class: 'join-box' },
        h(
          'p',
          null,
          h('span', { class: 'eyebrow', text: t('join.code') }),
          h('strong', { class: 'join-code', attrs: { id: 'session-code' }, text: s.code }),
        ),
        h(
          'p',
          null,
          `${ct('session.joinLink')} `,
          h('a', {
            attrs: { id: 'join-link', href: joinUrl, target: '_blank', rel: 'noopener noreferrer' },
            text: joinUrl,
          }),
        ),
        h(
          'div',
          { class: 'row wrap' },
          h('a', {
            class: 'button secondary small',
            attrs: { id: 'projector-link', href: projector, target: '_blank', rel: 'noopener noreferrer' },
            text: ct('session.projector'),
          }),
          h('button', {
            class: 'secondary small',
            attrs: { type: 'button', id: 'copy-console' },
            text: ct('session.copyConsole'),
            on: {
              click: () =>
                void copyText(
                  `${origin}/host.html#session=${encodeURIComponent(s.sessionId)}&secret=${encodeURIComponent(this.secret)}`,
                ).then((ok) =>
                  ok ? this.status.ok(ct('session.copied')) : this.status.fail(ct('session.copyFailed')),
                ),
            },
          }),
          h('a', {
            class: 'button secondary small',
            attrs: { href: '#', id: 'all-sessions' },
            text: ct('nav.home'),
          }),
        ),
        h('p', { class: 'hint', text: ct('session.consoleHint') }),
      ),
      this.facts,
      h(
        'div',
        { class: 'row wrap' },
        s.status === 'open'
          ? h('button', {
              class: 'secondary small',
              attrs: { type: 'button', id: 'finish-session' },
              text: ct('session.finish'),
              on: { click: () => void this.finish() },
            })
          : null,
        h('button', {
          class: 'danger small',
          attrs: { type: 'button', id: 'delete-session' },
          text: ct('sessions.delete'),
          on: { click: () => void this.remove() },
        }),
      ),
    );
  }

  private renderTabs() {
    const tabs: [Tab, string][] = TABS.map((id) => [id, ct(`tabs.${id}`)]);
    replace(
      this.tabs,
      tabs.map(([id, label]) =>
        h('button', {
          class: `tab${this.tab === id ? ' active' : ''}`,
          attrs: {
            type: 'button',
            role: 'tab',
            id: `tab-${id}`,
            'aria-selected': String(this.tab === id),
            'aria-controls': 'panel',
            tabindex: this.tab === id ? 0 : -1,
          },
          text: label,
          on: { click: () => this.showTab(id) },
        }),
      ),
    );
  }

  private showTab(tab: Tab) {
    this.tab = tab;
    this.renderTabs();
    const panels = {
      prepare: this.prepare,
      run: this.run,
      seating: this.seating,
      debrief: this.debrief,
      grades: this.grades,
    };
    const panel = panels[tab];
    if (!panel) return;
    panel.el.setAttribute('role', 'tabpanel');
    panel.el.id = 'panel';
    panel.el.setAttribute('aria-labelledby', `tab-${tab}`);
    replace(this.panelHost, panel.el);
    if (tab === 'debrief') this.debrief?.open();
    if (tab === 'prepare') this.prepare?.open();
    if (tab === 'grades') this.grades?.open();
    this.update();
  }

  private async finish() {
    if (!window.confirm(ct('session.confirmFinish'))) return;
    const r = await this.api.finish();
    if (r.ok) {
      this.status.ok(ct('session.finished'));
      await this.reload();
    } else this.status.fail(failureText(r));
  }

  private async remove() {
    if (!window.confirm(ct('sessions.confirmDelete', { name: this.snapshot?.title ?? '' }))) return;
    const r = await this.api.destroy();
    if (!r.ok && r.status !== 404) {
      this.status.fail(failureText(r));
      return;
    }
    forget(this.api.sessionId);
    window.location.hash = '';
  }
}
