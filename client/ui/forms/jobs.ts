// Every seat's own job (issue 13): a member's checks of the claims (a reference call, a demonstration or a pilot
// of its area: shared/rules/verification.ts), and a seller team's roles (shared/rules/seller-roles.ts) with the
// controls each role owns — the sales representative's follow-up, customer service's pilots and its answer to
// the post-purchase evaluation. What a player may do is the engine's rule, read from the shared modules.
import { t, tk } from '../../i18n/index.ts';
import { dimLabel, roleLabel, sellerLabel } from '../../i18n/labels.ts';
import { PURCHASE_PROFILES } from '../../../shared/rules/model.ts';
import { sellerMay, sellerRolesOf, type SellerRole } from '../../../shared/rules/seller-roles.ts';
import { CHECK_METHODS, METHOD_RULES } from '../../../shared/rules/verification.ts';
import { activeSellers, allowed, eligibleSellers, type SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { checkGroup, draftList, draftValue, selectField, textField } from '../fields.ts';
import type { FormKit, Section } from './kit.ts';

/** The roles of the player on this phone in their seller team (all three for a team of one). */
export function myRoles(ctx: SeatContext): SellerRole[] {
  const seat = ctx.view.seats.find((s) => s.id === ctx.seat);
  const me = ctx.state.me?.playerId;
  return sellerRolesOf(seat?.players ?? [], me ?? undefined);
}

const roleName = (r: SellerRole) => tk(`sellerRole.${r}`, r);

/** The team and who holds which role: shown to every seller from the start. */
export function rolesSection(_kit: FormKit, ctx: SeatContext): Section {
  const seat = ctx.view.seats.find((s) => s.id === ctx.seat);
  const players = seat?.players ?? [];
  const mine = myRoles(ctx);
  return {
    key: 'roles',
    sig: [players, mine],
    build: () => [
      h('h2', { text: t('roles.heading') }),
      h('p', {
        class: 'current',
        attrs: { id: 'my-roles' },
        text: t('roles.yours', { roles: mine.map(roleName).join(', ') || '–' }),
      }),
      players.length > 1
        ? h(
            'ul',
            { class: 'team' },
            players.map((p) =>
              h('li', { text: `${p.name}: ${sellerRolesOf(players, p.id).map(roleName).join(', ')}` }),
            ),
          )
        : null,
      h('p', { class: 'hint', text: t('roles.hint') }),
    ],
  };
}

/** A member checks a claim: asked for blind during bidding, run at once in evaluation (a pilot by the seller). */
export function verifySection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const sc = ctx.scenario;
  const role = ctx.role ?? '';
  const bidding = v.step === 'bidding';
  const sellers = bidding ? activeSellers(v) : eligibleSellers(v);
  const budget = PURCHASE_PROFILES[v.purchaseType].checks;
  const used =
    v.checks.filter((c) => c.by === role).length +
    v.requests.filter((r) => r.by === role && r.status === 'pending').length;
  const mine = [
    ...v.checks
      .filter((c) => c.by === role)
      .map(
        (c) =>
          `${sellerLabel(c.seller, sc)} · ${dimLabel(c.dimension, sc)}: ${c.confirmed ? t('verify.borne') : t('verify.notBorne')}`,
      ),
    ...v.requests
      .filter((r) => r.by === role && r.status === 'pending')
      .map((r) => `${sellerLabel(r.seller, sc)} · ${dimLabel(r.dimension, sc)}: ${t('verify.pending')}`),
  ];
  return {
    key: 'verify',
    sig: [sellers, v.checks, v.requests, used, budget, v.area, ctx.state.errors['verify-claim']],
    build: () => {
      const area = v.area;
      return kit.form(
        'verify',
        'verify-claim',
        t('verify.heading'),
        h('p', { class: 'hint', text: bidding ? t('verify.hintBidding') : t('verify.hint') }),
        h('p', {
          class: 'hint',
          text: t('verify.area', { list: area.map((d) => dimLabel(d, sc)).join(', ') || '–' }),
        }),
        h('p', {
          class: 'current',
          attrs: { id: 'checks-left' },
          text: t('verify.left', { left: Math.max(0, budget - used), max: budget }),
        }),
        mine.length > 0
          ? h(
              'ul',
              { class: 'checks' },
              mine.map((line) => h('li', { text: line })),
            )
          : null,
        selectField({
          draft: 'verify.seller',
          label: t('dq.seller'),
          options: sellers.map((id) => kit.sellerOption(ctx, id)),
        }),
        selectField({
          draft: 'verify.dimension',
          label: t('verify.dimension'),
          options: kit.dimOptions(ctx),
        }),
        selectField({
          draft: 'verify.method',
          label: t('verify.method'),
          options: CHECK_METHODS.map((m) => ({ value: m, label: tk(`method.${m}`, m) })),
        }),
        kit.button('verify', t('verify.submit'), () => {
          const seller = draftValue('verify.seller', sellers[0] ?? '');
          const dimension = draftValue('verify.dimension', sc?.dimensions[0]?.id ?? '');
          const method = draftValue('verify.method', CHECK_METHODS[0]) as (typeof CHECK_METHODS)[number];
          if (!seller || !dimension) return kit.localError('verify-claim');
          // Demonstrations and pilots are for the benefits of one's own area (the engine checks it too).
          if (method !== 'reference' && !area.includes(dimension))
            return kit.localError('verify-claim', t('verify.notYours'));
          void kit.send('verify', { type: 'verify-claim', seller, dimension, method });
        }),
        h('p', { class: 'hint', text: t('verify.methods', { pilot: METHOD_RULES.pilot.cost }) }),
      );
    },
  };
}

/** The sales representative follows up with one member while the buying center evaluates. */
export function followUpSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const mine = v.proposals.find((p) => p.seller === ctx.sellerId);
  const done = mine?.followedUp ?? [];
  const members = (ctx.scenario?.buyingFirm.obc.members ?? []).filter((m) => !done.includes(m.role));
  return {
    key: 'follow-up',
    sig: [done, members.length, ctx.state.errors['follow-up']],
    build: () =>
      kit.form(
        'follow-up',
        'follow-up',
        t('followUp.heading'),
        h('p', { class: 'hint', text: t('followUp.hint') }),
        selectField({
          draft: 'follow.to',
          label: t('ask.to'),
          options: members.map((m) => ({ value: m.role, label: roleLabel(m.role) })),
        }),
        textField({ draft: 'follow.text', label: t('followUp.text'), maxLength: 500 }),
        checkGroup({
          draft: 'follow.dims',
          legend: t('followUp.dims'),
          options: kit.dimOptions(ctx),
          max: 2,
        }),
        kit.button('follow-up', t('followUp.submit'), () => {
          const to = draftValue('follow.to', members[0]?.role ?? '');
          const text = draftValue('follow.text').trim();
          const dimensions = draftList('follow.dims', []).slice(0, 2);
          if (!to || !text || dimensions.length === 0) return kit.localError('follow-up');
          void kit.send('follow-up', { type: 'follow-up', to: to as never, text, dimensions }, 'follow.');
        }),
      ),
  };
}

/** Customer service runs the pilots members asked of the team. */
export function pilotSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const sc = ctx.scenario;
  const pending = v.requests.filter(
    (r) => r.seller === ctx.sellerId && r.method === 'pilot' && r.status === 'pending',
  );
  return {
    key: 'pilots',
    sig: [pending, ctx.state.errors['run-pilot']],
    build: () =>
      kit.form(
        'pilots',
        'run-pilot',
        t('pilot.heading'),
        pending.length === 0 ? h('p', { class: 'hint', text: t('pilot.none') }) : null,
        ...pending.map((r) =>
          h(
            'div',
            { class: 'row' },
            h('span', {
              text: t('pilot.asked', { member: roleLabel(r.by), dimension: dimLabel(r.dimension, sc) }),
            }),
            kit.button(
              `pilot-${r.id}`,
              t('pilot.run'),
              () => void kit.send(`pilot-${r.id}`, { type: 'run-pilot', requestId: r.id }),
              'secondary',
              `pilot-${r.id}`,
            ),
          ),
        ),
      ),
  };
}

/** Customer service answers the post-purchase evaluation (the supplier that delivered). */
export function serviceSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  return {
    key: 'service',
    sig: [v.service, ctx.state.errors['service-response']],
    build: () =>
      kit.form(
        'service',
        'service-response',
        t('service.heading'),
        v.service
          ? h('p', { class: 'current', text: v.service.text })
          : h('p', { class: 'hint', text: t('service.hint') }),
        v.service
          ? null
          : h(
              'div',
              null,
              textField({ draft: 'service.text', label: t('service.text'), maxLength: 300 }),
              h(
                'div',
                { class: 'row' },
                kit.button('service', t('service.remedy'), () => send(true), 'primary', 'service-remedy'),
                kit.button(
                  'service',
                  t('service.explain'),
                  () => send(false),
                  'secondary',
                  'service-explain',
                ),
              ),
            ),
      ),
  };
  function send(remedy: boolean) {
    const text = draftValue('service.text').trim();
    if (!text) return kit.localError('service-response');
    void kit.send('service', { type: 'service-response', remedy, text }, 'service.');
  }
}

/** Whether this player may use a control now: the step allows it and their roles own it (seller-roles.ts). */
export function mayUse(ctx: SeatContext, type: Parameters<typeof allowed>[1]): boolean {
  return allowed(ctx.view, type) && sellerMay(myRoles(ctx), type);
}
