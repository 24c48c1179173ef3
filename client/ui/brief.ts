// The private brief, always one tap away (a modal dialog: Esc closes it, the focus returns to the button).
// A buying-center seat sees its role, the brief, its hidden weights as its own priorities, must-haves and
// pet-concern cards; a seller sees its offering sheet: true levels, unit cost, list price, options, evidence.
import { formatNumber, formatPercent, t, tk } from '../i18n/index.ts';
import { dimLabel, levelWord, memberTitle, money, roleLabel, sellerLabel, text } from '../i18n/labels.ts';
import type { Member } from '../net/types.ts';
import type { SeatContext } from './context.ts';
import { h, replace } from './dom.ts';

export class BriefDrawer {
  readonly el: HTMLDialogElement;
  private readonly body: HTMLElement;
  private readonly title: HTMLElement;
  private readonly closeButton: HTMLButtonElement;
  private sig = '';

  constructor() {
    this.title = h('h2', { id: 'brief-title' });
    this.closeButton = h('button', {
      class: 'secondary small',
      attrs: { type: 'button', id: 'close-brief' },
      on: { click: () => this.el.close() },
    });
    this.body = h('div', { class: 'brief-body' });
    this.el = h(
      'dialog',
      { class: 'drawer', id: 'brief', attrs: { 'aria-labelledby': 'brief-title' } },
      h('div', { class: 'drawer-head' }, this.title, this.closeButton),
      this.body,
    );
    this.el.addEventListener('click', (event) => {
      // A tap on the backdrop closes the dialog.
      if (event.target === this.el) this.el.close();
    });
  }

  open() {
    if (!this.el.open) this.el.showModal();
    this.closeButton.focus();
  }

  update(ctx: SeatContext) {
    const sig = JSON.stringify([
      ctx.view.brief,
      ctx.scenario?.meta.id,
      ctx.seat,
      document.documentElement.lang,
    ]);
    if (sig === this.sig) return;
    this.sig = sig;
    this.closeButton.textContent = t('brief.close');
    const parts = briefParts(ctx);
    this.title.textContent = parts.title;
    replace(this.body, ...parts.body);
  }
}

/** A seat's brief: its heading and its body. The drawer, the console's preview and the printed briefs show these. */
export function briefParts(ctx: SeatContext): { title: string; body: (Node | null)[] } {
  return ctx.member ? memberBrief(ctx, ctx.member) : sellerBrief(ctx);
}

function memberBrief(ctx: SeatContext, m: Member): { title: string; body: (Node | null)[] } {
  const sc = ctx.scenario;
  const title = t('brief.obcHeading', { role: roleLabel(m.role) });
  const weights = Object.entries(m.priorities.weights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1]);
  const body = [
    h('p', { class: 'secret', text: t('brief.secret') }),
    h('p', { class: 'role-title', text: text(m.title, sc) }),
    h('p', { class: 'brief-text', text: text(m.brief, sc) }),
    h('p', { text: t('brief.influence', { influence: formatNumber(m.influence) }) }),
    m.signOff ? h('p', { class: 'power', text: t('brief.signOff') }) : null,
    m.veto ? h('p', { class: 'power', text: t('brief.veto') }) : null,
    h('h3', { text: t('brief.yourPriorities') }),
    h(
      'ul',
      { class: 'bars', attrs: { id: 'brief-weights' } },
      weights.map(([dim, w]) =>
        h(
          'li',
          null,
          h('span', { class: 'bar-label', text: dimLabel(dim, sc) }),
          h(
            'span',
            { class: 'bar', attrs: { 'aria-hidden': 'true' } },
            h('span', { style: { width: `${w}%` } }),
          ),
          h('span', { class: 'bar-value', text: formatNumber(w) }),
        ),
      ),
    ),
    h('p', {
      text: t('brief.priceSensitivity', {
        level: `${levelWord(m.priorities.priceSensitivity, 2)} (${formatNumber(m.priorities.priceSensitivity, 2)})`,
      }),
    }),
    h('p', {
      text: t('brief.riskAversion', {
        level: `${levelWord(m.priorities.riskAversion)} (${formatPercent(m.priorities.riskAversion)})`,
      }),
    }),
    h('h3', { text: t('brief.mustHaves') }),
    m.priorities.mustHaves.length === 0
      ? h('p', { text: t('brief.none') })
      : h(
          'ul',
          null,
          m.priorities.mustHaves.map((mh) =>
            h('li', {
              text: t('brief.mustHave', { dimension: dimLabel(mh.dimension, sc), level: mh.minLevel }),
            }),
          ),
        ),
    h('h3', { text: t('brief.petConcerns') }),
    h(
      'ul',
      { class: 'cards' },
      m.priorities.petConcerns.map((p) =>
        h(
          'li',
          { class: 'concern' },
          h('strong', { text: dimLabel(p.dimension, sc) }),
          h('span', { text: text(p.text, sc) }),
        ),
      ),
    ),
    customersDuty(ctx, m),
    firm(ctx),
  ];
  return { title, body };
}

/**
 * The marketing member weighs what the buyer's own customers need (derived demand): said in its brief, with the
 * benefits those needs map to. Public facts only (the sellers read the same in the firm's section).
 */
function customersDuty(ctx: SeatContext, m: Member) {
  const c = ctx.scenario?.buyingFirm.customers;
  if (!c || m.role !== 'marketing') return null;
  return h(
    'div',
    { class: 'customers', attrs: { id: 'brief-customers-duty' } },
    h('h3', { text: t('brief.customersDuty') }),
    h('p', { text: text(c.needs, ctx.scenario) }),
    h('p', {
      class: 'hint',
      text: t('brief.customersDims', {
        dimensions: c.dimensions.map((d) => dimLabel(d, ctx.scenario)).join(', '),
      }),
    }),
  );
}

function sellerBrief(ctx: SeatContext): { title: string; body: (Node | null)[] } {
  const sc = ctx.scenario;
  const o = ctx.offering;
  const brief = ctx.view.brief;
  if (!o || brief?.kind !== 'seller')
    return { title: t('brief.open'), body: [h('p', { text: t('brief.none') })] };
  const seller = brief.seller;
  const name = text(seller.name, sc);
  const title = t('brief.sellerHeading', { name });
  const dims = sc?.dimensions ?? Object.keys(o.levels).map((id) => ({ id, category: '', label: id }));
  const quantity = sc
    ? t('brief.quantity', {
        quantity: formatNumber(sc.economics.quantity),
        unit: text(sc.economics.unit, sc),
      })
    : '';
  const body = [
    h('p', { class: 'secret', text: t('brief.secret') }),
    h('p', { class: 'brief-text', text: text(seller.description, sc) }),
    quantity ? h('p', { text: quantity }) : null,
    h(
      'dl',
      { class: 'facts' },
      h('dt', { text: t('brief.unitCost') }),
      h('dd', { attrs: { id: 'brief-unit-cost' }, text: money(o.unitCost, sc) }),
      h('dt', { text: t('brief.listPrice') }),
      h('dd', { text: money(o.listPrice, sc) }),
    ),
    h('h3', { text: t('brief.trueLevels') }),
    h(
      'ul',
      { class: 'bars levels', attrs: { id: 'brief-levels' } },
      dims.map((d) => {
        const level = o.levels[d.id] ?? 0;
        return h(
          'li',
          null,
          h(
            'span',
            { class: 'bar-label' },
            dimLabel(d.id, sc),
            d.category ? h('small', { text: tk(`category.${d.category}`, d.category) }) : null,
          ),
          h(
            'span',
            { class: 'bar', attrs: { 'aria-hidden': 'true' } },
            h('span', { style: { width: `${level * 20}%` } }),
          ),
          h('span', { class: 'bar-value', text: `${level}/5` }),
        );
      }),
    ),
    h('h3', { text: t('brief.options') }),
    o.options.length === 0
      ? h('p', { text: t('brief.none') })
      : h(
          'ul',
          { class: 'cards' },
          o.options.map((opt) =>
            h(
              'li',
              null,
              h('strong', { text: text(opt.label, sc) }),
              h('span', { text: text(opt.description, sc) }),
              h('small', {
                text: t('brief.option', {
                  lift: opt.lift,
                  dimension: dimLabel(opt.dimension, sc),
                  cost: money(opt.unitCost, sc),
                }),
              }),
            ),
          ),
        ),
    h('h3', { text: t('brief.evidence') }),
    o.evidence.length === 0
      ? h('p', { text: t('brief.none') })
      : h(
          'ul',
          { class: 'cards' },
          o.evidence.map((e) =>
            h(
              'li',
              null,
              h('strong', { text: text(e.label, sc) }),
              h('span', { text: text(e.description, sc) }),
              h('small', {
                text: t('brief.evidenceItem', {
                  kind: tk(`evidence.${e.kind}`, e.kind),
                  dimensions: e.dimensions.map((d) => dimLabel(d, sc)).join(', '),
                  credibility: formatPercent(e.credibility),
                  cost: money(e.cost, sc),
                }),
              }),
            ),
          ),
        ),
    sc
      ? h(
          'div',
          null,
          h('h3', { text: t('brief.rivals') }),
          h(
            'ul',
            null,
            sc.sellers
              .filter((s) => s.id !== ctx.sellerId)
              .map((s) =>
                h('li', null, h('strong', { text: sellerLabel(s.id, sc) }), ' ', text(s.description, sc)),
              ),
          ),
        )
      : null,
    firm(ctx),
  ];
  return { title, body };
}

/** The public facts both sides share: the buying firm, its decision rule and the benefit dimensions. */
function firm(ctx: SeatContext) {
  const sc = ctx.scenario;
  if (!sc) return null;
  const f = sc.buyingFirm;
  return h(
    'div',
    { class: 'firm' },
    h('h3', { text: t('brief.firm') }),
    h('p', null, h('strong', { text: text(f.name, sc) })),
    h('p', { text: text(f.narrative, sc) }),
    h('p', {
      class: 'hint',
      text: t('brief.firmFacts', {
        industry: text(f.firmographics.industry, sc),
        employees: f.firmographics.employees,
        location: text(f.firmographics.location, sc),
      }),
    }),
    f.customers
      ? h(
          'div',
          { class: 'customers', attrs: { id: 'brief-customers' } },
          h('h3', { text: t('brief.customers') }),
          h('p', { text: text(f.customers.who, sc) }),
          h('p', { text: t('brief.customersNeed', { needs: text(f.customers.needs, sc) }) }),
          h('p', {
            class: 'hint',
            text: t('brief.customersDims', {
              dimensions: f.customers.dimensions.map((d) => dimLabel(d, sc)).join(', '),
            }),
          }),
        )
      : null,
    h('h3', { text: t('brief.decisionRule') }),
    h('p', {
      text: `${tk(`rule.${f.obc.decisionRule.kind}`, f.obc.decisionRule.kind)}: ${text(f.obc.decisionRule.description, sc)}`,
    }),
    // The decision process (notes: formalization and centralization of the buying center) and what it does here.
    h('p', {
      attrs: { id: 'brief-process' },
      text: t('brief.process', {
        formality: tk(`brief.level.${f.obc.formality}`, f.obc.formality),
        centralization: tk(`brief.level.${f.obc.centralization}`, f.obc.centralization),
      }),
    }),
    h('h3', { text: t('brief.members') }),
    h(
      'ul',
      null,
      f.obc.members.map((m) =>
        h(
          'li',
          null,
          h('strong', { text: roleLabel(m.role) }),
          ` · ${memberTitle(m.role, sc)}`,
          ` · ${t('brief.hierarchy', { level: m.hierarchyLevel })}`,
          m.signOff ? ` · ${t('brief.memberSignOff')}` : '',
          m.veto ? ` · ${t('brief.memberVeto')}` : '',
        ),
      ),
    ),
    h('h3', { text: t('brief.dimensions') }),
    h(
      'dl',
      { class: 'dims' },
      sc.dimensions.flatMap((d) => [
        h(
          'dt',
          null,
          text(d.label, sc),
          h('small', { text: ` · ${tk(`category.${d.category}`, d.category)}` }),
        ),
        h('dd', { text: text(d.description, sc) }),
      ]),
    ),
  );
}
