// The teaching notes of a round: each one a fact of this table (a member, a question, a specification item, a
// price, a vote) under the concept of the course notes it illustrates, and one thing to try next time. A note is
// a pure function of the scenario, the table's state at the end of the round, its events and the debrief's
// figures; it fires only when its condition holds, and what it suggests is chosen so that its premise is true
// at this table (a benefit is recommended as a point of difference only where the seller delivers more than
// every rival, an option only where it lifts the level that was missing). docs/rules.md, "Teaching notes",
// states every condition; tests/unit/teaching-notes.test.ts checks each note's facts against the log.
import { own } from '../own.ts';
import type { Dimension, Member, Scenario } from '../scenario/schema.ts';
import {
  appraiseOffers,
  contentions,
  formalValue,
  offerFacts,
  priorOf,
  publishedCriteria,
  statedLevel,
  stressedTo,
  type AppraisalFacts,
  type OfferFacts,
} from './beliefs.ts';
import { formalShares } from './decision.ts';
import type { Debrief, OfferDebrief } from './debrief.ts';
import { effectiveVoteWeights, evidenceFits, isTangible } from './model.ts';
import { deliveredLevels, reachableLevels, type Levels } from './scoring.ts';
import { CONCEPT_OF, type NoteKind, type TeachingNote } from './note-kinds.ts';
import { sellerSeat, type ObcRole, type SeatId } from './seats.ts';
import type { GameEvent, Proposal, TableState } from './types.ts';

export * from './note-kinds.ts';

/** The round's facts the notes read, gathered once. */
interface Table {
  scenario: Scenario;
  s: TableState;
  events: readonly GameEvent[];
  d: Omit<Debrief, 'notes'>;
  /** What the buying center knew when it weighed the offers (the debrief's appraisal facts). */
  facts: AppraisalFacts;
  members: readonly Member[];
  /** Each member's share of the vote in this purchase (0 for a member the purchase type leaves out). */
  share: (role: string) => number;
  voters: readonly Member[];
  memberSeats: SeatId[];
  allSeats: SeatId[];
  delivered: (seller: string) => Levels;
  proposal: (seller: string) => Proposal | undefined;
}

export function teachingNotes(
  scenario: Scenario,
  s: TableState,
  events: readonly GameEvent[],
  d: Omit<Debrief, 'notes'>,
  facts: AppraisalFacts,
): TeachingNote[] {
  const members = scenario.buyingFirm.obc.members;
  const weights = effectiveVoteWeights(scenario, s.purchaseType);
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const share = (role: string) => (weights.get(role) ?? 0) / total;
  const delivered = new Map(
    Object.values(s.proposals).map((p) => [p.seller, deliveredLevels(scenario, p.seller, p.options)]),
  );
  const t: Table = {
    scenario,
    s,
    events,
    d,
    facts,
    members,
    share,
    voters: members.filter((m) => share(m.role) > 0),
    memberSeats: members.map((m) => m.role),
    allSeats: Object.keys(s.seats) as SeatId[],
    delivered: (seller) => delivered.get(seller) ?? {},
    proposal: (seller) => own(s.proposals, seller),
  };
  const notes: TeachingNote[] = [];
  const add = (kind: NoteKind, seats: SeatId[], params: TeachingNote['params'], next: string) =>
    notes.push({ kind, concept: CONCEPT_OF[kind], seats, params, next });
  for (const o of d.offers) {
    const p = t.proposal(o.seller);
    if (!p) continue;
    for (const note of [
      missedPriority(t, o),
      contention(t, p),
      focus(t, o, p),
      fit(t, o),
      overclaim(t, o, p),
      tangibilize(t, p),
      valueLeft(o),
      customerNeed(t, o, p),
    ])
      if (note) add(note.kind, [sellerSeat(o.seller)], note.params, note.next);
  }
  for (const note of [
    ...bafo(t),
    ...specVoid(t),
    ...specGate(t),
    ...specWeight(t),
    ...pivotalVotes(t),
    ...rejections(t),
    ...decisionQuality(t),
    ...unvoiced(t),
    ...purchaseType(t),
    ...marketShifts(t),
  ])
    add(note.kind, note.seats, note.params, note.next);
  return notes;
}

type Draft = { kind: NoteKind; params: TeachingNote['params']; next: string };
type SeatedDraft = Draft & { seats: SeatId[] };

// ---- helpers ----

function weightOf(member: Member, dimension: string): number {
  return own(member.priorities.weights, dimension) ?? 0;
}

/** A member's top priorities as the debrief reveals them. */
function topOf(t: Table, role: string): string[] {
  return t.d.hiddenPriorities.find((h) => h.role === role)?.topPriorities ?? [];
}

/** How much a benefit weighs with the deciding members: their weights by their share of the vote. */
function buyerWeight(t: Table, dimension: string): number {
  return t.members.reduce((sum, m) => sum + t.share(m.role) * weightOf(m, dimension), 0);
}

/** The first item with the greatest key (keys compared in order): ties go to the earlier item. */
function best<T>(items: readonly T[], key: (item: T) => number[]): T | undefined {
  let top: { item: T; k: number[] } | undefined;
  for (const item of items) {
    const k = key(item);
    if (!top || greater(k, top.k)) top = { item, k };
  }
  return top?.item;
}

function greater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

/** The rival (another seller with a proposal at this table) that delivers the most on a benefit. */
export function bestRival(
  proposals: readonly { seller: string }[],
  delivered: (seller: string) => Levels,
  seller: string,
  dimension: string,
): { seller: string; level: number } | null {
  const rivals = proposals
    .filter((p) => p.seller !== seller)
    .map((p) => ({ seller: p.seller, level: own(delivered(p.seller), dimension) ?? 0 }));
  return best(rivals, (r) => [r.level]) ?? null;
}

function rivalOf(t: Table, seller: string, dimension: string) {
  return bestRival(Object.values(t.s.proposals), t.delivered, seller, dimension);
}

function level(levels: Levels, dimension: string): number {
  return own(levels, dimension) ?? 0;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---- a seller's notes ----

/**
 * Discovery: a deciding member's top priority the seller neither found (asked that member about it, or was shown
 * a concern card on it) nor stressed to that member. The one that weighs most (share of the vote × weight).
 */
function missedPriority(t: Table, o: OfferDebrief): Draft | null {
  const p = t.proposal(o.seller);
  if (!p) return null;
  const offer = offerFacts(p);
  const candidates = o.discovery.byMember.flatMap((b) => {
    const m = t.members.find((x) => x.role === b.role);
    if (!m || t.share(m.role) <= 0) return [];
    const stressed = stressedTo(offer, m.role);
    return b.top
      .filter((dim) => !b.found.includes(dim) && !stressed.includes(dim))
      .map((dim) => ({ m, dim }));
  });
  const miss = best(candidates, (c) => [t.share(c.m.role) * weightOf(c.m, c.dim)]);
  if (!miss) return null;
  return {
    kind: 'missed-priority',
    params: {
      seller: o.seller,
      member: miss.m.role,
      dimension: miss.dim,
      weight: weightOf(miss.m, miss.dim),
      asked: t.s.questions.filter((q) => q.seller === o.seller && q.to === miss.m.role).length,
    },
    next: 'ask',
  };
}

/**
 * Points of contention (beliefs.ts): a benefit the seller stressed to a deciding member where a rival states as
 * much or more, so every claim to that member was believed less. The member with the largest share of the vote.
 * What to try: to state its level where the offer delivers more than it stated and more than every rival states;
 * else a benefit that member weighs where the seller delivers more than every rival states; else to leave the
 * contested one out.
 */
function contention(t: Table, p: Proposal): Draft | null {
  const offer = offerFacts(p);
  const candidates = t.voters.flatMap((m) => {
    const list = contentions(t.facts, offer, m.role);
    return list.map((dim) => ({ m, dim, count: list.length }));
  });
  const c = best(candidates, (x) => [t.share(x.m.role), weightOf(x.m, x.dim)]);
  if (!c) return null;
  const rivals = t.facts.offers.filter((r) => r.seller !== p.seller);
  const mine = statedLevel(t.facts, offer, c.dim);
  const rival = best(
    rivals.filter((r) => statedLevel(t.facts, r, c.dim) >= mine),
    (r) => [statedLevel(t.facts, r, c.dim)],
  );
  if (!rival) return null;
  const contested = contentions(t.facts, offer, c.m.role);
  const topRival = (dim: string) => Math.max(...rivals.map((r) => statedLevel(t.facts, r, dim)));
  const alt = best(
    t.scenario.dimensions
      .map((x) => x.id)
      .filter(
        (dim) =>
          weightOf(c.m, dim) > 0 &&
          !contested.includes(dim) &&
          level(t.delivered(p.seller), dim) > topRival(dim),
      ),
    (dim) => [weightOf(c.m, dim)],
  );
  // A benefit stressed but stated below what the offer delivers, where the delivery beats every rival's
  // statement: stating it ends the contention.
  const delivered = level(t.delivered(p.seller), c.dim);
  const state = mine < delivered && delivered > topRival(c.dim);
  return {
    kind: 'contention',
    params: {
      seller: p.seller,
      member: c.m.role,
      dimension: c.dim,
      own: round2(mine),
      rival: rival.seller,
      rivalLevel: round2(statedLevel(t.facts, rival, c.dim)),
      count: c.count,
      ...(state ? { delivered } : {}),
      ...(!state && alt
        ? { alt, altOwn: level(t.delivered(p.seller), alt), altRival: round2(topRival(alt)) }
        : {}),
    },
    next: state ? 'state-level' : alt ? 'stress-instead' : 'drop',
  };
}

/**
 * Value proposition types: a pitch that was not a resonating focus, where a deciding member's top priority is a
 * real point of difference (the seller delivers more than every rival) that the seller did not stress to them.
 */
function focus(t: Table, o: OfferDebrief, p: Proposal): Draft | null {
  if (o.valueProposition.type === 'resonating-focus') return null;
  const offer = offerFacts(p);
  const candidates = t.voters.flatMap((m) =>
    topOf(t, m.role).flatMap((dim) => {
      const rival = rivalOf(t, p.seller, dim);
      const mine = level(t.delivered(p.seller), dim);
      return rival && mine > rival.level && !stressedTo(offer, m.role).includes(dim)
        ? [{ m, dim, mine, rival }]
        : [];
    }),
  );
  const c = best(candidates, (x) => [t.share(x.m.role) * weightOf(x.m, x.dim)]);
  if (!c) return null;
  return {
    kind: 'focus',
    params: {
      seller: p.seller,
      type: o.valueProposition.type,
      member: c.m.role,
      dimension: c.dim,
      own: c.mine,
      rival: c.rival.seller,
      rivalLevel: c.rival.level,
    },
    next: 'resonate',
  };
}

/**
 * The notes' rules for what to lead with (2.4) where the pitch did not follow them, and only with a benefit the
 * rule names on which the seller delivers more than every rival: economic or non-economic tangible to win new
 * business, non-economic intangible for the incumbent keeping a relationship. No such benefit, no note: the
 * rule is not advice where following it would stress a benefit the rival does better.
 */
function fit(t: Table, o: OfferDebrief): Draft | null {
  if (o.valueProposition.fit.ok) return null;
  const rule = o.valueProposition.fit.rule;
  const fits = (category: string) =>
    rule === 'keep-relationship'
      ? category === 'non-economic-intangible'
      : category === 'economic-tangible' || category === 'non-economic-tangible';
  const candidates = t.scenario.dimensions.flatMap((dim) => {
    const rival = rivalOf(t, o.seller, dim.id);
    const mine = level(t.delivered(o.seller), dim.id);
    return fits(dim.category) && rival && mine > rival.level && buyerWeight(t, dim.id) > 0
      ? [{ dim: dim.id, mine, rival }]
      : [];
  });
  const c = best(candidates, (x) => [buyerWeight(t, x.dim)]);
  if (!c) return null;
  return {
    kind: 'fit',
    params: {
      seller: o.seller,
      rule,
      dimension: c.dim,
      own: c.mine,
      rival: c.rival.seller,
      rivalLevel: c.rival.level,
    },
    next: 'lead-with',
  };
}

/**
 * Credibility: a claim above what the offer delivers (the largest gap), whether a member's check caught it and
 * what it cost. What to try: the option that lifts the benefit to the claim, where the offering has one, else to
 * claim what it delivers.
 */
function overclaim(t: Table, o: OfferDebrief, p: Proposal): Draft | null {
  const c = best(
    o.credibility.claims.filter((x) => x.gap > 0),
    (x) => [x.gap, buyerWeight(t, x.dimension)],
  );
  if (!c) return null;
  const offering = t.scenario.sellers.find((x) => x.id === p.seller)?.offering;
  const option = offering?.options.find(
    (op) =>
      op.dimension === c.dimension &&
      !p.options.includes(op.id) &&
      Math.min(5, c.delivered + op.lift) >= c.claimed,
  );
  const caughtBy = t.s.checks.find(
    (x) => x.seller === p.seller && x.dimension === c.dimension && !x.confirmed,
  )?.by;
  return {
    kind: 'overclaim',
    params: {
      seller: p.seller,
      dimension: c.dimension,
      claimed: c.claimed,
      delivered: c.delivered,
      count: o.credibility.overclaims,
      ...(caughtBy ? { caughtBy } : {}),
      ...(o.won && o.damages > 0 ? { damages: o.damages } : {}),
      ...(option ? { lift: option.lift } : {}),
    },
    next: option ? 'add-option' : 'claim-delivered',
  };
}

/**
 * Making intangibles tangible: an intangible benefit the seller stressed and claimed above what the members
 * assume, with no evidence of a kind that vouches for it, where its offering had such evidence to add.
 */
function tangibilize(t: Table, p: Proposal): Draft | null {
  const offering = t.scenario.sellers.find((x) => x.id === p.seller)?.offering;
  if (!offering) return null;
  const offer = offerFacts(p);
  const stressed = new Set([...offer.leadWith, ...t.members.flatMap((m) => stressedTo(offer, m.role))]);
  const vouches = (id: string, dim: Dimension) => {
    const ev = offering.evidence.find((e) => e.id === id);
    return !!ev && ev.dimensions.includes(dim.id) && evidenceFits(ev.kind, dim.category);
  };
  const candidates = t.scenario.dimensions.flatMap((dim) => {
    const claim = own(p.claims, dim.id);
    if (isTangible(dim.category) || claim === undefined || !stressed.has(dim.id)) return [];
    if (claim <= priorOf(t.facts, p.seller, dim.id)) return [];
    if (p.evidence.some((id) => vouches(id, dim))) return [];
    const ev = offering.evidence.find((e) => !p.evidence.includes(e.id) && vouches(e.id, dim));
    return ev ? [{ dim: dim.id, ev }] : [];
  });
  const c = best(candidates, (x) => [buyerWeight(t, x.dim)]);
  if (!c) return null;
  return {
    kind: 'tangibilize',
    params: { seller: p.seller, dimension: c.dim, evidence: c.ev.kind, cost: c.ev.cost },
    next: 'add-evidence',
  };
}

/** Value left on the table: the winner could have asked at least a per cent more and still come first. */
function valueLeft(o: OfferDebrief): Draft | null {
  if (!o.won || o.priceHeadroom === null || o.priceHeadroom < 0.01 * o.price) return null;
  return {
    kind: 'value-left',
    params: {
      seller: o.seller,
      price: o.price,
      headroom: o.priceHeadroom,
      max: round2(o.price + o.priceHeadroom),
    },
    next: 'price-up',
  };
}

// ---- the best-and-final round ----

/**
 * What the best-and-final round did, from its request: each asked seller's price before (its last proposal
 * before the request) and after, and who led the buying center's perceived value (its deciding members by vote,
 * the appraisal the BAFO targets come from) before and after, on the same facts but those prices and terms.
 */
export function bafoFacts(t: Pick<Table, 'scenario' | 's' | 'events' | 'facts'>) {
  const bafo = t.s.bafo;
  if (!bafo) return null;
  const asked = t.events.findIndex((e) => e.type === 'bafo-requested');
  if (asked < 0) return null;
  // Every offer turned down by the time the buying center decided: no lead to speak of, so no note on it.
  if (t.facts.offers.length === 0) return null;
  const before = new Map<string, OfferFacts>();
  t.events.slice(0, asked).forEach((e) => {
    if (e.type === 'proposal-submitted') before.set(e.data.proposal.seller, offerFacts(e.data.proposal));
  });
  const leader = (offers: readonly OfferFacts[]) =>
    best(appraiseOffers(t.scenario, { ...t.facts, offers }), (a) => [a.value])?.seller ?? null;
  const offersBefore = t.facts.offers.map((o) =>
    bafo.sellers.includes(o.seller) ? (before.get(o.seller) ?? o) : o,
  );
  return {
    requestedBy: bafo.requestedBy,
    sellers: bafo.sellers.map((id) => ({
      seller: id,
      before: before.get(id)?.price ?? own(t.s.proposals, id)?.price ?? 0,
      after: own(t.s.proposals, id)?.price ?? 0,
      target: own(bafo.targets, id),
    })),
    leaderBefore: leader(offersBefore),
    leaderAfter: leader(t.facts.offers),
  };
}

function bafo(t: Table): SeatedDraft[] {
  const f = bafoFacts(t);
  if (!f) return [];
  const winner = t.d.decision.winner;
  const quantity = t.scenario.economics.quantity;
  const changed = f.leaderBefore !== f.leaderAfter ? 1 : 0;
  const common = {
    member: f.requestedBy,
    leaderBefore: f.leaderBefore ?? '',
    leaderAfter: f.leaderAfter ?? '',
    changed,
  };
  const out: SeatedDraft[] = [];
  for (const x of f.sellers) {
    const o = t.d.offers.find((y) => y.seller === x.seller);
    if (!o) continue;
    const cut = round2(x.before - x.after);
    const won = winner === x.seller;
    const needed =
      !won && o.priceHeadroom !== null && o.priceHeadroom < 0 ? round2(x.after + o.priceHeadroom) : null;
    let next = 'lead-on-value';
    if (won && f.leaderBefore === x.seller) next = cut > 0 ? 'concede-less' : 'held';
    else if (needed !== null)
      next = needed <= 0 ? 'no-price-wins' : needed <= o.unitCost ? 'value-not-price' : 'price-floor';
    out.push({
      kind: 'bafo',
      seats: [sellerSeat(x.seller)],
      params: {
        ...common,
        seller: x.seller,
        before: x.before,
        after: x.after,
        cut,
        total: round2(cut * quantity),
        won: won ? 1 : 0,
        ...(x.target !== undefined ? { target: x.target } : {}),
        ...(needed !== null ? { needed, cost: o.unitCost } : {}),
      },
      next,
    });
  }
  const w = f.sellers.find((x) => x.seller === winner);
  const saved = w ? round2((w.before - w.after) * quantity) : 0;
  out.push({
    kind: 'bafo-buyer',
    seats: t.memberSeats,
    params: { ...common, sellers: f.sellers.map((x) => x.seller).join(','), winner: winner ?? '', saved },
    next: saved <= 0 ? 'state-target' : changed ? 'compare-value' : 'bafo-again',
  });
  return out;
}

// ---- the specification ----

/** A must-have of the published specification: the adopted item, with who proposed it. */
function mustHaveItem(t: Table, dimension: string, minLevel?: number) {
  return t.s.spec.items.find(
    (i) =>
      i.status === 'adopted' &&
      i.kind === 'must-have' &&
      i.dimension === dimension &&
      (minLevel === undefined || i.value === minLevel),
  );
}

/**
 * The contract was void at acceptance: the winner's offer failed a published must-have it had stated it met, or
 * delivers a tangible benefit below the level it stated (acceptance measures what can be measured).
 */
function specVoid(t: Table): SeatedDraft[] {
  const a = t.d.acceptance;
  if (!a) return [];
  const delivered = t.delivered(a.seller);
  const dim = a.dimensions[0];
  if (!dim) return [];
  // The must-have the delivery misses on that benefit, if one does (a must-have it meets is not why it failed).
  const item = t.s.spec.items.find(
    (i) =>
      i.status === 'adopted' &&
      i.kind === 'must-have' &&
      i.dimension === dim &&
      level(delivered, dim) < i.value,
  );
  const claimed = own(t.proposal(a.seller)?.claims, dim) ?? 0;
  const category = t.scenario.dimensions.find((x) => x.id === dim)?.category;
  const tangible = category !== undefined && isTangible(category);
  if (!item) {
    // No must-have failed: a tangible claim did (acceptanceFailures puts the must-haves first).
    if (!tangible) return [];
    const params = {
      seller: a.seller,
      dimension: dim,
      claimed,
      delivered: level(delivered, dim),
      penalty: a.penalty,
    };
    return [
      { kind: 'spec-void', seats: t.memberSeats, params, next: 'check-claim' },
      { kind: 'spec-void', seats: [sellerSeat(a.seller)], params, next: 'state-delivered' },
    ];
  }
  const params = {
    seller: a.seller,
    dimension: dim,
    minLevel: item.value,
    by: item.by,
    claimed,
    delivered: level(delivered, dim),
    penalty: a.penalty,
  };
  return [
    { kind: 'spec-void', seats: t.memberSeats, params, next: tangible ? 'check-claim' : 'ask-evidence' },
    { kind: 'spec-void', seats: [sellerSeat(a.seller)], params, next: 'deliver-must-have' },
  ];
}

/** A published must-have left a supplier out: it could not reach the level even with every option. */
function specGate(t: Table): SeatedDraft[] {
  const out: SeatedDraft[] = [];
  for (const e of t.events) {
    if (e.type !== 'supplier-disqualified' || e.data.by !== 'rfp' || e.data.dimension === undefined) continue;
    const item = mustHaveItem(t, e.data.dimension, e.data.minLevel);
    if (!item) continue;
    const params = {
      seller: e.data.seller,
      dimension: item.dimension,
      minLevel: item.value,
      by: item.by,
      reach: level(reachableLevels(t.scenario, e.data.seller), item.dimension),
    };
    out.push({ kind: 'spec-gate', seats: t.memberSeats, params, next: 'gate-cost' });
    out.push({ kind: 'spec-gate', seats: [sellerSeat(e.data.seller)], params, next: 'shape-spec' });
  }
  return out;
}

/** The formal leader: the offer with the best formal value (ties to the first seller id). */
function formalLeader(values: ReadonlyMap<string, number>): string | null {
  const ids = [...values.keys()].sort();
  return best(ids, (id) => [values.get(id) ?? 0]) ?? null;
}

/**
 * The published weight that decided the formal ranking: an adopted weight item without which (the criteria
 * renormalized over the other adopted weights, as the rules publish them) another offer would lead the formal
 * evaluation. Of several, the one with the largest share of the criteria. `outcome` says whether, with that
 * evaluation and the same votes, the decision rule would also have chosen another supplier.
 */
export function decidingWeight(t: Pick<Table, 'scenario' | 's' | 'facts'>): {
  dimension: string;
  share: number;
  by: ObcRole;
  leader: string;
  without: string;
  outcome: number;
} | null {
  const decision = t.s.decision;
  if (!decision) return null;
  const sellers = Object.keys(decision.formal);
  if (sellers.length < 2) return null;
  const offers = t.facts.offers.filter((o) => sellers.includes(o.seller));
  if (offers.length < 2) return null;
  const adopted = t.s.spec.items.filter((i) => i.status === 'adopted' && i.kind === 'weight' && i.value > 0);
  const totalWeight = adopted.reduce((sum, i) => sum + i.value, 0);
  const formalWith = (items: typeof t.s.spec.items) => {
    const criteria = publishedCriteria(t.scenario, { spec: { items }, sharedBenefits: t.s.sharedBenefits });
    return new Map(offers.map((o) => [o.seller, formalValue(t.scenario, t.facts, criteria, o)]));
  };
  const leader = formalLeader(formalWith(t.s.spec.items));
  if (!leader) return null;
  const flips = adopted.flatMap((item) => {
    const without = formalWith(t.s.spec.items.filter((i) => i !== item));
    const other = formalLeader(without);
    return other && other !== leader ? [{ item, without, other }] : [];
  });
  const f = best(flips, (x) => [x.item.value]);
  if (!f) return null;
  // The decision rule again, with the formal shares of that evaluation and the same votes.
  const again = ruleWinner(
    t,
    (id) => own(decision.tally, id) ?? 0,
    (id) => f.without.get(id) ?? own(decision.formal, id) ?? 0,
  );
  const outcome = decision.winner !== null && again !== undefined && again !== decision.winner;
  return {
    dimension: f.item.dimension,
    share: Math.round((100 * f.item.value) / totalWeight),
    by: f.item.by,
    leader,
    without: f.other,
    outcome: outcome ? 1 : 0,
  };
}

function specWeight(t: Table): SeatedDraft[] {
  const w = decidingWeight(t);
  if (!w) return [];
  const params = { ...w, formality: Math.round((t.s.decision?.formality ?? 0) * 100) };
  return [
    { kind: 'spec-weight', seats: t.memberSeats, params, next: 'weigh-priorities' },
    {
      kind: 'spec-weight',
      seats: [sellerSeat(w.leader), sellerSeat(w.without)],
      params,
      next: 'read-criteria',
    },
  ];
}

// ---- votes and signatures ----

/**
 * The members whose vote decided: without it (the same formal evaluation, the other votes as cast), the decision
 * rule would have chosen another supplier or none. A tie the private scores would not break leaves it open, and
 * then the vote is not counted as pivotal.
 */
export function pivotalVoters(
  t: Pick<Table, 'scenario' | 's'>,
): { role: ObcRole; without: string | null; share: number }[] {
  const decision = t.s.decision;
  const winner = decision?.winner ?? null;
  if (!decision || !winner || (decision.reason !== 'vote' && decision.reason !== 'tie-break')) return [];
  const weights = effectiveVoteWeights(t.scenario, t.s.purchaseType);
  const cast = Object.values(decision.tally).reduce((a, b) => a + b, 0);
  const out: { role: ObcRole; without: string | null; share: number }[] = [];
  for (const m of t.scenario.buyingFirm.obc.members) {
    if (t.s.votes[m.role] !== winner) continue;
    const weight = weights.get(m.role) ?? 0;
    if (weight <= 0) continue;
    const without = ruleWinner(
      t,
      (id) => (own(decision.tally, id) ?? 0) - (id === winner ? weight : 0),
      (id) => own(decision.formal, id) ?? 0,
    );
    if (without !== undefined && without !== winner)
      out.push({ role: m.role, without, share: Math.round((100 * weight) / cast) });
  }
  return out;
}

/**
 * The decision rule of decision.ts `decide` over a tally and formal values of the offers the decision weighed:
 * the winner, null when no vote is cast, undefined when a tie remains after the private scores (the seeded coin
 * would decide it, so nobody can say who would have won).
 */
function ruleWinner(
  t: Pick<Table, 'scenario' | 's'>,
  tally: (id: string) => number,
  formal: (id: string) => number,
): string | null | undefined {
  const decision = t.s.decision;
  if (!decision) return null;
  const ids = Object.keys(decision.tally);
  const cast = ids.reduce((sum, id) => sum + tally(id), 0);
  if (cast <= 0) return null;
  const shares = formalShares(ids.map(formal), t.scenario.economics.valuePerPoint);
  const scores = ids.map((id, i): { id: string; v: number } => ({
    id,
    v: (1 - decision.formality) * (tally(id) / cast) + decision.formality * (shares[i] ?? 0),
  }));
  const top = Math.max(...scores.map((x) => x.v));
  let leaders = scores.filter((x) => x.v === top && top > 0).map((x) => x.id);
  if (leaders.length > 1) {
    const privateScore = (id: string) =>
      Object.values(t.s.scores).reduce((sum, sc) => sum + (own(sc, id) ?? 0), 0);
    const bestPrivate = Math.max(...leaders.map(privateScore));
    leaders = leaders.filter((id) => privateScore(id) === bestPrivate);
  }
  return leaders.length === 1 ? leaders[0] : leaders.length === 0 ? null : undefined;
}

function pivotalVotes(t: Table): SeatedDraft[] {
  const winner = t.d.decision.winner;
  if (!winner) return [];
  const pivotal = pivotalVoters(t);
  const out: SeatedDraft[] = [];
  const quality = t.d.decision.quality;
  const p = t.proposal(winner);
  for (const v of pivotal) {
    const m = t.members.find((x) => x.role === v.role);
    if (!m) continue;
    const params = { member: v.role, seller: winner, without: v.without ?? '', share: v.share };
    // A claim of the winner's this member could have checked: tangible, above what they would assume.
    const claim =
      quality !== null && quality < QUALITY_SHORTFALL && p
        ? best(
            t.scenario.dimensions.filter(
              (x) =>
                isTangible(x.category) &&
                (own(p.claims, x.id) ?? 0) > priorOf(t.facts, winner, x.id) &&
                weightOf(m, x.id) > 0,
            ),
            (x) => [weightOf(m, x.id)],
          )
        : undefined;
    out.push({
      kind: 'pivotal-vote',
      seats: [v.role],
      params: { ...params, ...(claim ? { check: claim.id } : {}) },
      next: claim ? 'check-before-vote' : 'say-why',
    });
  }
  const main = best(pivotal, (v) => [v.share]);
  const top = main ? topOf(t, main.role)[0] : undefined;
  if (main && top)
    out.push({
      kind: 'pivotal-vote',
      seats: [sellerSeat(winner), ...(main.without ? [sellerSeat(main.without)] : [])],
      params: { member: main.role, seller: winner, without: main.without ?? '', share: main.share, top },
      next: 'address-member',
    });
  return out;
}

/** A member with sign-off or veto turned the chosen supplier down. */
function rejections(t: Table): SeatedDraft[] {
  const out: SeatedDraft[] = [];
  for (const e of t.events) {
    if (e.type !== 'contract-rejected' || !e.data.seller) continue;
    const m = t.members.find((x) => x.role === e.data.by);
    if (!m) continue;
    const mustHave = m.priorities.mustHaves[0];
    const dim = mustHave?.dimension ?? topOf(t, m.role)[0];
    if (!dim) continue;
    const params = {
      member: m.role,
      seller: e.data.seller,
      winner: t.d.decision.winner ?? '',
      dimension: dim,
      ...(mustHave ? { minLevel: mustHave.minLevel } : {}),
    };
    out.push({
      kind: 'sign-off-rejection',
      seats: [m.role],
      params,
      next: mustHave ? 'spec-must-have' : 'spec-weight',
    });
    out.push({
      kind: 'sign-off-rejection',
      seats: [sellerSeat(e.data.seller)],
      params,
      next: 'ask-approver',
    });
  }
  return out;
}

// ---- the buying center's decision ----

/** Decision quality below this is a shortfall worth a note (the debrief shows it as at most 99 %). */
export const QUALITY_SHORTFALL = 0.99;

/** How far a belief must be off the delivery to be named as the reason of a choice (level points). */
const BELIEF_GAP = 0.25;

/**
 * Decision quality below 99 %: the buying center chose another offer than the best value. The reason named is
 * the largest weighted belief of a member who voted for the winner (all deciding members when none did) above
 * what the winner delivers; else the largest below what the best offer delivers; else the price.
 */
function decisionQuality(t: Table): SeatedDraft[] {
  const { winner, bestValueSeller: bestId, quality } = t.d.decision;
  // Below 99 %: a choice the debrief shows as 100 % is not a lesson in decision quality.
  if (quality === null || quality >= QUALITY_SHORTFALL || !winner || !bestId || winner === bestId) return [];
  const chosen = t.d.offers.find((o) => o.seller === winner);
  const bestOffer = t.d.offers.find((o) => o.seller === bestId);
  if (!chosen || !bestOffer) return [];
  const backers = t.voters.filter((m) => t.s.votes[m.role] === winner);
  const who = backers.length > 0 ? backers : t.voters;
  const gaps = (o: OfferDebrief, sign: 1 | -1) =>
    who.flatMap((m) => {
      const beliefs = o.perceivedByMember.find((x) => x.role === m.role)?.beliefs ?? {};
      return t.scenario.dimensions.map((dim) => {
        const believed = own(beliefs, dim.id) ?? 0;
        const delivered = level(t.delivered(o.seller), dim.id);
        return { m, dim, believed, delivered, gap: sign * (believed - delivered) };
      });
    });
  const pick = (o: OfferDebrief, sign: 1 | -1) =>
    best(
      gaps(o, sign).filter((g) => g.gap >= BELIEF_GAP && weightOf(g.m, g.dim.id) > 0),
      (g) => [weightOf(g.m, g.dim.id) * g.gap],
    );
  const over = pick(chosen, 1);
  const under = over ? undefined : pick(bestOffer, -1);
  const g = over ?? under;
  const params = { seller: winner, best: bestId, quality };
  if (!g)
    return [
      {
        kind: 'decision-quality',
        seats: t.memberSeats,
        params: { ...params, cause: 'price' },
        next: 'compare-value',
      },
    ];
  const about = over ? winner : bestId;
  const claimed = own(t.proposal(about)?.claims, g.dim.id) !== undefined;
  return [
    {
      kind: 'decision-quality',
      seats: t.memberSeats,
      params: {
        ...params,
        cause: over ? 'over' : 'under',
        member: g.m.role,
        dimension: g.dim.id,
        about,
        believed: g.believed,
        delivered: g.delivered,
      },
      next: isTangible(g.dim.category) && claimed ? 'check-claim' : 'ask-evidence',
    },
  ];
}

/**
 * A deciding member's first priority that the published criteria did not weigh at all (the formal evaluation
 * ignored it), whether or not the member had marked it as a benefit sought.
 */
function unvoiced(t: Table): SeatedDraft[] {
  const criteria = publishedCriteria(t.scenario, t.s);
  return t.voters.flatMap((m): SeatedDraft[] => {
    const dim = topOf(t, m.role)[0];
    if (!dim || (own(criteria, dim) ?? 0) > 0) return [];
    const sought = (own(t.s.benefitsSought, m.role) ?? []).includes(dim);
    return [
      {
        kind: 'unvoiced-priority',
        seats: [m.role],
        params: { member: m.role, dimension: dim, weight: weightOf(m, dim), sought: sought ? 1 : 0 },
        next: sought ? 'propose-weight' : 'mark-sought',
      },
    ];
  });
}

/**
 * The next purchase has another buying situation: the next round's, where the case fixes it, else what the
 * post-purchase evaluation makes of it (decision.ts `nextPurchaseType`).
 */
function purchaseType(t: Table): SeatedDraft[] {
  const evaluated = t.d.nextPurchaseType;
  const fixed = t.s.round < t.scenario.rounds.count ? t.scenario.rounds.nextPurchaseType : undefined;
  const nextType = fixed ?? evaluated;
  if (!nextType || nextType === t.s.purchaseType) return [];
  return [
    {
      kind: 'purchase-type',
      seats: t.allSeats,
      params: { type: t.s.purchaseType, nextType, fixed: fixed ? 1 : 0, winner: t.d.decision.winner ?? '' },
      next: `expect-${nextType}`,
    },
  ];
}

/**
 * Derived demand in play: the buyer's own customers need some benefits (`buyingFirm.customers`). A seller team
 * hears of it when its final offer stressed none of them (lead or a message) though it delivers at least as much
 * as every rival on one: a need of the buyer's market it could have answered honestly (the one where it is most
 * ahead). And when it stressed one where it delivers more than every rival, and won. Otherwise nothing.
 */
function customerNeed(t: Table, o: OfferDebrief, p: Proposal): Draft | null {
  const customers = t.scenario.buyingFirm.customers;
  if (!customers) return null;
  const stressed = new Set([...p.leadWith, ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? [])]);
  const rivals = Object.values(t.s.proposals).filter((x) => x.seller !== p.seller);
  const mine = (dim: string) => level(t.delivered(p.seller), dim);
  const rival = (dim: string) => Math.max(0, ...rivals.map((r) => level(t.delivered(r.seller), dim)));
  const params = (dim: string, addressed: 0 | 1) => ({
    seller: p.seller,
    dimension: dim,
    own: mine(dim),
    rivalLevel: rival(dim),
    addressed,
  });
  const said = customers.dimensions.filter((dim) => stressed.has(dim));
  if (said.length === 0) {
    const dim = best(
      customers.dimensions.filter((d) => mine(d) >= rival(d)),
      (d) => [mine(d) - rival(d), mine(d)],
    );
    return dim ? { kind: 'customer-need', params: params(dim, 0), next: 'stress-customers' } : null;
  }
  const ahead = said.find((dim) => mine(dim) > rival(dim));
  return ahead && o.won ? { kind: 'customer-need', params: params(ahead, 1), next: 'keep-customers' } : null;
}

/**
 * Derived demand: each market event of this round, told to every seller team (did its final offer stress what
 * the buyer's customers now ask for?) and to the member it moved (what the chosen offer delivers there).
 */
function marketShifts(t: Table): SeatedDraft[] {
  return (t.s.market?.shifts ?? [])
    .filter((x) => x.round === t.s.round)
    .flatMap((x): SeatedDraft[] => {
      const base = {
        member: x.role,
        dimension: x.dimension,
        weightBefore: own(x.before, x.dimension) ?? 0,
        weightAfter: own(x.after, x.dimension) ?? 0,
      };
      const sellers = Object.values(t.s.proposals).map((p): SeatedDraft => {
        const stressed = [
          ...p.leadWith,
          ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? []),
        ].includes(x.dimension);
        return {
          kind: 'market-shift',
          seats: [sellerSeat(p.seller)],
          params: { ...base, seller: p.seller, stressed: stressed ? 1 : 0 },
          next: 'ask-after-news',
        };
      });
      const winner = t.d.decision.winner;
      const member: SeatedDraft = {
        kind: 'market-shift',
        seats: [x.role],
        params: {
          ...base,
          ...(winner ? { winner, delivered: level(t.delivered(winner), x.dimension) } : {}),
        },
        next: 'voice-news',
      };
      return [...sellers, member];
    });
}
