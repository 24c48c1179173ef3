// The debrief (loaded on demand). Its first screen, sized for a phone, says what the student should take away:
// the outcome (who won, at what price), the student's own result (a seller's contract and margin, a member's
// decision quality and where their vote went) and the two teaching notes that matter most for their seat. The
// rest is one tap away, each part a <details> section (native, keyboard-usable, read out as expandable): how the
// buying center decided, every note for this seat, value against price, the alignment heat map and each offer's
// discovery, credibility and value proposition, the hidden priorities revealed, and the timeline.
import { notesFor } from '../../shared/rules/note-kinds.ts';
import { isObcRole, isSellerSeat } from '../../shared/rules/seats.ts';
import { fill, formatList, formatNumber, formatPercent, formatTime, language, t, tk } from '../i18n/index.ts';
import { notesEn } from '../i18n/notes-en.ts';
import { notesFi } from '../i18n/notes-fi.ts';
import { notesPl } from '../i18n/notes-pl.ts';
import {
  dimLabel,
  dimList,
  levelWord,
  money,
  roleLabel,
  seatInitials,
  seatLabel,
  sellerLabel,
} from '../i18n/labels.ts';
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
  /** The sections the student opened: kept open across re-renders. */
  private readonly open = new Set<string>();
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
    const seat = state.view?.viewer.kind === 'seat' ? state.view.viewer.seat : null;
    const mySeller = seat && isSellerSeat(seat) ? seat.slice(7) : null;
    if (!this.offerTab || !d.offers.some((o) => o.seller === this.offerTab))
      this.offerTab = mySeller ?? d.decision.winner ?? d.offers[0]?.seller ?? null;
    const mine = notesFor(d.notes, seat);
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
      this.summary(d, sc, seat, mine),
      h('p', { class: 'hint', text: t('debrief.openHint') }),
      this.section('debrief-decision', t('debrief.decision'), this.decisionDetail(d, sc)),
      this.notes(sc, mine),
      predictionsCard(d, sc, state.view?.viewer),
      this.valueSection(d, sc),
      this.offersSection(d, sc),
      this.jobsSection(d, sc),
      this.hidden(d, sc),
      this.timeline(d, sc),
    );
    // Focus moves to the dialog when it opens; a re-render while the student reads leaves it where it is.
    if (!this.el.contains(document.activeElement)) this.closeButton.focus();
  }

  /**
   * A section one tap away: a <details> whose open state survives the re-renders the table's updates cause.
   * The heading stays a heading (the summary holds it), so the debrief reads as an outline.
   */
  private section(id: string, title: string, ...content: (Node | null)[]) {
    const el = h(
      'details',
      { class: 'card fold', attrs: { id, open: this.open.has(id) } },
      h('summary', { attrs: { id: `${id}-summary` } }, h('h2', { text: title })),
      ...content,
    );
    el.addEventListener('toggle', () => {
      if (el.open) this.open.add(id);
      else this.open.delete(id);
    });
    return el;
  }

  /** The first screen: the outcome, the student's own result, and the two notes that matter most to them. */
  private summary(d: Debrief, sc: PublicScenario | null, seat: string | null, mine: Note[]) {
    const winner = d.decision.winner;
    const won = d.offers.find((o) => o.won);
    const lessons = mine.slice(0, 2);
    return h(
      'section',
      { class: 'card summary', attrs: { id: 'debrief-outcome', 'aria-label': t('debrief.outcome') } },
      // The outcome is the heading: the first thing read, and a line saved on a phone.
      h('h2', {
        class: 'outcome',
        text: winner
          ? t('decision.winner', { seller: sellerLabel(winner, sc), price: won ? money(won.price, sc) : '–' })
          : t('decision.none'),
      }),
      seat ? this.own(d, sc, seat) : null,
      seat
        ? h(
            'div',
            { class: 'lessons' },
            h('h3', { text: t('debrief.lessons', { count: Math.max(1, lessons.length) }) }),
            lessons.length > 0
              ? h(
                  'ol',
                  { attrs: { id: 'debrief-lessons' } },
                  lessons.map((n) => noteItem(n, sc)),
                )
              : h('p', { class: 'hint', attrs: { id: 'debrief-lessons' }, text: t('debrief.noLessons') }),
          )
        : null,
    );
  }

  /** The seat's own result: a seller team's contract and margin; a member's decision quality and vote. */
  private own(d: Debrief, sc: PublicScenario | null, seat: string) {
    const lines: string[] = [];
    if (isSellerSeat(seat)) {
      const o = d.offers.find((x) => x.seller === seat.slice(7));
      if (!o) lines.push(t('debrief.own.none'));
      else if (d.acceptance?.seller === o.seller)
        lines.push(t('debrief.own.void', { total: money(o.marginTotal, sc) }));
      else if (o.won)
        lines.push(t('debrief.own.won', { total: money(o.marginTotal, sc), margin: money(o.margin, sc) }));
      else lines.push(t('debrief.own.lost', { total: money(o.marginTotal, sc) }));
    } else if (isObcRole(seat)) {
      if (d.decision.quality !== null)
        lines.push(t('debrief.own.quality', { value: formatPercent(d.decision.quality) }));
      const vote = d.decision.votes[seat];
      if (!vote) lines.push(t('debrief.own.vote.none'));
      else
        lines.push(
          t(vote === d.decision.winner ? 'debrief.own.vote.winner' : 'debrief.own.vote.other', {
            seller: sellerLabel(vote, sc),
          }),
        );
    }
    return h(
      'p',
      { class: 'own', attrs: { id: 'debrief-own' } },
      h('strong', { text: `${t('debrief.own')}: ` }),
      lines.join(' '),
    );
  }

  private decisionDetail(d: Debrief, sc: PublicScenario | null) {
    const votes = Object.entries(d.decision.votes).map(
      ([role, seller]) => `${roleLabel(role)} → ${seller ? sellerLabel(seller, sc) : '–'}`,
    );
    const ratings = Object.entries(d.ratings).map(
      ([role, r]) => `${roleLabel(role)}: ${r?.rating ?? '–'}★${r?.comment ? ` “${r.comment}”` : ''}`,
    );
    return h(
      'div',
      null,
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

  private notes(sc: PublicScenario | null, mine: Note[]) {
    return this.section(
      'debrief-notes',
      t('debrief.notesFor', { count: mine.length }),
      mine.length > 0
        ? h(
            'ul',
            { class: 'notes' },
            mine.map((n) => noteItem(n, sc)),
          )
        : h('p', { class: 'hint', text: t('debrief.noLessons') }),
    );
  }

  private valueSection(d: Debrief, sc: PublicScenario | null) {
    const weight = priceWeight(d);
    return this.section(
      'debrief-value',
      t('debrief.value'),
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

  /** Who did which job: every seat, each player of a seller team with the roles they held. */
  private jobsSection(d: Debrief, sc: PublicScenario | null) {
    const jobs = d.jobs ?? [];
    return this.section(
      'debrief-jobs',
      t('debrief.jobs'),
      jobs.length === 0
        ? h('p', { class: 'hint', text: t('debrief.jobsNone') })
        : h(
            'ul',
            { class: 'jobs' },
            jobs.map((j) =>
              h('li', {
                data: { seat: j.seat },
                text: `${seatLabel(j.seat, sc)}${j.name ? ` · ${j.name}` : ''}${
                  j.roles.length > 0 && j.roles.length < 3
                    ? ` (${j.roles.map((r) => tk(`sellerRole.${r}`, r)).join(', ')})`
                    : ''
                }: ${Object.entries(j.done)
                  .map(([type, n]) => `${jobLabel(type)}${n > 1 ? ` ×${n}` : ''}`)
                  .join(', ')}`,
              }),
            ),
          ),
      this.groundworkList(d, sc),
    );
  }

  /** The selling center's groundwork set beside the proposal: whose answers it drew on, what the proposal kept. */
  private groundworkList(d: Debrief, sc: PublicScenario | null) {
    const rows = d.groundwork ?? [];
    if (rows.length === 0) return null;
    const who = (player: string | null) =>
      player === null ? nk('debrief.aBot', '') : (d.jobs.find((j) => j.player === player)?.name ?? player);
    const members = (roles: readonly string[]) =>
      roles.length > 0 ? roles.map((r) => roleLabel(r)).join(', ') : nk('debrief.noAnswers', '');
    return h(
      'div',
      { class: 'groundwork', attrs: { id: 'debrief-groundwork' } },
      h('h3', { text: nk('debrief.groundwork', '') }),
      h(
        'ul',
        null,
        rows.flatMap((g) => [
          g.draft
            ? h('li', {
                data: { seller: g.seller, part: 'draft' },
                text: nk('debrief.draftLine', '', {
                  seller: sellerLabel(g.seller, sc),
                  player: who(g.draft.player),
                  options: g.draft.options.length,
                  claims: Object.keys(g.draft.claims).length,
                  members: members(g.draft.answers),
                  keptOptions: g.draft.kept.options,
                  keptClaims: g.draft.kept.claims,
                }),
              })
            : null,
          g.evidence
            ? h('li', {
                data: { seller: g.seller, part: 'evidence' },
                text: nk('debrief.evidenceLine', '', {
                  seller: sellerLabel(g.seller, sc),
                  player: who(g.evidence.player),
                  evidence: g.evidence.evidence.length,
                  members: members(g.evidence.answers),
                  kept: g.evidence.kept,
                }),
              })
            : null,
        ]),
      ),
    );
  }

  private offersSection(d: Debrief, sc: PublicScenario | null) {
    if (d.offers.length === 0) return null;
    const current = d.offers.find((o) => o.seller === this.offerTab) ?? d.offers[0];
    if (!current) return null;
    return this.section(
      'debrief-offers',
      t('debrief.heatmap'),
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
    return this.section(
      'debrief-hidden',
      t('debrief.hidden'),
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
    return this.section(
      'debrief-timeline',
      t('debrief.timeline'),
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

const SELLER_PARAMS = [
  'seller',
  'rival',
  'leader',
  'without',
  'winner',
  'best',
  'about',
  'leaderBefore',
  'leaderAfter',
];
const ROLE_PARAMS = ['member', 'by', 'caughtBy'];
const DIMENSION_PARAMS = ['dimension', 'alt', 'check', 'top'];
const MONEY_PARAMS = [
  'price',
  'max',
  'headroom',
  'before',
  'after',
  'cut',
  'total',
  'target',
  'needed',
  'cost',
  'saved',
  'damages',
  'penalty',
];
const LEVEL_PARAMS = [
  'own',
  'rivalLevel',
  'altOwn',
  'altRival',
  'claimed',
  'delivered',
  'believed',
  'minLevel',
  'reach',
];

/** A note's facts as the words and figures its sentences take: names, benefits, money, levels, shares. */
function noteWords(note: Note, sc: PublicScenario | null): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(note.params)) {
    const text = String(value);
    if (SELLER_PARAMS.includes(key)) out[key] = text ? sellerLabel(text, sc) : '–';
    else if (ROLE_PARAMS.includes(key)) out[key] = roleLabel(text);
    else if (DIMENSION_PARAMS.includes(key)) out[key] = dimLabel(text, sc);
    else if (MONEY_PARAMS.includes(key)) out[key] = money(Number(value), sc);
    else if (LEVEL_PARAMS.includes(key))
      out[key] = formatNumber(Number(value), Number.isInteger(value) ? 0 : 1);
    else if (key === 'share' || key === 'formality') out[key] = formatPercent(Number(value) / 100);
    else if (key === 'quality') out[key] = formatPercent(Number(value));
    else if (key === 'sellers')
      out[key] = formatList(
        text
          .split(',')
          .filter(Boolean)
          .map((x) => sellerLabel(x, sc)),
      );
    else if (key === 'evidence') out[key] = lowerFirst(tk(`evidence.${text}`, text));
    else if (key === 'rule') out[key] = tk(`debrief.rule.${text}`, text);
    else if (key === 'type' && note.kind === 'focus') out[key] = tk(`vp.${text}`, text);
    else if (key === 'type' || key === 'nextType') out[key] = lowerFirst(tk(`purchase.${text}`, text));
    else out[key] = value;
  }
  // The checks name the seller checked as `about`; where the note's own seller is meant, it is that one.
  if (out.about === undefined && out.seller !== undefined) out.about = out.seller;
  return out;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

const NOTE_STRINGS = { en: notesEn, fi: notesFi, pl: notesPl } as const;

/** A teaching note's sentence in the current language (English where one is missing), or the fallback. */
export function nk(key: string, fallback: string, params?: Record<string, string | number>): string {
  const strings: Readonly<Record<string, string>> = NOTE_STRINGS[language()];
  const english: Readonly<Record<string, string>> = notesEn;
  const template = Object.hasOwn(strings, key)
    ? strings[key]
    : Object.hasOwn(english, key)
      ? english[key]
      : undefined;
  return template === undefined ? fallback : fill(template, params);
}

/** The message keys of a note's sentences: what happened (with the variant its facts call for), then more. */
function factKeys(note: Note): string[] {
  const p = note.params;
  const base = `note.${note.kind}`;
  switch (note.kind) {
    case 'fit':
      return [`note.fit.${String(p.rule)}`];
    case 'overclaim':
      return [base, p.caughtBy ? `${base}.caught` : '', p.damages ? `${base}.damages` : ''];
    case 'bafo':
      return [
        Number(p.cut) > 0 ? base : `${base}.kept`,
        p.target !== undefined ? `${base}.target` : '',
        `${base}.${p.changed ? 'changed' : 'same'}`,
      ];
    case 'bafo-buyer':
      return [
        base,
        `note.bafo.${p.changed ? 'changed' : 'same'}`,
        Number(p.saved) > 0 ? `${base}.saved` : '',
      ];
    case 'pivotal-vote':
      return [p.without ? base : p.share === 100 ? `${base}.alone` : `${base}.none`];
    case 'sign-off-rejection':
      return [base, `${base}.${p.winner ? 'after' : 'none'}`];
    case 'spec-weight':
      return [base, p.outcome ? `${base}.outcome` : ''];
    case 'spec-void':
      return [p.minLevel === undefined ? `${base}.claim` : base];
    case 'decision-quality':
      return [base, `${base}.${String(p.cause)}`];
    case 'purchase-type':
      return [p.fixed ? `${base}.fixed` : base];
    case 'unvoiced-priority':
      return [base, `${base}.${p.sought ? 'sought' : 'unsought'}`];
    case 'customer-need':
      return [p.addressed ? `${base}.addressed` : base];
    case 'market-shift':
      return [
        base,
        p.seller !== undefined ? `${base}.${p.stressed ? 'stressed' : 'missed'}` : '',
        p.winner !== undefined ? `${base}.delivered` : '',
      ];
    default:
      return [base];
  }
}

/** A teaching note in the student's language: its concept, what happened at the table, what to try next time. */
export function noteParts(
  note: Note,
  sc: PublicScenario | null,
): { concept: string; fact: string; next: string } {
  const words = noteWords(note, sc);
  const fact = factKeys(note)
    .filter(Boolean)
    .map((key) => nk(key, '', words))
    .filter(Boolean)
    .join(' ');
  const next = nk(`next.${note.next}`, '', words);
  return {
    concept: nk(`noteConcept.${note.concept}`, note.concept),
    fact: fact || `${note.kind} ${JSON.stringify(note.params)}`,
    next: next ? nk('note.next', '', { text: next }) : '',
  };
}

/** A teaching note as one text: what happened, then what to try next time. */
export function noteText(note: Note, sc: PublicScenario | null): string {
  const parts = noteParts(note, sc);
  return [parts.fact, parts.next].filter(Boolean).join(' ');
}

/** A teaching note as a list item: the concept it illustrates as a tag, the fact, and what to try. */
export function noteItem(note: Note, sc: PublicScenario | null): HTMLElement {
  const parts = noteParts(note, sc);
  return h(
    'li',
    { class: 'note', data: { concept: note.concept, kind: note.kind } },
    h('span', { class: 'tag concept', text: parts.concept }),
    ' ',
    h('span', { class: 'fact', text: parts.fact }),
    parts.next ? h('span', { class: 'next', text: ` ${parts.next}` }) : null,
  );
}

/** A job as the debrief names it: its label in the interface language (an intent type of an older log: as recorded). */
export function jobLabel(type: string): string {
  return tk(`job.${type}`, tk(`event.${type}`, type));
}
