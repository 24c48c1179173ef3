// Stage 3 for the buying center: the proposals (opened after bidding), private scores, a best-and-final request,
// the vote, and the sign-off of the chosen seller.
import { t } from '../../i18n/index.ts';
import { dimLabel, dimList, evidenceList, money, optionList, sellerLabel } from '../../i18n/labels.ts';
import type { Proposal } from '../../net/types.ts';
import { allowed, eligibleSellers, type SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { checkGroup, draftList, draftValue, selectField, textField } from '../fields.ts';
import type { FormKit, Section } from './kit.ts';

export function biddingWaitSection(_kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  return {
    key: 'bidding-wait',
    sig: [v.handedIn],
    build: () => [
      h('h2', { text: t('offers.heading') }),
      h('p', { text: t('proposal.waiting') }),
      h('p', {
        class: 'hint',
        text: t('proposal.handedIn', {
          list: v.handedIn.map((x) => sellerLabel(x.seller, ctx.scenario)).join(', ') || '–',
        }),
      }),
    ],
  };
}

export function offersSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const myScores = (ctx.role ? v.scores[ctx.role] : undefined) ?? {};
  const canScore = allowed(v, 'score-proposal');
  const eligible = eligibleSellers(v);
  return {
    key: 'offers',
    sig: [v.proposals, myScores, canScore, eligible, ctx.state.errors['score-proposal'], kit.status('score')],
    build: () => [
      h('h2', { text: t('offers.heading') }),
      v.proposals.length === 0 ? h('p', { text: t('offers.none') }) : null,
      ...v.proposals.map((p) =>
        offerCard(kit, ctx, p, eligible.includes(p.seller), canScore, myScores[p.seller]),
      ),
      kit.errorLine('score-proposal'),
      kit.statusLine('score'),
    ],
  };
}

export function offerCard(
  kit: FormKit,
  ctx: SeatContext,
  p: Proposal,
  eligible: boolean,
  canScore: boolean,
  score: number | undefined,
) {
  const sc = ctx.scenario;
  const dims = sc?.dimensions.map((d) => d.id) ?? Object.keys(p.stated);
  const toMe = ctx.role ? p.messages[ctx.role] : undefined;
  return h(
    'article',
    { class: `offer${eligible ? '' : ' out'}`, data: { seller: p.seller } },
    h(
      'header',
      null,
      h('h3', { text: sellerLabel(p.seller, sc) }),
      h('p', { class: 'price', text: t('offers.price', { price: money(p.price, sc) }) }),
      p.bafo ? h('span', { class: 'tag', text: t('offers.bafo') }) : null,
      eligible ? null : h('span', { class: 'tag warn', text: t('offers.out') }),
    ),
    h('p', { class: 'hint', text: t('offers.terms', { ...p.terms }) }),
    h('p', { text: t('offers.leadWith', { list: dimList(p.leadWith, sc) }) }),
    toMe ? h('blockquote', { class: 'to-me', text: t('offers.toYou', { text: toMe.text }) }) : null,
    p.options.length > 0
      ? h('p', {
          class: 'hint',
          text: t('offers.options', { list: optionList(p.options, ctx.view.labels, sc) }),
        })
      : null,
    p.evidence.length > 0
      ? h('p', {
          class: 'hint',
          text: t('offers.evidence', { list: evidenceList(p.evidence, ctx.view.labels, sc) }),
        })
      : null,
    h('p', { class: 'eyebrow', text: t('offers.stated') }),
    h(
      'ul',
      { class: 'bars levels' },
      dims.map((d) => {
        const level = p.stated[d] ?? 0;
        const lead = p.leadWith.includes(d);
        return h(
          'li',
          { class: lead ? 'lead' : '' },
          h('span', { class: 'bar-label', text: dimLabel(d, sc) }),
          h(
            'span',
            { class: 'bar', attrs: { 'aria-hidden': 'true' } },
            h('span', { style: { width: `${level * 20}%` } }),
          ),
          h('span', { class: 'bar-value', text: `${level}/5` }),
        );
      }),
    ),
    canScore && eligible
      ? h(
          'div',
          { class: 'row score' },
          selectField({
            draft: `score.${p.seller}`,
            label: t('score.label'),
            initial: String(score ?? 5),
            options: Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) })),
          }),
          kit.button(
            'score',
            t('score.submit'),
            () => {
              const value = Number(draftValue(`score.${p.seller}`, String(score ?? 5)));
              void kit.send('score', { type: 'score-proposal', seller: p.seller, score: value });
            },
            'secondary',
            `score-${p.seller}`,
          ),
        )
      : null,
    score !== undefined ? h('p', { class: 'hint', text: t('score.yours', { score }) }) : null,
  );
}

export function voteSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const eligible = eligibleSellers(v);
  const mine = ctx.role ? v.votes[ctx.role] : undefined;
  const members = ctx.scenario?.buyingFirm.obc.members.length ?? 5;
  return {
    key: 'vote',
    sig: [eligible, mine, v.voted, ctx.state.errors.vote],
    build: () =>
      kit.form(
        'vote',
        'vote',
        t('vote.heading'),
        mine
          ? h('p', { class: 'current', text: t('vote.yours', { seller: sellerLabel(mine, ctx.scenario) }) })
          : null,
        h('p', { class: 'hint', text: t('vote.count', { voted: v.voted.length, total: members }) }),
        h(
          'div',
          { class: 'row wrap' },
          eligible.map((id) =>
            kit.button(
              'vote',
              t('vote.for', { seller: sellerLabel(id, ctx.scenario) }),
              () => void kit.send('vote', { type: 'vote', seller: id }),
              mine === id ? 'primary' : 'secondary',
              `vote-${id}`,
            ),
          ),
        ),
      ),
  };
}

export function bafoOpen(_kit: FormKit, ctx: SeatContext): boolean {
  const v = ctx.view;
  const allowBafo = ctx.scenario?.stages.rfp.allowBafo ?? true;
  return allowBafo && !v.bafo && !v.handedIn.some((x) => x.bafo) && eligibleSellers(v).length > 0;
}

export function bafoRequestSection(kit: FormKit, ctx: SeatContext): Section {
  const eligible = eligibleSellers(ctx.view);
  return {
    key: 'bafo-request',
    sig: [eligible, ctx.state.errors['request-bafo']],
    build: () =>
      kit.form(
        'bafo-request',
        'request-bafo',
        t('bafo.request'),
        h('p', { class: 'hint', text: t('bafo.requestHint') }),
        checkGroup({
          draft: 'bafo.sellers',
          legend: t('dq.seller'),
          options: eligible.map((id) => kit.sellerOption(ctx, id)),
          initial: eligible,
        }),
        kit.button(
          'bafo-request',
          t('bafo.requestSubmit'),
          () => {
            const sellers = draftList('bafo.sellers', eligible).filter((id) => eligible.includes(id));
            if (sellers.length === 0) return kit.localError('request-bafo');
            void kit.send('bafo-request', { type: 'request-bafo', sellers }, 'bafo.');
          },
          'secondary',
        ),
      ),
  };
}

export function bafoWaitSection(_kit: FormKit, ctx: SeatContext): Section {
  const b = ctx.view.bafo;
  const waiting = b ? b.sellers.filter((s) => !b.answered.includes(s)) : [];
  return {
    key: 'bafo-wait',
    sig: [b],
    build: () => [
      h('h2', { text: t('bafo.heading') }),
      h('p', {
        text: t('bafo.waiting', {
          list: waiting.map((s) => sellerLabel(s, ctx.scenario)).join(', ') || '–',
        }),
      }),
    ],
  };
}

export function signOffSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const d = v.decision;
  const power = Boolean(ctx.member?.signOff || ctx.member?.veto);
  const mine = ctx.role ? d?.approvals[ctx.role] : undefined;
  const can = allowed(v, 'sign-off') && power && d?.signOff === 'pending' && mine === undefined;
  return {
    key: 'signoff',
    sig: [d, can, mine, ctx.state.errors['sign-off']],
    build: () =>
      kit.form(
        'signoff',
        'sign-off',
        t('signoff.heading'),
        d?.winner
          ? h('p', {
              class: 'outcome',
              text: t('signoff.chosen', { seller: sellerLabel(d.winner, ctx.scenario) }),
            })
          : null,
        mine !== undefined
          ? h('p', { class: 'current', text: mine ? t('signoff.yours.yes') : t('signoff.yours.no') })
          : null,
        can
          ? h(
              'div',
              null,
              textField({ draft: 'signoff.comment', label: t('signoff.comment'), maxLength: 300 }),
              h(
                'div',
                { class: 'row' },
                kit.button(
                  'signoff',
                  t('signoff.approve'),
                  () =>
                    void kit.send(
                      'signoff',
                      { type: 'sign-off', approve: true, comment: draftValue('signoff.comment').trim() },
                      'signoff.',
                    ),
                  'primary',
                  'signoff-approve',
                ),
                kit.button(
                  'signoff',
                  t('signoff.reject'),
                  () =>
                    void kit.send(
                      'signoff',
                      { type: 'sign-off', approve: false, comment: draftValue('signoff.comment').trim() },
                      'signoff.',
                    ),
                  'danger',
                  'signoff-reject',
                ),
              ),
            )
          : h('p', { class: 'hint', text: t('signoff.waiting') }),
      ),
  };
}
