// Stage 3 for a seller: the proposal builder in four short steps (price and terms; options and evidence; claims
// per benefit and what to lead with; a message per member, one at a time), revisions, and the best-and-final
// offer.
import { t, tk } from '../../i18n/index.ts';
import { dimLabel, dimList, memberTitle, money, roleLabel, text } from '../../i18n/labels.ts';
import type { PlayerAction, Proposal } from '../../net/types.ts';
import { allowed, type SeatContext } from '../context.ts';
import { h, replace } from '../dom.ts';
import { setDraft } from '../drafts.ts';
import { checkGroup, draftList, draftValue, numberField, selectField, textField } from '../fields.ts';
import { MAX_MESSAGE_DIMS, type FormKit, type Section } from './kit.ts';
import { optionChoices } from './option-choices.ts';
import { groundworkStart } from './groundwork.ts';
import { myRoles } from './jobs.ts';

export function proposalSection(kit: FormKit, ctx: SeatContext, mine: Proposal | undefined): Section {
  const v = ctx.view;
  const status = v.sellers.find((s) => s.id === ctx.sellerId);
  const mustHaves = v.spec.items.filter((i) => i.status === 'adopted' && i.kind === 'must-have');
  return {
    key: 'proposal',
    class: 'proposal-card',
    sig: [mine?.revision, status?.disqualified, mustHaves, ctx.offering, ctx.state.errors['submit-proposal']],
    build: () => {
      if (status?.disqualified)
        return [
          h('h2', { text: t('proposal.heading') }),
          h('p', {
            class: 'error',
            text: t('proposal.disqualified', { reason: status.disqualified.reason }),
          }),
        ];
      return kit.form(
        'proposal',
        'submit-proposal',
        t('proposal.heading'),
        ...proposalBuilder(
          kit,
          ctx,
          mine,
          mustHaves.map((m) => ({ dimension: m.dimension, value: m.value })),
        ),
      );
    },
  };
}

/** The proposal is built in four short steps (one screen each on a phone); the drafts keep every answer. */
const STEPS = ['price', 'offer', 'claims', 'messages'] as const;
type Step = (typeof STEPS)[number];

function currentStep(): Step {
  const value = draftValue('prop.step', 'price');
  return (STEPS as readonly string[]).includes(value) ? (value as Step) : 'price';
}

export function proposalBuilder(
  kit: FormKit,
  ctx: SeatContext,
  mine: Proposal | undefined,
  mustHaves: { dimension: string; value: number }[],
) {
  const sc = ctx.scenario;
  const o = ctx.offering;
  if (!o) return [h('p', { text: t('brief.none') })];
  const dims = sc?.dimensions ?? [];
  const members = sc?.buyingFirm.obc.members ?? [];
  const quantity = sc?.economics.quantity ?? 1;
  const live = h('output', { class: 'live', attrs: { id: 'proposal-live', 'aria-live': 'polite' } });
  // The form starts from the proposal handed in, or else from the team's groundwork (groundwork.ts).
  const start = groundworkStart(ctx);
  const startOptions = mine?.options ?? start.options ?? [];
  const startEvidence = mine?.evidence ?? start.evidence ?? [];
  const liveLevels = h('div', { class: 'live-levels' });
  // A claim starts as the seller's last one; on a benefit the specification requires, as what the offer delivers
  // when that meets it (the contract is signed against the requirement, so the proposal must state it).
  const initialClaim = (dim: string, delivered: Readonly<Record<string, number>>): string => {
    const last = mine && Object.hasOwn(mine.claims, dim) ? mine.claims[dim] : undefined;
    if (last !== undefined) return String(last);
    // Before a first proposal: the product manager's draft.
    const drafted = !mine && start.claims && Object.hasOwn(start.claims, dim) ? start.claims[dim] : undefined;
    if (drafted !== undefined) return String(drafted);
    const level = Object.hasOwn(delivered, dim) ? (delivered[dim] ?? 0) : 0;
    const required = mustHaves.filter((m) => m.dimension === dim).map((m) => m.value);
    return required.length > 0 && level >= Math.max(...required) ? String(level) : '';
  };
  const values = () => {
    const options = draftList('prop.options', startOptions).filter((id) =>
      o.options.some((x) => x.id === id),
    );
    const evidence = draftList('prop.evidence', startEvidence).filter((id) =>
      o.evidence.some((x) => x.id === id),
    );
    const price = Number(draftValue('prop.price', String(mine?.price ?? o.listPrice)));
    const cost =
      o.unitCost +
      options.reduce((sum, id) => sum + (o.options.find((x) => x.id === id)?.unitCost ?? 0), 0) +
      evidence.reduce((sum, id) => sum + (o.evidence.find((x) => x.id === id)?.cost ?? 0), 0) / quantity;
    const delivered: Record<string, number> = { ...o.levels };
    for (const id of options) {
      const opt = o.options.find((x) => x.id === id);
      if (opt) delivered[opt.dimension] = Math.min(5, (delivered[opt.dimension] ?? 0) + opt.lift);
    }
    return { options, evidence, price, cost, delivered };
  };
  const recompute = () => {
    const { price, cost, delivered } = values();
    live.textContent = `${t('proposal.list', { list: money(o.listPrice, sc), cost: money(cost, sc) })} · ${t('proposal.margin', { margin: Number.isFinite(price) ? money(price - cost, sc) : '–' })}`;
    liveLevels.replaceChildren(
      ...dims.map((d) => h('span', { class: 'chip', text: `${dimLabel(d.id, sc)} ${delivered[d.id] ?? 0}` })),
    );
  };
  const terms = mine?.terms ?? { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 8 };
  const stepNames: Record<Step, string> = {
    price: t('proposal.step.price'),
    offer: t('proposal.step.offer'),
    claims: t('proposal.step.claims'),
    messages: t('proposal.step.messages'),
  };
  const nav = h('ol', { class: 'steps', attrs: { 'aria-label': t('proposal.steps') } });
  const body = h('div', { class: 'step-body' });
  const back = h('button', {
    class: 'secondary small',
    attrs: { type: 'button', id: 'prop-back' },
    text: t('proposal.back'),
    on: { click: () => go(STEPS[STEPS.indexOf(currentStep()) - 1]) },
  });
  const next = h('button', {
    class: 'secondary small',
    attrs: { type: 'button', id: 'prop-next' },
    on: { click: () => go(STEPS[STEPS.indexOf(currentStep()) + 1]) },
  });
  const go = (step: Step | undefined, focus = true) => {
    if (!step) return;
    setDraft('prop.step', step);
    render(focus);
  };

  const stepFields = (step: Step): (Node | null)[] => {
    switch (step) {
      case 'price':
        return [
          numberField({
            draft: 'prop.price',
            label: t('proposal.price', { currency: sc?.economics.currency ?? '' }),
            initial: mine?.price ?? o.listPrice,
            min: 1,
            step: 1,
            onInput: recompute,
          }),
          live,
          h(
            'fieldset',
            { class: 'field terms' },
            h('legend', { text: t('proposal.terms') }),
            numberField({
              draft: 'prop.paymentDays',
              label: t('proposal.paymentDays'),
              initial: terms.paymentDays,
              min: 0,
              max: 180,
              step: 1,
            }),
            numberField({
              draft: 'prop.warrantyMonths',
              label: t('proposal.warrantyMonths'),
              initial: terms.warrantyMonths,
              min: 0,
              max: 120,
              step: 1,
            }),
            numberField({
              draft: 'prop.deliveryWeeks',
              label: t('proposal.deliveryWeeks'),
              initial: terms.deliveryWeeks,
              min: 1,
              max: 104,
              step: 1,
            }),
          ),
        ];
      case 'offer':
        return [
          o.options.length > 0
            ? checkGroup({
                draft: 'prop.options',
                legend: t('proposal.options'),
                initial: startOptions,
                options: optionChoices(ctx),
                onChange: recompute,
              })
            : null,
          liveLevels,
          o.evidence.length > 0
            ? checkGroup({
                draft: 'prop.evidence',
                legend: t('proposal.evidence'),
                initial: startEvidence,
                options: o.evidence.map((e) => ({
                  value: e.id,
                  label: text(e.label, sc),
                  hint: `${tk(`evidence.${e.kind}`, e.kind)} · ${dimList(e.dimensions, sc)} · ${money(e.cost, sc)}`,
                })),
                onChange: recompute,
              })
            : null,
          live,
        ];
      case 'claims': {
        // What the seller truly delivers counts the options it added (an option lifts its benefit).
        const delivered = values().delivered;
        return [
          h('p', { class: 'hint', text: t('proposal.claimsHint') }),
          h(
            'fieldset',
            { class: 'field claims' },
            h('legend', { text: t('proposal.claims') }),
            ...dims.map((d) =>
              selectField({
                draft: `prop.claim.${d.id}`,
                label: `${text(d.label, sc)} (${t('proposal.true', { level: delivered[d.id] ?? 0 })})`,
                initial: initialClaim(d.id, delivered),
                options: [
                  { value: '', label: t('proposal.noClaim', { level: delivered[d.id] ?? 0 }) },
                  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
                ],
              }),
            ),
          ),
          checkGroup({
            draft: 'prop.lead',
            legend: t('proposal.leadWith'),
            initial: mine?.leadWith ?? [],
            options: dims.map((d) => ({
              value: d.id,
              label: text(d.label, sc),
              hint: tk(`category.${d.category}`, d.category),
            })),
          }),
        ];
      }
      case 'messages': {
        // One member at a time: a phone shows one message form, not five.
        const to = draftValue('prop.msgTo', members[0]?.role ?? '');
        const member = members.find((m) => m.role === to) ?? members[0];
        const written = (role: string) =>
          draftValue(
            `prop.msg.${role}.text`,
            mine?.messages[role as keyof Proposal['messages']]?.text ?? '',
          ).trim().length > 0;
        return [
          h('p', { class: 'hint', text: t('proposal.messagesHint') }),
          selectField({
            draft: 'prop.msgTo',
            label: t('proposal.messageWho'),
            initial: member?.role ?? '',
            options: members.map((m) => ({
              value: m.role,
              label: `${written(m.role) ? '✓ ' : ''}${roleLabel(m.role)} · ${memberTitle(m.role, sc)}`,
            })),
            onChange: () => render(false),
          }),
          member
            ? h(
                'div',
                { class: 'message-to' },
                textField({
                  draft: `prop.msg.${member.role}.text`,
                  label: t('proposal.messageTo', { role: roleLabel(member.role) }),
                  multiline: true,
                  maxLength: 500,
                  initial: mine?.messages[member.role]?.text ?? '',
                }),
                checkGroup({
                  draft: `prop.msg.${member.role}.dims`,
                  legend: t('proposal.messageDims'),
                  initial: mine?.messages[member.role]?.dimensions ?? [],
                  max: MAX_MESSAGE_DIMS,
                  options: dims.map((d) => ({ value: d.id, label: text(d.label, sc) })),
                }),
              )
            : null,
        ];
      }
    }
  };

  const render = (focus: boolean) => {
    const step = currentStep();
    const index = STEPS.indexOf(step);
    replace(
      nav,
      STEPS.map((s, i) =>
        h(
          'li',
          null,
          h('button', {
            class: s === step ? 'step current' : 'step',
            attrs: {
              type: 'button',
              id: `prop-step-${i + 1}`,
              'aria-current': s === step ? 'step' : null,
            },
            text: `${i + 1}. ${stepNames[s]}`,
            on: { click: () => go(s) },
          }),
        ),
      ),
    );
    const heading = h('h3', {
      class: 'step-title',
      attrs: { tabindex: -1, id: 'prop-step-title' },
      text: t('proposal.stepOf', { n: index + 1, total: STEPS.length, name: stepNames[step] }),
    });
    replace(body, heading, ...stepFields(step));
    recompute();
    back.hidden = index === 0;
    next.hidden = index === STEPS.length - 1;
    const following = STEPS[index + 1];
    next.textContent = following ? t('proposal.next', { name: stepNames[following] }) : '';
    if (focus) heading.focus();
  };
  render(false);

  return [
    mine
      ? h('p', {
          class: 'current',
          attrs: { id: 'proposal-revision' },
          text: t('proposal.revision', { n: mine.revision }),
        })
      : null,
    mustHaves.length > 0
      ? h('p', {
          class: 'warn',
          text: t('proposal.mustHaves', {
            list: mustHaves
              .map((m) => t('spec.item.must-have', { dimension: dimLabel(m.dimension, sc), value: m.value }))
              .join(', '),
          }),
        })
      : null,
    nav,
    body,
    h('div', { class: 'row step-nav' }, back, next),
    kit.button('proposal', mine ? t('proposal.revise') : t('proposal.submit'), () => {
      const { options, evidence, price } = values();
      const leadWith = draftList('prop.lead', mine?.leadWith ?? []);
      const roles = myRoles(ctx);
      const pitch = roles.includes('sales-rep');
      const proof = roles.includes('customer-service');
      const offer = roles.includes('product-manager');
      if (!offer && !mine) return kit.localError('submit-proposal', t('proposal.offeringFirst'));
      if (pitch && leadWith.length === 0) {
        go('claims');
        kit.localError('submit-proposal', t('proposal.leadRequired'));
        return;
      }
      const claims: Record<string, number> = {};
      for (const d of dims) {
        const raw = draftValue(`prop.claim.${d.id}`, initialClaim(d.id, values().delivered));
        if (raw) claims[d.id] = Number(raw);
      }
      const messages: Record<string, { text: string; dimensions: string[] }> = {};
      for (const m of members) {
        const body = draftValue(`prop.msg.${m.role}.text`, mine?.messages[m.role]?.text ?? '').trim();
        if (body)
          messages[m.role] = {
            text: body,
            dimensions: draftList(`prop.msg.${m.role}.dims`, mine?.messages[m.role]?.dimensions ?? []).slice(
              0,
              MAX_MESSAGE_DIMS,
            ),
          };
      }
      const num = (key: string, fallback: number) => {
        const n = Number(draftValue(key, String(fallback)));
        return Number.isFinite(n) ? Math.round(n) : fallback;
      };
      // Each player hands in the parts their roles own (shared/rules/seller-roles.ts): the product manager the
      // offering, with the pitch and the evidence where they own those too; the others revise their own part.
      if (!offer) {
        void (async () => {
          if (pitch) await kit.send('proposal', { type: 'set-pitch', leadWith, messages });
          if (proof) await kit.send('proposal', { type: 'attach-evidence', evidence });
        })();
        return;
      }
      void kit.send('proposal', {
        type: 'submit-proposal',
        price,
        options,
        ...(proof ? { evidence } : {}),
        terms: {
          paymentDays: num('prop.paymentDays', terms.paymentDays),
          warrantyMonths: num('prop.warrantyMonths', terms.warrantyMonths),
          deliveryWeeks: num('prop.deliveryWeeks', terms.deliveryWeeks),
        },
        claims,
        ...(pitch ? { leadWith, messages } : {}),
      });
    }),
  ];
}

export function myProposalSection(_kit: FormKit, ctx: SeatContext, p: Proposal): Section {
  const sc = ctx.scenario;
  return {
    key: 'my-proposal',
    sig: [p],
    build: () => [
      h('h2', { text: t('proposal.heading') }),
      h('p', {
        class: 'current',
        text: `${t('proposal.revision', { n: p.revision })} ${t('offers.price', { price: money(p.price, sc) })}`,
      }),
      h('p', { class: 'hint', text: t('offers.terms', { ...p.terms }) }),
      h('p', { text: t('offers.leadWith', { list: dimList(p.leadWith, sc) }) }),
    ],
  };
}

export function bafoSection(kit: FormKit, ctx: SeatContext, mine: Proposal | undefined): Section {
  const v = ctx.view;
  const b = v.bafo;
  const asked = Boolean(b && ctx.sellerId && b.sellers.includes(ctx.sellerId));
  const answered = Boolean(b && ctx.sellerId && b.answered.includes(ctx.sellerId));
  const can = asked && !answered && allowed(v, 'submit-bafo') && mine;
  return {
    key: 'bafo',
    class: 'proposal-card',
    sig: [b, mine?.price, mine?.terms, ctx.state.errors['submit-bafo']],
    build: () => {
      if (!asked) return [h('h2', { text: t('bafo.heading') }), h('p', { text: t('bafo.notAsked') })];
      if (answered || !mine || !can)
        return [h('h2', { text: t('bafo.heading') }), h('p', { class: 'current', text: t('bafo.done') })];
      const changeTerms = draftValue('bafo.change', '') === '1';
      const termsBox = h(
        'div',
        { class: 'terms', attrs: { hidden: !changeTerms } },
        numberField({
          draft: 'bafo.paymentDays',
          label: t('proposal.paymentDays'),
          initial: mine.terms.paymentDays,
          min: 0,
          max: 180,
          step: 1,
        }),
        numberField({
          draft: 'bafo.warrantyMonths',
          label: t('proposal.warrantyMonths'),
          initial: mine.terms.warrantyMonths,
          min: 0,
          max: 120,
          step: 1,
        }),
        numberField({
          draft: 'bafo.deliveryWeeks',
          label: t('proposal.deliveryWeeks'),
          initial: mine.terms.deliveryWeeks,
          min: 1,
          max: 104,
          step: 1,
        }),
      );
      const toggle = h('input', { attrs: { id: 'bafo-change', type: 'checkbox', checked: changeTerms } });
      toggle.addEventListener('change', () => {
        setDraft('bafo.change', toggle.checked ? '1' : '');
        termsBox.hidden = !toggle.checked;
      });
      return kit.form(
        'bafo',
        'submit-bafo',
        t('bafo.heading'),
        h('p', { class: 'lead', text: t('bafo.asked') }),
        h('p', { class: 'current', text: t('bafo.current', { price: money(mine.price, ctx.scenario) }) }),
        numberField({
          draft: 'bafo.price',
          label: t('bafo.price'),
          // The product manager's price in mind from the evaluation, where it is below the offer's.
          initial: Math.min(mine.price, groundworkStart(ctx).price ?? mine.price),
          min: 1,
          max: mine.price,
          step: 1,
        }),
        h(
          'label',
          { class: 'check', attrs: { for: 'bafo-change' } },
          toggle,
          h('span', { text: t('bafo.changeTerms') }),
        ),
        termsBox,
        kit.button('bafo', t('bafo.submit'), () => {
          const price = Number(
            draftValue('bafo.price', String(Math.min(mine.price, groundworkStart(ctx).price ?? mine.price))),
          );
          const num = (key: string, fallback: number) =>
            Math.round(Number(draftValue(key, String(fallback))));
          const action: PlayerAction =
            draftValue('bafo.change') === '1'
              ? {
                  type: 'submit-bafo',
                  price,
                  terms: {
                    paymentDays: num('bafo.paymentDays', mine.terms.paymentDays),
                    warrantyMonths: num('bafo.warrantyMonths', mine.terms.warrantyMonths),
                    deliveryWeeks: num('bafo.deliveryWeeks', mine.terms.deliveryWeeks),
                  },
                }
              : { type: 'submit-bafo', price };
          void kit.send('bafo', action, 'bafo.');
        }),
      );
    },
  };
}
