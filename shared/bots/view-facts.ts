// What a bot reads from its seat's view, and nothing else: a bot never peeks at what a human in the seat
// could not see. The buying-center facts of a member's view feed the same persuasion model (rules/beliefs.ts)
// the engine and the debrief use.
import { setOwn } from '../own.ts';
import type { AppraisalFacts } from '../rules/beliefs.ts';
import { offerFacts } from '../rules/beliefs.ts';
import { eligibleSellers } from '../rules/permissions.ts';
import { nextRandom } from '../rules/rng.ts';
import type { TableView } from '../rules/view.ts';

/** A bot's view: the seat's own view as the server sends it (the public scenario may be left out). */
export type BotView = Omit<TableView, 'scenario'>;

/** The open proposals still in the running, as the view shows them. */
export function openOffers(view: BotView) {
  const eligible = eligibleSellers(
    view,
    view.proposals.map((p) => p.seller),
  );
  return view.proposals.filter((p) => eligible.includes(p.seller));
}

/** The buying center's facts, from a member's view. */
export function factsFromView(view: BotView): AppraisalFacts {
  const trust: Record<string, number> = {};
  for (const x of view.sellers) setOwn(trust, x.id, (x as { trust?: number }).trust ?? 0.5);
  return {
    purchaseType: view.purchaseType,
    incumbent: view.incumbent,
    trust,
    offers: openOffers(view).map(offerFacts),
    asked: view.questions
      .filter((q) => q.answer && q.stage !== 'post-purchase')
      .map((q) => ({ seller: q.seller, to: q.to })),
    checks: view.checks,
    records: view.records,
  };
}

export function mySeat(view: BotView) {
  const viewer = view.viewer;
  return viewer.kind === 'seat' ? view.seats.find((s) => s.id === viewer.seat) : undefined;
}

/** Seeded dice: the same view and seed give the same choice. */
export class Dice {
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
