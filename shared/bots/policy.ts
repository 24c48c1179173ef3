// Bot policies: pure functions from a seat's own view (exactly what a human in that seat sees: a bot never
// peeks) and a seed to the next intent, or null when the bot has nothing to do right now.
import { hasOwnKey, own, setOwn } from '../own.ts';
import type { Language, Member, Scenario, Seller } from '../scenario/schema.ts';
import { say } from './phrases.ts';
import { MAX_LEVEL } from '../scenario/schema.ts';
import { nextRandom } from '../rules/rng.ts';
import { allowedNow, canSignOff, eligibleSellers } from '../rules/permissions.ts';
import type { TableView } from '../rules/view.ts';
import type { ObcRole } from '../scenario/schema.ts';
import type { PlayerAction } from '../rules/types.ts';
import {
  INCUMBENT_COMFORT,
  NEUTRAL_LEVEL,
  advantages,
  focusBonus,
  isTangible,
  memberUtility,
  meetsMustHaves,
  type Levels,
} from '../rules/scoring.ts';

export const SELLER_STRATEGIES = [
  'all-benefits',
  'favorable-points-of-difference',
  'resonating-focus',
] as const;
export type SellerStrategy = (typeof SELLER_STRATEGIES)[number];

export interface BotContext {
  seed: number;
  /** For seller bots: how they frame their value proposition. */
  strategy?: SellerStrategy;
  /** The language bots write in (the session's); English when not given. */
  language?: Language;
}

/** A bot's view: the seat's own view as the server sends it (the public scenario may be left out). */
export type BotView = Omit<TableView, 'scenario'>;

class Dice {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  next(): number {
    const r = nextRandom(this.state);
    this.state = r.state;
    return r.value;
  }
  /** Normal-ish noise in [-1, 1]. */
  noise(): number {
    return (this.next() + this.next() + this.next()) / 1.5 - 1;
  }
}

/** The engine's own rule for what the step allows (a bot acts only while the round runs). */
function allowed(view: BotView, type: PlayerAction['type']): boolean {
  return view.phase === 'playing' && allowedNow(view, type);
}

function mySeat(view: BotView) {
  return view.viewer.kind === 'seat'
    ? view.seats.find((s) => s.id === (view.viewer as { seat: string }).seat)
    : undefined;
}

/** The bot's next intent, or null. Deterministic for a given view and seed. */
export function botIntent(scenario: Scenario, view: BotView, ctx: BotContext): PlayerAction | null {
  if (view.phase !== 'playing' || view.paused || !view.brief) return null;
  const dice = new Dice(ctx.seed);
  const lang = ctx.language ?? 'en';
  if (view.brief.kind === 'obc') return obcIntent(scenario, view, view.brief.member, dice, lang);
  return sellerIntent(scenario, view, view.brief.seller, ctx.strategy ?? 'resonating-focus', dice, lang);
}

// ---- the buying center ----

function ranked(member: Member): string[] {
  return Object.entries(member.priorities.weights)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([d]) => d);
}

/** The levels a member believes from a proposal's stated levels: intangible claims above 3 are discounted. */
function believedLevels(scenario: Scenario, member: Member, stated: Levels, trust: number, evidence: number) {
  const believed: Levels = {};
  for (const d of scenario.dimensions) {
    const claim = own(stated, d.id) ?? NEUTRAL_LEVEL;
    // The member cannot see how credible each piece of evidence is, only that some backs the offer.
    const belief = isTangible(d.category)
      ? 1
      : Math.min(1, trust * (1 - member.priorities.riskAversion / 2) + 0.15 * Math.min(2, evidence));
    setOwn(believed, d.id, claim - (1 - belief) * Math.max(0, claim - NEUTRAL_LEVEL));
  }
  return believed;
}

/** A proposal as one member reads it: what it states, what it stresses to this member, and who sent it. */
export interface ReadProposal {
  seller: string;
  stated: Levels;
  price: number;
  /** What the proposal leads with plus what its message to this member stresses. */
  emphasis: string[];
  evidence: number;
  trust: number;
  incumbent: boolean;
}

/**
 * What the member thinks each offer is worth, from the proposals alone: its own weights over the levels it
 * believes, the attention a focused message on a real point of difference earns (the engine's focus formula,
 * against the rivals' stated levels), the comfort of a known supplier, minus price. The same persuasion the
 * debrief explains, computed from nothing a human in the seat could not read.
 */
export function memberScores(scenario: Scenario, member: Member, offers: readonly ReadProposal[]): number[] {
  const believed = offers.map((o) => believedLevels(scenario, member, o.stated, o.trust, o.evidence));
  return offers.map((o, i) => {
    const own = believed[i] ?? {};
    if (!meetsMustHaves(member, own)) return -Infinity;
    const rivals = believed.filter((_, j) => j !== i);
    const bonus = focusBonus(scenario, member, o.emphasis, advantages(own, rivals));
    const comfort = o.incumbent ? INCUMBENT_COMFORT * member.priorities.riskAversion : 0;
    return (
      scenario.economics.valuePerPoint * (memberUtility(member, own) + bonus + comfort) -
      member.priorities.priceSensitivity * o.price
    );
  });
}

function obcIntent(
  scenario: Scenario,
  view: BotView,
  member: Member,
  dice: Dice,
  lang: Language,
): PlayerAction | null {
  const role = member.role;
  const seat = mySeat(view);
  // Answer any question put to this member, showing a card when the question touches a pet concern.
  if (allowed(view, 'answer-question')) {
    const open = view.questions.find((q) => q.to === role && !q.answer);
    if (open) {
      const words = open.text.toLowerCase();
      const cards = member.priorities.petConcerns.filter(
        (p) => p.dimension === open.topic || p.keywords.some((k) => words.includes(k.toLowerCase())),
      );
      const text = say(cards.length > 0 ? 'answerConcern' : 'answerNothing', lang);
      return {
        type: 'answer-question',
        questionId: open.id,
        text,
        concerns: cards.slice(0, 2).map((c) => c.id),
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
    const mh = member.priorities.mustHaves.find((m) => !proposed.has(`must-have:${m.dimension}`));
    if (mh)
      return { type: 'propose-spec-item', dimension: mh.dimension, kind: 'must-have', value: mh.minLevel };
    const top = ranked(member)[0];
    if (top && !proposed.has(`weight:${top}`) && (own(member.priorities.weights, top) ?? 0) >= 30) {
      return {
        type: 'propose-spec-item',
        dimension: top,
        kind: 'weight',
        value: Math.round(own(member.priorities.weights, top) ?? 0),
      };
    }
  }
  if (allowed(view, 'vote-spec-item')) {
    for (const item of view.spec.items) {
      const votes = 'votes' in item ? (item.votes as Partial<Record<ObcRole, boolean>>) : undefined;
      if (item.status !== 'open' || !votes || votes[role] !== undefined) continue;
      const weight = own(member.priorities.weights, item.dimension) ?? 0;
      const ownMustHave = member.priorities.mustHaves.find((m) => m.dimension === item.dimension);
      // A must-have set above what this member needs narrows the field for nothing: support it only if it matters.
      const support =
        item.kind === 'must-have'
          ? weight >= 10 || ownMustHave !== undefined
          : weight + dice.noise() * 5 >= 8;
      return { type: 'vote-spec-item', itemId: item.id, support };
    }
  }
  if (view.stage === 'rfp' && view.step === 'evaluation') {
    const eligible = eligibleSellers(
      view,
      view.proposals.map((p) => p.seller),
    );
    const offers = view.proposals.filter((p) => eligible.includes(p.seller));
    const trustOf = (id: string) =>
      (view.sellers.find((x) => x.id === id) as { trust?: number } | undefined)?.trust ?? 0.5;
    const read: ReadProposal[] = offers.map((p) => ({
      seller: p.seller,
      stated: p.stated,
      price: p.price,
      emphasis: [...new Set([...p.leadWith, ...(p.messages[role]?.dimensions ?? [])])],
      evidence: p.evidence.length,
      trust: trustOf(p.seller),
      incumbent: view.incumbent === p.seller,
    }));
    const values = memberScores(scenario, member, read);
    const scored = offers.map((p, i) => ({ seller: p.seller, value: values[i] ?? -Infinity }));
    const myScores = view.scores[role] ?? {};
    const unscored = scored.find((s) => !hasOwnKey(myScores, s.seller));
    if (unscored) {
      const best = Math.max(...scored.map((s) => s.value).filter(Number.isFinite), 1);
      const raw = Number.isFinite(unscored.value) ? (10 * unscored.value) / best : 0;
      const score = Math.max(0, Math.min(10, Math.round(raw * 0.8 + dice.noise() * 1.2)));
      return { type: 'score-proposal', seller: unscored.seller, score };
    }
    if (
      role === 'procurement' &&
      !view.bafo &&
      !view.voted.includes(role) &&
      offers.length > 1 &&
      scenario.stages.rfp.allowBafo &&
      !bafoUsed(view)
    ) {
      return { type: 'request-bafo', sellers: offers.map((o) => o.seller) };
    }
    if (!view.voted.includes(role) && scored.length > 0) {
      const choice = [...scored].sort(
        (a, b) =>
          b.value + dice.noise() * scenario.economics.valuePerPoint * 0.1 - a.value ||
          a.seller.localeCompare(b.seller),
      )[0];
      if (choice) return { type: 'vote', seller: choice.seller };
    }
  }
  if (
    allowed(view, 'sign-off') &&
    canSignOff(member) &&
    view.decision?.signOff === 'pending' &&
    view.decision.approvals[role] === undefined
  ) {
    const chosen = view.proposals.find((p) => p.seller === view.decision?.winner);
    const ok = chosen ? meetsMustHaves(member, chosen.stated) : true;
    return {
      type: 'sign-off',
      approve: ok,
      comment: say(ok ? 'approve' : 'refuse', lang),
    };
  }
  if (allowed(view, 'rate-supplier') && view.delivered && !view.ratings[role]) {
    const winner = view.proposals.find((p) => p.seller === view.decision?.winner);
    const promised = winner ? memberUtility(member, winner.stated) : NEUTRAL_LEVEL;
    const got = memberUtility(member, view.delivered);
    const rating = Math.max(
      1,
      Math.min(5, Math.round(3 + (got - promised) * 2 + (got - NEUTRAL_LEVEL) + dice.noise() * 0.5)),
    );
    return {
      type: 'rate-supplier',
      rating,
      comment: say(rating >= 4 ? 'deliveredWell' : 'deliveredBadly', lang),
    };
  }
  return readyIfDone(view, seat?.ready ?? true);
}

function bafoUsed(view: BotView): boolean {
  return view.handedIn.some((h) => h.bafo);
}

function readyIfDone(view: BotView, ready: boolean): PlayerAction | null {
  if (ready || !allowed(view, 'ready')) return null;
  return { type: 'ready', ready: true };
}

// ---- sellers ----

/** Where the seller believes it stands out: its level against the market norm (it cannot see the rival's sheet). */
function strengths(seller: Seller): string[] {
  return Object.entries(seller.offering.levels)
    .filter(([, level]) => level > NEUTRAL_LEVEL)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([d]) => d);
}

function sellerIntent(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  dice: Dice,
  lang: Language,
): PlayerAction | null {
  const seat = mySeat(view);
  const members = scenario.buyingFirm.obc.members;
  const revealed = view.revealedConcerns;
  if (allowed(view, 'ask-question') && strategy !== 'all-benefits') {
    const max = scenario.stages['need-recognition'].maxQuestionsPerSeller;
    const asked = view.questions.length;
    // Discovery: ask every member, the higher in the hierarchy first, about the seller's strong points.
    const order = [...members].sort(
      (a, b) => a.hierarchyLevel - b.hierarchyLevel || a.role.localeCompare(b.role),
    );
    const target = order.find((m) => !view.questions.some((q) => q.to === m.role));
    if (target && asked < max) {
      const topic = strengths(seller)[asked % Math.max(1, strengths(seller).length)];
      return {
        type: 'ask-question',
        to: target.role,
        text: topic ? say('ask', lang, scenario, topic) : say('askOpen', lang),
        ...(topic ? { topic } : {}),
      };
    }
  }
  if (allowed(view, 'submit-proposal') && !view.proposals.some((p) => p.seller === seller.id)) {
    return proposal(scenario, view, seller, strategy, revealed, dice, lang);
  }
  if (
    allowed(view, 'submit-bafo') &&
    view.bafo?.sellers.includes(seller.id) &&
    !view.bafo.answered.includes(seller.id)
  ) {
    const own = view.proposals.find((p) => p.seller === seller.id);
    if (own) {
      const floor = seller.offering.unitCost * 1.05;
      const price = Math.max(floor, Math.round(own.price * (0.95 - dice.next() * 0.03)));
      return { type: 'submit-bafo', price: Math.min(price, own.price) };
    }
  }
  return readyIfDone(view, seat?.ready ?? true);
}

function proposal(
  scenario: Scenario,
  view: BotView,
  seller: Seller,
  strategy: SellerStrategy,
  revealed: BotView['revealedConcerns'],
  dice: Dice,
  lang: Language,
): PlayerAction {
  const dims = scenario.dimensions.map((d) => d.id);
  const mustHaves = view.spec.items.filter((i) => i.status === 'adopted' && i.kind === 'must-have');
  // Options that a published must-have needs, then nothing else: options cost margin.
  const options = seller.offering.options
    .filter((o) =>
      mustHaves.some(
        (m) => m.dimension === o.dimension && (own(seller.offering.levels, o.dimension) ?? 0) < m.value,
      ),
    )
    .map((o) => o.id);
  const strong = strengths(seller);
  const discovered = [...new Set(revealed.map((c) => c.dimension))];
  let leadWith: string[];
  if (strategy === 'all-benefits') leadWith = dims;
  else if (strategy === 'favorable-points-of-difference')
    leadWith = strong.length > 0 ? strong : dims.slice(0, 3);
  else {
    // Resonating focus: what the buying center's members revealed they care about, where this seller is strong.
    const focus = discovered.filter((d) => strong.includes(d));
    const sought = view.sharedBenefits.filter((d) => strong.includes(d));
    leadWith = [...new Set([...focus, ...sought, ...strong])].slice(0, 2);
    if (leadWith.length === 0) leadWith = dims.slice(0, 1);
  }
  // Evidence that makes an intangible lead believable, when it is cheap for the contract.
  const evidence = seller.offering.evidence
    .filter(
      (e) =>
        e.dimensions.some((d) => leadWith.includes(d)) &&
        e.cost <= seller.offering.listPrice * scenario.economics.quantity * 0.02,
    )
    .map((e) => e.id);
  const messages: Partial<Record<ObcRole, { text: string; dimensions: string[] }>> = {};
  if (strategy === 'resonating-focus') {
    for (const c of revealed) {
      if (!messages[c.role])
        messages[c.role] = {
          text: say('answerWorry', lang),
          dimensions: [c.dimension],
        };
    }
  }
  // Every strategy prices the same way (list price less a small random discount), so that a comparison of
  // strategies measures the framing of the value proposition and nothing else.
  const price = Math.round(seller.offering.listPrice * (1 - dice.next() * 0.03));
  return {
    type: 'submit-proposal',
    price: Math.max(price, Math.ceil(seller.offering.unitCost * 1.05)),
    options,
    evidence,
    terms: { paymentDays: 30, warrantyMonths: 12, deliveryWeeks: 8 },
    claims: {},
    leadWith: leadWith.filter((d, i, a) => a.indexOf(d) === i && dims.includes(d)).slice(0, MAX_LEVEL + 7),
    messages,
  };
}
