// Predict, then reveal: a seller team names each member's top priority (from the proposals until the round
// ends), a member predicts which offer the buying center will choose while it is still open. Only the seat
// itself sees its prediction; the debrief scores it.
import { t } from '../../i18n/index.ts';
import { money, roleLabel, sellerLabel } from '../../i18n/labels.ts';
import { eligibleSellers, type SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { draftValue, radioGroup, selectField, textField } from '../fields.ts';
import type { FormKit, Section } from './kit.ts';

export function priorityPredictionSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const mine = (ctx.sellerId !== null ? v.predictions.sellers[ctx.sellerId] : undefined) ?? {};
  const members = ctx.scenario?.buyingFirm.obc.members.map((m) => m.role) ?? [];
  const named = members.filter((role) => mine[role] !== undefined).length;
  const options = [{ value: '', label: t('predict.unsure') }, ...kit.dimOptions(ctx)];
  return {
    key: 'predict-priorities',
    sig: [mine, members, ctx.state.errors['predict-priorities'], kit.status('predict-priorities')],
    build: () =>
      kit.form(
        'predict-priorities',
        'predict-priorities',
        t('predict.priorities.heading'),
        h('p', { class: 'hint', text: t('predict.priorities.hint') }),
        named > 0
          ? h('p', {
              class: 'current',
              attrs: { id: 'predicted-priorities' },
              text: t('predict.priorities.saved', { count: named }),
            })
          : null,
        h(
          'div',
          { class: 'predictions' },
          members.map((role) =>
            selectField({
              draft: `predict.${role}`,
              label: roleLabel(role),
              options,
              initial: mine[role] ?? '',
            }),
          ),
        ),
        kit.button('predict-priorities', t('predict.priorities.submit'), () => {
          const priorities = Object.fromEntries(
            members
              .map((role) => [role, draftValue(`predict.${role}`, mine[role] ?? '')] as const)
              .filter(([, dim]) => dim !== ''),
          );
          if (Object.keys(priorities).length === 0) return kit.localError('predict-priorities');
          void kit.send('predict-priorities', { type: 'predict-priorities', priorities });
        }),
      ),
  };
}

export function winnerPredictionSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const mine = ctx.role ? v.predictions.members[ctx.role] : undefined;
  const eligible = eligibleSellers(v);
  return {
    key: 'predict-winner',
    sig: [mine, eligible, ctx.state.errors['predict-winner'], kit.status('predict-winner')],
    build: () =>
      kit.form(
        'predict-winner',
        'predict-winner',
        t('predict.winner.heading'),
        h('p', { class: 'hint', text: t('predict.winner.hint') }),
        mine
          ? h('p', {
              class: 'current',
              attrs: { id: 'predicted-winner' },
              text:
                mine.price === null
                  ? t('predict.winner.yours', { seller: sellerLabel(mine.seller, ctx.scenario) })
                  : t('predict.winner.yoursPrice', {
                      seller: sellerLabel(mine.seller, ctx.scenario),
                      price: money(mine.price, ctx.scenario),
                    }),
            })
          : null,
        radioGroup({
          draft: 'predictw.seller',
          legend: t('predict.winner.legend'),
          initial: mine?.seller ?? '',
          options: eligible.map((id) => kit.sellerOption(ctx, id)),
        }),
        textField({
          draft: 'predictw.price',
          label: t('predict.winner.price'),
          initial: mine?.price === null || mine === undefined ? '' : String(mine.price),
          maxLength: 12,
        }),
        kit.button('predict-winner', t('predict.winner.submit'), () => {
          const seller = draftValue('predictw.seller', mine?.seller ?? '');
          if (!eligible.includes(seller)) return kit.localError('predict-winner');
          const typed = draftValue('predictw.price', mine?.price == null ? '' : String(mine.price))
            .trim()
            .replace(/\s/g, '')
            .replace(',', '.');
          const price = typed === '' ? undefined : Number(typed);
          if (price !== undefined && !(price > 0)) return kit.localError('predict-winner');
          void kit.send('predict-winner', {
            type: 'predict-winner',
            seller,
            ...(price !== undefined ? { price } : {}),
          });
        }),
      ),
  };
}
