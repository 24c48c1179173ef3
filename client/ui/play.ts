// The table screen (loaded once the student has a seat): the Phaser table on top (or on the left on a wide
// screen), the panels beside it (what to do now, the talk channels, a text account of the table), the brief
// one tap away in the header, and the debrief when the round is over. Phaser itself loads on demand.
import { isSellerSeat, sellerOfSeat } from '../../shared/rules/seats.ts';
import { formatClock, language, onLanguage, t, tk } from '../i18n/index.ts';
import type { Store, Selection } from '../net/store.ts';
import type { StoreState } from '../net/types.ts';
import { ActionsPanel } from './actions.ts';
import { BriefDrawer } from './brief.ts';
import { seatContext, type SeatContext } from './context.ts';
import { tableSketch } from '../student/sketch.ts';
import { h, replace } from './dom.ts';
import { setDraft, setDraftScope } from './drafts.ts';
import { TableInfoPanel } from './table-info.ts';
import { ThreadsPanel } from './threads.ts';

type TabId = 'act' | 'talk' | 'table';
const TABS: TabId[] = ['act', 'talk', 'table'];

interface DebriefViewLike {
  readonly el: HTMLElement;
  show(state: StoreState, round: number): void;
}

/** Loads the table's code (Phaser and the scene) ahead of need; startGame then finds it loaded. */
export function preloadTable(): Promise<unknown> {
  return import('../student/game.ts');
}

export class PlayScreen {
  readonly el: HTMLElement;
  private readonly tableHost: HTMLElement;
  private readonly tabList: HTMLElement;
  private readonly panels: Record<TabId, HTMLElement>;
  private readonly tabButtons: Record<TabId, HTMLButtonElement>;
  private readonly controls: HTMLElement;
  private readonly clockEl: HTMLElement;
  private readonly briefButton: HTMLButtonElement;
  private readonly debriefButton: HTMLButtonElement;
  private readonly actions: ActionsPanel;
  private readonly threads: ThreadsPanel;
  private readonly info: TableInfoPanel;
  private readonly brief: BriefDrawer;
  private readonly debriefLayer: HTMLElement;
  private debrief: DebriefViewLike | null = null;
  private debriefRound: number | null = null;
  private autoOpened = new Set<number>();
  private tab: TabId = 'act';
  private game: { destroy(): void } | null = null;
  private gameStarted = false;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly unsubscribe: (() => void)[] = [];
  private ctx: SeatContext | null = null;

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    this.tableHost = h('div', {
      class: 'table-host',
      id: 'table-host',
      attrs: { role: 'img', 'aria-label': t('table.canvasLabel') },
    });
    this.actions = new ActionsPanel(store, () => this.openDebrief());
    this.threads = new ThreadsPanel(store);
    this.info = new TableInfoPanel();
    this.panels = {
      act: h(
        'div',
        { class: 'tabpanel', id: 'panel-act', attrs: { role: 'tabpanel', 'aria-labelledby': 'tab-act' } },
        this.actions.el,
      ),
      talk: h(
        'div',
        { class: 'tabpanel', id: 'panel-talk', attrs: { role: 'tabpanel', 'aria-labelledby': 'tab-talk' } },
        this.threads.el,
      ),
      table: h(
        'div',
        { class: 'tabpanel', id: 'panel-table', attrs: { role: 'tabpanel', 'aria-labelledby': 'tab-table' } },
        this.info.el,
      ),
    };
    this.tabButtons = {
      act: this.tabButton('act'),
      talk: this.tabButton('talk'),
      table: this.tabButton('table'),
    };
    this.tabList = h(
      'div',
      { class: 'tabs', attrs: { role: 'tablist' } },
      TABS.map((id) => this.tabButtons[id]),
    );
    this.tabList.addEventListener('keydown', (event) => this.onTabKey(event));
    this.brief = new BriefDrawer();
    this.debriefLayer = h('div', { class: 'debrief-layer', attrs: { hidden: true } });
    this.clockEl = h('div', { class: 'clock', id: 'stage-clock', attrs: { 'aria-live': 'off' } });
    this.briefButton = h('button', {
      class: 'secondary small',
      attrs: { type: 'button', id: 'open-brief', 'aria-haspopup': 'dialog' },
      on: { click: () => this.brief.open() },
    });
    this.debriefButton = h('button', {
      class: 'primary small',
      attrs: { type: 'button', id: 'open-debrief', hidden: true },
      on: { click: () => this.openDebrief() },
    });
    this.controls = h('div', { class: 'play-controls' }, this.clockEl, this.briefButton, this.debriefButton);
    this.el = h(
      'div',
      { class: 'screen play' },
      this.tableHost,
      h('div', { class: 'side' }, this.tabList, this.panels.act, this.panels.talk, this.panels.table),
      this.brief.el,
      this.debriefLayer,
    );
    document.getElementById('topbar-slot')?.replaceChildren(this.controls);
    this.timer = setInterval(() => this.renderClock(), 500);
    this.unsubscribe.push(store.onSelect((s) => this.onSelect(s)));
    this.unsubscribe.push(
      onLanguage(() => {
        this.actions.invalidate();
        this.threads.invalidate();
        this.info.invalidate();
        this.tableHost.setAttribute('aria-label', t('table.canvasLabel'));
        this.update(this.store.get());
        if (this.debrief && this.debriefRound !== null && !this.debriefLayer.hidden)
          this.debrief.show(this.store.get(), this.debriefRound);
      }),
    );
    this.selectTab('act', false);
  }

  update(state: StoreState) {
    const ctx = seatContext(state);
    if (!ctx) return;
    this.ctx = ctx;
    setDraftScope(`${state.session?.code ?? ''}.${ctx.seat}.r${ctx.view.round}`);
    if (!document.getElementById('topbar-slot')?.contains(this.controls))
      document.getElementById('topbar-slot')?.replaceChildren(this.controls);
    this.briefButton.textContent = t('brief.open');
    this.actions.update(ctx);
    this.threads.update(ctx, this.tab === 'talk');
    this.info.update(ctx);
    this.brief.update(ctx);
    this.renderTabs();
    this.renderClock();
    const debrief = state.debriefs[ctx.view.round];
    const over = ctx.view.phase === 'round-over';
    this.debriefButton.hidden = !debrief;
    this.debriefButton.textContent = t('debrief.open');
    if (debrief && over && !this.autoOpened.has(ctx.view.round)) {
      this.autoOpened.add(ctx.view.round);
      this.openDebrief();
    }
    if (
      !over &&
      this.debriefRound !== null &&
      this.debriefRound !== ctx.view.round &&
      !this.debriefLayer.hidden
    ) {
      this.closeDebrief();
    }
    this.startGame();
  }

  destroy() {
    clearInterval(this.timer);
    for (const off of this.unsubscribe) off();
    this.game?.destroy();
    this.game = null;
    this.controls.remove();
  }

  private startGame() {
    if (this.gameStarted) return;
    this.gameStarted = true;
    // A sketch of the table at once, while Phaser downloads (seconds on a slow link).
    const { clientWidth, clientHeight } = this.tableHost;
    this.tableHost.append(tableSketch(clientWidth, clientHeight, this.store.get().view));
    void import('../student/game.ts').then(({ startTable }) => {
      this.tableHost.replaceChildren();
      this.game = startTable(this.tableHost, this.store);
    });
  }

  private tabButton(id: TabId): HTMLButtonElement {
    return h('button', {
      class: 'tab',
      id: `tab-${id}`,
      attrs: { type: 'button', role: 'tab', 'aria-controls': `panel-${id}` },
      on: { click: () => this.selectTab(id, true) },
    });
  }

  private selectTab(id: TabId, focus: boolean) {
    this.tab = id;
    for (const tab of TABS) {
      const on = tab === id;
      this.panels[tab].hidden = !on;
      this.tabButtons[tab].setAttribute('aria-selected', String(on));
      this.tabButtons[tab].tabIndex = on ? 0 : -1;
    }
    if (focus) this.tabButtons[id].focus();
    if (this.ctx) this.threads.update(this.ctx, id === 'talk');
    this.renderTabs();
  }

  private onTabKey(event: KeyboardEvent) {
    const i = TABS.indexOf(this.tab);
    let next: TabId | undefined;
    if (event.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(i + TABS.length - 1) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (next) {
      event.preventDefault();
      this.selectTab(next, true);
    }
  }

  private renderTabs() {
    const unread = this.threads.unread();
    this.tabButtons.act.textContent = t('tabs.act');
    replace(
      this.tabButtons.talk,
      t('tabs.talk'),
      unread > 0
        ? h('span', {
            class: 'badge',
            text: String(unread),
            attrs: { 'aria-label': t('talk.new', { count: unread }) },
          })
        : null,
    );
    this.tabButtons.table.textContent = t('tabs.table');
    this.tabList.setAttribute('aria-label', t('tabs.label'));
  }

  private renderClock() {
    const view = this.ctx?.view;
    if (!view) return;
    let label: string;
    if (view.phase === 'lobby') label = t('phase.lobby');
    else if (view.phase === 'round-over') label = t('phase.round-over');
    else {
      const stage = view.stage ? tk(`stage.short.${view.stage}`, view.stage) : '';
      const step = view.step ? ` · ${tk(`step.${view.step}`, view.step)}` : '';
      const ms = this.store.remainingMs();
      const clock = view.paused ? t('clock.paused') : ms === null ? '' : formatClock(ms);
      label = `${stage}${step}${clock ? ` · ${clock}` : ''}`;
      this.clockEl.dataset.urgent = String(!view.paused && ms !== null && ms < 30_000);
    }
    if (this.clockEl.textContent !== label) this.clockEl.textContent = label;
    this.clockEl.dataset.lang = language();
  }

  private onSelect(selection: Selection) {
    const ctx = this.ctx;
    if (!ctx || selection.kind !== 'seat') return;
    const seat = selection.seat;
    if (seat === ctx.seat) {
      this.brief.open();
      return;
    }
    if (ctx.kind === 'seller' && !isSellerSeat(seat)) {
      setDraft('ask.to', seat);
      this.selectTab('act', false);
      this.actions.invalidate();
      this.actions.update(ctx);
      const field = document.getElementById('f-ask-text');
      field?.scrollIntoView({ block: 'center' });
      field?.focus({ preventScroll: true });
      return;
    }
    if (ctx.kind === 'obc' && isSellerSeat(seat)) {
      this.threads.openThread(sellerOfSeat(seat) ?? '');
      this.selectTab('talk', false);
      return;
    }
    this.selectTab('table', false);
  }

  private openDebrief() {
    const state = this.store.get();
    const round = this.ctx?.view.round ?? 1;
    const rounds = Object.keys(state.debriefs).map(Number);
    const target = state.debriefs[round] ? round : Math.max(...rounds);
    if (!Number.isFinite(target)) return;
    this.debriefRound = target;
    this.debriefLayer.hidden = false;
    if (this.debrief) {
      this.debrief.show(state, target);
      return;
    }
    replace(this.debriefLayer, h('p', { class: 'loading', text: t('debrief.loading') }));
    void import('./debrief.ts').then(({ DebriefView }) => {
      this.debrief = new DebriefView(() => this.closeDebrief());
      replace(this.debriefLayer, this.debrief.el);
      if (this.debriefRound !== null) this.debrief.show(this.store.get(), this.debriefRound);
    });
  }

  private closeDebrief() {
    this.debriefLayer.hidden = true;
    this.debriefButton.focus();
  }
}
