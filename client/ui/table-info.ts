// "Table": what the canvas shows, in words (for screen readers, and for anyone who prefers a list): the
// stage, every seat with its players, connection and readiness, and the latest public events.
import { formatTime, t } from '../i18n/index.ts';
import { roleLabel, sellerIdOf, sellerLabel } from '../i18n/labels.ts';
import { eventText, eventTitle } from '../i18n/events.ts';
import type { SeatContext } from './context.ts';
import { h, replace } from './dom.ts';

const LATEST = 8;

export class TableInfoPanel {
  readonly el: HTMLElement;
  private sig = '';

  constructor() {
    this.el = h('div', { class: 'table-info card', attrs: { id: 'table-info' } });
  }

  invalidate() {
    this.sig = '';
  }

  update(ctx: SeatContext) {
    const v = ctx.view;
    const events = ctx.state.events
      .filter((e) => e.type !== 'ready' && e.type !== 'seat-changed')
      .slice(-LATEST)
      .reverse();
    const sig = JSON.stringify([
      v.seats,
      v.presence,
      events.length,
      events[0]?.at,
      v.stage,
      v.step,
      document.documentElement.lang,
    ]);
    if (sig === this.sig) return;
    this.sig = sig;
    replace(
      this.el,
      h('h2', { text: t('tabs.table') }),
      h(
        'ul',
        { class: 'seats', attrs: { id: 'seat-list' } },
        v.seats.map((s) => {
          const seller = sellerIdOf(s.id);
          const label = seller ? sellerLabel(seller, ctx.scenario) : roleLabel(s.id);
          const live = v.presence[s.id] ?? 0;
          const names = s.players.map((p) => p.name);
          const who = names.length > 0 ? names.join(', ') : s.bot ? t('seat.bot') : t('seat.empty');
          return h(
            'li',
            { class: s.id === ctx.seat ? 'me' : '', data: { seat: s.id } },
            h('span', {
              class: `dot ${live > 0 || s.bot ? 'on' : 'off'}`,
              attrs: {
                role: 'img',
                'aria-label':
                  live > 0 ? t('seat.online', { count: live }) : s.bot ? t('seat.bot') : t('lobby.offline'),
              },
            }),
            h('strong', { text: label }),
            ` · ${who}`,
            s.id === ctx.seat ? ` (${t('seat.you')})` : '',
            s.ready ? h('span', { class: 'tag ok', text: t('seat.ready') }) : null,
          );
        }),
      ),
      h('h3', { text: t('table.latest') }),
      h(
        'ol',
        { class: 'events', attrs: { id: 'event-list' } },
        events.map((e) =>
          h(
            'li',
            null,
            h('small', { text: `${formatTime(e.at)} · ` }),
            h('strong', { text: eventTitle(e.type) }),
            ` ${eventText(e, ctx.scenario)}`,
          ),
        ),
      ),
    );
  }
}
