// A seller team played by a bot, following one of the notes' value-proposition strategies (2.4) or one of the
// ways of gaming the rules a class will try. Every strategy runs discovery (asks the members what matters to
// them) except `no-discovery`; the honest ones claim what the offer delivers, and differ only in what they
// stress to whom:
//   all-benefits                     leads with every benefit, the same to everyone
//   favorable-points-of-difference   leads with where it is ahead of the competition, the same to everyone
//   resonating-focus                 a few benefits where it is ahead that the members it asked care about,
//                                    each member told of their own
// The adversarial ones play resonating focus but: `overclaim` claims above the truth, `claim-must-haves`
// claims what its options would lift without buying them, `price-at-cost` prices at cost, `max-evidence` buys
// every piece of evidence, `no-discovery` asks nothing (so it cannot tailor).
import { own, setOwn } from '../own.ts';
import { MODEL, evidenceFits, isTangible } from '../rules/model.ts';
import { allowedNow, questionAllowance, stepVisit } from '../rules/permissions.ts';
import { promisedOf } from '../rules/decision.ts';
import { priorOf } from '../rules/beliefs.ts';
import { deliveredLevels, gapsOf, unitCostOf, type Levels } from '../rules/scoring.ts';
import { SELLER_ROLES, sellerMay, type SellerRole } from '../rules/seller-roles.ts';
import type { PlayerAction } from '../rules/types.ts';
import type { Language, ObcRole, Scenario, Seller } from '../scenario/schema.ts';
import { say } from './phrases.ts';
import { type BotView, mySeat } from './view-facts.ts';

export const HONEST_STRATEGIES = [
  'all-benefits',
  'favorable-points-of-difference',
  'resonating-focus',
] as const;
export const ADVERSARIAL_STRATEGIES = [
  'overclaim',
  'claim-must-haves',
  'price-at-cost',
  'max-evidence',
  'no-discovery',
] as const;
export const SELLER_STRATEGIES = [...HONEST_STRATEGIES, ...ADVERSARIAL_STRATEGIES] as const;
export type SellerStrategy = (typeof SELLER_STRATEGIES)[number];

/** The most benefits a focused pitch stresses to one member (its lead included). */
const FOCUS = 2;
/** Evidence an honest seller buys must cost at most this share of the contract at list price. */
const EVIDENCE_BUDGET = 0.02;

function allowed(view: BotView, type: PlayerAction['type']): boolean {
  return view.phase === 'playing' && allowedNow(view, type);
}

/** The member who answers for the buyer's market (its customers): marketing (schema.ts, `Customers`). */
const MARKET_VOICE = 'marketing';

/**
 * Derived demand (notes: the demand for industrial goods derives from the demand of the buyer's own customers):
 * the benefits the buyer's customers need, once the team has heard from the buying center about them — an
 * answer from marketing, which answers for the market (from any member, where the buying center has none) — and
 * the benefits market news said the customers now ask more of (every seat hears the news).
 */
export function customerNeeds(scenario: Scenario, view: BotView): string[] {
  const customers = scenario.buyingFirm.customers;
  const members = scenario.buyingFirm.obc.members.map((m) => m.role);
  const voices: string[] = members.includes(MARKET_VOICE) ? [MARKET_VOICE] : members;
  const heard = view.questions.some((q) => q.answer !== null && voices.includes(q.to));
  const news = (view.market.news ?? []).map((n) => n.dimension);
  return [...new Set([...(heard && customers ? customers.dimensions : []), ...news])];
}

/** What the seller knows of the competition: the rivals' standard offerings as the market knows them. */
export function rivalEstimate(scenario: Scenario, view: BotView): Levels {
  const market = view.brief?.kind === 'seller' ? view.brief.market : [];
  const out: Levels = {};
  for (const d of scenario.dimensions) {
    const known = market.map((m) => own(m.levels, d.id)).filter((x): x is number => x !== undefined);
    setOwn(out, d.id, known.length > 0 ? Math.max(...known) : MODEL.norm);
  }
  return out;
}

/** What each member revealed they care about when this seller asked (their concern cards). */
function discovered(view: BotView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of view.revealedConcerns) {
    const list = out.get(c.role) ?? [];
    if (!list.includes(c.dimension)) list.push(c.dimension);
    out.set(c.role, list);
  }
  return out;
}

/**
 * The team's next intent. `roles` are the roles of the bot player asking (seller-roles.ts; all three for a bot
 * playing the whole seat): a player with some of them does only their part — the product manager hands in the
 * offering, the sales representative then sets the pitch, customer service attaches the evidence.
 */
export function sellerIntent(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  lang: Language,
  roles: readonly SellerRole[] = SELLER_ROLES,
): PlayerAction | null {
  const whole = SELLER_ROLES.every((r) => roles.includes(r));
  const may = (type: PlayerAction['type']) => allowed(view, type) && sellerMay(roles, type);
  if (may('ask-question') && strategy !== 'no-discovery' && view.stage !== 'post-purchase') {
    const question = nextQuestion(scenario, view, seller, lang);
    if (question) return question;
  }
  const groundwork = groundworkIntent(scenario, view, seller, strategy, lang, may);
  if (groundwork) return groundwork;
  const mine = view.proposals.find((p) => p.seller === seller.id);
  if (allowed(view, 'submit-proposal') && !mine) {
    if (!may('submit-proposal')) return null;
    const full = proposal(scenario, view, seller, strategy, lang);
    if (whole) return full;
    // Only the offering: the pitch and the evidence are the teammates' (they follow with set-pitch and
    // attach-evidence, as planned here, so the team hands in what one bot would).
    const { leadWith, messages, evidence: _evidence, ...offering } = full;
    return { ...offering, ...(roles.includes('sales-rep') ? { leadWith, messages } : {}) };
  }
  if (mine && allowed(view, 'set-pitch') && may('set-pitch') && mine.leadWith.length === 0) {
    const full = proposal(scenario, view, seller, strategy, lang);
    return { type: 'set-pitch', leadWith: full.leadWith, messages: full.messages };
  }
  if (mine && allowed(view, 'attach-evidence') && may('attach-evidence') && !evidenceDone(view)) {
    return { type: 'attach-evidence', evidence: proposal(scenario, view, seller, strategy, lang).evidence };
  }
  if (may('run-pilot')) {
    const pilot = view.requests.find(
      (r) => r.seller === seller.id && r.method === 'pilot' && r.status === 'pending',
    );
    if (pilot && view.proposalsOpen) return { type: 'run-pilot', requestId: pilot.id };
  }
  if (may('follow-up') && mine && strategy !== 'no-discovery' && tailors(strategy)) {
    const follow = followUpFor(scenario, view, seller, mine, lang);
    if (follow) return follow;
  }
  if (
    may('submit-bafo') &&
    view.bafo?.sellers.includes(seller.id) &&
    !view.bafo.answered.includes(seller.id)
  ) {
    if (mine) {
      if (strategy === 'price-at-cost') return { type: 'submit-bafo', price: mine.price };
      // Meet the price the buyer asks for, but give at most a tenth and never go below cost plus 5 %; asked for
      // nothing, give 4 %.
      const floor = bafoFloor(scenario, seller, mine);
      const asked = own(view.bafo.targets, seller.id) ?? Math.round(mine.price * 96) / 100;
      return { type: 'submit-bafo', price: Math.min(mine.price, Math.max(floor, asked)) };
    }
  }
  if (
    may('service-response') &&
    view.decision?.winner === seller.id &&
    view.delivered &&
    !view.service &&
    mine
  ) {
    // Make good on the promises the delivery did not keep (what they cost in trust is worth more than the remedy).
    const broken = Object.values(gapsOf(promisedOf(view, mine), view.delivered)).filter((g) => g >= 1).length;
    return {
      type: 'service-response',
      remedy: broken > 0,
      text: say(broken > 0 ? 'deliveredBadly' : 'deliveredWell', lang),
    };
  }
  if (allowed(view, 'predict-priorities') && !own(view.predictions.sellers, seller.id)) {
    const prediction = predictedPriorities(scenario, view);
    if (prediction) return prediction;
  }
  const seat = mySeat(view);
  if (seat && !seat.ready && allowed(view, 'ready')) return { type: 'ready', ready: true };
  return null;
}

/**
 * The product manager's draft and customer service's prepared evidence, once per step in which they are allowed:
 * what the proposal would be with what the team knows now (its answered questions, the published
 * specification), naming the answers it draws on. In evaluation the draft's price is the floor of a best-and-final
 * offer (as submit-bafo below computes it).
 */
function groundworkIntent(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  lang: Language,
  may: (type: PlayerAction['type']) => boolean,
): PlayerAction | null {
  if (view.sellers.find((x) => x.id === seller.id)?.disqualified) return null;
  const prep = own(view.prep, seller.id);
  const thisStep = (g: { visit: string } | undefined) => g?.visit === stepVisit(view);
  const answered = view.questions.filter((q) => q.seller === seller.id && q.answer);
  if (may('draft-offering') && !thisStep(prep?.offering)) {
    const full = proposal(scenario, view, seller, strategy, lang);
    // The answers that touch the offering: those that showed a concern card or were asked on a topic.
    const answers = answered.filter((q) => q.topic !== null || (q.answer?.concerns.length ?? 0) > 0);
    const mine = view.proposals.find((p) => p.seller === seller.id);
    return {
      type: 'draft-offering',
      options: full.options,
      claims: full.claims,
      ...(view.step === 'evaluation' && mine ? { price: bafoFloor(scenario, seller, mine) } : {}),
      answers: answers.map((q) => q.id).slice(0, 30),
    };
  }
  if (may('prepare-evidence') && !thisStep(prep?.evidence)) {
    const full = proposal(scenario, view, seller, strategy, lang);
    const backed = new Set(
      seller.offering.evidence.filter((e) => full.evidence.includes(e.id)).flatMap((e) => e.dimensions),
    );
    // The answers this evidence fits: asked on, or showing a card on, a benefit the evidence backs.
    const fits = answered.filter(
      (q) =>
        (q.topic !== null && backed.has(q.topic)) ||
        view.revealedConcerns.some((c) => c.role === q.to && backed.has(c.dimension)),
    );
    return { type: 'prepare-evidence', evidence: full.evidence, answers: fits.map((q) => q.id).slice(0, 30) };
  }
  return null;
}

/** The lowest best-and-final price the team gives: cost plus 5 %, and never more than a tenth off. */
function bafoFloor(scenario: Scenario, seller: Seller, mine: BotView['proposals'][number]): number {
  return Math.max(
    Math.ceil(unitCostOf(scenario, seller.id, mine.options) * 105) / 100,
    Math.round(mine.price * 90) / 100,
  );
}

/** Whether customer service has seen to the team's evidence this round (attached it, or handed it in with the offering). */
function evidenceDone(view: BotView): boolean {
  return view.jobs.some(
    (j) =>
      j.type === 'attach-evidence' || (j.type === 'submit-proposal' && j.roles.includes('customer-service')),
  );
}

/** The strategies that tailor the pitch to each member: they follow up too. */
function tailors(strategy: SellerStrategy): boolean {
  return strategy !== 'all-benefits' && strategy !== 'favorable-points-of-difference';
}

/**
 * A tailoring seller's follow-up while the buying center evaluates: the checks members asked of it during bidding
 * told it what each of them will look at first. To a member who asked about a benefit where the seller is ahead
 * and that its message did not stress, it writes again, that benefit first (two at most): resonating focus with
 * what it has learnt since the proposal.
 */
function followUpFor(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  mine: BotView['proposals'][number],
  lang: Language,
): PlayerAction | null {
  const done = mine.followedUp ?? [];
  const ahead = strengths(scenario, view, seller, deliveredLevels(scenario, seller.id, mine.options));
  for (const r of view.requests) {
    const before = own(mine.messages, r.by)?.dimensions ?? [];
    if (r.seller !== seller.id || done.includes(r.by) || before.includes(r.dimension)) continue;
    if (!ahead.includes(r.dimension)) continue;
    const dimensions = [...new Set([r.dimension, ...before])].slice(0, FOCUS);
    return { type: 'follow-up', to: r.by, text: say('answerWorry', lang), dimensions };
  }
  // Market news of this round (derived demand: the buyer's customers now ask more of a benefit) where the seller
  // is ahead and its pitch did not stress it: it tells marketing, which answers for the market.
  const stressed = new Set([
    ...mine.leadWith,
    ...Object.values(mine.messages).flatMap((m) => m?.dimensions ?? []),
  ]);
  const news = view.market.news.filter((n) => n.round === view.round).map((n) => n.dimension);
  const fresh = news.find((d) => ahead.includes(d) && !stressed.has(d));
  const voice = scenario.buyingFirm.obc.members.find((m) => m.role === MARKET_VOICE);
  if (fresh && voice && !done.includes(voice.role)) {
    const before = own(mine.messages, voice.role)?.dimensions ?? [];
    const dimensions = [...new Set([fresh, ...before])].slice(0, FOCUS);
    return { type: 'follow-up', to: voice.role, text: say('answerWorry', lang), dimensions };
  }
  return null;
}

/**
 * Predict, then reveal: each member's top priority as discovery showed it — the first concern card the member
 * showed this team (an open question is answered with the card on what it weighs most) — and for a member who
 * showed none (every member, for a team that asked nothing) the benefit the buying center most sought.
 */
function predictedPriorities(scenario: Scenario, view: BotView): PlayerAction | null {
  const found = discovered(view);
  const sought = view.sharedBenefits[0];
  const priorities: Partial<Record<ObcRole, string>> = {};
  for (const m of scenario.buyingFirm.obc.members) {
    const guess = found.get(m.role)?.[0] ?? sought;
    if (guess !== undefined) priorities[m.role] = guess;
  }
  return Object.keys(priorities).length > 0 ? { type: 'predict-priorities', priorities } : null;
}

/**
 * Discovery: first an open question to every member, the higher in the hierarchy first (each shows what
 * matters most to them), then questions on the seller's own strengths to those who have said nothing yet.
 */
function nextQuestion(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  lang: Language,
): PlayerAction | null {
  const asked = view.questions;
  const max = questionAllowance(scenario, view.stage);
  if (asked.filter((q) => q.stage === view.stage).length >= max) return null;
  const members = [...scenario.buyingFirm.obc.members].sort(
    (a, b) => a.hierarchyLevel - b.hierarchyLevel || a.role.localeCompare(b.role),
  );
  const open = members.find((m) => !asked.some((q) => q.to === m.role));
  if (open) return { type: 'ask-question', to: open.role, text: say('askOpen', lang) };
  const found = discovered(view);
  const silent = members.filter((m) => !found.has(m.role));
  const strong = strengths(scenario, view, seller);
  for (const m of silent) {
    const topic = strong.find((d) => !asked.some((q) => q.to === m.role && q.topic === d));
    if (topic) return { type: 'ask-question', to: m.role, text: say('ask', lang, scenario, topic), topic };
  }
  return null;
}

/** The seller's benefits where it is ahead of what it knows of the competition, the widest lead first. */
function strengths(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  levels: Levels = seller.offering.levels,
) {
  const rival = rivalEstimate(scenario, view);
  return (
    scenario.dimensions
      .map((d) => ({
        d: d.id,
        lead: (own(levels, d.id) ?? 0) - (own(rival, d.id) ?? MODEL.norm),
        level: own(levels, d.id) ?? 0,
      }))
      // Ahead of the competition, and above the market norm (a level at the norm is nothing to tell).
      .filter((x) => x.lead > 0 && x.level > MODEL.norm)
      .sort((a, b) => b.lead - a.lead || b.level - a.level || a.d.localeCompare(b.d))
      .map((x) => x.d)
  );
}

function proposal(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  lang: Language,
): FullProposal {
  const offering = seller.offering;
  const mustHaves = view.spec.items.filter((i) => i.status === 'adopted' && i.kind === 'must-have');
  const needs = (dim: string, level: number) => mustHaves.some((m) => m.dimension === dim && level < m.value);
  // Options a published must-have needs, and nothing else: options cost margin. The must-have gamer buys none.
  const options =
    strategy === 'claim-must-haves'
      ? []
      : offering.options
          .filter((o) => needs(o.dimension, own(offering.levels, o.dimension) ?? 0))
          .map((o) => o.id);
  const delivered = deliveredLevels(scenario, seller.id, options);
  const claims = claimsFor(scenario, view, seller, strategy, delivered);
  // A published must-have is stated whatever the prior: the contract is signed against it.
  const stated =
    strategy === 'claim-must-haves'
      ? deliveredLevels(
          scenario,
          seller.id,
          offering.options.map((o) => o.id),
        )
      : delivered;
  for (const m of mustHaves)
    if ((own(claims, m.dimension) ?? 0) < m.value)
      setOwn(claims, m.dimension, Math.max(m.value, own(stated, m.dimension) ?? 0));

  const pitch = pitchFor(scenario, view, seller, strategy, strategy === 'overclaim' ? claims : delivered);
  // Evidence: every honest strategy buys the same (the cheapest piece that fits the seller's strongest intangible
  // benefit, if it costs at most 2 % of the contract), so that comparing them measures the pitch alone.
  const contract = offering.listPrice * scenario.economics.quantity;
  const strongest = scenario.dimensions
    .filter((d) => !isTangible(d.category))
    .sort((a, b) => (own(delivered, b.id) ?? 0) - (own(delivered, a.id) ?? 0) || a.id.localeCompare(b.id))[0];
  const evidence =
    strategy === 'max-evidence'
      ? offering.evidence.map((e) => e.id)
      : offering.evidence
          .filter(
            (e) =>
              strongest && e.dimensions.includes(strongest.id) && evidenceFits(e.kind, strongest.category),
          )
          .filter((e) => e.cost <= contract * EVIDENCE_BUDGET)
          .sort((a, b) => a.cost - b.cost || a.id.localeCompare(b.id))
          .slice(0, 1)
          .map((e) => e.id);

  const cost = unitCostOf(scenario, seller.id, options);
  // The honest strategies price alike (at list price, never below cost plus 5 %), so that comparing them
  // measures the value proposition and nothing else.
  const price =
    strategy === 'price-at-cost'
      ? Math.ceil(
          (cost +
            offering.evidence.filter((e) => evidence.includes(e.id)).reduce((s, e) => s + e.cost, 0) /
              scenario.economics.quantity) *
            100,
        ) / 100
      : Math.max(offering.listPrice, Math.ceil(cost * 1.05));
  return {
    type: 'submit-proposal',
    price,
    options,
    evidence,
    terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 8 },
    claims,
    leadWith: pitch.leadWith,
    messages: Object.fromEntries(
      Object.entries(pitch.messages).map(([role, m]) => [
        role,
        { text: say('answerWorry', lang), dimensions: m?.dimensions ?? [] },
      ]),
    ),
  };
}

/**
 * What the proposal states. Honest sellers state what the offer delivers wherever that is above what the buyer
 * assumes; the overclaimer states a level more than the truth wherever that is (a liar inflates, it does not
 * volunteer its weaknesses); the must-have gamer states what its options would lift as if it had bought them.
 */
function claimsFor(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  delivered: Levels,
) {
  const claims: Levels = {};
  const lifted =
    strategy === 'claim-must-haves'
      ? deliveredLevels(
          scenario,
          seller.id,
          seller.offering.options.map((o) => o.id),
        )
      : delivered;
  for (const d of scenario.dimensions) {
    const truth = own(lifted, d.id) ?? 0;
    const claim = strategy === 'overclaim' ? Math.min(5, truth + 1) : truth;
    // Stated only where it says more than the buying center already assumes (the norm, or the seller's record).
    if (claim > priorOf({ records: view.records }, seller.id, d.id)) setOwn(claims, d.id, claim);
  }
  return claims;
}

/** A whole proposal, as a team of one hands it in (offering, pitch and evidence). */
type FullProposal = Extract<PlayerAction, { type: 'submit-proposal' }> &
  Required<Pick<Extract<PlayerAction, { type: 'submit-proposal' }>, 'leadWith' | 'messages' | 'evidence'>>;

/** What to stress to whom, by strategy. */
function pitchFor(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  levels: Levels,
) {
  const dims = scenario.dimensions.map((d) => d.id);
  const ahead = strengths(scenario, view, seller, levels);
  const messages: Partial<Record<ObcRole, { dimensions: string[] }>> = {};
  if (strategy === 'all-benefits') return { leadWith: dims, messages };
  if (strategy === 'favorable-points-of-difference') {
    const best = [...dims].sort(
      (a, b) => (own(levels, b) ?? 0) - (own(levels, a) ?? 0) || a.localeCompare(b),
    );
    // A few differences, never most of the benefits (that would be listing them all).
    const room = Math.max(1, Math.min(3, Math.floor(dims.length / 2)));
    return { leadWith: ahead.length > 0 ? ahead.slice(0, room) : best.slice(0, 1), messages };
  }
  // Resonating focus: the members' own priorities where this seller is ahead, each member told of theirs; the
  // lead is what the highest members care about. Without discovery only the published benefits sought are known.
  const found = strategy === 'no-discovery' ? new Map<string, string[]>() : discovered(view);
  const members = [...scenario.buyingFirm.obc.members].sort(
    (a, b) => a.hierarchyLevel - b.hierarchyLevel || a.role.localeCompare(b.role),
  );
  // Derived demand: what the buyer's own customers need, where this seller is ahead, once discovery heard of it.
  const derived =
    strategy === 'no-discovery' ? [] : customerNeeds(scenario, view).filter((d) => ahead.includes(d));
  for (const m of members) {
    let theirs = (found.get(m.role) ?? []).filter((d) => ahead.includes(d)).slice(0, FOCUS);
    // Marketing answers for the buyer's market: it hears how the offer serves the customers too (what it
    // weighs: the checker holds an author to marketing weighing each of the customers' benefits), in the
    // message's last place unless its own priorities name one already.
    const need = derived[0];
    if (m.role === MARKET_VOICE && need !== undefined && !theirs.some((d) => derived.includes(d)))
      theirs = [...theirs.slice(0, FOCUS - 1), need];
    if (theirs.length > 0) messages[m.role] = { dimensions: theirs };
  }
  const valued = members.flatMap((m) => (found.get(m.role) ?? []).filter((d) => ahead.includes(d)));
  const sought = view.sharedBenefits.filter((d) => ahead.includes(d));
  // The lead: the members' own priorities first, then what their customers need, then what the center sought.
  const lead = [...new Set([...valued, ...derived, ...sought, ...ahead])].slice(0, FOCUS);
  return {
    // Nothing ahead to focus on: lead with the best the offer has.
    leadWith:
      lead.length > 0
        ? lead
        : [...dims]
            .sort((a, b) => (own(levels, b) ?? 0) - (own(levels, a) ?? 0) || a.localeCompare(b))
            .slice(0, 1),
    messages,
  };
}
