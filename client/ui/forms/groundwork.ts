// The selling center's groundwork (issue 13): while the sales representative discovers, the product manager
// drafts the offering (options and claims the proposal form later starts from) and customer service prepares the
// evidence (handed in with the proposal unless it attaches other evidence), each naming the team's answered
// questions it draws on. Only what members answered is listed: a seller never sees a hidden priority.
import { t, tk } from '../../i18n/index.ts';
import { gk } from '../../i18n/groundwork.ts';
import { dimLabel, dimList, money, roleLabel, text } from '../../i18n/labels.ts';
import type { Question, SeatView } from '../../net/types.ts';
import type { SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { checkGroup, draftList, draftValue, numberField, selectField } from '../fields.ts';
import type { FormKit, Section } from './kit.ts';
import { optionChoices } from './option-choices.ts';

type Prep = NonNullable<SeatView['prep'][string]>;

function prepOf(ctx: SeatContext): Prep | undefined {
  const id = ctx.sellerId;
  return id && Object.hasOwn(ctx.view.prep, id) ? ctx.view.prep[id] : undefined;
}

/** The team's questions that members have answered, newest last. */
function answered(ctx: SeatContext): Question[] {
  return ctx.view.questions.filter((q) => q.seller === ctx.sellerId && q.answer);
}

function answerOptions(ctx: SeatContext) {
  return answered(ctx).map((q) => {
    const said = q.answer?.text ?? '';
    return {
      value: q.id,
      label: `${roleLabel(q.to)}: ${said.length > 80 ? `${said.slice(0, 79)}…` : said}`,
    };
  });
}

/** The product manager's draft of the offering. */
export function draftSection(kit: FormKit, ctx: SeatContext): Section {
  const sc = ctx.scenario;
  const o = ctx.offering;
  const current = prepOf(ctx)?.offering;
  const answers = answerOptions(ctx);
  const dims = sc?.dimensions ?? [];
  const mine = ctx.view.proposals.find((p) => p.seller === ctx.sellerId);
  return {
    key: 'draft',
    sig: [current, answers, o, ctx.view.step, ctx.state.errors['draft-offering']],
    build: () =>
      kit.form(
        'draft',
        'draft-offering',
        gk('draft.heading'),
        h('p', { class: 'hint', text: gk('draft.hint') }),
        current
          ? h('p', {
              class: 'current',
              attrs: { id: 'my-draft' },
              text: gk('draft.current', {
                options: current.options.length,
                claims:
                  Object.entries(current.claims)
                    .map(([d, l]) => `${dimLabel(d, sc)} ${l}`)
                    .join(', ') || '–',
              }),
            })
          : null,
        answers.length > 0
          ? checkGroup({
              draft: 'draft.answers',
              legend: gk('groundwork.answers'),
              options: answers,
              initial: current?.answers ?? [],
            })
          : h('p', { class: 'hint', text: gk('groundwork.noAnswers') }),
        o && o.options.length > 0
          ? checkGroup({
              draft: 'draft.options',
              legend: t('proposal.options'),
              initial: current?.options ?? [],
              options: optionChoices(ctx),
            })
          : null,
        // While the buying center evaluates: the price the team would go to if asked for a best and final offer.
        ctx.view.step === 'evaluation' && mine
          ? numberField({
              draft: 'draft.price',
              label: gk('draft.price', { currency: sc?.economics.currency ?? '' }),
              initial: current?.price ?? mine.price,
              min: 1,
              max: mine.price,
              step: 1,
              hint: gk('draft.priceHint'),
            })
          : null,
        ...dims.map((d) =>
          selectField({
            draft: `draft.claim.${d.id}`,
            label: gk('draft.claim', { dimension: dimLabel(d.id, sc) }),
            initial: current && Object.hasOwn(current.claims, d.id) ? String(current.claims[d.id]) : '',
            options: [
              { value: '', label: gk('draft.noClaim') },
              ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
            ],
          }),
        ),
        kit.button('draft', gk('draft.submit'), () => {
          const claims: Record<string, number> = {};
          for (const d of dims) {
            const v = Number(draftValue(`draft.claim.${d.id}`, ''));
            if (Number.isInteger(v) && v >= 1 && v <= 5) claims[d.id] = v;
          }
          const price = Number(draftValue('draft.price', String(current?.price ?? mine?.price ?? '')));
          void kit.send('draft', {
            type: 'draft-offering',
            ...(ctx.view.step === 'evaluation' && mine && price > 0 ? { price } : {}),
            options: draftList('draft.options', current?.options ?? []),
            claims,
            answers: draftList('draft.answers', current?.answers ?? []).filter((id) =>
              answers.some((a) => a.value === id),
            ),
          });
        }),
      ),
  };
}

/** Customer service's prepared evidence. */
export function prepareSection(kit: FormKit, ctx: SeatContext): Section {
  const sc = ctx.scenario;
  const o = ctx.offering;
  const current = prepOf(ctx)?.evidence;
  const answers = answerOptions(ctx);
  return {
    key: 'prepare',
    sig: [current, answers, o, ctx.view.step, ctx.state.errors['prepare-evidence']],
    build: () =>
      kit.form(
        'prepare',
        'prepare-evidence',
        gk('prepare.heading'),
        h('p', { class: 'hint', text: gk('prepare.hint') }),
        current
          ? h('p', {
              class: 'current',
              attrs: { id: 'my-prepared' },
              text: gk('prepare.current', { count: current.evidence.length }),
            })
          : null,
        answers.length > 0
          ? checkGroup({
              draft: 'prepare.answers',
              legend: gk('groundwork.answers'),
              options: answers,
              initial: current?.answers ?? [],
            })
          : h('p', { class: 'hint', text: gk('groundwork.noAnswers') }),
        o && o.evidence.length > 0
          ? checkGroup({
              draft: 'prepare.evidence',
              legend: t('proposal.evidence'),
              initial: current?.evidence ?? [],
              options: o.evidence.map((e) => ({
                value: e.id,
                label: text(e.label, sc),
                hint: `${tk(`evidence.${e.kind}`, e.kind)} · ${dimList(e.dimensions, sc)} · ${money(e.cost, sc)}`,
              })),
            })
          : h('p', { class: 'hint', text: gk('prepare.none') }),
        kit.button('prepare', gk('prepare.submit'), () => {
          void kit.send('prepare', {
            type: 'prepare-evidence',
            evidence: draftList('prepare.evidence', current?.evidence ?? []),
            answers: draftList('prepare.answers', current?.answers ?? []).filter((id) =>
              answers.some((a) => a.value === id),
            ),
          });
        }),
      ),
  };
}

/** Where the proposal form starts: the team's draft and prepared evidence (the form's own drafts come first). */
export function groundworkStart(ctx: SeatContext): {
  options?: string[];
  claims?: Record<string, number>;
  evidence?: string[];
  price?: number;
} {
  const prep = prepOf(ctx);
  return {
    ...(prep?.offering ? { options: prep.offering.options, claims: prep.offering.claims } : {}),
    ...(prep?.offering?.price != null ? { price: prep.offering.price } : {}),
    ...(prep?.evidence ? { evidence: prep.evidence.evidence } : {}),
  };
}
