// The lobby: who is here (the synced players) and what happens next, until the instructor seats the class.
import { t } from '../i18n/index.ts';
import { sessionTitle } from '../i18n/labels.ts';
import type { Store } from '../net/store.ts';
import type { StoreState } from '../net/types.ts';
import { h, replace } from './dom.ts';

export class LobbyScreen {
  readonly el: HTMLElement;
  private readonly intro: HTMLElement;
  private readonly players: HTMLElement;
  private sig = '';

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    this.intro = h('div', { class: 'card lobby-intro' });
    this.players = h('div', { class: 'card lobby-players' });
    this.el = h('div', { class: 'screen lobby' }, this.intro, this.players);
  }

  update(state: StoreState, force = false) {
    const players = Object.values(state.synced?.players ?? {});
    // A big class lists only the first few dozen (the same for everyone: the server sends no more), and this
    // student among them; the heading counts everyone.
    const me = state.me;
    if (me && !players.some((p) => p.id === me.playerId))
      players.push({
        id: me.playerId,
        name: me.name,
        table: '',
        seat: '',
        connected: state.status === 'connected',
      });
    players.sort((a, b) => a.name.localeCompare(b.name));
    const count = Math.max(players.length, state.synced?.playerCount ?? 0);
    const sig = JSON.stringify([players, count, state.me, sessionTitle(state), state.status]);
    if (sig === this.sig && !force) return;
    this.sig = sig;
    const title = sessionTitle(state);
    replace(
      this.intro,
      h('h1', { text: t('lobby.heading', { title }) }),
      state.me ? h('p', { class: 'lead', text: t('lobby.you', { name: state.me.name }) }) : null,
      h(
        'p',
        { class: 'waiting', attrs: { role: 'status' } },
        h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
        t('lobby.waiting'),
      ),
      h('h2', { text: t('lobby.next') }),
      h(
        'ol',
        { class: 'steps' },
        h('li', { text: t('lobby.step1') }),
        h('li', { text: t('lobby.step2') }),
        h('li', { text: t('lobby.step3') }),
      ),
      h('button', {
        class: 'link',
        attrs: { type: 'button', id: 'leave-session' },
        text: t('join.leave'),
        on: { click: () => void this.store.leave() },
      }),
    );
    replace(
      this.players,
      h('h2', { text: t('lobby.players', { count }) }),
      h(
        'ul',
        { class: 'people', attrs: { id: 'lobby-players' } },
        players.map((p) =>
          h(
            'li',
            { class: p.id === state.me?.playerId ? 'me' : '' },
            h('span', {
              class: `dot ${p.connected ? 'on' : 'off'}`,
              attrs: { 'aria-label': p.connected ? t('lobby.online') : t('lobby.offline'), role: 'img' },
            }),
            h('span', { text: p.name }),
            p.id === state.me?.playerId ? h('small', { text: ` (${t('seat.you')})` }) : null,
          ),
        ),
      ),
    );
  }
}
