// "Do": a control for every intent the current stage allows this seat (shared/rules/permissions.ts, through
// `allowed`), each with the server's refusal shown right under the form that sent it. The forms of each stage
// live in ui/forms/; this panel picks the ones that apply now, in order.
import { allowed, canDisqualify, type SeatContext } from './context.ts';
import { h, Sections } from './dom.ts';
import {
  decisionSection,
  deliveredSection,
  hintSection,
  readySection,
  sharedBenefitsSection,
  specBoardSection,
} from './forms/common.ts';
import { answerSection, askSection, benefitsSection, revealedSection } from './forms/discovery.ts';
import { draftSection, prepareSection } from './forms/groundwork.ts';
import {
  followUpSection,
  mayUse,
  pilotSection,
  rolesSection,
  serviceSection,
  verifySection,
} from './forms/jobs.ts';
import {
  bafoOpen,
  bafoRequestSection,
  bafoWaitSection,
  biddingWaitSection,
  offersSection,
  signOffSection,
  voteSection,
} from './forms/evaluation.ts';
import { FormKit, NONE, type FormStore, type Section } from './forms/kit.ts';
import { priorityPredictionSection, winnerPredictionSection } from './forms/prediction.ts';
import { bafoSection, myProposalSection, proposalSection } from './forms/proposal.ts';
import { rateSection } from './forms/review.ts';
import { disqualifySection, specProposeSection, specVoteSection } from './forms/specification.ts';

export class ActionsPanel {
  readonly el: HTMLElement;
  private readonly sections: Sections;
  private readonly kit: FormKit;
  private readonly store: FormStore;
  private ctx: SeatContext | null = null;

  constructor(store: FormStore, openDebrief: () => void) {
    this.store = store;
    this.kit = new FormKit(store, openDebrief, () => this.refresh());
    this.el = h('div', { class: 'actions', attrs: { id: 'actions' } });
    this.sections = new Sections(this.el);
  }

  invalidate() {
    this.sections.invalidate();
  }

  update(ctx: SeatContext) {
    this.ctx = ctx;
    this.kit.use(ctx);
    const lang = document.documentElement.lang;
    const list = build(this.kit, ctx).map((s) => ({
      ...s,
      sig: [s.sig, lang, this.kit.status(s.key) ?? null],
    }));
    this.sections.update(list);
  }

  private refresh() {
    if (!this.ctx) return;
    const state = this.store.get();
    this.update({ ...this.ctx, state, view: state.view ?? this.ctx.view });
  }
}

/** The sections this seat needs right now, in reading order. */
function build(kit: FormKit, ctx: SeatContext): Section[] {
  const v = ctx.view;
  const out: Section[] = [hintSection(kit, ctx)];
  if (v.phase === 'round-over') {
    out.push(decisionSection(kit, ctx), deliveredSection(kit, ctx));
    return out.filter((s) => s !== NONE);
  }
  if (ctx.kind === 'obc') {
    if (allowed(v, 'answer-question')) out.push(answerSection(kit, ctx));
    if (allowed(v, 'mark-benefits')) out.push(benefitsSection(kit, ctx));
    if (v.sharedBenefits.length > 0 || v.stage === 'specifications')
      out.push(sharedBenefitsSection(kit, ctx));
    if (allowed(v, 'propose-spec-item')) out.push(specProposeSection(kit, ctx));
    if (allowed(v, 'vote-spec-item')) out.push(specVoteSection(kit, ctx));
    if (v.stage === 'specifications' || v.spec.published) out.push(specBoardSection(kit, ctx));
    if (allowed(v, 'verify-claim')) out.push(verifySection(kit, ctx));
    if (v.proposalsOpen) out.push(offersSection(kit, ctx));
    else if (v.stage === 'rfp' && v.step === 'bidding') out.push(biddingWaitSection(kit, ctx));
    if (allowed(v, 'request-bafo') && bafoOpen(kit, ctx)) out.push(bafoRequestSection(kit, ctx));
    if (allowed(v, 'predict-winner') && v.proposalsOpen) out.push(winnerPredictionSection(kit, ctx));
    if (allowed(v, 'vote')) out.push(voteSection(kit, ctx));
    if (v.step === 'bafo') out.push(bafoWaitSection(kit, ctx));
    if (allowed(v, 'disqualify-supplier') && canDisqualify(ctx)) out.push(disqualifySection(kit, ctx));
    if (v.step === 'sign-off') out.push(signOffSection(kit, ctx));
    if (v.decision && (v.step === 'contract' || v.stage === 'post-purchase'))
      out.push(decisionSection(kit, ctx));
    if (allowed(v, 'rate-supplier') && v.decision?.winner) out.push(rateSection(kit, ctx));
    if (v.delivered) out.push(deliveredSection(kit, ctx));
  } else {
    out.push(rolesSection(kit, ctx));
    if (mayUse(ctx, 'ask-question')) out.push(askSection(kit, ctx));
    // Each player's own groundwork (their roles decide which form they see).
    if (mayUse(ctx, 'draft-offering')) out.push(draftSection(kit, ctx));
    if (mayUse(ctx, 'prepare-evidence')) out.push(prepareSection(kit, ctx));
    if (v.revealedConcerns.length > 0) out.push(revealedSection(kit, ctx));
    if (v.sharedBenefits.length > 0) out.push(sharedBenefitsSection(kit, ctx));
    if (v.spec.published) out.push(specBoardSection(kit, ctx));
    const mine = v.proposals.find((p) => p.seller === ctx.sellerId);
    if (allowed(v, 'submit-proposal')) out.push(proposalSection(kit, ctx, mine));
    else if (mine) out.push(myProposalSection(kit, ctx, mine));
    if (mayUse(ctx, 'follow-up') && mine) out.push(followUpSection(kit, ctx));
    if (mayUse(ctx, 'run-pilot')) out.push(pilotSection(kit, ctx));
    if (v.step === 'bafo') out.push(bafoSection(kit, ctx, mine));
    if (mayUse(ctx, 'service-response') && v.decision?.winner === ctx.sellerId && v.delivered)
      out.push(serviceSection(kit, ctx));
    if (allowed(v, 'predict-priorities')) out.push(priorityPredictionSection(kit, ctx));
    if (v.step === 'sign-off' || (v.decision && (v.step === 'contract' || v.stage === 'post-purchase')))
      out.push(decisionSection(kit, ctx));
    if (v.delivered) out.push(deliveredSection(kit, ctx));
  }
  if (allowed(v, 'ready')) out.push(readySection(kit, ctx));
  return out.filter((s) => s !== NONE);
}
