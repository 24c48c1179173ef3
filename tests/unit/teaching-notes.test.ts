// The teaching notes say what happened at this table and nothing else. Over many bot-played tables of every
// shipped scenario and of generated ones (every seller strategy, honest or not), each note's named facts — the
// member, the question not asked, the benefit, the rival's stated level, the specification item, the prices of
// the best-and-final round, the vote — are checked against the table's state and log, recomputed here from
// the engine and the model rather than from the notes' own code; what a note recommends is checked to be true
// there (a benefit to lead with where the seller delivers more than every rival). Then each condition on
// hand-built states: the note fires when its condition holds and not when it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoplaySession } from '../../shared/bots/autoplay.ts';
import { SELLER_STRATEGIES, type SellerStrategy } from '../../shared/bots/policy.ts';
import { own } from '../../shared/own.ts';
import {
  appraiseOffers,
  formalValue,
  offerFacts,
  priorOf,
  publishedCriteria,
  stressedTo,
  type AppraisalFacts,
} from '../../shared/rules/beliefs.ts';
import { shiftWeights } from '../../shared/rules/market.ts';
import { computeDebrief, topPriorities, type Debrief } from '../../shared/rules/debrief.ts';
import { decide, promisedOf } from '../../shared/rules/decision.ts';
import { effectiveVoteWeights, evidenceFits, isTangible } from '../../shared/rules/model.ts';
import {
  CONCEPT_OF,
  MEMBER_ORDER,
  NOTE_KINDS,
  SELLER_ORDER,
  notesFor,
  type NoteKind,
  type TeachingNote,
} from '../../shared/rules/note-kinds.ts';
import { deliveredLevels, reachableLevels } from '../../shared/rules/scoring.ts';
import { isObcRole, sellerOfSeat, sellerSeat } from '../../shared/rules/seats.ts';
import type { GameEvent, TableState } from '../../shared/rules/types.ts';
import { publicScenario } from '../../shared/rules/view.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { setLanguage, type Lang } from '../../client/i18n/index.ts';
import { noteText } from '../../client/ui/debrief.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { balancedScenarios, randomScenarios } from '../fixtures/random-scenario.ts';
import { shippedScenarios } from '../fixtures/scenarios.ts';
import { autoplayRound } from '../../shared/bots/autoplay.ts';

interface Played {
  name: string;
  scenario: Scenario;
  state: TableState;
  events: GameEvent[];
  debrief: Debrief;
}

/** Every seller strategy in turn, so that honest and gaming sellers meet at the tables. */
function strategiesFor(scenario: Scenario, seed: number): Record<string, SellerStrategy> {
  const out: Record<string, SellerStrategy> = {};
  scenario.sellers.forEach((s, i) => {
    out[sellerSeat(s.id)] = SELLER_STRATEGIES[(seed * 3 + i) % SELLER_STRATEGIES.length]!;
  });
  return out;
}

function play(name: string, scenario: Scenario, seeds: readonly number[]): Played[] {
  return seeds.flatMap((seed) => {
    const r = autoplaySession(scenario, {}, { seed, strategies: strategiesFor(scenario, seed) });
    return r.rounds.map((round, i) => ({
      name: `${name} seed ${seed} round ${i + 1}`,
      scenario,
      state: round.state,
      events: round.events,
      debrief: computeDebrief(scenario, round.state, round.events),
    }));
  });
}

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const tables: Played[] = [
  ...shippedScenarios().flatMap(({ file, scenario }) => play(file, scenario, SEEDS)),
  ...randomScenarios(12, 7).flatMap((scenario, i) => play(`generated ${i}`, scenario, [1, 2])),
  ...balancedScenarios(6, 3).flatMap((scenario, i) => play(`balanced ${i}`, scenario, [1, 2])),
];

// ---- the facts, recomputed from the table ----

const str = (n: TeachingNote, key: string) => String(n.params[key]);
const num = (n: TeachingNote, key: string) => Number(n.params[key]);

function memberOf(t: Played, role: string) {
  const m = t.scenario.buyingFirm.obc.members.find((x) => x.role === role);
  expect(m, `member ${role}`).toBeDefined();
  return m!;
}

function proposalOf(t: Played, seller: string) {
  const p = own(t.state.proposals, seller);
  expect(p, `proposal of ${seller}`).toBeDefined();
  return p!;
}

const deliveredOf = (t: Played, seller: string) =>
  deliveredLevels(t.scenario, seller, proposalOf(t, seller).options);

function voteShare(t: Played, role: string): number {
  const w = effectiveVoteWeights(t.scenario, t.state.purchaseType);
  return w.get(role) ?? 0;
}

/** What the debrief's buying center knew (its appraisal facts), rebuilt from the state. */
function factsOf(t: Played): AppraisalFacts {
  const voided = t.debrief.acceptance?.seller ?? null;
  const weighed = Object.values(t.state.proposals)
    .filter((p) => !own(t.state.sellers, p.seller)?.disqualified || p.seller === voided)
    .filter((p) => !t.state.rejected.includes(p.seller));
  const trust: Record<string, number> = {};
  for (const s of Object.values(t.state.sellers)) trust[s.id] = s.trust;
  return {
    purchaseType: t.state.purchaseType,
    incumbent: t.state.incumbent,
    trust,
    offers: weighed.map(offerFacts),
    asked: t.state.questions.filter((q) => q.answer).map((q) => ({ seller: q.seller, to: q.to })),
    checks: t.state.checks,
    records: t.state.records,
  };
}

/** The level an offer states, as contention reads it: its claim unless a check caught the seller out. */
function stated(t: Played, seller: string, dimension: string): number {
  const caught = t.state.checks.some((c) => c.seller === seller && !c.confirmed);
  const claim = caught ? undefined : own(own(t.state.proposals, seller)?.claims, dimension);
  return claim ?? priorOf(t.state, seller, dimension);
}

function rivalsOf(t: Played, seller: string): string[] {
  return Object.keys(t.state.proposals).filter((x) => x !== seller);
}

function stressed(t: Played, seller: string, role: string): string[] {
  return stressedTo(offerFacts(proposalOf(t, seller)), role);
}

/** Whether the seller found a top priority: asked its holder about it, or was shown a card on it. */
function found(t: Played, seller: string, role: string, dimension: string): boolean {
  const member = memberOf(t, role);
  return t.state.questions.some(
    (q) =>
      q.seller === seller &&
      q.to === role &&
      q.answer !== null &&
      (q.topic === dimension ||
        q.answer.concerns.some(
          (id) => member.priorities.petConcerns.find((p) => p.id === id)?.dimension === dimension,
        )),
  );
}

/** Checks every fact a note names against the table; throws (via expect) where one is not so. */
function verify(t: Played, n: TeachingNote) {
  const s = t.state;
  const d = t.debrief;
  const seller = str(n, 'seller');
  const sellerKinds: NoteKind[] = [
    'missed-priority',
    'contention',
    'focus',
    'fit',
    'overclaim',
    'tangibilize',
    'value-left',
    'bafo',
    'customer-need',
  ];
  if (sellerKinds.includes(n.kind)) expect(n.seats).toEqual([sellerSeat(seller)]);
  switch (n.kind) {
    case 'missed-priority': {
      const m = memberOf(t, str(n, 'member'));
      const dim = str(n, 'dimension');
      expect(voteShare(t, m.role)).toBeGreaterThan(0);
      expect(topPriorities(m)).toContain(dim);
      expect(num(n, 'weight')).toBe(m.priorities.weights[dim]);
      expect(found(t, seller, m.role, dim)).toBe(false);
      expect(stressed(t, seller, m.role)).not.toContain(dim);
      expect(num(n, 'asked')).toBe(s.questions.filter((q) => q.seller === seller && q.to === m.role).length);
      // The question it names finds the priority by the debrief's own measure: asking that member on it.
      break;
    }
    case 'contention': {
      const m = memberOf(t, str(n, 'member'));
      const dim = str(n, 'dimension');
      const rival = str(n, 'rival');
      expect(voteShare(t, m.role)).toBeGreaterThan(0);
      expect(stressed(t, seller, m.role)).toContain(dim);
      expect(rivalsOf(t, seller)).toContain(rival);
      expect(num(n, 'own')).toBeCloseTo(stated(t, seller, dim), 2);
      expect(num(n, 'rivalLevel')).toBeCloseTo(stated(t, rival, dim), 2);
      expect(num(n, 'rivalLevel')).toBeGreaterThanOrEqual(num(n, 'own'));
      // The debrief's perceived values counted this contention against the seller with this member.
      const o = d.offers.find((x) => x.seller === seller)!;
      expect(o.perceivedByMember.find((x) => x.role === m.role)?.contentions).toContain(dim);
      if (n.next === 'state-level') {
        const delivered = deliveredOf(t, seller)[dim] ?? 0;
        expect(num(n, 'delivered')).toBe(delivered);
        expect(num(n, 'own')).toBeLessThan(delivered);
        for (const r of rivalsOf(t, seller)) expect(delivered).toBeGreaterThan(stated(t, r, dim));
      } else if (n.next === 'stress-instead') {
        const alt = str(n, 'alt');
        expect(m.priorities.weights[alt] ?? 0).toBeGreaterThan(0);
        expect(num(n, 'altOwn')).toBe(deliveredOf(t, seller)[alt]);
        const best = Math.max(...rivalsOf(t, seller).map((r) => stated(t, r, alt)));
        expect(num(n, 'altRival')).toBeCloseTo(best, 2);
        expect(num(n, 'altOwn')).toBeGreaterThan(best);
      } else expect(n.next).toBe('drop');
      break;
    }
    case 'focus': {
      const m = memberOf(t, str(n, 'member'));
      const dim = str(n, 'dimension');
      const o = d.offers.find((x) => x.seller === seller)!;
      expect(o.valueProposition.type).not.toBe('resonating-focus');
      expect(str(n, 'type')).toBe(o.valueProposition.type);
      expect(topPriorities(m)).toContain(dim);
      expect(stressed(t, seller, m.role)).not.toContain(dim);
      expectAhead(t, n, seller, dim);
      break;
    }
    case 'fit': {
      const dim = str(n, 'dimension');
      const o = d.offers.find((x) => x.seller === seller)!;
      expect(o.valueProposition.fit.ok).toBe(false);
      expect(str(n, 'rule')).toBe(s.incumbent === seller ? 'keep-relationship' : 'win-new-business');
      const category = t.scenario.dimensions.find((x) => x.id === dim)!.category;
      if (str(n, 'rule') === 'keep-relationship') expect(category).toBe('non-economic-intangible');
      else expect(isTangible(category)).toBe(true);
      expect(proposalOf(t, seller).leadWith).not.toContain(dim);
      // Never the office-supplies contradiction: what it is told to lead with, it delivers better than every rival.
      expectAhead(t, n, seller, dim);
      break;
    }
    case 'overclaim': {
      const dim = str(n, 'dimension');
      // What it promised: its claims and, where it claimed nothing, its record (decision.ts, promisedOf).
      const promised = promisedOf(s, proposalOf(t, seller));
      const delivered = deliveredOf(t, seller);
      expect(num(n, 'claimed')).toBe(promised[dim]);
      expect(num(n, 'delivered')).toBe(delivered[dim]);
      expect(num(n, 'claimed')).toBeGreaterThan(num(n, 'delivered'));
      expect(num(n, 'count')).toBe(
        Object.entries(promised).filter(([x, c]) => c > (delivered[x] ?? 0)).length,
      );
      if (n.params.caughtBy !== undefined)
        expect(
          s.checks.some(
            (c) => c.by === n.params.caughtBy && c.seller === seller && c.dimension === dim && !c.confirmed,
          ),
        ).toBe(true);
      else
        expect(s.checks.some((c) => c.seller === seller && c.dimension === dim && !c.confirmed)).toBe(false);
      if (n.params.damages !== undefined) {
        expect(d.decision.winner).toBe(seller);
        expect(num(n, 'damages')).toBe(d.offers.find((x) => x.seller === seller)!.damages);
      }
      if (n.next === 'add-option') {
        const offering = t.scenario.sellers.find((x) => x.id === seller)!.offering;
        expect(
          offering.options.some(
            (op) =>
              op.dimension === dim &&
              !proposalOf(t, seller).options.includes(op.id) &&
              op.lift === num(n, 'lift') &&
              Math.min(5, num(n, 'delivered') + op.lift) >= num(n, 'claimed'),
          ),
        ).toBe(true);
      } else expect(n.next).toBe('claim-delivered');
      break;
    }
    case 'tangibilize': {
      const dim = t.scenario.dimensions.find((x) => x.id === str(n, 'dimension'))!;
      const p = proposalOf(t, seller);
      const offering = t.scenario.sellers.find((x) => x.id === seller)!.offering;
      expect(isTangible(dim.category)).toBe(false);
      expect(p.claims[dim.id] ?? 0).toBeGreaterThan(priorOf(s, seller, dim.id));
      const all = new Set([...p.leadWith, ...Object.values(p.messages).flatMap((x) => x?.dimensions ?? [])]);
      expect(all.has(dim.id)).toBe(true);
      const vouches = (id: string) => {
        const e = offering.evidence.find((x) => x.id === id);
        return !!e && e.dimensions.includes(dim.id) && evidenceFits(e.kind, dim.category);
      };
      expect(p.evidence.some(vouches)).toBe(false);
      const available = offering.evidence.filter((e) => !p.evidence.includes(e.id) && vouches(e.id));
      expect(available.map((e) => e.kind)).toContain(n.params.evidence);
      break;
    }
    case 'value-left': {
      const o = d.offers.find((x) => x.seller === seller)!;
      expect(d.decision.winner).toBe(seller);
      expect(num(n, 'price')).toBe(proposalOf(t, seller).price);
      expect(num(n, 'headroom')).toBe(o.priceHeadroom);
      expect(num(n, 'headroom')).toBeGreaterThanOrEqual(0.01 * num(n, 'price'));
      expect(num(n, 'max')).toBeCloseTo(num(n, 'price') + num(n, 'headroom'), 2);
      break;
    }
    case 'bafo':
    case 'bafo-buyer': {
      expect(s.bafo).not.toBeNull();
      const bafo = s.bafo!;
      expect(str(n, 'member')).toBe(bafo.requestedBy);
      const asked = t.events.findIndex((e) => e.type === 'bafo-requested');
      expect(asked).toBeGreaterThanOrEqual(0);
      const priceBefore = (id: string) => {
        const submitted = t.events
          .slice(0, asked)
          .filter((e) => e.type === 'proposal-submitted' && e.data.proposal.seller === id);
        const last = submitted[submitted.length - 1];
        return last?.type === 'proposal-submitted' ? last.data.proposal.price : undefined;
      };
      // Who led the buying center's perceived value (its deciding members by vote) before and after.
      const facts = factsOf(t);
      const lead = (offers: AppraisalFacts['offers']) => {
        const a = appraiseOffers(t.scenario, { ...facts, offers });
        return a.length === 0 ? null : a.reduce((x, y) => (y.value > x.value ? y : x)).seller;
      };
      const before = facts.offers.map((o) => {
        if (!bafo.sellers.includes(o.seller)) return o;
        const ev = t.events
          .slice(0, asked)
          .filter((e) => e.type === 'proposal-submitted' && e.data.proposal.seller === o.seller)
          .pop();
        return ev?.type === 'proposal-submitted' ? offerFacts(ev.data.proposal) : o;
      });
      expect(str(n, 'leaderBefore')).toBe(lead(before));
      expect(str(n, 'leaderAfter')).toBe(lead(facts.offers));
      expect(num(n, 'changed')).toBe(lead(before) === lead(facts.offers) ? 0 : 1);
      if (n.kind === 'bafo') {
        expect(bafo.sellers).toContain(seller);
        expect(num(n, 'before')).toBe(priceBefore(seller));
        expect(num(n, 'after')).toBe(proposalOf(t, seller).price);
        expect(num(n, 'after')).toBeLessThanOrEqual(num(n, 'before'));
        expect(num(n, 'cut')).toBeCloseTo(num(n, 'before') - num(n, 'after'), 2);
        expect(num(n, 'won')).toBe(d.decision.winner === seller ? 1 : 0);
        if (n.params.target !== undefined) expect(num(n, 'target')).toBe(bafo.targets[seller]);
        else expect(own(bafo.targets, seller)).toBeUndefined();
        if (n.next === 'concede-less') expect(num(n, 'cut')).toBeGreaterThan(0);
        if (n.next === 'concede-less' || n.next === 'held') {
          expect(num(n, 'won')).toBe(1);
          expect(str(n, 'leaderBefore')).toBe(seller);
        }
        if (n.next === 'no-price-wins') expect(num(n, 'needed')).toBeLessThanOrEqual(0);
        if (n.next === 'value-not-price') {
          expect(num(n, 'needed')).toBeGreaterThan(0);
          expect(num(n, 'needed')).toBeLessThanOrEqual(num(n, 'cost'));
        }
        if (n.next === 'price-floor') expect(num(n, 'needed')).toBeGreaterThan(num(n, 'cost'));
      } else {
        expect(n.seats).toEqual(t.scenario.buyingFirm.obc.members.map((m) => m.role));
        expect(str(n, 'sellers').split(',')).toEqual(bafo.sellers);
        const winner = d.decision.winner;
        const saved =
          winner && bafo.sellers.includes(winner)
            ? (priceBefore(winner)! - proposalOf(t, winner).price) * t.scenario.economics.quantity
            : 0;
        expect(num(n, 'saved')).toBeCloseTo(saved, 1);
      }
      break;
    }
    case 'spec-void': {
      const failed = t.events.find((e) => e.type === 'acceptance-failed');
      expect(failed?.type).toBe('acceptance-failed');
      if (failed?.type !== 'acceptance-failed') break;
      expect(seller).toBe(failed.data.seller);
      const dim = str(n, 'dimension');
      expect(failed.data.dimensions).toContain(dim);
      expect(num(n, 'delivered')).toBe(deliveredOf(t, seller)[dim]);
      expect(num(n, 'claimed')).toBe(proposalOf(t, seller).claims[dim]);
      expect(num(n, 'penalty')).toBe(failed.data.penalty);
      if (n.params.minLevel === undefined) {
        // No must-have failed: a tangible claim above what the offer delivers did.
        const category = t.scenario.dimensions.find((d) => d.id === dim)?.category;
        expect(category === undefined ? false : isTangible(category)).toBe(true);
        expect(num(n, 'delivered')).toBeLessThan(num(n, 'claimed'));
        expect(n.next).toBe(n.seats.includes(sellerSeat(seller)) ? 'state-delivered' : 'check-claim');
        break;
      }
      const item = s.spec.items.find(
        (i) =>
          i.status === 'adopted' &&
          i.kind === 'must-have' &&
          i.dimension === dim &&
          i.value === num(n, 'minLevel'),
      );
      expect(item?.by).toBe(n.params.by);
      expect(num(n, 'delivered')).toBeLessThan(num(n, 'minLevel'));
      break;
    }
    case 'spec-gate': {
      const dim = str(n, 'dimension');
      expect(
        t.events.some(
          (e) =>
            e.type === 'supplier-disqualified' &&
            e.data.by === 'rfp' &&
            e.data.seller === seller &&
            e.data.dimension === dim &&
            e.data.minLevel === num(n, 'minLevel'),
        ),
      ).toBe(true);
      expect(num(n, 'reach')).toBe(reachableLevels(t.scenario, seller)[dim]);
      expect(num(n, 'reach')).toBeLessThan(num(n, 'minLevel'));
      expect(
        s.spec.items.some(
          (i) =>
            i.status === 'adopted' && i.kind === 'must-have' && i.dimension === dim && i.by === n.params.by,
        ),
      ).toBe(true);
      break;
    }
    case 'spec-weight': {
      const decision = s.decision!;
      const formal = Object.entries(decision.formal);
      // The formal leader the engine recorded.
      const leader = [...formal].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      expect(str(n, 'leader')).toBe(leader);
      const adopted = s.spec.items.filter(
        (i) => i.status === 'adopted' && i.kind === 'weight' && i.value > 0,
      );
      const item = adopted.find((i) => i.dimension === n.params.dimension && i.by === n.params.by);
      expect(item).toBeDefined();
      const total = adopted.reduce((sum, i) => sum + i.value, 0);
      expect(num(n, 'share')).toBe(Math.round((100 * item!.value) / total));
      // Without that item, the criteria published from the other adopted weights rank another offer first.
      const criteria = publishedCriteria(t.scenario, {
        spec: { items: s.spec.items.filter((i) => i !== item) },
        sharedBenefits: s.sharedBenefits,
      });
      const facts = factsOf(t);
      const without = facts.offers
        .filter((o) => Object.hasOwn(decision.formal, o.seller))
        .map((o) => ({ seller: o.seller, v: formalValue(t.scenario, facts, criteria, o) }))
        .sort((a, b) => b.v - a.v || a.seller.localeCompare(b.seller));
      expect(str(n, 'without')).toBe(without[0]!.seller);
      expect(str(n, 'without')).not.toBe(leader);
      expect(num(n, 'formality')).toBe(Math.round(decision.formality * 100));
      break;
    }
    case 'pivotal-vote': {
      const role = str(n, 'member');
      expect(d.decision.winner).toBe(seller);
      expect(s.votes[role as keyof typeof s.votes]).toBe(seller);
      // The engine's own decision rule, run again with that vote taken away.
      const again = redecide(t, role);
      expect(again.coin).toBe(false);
      expect(again.winner ?? '').toBe(str(n, 'without'));
      expect(again.winner).not.toBe(seller);
      if (n.params.check !== undefined) {
        const dim = t.scenario.dimensions.find((x) => x.id === n.params.check)!;
        expect(isTangible(dim.category)).toBe(true);
        expect(proposalOf(t, seller).claims[dim.id]).toBeDefined();
      }
      if (n.next === 'address-member') expect(topPriorities(memberOf(t, role))[0]).toBe(n.params.top);
      break;
    }
    case 'sign-off-rejection': {
      const role = str(n, 'member');
      expect(
        t.events.some(
          (e) => e.type === 'contract-rejected' && e.data.by === role && e.data.seller === seller,
        ),
      ).toBe(true);
      expect(str(n, 'winner')).toBe(d.decision.winner ?? '');
      const m = memberOf(t, role);
      expect(m.signOff || m.veto).toBe(true);
      break;
    }
    case 'decision-quality': {
      expect(n.seats).toEqual(t.scenario.buyingFirm.obc.members.map((m) => m.role));
      expect(d.decision.quality).not.toBeNull();
      expect(d.decision.quality!).toBeLessThan(0.99);
      expect(seller).toBe(d.decision.winner);
      expect(str(n, 'best')).toBe(d.decision.bestValueSeller);
      expect(num(n, 'quality')).toBe(d.decision.quality);
      if (n.params.cause !== 'price') {
        const about = str(n, 'about');
        const dim = str(n, 'dimension');
        const belief = d.offers
          .find((o) => o.seller === about)!
          .perceivedByMember.find((x) => x.role === n.params.member)!.beliefs[dim];
        expect(num(n, 'believed')).toBe(belief);
        expect(num(n, 'delivered')).toBe(deliveredOf(t, about)[dim]);
        if (n.params.cause === 'over') {
          expect(about).toBe(seller);
          expect(num(n, 'believed') - num(n, 'delivered')).toBeGreaterThanOrEqual(0.25);
        } else {
          expect(about).toBe(d.decision.bestValueSeller);
          expect(num(n, 'delivered') - num(n, 'believed')).toBeGreaterThanOrEqual(0.25);
        }
      }
      break;
    }
    case 'unvoiced-priority': {
      const m = memberOf(t, str(n, 'member'));
      const dim = str(n, 'dimension');
      expect(n.seats).toEqual([m.role]);
      expect(voteShare(t, m.role)).toBeGreaterThan(0);
      expect(topPriorities(m)[0]).toBe(dim);
      expect(own(publishedCriteria(t.scenario, s), dim) ?? 0).toBe(0);
      expect(num(n, 'sought')).toBe((s.benefitsSought[m.role] ?? []).includes(dim) ? 1 : 0);
      break;
    }
    case 'purchase-type': {
      const record = s.history.find((h) => h.round === s.round)!;
      // What the next round at this table is, where there is one (the case may fix it); else what the
      // post-purchase evaluation makes of the next purchase.
      const fixed = s.round < t.scenario.rounds.count ? t.scenario.rounds.nextPurchaseType : undefined;
      const next = fixed ?? record.next;
      expect(str(n, 'type')).toBe(s.purchaseType);
      expect(str(n, 'nextType')).toBe(next);
      expect(num(n, 'fixed')).toBe(fixed ? 1 : 0);
      expect(next).not.toBe(s.purchaseType);
      expect(n.next).toBe(`expect-${next}`);
      break;
    }
    case 'customer-need': {
      // The buyer's own customers need this benefit; the levels are what the offers deliver.
      const customers = t.scenario.buyingFirm.customers!;
      const dim = str(n, 'dimension');
      expect(customers.dimensions).toContain(dim);
      const p = proposalOf(t, seller);
      const said = [...p.leadWith, ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? [])];
      const rivalBest = Math.max(0, ...rivalsOf(t, seller).map((r) => deliveredOf(t, r)[dim] ?? 0));
      expect(num(n, 'own')).toBe(deliveredOf(t, seller)[dim] ?? 0);
      expect(num(n, 'rivalLevel')).toBe(rivalBest);
      if (num(n, 'addressed') === 1) {
        expect(said).toContain(dim);
        expect(num(n, 'own')).toBeGreaterThan(rivalBest);
        expect(d.decision.winner).toBe(seller);
        expect(n.next).toBe('keep-customers');
      } else {
        // Stressed none of the customers' benefits, though it is level with or ahead of every rival here.
        for (const c of customers.dimensions) expect(said).not.toContain(c);
        expect(num(n, 'own')).toBeGreaterThanOrEqual(rivalBest);
        expect(n.next).toBe('stress-customers');
      }
      break;
    }
  }
}

/** The seller delivers more on the benefit than every rival's offer at the table, as the note says. */
function expectAhead(t: Played, n: TeachingNote, seller: string, dim: string) {
  const mine = deliveredOf(t, seller)[dim] ?? 0;
  const rivals = rivalsOf(t, seller).map((r) => ({ r, level: deliveredOf(t, r)[dim] ?? 0 }));
  const best = Math.max(...rivals.map((x) => x.level));
  expect(num(n, 'own')).toBe(mine);
  expect(num(n, 'rivalLevel')).toBe(best);
  expect(rivals.find((x) => x.r === n.params.rival)?.level).toBe(best);
  expect(mine).toBeGreaterThan(best);
}

/** The decision rule (decision.ts `decide`) on the final state with one member's vote removed. */
function redecide(t: Played, role: string): { winner: string | null; coin: boolean } {
  const state = structuredClone(t.state);
  state.votes = Object.fromEntries(Object.entries(state.votes).filter(([r]) => r !== role));
  // The offers the decision weighed: a voided winner is back in the running for this count.
  const voided = t.debrief.acceptance?.seller;
  if (voided) {
    const status = own(state.sellers, voided);
    if (status) status.disqualified = null;
  }
  const rng = state.rng;
  decide({ scenario: t.scenario, state, at: 0, actor: { kind: 'system' }, events: [] });
  return { winner: state.decision?.winner ?? null, coin: state.rng !== rng };
}

describe('teaching notes over bot-played tables', () => {
  it('plays enough tables of every kind', () => {
    expect(tables.length).toBeGreaterThan(100);
    const seen = new Set(tables.flatMap((t) => t.debrief.notes.map((n) => n.kind)));
    // No bot proposes a must-have that leaves a supplier out at publication, and no bot moves the market (the
    // instructor does): those conditions are built by hand below.
    for (const kind of NOTE_KINDS)
      if (kind !== 'spec-gate' && kind !== 'market-shift') expect(seen, kind).toContain(kind);
  });

  it('no note fires at every table, and a seller is not told the same at every table', () => {
    for (const kind of NOTE_KINDS) {
      const at = tables.filter((t) => t.debrief.notes.some((n) => n.kind === kind)).length;
      expect(at, kind).toBeLessThan(tables.length);
    }
  });

  it.each(tables)('$name: every note states facts of this table', (t) => {
    for (const n of t.debrief.notes) {
      expect(n.concept).toBe(CONCEPT_OF[n.kind]);
      expect(n.seats.length).toBeGreaterThan(0);
      for (const seat of n.seats) expect(Object.keys(t.state.seats)).toContain(seat);
      verify(t, n);
    }
  });

  it.each(tables)('$name: what is missed, contested or left unsaid is the one that weighs most', (t) => {
    for (const n of t.debrief.notes.filter((x) => x.kind === 'missed-priority')) {
      const seller = str(n, 'seller');
      const weight = (role: string, dim: string) => memberOf(t, role).priorities.weights[dim] ?? 0;
      const score = voteShare(t, str(n, 'member')) * num(n, 'weight');
      for (const m of t.scenario.buyingFirm.obc.members)
        for (const dim of topPriorities(m))
          if (
            voteShare(t, m.role) > 0 &&
            !found(t, seller, m.role, dim) &&
            !stressed(t, seller, m.role).includes(dim)
          )
            expect(voteShare(t, m.role) * weight(m.role, dim)).toBeLessThanOrEqual(score);
    }
  });

  it.each(tables)('$name: a seller missing a deciding member’s top priority gets the discovery note', (t) => {
    // The converse of the facts: the condition holds, so the note is there.
    for (const o of t.debrief.offers) {
      const missed = t.scenario.buyingFirm.obc.members.some(
        (m) =>
          voteShare(t, m.role) > 0 &&
          topPriorities(m).some(
            (dim) => !found(t, o.seller, m.role, dim) && !stressed(t, o.seller, m.role).includes(dim),
          ),
      );
      const note = t.debrief.notes.some((n) => n.kind === 'missed-priority' && n.params.seller === o.seller);
      expect(note, o.seller).toBe(missed);
    }
  });

  it.each(tables)('$name: pivotal votes are exactly the votes whose removal changes the winner', (t) => {
    const winner = t.debrief.decision.winner;
    const flagged = new Set(
      t.debrief.notes
        .filter((n) => n.kind === 'pivotal-vote' && n.seats.every(isObcRole))
        .map((n) => str(n, 'member')),
    );
    if (!winner || !['vote', 'tie-break'].includes(t.debrief.decision.reason)) {
      expect(flagged.size).toBe(0);
      return;
    }
    for (const m of t.scenario.buyingFirm.obc.members) {
      if (t.state.votes[m.role] !== winner || voteShare(t, m.role) <= 0) continue;
      const again = redecide(t, m.role);
      if (again.coin) continue;
      expect(flagged.has(m.role), m.role).toBe(again.winner !== winner);
    }
  });

  it.each(tables)('$name: the formal evaluation recomputed is the engine’s', (t) => {
    const decision = t.state.decision;
    if (!decision) return;
    const facts = factsOf(t);
    const criteria = publishedCriteria(t.scenario, t.state);
    for (const o of facts.offers.filter((x) => Object.hasOwn(decision.formal, x.seller)))
      expect(formalValue(t.scenario, facts, criteria, o)).toBeCloseTo(decision.formal[o.seller]!, 1);
  });
});

describe('what a note recommends is true at the table', () => {
  it('the incumbent is never told to lead with a benefit where a rival delivers more', () => {
    const office = tables.filter((t) => t.name.startsWith('office-supplies'));
    expect(office.length).toBeGreaterThan(0);
    let incumbentsBehind = 0;
    for (const t of office) {
      const incumbent = t.state.incumbent;
      if (!incumbent || !own(t.state.proposals, incumbent)) continue;
      const o = t.debrief.offers.find((x) => x.seller === incumbent)!;
      const intangibles = t.scenario.dimensions.filter((x) => x.category === 'non-economic-intangible');
      const ahead = intangibles.some((dim) =>
        rivalsOf(t, incumbent).every(
          (r) => (deliveredOf(t, incumbent)[dim.id] ?? 0) > (deliveredOf(t, r)[dim.id] ?? 0),
        ),
      );
      const fit = t.debrief.notes.find((n) => n.kind === 'fit' && n.params.seller === incumbent);
      if (!o.valueProposition.fit.ok && !ahead) {
        incumbentsBehind += 1;
        expect(fit, t.name).toBeUndefined();
      }
    }
    // The case the issue saw (the incumbent at 2 where the rival is at 5) is among these tables.
    expect(incumbentsBehind).toBeGreaterThan(0);
  });

  it.each(['en', 'fi', 'pl'] as Lang[])(
    '%s: every note reads whole, with no id and no empty slot',
    async (lang) => {
      Object.assign(globalThis, { document: { documentElement: { lang } } });
      await setLanguage(lang);
      for (const t of tables.slice(0, 60)) {
        const sc = publicScenario(t.scenario);
        for (const n of t.debrief.notes) {
          const text = noteText(n, sc);
          expect(text, n.kind).not.toMatch(/[{}]|undefined|NaN|\bnull\b/);
          expect(text, n.kind).toMatch(/\S.*\S/);
          expect(text.length, n.kind).toBeGreaterThan(40);
          // A note names the member it is about by role, never by seat id.
          if (n.params.member !== undefined && lang !== 'en')
            expect(text).not.toContain(String(n.params.member));
        }
      }
      await setLanguage('en');
    },
  );
});

// ---- each condition on hand-built states ----

interface Built {
  scenario: Scenario;
  state: TableState;
  events: GameEvent[];
}

/** A finished round of the small hand-made scenario, played by bots: the starting point every case edits. */
function base(seed = 1): Built {
  const scenario = miniScenario();
  const r = autoplayRound(scenario, {}, { seed });
  const round = r.rounds[0]!;
  return { scenario, state: structuredClone(round.state), events: structuredClone(round.events) };
}

function notesOf(b: Built, kind: NoteKind): TeachingNote[] {
  return computeDebrief(b.scenario, b.state, b.events).notes.filter((n) => n.kind === kind);
}

/** Every deciding member's top priorities asked about by this seller (and answered): nothing missed. */
function askEverything(b: Built, seller: string) {
  for (const m of b.scenario.buyingFirm.obc.members)
    for (const dim of topPriorities(m))
      b.state.questions.push({
        id: `q-${m.role}-${dim}`,
        seller,
        to: m.role,
        text: `About ${dim}?`,
        topic: dim,
        at: 0,
        stage: 'need-recognition',
        answer: { text: 'Yes.', concerns: [], at: 0 },
      });
}

/** The market moved the first member toward the first benefit, in `round` (shared/rules/market.ts). */
/** A benefit where the seller's offer delivers at least as much as every other offer at the table. */
function customerBenefit(b: Built, seller: string): string {
  const lv = (x: string) => deliveredLevels(b.scenario, x, b.state.proposals[x]!.options);
  const others = Object.keys(b.state.proposals).filter((x) => x !== seller);
  const dim = b.scenario.dimensions
    .map((d) => d.id)
    .find((d) => others.every((o) => (lv(seller)[d] ?? 0) >= (lv(o)[d] ?? 0)));
  if (!dim) throw new Error(`${seller} is behind everywhere`);
  return dim;
}

/** No offer stresses the benefit (in its lead or any message). */
function unstress(b: Built, dim: string) {
  for (const p of Object.values(b.state.proposals)) {
    p.leadWith = p.leadWith.filter((d) => d !== dim);
    for (const m of Object.values(p.messages)) if (m) m.dimensions = m.dimensions.filter((d) => d !== dim);
  }
}

function moveMarket(b: Built, round: number) {
  const m = b.scenario.buyingFirm.obc.members[0]!;
  const dimension = b.scenario.dimensions[0]!.id;
  const before = { ...m.priorities.weights };
  const after = shiftWeights(before, dimension, 20);
  b.state.market = {
    weights: { [m.role]: after },
    shifts: [{ round, stage: 'rfp', role: m.role, dimension, before, after }],
  };
}

describe('each note fires when its condition holds, and only then', () => {
  const cases: {
    kind: NoteKind;
    holds: (b: Built) => void;
    fails: (b: Built) => void;
    check?: (n: TeachingNote, b: Built) => void;
  }[] = [
    {
      kind: 'missed-priority',
      holds: (b) => {
        b.state.questions = b.state.questions.filter((q) => q.seller !== 'A');
      },
      fails: (b) => {
        askEverything(b, 'A');
        askEverything(b, 'B');
      },
      check: (n, b) => {
        // No question left: the member it names is the deciding member whose top priority weighs most.
        const members = b.scenario.buyingFirm.obc.members;
        const w = effectiveVoteWeights(b.scenario, b.state.purchaseType);
        if (n.params.seller !== 'A') return;
        const p = own(b.state.proposals, 'A')!;
        const best = members
          .flatMap((m) =>
            topPriorities(m)
              .filter((d) => !stressedTo(offerFacts(p), m.role).includes(d))
              .map((d) => ({ m: m.role, d, s: (w.get(m.role) ?? 0) * (m.priorities.weights[d] ?? 0) })),
          )
          .sort((x, y) => y.s - x.s)[0]!;
        expect([n.params.member, n.params.dimension]).toEqual([best.m, best.d]);
        expect(n.params.asked).toBe(0);
      },
    },
    {
      kind: 'contention',
      holds: (b) => {
        // A stresses reputation to production, where B states 5 and A 3.
        const a = own(b.state.proposals, 'A')!;
        const bb = own(b.state.proposals, 'B')!;
        bb.claims = { ...bb.claims, reputation: 5 };
        a.claims = { ...a.claims, reputation: 3 };
        a.messages = { ...a.messages, production: { text: 'Our name.', dimensions: ['reputation'] } };
      },
      fails: (b) => {
        const a = own(b.state.proposals, 'A')!;
        a.leadWith = [];
        a.messages = {};
      },
      check: (n) => {
        expect(n.params).toMatchObject({
          seller: 'A',
          member: 'production',
          dimension: 'reputation',
          rival: 'B',
        });
        expect(n.params.rivalLevel).toBe(5);
        expect(n.params.own).toBe(3);
      },
    },
    {
      kind: 'focus',
      holds: (b) => {
        // A lists every benefit and tells nobody about uptime, where it delivers 5 and B 3.
        const a = own(b.state.proposals, 'A')!;
        a.leadWith = b.scenario.dimensions.map((d) => d.id).filter((d) => d !== 'uptime');
        a.messages = {};
      },
      fails: (b) => {
        // Every deciding member hears of every benefit where A is ahead: there is nothing left to focus on.
        const a = own(b.state.proposals, 'A')!;
        a.leadWith = ['uptime'];
      },
      check: (n) => {
        expect(n.params).toMatchObject({
          seller: 'A',
          dimension: 'uptime',
          own: 5,
          rival: 'B',
          rivalLevel: 3,
        });
      },
    },
    {
      kind: 'fit',
      holds: (b) => {
        // B is the incumbent, leads with no non-economic intangible, and delivers more reputation than A (4 > 3).
        b.state.incumbent = 'B';
        own(b.state.proposals, 'B')!.leadWith = ['quality'];
      },
      fails: (b) => {
        // A is the incumbent and behind B on the only non-economic intangible (3 < 4): the rule is no advice.
        b.state.incumbent = 'A';
        own(b.state.proposals, 'A')!.leadWith = ['uptime'];
      },
      check: (n) => {
        expect(n.params).toMatchObject({
          seller: 'B',
          rule: 'keep-relationship',
          dimension: 'reputation',
          own: 4,
          rivalLevel: 3,
        });
      },
    },
    {
      kind: 'overclaim',
      holds: (b) => {
        const a = own(b.state.proposals, 'A')!;
        a.claims = { ...a.claims, service: 5 };
        a.options = [];
      },
      fails: (b) => {
        for (const p of Object.values(b.state.proposals))
          p.claims = { ...deliveredLevels(b.scenario, p.seller, p.options) };
      },
      check: (n) => {
        // Service delivers 3; the Care option would lift it to 4, not to the 5 claimed.
        expect(n.params).toMatchObject({ seller: 'A', dimension: 'service', claimed: 5, delivered: 3 });
        expect(n.next).toBe('claim-delivered');
      },
    },
    {
      kind: 'tangibilize',
      holds: (b) => {
        const a = own(b.state.proposals, 'A')!;
        a.claims = { ...a.claims, reputation: 3 };
        b.state.records = { A: { reputation: 2 } };
        a.leadWith = ['reputation'];
        a.evidence = [];
      },
      fails: (b) => {
        const a = own(b.state.proposals, 'A')!;
        a.claims = { ...a.claims, reputation: 3 };
        b.state.records = { A: { reputation: 2 } };
        a.leadWith = ['reputation'];
        a.evidence = ['a-case'];
      },
      check: (n) =>
        expect(n.params).toMatchObject({ seller: 'A', dimension: 'reputation', evidence: 'case-study' }),
    },
    {
      kind: 'value-left',
      holds: () => undefined,
      fails: (b) => {
        // The winner asked all the buying center would have paid: no headroom left.
        const d = computeDebrief(b.scenario, b.state, b.events);
        const w = d.offers.find((o) => o.won)!;
        own(b.state.proposals, w.seller)!.price = w.price + (w.priceHeadroom ?? 0);
      },
    },
    {
      kind: 'bafo',
      holds: () => undefined,
      fails: (b) => {
        b.state.bafo = null;
        b.events = b.events.filter((e) => e.type !== 'bafo-requested');
      },
    },
    {
      kind: 'bafo-buyer',
      holds: () => undefined,
      fails: (b) => {
        b.state.bafo = null;
      },
    },
    {
      kind: 'spec-void',
      holds: (b) => {
        const winner = b.state.decision!.winner!;
        b.state.spec.items.push({
          id: 'mh',
          by: 'production',
          dimension: 'quality',
          kind: 'must-have',
          value: 5,
          votes: {},
          status: 'adopted',
        });
        own(b.state.proposals, winner)!.claims.quality = 5;
        b.events.push({
          type: 'acceptance-failed',
          at: 0,
          audience: { to: 'table' },
          summary: '',
          data: { seller: winner, dimensions: ['quality'], penalty: 1234 },
        });
      },
      fails: () => undefined,
      check: (n) =>
        expect(n.params).toMatchObject({
          dimension: 'quality',
          minLevel: 5,
          by: 'production',
          penalty: 1234,
        }),
    },
    {
      kind: 'spec-gate',
      holds: (b) => {
        b.state.spec.items.push({
          id: 'mh',
          by: 'engineering',
          dimension: 'quality',
          kind: 'must-have',
          value: 5,
          votes: {},
          status: 'adopted',
        });
        b.events.push({
          type: 'supplier-disqualified',
          at: 0,
          audience: { to: 'table' },
          summary: '',
          data: {
            seller: 'A',
            by: 'rfp',
            reason: 'cannot reach quality ≥ 5',
            dimension: 'quality',
            minLevel: 5,
          },
        });
      },
      fails: (b) => {
        // A supplier a member disqualified is not the specification's doing.
        b.events.push({
          type: 'supplier-disqualified',
          at: 0,
          audience: { to: 'table' },
          summary: '',
          data: { seller: 'A', by: 'procurement', reason: 'no' },
        });
      },
      check: (n) =>
        expect(n.params).toMatchObject({
          seller: 'A',
          dimension: 'quality',
          minLevel: 5,
          by: 'engineering',
          reach: 3,
        }),
    },
    {
      kind: 'spec-weight',
      holds: () => undefined,
      fails: (b) => {
        for (const i of b.state.spec.items) if (i.kind === 'weight') i.status = 'rejected';
      },
    },
    {
      kind: 'pivotal-vote',
      holds: (b) => {
        // Only general management votes (the largest weight, centralized): its vote decides alone.
        b.state.votes = { 'general-management': b.state.decision!.winner! };
        const w = effectiveVoteWeights(b.scenario, b.state.purchaseType);
        b.state.decision!.tally = { A: 0, B: 0, [b.state.decision!.winner!]: w.get('general-management')! };
      },
      fails: (b) => {
        // Everyone votes for the winner: no single vote changes it.
        const winner = b.state.decision!.winner!;
        const w = effectiveVoteWeights(b.scenario, b.state.purchaseType);
        b.state.votes = Object.fromEntries(b.scenario.buyingFirm.obc.members.map((m) => [m.role, winner]));
        b.state.decision!.tally = { A: 0, B: 0, [winner]: [...w.values()].reduce((x, y) => x + y, 0) };
      },
      check: (n) => expect(n.params.member).toBe('general-management'),
    },
    {
      kind: 'sign-off-rejection',
      holds: (b) => {
        b.events.push({
          type: 'contract-rejected',
          at: 0,
          audience: { to: 'table' },
          summary: '',
          data: { by: 'general-management', seller: 'B', comment: 'No.' },
        });
      },
      fails: () => undefined,
      check: (n) => expect(n.params).toMatchObject({ member: 'general-management', seller: 'B' }),
    },
    {
      kind: 'decision-quality',
      holds: (b) => {
        // The buying center chose the other offer.
        const d = computeDebrief(b.scenario, b.state, b.events);
        const other = d.offers.find((o) => o.seller !== d.decision.bestValueSeller)!.seller;
        b.state.decision!.winner = other;
      },
      fails: (b) => {
        const d = computeDebrief(b.scenario, b.state, b.events);
        b.state.decision!.winner = d.decision.bestValueSeller;
      },
    },
    {
      kind: 'unvoiced-priority',
      holds: (b) => {
        // The published weights leave out uptime, the first priority of production and general management.
        b.state.spec.items = [
          {
            id: 'w',
            by: 'marketing',
            dimension: 'reputation',
            kind: 'weight',
            value: 40,
            votes: {},
            status: 'adopted',
          },
        ];
      },
      fails: (b) => {
        const dims = b.scenario.dimensions.map((d) => d.id);
        b.state.spec.items = dims.map((dim, i) => ({
          id: `w${i}`,
          by: 'procurement' as const,
          dimension: dim,
          kind: 'weight' as const,
          value: 25,
          votes: {},
          status: 'adopted' as const,
        }));
      },
      check: (n) =>
        expect(['production', 'general-management', 'engineering', 'procurement', 'marketing']).toContain(
          n.params.member,
        ),
    },
    {
      kind: 'purchase-type',
      holds: (b) => {
        // The post-purchase evaluation sets the next purchase (the case does not fix it).
        delete b.scenario.rounds.nextPurchaseType;
        b.state.history[b.state.history.length - 1]!.next = 'modified-rebuy';
      },
      fails: (b) => {
        delete b.scenario.rounds.nextPurchaseType;
        b.state.history[b.state.history.length - 1]!.next = b.state.purchaseType;
      },
      check: (n) =>
        expect(n.params).toMatchObject({ type: 'new-task', nextType: 'modified-rebuy', fixed: 0 }),
    },
    {
      kind: 'customer-need',
      // The buyer's customers need a benefit no offer stressed, where seller A is level with or ahead of B.
      holds: (b) => {
        const dim = customerBenefit(b, 'A');
        b.scenario.buyingFirm.customers = { who: 'Them', needs: 'It', dimensions: [dim] };
        unstress(b, dim);
      },
      // No customers in the case: no note.
      fails: (b) => {
        unstress(b, customerBenefit(b, 'A'));
        delete b.scenario.buyingFirm.customers;
      },
      check: (n, b) => {
        const dim = b.scenario.buyingFirm.customers!.dimensions[0]!;
        const level = (seller: string) =>
          deliveredLevels(b.scenario, seller, b.state.proposals[seller]!.options)[dim] ?? 0;
        const seller = String(n.params.seller);
        const rival = Object.keys(b.state.proposals).find((x) => x !== seller)!;
        expect(n.params).toMatchObject({
          dimension: dim,
          addressed: 0,
          own: level(seller),
          rivalLevel: level(rival),
        });
        expect(level(seller)).toBeGreaterThanOrEqual(level(rival));
      },
    },
    {
      kind: 'market-shift',
      holds: (b) => moveMarket(b, b.state.round),
      // A shift of an earlier round is no news of this one.
      fails: (b) => moveMarket(b, b.state.round - 1),
      check: (n, b) => {
        const dim = b.scenario.dimensions[0]!.id;
        expect(n.params).toMatchObject({
          dimension: dim,
          member: b.scenario.buyingFirm.obc.members[0]!.role,
        });
        expect(Number(n.params.weightAfter)).toBeGreaterThan(Number(n.params.weightBefore));
        if (n.params.seller !== undefined) {
          const p = b.state.proposals[String(n.params.seller)]!;
          const stressed = [...p.leadWith, ...Object.values(p.messages).flatMap((m) => m?.dimensions ?? [])];
          expect(n.params.stressed).toBe(stressed.includes(dim) ? 1 : 0);
        }
      },
    },
  ];

  it('derived demand: a seller that stressed a customers’ benefit where it is ahead, and won, hears so', () => {
    const b = base();
    const winner = computeDebrief(b.scenario, b.state, b.events).decision.winner!;
    const dims = b.scenario.dimensions.map((d) => d.id);
    const mine = (seller: string) => deliveredLevels(b.scenario, seller, b.state.proposals[seller]!.options);
    const rival = Object.keys(b.state.proposals).find((x) => x !== winner)!;
    const ahead = dims.find((d) => (mine(winner)[d] ?? 0) > (mine(rival)[d] ?? 0))!;
    expect(ahead).toBeDefined();
    b.scenario.buyingFirm.customers = { who: 'Them', needs: 'It', dimensions: [ahead] };
    b.state.proposals[winner]!.leadWith = [ahead];
    const n = notesOf(b, 'customer-need').find((x) => x.params.seller === winner);
    expect(n?.params).toMatchObject({ dimension: ahead, addressed: 1 });
    expect(n?.next).toBe('keep-customers');
  });

  it('names the buying situation the next round plays, where the case fixes it', () => {
    const b = base();
    // The evaluation would make a new task of it; the case plays a modified rebuy in round 2.
    b.state.history[b.state.history.length - 1]!.next = 'new-task';
    expect(b.scenario.rounds.nextPurchaseType).toBe('modified-rebuy');
    const [n] = notesOf(b, 'purchase-type');
    expect(n?.params).toMatchObject({ type: 'new-task', nextType: 'modified-rebuy', fixed: 1 });
    // Its last round has no next round: what the evaluation makes of the next purchase.
    b.state.round = 2;
    b.state.history[b.state.history.length - 1]!.round = 2;
    expect(notesOf(b, 'purchase-type')).toEqual([]);
  });

  it.each([
    [
      'a tangible claim above the delivery: the contract void, the seller told to state what it delivers',
      'quality',
      1,
    ],
    ['an intangible claim above the delivery is not measured at acceptance: no such note', 'reputation', 0],
  ] as const)('spec-void without a must-have: %s', (_name, dim, expected) => {
    const b = base();
    const winner = b.state.decision!.winner!;
    const delivered = deliveredLevels(b.scenario, winner, b.state.proposals[winner]!.options)[dim] ?? 0;
    own(b.state.proposals, winner)!.claims[dim] = delivered + 1;
    b.events.push({
      type: 'acceptance-failed',
      at: 0,
      audience: { to: 'table' },
      summary: '',
      data: { seller: winner, dimensions: [dim], penalty: 99 },
    });
    const notes = notesOf(b, 'spec-void');
    expect(notes.length).toBe(expected * 2);
    if (expected === 0) return;
    for (const n of notes) {
      expect(n.params).toEqual({
        seller: winner,
        dimension: dim,
        claimed: delivered + 1,
        delivered,
        penalty: 99,
      });
      expect(n.next).toBe(n.seats.includes(sellerSeat(winner)) ? 'state-delivered' : 'check-claim');
    }
  });

  it('covers every kind', () => {
    expect(cases.map((c) => c.kind).sort()).toEqual([...NOTE_KINDS].sort());
  });

  it.each(cases)('$kind', ({ kind, holds, fails, check }) => {
    const yes = base();
    holds(yes);
    const fired = notesOf(yes, kind);
    expect(fired.length, 'fires where its condition holds').toBeGreaterThan(0);
    for (const n of fired) check?.(n, yes);
    const no = base();
    fails(no);
    expect(notesOf(no, kind), 'silent where its condition does not hold').toEqual([]);
  });
});

describe('which notes a seat reads first', () => {
  it('a seller reads its own notes, a member theirs, each in its order', () => {
    for (const t of tables.slice(0, 40)) {
      for (const seat of Object.keys(t.state.seats)) {
        const mine = notesFor(t.debrief.notes, seat);
        expect(mine.every((n) => n.seats.includes(seat as never))).toBe(true);
        expect(mine.length).toBe(t.debrief.notes.filter((n) => n.seats.includes(seat as never)).length);
        const order = isObcRole(seat) ? MEMBER_ORDER : SELLER_ORDER;
        const ranks = mine.map((n) => order.indexOf(n.kind));
        expect(ranks.every((r) => r >= 0)).toBe(true);
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        // A seller never reads another team's own notes.
        const seller = sellerOfSeat(seat);
        if (seller)
          for (const n of mine) if (n.seats.length === 1) expect(n.seats[0]).toBe(sellerSeat(seller));
      }
    }
  });
});

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
});
afterAll(async () => {
  await setLanguage('en');
  delete (globalThis as { document?: unknown }).document;
});
