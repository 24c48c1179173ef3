// Predict, then reveal, in the debrief: the reader's own prediction scored first (a seller team's insight
// calibration, member by member; a member's prediction of the choice and its price), then the table's: every
// seller team's calibration and how many members foresaw the choice.
import { isSellerSeat, sellerOfSeat } from '../../shared/rules/seats.ts';
import { formatList, formatPercent, t } from '../i18n/index.ts';
import { dimLabel, money, roleLabel, sellerLabel } from '../i18n/labels.ts';
import type { Debrief, PublicScenario, SeatView } from '../net/types.ts';
import { h } from './dom.ts';

type Viewer = SeatView['viewer'] | undefined;

export function predictionsCard(d: Debrief, sc: PublicScenario | null, viewer: Viewer): HTMLElement {
  const p = d.predictions;
  const seat = viewer?.kind === 'seat' ? viewer.seat : null;
  const seller = seat !== null && isSellerSeat(seat) ? sellerOfSeat(seat) : null;
  const mineAsSeller = seller !== null ? p.sellers.find((x) => x.seller === seller) : undefined;
  const mineAsMember = seat !== null ? p.members.find((x) => x.role === seat) : undefined;
  const top = (dims: readonly string[]) =>
    formatList(
      dims.map((x) => dimLabel(x, sc)),
      'disjunction',
    );
  return h(
    'section',
    { class: 'card predictions', attrs: { id: 'debrief-predictions' } },
    h('h2', { text: t('debrief.predictions') }),
    mineAsSeller
      ? [
          h('p', {
            class: 'outcome',
            attrs: { id: 'prediction-score' },
            text: mineAsSeller.made
              ? t('debrief.pred.seller', {
                  hits: mineAsSeller.hits,
                  members: mineAsSeller.members,
                  score: formatPercent(mineAsSeller.score),
                })
              : t('debrief.pred.sellerNone'),
          }),
          mineAsSeller.made
            ? h(
                'ul',
                { class: 'plain', attrs: { id: 'prediction-rows' } },
                mineAsSeller.byMember.map((m) =>
                  h(
                    'li',
                    { class: m.hit ? 'ok' : 'warn', data: { role: m.role, hit: String(m.hit) } },
                    t('debrief.pred.row', {
                      member: roleLabel(m.role),
                      predicted: m.predicted ? dimLabel(m.predicted, sc) : t('debrief.pred.notNamed'),
                      top: top(m.top),
                    }),
                    h('span', {
                      class: `tag ${m.hit ? 'ok' : 'warn'}`,
                      text: t(m.hit ? 'debrief.pred.hit' : 'debrief.pred.miss'),
                    }),
                  ),
                ),
              )
            : null,
        ]
      : null,
    mineAsMember
      ? [
          h('p', {
            class: `outcome ${mineAsMember.hit ? 'ok' : 'warn'}`,
            attrs: { id: 'prediction-score' },
            data: { hit: String(mineAsMember.hit) },
            text: memberSentence(mineAsMember, p.chosen, sc),
          }),
          mineAsMember.price !== null && p.price !== null && mineAsMember.priceError !== null
            ? h('p', {
                attrs: { id: 'prediction-price' },
                text: t('debrief.pred.price', {
                  predicted: money(mineAsMember.price, sc),
                  actual: money(p.price, sc),
                  error: formatPercent(mineAsMember.priceError),
                }),
              })
            : null,
        ]
      : null,
    h('h3', { text: t('debrief.pred.table') }),
    h('p', {
      attrs: { id: 'prediction-table-sellers' },
      text: t('debrief.pred.tableSellers', {
        list: p.sellers.map((x) => `${sellerLabel(x.seller, sc)} ${formatPercent(x.score)}`).join(' · '),
      }),
    }),
    h('p', {
      attrs: { id: 'prediction-table-members' },
      text: t('debrief.pred.tableMembers', { right: p.membersRight, total: p.members.length }),
    }),
    h('p', { class: 'hint', text: t('debrief.pred.hint') }),
  );
}

function memberSentence(
  m: Debrief['predictions']['members'][number],
  chosen: string | null,
  sc: PublicScenario | null,
): string {
  if (!m.made || m.seller === null) return t('debrief.pred.memberNone');
  const predicted = sellerLabel(m.seller, sc);
  if (chosen === null) return t('debrief.pred.member.noChoice', { predicted });
  return t(m.hit ? 'debrief.pred.member.hit' : 'debrief.pred.member.miss', {
    predicted,
    chosen: sellerLabel(chosen, sc),
  });
}
