// The offering's options as checkboxes' choices (label, and what each lifts at what cost): one list for the
// proposal form and the product manager's draft of the offering, so the two always offer the same.
import { t } from '../../i18n/index.ts';
import { dimLabel, money, text } from '../../i18n/labels.ts';
import type { SeatContext } from '../context.ts';

export function optionChoices(ctx: SeatContext) {
  const sc = ctx.scenario;
  return (ctx.offering?.options ?? []).map((x) => ({
    value: x.id,
    label: text(x.label, sc),
    hint: t('brief.option', {
      lift: x.lift,
      dimension: dimLabel(x.dimension, sc),
      cost: money(x.unitCost, sc),
    }),
  }));
}
