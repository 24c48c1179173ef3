// Stage 1 (and questions later on): a seller asks a chosen member, with an optional topic; the member answers,
// with pet-concern cards; members mark the benefits they seek; sellers see the concerns revealed to them.
import { t } from '../../i18n/index.ts';
import { dimLabel, dimList, memberTitle, roleLabel, sellerLabel, text } from '../../i18n/labels.ts';
import type { PlayerAction } from '../../net/types.ts';
import type { SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { checkGroup, draftList, draftValue, selectField, textField } from '../fields.ts';
import { MAX_BENEFITS, type FormKit, type Section } from './kit.ts';

export function askSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const sc = ctx.scenario;
  const max = sc?.stages['need-recognition'].maxQuestionsPerSeller ?? 6;
  const asked = v.sellers.find((s) => s.id === ctx.sellerId)?.questionsAsked ?? 0;
  const left = Math.max(0, max - asked);
  const members = sc?.buyingFirm.obc.members ?? [];
  return {
    key: 'ask',
    sig: [left, max, members.length, ctx.state.errors['ask-question'], draftValue('ask.to')],
    build: () =>
      kit.form(
        'ask',
        'ask-question',
        t('ask.heading'),
        h('p', { class: 'hint', attrs: { id: 'questions-left' }, text: t('ask.left', { left, max }) }),
        selectField({
          draft: 'ask.to',
          label: t('ask.to'),
          options: members.map((m) => ({
            value: m.role,
            label: `${roleLabel(m.role)} · ${memberTitle(m.role, sc)}`,
          })),
          hint: t('ask.hint'),
        }),
        selectField({
          draft: 'ask.topic',
          label: t('ask.topic'),
          options: [{ value: '', label: t('ask.noTopic') }, ...kit.dimOptions(ctx)],
        }),
        textField({ draft: 'ask.text', label: t('ask.text'), multiline: true, maxLength: 300 }),
        left > 0
          ? kit.button('ask', t('ask.submit'), () => {
              const body = draftValue('ask.text').trim();
              if (!body) return kit.localError('ask-question');
              const to = draftValue('ask.to', members[0]?.role ?? '');
              const topic = draftValue('ask.topic');
              const action: PlayerAction = {
                type: 'ask-question',
                to: to as never,
                text: body,
                ...(topic ? { topic } : {}),
              };
              void kit.send('ask', action, 'ask.text');
            })
          : null,
      ),
  };
}

export function revealedSection(_kit: FormKit, ctx: SeatContext): Section {
  const r = ctx.view.revealedConcerns;
  return {
    key: 'revealed',
    sig: [r],
    build: () => [
      h('h2', { text: t('table.revealed') }),
      h(
        'ul',
        { class: 'cards', attrs: { id: 'revealed-concerns' } },
        r.map((c) =>
          h(
            'li',
            { class: 'concern' },
            h('strong', { text: `${roleLabel(c.role)} · ${dimLabel(c.dimension, ctx.scenario)}` }),
            h('span', { text: text(c.text, ctx.scenario) }),
          ),
        ),
      ),
    ],
  };
}

export function answerSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const open = v.questions.filter((q) => q.to === ctx.role && !q.answer);
  const concerns = ctx.member?.priorities.petConcerns ?? [];
  return {
    key: 'answers',
    sig: [open, ctx.state.errors['answer-question'], kit.status('answers')],
    build: () =>
      kit.form(
        'answers',
        'answer-question',
        t('answer.heading'),
        open.length === 0 ? h('p', { class: 'hint', text: t('answer.none') }) : null,
        ...open.map((q) =>
          h(
            'article',
            { class: 'question', data: { question: q.id } },
            h('p', {
              class: 'eyebrow',
              text: t('answer.from', { seller: sellerLabel(q.seller, ctx.scenario) }),
            }),
            h('blockquote', { text: q.text }),
            q.topic
              ? h('p', {
                  class: 'hint',
                  text: t('answer.topic', { topic: dimLabel(q.topic, ctx.scenario) }),
                })
              : null,
            textField({
              draft: `answer.${q.id}.text`,
              label: t('answer.text'),
              multiline: true,
              maxLength: 500,
            }),
            concerns.length > 0
              ? checkGroup({
                  draft: `answer.${q.id}.cards`,
                  legend: t('answer.cards'),
                  options: concerns.map((c) => ({
                    value: c.id,
                    label: text(c.text, ctx.scenario),
                    hint: dimLabel(c.dimension, ctx.scenario),
                  })),
                })
              : null,
            kit.button(
              'answers',
              t('answer.submit'),
              () => {
                const body = draftValue(`answer.${q.id}.text`).trim();
                if (!body) return kit.localError('answer-question');
                void kit.send(
                  'answers',
                  {
                    type: 'answer-question',
                    questionId: q.id,
                    text: body,
                    concerns: draftList(`answer.${q.id}.cards`),
                  },
                  `answer.${q.id}.`,
                );
              },
              'primary',
              `answer-${q.id}`,
            ),
          ),
        ),
      ),
  };
}

export function benefitsSection(kit: FormKit, ctx: SeatContext): Section {
  const v = ctx.view;
  const current = (ctx.role ? v.benefitsSought[ctx.role] : undefined) ?? [];
  const others = Object.entries(v.benefitsSought)
    .filter(([role]) => role !== ctx.role)
    .map(([role]) => roleLabel(role));
  return {
    key: 'benefits',
    sig: [current, others, ctx.state.errors['mark-benefits']],
    build: () =>
      kit.form(
        'benefits',
        'mark-benefits',
        t('benefits.heading'),
        h('p', { class: 'hint', text: t('benefits.hint') }),
        current.length > 0
          ? h('p', {
              class: 'current',
              text: t('benefits.current', { list: dimList(current, ctx.scenario) }),
            })
          : null,
        checkGroup({
          draft: 'benefits.dims',
          legend: t('spec.dimension'),
          options: kit.dimOptions(ctx),
          initial: current,
          max: MAX_BENEFITS,
        }),
        others.length > 0
          ? h('p', { class: 'hint', text: t('benefits.others', { list: others.join(', ') }) })
          : null,
        kit.button('benefits', t('benefits.submit'), () => {
          const dims = draftList('benefits.dims', current);
          if (dims.length === 0) return kit.localError('mark-benefits');
          void kit.send('benefits', { type: 'mark-benefits', dimensions: dims.slice(0, MAX_BENEFITS) });
        }),
      ),
  };
}
