// What one viewer may see of a table. Secrets are removed here, once, for every transport: an OBC member sees
// only their own brief, a seller only its own offering sheet and its own threads, nobody but the instructor sees
// private scores and votes before the debrief. Events are filtered by the same rules (filterEvents).
import type { Member, Scenario, Seller, Text } from '../scenario/schema.ts';
import { own, setOwn } from '../own.ts';
import { scenarioFor } from './market.ts';
import { isObcRole, sellerOfSeat } from './seats.ts';
import { areaDimensions } from './verification.ts';
import type {
  GameEvent,
  ObcRole,
  Predictions,
  Proposal,
  SeatId,
  SellerPrep,
  TableState,
  Viewer,
} from './types.ts';

const publicScenarios = new WeakMap<Scenario, PublicScenario>();

/** The parts of a scenario every seat may read: computed once per scenario (every view carries it). */
export function publicScenario(scenario: Scenario): PublicScenario {
  let known = publicScenarios.get(scenario);
  if (!known) {
    known = publicParts(scenario);
    publicScenarios.set(scenario, known);
  }
  return known;
}

function publicParts(scenario: Scenario) {
  const { meta, purchaseType, economics, buyingFirm, dimensions, sellers, stages, rounds } = scenario;
  return {
    meta,
    purchaseType,
    economics: { currency: economics.currency, quantity: economics.quantity, unit: economics.unit },
    buyingFirm: {
      name: buyingFirm.name,
      narrative: buyingFirm.narrative,
      firmographics: buyingFirm.firmographics,
      obc: {
        formality: buyingFirm.obc.formality,
        centralization: buyingFirm.obc.centralization,
        decisionRule: buyingFirm.obc.decisionRule,
        members: buyingFirm.obc.members.map((m) => ({
          role: m.role,
          title: m.title,
          hierarchyLevel: m.hierarchyLevel,
          veto: m.veto,
          signOff: m.signOff,
        })),
      },
      // Derived demand: who the buyer sells to and what they need is public, as what is known of its market.
      ...(buyingFirm.customers ? { customers: buyingFirm.customers } : {}),
    },
    // The buyer as a segment (its texts; the card's other facts are the fields above).
    ...(scenario.segment ? { segment: scenario.segment } : {}),
    dimensions,
    sellers: sellers.map((s) => ({ id: s.id, name: s.name, description: s.description })),
    stages,
    rounds: { count: rounds.count },
  };
}
export type PublicScenario = ReturnType<typeof publicParts>;

export type Brief =
  { kind: 'obc'; member: Member } | { kind: 'seller'; seller: Seller; market: MarketIntel[] } | null;

/**
 * What a seller knows of its rivals at this table: their standard offering as the market knows it — the levels of
 * its datasheet and its reputation (notes 2.4: focusing on differences needs knowledge of the alternatives).
 * Costs, options, evidence, claims and proposals stay hidden, and so do the buyer's members' briefs.
 */
export interface MarketIntel {
  seller: string;
  levels: Record<string, number>;
}

function marketOf(scenario: Scenario, s: TableState, seller: string): MarketIntel[] {
  const dims = scenario.dimensions.map((d) => d.id);
  return Object.keys(s.sellers)
    .filter((id) => id !== seller)
    .map((id) => {
      const levels = scenario.sellers.find((x) => x.id === id)?.offering.levels ?? {};
      return { seller: id, levels: Object.fromEntries(dims.map((d) => [d, own(levels, d) ?? 0])) };
    });
}

// The parts of a view are computed once per object of the state they are made of (and per kind of viewer, by
// key): an action leaves every object it did not change as it was (draft.ts), so a part that did not change is
// the same object in the view before and after, and in the view of every viewer who sees it alike. Comparing a
// view with the one a connection holds (server/rooms/view-diff.ts) then stops at once on it, and the part is
// made once per change for a whole table rather than once per viewer. Views are read, never written: a part
// may be an object of the state itself.
const parts = new WeakMap<object, Map<string, unknown>>();
const partsOf2 = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

function part<T>(source: object, key: string, make: () => T): T {
  let byKey = parts.get(source);
  if (!byKey) {
    byKey = new Map();
    parts.set(source, byKey);
  }
  // Parts are objects, arrays or null: never undefined.
  const known = byKey.get(key);
  if (known !== undefined) return known as T;
  const value = make();
  byKey.set(key, value);
  return value;
}

/** A part made of two objects (a part of the state read against the scenario, say). */
function part2<T>(a: object, b: object, key: string, make: () => T): T {
  let byB = partsOf2.get(a);
  if (!byB) {
    byB = new WeakMap();
    partsOf2.set(a, byB);
  }
  let byKey = byB.get(b);
  if (!byKey) {
    byKey = new Map();
    byB.set(b, byKey);
  }
  const known = byKey.get(key);
  if (known !== undefined) return known as T;
  const value = make();
  byKey.set(key, value);
  return value;
}

/** What a viewer who may see none of a record or a list gets: one object for all, frozen so none is written. */
/** One frozen empty record or list for every viewer who may see none of something (typed as the field's own). */
const NO_RECORD = Object.freeze({});
const NO_LIST = Object.freeze([]);
const none = <T>(): T => NO_RECORD as T;
const noneOf = <T>(): T[] => NO_LIST as unknown as T[];

export function viewFor(caseFile: Scenario, s: TableState, viewer: Viewer) {
  // A member's brief shows their weights as the market left them (market.ts).
  const scenario = scenarioFor(caseFile, s);
  const instructor = viewer.kind === 'instructor';
  const seat: SeatId | null = viewer.kind === 'seat' ? viewer.seat : null;
  const role = seat !== null && isObcRole(seat) ? seat : null;
  const seller = seat !== null ? sellerOfSeat(seat) : null;
  const obc = role !== null || instructor;
  const sees = (proposal: Proposal) =>
    instructor || proposal.seller === seller || (role !== null && s.proposalsOpen);

  let brief: Brief = null;
  if (role) {
    brief = part(scenario, `brief:${role}`, (): Brief => {
      const member = scenario.buyingFirm.obc.members.find((m) => m.role === role);
      return member ? { kind: 'obc', member } : null;
    });
  } else if (seller) {
    brief = part2(scenario, s.sellers, `brief:${seller}`, (): Brief => {
      const own = scenario.sellers.find((x) => x.id === seller);
      return own ? { kind: 'seller', seller: own, market: marketOf(scenario, s, seller) } : null;
    });
  }

  const questions = obc
    ? s.questions
    : part(s.questions, `seller:${seller}`, () => s.questions.filter((q) => q.seller === seller));
  // Every proposal (the instructor's, and the buying center's once they are open), or the viewer's own.
  const proposals = part(
    s.proposals,
    instructor || (role !== null && s.proposalsOpen) ? 'all' : `seller:${seller}`,
    () => Object.values(s.proposals).filter(sees),
  );
  const revealed = seller
    ? part2(scenario, questions, 'revealed', () =>
        questions.flatMap((q) =>
          (q.answer?.concerns ?? []).flatMap((id) => {
            const concern = scenario.buyingFirm.obc.members
              .find((m) => m.role === q.to)
              ?.priorities.petConcerns.find((p) => p.id === id);
            return concern ? [{ role: q.to, id, dimension: concern.dimension, text: concern.text }] : [];
          }),
        ),
      )
    : noneOf<{ role: ObcRole; id: string; dimension: string; text: Text }>();

  return {
    viewer,
    scenario: publicScenario(scenario),
    round: s.round,
    roundsTotal: scenario.rounds.count,
    purchaseType: s.purchaseType,
    phase: s.phase,
    stage: s.stage,
    step: s.step,
    paused: s.paused,
    deadline: s.deadline,
    remainingMs: s.remainingMs,
    autoAdvance: s.config.autoAdvance,
    seats: part(s.seats, 'seats', () =>
      Object.values(s.seats).map((x) => ({
        id: x.id,
        kind: x.kind,
        players: x.players.map((p) => ({ id: p.id, name: p.name })),
        bot: x.bot,
        ready: x.ready,
      })),
    ),
    sellers: part(s.sellers, obc ? 'obc' : 'other', () =>
      Object.values(s.sellers).map((x) => ({
        id: x.id,
        incumbent: x.incumbent,
        disqualified: x.disqualified,
        questionsAsked: x.questionsAsked,
        // Trust is the buying center's own feeling about a supplier: the OBC knows it, sellers do not.
        ...(obc ? { trust: x.trust } : {}),
      })),
    ),
    incumbent: s.incumbent,
    brief,
    briefs: instructor ? scenario : null,
    benefitsSought: obc ? s.benefitsSought : none<TableState['benefitsSought']>(),
    sharedBenefits: s.sharedBenefits,
    questions,
    revealedConcerns: revealed,
    messages: obc
      ? s.messages
      : part(s.messages, `seller:${seller}`, () =>
          s.messages.filter((m) => m.channel !== 'obc' && m.seller === seller),
        ),
    spec: part(s.spec, obc ? 'obc' : 'other', () => ({
      published: s.spec.published,
      items: obc
        ? s.spec.items
        : s.spec.items
            .filter((i) => s.spec.published && i.status === 'adopted')
            .map(({ votes: _v, ...rest }) => rest),
    })),
    proposalsOpen: s.proposalsOpen,
    proposals,
    labels: part2(scenario, proposals, 'labels', () => labelsFor(scenario, proposals)),
    handedIn: part(s.proposals, 'handedIn', () =>
      Object.values(s.proposals).map((p) => ({
        seller: p.seller,
        revision: p.revision,
        bafo: p.bafo,
      })),
    ),
    scores: instructor
      ? s.scores
      : role
        ? part(s.scores, `role:${role}`, () => ({ [role]: s.scores[role] ?? {} }))
        : none<TableState['scores']>(),
    votes: instructor
      ? s.votes
      : role && s.votes[role]
        ? part(s.votes, `role:${role}`, () => ({ [role]: s.votes[role] }))
        : none<TableState['votes']>(),
    voted: part(s.votes, 'voted', () => Object.keys(s.votes)),
    // Each seller sees only the price asked of it; the buying center sees its whole position.
    bafo:
      s.bafo &&
      part(s.bafo, obc ? 'obc' : `seller:${seller}`, () => {
        const bafo = s.bafo!;
        return {
          ...bafo,
          targets: obc
            ? bafo.targets
            : seller !== null && own(bafo.targets, seller) !== undefined
              ? { [seller]: own(bafo.targets, seller) as number }
              : {},
        };
      }),
    rejected: s.rejected,
    decision: s.decision
      ? part(s.decision, instructor ? 'instructor' : 'other', () => {
          const d = s.decision!;
          return {
            winner: d.winner,
            reason: d.reason,
            signOff: d.signOff,
            approvals: d.approvals,
            ...(instructor ? { tally: d.tally } : {}),
          };
        })
      : null,
    delivered: s.delivered,
    ratings: obc ? s.ratings : none<TableState['ratings']>(),
    /** The buying center's checks of claims: its own business. */
    checks: obc ? s.checks : noneOf<TableState['checks'][number]>(),
    /** Checks asked for: the buying center's, and those asked of this seller (it prepares them, and learns who cares). */
    requests: obc
      ? s.requests
      : part(s.requests, `seller:${seller}`, () => s.requests.filter((r) => r.seller === seller)),
    /** The jobs done this round: a seat sees its own (who in the team did what), the instructor every seat's. */
    jobs: instructor ? s.jobs : part(s.jobs, `seat:${seat}`, () => s.jobs.filter((j) => j.seat === seat)),
    /**
     * The benefits whose claims this member checks by demonstration or pilot (its area: verification.ts). Only its
     * own: whose area the others are would tell what those members weigh.
     */
    area: role
      ? part(scenario, `area:${role}`, () =>
          areaDimensions({ dimensions: scenario.dimensions, members: scenario.buyingFirm.obc.members }, role),
        )
      : noneOf<string>(),
    /** The supplier's answer to the post-purchase evaluation (public). */
    service: s.service,
    /**
     * The selling center's groundwork (the product manager's draft, customer service's prepared evidence): a
     * seller team's own business, seen by the team and the instructor only.
     */
    prep: prepFor(s, instructor, seller),
    /** Predict, then reveal: a seat sees its own prediction only (the instructor all); the debrief shows the rest. */
    predictions: instructor
      ? s.predictions
      : part(s.predictions, `${role}|${seller}`, () => predictionsFor(s, instructor, role, seller)),
    /** What each supplier delivered in earlier rounds (public once delivered). */
    records: s.records,
    /**
     * Derived demand: the market news every seat heard (what the buyer's customers now ask more of); who it
     * moved, and how far, only for that member and the instructor until the debrief.
     */
    market: s.market
      ? part(s.market, instructor ? 'instructor' : `role:${role}`, () => marketFor(s, instructor, role))
      : marketFor(s, instructor, role),
    history: part(s.history, 'history', () =>
      s.history.map((h) => ({
        round: h.round,
        purchaseType: h.purchaseType,
        winner: h.winner,
        price: h.price,
        next: h.next,
      })),
    ),
  };
}

function marketFor(s: TableState, instructor: boolean, role: ObcRole | null) {
  return {
    news: (s.market?.shifts ?? []).map((x) => ({ round: x.round, stage: x.stage, dimension: x.dimension })),
    shifts: (s.market?.shifts ?? []).filter((x) => instructor || x.role === role),
  };
}
export type TableView = ReturnType<typeof viewFor>;

function prepFor(s: TableState, instructor: boolean, seller: string | null): Record<string, SellerPrep> {
  if (instructor) return s.prep ?? {};
  const mine = seller !== null ? own(s.prep, seller) : undefined;
  const out: Record<string, SellerPrep> = {};
  if (seller !== null && mine) setOwn(out, seller, mine);
  return out;
}

function predictionsFor(
  s: TableState,
  instructor: boolean,
  role: ObcRole | null,
  seller: string | null,
): Predictions {
  if (instructor) return s.predictions;
  const priorities = seller !== null ? own(s.predictions.sellers, seller) : undefined;
  const winner = role !== null ? s.predictions.members[role] : undefined;
  return {
    sellers: seller !== null && priorities ? { [seller]: priorities } : {},
    members: role !== null && winner ? { [role]: winner } : {},
  };
}

/**
 * The names of the options and evidence in the proposals a viewer may read, so that a proposal shows "FHIR
 * integration gateway", not its id. Only those: a seller's menu of options stays on its own offering sheet.
 * (The cards shown with an answer are named in the seller's revealedConcerns and in the answering member's own
 * brief; the other members see that a card was shown, not what it says.)
 */
function labelsFor(scenario: Scenario, proposals: readonly Proposal[]) {
  const options = Object.create(null) as Record<string, Text>;
  const evidence = Object.create(null) as Record<string, Text>;
  for (const p of proposals) {
    const offering = scenario.sellers.find((x) => x.id === p.seller)?.offering;
    for (const id of p.options) {
      const found = offering?.options.find((o) => o.id === id);
      if (found) setOwn(options, id, found.label);
    }
    for (const id of p.evidence) {
      const found = offering?.evidence.find((e) => e.id === id);
      if (found) setOwn(evidence, id, found.label);
    }
  }
  return { options, evidence };
}

/** Whether an event may reach a viewer: the same rules as the view. */
export function canSee(event: GameEvent, viewer: Viewer): boolean {
  if (viewer.kind === 'instructor') return true;
  const a = event.audience;
  switch (a.to) {
    case 'table':
      return true;
    case 'instructor':
      return false;
    case 'obc':
      return viewer.kind === 'seat' && isObcRole(viewer.seat);
    case 'seats':
      return viewer.kind === 'seat' && a.seats.includes(viewer.seat);
  }
}

export function filterEvents(events: readonly GameEvent[], viewer: Viewer): GameEvent[] {
  return events.filter((e) => canSee(e, viewer));
}
