// Stage 2: members propose must-haves and weights and vote on them; procurement and members with sign-off or
// veto power may disqualify a supplier (also during evaluation).
import { t } from '../../i18n/index.ts';
import { dimLabel, roleLabel, sellerLabel } from '../../i18n/labels.ts';
import { activeSellers, type SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { draftValue, numberField, radioGroup, selectField, textField } from '../fields.ts';
import type { FormKit, Section } from './kit.ts';

export function specProposeSection(kit: FormKit, ctx: SeatContext): Section {
  return {
    key: 'spec-propose',
    sig: [ctx.state.errors['propose-spec-item'], ctx.scenario?.meta.id],
    build: () => {
      const kind = draftValue('spec.kind', 'must-have');
      const valueField = h('div', { class: 'spec-value' });
      const renderValue = (k: string) => {
        valueField.replaceChildren(
          numberField({
            draft: `spec.value.${k}`,
            label: t('spec.value'),
            initial: k === 'must-have' ? 3 : 30,
            min: k === 'must-have' ? 1 : 0,
            max: k === 'must-have' ? 5 : 100,
            step: 1,
          }),
        );
      };
      renderValue(kind);
      return kit.form(
        'spec-propose',
        'propose-spec-item',
        t('spec.heading'),
        selectField({ draft: 'spec.dim', label: t('spec.dimension'), options: kit.dimOptions(ctx) }),
        radioGroup({
          draft: 'spec.kind',
          legend: t('spec.kind'),
          initial: 'must-have',
          options: [
            { value: 'must-have', label: t('spec.kind.must-have') },
            { value: 'weight', label: t('spec.kind.weight') },
          ],
          onChange: renderValue,
        }),
        valueField,
        kit.button('spec-propose', t('spec.submit'), () => {
          const k = draftValue('spec.kind', 'must-have') === 'weight' ? 'weight' : 'must-have';
          const dimension = draftValue('spec.dim', ctx.scenario?.dimensions[0]?.id ?? '');
          const value = Number(draftValue(`spec.value.${k}`, k === 'must-have' ? '3' : '30'));
          void kit.send(
            'spec-propose',
            { type: 'propose-spec-item', dimension, kind: k, value },
            'spec.value.',
          );
        }),
      );
    },
  };
}

export function specVoteSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const open = v.spec.items.filter((i) => i.status === 'open');
  return {
    key: 'spec-vote',
    sig: [open, ctx.state.errors['vote-spec-item']],
    build: () =>
      kit.form(
        'spec-vote',
        'vote-spec-item',
        t('spec.open'),
        open.length === 0
          ? h('p', { class: 'hint', text: t('spec.noneOpen') })
          : h(
              'ul',
              { class: 'spec-open' },
              open.map((item) => {
                const votes = 'votes' in item ? (item.votes as Partial<Record<string, boolean>>) : {};
                const yes = Object.values(votes).filter((x) => x === true).length;
                const no = Object.values(votes).filter((x) => x === false).length;
                const mine = ctx.role ? votes[ctx.role] : undefined;
                return h(
                  'li',
                  { data: { item: item.id } },
                  h('strong', {
                    text: t(`spec.item.${item.kind}`, {
                      dimension: dimLabel(item.dimension, ctx.scenario),
                      value: item.value,
                    }),
                  }),
                  h('small', {
                    text: ` · ${t('spec.by', { role: roleLabel(item.by) })} · ${t('spec.votes', { yes, no })}`,
                  }),
                  mine !== undefined
                    ? h('p', { class: 'hint', text: mine ? t('spec.yourVote.yes') : t('spec.yourVote.no') })
                    : null,
                  h(
                    'div',
                    { class: 'row' },
                    kit.button(
                      'spec-vote',
                      t('spec.support'),
                      () =>
                        void kit.send('spec-vote', {
                          type: 'vote-spec-item',
                          itemId: item.id,
                          support: true,
                        }),
                      mine === true ? 'primary' : 'secondary',
                      `support-${item.id}`,
                    ),
                    kit.button(
                      'spec-vote',
                      t('spec.oppose'),
                      () =>
                        void kit.send('spec-vote', {
                          type: 'vote-spec-item',
                          itemId: item.id,
                          support: false,
                        }),
                      mine === false ? 'primary' : 'secondary',
                      `oppose-${item.id}`,
                    ),
                  ),
                );
              }),
            ),
      ),
  };
}

export function disqualifySection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const candidates = activeSellers(v);
  const out = v.sellers.filter((s) => s.disqualified);
  return {
    key: 'disqualify',
    class: 'danger-card',
    sig: [candidates, out, ctx.state.errors['disqualify-supplier']],
    build: () =>
      kit.form(
        'disqualify',
        'disqualify-supplier',
        t('dq.heading'),
        ...out.map((s) =>
          h('p', {
            class: 'hint',
            text: t('dq.out', {
              id: sellerLabel(s.id, ctx.scenario),
              reason: s.disqualified?.reason ?? '',
            }),
          }),
        ),
        candidates.length === 0
          ? null
          : h(
              'div',
              null,
              selectField({
                draft: 'dq.seller',
                label: t('dq.seller'),
                options: candidates.map((id) => kit.sellerOption(ctx, id)),
              }),
              textField({ draft: 'dq.reason', label: t('dq.reason'), maxLength: 200 }),
              kit.button(
                'disqualify',
                t('dq.submit'),
                () => {
                  const reason = draftValue('dq.reason').trim();
                  if (!reason) return kit.localError('disqualify-supplier');
                  const seller = draftValue('dq.seller', candidates[0] ?? '');
                  void kit.send('disqualify', { type: 'disqualify-supplier', seller, reason }, 'dq.');
                },
                'danger',
              ),
            ),
      ),
  };
}
