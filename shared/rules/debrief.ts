// The debrief: every number a pure function of the scenario and the table's log. It reveals the hidden
// priorities and explains the outcome: value against price, decision quality, what each member believed and
// why (attention, credibility, checks, points of contention), alignment, discovery, credibility, the value-
// proposition type and its fit, the seller's result after damages, trust, and a timeline.
import { own as ownOf, setOwn } from '../own.ts';
import type { Member, ObcRole, Scenario } from '../scenario/schema.ts';
import {
  appraiseFor,
  appraiseOffers,
  contentions,
  factsFromState,
  offerFacts,
  stressedTo,
  type AppraisalFacts,
  type OfferFacts,
} from './beliefs.ts';
import { adoptedMustHaves, promisedOf } from './decision.ts';
import { MODEL } from './model.ts';
import { scenarioFor, type MarketShift } from './market.ts';
import { scorePredictions, type PredictionDebrief } from './predictions.ts';
import { replay } from './replay.ts';
import { teachingNotes, type TeachingNote } from './teaching-notes.ts';
import { deliveredLevels, isTangible, sellerResult, trueValue, type Levels } from './scoring.ts';
import type { GameEvent, LogEntry, Proposal, TableConfig, TableState } from './types.ts';

export const VP_TYPES = ['all-benefits', 'favorable-points-of-difference', 'resonating-focus'] as const;
export type VpType = (typeof VP_TYPES)[number];

/** How many of a member's heaviest dimensions count as their top priorities. */
export const TOP_PRIORITIES = 2;

export function topPriorities(member: Member): string[] {
  return Object.entries(member.priorities.weights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_PRIORITIES)
    .map(([d]) => d);
}

/** What motivates a member (notes 2.4): their top priorities, and any benefit they weigh at a quarter or more. */
export function motivating(member: Member): string[] {
  const heavy = Object.entries(member.priorities.weights)
    .filter(([, w]) => w >= 25)
    .map(([d]) => d);
  return [...new Set([...topPriorities(member), ...heavy])];
}

/** A proposal's pitch: what it leads with and what it stresses to each member. */
export interface Pitch {
  leadWith: readonly string[];
  messages: Readonly<Partial<Record<string, { dimensions: readonly string[] } | undefined>>>;
}

/**
 * Classifies a value proposition by the notes' definitions (2.4), from what the seller chose to stress against
 * the rivals' true offerings:
 *   all benefits — every benefit listed (or nearly: at least three and 60 % of them), or a pitch that is not
 *     selective about where it stands out;
 *   resonating focus — a few benefits that are superior to the competition and that motivate the buyer, told
 *     to the members individually: messages (not one copied to all), at most three benefits each, two thirds of
 *     them the addressee's own priorities, and a headline of at most three;
 *   favorable points of difference — stresses where it is superior to the competition, but not individualized.
 */
export function classifyValueProposition(
  scenario: Scenario,
  pitch: Pitch,
  own: Levels,
  rivals: readonly Levels[],
): { type: VpType; pointsOfDifference: string[]; parityOrWorse: string[]; resonating: string[] } {
  const members = scenario.buyingFirm.obc.members;
  const n = scenario.dimensions.length;
  const messaged = members.filter((m) => (ownOf(pitch.messages, m.role)?.dimensions.length ?? 0) > 0);
  const emphasis = [
    ...new Set([
      ...pitch.leadWith,
      ...messaged.flatMap((m) => ownOf(pitch.messages, m.role)?.dimensions ?? []),
    ]),
  ];
  const better = (d: string) =>
    rivals.length === 0
      ? (ownOf(own, d) ?? 0) > MODEL.norm
      : rivals.every((r) => (ownOf(own, d) ?? 0) > (ownOf(r, d) ?? 0));
  const pointsOfDifference = emphasis.filter(better);
  const parityOrWorse = emphasis.filter((d) => !better(d));
  const pairs = messaged.flatMap((m) =>
    (ownOf(pitch.messages, m.role)?.dimensions ?? []).map((d) => ({ d, ok: motivating(m).includes(d) })),
  );
  const resonating = [...new Set(pairs.filter((p) => p.ok).map((p) => p.d))];
  // All benefits: the headline lists (nearly) every benefit. Individual messages may together cover many, each
  // member hearing few: that is focus, not breadth.
  const lead = [...new Set(pitch.leadWith)];
  const broad = lead.length === n || (lead.length >= 3 && lead.length >= Math.ceil(0.6 * n));
  const selective = emphasis.length > 0 && pointsOfDifference.length * 2 >= emphasis.length;
  // Individualized: messages to the members, two thirds of what they stress being the addressee's own
  // priorities (one message copied to members who care about different things fails this), a few each.
  const individualized =
    messaged.length > 0 &&
    pairs.filter((p) => p.ok).length * 3 >= pairs.length * 2 &&
    messaged.every((m) => (ownOf(pitch.messages, m.role)?.dimensions.length ?? 0) <= 3) &&
    pitch.leadWith.length <= 3;
  let type: VpType = 'all-benefits';
  if (!broad && selective) type = individualized ? 'resonating-focus' : 'favorable-points-of-difference';
  return { type, pointsOfDifference, parityOrWorse, resonating };
}

export interface Debrief {
  round: number;
  purchaseType: string;
  /** What the post-purchase evaluation makes of the next purchase. */
  nextPurchaseType: string | null;
  hiddenPriorities: {
    role: ObcRole;
    influence: number;
    weights: Record<string, number>;
    priceSensitivity: number;
    riskAversion: number;
    mustHaves: { dimension: string; minLevel: number }[];
    topPriorities: string[];
    petConcerns: { id: string; dimension: string }[];
  }[];
  offers: OfferDebrief[];
  decision: {
    winner: string | null;
    reason: string;
    tally: Record<string, number>;
    /** Each offer's formal evaluation against the published criteria, and how much it counted. */
    formal: Record<string, number>;
    formality: number;
    votes: Partial<Record<ObcRole, string>>;
    scores: Partial<Record<ObcRole, Record<string, number>>>;
    bestValueSeller: string | null;
    /** Value of the chosen offer ÷ value of the best offer on the table (1 = the best choice; 0 = none). */
    quality: number | null;
  };
  /** The claims the buying center checked before voting. */
  checks: { by: ObcRole; seller: string; dimension: string; claimed: number; confirmed: boolean }[];
  /** The contract failed acceptance against the published specification: void, and the seller's breach. */
  acceptance: { seller: string; dimensions: string[]; penalty: number } | null;
  benefitsSought: Partial<Record<ObcRole, string[]>>;
  spec: { dimension: string; kind: string; value: number; by: ObcRole }[];
  delivered: Levels | null;
  ratings: Partial<Record<ObcRole, { rating: number; comment: string }>>;
  trust: Record<string, { before: number; after: number }>;
  /** Key events; `data` carries the event's facts so that a client can word it in its own language. */
  timeline: { at: number; type: string; summary: string; data: Record<string, unknown> }[];
  channels: { obc: number; buyerSeller: number };
  /** The teaching notes of this table (teaching-notes.ts): facts of the round, each for the seats it concerns. */
  notes: TeachingNote[];
  /** Market events of this round (derived demand): who they moved, from which weights to which. */
  market: MarketShift[];
  /** Predict, then reveal: each seller's insight calibration and each member's prediction of the choice. */
  predictions: PredictionDebrief;
  /**
   * Who did which job (issue 13): per seat and player (null: a bot or the instructor for the seat), the roles
   * they held and how many of each intent they sent.
   */
  jobs: {
    seat: string;
    player: string | null;
    name: string | null;
    roles: string[];
    done: Record<string, number>;
  }[];
  /**
   * The selling center's groundwork this round (issue 13), per seller team that did any: the product manager's
   * draft and customer service's prepared evidence, whose answers each drew on (the members who gave them), and
   * how much of each the team's final proposal kept.
   */
  groundwork: Groundwork[];
}

export interface Groundwork {
  seller: string;
  draft: {
    player: string | null;
    options: string[];
    claims: Record<string, number>;
    answers: ObcRole[];
    kept: { options: number; claims: number };
  } | null;
  evidence: { player: string | null; evidence: string[]; answers: ObcRole[]; kept: number } | null;
}

export interface OfferDebrief {
  seller: string;
  price: number;
  listPrice: number;
  unitCost: number;
  /** Price less unit cost, per unit. */
  margin: number;
  /** The seller's result for the round: margin on the units it won, less damages and the evidence it bought. */
  marginTotal: number;
  evidenceCost: number;
  damages: number;
  won: boolean;
  eligible: boolean;
  options: string[];
  evidence: string[];
  leadWith: string[];
  claims: Levels;
  /** Objective value per unit: delivered levels, hidden weights, price. */
  buyerValue: number;
  /** Value per unit before price: what the offer is worth to the buyer. */
  grossValue: number;
  /** The buying center's perceived value per unit, from what each member believed, by influence (as buyerValue). */
  perceivedValue: number;
  /**
   * Each member's perceived value, what they believed benefit by benefit, and `bonus`: how much the pitch and
   * the evidence moved them (their value of this offer less its value with every benefit at the prior).
   */
  perceivedByMember: {
    role: ObcRole;
    value: number;
    bonus: number;
    beliefs: Levels;
    contentions: string[];
    gated: boolean;
  }[];
  /** Share of the surplus (gross value − cost) the seller took as margin. */
  valueCaptured: number | null;
  /** For the winner: how much higher the price could have gone and still won; for a loser: how much lower to win. */
  priceHeadroom: number | null;
  alignment: { overall: number; byMember: { role: ObcRole; share: number; emphasis: string[] }[] };
  /** dimension × member: hidden weight and the share of this seller's emphasis to that member. */
  heatmap: { dimension: string; cells: { role: ObcRole; weight: number; emphasis: number }[] }[];
  discovery: { overall: number; byMember: { role: ObcRole; found: string[]; top: string[] }[] };
  credibility: {
    claims: {
      dimension: string;
      claimed: number;
      delivered: number;
      gap: number;
      backed: boolean;
      intangible: boolean;
    }[];
    overclaims: number;
    intangibleBacked: number;
    intangibleStressed: number;
    /** A member's check caught a claim of this seller false. */
    caught: boolean;
  };
  valueProposition: {
    type: VpType;
    pointsOfDifference: string[];
    parityFlags: string[];
    resonating: string[];
    fit: { rule: 'win-new-business' | 'keep-relationship'; ok: boolean };
  };
}

/**
 * How good a choice was: the value chosen over the best value on the table (1 = the best); where every offer
 * costs the firm more than it gives (negative values), the best loss over the loss chosen. The decision's
 * quality, and a member's own vote's (shared/session/grades.ts).
 */
export function choiceQuality(best: number, chosen: number): number {
  if (best > 0) return Math.max(0, chosen) / best;
  return chosen >= best ? 1 : best / chosen;
}

/** The debrief of the round a state has just finished (or is in), with that round's events. */
export function computeDebrief(caseFile: Scenario, s: TableState, events: readonly GameEvent[]): Debrief {
  // The members' weights as the market left them (market.ts): what the round was played on.
  const scenario = scenarioFor(caseFile, s);
  const members = scenario.buyingFirm.obc.members;
  const proposals = Object.values(s.proposals);
  const winner = s.decision?.winner ?? null;
  const acceptanceEvent = events.find((e) => e.type === 'acceptance-failed');
  const acceptance = acceptanceEvent?.type === 'acceptance-failed' ? acceptanceEvent.data : null;
  const voided = acceptance?.seller ?? null;
  // The offers the buying center weighed: those still in the running when it decided (a voided winner too).
  const weighed = proposals
    .filter((p) => !ownOf(s.sellers, p.seller)?.disqualified || p.seller === voided)
    .filter((p) => !s.rejected.includes(p.seller))
    .map((p) => p.seller);
  const facts = factsFromState(s, weighed);
  const appraisals = appraiseOffers(scenario, facts);
  const mustHaves = adoptedMustHaves(s);

  const truths = proposals.map((p) => {
    const t = trueValue(scenario, p);
    const eligible =
      (!ownOf(s.sellers, p.seller)?.disqualified || p.seller === voided) &&
      mustHaves.every((mh) => (ownOf(t.levels, mh.dimension) ?? 0) >= mh.minLevel);
    return { seller: p.seller, ...t, eligible };
  });
  const best = truths
    .filter((t) => t.eligible)
    .reduce<(typeof truths)[number] | null>((a, b) => (a === null || b.value > a.value ? b : a), null);
  const chosen = truths.find((t) => t.seller === winner);
  let quality: number | null = null;
  if (best && chosen) quality = choiceQuality(best.value, chosen.value);
  if (best && !chosen) quality = 0;

  const offerDebriefs = proposals.map((p, i): OfferDebrief => {
    const seller = scenario.sellers.find((x) => x.id === p.seller);
    const truth = truths[i];
    const appraisal = appraisals.find((a) => a.seller === p.seller);
    const offer = offerFacts(p);
    const delivered = deliveredLevels(scenario, p.seller, p.options);
    const rivals = proposals
      .filter((r) => r.seller !== p.seller)
      .map((r) => deliveredLevels(scenario, r.seller, r.options));
    // The competition a pitch is judged against: the rivals' offerings as the market knows them (their own
    // levels, before the options a rival adds to one bid).
    const market = scenario.sellers
      .filter((x) => x.id !== p.seller && proposals.some((r) => r.seller === x.id))
      .map((x) => x.offering.levels);
    const won = p.seller === winner;
    const damages =
      won && s.delivered && s.phase === 'round-over'
        ? (s.history.find((h) => h.round === s.round)?.damages ?? 0)
        : 0;
    const result = sellerResult(scenario, p, {
      won: won || p.seller === voided,
      void: p.seller === voided,
      damages,
    });
    const surplus = (truth?.gross ?? 0) - result.unitCost;
    const vp = classifyValueProposition(scenario, p, delivered, market);
    return {
      seller: p.seller,
      price: p.price,
      listPrice: seller?.offering.listPrice ?? 0,
      unitCost: round2(result.unitCost),
      margin: round2(result.margin),
      marginTotal: round2(result.net),
      evidenceCost: round2(result.evidenceCost),
      damages: round2(result.damages),
      won,
      eligible: truth?.eligible ?? false,
      options: p.options,
      evidence: p.evidence,
      leadWith: p.leadWith,
      claims: p.claims,
      buyerValue: round2(truth?.value ?? 0),
      grossValue: round2(truth?.gross ?? 0),
      // On the footing of the objective value (every member by influence), so that the two compare; the decision
      // itself weighs the deciding members by vote (appraisal.value), which the tally and the votes show.
      perceivedValue: round2(
        members.reduce((sum, m) => {
          const a = appraisal?.members.find((x) => x.role === m.role);
          return sum + (m.influence / 100) * (a?.value ?? 0);
        }, 0),
      ),
      perceivedByMember: members.map((m) => {
        const a = appraisal?.members.find((x) => x.role === m.role) ?? appraiseFor(scenario, facts, m, offer);
        const unmoved = appraiseFor(scenario, facts, m, { ...offer, claims: {}, evidence: [] });
        return {
          role: m.role,
          value: round2(a.value),
          bonus: round2(a.value - unmoved.value),
          beliefs: Object.fromEntries(Object.entries(a.beliefs).map(([d, v]) => [d, round2(v)])),
          contentions: contentions(facts, offer, m.role),
          gated: a.gated,
        };
      }),
      valueCaptured: surplus > 0 ? round3((p.price - result.unitCost) / surplus) : null,
      priceHeadroom: headroom(scenario, appraisals, p.seller),
      alignment: alignment(scenario, offer),
      heatmap: heatmap(scenario, offer),
      discovery: discovery(scenario, s, p.seller),
      credibility: credibility(scenario, p, delivered, facts),
      valueProposition: {
        type: vp.type,
        pointsOfDifference: vp.pointsOfDifference,
        parityFlags: vp.parityOrWorse,
        resonating: vp.resonating,
        fit: fitOf(scenario, s, p.seller, p.leadWith, delivered, rivals),
      },
    };
  });

  const record = s.history.find((h) => h.round === s.round);
  const debrief: Debrief = {
    round: s.round,
    purchaseType: s.purchaseType,
    nextPurchaseType: record?.next ?? null,
    hiddenPriorities: members.map((m) => ({
      role: m.role,
      influence: m.influence,
      weights: m.priorities.weights,
      priceSensitivity: m.priorities.priceSensitivity,
      riskAversion: m.priorities.riskAversion,
      mustHaves: m.priorities.mustHaves,
      topPriorities: topPriorities(m),
      petConcerns: m.priorities.petConcerns.map((p) => ({ id: p.id, dimension: p.dimension })),
    })),
    offers: offerDebriefs,
    decision: {
      winner,
      reason: s.decision?.reason ?? 'undecided',
      tally: s.decision?.tally ?? {},
      formal: s.decision?.formal ?? {},
      formality: s.decision?.formality ?? 0,
      votes: s.votes,
      scores: s.scores,
      bestValueSeller: best?.seller ?? null,
      quality: quality === null ? null : round3(quality),
    },
    checks: s.checks.map(({ at: _at, ...c }) => c),
    acceptance: acceptance
      ? { seller: acceptance.seller, dimensions: acceptance.dimensions, penalty: acceptance.penalty }
      : null,
    benefitsSought: s.benefitsSought,
    spec: s.spec.items
      .filter((i) => i.status === 'adopted')
      .map((i) => ({ dimension: i.dimension, kind: i.kind, value: i.value, by: i.by })),
    delivered: s.delivered,
    ratings: s.ratings,
    trust: Object.fromEntries(
      Object.values(s.sellers).map((x) => [
        x.id,
        { before: x.trust, after: ownOf(record?.trustAfter, x.id) ?? x.trust },
      ]),
    ),
    timeline: events
      .filter((e) => TIMELINE_TYPES.has(e.type))
      .map((e) => ({ at: e.at, type: e.type, summary: e.summary, data: timelineFacts(e.data) })),
    channels: {
      obc: s.messages.filter((m) => m.channel === 'obc').length,
      buyerSeller: s.messages.filter((m) => m.channel === 'buyer-seller').length,
    },
    notes: [],
    market: (s.market?.shifts ?? []).filter((x) => x.round === s.round),
    jobs: jobsOf(s),
    groundwork: groundworkOf(s),
    predictions: scorePredictions(
      scenario,
      s.predictions,
      Object.keys(s.sellers),
      winner ?? voided,
      ownOf(s.proposals, winner ?? voided ?? '')?.price ?? null,
    ),
  };
  debrief.notes = teachingNotes(scenario, s, events, debrief, facts);
  return debrief;
}

/**
 * An event's facts as the timeline keeps them: without clock deadlines, which a server restart moves (the
 * time a stage had left is given back), so that the debrief of a resumed round is the debrief of the round.
 */
function timelineFacts(data: object): Record<string, unknown> {
  const { deadline: _deadline, ...facts } = data as Record<string, unknown>;
  return facts;
}

const TIMELINE_TYPES = new Set<string>([
  'round-started',
  'market-news',
  'priorities-shifted',
  'stage-started',
  'question',
  'answer',
  'benefits-marked',
  'benefits-published',
  'spec-proposed',
  'spec-settled',
  'spec-published',
  'supplier-disqualified',
  'proposal-received',
  'proposals-opened',
  'claim-checked',
  'bafo-requested',
  'bafo-received',
  'vote-cast',
  'decision',
  'contract-rejected',
  'signed',
  'contract-forced',
  'acceptance-failed',
  'contract-awarded',
  'no-deal',
  'performance-delivered',
  'supplier-rated',
  'paused',
  'resumed',
  'timer-extended',
  'round-over',
]);

/**
 * The price change that would have made this offer's perceived value equal its best rival's: positive for the
 * winner (it could have asked that much more), negative for a loser (that much less would have tied).
 */
function headroom(
  scenario: Scenario,
  appraisals: ReturnType<typeof appraiseOffers>,
  seller: string,
): number | null {
  const own = appraisals.find((a) => a.seller === seller);
  const rivals = appraisals.filter((a) => a.seller !== seller);
  if (!own || rivals.length === 0) return null;
  const sensitivity = scenario.buyingFirm.obc.members.reduce(
    (sum, m) => sum + (m.influence / 100) * m.priorities.priceSensitivity,
    0,
  );
  if (sensitivity <= 0) return null;
  const rival = Math.max(...rivals.map((a) => a.value));
  return round2((own.value - rival) / sensitivity);
}

function alignment(scenario: Scenario, offer: OfferFacts) {
  const byMember = scenario.buyingFirm.obc.members.map((m) => {
    const emphasis = stressedTo(offer, m.role);
    const top = topPriorities(m);
    const share =
      emphasis.length === 0 ? 0 : emphasis.filter((d) => top.includes(d)).length / emphasis.length;
    return { role: m.role, share: round3(share), emphasis, influence: m.influence };
  });
  const overall = byMember.reduce((sum, x) => sum + (x.influence / 100) * x.share, 0);
  return { overall: round3(overall), byMember: byMember.map(({ influence: _i, ...rest }) => rest) };
}

function heatmap(scenario: Scenario, offer: OfferFacts) {
  const members = scenario.buyingFirm.obc.members;
  return scenario.dimensions.map((d) => ({
    dimension: d.id,
    cells: members.map((m) => {
      const emphasis = stressedTo(offer, m.role);
      return {
        role: m.role,
        weight: ownOf(m.priorities.weights, d.id) ?? 0,
        emphasis: emphasis.includes(d.id) ? round3(1 / emphasis.length) : 0,
      };
    }),
  }));
}

/** A top priority counts as found when the seller asked its holder about it, or the holder showed a card on it. */
/** Each seller team's groundwork of this round, set beside its final proposal (the debrief's role lines). */
export function groundworkOf(s: TableState): Groundwork[] {
  const members = (ids: readonly string[]): ObcRole[] => {
    const out: ObcRole[] = [];
    for (const id of ids) {
      const q = s.questions.find((x) => x.id === id);
      if (q && !out.includes(q.to)) out.push(q.to);
    }
    return out;
  };
  const out: Groundwork[] = [];
  for (const seller of Object.keys(s.sellers)) {
    const prep = ownOf(s.prep, seller);
    const draft = prep?.offering?.round === s.round ? prep.offering : undefined;
    const evidence = prep?.evidence?.round === s.round ? prep.evidence : undefined;
    if (!draft && !evidence) continue;
    const p = ownOf(s.proposals, seller);
    out.push({
      seller,
      draft: draft
        ? {
            player: draft.player,
            options: [...draft.options],
            claims: { ...draft.claims },
            answers: members(draft.answers),
            kept: {
              options: draft.options.filter((o) => p?.options.includes(o)).length,
              claims: Object.entries(draft.claims).filter(([d, l]) => ownOf(p?.claims, d) === l).length,
            },
          }
        : null,
      evidence: evidence
        ? {
            player: evidence.player,
            evidence: [...evidence.evidence],
            answers: members(evidence.answers),
            kept: evidence.evidence.filter((e) => p?.evidence.includes(e)).length,
          }
        : null,
    });
  }
  return out;
}

/** The round's jobs, grouped by seat and player, in the order they were first done. */
export function jobsOf(s: TableState): Debrief['jobs'] {
  const out: Debrief['jobs'] = [];
  for (const j of s.jobs) {
    let row = out.find((r) => r.seat === j.seat && r.player === j.player);
    if (!row) {
      const name =
        j.player === null
          ? null
          : (ownOf(s.seats, j.seat)?.players.find((p) => p.id === j.player)?.name ?? null);
      row = { seat: j.seat, player: j.player, name, roles: [...j.roles], done: {} };
      out.push(row);
    }
    setOwn(row.done, j.type, (ownOf(row.done, j.type) ?? 0) + 1);
  }
  return out;
}

export function discoveredBy(scenario: Scenario, s: TableState, seller: string): Map<ObcRole, Set<string>> {
  const found = new Map<ObcRole, Set<string>>();
  for (const q of s.questions) {
    if (q.seller !== seller || !q.answer) continue;
    const set = found.get(q.to) ?? new Set<string>();
    if (q.topic) set.add(q.topic);
    const member = scenario.buyingFirm.obc.members.find((m) => m.role === q.to);
    for (const id of q.answer.concerns) {
      const concern = member?.priorities.petConcerns.find((p) => p.id === id);
      if (concern) set.add(concern.dimension);
    }
    found.set(q.to, set);
  }
  return found;
}

/** A seller's discovery: the share of each member's top priorities it found, by influence (grades too). */
export function discovery(scenario: Scenario, s: TableState, seller: string) {
  const found = discoveredBy(scenario, s, seller);
  let overall = 0;
  const byMember = scenario.buyingFirm.obc.members.map((m) => {
    const top = topPriorities(m);
    const got = top.filter((d) => found.get(m.role)?.has(d));
    overall += (m.influence / 100) * (top.length === 0 ? 0 : got.length / top.length);
    return { role: m.role, found: got, top };
  });
  return { overall: round3(overall), byMember };
}

function credibility(scenario: Scenario, p: Proposal, delivered: Levels, facts: AppraisalFacts) {
  const offering = scenario.sellers.find((x) => x.id === p.seller)?.offering;
  const backed = new Set(
    p.evidence.flatMap((id) => offering?.evidence.find((e) => e.id === id)?.dimensions ?? []),
  );
  // What it promised: its claims and, where it claimed nothing, its record (decision.ts, promisedOf).
  const promised = promisedOf(facts, p);
  const claims = scenario.dimensions.flatMap((d) => {
    const claimed = ownOf(promised, d.id);
    if (claimed === undefined) return [];
    const got = ownOf(delivered, d.id) ?? 0;
    return [
      {
        dimension: d.id,
        claimed,
        delivered: got,
        gap: claimed - got,
        backed: backed.has(d.id),
        intangible: !isTangible(d.category),
      },
    ];
  });
  const stressed = new Set([...p.leadWith, ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? [])]);
  const intangibleStressed = claims.filter((c) => c.intangible && stressed.has(c.dimension));
  return {
    claims,
    overclaims: claims.filter((c) => c.gap > 0).length,
    intangibleBacked: intangibleStressed.filter((c) => c.backed).length,
    intangibleStressed: intangibleStressed.length,
    caught: facts.checks.some((c) => c.seller === p.seller && !c.confirmed),
  };
}

/**
 * The notes' three rules (2.4): to win new business lead with economic-tangible benefits where you are ahead
 * (or keep parity there and differ on non-economic tangible ones); to keep a relationship as the incumbent,
 * move the emphasis to non-economic intangible benefits.
 */
function fitOf(
  scenario: Scenario,
  s: TableState,
  seller: string,
  leadWith: string[],
  own: Levels,
  rivals: Levels[],
) {
  const category = (d: string) => scenario.dimensions.find((x) => x.id === d)?.category;
  if (s.incumbent === seller) {
    return {
      rule: 'keep-relationship' as const,
      ok: leadWith.some((d) => category(d) === 'non-economic-intangible'),
    };
  }
  const ahead = (d: string) => rivals.every((r) => (ownOf(own, d) ?? 0) > (ownOf(r, d) ?? 0));
  const ok = leadWith.some(
    (d) => (category(d) === 'economic-tangible' || category(d) === 'non-economic-tangible') && ahead(d),
  );
  return { rule: 'win-new-business' as const, ok };
}

export interface RoundDebrief {
  round: number;
  debrief: Debrief;
}

/** Replays a table's log and returns the debrief of every round it finished. */
export function debriefsFromLog(
  scenario: Scenario,
  config: Partial<TableConfig> & { seed: number },
  log: readonly LogEntry[],
): Debrief[] {
  const out: Debrief[] = [];
  let roundEvents: GameEvent[] = [];
  replay(scenario, config, log, (state, events) => {
    for (const e of events) {
      if (e.type === 'round-started') roundEvents = [];
      roundEvents.push(e);
      if (e.type === 'round-over') out.push(computeDebrief(scenario, state, roundEvents));
    }
  });
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
