// Bot policies: pure functions from a seat's own view (exactly what a human in that seat sees: a bot never
// peeks) and a seed to the next intent, or null when the bot has nothing to do right now. Members are played
// by member-policy.ts, seller teams by seller-policy.ts (one of the value-proposition strategies).
import type { PlayerAction } from '../rules/types.ts';
import type { Language, Scenario } from '../scenario/schema.ts';
import { memberIntent } from './member-policy.ts';
import { SELLER_STRATEGIES, sellerIntent, type SellerStrategy } from './seller-policy.ts';
import { Dice, type BotView } from './view-facts.ts';
import type { SellerRole } from '../rules/seller-roles.ts';

export { SELLER_STRATEGIES, type SellerStrategy, type BotView };
export { HONEST_STRATEGIES, ADVERSARIAL_STRATEGIES } from './seller-policy.ts';

export interface BotContext {
  seed: number;
  /** For seller bots: how they frame their value proposition (and whether they game the rules). */
  strategy?: SellerStrategy;
  /** The language bots write in (the session's); English when not given. */
  language?: Language;
  /** For a bot playing one player of a seller team: that player's roles (all three when left out). */
  roles?: readonly SellerRole[];
}

/** The bot's next intent, or null. Deterministic for a given view and seed. */
export function botIntent(scenario: Scenario, view: BotView, ctx: BotContext): PlayerAction | null {
  if (view.phase !== 'playing' || view.paused || !view.brief) return null;
  const dice = new Dice(ctx.seed);
  const lang = ctx.language ?? 'en';
  if (view.brief.kind === 'obc') return memberIntent(scenario, view, view.brief.member, dice, lang);
  return sellerIntent(scenario, view, view.brief.seller, ctx.strategy ?? 'resonating-focus', lang, ctx.roles);
}
