// The buying center's decision and what follows from it: the decision rule over the votes, a sign-off that
// turns the choice down, delivery of the winner's true performance, and trust after the round. These change the
// draft and emit events; moving the table to another step is flow.ts's job.
import { own, setOwn } from '../own.ts';
import type { ObcRole, Scenario } from '../scenario/schema.ts';
import { emit, type Ctx } from './context.ts';
import { canSignOff, eligibleSellers, voteWeight } from './permissions.ts';
import { nextRandom } from './rng.ts';
import { claimedLevels, deliveredLevels } from './scoring.ts';
import type { Decision, TableState } from './types.ts';

/** Sellers whose proposal can still win this round. */
export function eligibleOf(s: TableState): string[] {
  return eligibleSellers(s, Object.keys(s.proposals));
}

/** The must-haves the published specification adopted. */
export function adoptedMustHaves(s: TableState): { dimension: string; minLevel: number }[] {
  return s.spec.items
    .filter((i) => i.status === 'adopted' && i.kind === 'must-have')
    .map((i) => ({ dimension: i.dimension, minLevel: i.value }));
}

/** Members whose approval a contract needs before it is awarded. */
export function approvers(scenario: Scenario) {
  return scenario.buyingFirm.obc.members.filter(canSignOff);
}

/** The decision rule applied to the votes cast: sets the decision and says so. */
export function decide(ctx: Ctx) {
  const s = ctx.state;
  const eligible = eligibleOf(s);
  const rule = ctx.scenario.buyingFirm.obc.decisionRule;
  const tally: Record<string, number> = Object.fromEntries(eligible.map((id) => [id, 0]));
  for (const m of ctx.scenario.buyingFirm.obc.members) {
    const seller = s.votes[m.role];
    const sofar = own(tally, seller);
    if (seller && sofar !== undefined) setOwn(tally, seller, sofar + voteWeight(rule, m));
  }
  const top = Math.max(0, ...Object.values(tally));
  let leaders = eligible.filter((id) => (own(tally, id) ?? 0) === top && top > 0);
  let reason: Decision['reason'] = 'vote';
  if (eligible.length === 0) reason = 'no-proposals';
  else if (leaders.length === 0) reason = 'no-votes';
  if (leaders.length > 1) {
    // Ties go to the better private scores, then to the seeded coin.
    const scoreOf = (id: string) => Object.values(s.scores).reduce((sum, sc) => sum + (own(sc, id) ?? 0), 0);
    const best = Math.max(...leaders.map(scoreOf));
    leaders = leaders.filter((id) => scoreOf(id) === best);
    if (leaders.length > 1) {
      const r = nextRandom(s.rng);
      s.rng = r.state;
      leaders = [leaders[Math.floor(r.value * leaders.length)] as string];
    }
    reason = 'tie-break';
  }
  const winner = leaders[0] ?? null;
  s.decision = {
    winner,
    tally,
    reason,
    approvals: {},
    signOff: winner && approvers(ctx.scenario).length > 0 ? 'pending' : 'not-required',
  };
  emit(
    ctx,
    'decision',
    { to: 'table' },
    winner ? `The buying center chose seller ${winner}` : 'No supplier was chosen',
    { winner, reason },
  );
}

/** Settles the round without a supplier (no proposal that can still win). */
export function noDecision(s: TableState) {
  s.decision = { winner: null, tally: {}, reason: 'no-proposals', approvals: {}, signOff: 'not-required' };
}

/** A sign-off or veto turned the chosen seller down: it is out, and the OBC votes again (flow.ts moves on). */
export function rejectChoice(ctx: Ctx, by: ObcRole, comment: string) {
  const s = ctx.state;
  const winner = s.decision?.winner ?? null;
  if (winner) s.rejected.push(winner);
  s.votes = {};
  s.decision = null;
  emit(ctx, 'contract-rejected', { to: 'table' }, `${by} turned down seller ${winner ?? '?'}`, {
    by,
    seller: winner,
    comment,
  });
  if (eligibleOf(s).length === 0) noDecision(s);
}

/** The contract goes to the decision's winner (or to nobody). */
export function awardContract(ctx: Ctx) {
  const s = ctx.state;
  const winner = s.decision?.winner ?? null;
  if (s.decision && s.decision.signOff === 'pending') s.decision.signOff = 'approved';
  const price = winner ? (own(s.proposals, winner)?.price ?? null) : null;
  emit(
    ctx,
    'contract-awarded',
    { to: 'table' },
    winner ? `Contract awarded to seller ${winner} at ${price}` : 'No contract',
    { winner, price },
  );
}

/** Delivery: the winner's true performance, and the promises it did not keep. */
export function deliver(ctx: Ctx) {
  const s = ctx.state;
  const winner = s.decision?.winner ?? null;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  s.delivered = proposal ? deliveredLevels(ctx.scenario, proposal.seller, proposal.options) : null;
  if (!proposal || !s.delivered) return;
  const claimed = claimedLevels(ctx.scenario, {
    ...proposal,
    sellerId: proposal.seller,
    messageDimensions: {},
  });
  const gaps = Object.fromEntries(
    Object.entries(claimed)
      .map(([d, c]) => [d, c - (own(s.delivered, d) ?? 0)] as const)
      .filter(([, g]) => g > 0),
  );
  emit(
    ctx,
    'performance-delivered',
    { to: 'table' },
    `Seller ${proposal.seller} delivered; ${Object.keys(gaps).length} promise(s) not kept`,
    { seller: proposal.seller, delivered: s.delivered, gaps },
  );
}

/** The change of trust a round's delivery and ratings cause; pure so the debrief can show it. */
export function trustAfterRound(s: TableState, scenario: Scenario): Record<string, number> {
  const out: Record<string, number> = {};
  for (const seller of Object.values(s.sellers)) setOwn(out, seller.id, seller.trust);
  const winner = s.decision?.winner;
  const proposal = winner ? own(s.proposals, winner) : undefined;
  if (!winner || !proposal || !s.delivered) return out;
  const ratings = Object.values(s.ratings).map((r) => r?.rating ?? 3);
  const mean = ratings.length > 0 ? ratings.reduce((a, b) => a + b, 0) / ratings.length : 3;
  const broken = Object.entries(proposal.claims).filter(
    ([d, c]) => c - (own(s.delivered, d) ?? 0) >= 1,
  ).length;
  const guaranteed = proposal.evidence.some(
    (id) => evidenceKind(scenario, winner, id) === 'performance-guarantee',
  );
  const before = own(s.sellers, winner)?.trust ?? 0.5;
  const delta =
    0.05 * (mean - 3) - 0.08 * broken + (broken === 0 ? 0.05 : 0) - (guaranteed && broken > 0 ? 0.05 : 0);
  setOwn(out, winner, Math.round(Math.min(1, Math.max(0, before + delta)) * 1000) / 1000);
  return out;
}

function evidenceKind(scenario: Scenario, sellerId: string, evidenceId: string) {
  return scenario.sellers.find((x) => x.id === sellerId)?.offering.evidence.find((e) => e.id === evidenceId)
    ?.kind;
}
