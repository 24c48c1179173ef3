// Stage 4: members rate the supplier that delivered.
import { t } from '../../i18n/index.ts';
import { sellerLabel } from '../../i18n/labels.ts';
import type { SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { draftValue, radioGroup, textField } from '../fields.ts';
import type { FormKit, Section } from './kit.ts';

export function rateSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const mine = ctx.role ? v.ratings[ctx.role] : undefined;
  return {
    key: 'rate',
    sig: [mine, v.decision?.winner, ctx.state.errors['rate-supplier']],
    build: () =>
      kit.form(
        'rate',
        'rate-supplier',
        t('rate.heading'),
        h('p', { text: sellerLabel(v.decision?.winner ?? '', ctx.scenario) }),
        mine ? h('p', { class: 'current', text: t('rate.yours', { rating: mine.rating }) }) : null,
        radioGroup({
          draft: 'rate.stars',
          legend: t('rate.legend'),
          inline: true,
          initial: String(mine?.rating ?? ''),
          options: [1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: `${'★'.repeat(n)} ${t('rate.stars', { n })}`,
          })),
        }),
        textField({ draft: 'rate.comment', label: t('rate.comment'), maxLength: 300 }),
        kit.button('rate', t('rate.submit'), () => {
          const rating = Number(draftValue('rate.stars', String(mine?.rating ?? '')));
          if (!rating) return kit.localError('rate-supplier');
          void kit.send('rate', {
            type: 'rate-supplier',
            rating,
            comment: draftValue('rate.comment').trim(),
          });
        }),
      ),
  };
}
