// The console's shell: a header (brand, language) and the screen for the address: the home screen (create a
// session, the sessions this browser knows), one session (`#session=ID`), its printable briefs
// (`#session=ID&print=briefs`), or the scenario editor (`#editor`, loaded on demand).
import { onLanguage, t } from '../i18n/index.ts';
import { ct } from '../i18n/console.ts';
import { h, replace } from '../ui/dom.ts';
import { languagePicker } from './common.ts';
import { HomeScreen } from './home.ts';
import { remember, secretOf } from './known-sessions.ts';
import { SessionScreen } from './session-screen.ts';

interface Screen {
  readonly el: HTMLElement;
  refresh(): void;
  destroy(): void;
}

/** A screen whose code loads on demand: a placeholder until it has, then the screen itself. */
function lazyScreen(load: () => Promise<Screen>): Screen {
  const el = h('div', null, h('p', { class: 'loading', text: ct('status.working') }));
  let screen: Screen | null = null;
  let gone = false;
  void load().then((s) => {
    if (gone) return s.destroy();
    screen = s;
    el.replaceChildren(s.el);
  });
  return {
    el,
    refresh: () => screen?.refresh(),
    destroy: () => {
      gone = true;
      screen?.destroy();
    },
  };
}

export class Console {
  private readonly main: HTMLElement;
  private readonly heading: HTMLElement;
  private screen: Screen | null = null;
  /** The session opened from a link when this browser cannot store it. */
  /** The secret of the console link that opened this page, in case this browser cannot store it. */
  private inHand: { sessionId: string; secret: string } | null = null;

  constructor(root: HTMLElement) {
    this.heading = h('span', { class: 'brand-title' });
    this.main = h('main', { id: 'main', class: 'console', attrs: { tabindex: -1 } });
    root.replaceChildren(
      h(
        'header',
        { class: 'topbar' },
        h('a', { class: 'skip', attrs: { href: '#main' }, text: t('skip.main') }),
        h(
          'a',
          { class: 'brand', attrs: { href: '#', id: 'home-link' } },
          h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
          this.heading,
        ),
        h('div', { class: 'topbar-slot' }),
        languagePicker(),
      ),
      this.main,
    );
    window.addEventListener('hashchange', () => this.route());
    onLanguage(() => {
      this.heading.textContent = ct('console.title');
      this.screen?.refresh();
    });
    this.heading.textContent = ct('console.title');
    this.route();
  }

  private route() {
    const hash = new URLSearchParams(window.location.hash.slice(1));
    const sessionId = hash.get('session');
    const secretInLink = hash.get('secret');
    if (sessionId && secretInLink) {
      // A console link (opened fresh or pasted into this tab): remember it, and take the secret out of the
      // address bar at once so a projected or shared screen never shows it.
      this.inHand = { sessionId, secret: secretInLink };
      remember(this.inHand);
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}#session=${encodeURIComponent(sessionId)}`,
      );
    }
    this.screen?.destroy();
    this.screen = null;
    if (hash.has('editor')) {
      // The editor and its strings are a chunk of their own, loaded when it is opened.
      this.screen = lazyScreen(() => import('./editor/editor-screen.ts').then((m) => new m.EditorScreen()));
    } else if (sessionId) {
      const secret =
        secretOf(sessionId) ?? (this.inHand?.sessionId === sessionId ? this.inHand.secret : null);
      if (secret && hash.get('print') === 'briefs')
        this.screen = lazyScreen(() =>
          import('./print-briefs.ts').then(
            (m) => new m.PrintBriefsScreen(sessionId, secret, hash.get('segment') ?? undefined),
          ),
        );
      else if (secret) this.screen = new SessionScreen(sessionId, secret);
      else
        this.screen = {
          el: h(
            'section',
            { class: 'card' },
            h('h1', { text: ct('session.unknown') }),
            h('p', { text: ct('session.unknownHint') }),
            h('a', { attrs: { href: '#' }, text: ct('nav.home') }),
          ),
          refresh() {},
          destroy() {},
        };
    } else this.screen = new HomeScreen();
    replace(this.main, this.screen.el);
    document.title = `${ct('console.title')} · ${t('app.title')}`;
  }
}
