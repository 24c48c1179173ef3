// Sections every seat sees: where the table is and what to do, readiness, the benefits sought, the
// specification, the decision and the delivery.
import { t, tk } from '../../i18n/index.ts';
import { dimLabel, money, roleLabel, sellerLabel } from '../../i18n/labels.ts';
import type { SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { NONE, type FormKit, type Section } from './kit.ts';

export function hintSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const side = ctx.kind;
  let hint: string;
  if (v.phase === 'lobby') hint = t('lobby.seated');
  else if (v.phase === 'round-over') hint = t('act.roundOver');
  else {
    const where = v.stage === 'rfp' ? (v.step ?? 'bidding') : (v.stage ?? '');
    hint = tk(`hint.${side}.${where}`, '');
  }
  const stage = v.stage ? tk(`stage.${v.stage}`, v.stage) : tk(`phase.${v.phase}`, v.phase);
  const step = v.step ? ` · ${tk(`step.${v.step}`, v.step)}` : '';
  const debrief = ctx.state.debriefs[v.round];
  return {
    key: 'hint',
    class: 'hint-card',
    sig: [v.phase, v.stage, v.step, v.paused, v.round, v.purchaseType, side, Boolean(debrief)],
    build: () => [
      h('p', {
        class: 'eyebrow',
        text: `${t('round.label', { round: v.round, total: v.roundsTotal })} · ${tk(`purchase.${v.purchaseType}`, v.purchaseType)}`,
      }),
      h('h2', { attrs: { id: 'stage-name' }, text: `${stage}${step}` }),
      v.paused ? h('p', { class: 'paused', attrs: { role: 'status' }, text: t('act.paused') }) : null,
      hint ? h('p', { class: 'lead', text: hint }) : null,
      v.phase === 'round-over' && debrief
        ? h('button', {
            class: 'primary',
            attrs: { type: 'button', id: 'act-open-debrief' },
            text: t('act.openDebrief'),
            on: { click: () => kit.openDebrief() },
          })
        : null,
    ],
  };
}

export function readySection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const mine = v.seats.find((s) => s.id === ctx.seat);
  // Until the server's view shows the change (in this same stage), show what the student asked for.
  const where = `${v.round}.${v.stage}.${v.step}`;
  if (kit.wantReady && (kit.wantReady.where !== where || kit.wantReady.value === mine?.ready))
    kit.wantReady = null;
  const ready = kit.wantReady ? kit.wantReady.value : (mine?.ready ?? false);
  const active = v.seats.filter((s) => s.players.length > 0 || s.bot);
  const count = active.filter((s) => s.ready).length;
  return {
    key: 'ready',
    class: 'ready-card',
    sig: [ready, count, active.length, ctx.state.errors.ready],
    build: () => [
      h(
        'label',
        { class: 'toggle', attrs: { for: 'ready-toggle' } },
        h('input', {
          attrs: { id: 'ready-toggle', type: 'checkbox', role: 'switch', checked: ready },
          on: {
            change: (e) => {
              const value = (e.target as HTMLInputElement).checked;
              kit.wantReady = { value, where };
              void kit.send('ready', { type: 'ready', ready: value }).then((sent) => {
                if (sent === true) return;
                kit.wantReady = null;
                kit.refresh();
              });
            },
          },
        }),
        h('span', { text: t('act.ready') }),
      ),
      h('p', {
        class: 'hint',
        text: ready ? t('act.readyDone') : t('act.readyCount', { ready: count, total: active.length }),
      }),
      ready
        ? h('p', { class: 'hint', text: t('act.readyCount', { ready: count, total: active.length }) })
        : null,
      kit.errorLine('ready'),
    ],
  };
}

export function sharedBenefitsSection(_kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  return {
    key: 'shared-benefits',
    sig: [v.sharedBenefits],
    build: () => [
      h('h2', { text: t('benefits.shared') }),
      v.sharedBenefits.length === 0
        ? h('p', { text: t('benefits.none') })
        : h(
            'ol',
            { class: 'chips', attrs: { id: 'shared-benefits' } },
            v.sharedBenefits.map((d) => h('li', { text: dimLabel(d, ctx.scenario) })),
          ),
    ],
  };
}

export function specBoardSection(_kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const adopted = v.spec.items.filter((i) => i.status === 'adopted');
  return {
    key: 'spec-board',
    sig: [adopted, v.spec.published],
    build: () => [
      h('h2', { text: v.spec.published ? t('spec.published') : t('spec.draft') }),
      adopted.length === 0
        ? h('p', { text: t('spec.none') })
        : h(
            'ul',
            { class: 'spec-list', attrs: { id: 'spec-adopted' } },
            adopted.map((i) =>
              h('li', {
                text: t(`spec.item.${i.kind}`, {
                  dimension: dimLabel(i.dimension, ctx.scenario),
                  value: i.value,
                }),
              }),
            ),
          ),
    ],
  };
}

export function decisionSection(_kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const d = v.decision;
  if (!d) return NONE;
  const winner = d.winner;
  const price = winner ? v.proposals.find((p) => p.seller === winner)?.price : undefined;
  const approvals = Object.entries(d.approvals).map(
    ([role, ok]) => `${roleLabel(role)}: ${ok ? t('signoff.approve') : t('signoff.reject')}`,
  );
  return {
    key: 'decision',
    class: 'decision-card',
    sig: [d, price],
    build: () => [
      h('h2', { text: t('event.decision') }),
      h('p', {
        class: 'outcome',
        attrs: { id: 'decision-text' },
        text: winner
          ? v.step === 'sign-off'
            ? t('decision.chosen', { seller: sellerLabel(winner, ctx.scenario) })
            : t('decision.winner', {
                seller: sellerLabel(winner, ctx.scenario),
                price: price !== undefined ? money(price, ctx.scenario) : '–',
              })
          : t('decision.none'),
      }),
      h('p', { class: 'hint', text: tk(`decision.reason.${d.reason}`, d.reason) }),
      approvals.length > 0 ? h('p', { class: 'hint', text: approvals.join(' · ') }) : null,
    ],
  };
}

export function deliveredSection(_kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const delivered = v.delivered;
  if (!delivered) return NONE;
  const winner = v.proposals.find((p) => p.seller === v.decision?.winner);
  const dims = ctx.scenario?.dimensions.map((d) => d.id) ?? Object.keys(delivered);
  return {
    key: 'delivered',
    sig: [delivered, winner?.stated],
    build: () => [
      h('h2', { text: t('delivered.heading') }),
      h(
        'ul',
        { class: 'delivered', attrs: { id: 'delivered-list' } },
        dims.map((d) => {
          const got = delivered[d] ?? 0;
          const stated = winner?.stated[d];
          const gap = stated !== undefined && stated > got;
          return h(
            'li',
            { class: gap ? 'gap' : '' },
            h('strong', { text: dimLabel(d, ctx.scenario) }),
            ' ',
            stated !== undefined ? t('delivered.row', { stated, delivered: got }) : String(got),
            gap ? h('span', { class: 'flag', text: ` ${t('delivered.gap')}` }) : null,
          );
        }),
      ),
    ],
  };
}
