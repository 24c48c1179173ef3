// A buying-center member played by a bot, from its own brief and view: it answers sellers' questions with its
// concern cards, marks what it seeks, drafts the specification, checks the claims that matter most to it,
// scores and votes by the offers' worth to it as it believes them (rules/beliefs.ts), signs off, and rates the
// delivery against what it was promised.
import { own } from '../own.ts';
import { appraiseFor, priorOf } from '../rules/beliefs.ts';
import { promisedOf } from '../rules/decision.ts';
import { motivating } from '../rules/debrief.ts';
import { checksUsed } from '../rules/checks.ts';
import { MODEL, PURCHASE_PROFILES } from '../rules/model.ts';
import { allowedNow, canNegotiate, canSignOff } from '../rules/permissions.ts';
import { METHOD_RULES, methodsFor } from '../rules/verification.ts';
import type { PlayerAction } from '../rules/types.ts';
import type { Language, Member, Scenario } from '../scenario/schema.ts';
import { say } from './phrases.ts';
import { type BotView, Dice, factsFromView, mySeat, openOffers } from './view-facts.ts';

function allowed(view: BotView, type: PlayerAction['type']): boolean {
  return view.phase === 'playing' && allowedNow(view, type);
}

/** The member's benefits, heaviest first. */
export function ranked(member: Member): string[] {
  return Object.entries(member.priorities.weights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([d]) => d);
}

/**
 * The concern cards a member shows when asked: those the question touches (its topic or its words); to an
 * open question ("what matters to you?"), the cards on the two benefits it weighs most.
 */
export function cardsFor(member: Member, question: { text: string; topic: string | null }) {
  const words = question.text.toLowerCase();
  const touched = member.priorities.petConcerns.filter(
    (p) => p.dimension === question.topic || p.keywords.some((k) => words.includes(k.toLowerCase())),
  );
  if (touched.length > 0 || question.topic) return touched.slice(0, 2);
  // An open question is answered with what matters most: the cards on the member's motivating benefits (its
  // top priorities), the heaviest first, at most two.
  const order = ranked(member);
  const matters = motivating(member);
  const seen = new Set<string>();
  return [...member.priorities.petConcerns]
    .filter((p) => matters.includes(p.dimension))
    .sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension))
    .filter((p) => !seen.has(p.dimension) && seen.add(p.dimension) !== undefined)
    .slice(0, 2);
}

export function memberIntent(
  scenario: Scenario,
  view: BotView,
  member: Member,
  dice: Dice,
  lang: Language,
): PlayerAction | null {
  const role = member.role;
  if (allowed(view, 'answer-question')) {
    const open = view.questions.find((q) => q.to === role && !q.answer);
    if (open) {
      const cards = cardsFor(member, open);
      return {
        type: 'answer-question',
        questionId: open.id,
        text: say(cards.length > 0 ? 'answerConcern' : 'answerNothing', lang),
        concerns: cards.map((c) => c.id),
      };
    }
  }
  if (allowed(view, 'mark-benefits') && !view.benefitsSought[role]) {
    return { type: 'mark-benefits', dimensions: ranked(member).slice(0, 3) };
  }
  if (allowed(view, 'propose-spec-item')) {
    const proposed = new Set(
      view.spec.items.filter((i) => 'by' in i && i.by === role).map((i) => `${i.kind}:${i.dimension}`),
    );
    // A must-have the specification already asks at this member's level or above covers its need; proposing a
    // lower one would replace it (a later adopted item on the same benefit supersedes the earlier).
    const covered = (dimension: string, level: number) =>
      view.spec.items.some(
        (i) =>
          i.kind === 'must-have' &&
          i.dimension === dimension &&
          (i.status === 'open' || i.status === 'adopted') &&
          i.value >= level,
      );
    const mh = member.priorities.mustHaves.find(
      (m) => !proposed.has(`must-have:${m.dimension}`) && !covered(m.dimension, m.minLevel),
    );
    if (mh)
      return { type: 'propose-spec-item', dimension: mh.dimension, kind: 'must-have', value: mh.minLevel };
    const top = ranked(member)[0];
    const weight = own(member.priorities.weights, top) ?? 0;
    if (top && !proposed.has(`weight:${top}`) && weight >= 30)
      return { type: 'propose-spec-item', dimension: top, kind: 'weight', value: Math.round(weight) };
  }
  if (allowed(view, 'vote-spec-item')) {
    for (const item of view.spec.items) {
      const votes = 'votes' in item ? (item.votes as Partial<Record<string, boolean>>) : undefined;
      if (item.status !== 'open' || !votes || votes[role] !== undefined) continue;
      const weight = own(member.priorities.weights, item.dimension) ?? 0;
      const mine = member.priorities.mustHaves.find((m) => m.dimension === item.dimension);
      // A must-have set above what this member needs narrows the field for nothing: support it only if it matters.
      // One below this member's own must-have would replace a stricter one: opposed.
      const support =
        item.kind === 'must-have'
          ? mine
            ? item.value >= mine.minLevel
            : weight >= 10
          : weight + dice.noise() * 5 >= 8;
      return { type: 'vote-spec-item', itemId: item.id, support };
    }
  }
  if (view.stage === 'rfp' && view.step === 'bidding' && allowed(view, 'verify-claim')) {
    const ask = biddingCheck(scenario, view, member);
    if (ask) return ask;
  }
  if (view.stage === 'rfp' && view.step === 'evaluation') {
    const evaluate = evaluationIntent(scenario, view, member, dice);
    if (evaluate) return evaluate;
  }
  if (
    allowed(view, 'sign-off') &&
    canSignOff(member) &&
    view.decision?.signOff === 'pending' &&
    view.decision.approvals[role] === undefined
  ) {
    const facts = factsFromView(view);
    const chosen = facts.offers.find((o) => o.seller === view.decision?.winner);
    const ok = chosen ? !appraiseFor(scenario, facts, member, chosen).gated : true;
    return { type: 'sign-off', approve: ok, comment: say(ok ? 'approve' : 'refuse', lang) };
  }
  if (allowed(view, 'rate-supplier') && view.delivered && !view.ratings[role]) {
    return rating(view, member, dice, lang);
  }
  const seat = mySeat(view);
  if (seat && !seat.ready && allowed(view, 'ready')) return { type: 'ready', ready: true };
  return null;
}

function areaFacts(scenario: Scenario) {
  return { dimensions: scenario.dimensions, members: scenario.buyingFirm.obc.members };
}

/**
 * While the sellers write, a member asks every seller for the check it cares most about: proposals are sealed, so
 * it asks blind, on the benefit it weighs most that it may check, with the strongest method it may use (an area
 * owner a pilot). Only where its allowance covers every seller alike (asking one seller and not the other would
 * tilt the table); otherwise it checks once the proposals are open.
 */
function biddingCheck(scenario: Scenario, view: BotView, member: Member): PlayerAction | null {
  const role = member.role;
  const facts = areaFacts(scenario);
  const sellers = view.sellers.filter((x) => !x.disqualified).map((x) => x.id);
  const mine = view.requests.filter((r) => r.by === role);
  const left = PURCHASE_PROFILES[view.purchaseType].checks - checksUsed(view, role);
  // One benefit, asked of every seller: the one begun on, else the first it may check of every seller alike.
  const begun = mine[0];
  const pick = begun
    ? { dimension: begun.dimension, method: begun.method }
    : ranked(member)
        .map((d) => ({ dimension: d, method: methodsFor(facts, role, d)[0] }))
        .find((x) => x.method !== undefined && METHOD_RULES[x.method].cost * sellers.length <= left);
  if (!pick?.method) return null;
  const next = sellers.find((id) => !mine.some((r) => r.seller === id));
  return next ? { type: 'verify-claim', seller: next, dimension: pick.dimension, method: pick.method } : null;
}

/** Check the claims that matter most to this member, then score every offer, ask for a BAFO, vote. */
function evaluationIntent(
  scenario: Scenario,
  view: BotView,
  member: Member,
  dice: Dice,
): PlayerAction | null {
  const role = member.role;
  const offers = openOffers(view);
  const facts = factsFromView(view);
  const valueOf = (seller: string) => {
    const offer = facts.offers.find((o) => o.seller === seller);
    const a = offer ? appraiseFor(scenario, facts, member, offer) : null;
    return a && !a.gated ? a.value : -Infinity;
  };
  // Predict, then reveal: first of all (while the choice is open for every member, voter or not), a member
  // expects the buying center to choose the offer it believes best now, at that offer's price.
  if (allowed(view, 'predict-winner') && !view.predictions.members[role]) {
    const expected = bestOf(offers.map((p) => ({ seller: p.seller, value: valueOf(p.seller) })));
    const price = offers.find((p) => p.seller === expected?.seller)?.price;
    if (expected) return { type: 'predict-winner', seller: expected.seller, ...(price ? { price } : {}) };
  }
  if (allowed(view, 'verify-claim')) {
    const left = PURCHASE_PROFILES[view.purchaseType].checks - checksUsed(view, role);
    const facts = areaFacts(scenario);
    const order = ranked(member);
    const candidates = offers.flatMap((p) =>
      order.flatMap((d) => {
        const claim = own(p.claims, d);
        const prior = priorOf({ records: view.records }, p.seller, d);
        const checked =
          view.checks.some((c) => c.seller === p.seller && c.dimension === d) ||
          view.requests.some(
            (r) => r.by === role && r.status === 'pending' && r.seller === p.seller && r.dimension === d,
          );
        // The strongest method it may use that runs now and fits what is left of its checks.
        const method = methodsFor(facts, role, d).find(
          (m) => !METHOD_RULES[m].sellerRuns && METHOD_RULES[m].cost <= left,
        );
        return claim !== undefined && claim > prior && !checked && method
          ? [{ seller: p.seller, dimension: d, method, rank: order.indexOf(d) }]
          : [];
      }),
    );
    const pick = candidates.sort((a, b) => a.rank - b.rank || a.seller.localeCompare(b.seller))[0];
    if (pick)
      return { type: 'verify-claim', seller: pick.seller, dimension: pick.dimension, method: pick.method };
  }
  const values = offers.map((p) => ({ seller: p.seller, value: valueOf(p.seller) }));
  const myScores = view.scores[role] ?? {};
  const unscored = values.find((v) => own(myScores, v.seller) === undefined);
  if (unscored && allowed(view, 'score-proposal')) {
    const best = Math.max(...values.map((v) => v.value).filter(Number.isFinite), 1);
    const raw = Number.isFinite(unscored.value) ? (10 * unscored.value) / best : 0;
    const score = Math.max(0, Math.min(10, Math.round(raw * 0.8 + dice.noise() * 1.2)));
    return { type: 'score-proposal', seller: unscored.seller, score };
  }
  const negotiator = canNegotiate(member, scenario.buyingFirm.obc.members);
  if (
    negotiator &&
    scenario.stages.rfp.allowBafo &&
    allowed(view, 'request-bafo') &&
    !view.bafo &&
    !view.voted.includes(role) &&
    offers.length > 1 &&
    !view.handedIn.some((h) => h.bafo)
  ) {
    // The engine states the buying center's position to each seller (decision.ts, positionOf).
    return { type: 'request-bafo', sellers: offers.map((o) => o.seller) };
  }
  if (
    allowed(view, 'vote') &&
    !view.voted.includes(role) &&
    !awaitsBafo(scenario, view, role, offers.length)
  ) {
    const choice = bestOf(values);
    if (choice) return { type: 'vote', seller: choice.seller };
  }
  return null;
}

/**
 * Whether this member holds its vote for the best-and-final round a bot negotiator is about to ask for: the vote
 * that completes the deciding votes ends the evaluation (a single decider's, at once), and a negotiation the
 * buying center will hold comes first. A human negotiator is not waited for: it may never ask.
 */
export function awaitsBafo(scenario: Scenario, view: BotView, role: string, offers: number): boolean {
  if (!scenario.stages.rfp.allowBafo || view.bafo || offers < 2 || view.handedIn.some((h) => h.bafo))
    return false;
  const members = scenario.buyingFirm.obc.members;
  return members.some((m) => {
    if (m.role === role || !canNegotiate(m, members) || view.voted.includes(m.role)) return false;
    const seat = view.seats.find((x) => x.id === m.role);
    return seat !== undefined && seat.bot && seat.players.length === 0;
  });
}

/** The offer worth most to the member as it believes them (ties to the first seller), or undefined. */
function bestOf(values: readonly { seller: string; value: number }[]) {
  return [...values].sort((a, b) => b.value - a.value || a.seller.localeCompare(b.seller))[0];
}

/** A rating from what was delivered against what was promised, on what this member weighs. */
function rating(view: BotView, member: Member, dice: Dice, lang: Language): PlayerAction {
  const winner = view.proposals.find((p) => p.seller === view.decision?.winner);
  const pledged = winner ? promisedOf(view, winner) : {};
  let promised = 0;
  let got = 0;
  for (const [d, w] of Object.entries(member.priorities.weights)) {
    const delivered = own(view.delivered, d) ?? MODEL.norm;
    promised += (w / 100) * (own(pledged, d) ?? delivered);
    got += (w / 100) * delivered;
  }
  const value = Math.round(3 + (got - promised) * 2 + (got - MODEL.norm) + dice.noise() * 0.5);
  const rating = Math.max(1, Math.min(5, value));
  return {
    type: 'rate-supplier',
    rating,
    comment: say(rating >= 4 ? 'deliveredWell' : 'deliveredBadly', lang),
  };
}
