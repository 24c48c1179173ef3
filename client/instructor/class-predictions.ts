// Predict, then reveal, for the class: how well the seller teams read the buying centers (insight calibration,
// table by table) and how many members foresaw their buying center's choice, with a question for the class.
import { formatPercent } from '../i18n/index.ts';
import { sellerLabel } from '../i18n/labels.ts';
import { ct } from '../i18n/console.ts';
import type { ClassDebrief } from '../net/host-api.ts';
import type { PublicScenario } from '../net/types.ts';
import { h } from '../ui/dom.ts';

export function classPredictionsCard(data: ClassDebrief, sc: PublicScenario): HTMLElement {
  const s = data.summary;
  const p = s.predictions;
  return h(
    'section',
    { class: 'card', attrs: { id: 'class-predictions' } },
    h('h2', { text: ct('class.predictions') }),
    h('p', { class: 'hint', text: ct('class.predictionsHint') }),
    h(
      'ul',
      { class: 'facts-list' },
      h('li', {
        attrs: { id: 'class-insight' },
        text:
          p.averageInsight === null
            ? ct('class.insightNone')
            : ct('class.insight', { value: formatPercent(p.averageInsight) }),
      }),
      h('li', { text: ct('class.predictedTeams', { predicted: p.sellersPredicted, total: p.sellers }) }),
      h('li', {
        attrs: { id: 'class-foresaw' },
        text: ct('class.foresaw', { right: p.membersRight, total: p.members, predicted: p.membersPredicted }),
      }),
    ),
    h(
      'div',
      { class: 'scroll-x' },
      h(
        'table',
        { class: 'data', attrs: { id: 'class-predictions-table' } },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            [ct('col.table'), ct('col.insight'), ct('col.foresaw')].map((label) =>
              h('th', { attrs: { scope: 'col' }, text: label }),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          s.tables.map((row) =>
            h(
              'tr',
              { data: { table: row.table } },
              h('th', { attrs: { scope: 'row' }, text: row.table }),
              h(
                'td',
                null,
                h(
                  'ul',
                  { class: 'plain' },
                  row.predictions.sellers.map((x) =>
                    h('li', {
                      data: { seller: x.seller },
                      text: `${sellerLabel(x.seller, sc)}: ${x.made ? formatPercent(x.score) : ct('class.noPrediction')}`,
                    }),
                  ),
                ),
              ),
              h('td', { text: `${row.predictions.membersRight} / ${row.predictions.members}` }),
            ),
          ),
        ),
      ),
    ),
  );
}
