// A console tab whose code loads when the tab first opens: the class debrief (which draws the student's own
// debrief parts and the teaching notes in three languages) and the Prepare tab (which draws every seat's table
// as the student sees it) are most of what the console's first screen would otherwise fetch, and an instructor
// who only runs a round never opens them (docs/performance.md, the console's first screen).
import { h } from '../ui/dom.ts';
import { ct } from '../i18n/console.ts';

interface Panel<U extends unknown[]> {
  readonly el: HTMLElement;
  open(): void;
  refresh(): void;
  update?(...args: U): void;
}

export class LazyPanel<U extends unknown[], P extends Panel<U>> {
  readonly el: HTMLElement;
  private panel: P | null = null;
  private loading: Promise<P | null> | null = null;
  /** The last update, handed to the panel once it has loaded. */
  private last: U | null = null;

  private readonly load: () => Promise<P>;

  constructor(load: () => Promise<P>) {
    this.load = load;
    this.el = h('div', { class: 'lazy-panel' });
  }

  open(): void {
    if (this.panel) return this.panel.open();
    this.el.replaceChildren(h('p', { class: 'loading', text: ct('status.working') }));
    this.loading ??= this.load()
      .then((panel) => {
        this.panel = panel;
        this.el.replaceChildren(panel.el);
        if (this.last) panel.update?.(...this.last);
        return panel;
      })
      .catch(() => {
        // A failed fetch (the network dropped): the next opening tries again.
        this.loading = null;
        this.el.replaceChildren(h('p', { class: 'error', text: ct('status.loadFailed') }));
        return null;
      });
    void this.loading.then((panel) => panel?.open());
  }

  refresh(): void {
    this.panel?.refresh();
  }

  update(...args: U): void {
    this.last = args;
    this.panel?.update?.(...args);
  }
}
