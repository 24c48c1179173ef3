// The overlay's shell: the header (session, stage clock, connection status, language, brief) and the screen
// for where the student is: join, lobby, or the table (loaded on demand, with Phaser behind it).
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  isLang,
  language,
  languageChosen,
  onLanguage,
  setLanguage,
  t,
} from '../i18n/index.ts';
import { sessionTitle } from '../i18n/labels.ts';
import type { Store } from '../net/store.ts';
import type { StoreState } from '../net/types.ts';
import { h, replace } from './dom.ts';
import { JoinScreen } from './join.ts';
import { LobbyScreen } from './lobby.ts';

/** How long the lobby shows before the table's code starts downloading: the lobby's own traffic goes first. */
const PREFETCH_AFTER_MS = 1000;

interface PlayScreenLike {
  readonly el: HTMLElement;
  update(state: StoreState): void;
  destroy(): void;
}

export class App {
  private readonly header: HTMLElement;
  private readonly main: HTMLElement;
  private readonly statusEl: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly langSelect: HTMLSelectElement;
  private readonly toasts: HTMLElement;
  private screen: 'join' | 'pending' | 'lobby' | 'play' | null = null;
  private join: JoinScreen | null = null;
  private lobby: LobbyScreen | null = null;
  private play: PlayScreenLike | null = null;
  private playLoading = false;
  private prefetch: Promise<unknown> | null = null;
  private sessionLanguageApplied = false;
  /** The session's language is loading (its dictionary is a chunk of its own): nothing is worded until it has. */
  private languagePending = false;

  private readonly root: HTMLElement;
  private readonly store: Store;
  private readonly options: { code: string | null };

  constructor(root: HTMLElement, store: Store, options: { code: string | null }) {
    this.root = root;
    this.store = store;
    this.options = options;
    this.titleEl = h('span', { class: 'brand-title' });
    this.statusEl = h('div', { class: 'conn', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.langSelect = h('select', { attrs: { id: 'lang-select', 'aria-label': t('lang.label') } });
    this.langSelect.addEventListener('change', () => {
      const value = this.langSelect.value;
      if (isLang(value)) void setLanguage(value, true);
    });
    this.header = h(
      'header',
      { class: 'topbar' },
      h('a', { class: 'skip', attrs: { href: '#main' }, text: t('skip.main') }),
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
        this.titleEl,
      ),
      h('div', { class: 'topbar-slot', id: 'topbar-slot' }),
      this.statusEl,
      this.langSelect,
    );
    // The instructor's broadcasts sit in the sticky header, in the page's flow: always in sight, and they push
    // the page down rather than cover its controls (a fixed banner hid "I am ready" at the bottom of a phone).
    this.toasts = h('div', { class: 'toasts', attrs: { 'aria-live': 'assertive' } });
    this.header.append(this.toasts);
    this.main = h('main', { id: 'main', attrs: { tabindex: -1 } });
    root.replaceChildren(this.header, this.main);
    // Layers over the page (the debrief) start below the header, so a broadcast stays in sight there too.
    if (typeof ResizeObserver !== 'undefined')
      new ResizeObserver(() =>
        document.documentElement.style.setProperty('--topbar-h', `${this.header.offsetHeight}px`),
      ).observe(this.header);
    store.subscribe((s) => this.update(s));
    onLanguage(() => {
      this.join?.refresh();
      this.update(this.store.get(), true);
    });
    this.update(store.get(), true);
  }

  private update(state: StoreState, force = false) {
    this.applySessionLanguage(state);
    this.renderHeader(state);
    this.renderToasts(state);
    const want = state.view ? 'play' : state.session && state.status !== 'idle' ? 'lobby' : 'join';
    // A Finnish or Polish session joined from an English page: the lobby and the table wait for the session's
    // words rather than drawing once in English and again a moment later.
    if (this.languagePending && want !== 'join') {
      if (this.screen !== 'pending') {
        replace(this.main, h('p', { class: 'loading', attrs: { 'aria-busy': 'true' } }));
        this.screen = 'pending';
      }
      return;
    }
    if (want === 'play') {
      this.showPlay(state);
      return;
    }
    if (this.play) {
      this.play.destroy();
      this.play = null;
    }
    if (want === 'lobby') {
      if (this.screen !== 'lobby' || !this.lobby) {
        this.lobby = new LobbyScreen(this.store);
        replace(this.main, this.lobby.el);
        this.screen = 'lobby';
        this.prefetchTable();
      }
      this.lobby.update(state, force);
      return;
    }
    if (this.screen !== 'join' || !this.join) {
      this.join = new JoinScreen(this.store, this.options.code);
      replace(this.main, this.join.el);
      this.screen = 'join';
    }
    this.join.update(state);
  }

  /**
   * Fetches the play screen and the table (Phaser) while the student waits in the lobby, so the table is drawn
   * as soon as the seat comes, and a class's phones fetch it over the minutes of the lobby rather than all at
   * the instant of the deal. A failure is forgotten: the table loads on demand as before.
   */
  private prefetchTable() {
    this.prefetch ??= new Promise((resolve) => setTimeout(resolve, PREFETCH_AFTER_MS))
      .then(() => import('./play.ts'))
      .then(({ preloadTable }) => preloadTable())
      .catch(() => {
        this.prefetch = null;
      });
  }

  private showPlay(state: StoreState) {
    if (this.play) {
      if (this.screen !== 'play') {
        replace(this.main, this.play.el);
        this.screen = 'play';
      }
      this.play.update(state);
      return;
    }
    if (this.playLoading) return;
    this.playLoading = true;
    if (this.screen !== 'play') {
      replace(this.main, h('p', { class: 'loading', text: t('table.loading') }));
      this.screen = 'play';
    }
    void import('./play.ts').then(({ PlayScreen }) => {
      this.playLoading = false;
      const current = this.store.get();
      if (!current.view) return;
      this.play = new PlayScreen(this.store);
      replace(this.main, this.play.el);
      this.play.update(current);
    });
  }

  private applySessionLanguage(state: StoreState) {
    if (!state.session) {
      this.sessionLanguageApplied = false;
      return;
    }
    if (this.sessionLanguageApplied) return;
    this.sessionLanguageApplied = true;
    const lang = state.session.language;
    if (!languageChosen() && isLang(lang) && lang !== language()) {
      this.languagePending = true;
      void setLanguage(lang).finally(() => {
        this.languagePending = false;
        this.update(this.store.get(), true);
      });
    }
  }

  private renderHeader(state: StoreState) {
    const title = sessionTitle(state);
    this.titleEl.textContent = title;
    document.title = state.session ? `${title} · ${t('app.title')}` : t('app.title');
    const status = state.status;
    // Before anyone tried to join, there is no connection to report.
    const label = status === 'idle' && !state.problem ? '' : t(`conn.${status}`);
    const retry =
      status === 'offline'
        ? h('button', {
            class: 'link',
            attrs: { type: 'button' },
            text: t('conn.retry'),
            on: { click: () => this.store.retryNow() },
          })
        : null;
    this.statusEl.dataset.status = status;
    this.statusEl.hidden = label === '';
    replace(
      this.statusEl,
      h('span', { class: 'dot', attrs: { 'aria-hidden': 'true' } }),
      h('span', { text: label }),
      retry,
    );
    if (this.langSelect.options.length !== LANGUAGES.length || this.langSelect.value !== language()) {
      replace(
        this.langSelect,
        LANGUAGES.map((l) =>
          h('option', { attrs: { value: l, selected: l === language() }, text: LANGUAGE_NAMES[l] }),
        ),
      );
    }
    this.langSelect.setAttribute('aria-label', t('lang.label'));
  }

  private renderToasts(state: StoreState) {
    const sig = JSON.stringify(state.broadcasts) + language();
    if (this.toasts.dataset.sig === sig) return;
    this.toasts.dataset.sig = sig;
    replace(
      this.toasts,
      state.broadcasts.slice(-2).map((b) =>
        h(
          'div',
          { class: 'toast', attrs: { role: 'alert' } },
          h('strong', { text: t('broadcast.title') }),
          h('p', { text: b.text }),
          h('button', {
            class: 'link',
            attrs: { type: 'button' },
            text: t('broadcast.dismiss'),
            on: { click: () => this.store.dismissBroadcast(b.at) },
          }),
        ),
      ),
    );
  }

  /** Where the play screen puts its header controls (brief, debrief). */
  static slot(): HTMLElement | null {
    return document.getElementById('topbar-slot');
  }

  get element(): HTMLElement {
    return this.root;
  }
}
