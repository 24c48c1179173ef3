// The debrief (loaded on demand): the outcome, the hidden priorities revealed, value against price, the
// alignment heat map, each offer's discovery, credibility and value proposition, the timeline, and the teaching
// notes in the student's language. Laid out as one readable column on a phone.
import { isSellerSeat } from '../../shared/rules/seats.ts';
import { formatNumber, formatPercent, formatTime, t, tk } from '../i18n/index.ts';
import { dimLabel, dimList, levelWord, money, roleLabel, seatInitials, sellerLabel } from '../i18n/labels.ts';
import { eventText, eventTitle } from '../i18n/events.ts';
import type { Debrief, PublicScenario, StoreState } from '../net/types.ts';
import { heatmap, valueChart, weightBars } from './charts.ts';
import { predictionsCard } from './debrief-predictions.ts';
import { h, replace } from './dom.ts';

type Offer = Debrief['offers'][number];
type Note = Debrief['notes'][number];

export class DebriefView {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  private readonly title: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private offerTab: string | null = null;
  private last: { state: StoreState; round: number } | null = null;

  constructor(onClose: () => void) {
    this.title = h('h1', { id: 'debrief-title' });
    this.closeButton = h('button', {
      class: 'secondary small',
      attrs: { type: 'button', id: 'close-debrief' },
      on: { click: onClose },
    });
    this.body = h('div', { class: 'debrief-body' });
    this.el = h(
      'section',
      {
        class: 'debrief',
        attrs: { id: 'debrief', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'debrief-title' },
      },
      h('div', { class: 'debrief-head' }, this.title, this.closeButton),
      this.body,
    );
    this.el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') onClose();
    });
  }

  show(state: StoreState, round: number) {
    this.last = { state, round };
    const d = state.debriefs[round];
    const sc = state.scenario;
    this.title.textContent = t('debrief.heading', { round });
    this.closeButton.textContent = t('debrief.close');
    if (!d) {
      replace(this.body, h('p', { text: t('debrief.loading') }));
      return;
    }
    const rounds = Object.keys(state.debriefs)
      .map(Number)
      .sort((a, b) => a - b);
    const mySeller =
      state.view?.viewer.kind === 'seat' && isSellerSeat(state.view.viewer.seat)
        ? state.view.viewer.seat.slice(7)
        : null;
    if (!this.offerTab || !d.offers.some((o) => o.seller === this.offerTab))
      this.offerTab = mySeller ?? d.decision.winner ?? d.offers[0]?.seller ?? null;
    replace(
      this.body,
      rounds.length > 1
        ? h(
            'nav',
            { class: 'row wrap', attrs: { 'aria-label': t('round.label', { round, total: rounds.length }) } },
            rounds.map((r) =>
              h('button', {
                class: r === round ? 'primary small' : 'secondary small',
                attrs: { type: 'button', 'aria-pressed': String(r === round) },
                text: t('debrief.heading', { round: r }),
                on: { click: () => this.show(state, r) },
              }),
            ),
          )
        : null,
      this.outcome(d, sc),
      predictionsCard(d, sc, state.view?.viewer),
      this.notes(d, sc),
      this.valueSection(d, sc),
      this.offersSection(d, sc),
      this.hidden(d, sc),
      this.timeline(d, sc),
    );
    this.closeButton.focus();
  }

  private outcome(d: Debrief, sc: PublicScenario | null) {
    const winner = d.decision.winner;
    const won = d.offers.find((o) => o.won);
    const votes = Object.entries(d.decision.votes).map(
      ([role, seller]) => `${roleLabel(role)} → ${seller ? sellerLabel(seller, sc) : '–'}`,
    );
    const ratings = Object.entries(d.ratings).map(
      ([role, r]) => `${roleLabel(role)}: ${r?.rating ?? '–'}★${r?.comment ? ` “${r.comment}”` : ''}`,
    );
    return h(
      'section',
      { class: 'card', attrs: { id: 'debrief-outcome' } },
      h('h2', { text: t('debrief.outcome') }),
      h('p', {
        class: 'outcome',
        text: winner
          ? t('decision.winner', { seller: sellerLabel(winner, sc), price: won ? money(won.price, sc) : '–' })
          : t('decision.none'),
      }),
      h('p', { class: 'hint', text: tk(`decision.reason.${d.decision.reason}`, d.decision.reason) }),
      d.decision.quality !== null
        ? h(
            'div',
            { class: 'quality' },
            h(
              'p',
              null,
              h('strong', { text: t('debrief.quality', { value: formatPercent(d.decision.quality) }) }),
            ),
            h(
              'div',
              {
                class: 'meter',
                attrs: {
                  role: 'meter',
                  'aria-label': t('debrief.quality', { value: formatPercent(d.decision.quality) }),
                  'aria-valuemin': 0,
                  'aria-valuemax': 1,
                  'aria-valuenow': d.decision.quality,
                },
              },
              h('span', { style: { width: `${Math.min(100, d.decision.quality * 100)}%` } }),
            ),
            h('p', { class: 'hint', text: t('debrief.qualityHint') }),
          )
        : null,
      d.decision.bestValueSeller
        ? h('p', { text: t('debrief.bestValue', { seller: sellerLabel(d.decision.bestValueSeller, sc) }) })
        : null,
      votes.length > 0
        ? h('p', { class: 'hint', text: `${t('debrief.votes')}: ${votes.join(' · ')}` })
        : null,
      ratings.length > 0
        ? h('p', { class: 'hint', text: `${t('debrief.ratings')}: ${ratings.join(' · ')}` })
        : null,
      h('p', {
        class: 'hint',
        text: t('debrief.channels', { obc: d.channels.obc, bs: d.channels.buyerSeller }),
      }),
    );
  }

  private notes(d: Debrief, sc: PublicScenario | null) {
    return h(
      'section',
      { class: 'card notes', attrs: { id: 'debrief-notes' } },
      h('h2', { text: t('debrief.notes') }),
      h(
        'ul',
        null,
        d.notes.map((n) => h('li', { data: { concept: n.concept }, text: noteText(n, sc, d) })),
      ),
    );
  }

  private valueSection(d: Debrief, sc: PublicScenario | null) {
    const weight = priceWeight(d);
    return h(
      'section',
      { class: 'card', attrs: { id: 'debrief-value' } },
      h('h2', { text: t('debrief.value') }),
      d.offers.length === 0 ? h('p', { text: t('debrief.none') }) : valueChart(d.offers, sc, weight),
      h(
        'ul',
        { class: 'plain', attrs: { id: 'debrief-value-rows' } },
        d.offers.map((o) =>
          h(
            'li',
            { data: { seller: o.seller } },
            h('strong', { text: sellerLabel(o.seller, sc) }),
            ` · ${t('debrief.valueRow', {
              gross: money(o.grossValue, sc),
              perceived: money(perceivedBeforePrice(o, weight), sc),
              price: money(o.price, sc),
              net: money(o.buyerValue, sc),
              perceivedNet: money(o.perceivedValue, sc),
            })}`,
          ),
        ),
      ),
      d.offers.length > 0
        ? h('p', { class: 'hint', text: t('debrief.netHint', { share: formatPercent(weight) }) })
        : null,
    );
  }

  private offersSection(d: Debrief, sc: PublicScenario | null) {
    if (d.offers.length === 0) return null;
    const current = d.offers.find((o) => o.seller === this.offerTab) ?? d.offers[0];
    if (!current) return null;
    return h(
      'section',
      { class: 'card', attrs: { id: 'debrief-offers' } },
      h('h2', { text: t('debrief.heatmap') }),
      h(
        'div',
        { class: 'row wrap', attrs: { role: 'group', 'aria-label': t('debrief.heatmap') } },
        d.offers.map((o) =>
          h('button', {
            class: o.seller === current.seller ? 'primary small' : 'secondary small',
            attrs: { type: 'button', 'aria-pressed': String(o.seller === current.seller) },
            text: t('debrief.offer', { seller: sellerLabel(o.seller, sc) }),
            on: {
              click: () => {
                this.offerTab = o.seller;
                if (this.last) this.show(this.last.state, this.last.round);
              },
            },
          }),
        ),
      ),
      h('p', { class: 'hint', text: t('debrief.heatmapHint') }),
      heatmap(current, sc, topPriorities(d)),
      h(
        'p',
        { class: 'hint legend' },
        (current.heatmap[0]?.cells ?? [])
          .map((c) => `${seatInitials(c.role)} = ${roleLabel(c.role)}`)
          .join(' · '),
      ),
      h(
        'p',
        null,
        h('strong', { text: t('debrief.alignment', { value: formatPercent(current.alignment.overall) }) }),
      ),
      this.offerDetail(current, sc, d.trust[current.seller]),
    );
  }

  private offerDetail(o: Offer, sc: PublicScenario | null, trust?: { before: number; after: number }) {
    const headroom = headroomText(o, sc);
    return h(
      'div',
      { class: 'offer-detail' },
      h('h3', {
        text: `${sellerLabel(o.seller, sc)} · ${o.won ? t('debrief.won') : o.eligible ? t('debrief.lost') : t('debrief.ineligible')}`,
      }),
      h('p', { text: t('debrief.margin', { margin: money(o.margin, sc), total: money(o.marginTotal, sc) }) }),
      o.valueCaptured !== null
        ? h('p', { text: t('debrief.captured', { value: formatPercent(o.valueCaptured) }) })
        : null,
      trust
        ? h('p', {
            text: t('debrief.trust', {
              before: formatPercent(trust.before),
              after: formatPercent(trust.after),
            }),
          })
        : null,
      headroom ? h('p', { text: headroom }) : null,
      h(
        'p',
        null,
        h('strong', {
          text: t('debrief.vp', { type: tk(`vp.${o.valueProposition.type}`, o.valueProposition.type) }),
        }),
      ),
      h('p', {
        class: o.valueProposition.fit.ok ? 'ok' : 'warn',
        text: t(o.valueProposition.fit.ok ? 'debrief.fit.ok' : 'debrief.fit.no', {
          rule: tk(`debrief.rule.${o.valueProposition.fit.rule}`, o.valueProposition.fit.rule),
        }),
      }),
      h('p', { class: 'hint', text: t('offers.leadWith', { list: dimList(o.leadWith, sc) }) }),
      h('h3', { text: t('debrief.discovery', { value: formatPercent(o.discovery.overall) }) }),
      h(
        'ul',
        { class: 'plain' },
        o.discovery.byMember.map((m) =>
          h('li', {
            text: `${t('debrief.found', { role: roleLabel(m.role), found: m.found.length, top: m.top.length })}${m.top.length ? ` (${dimList(m.top, sc)})` : ''}`,
          }),
        ),
      ),
      h('h3', { text: t('debrief.credibility') }),
      h(
        'ul',
        { class: 'plain claims' },
        o.credibility.claims.map((c) =>
          h(
            'li',
            { class: c.gap > 0 ? 'gap' : '' },
            h('strong', { text: dimLabel(c.dimension, sc) }),
            ` ${t('debrief.claimRow', { claimed: c.claimed, delivered: c.delivered })}`,
            c.gap > 0 ? h('span', { class: 'flag', text: ` ${t('delivered.gap')}` }) : null,
            c.backed ? h('span', { class: 'tag ok', text: t('debrief.backed') }) : null,
          ),
        ),
      ),
    );
  }

  private hidden(d: Debrief, sc: PublicScenario | null) {
    return h(
      'section',
      { class: 'card', attrs: { id: 'debrief-hidden' } },
      h('h2', { text: t('debrief.hidden') }),
      h(
        'div',
        { class: 'members' },
        d.hiddenPriorities.map((m) =>
          h(
            'article',
            { class: 'member', data: { role: m.role } },
            h('h3', { text: roleLabel(m.role) }),
            h('p', { class: 'hint', text: t('debrief.influence', { value: formatNumber(m.influence) }) }),
            h(
              'div',
              { class: 'meter', attrs: { 'aria-hidden': 'true' } },
              h('span', { style: { width: `${m.influence}%` } }),
            ),
            weightBars(m.weights, m.topPriorities, sc),
            h('p', { class: 'hint', text: t('debrief.top', { list: dimList(m.topPriorities, sc) }) }),
            h('p', {
              class: 'hint',
              text: t('debrief.sensitivity', {
                price: `${levelWord(m.priceSensitivity, 2)} (${formatPercent(m.priceSensitivity)})`,
                risk: `${levelWord(m.riskAversion)} (${formatPercent(m.riskAversion)})`,
              }),
            }),
            m.mustHaves.length > 0
              ? h('p', {
                  class: 'hint',
                  text: t('debrief.mustHaves', {
                    list: m.mustHaves.map((x) => `${dimLabel(x.dimension, sc)} ≥ ${x.minLevel}`).join(', '),
                  }),
                })
              : null,
            d.benefitsSought[m.role]
              ? h('p', {
                  class: 'hint',
                  text: t('debrief.sought', { list: dimList(d.benefitsSought[m.role] ?? [], sc) }),
                })
              : null,
          ),
        ),
      ),
    );
  }

  private timeline(d: Debrief, sc: PublicScenario | null) {
    return h(
      'section',
      { class: 'card', attrs: { id: 'debrief-timeline' } },
      h('h2', { text: t('debrief.timeline') }),
      h('ol', { class: 'timeline' }, timelineItems(d, sc)),
    );
  }
}

/** The timeline's events as list items: time, what happened, and the sentence in the reader's language. */
export function timelineItems(d: Debrief, sc: PublicScenario | null): HTMLElement[] {
  return d.timeline.map((e) =>
    h(
      'li',
      { data: { type: e.type } },
      h('time', { text: formatTime(e.at) }),
      h('strong', { text: eventTitle(e.type) }),
      h('span', { text: eventText(e, sc) }),
    ),
  );
}

/**
 * How much price weighs with the buying center as a whole: each member's price sensitivity weighted by its
 * influence. The net values of the debrief are the value before price less the price times this.
 */
export function priceWeight(d: Debrief): number {
  return d.hiddenPriorities.reduce((sum, m) => sum + (m.influence / 100) * m.priceSensitivity, 0);
}

/** The perceived value before price, on the same footing as the objective value before price. */
export function perceivedBeforePrice(o: Offer, weight: number): number {
  return o.perceivedValue + weight * o.price;
}

/** Each member's top priorities, for the heat map's hits. */
function topPriorities(d: Debrief): Map<string, readonly string[]> {
  return new Map(d.hiddenPriorities.map((m) => [m.role, m.topPriorities]));
}

/** How far the price could have moved, as a price and against the list price. */
export function headroomText(o: Offer, sc: PublicScenario | null): string | null {
  if (o.priceHeadroom === null) return null;
  const max = o.price + o.priceHeadroom;
  if (o.priceHeadroom < 0)
    return t('debrief.headroom.down', { max: money(max, sc), value: money(-o.priceHeadroom, sc) });
  const list = o.listPrice > 0 ? o.listPrice : o.price;
  const relative = (max - list) / list;
  return t(relative >= 0 ? 'debrief.headroom.up' : 'debrief.headroom.upBelow', {
    max: money(max, sc),
    value: money(o.priceHeadroom, sc),
    percent: formatPercent(Math.abs(relative)),
    list: money(list, sc),
  });
}

/** A teaching note as a sentence in the student's language. */
export function noteText(note: Note, sc: PublicScenario | null, d?: Debrief): string {
  const p = note.params;
  const str = (key: string) => (p[key] === undefined ? '' : String(p[key]));
  const num = (key: string) => (typeof p[key] === 'number' ? p[key] : Number(p[key]));
  const seller = p.seller !== undefined ? sellerLabel(str('seller'), sc) : '';
  switch (note.concept) {
    case 'purchase-type':
      return tk(`note.purchase-type.${str('type')}`, str('type'));
    case 'decision-quality':
      return t('note.decision-quality', {
        quality: formatPercent(num('quality')),
        best: str('best') === '-' ? '–' : sellerLabel(str('best'), sc),
      });
    case 'pod-at-parity':
      return t('note.pod-at-parity', {
        seller,
        dimensions: dimList(
          str('dimensions')
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
          sc,
        ),
      });
    case 'broken-promise':
      return t('note.broken-promise', { seller, count: num('count') });
    case 'discovery':
      return t('note.discovery', { seller, coverage: formatPercent(num('coverage')) });
    case 'value-left': {
      const offer = d?.offers.find((o) => o.seller === str('seller'));
      const headroom = num('headroom');
      return t('note.value-left', {
        seller,
        headroom: money(headroom, sc),
        max: offer ? money(offer.price + headroom, sc) : '–',
      });
    }
    default:
      return tk(`note.${note.concept}`, `${note.concept} ${JSON.stringify(p)}`, { seller });
  }
}
