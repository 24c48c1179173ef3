// Running a member's check of a claim (verification.ts says who may use which method, at what cost and with what
// chance to expose a claim above the truth): the player's intent, the proposals' opening (checks asked for during
// bidding) and the end of evaluation (pilots never run) all come here.
import { own } from '../own.ts';
import type { ObcRole } from '../scenario/schema.ts';
import { emit, type Ctx } from './context.ts';
import { nextRandom } from './rng.ts';
import { deliveredLevels } from './scoring.ts';
import { METHOD_RULES, type CheckMethod } from './verification.ts';

/** Checks a member has spent (a pilot costs two) or committed (asked for, not yet run) this round. */
export function checksUsed(
  s: {
    checks: readonly { by: string; method?: CheckMethod }[];
    requests: readonly { by: string; method: CheckMethod; status: string }[];
  },
  role: string,
): number {
  const cost = (m: CheckMethod | undefined) => METHOD_RULES[m ?? 'demonstration'].cost;
  return (
    s.checks.filter((c) => c.by === role).reduce((n, c) => n + cost(c.method), 0) +
    s.requests.filter((r) => r.by === role && r.status === 'pending').reduce((n, r) => n + cost(r.method), 0)
  );
}

/**
 * Runs one check: a claim the offer delivers is confirmed; one above it is exposed with the method's chance per
 * level (capped at 1, by the seeded coin), and a seller caught once loses credibility with the whole buying
 * center (beliefs.ts).
 */
export function runCheck(
  ctx: Ctx,
  by: ObcRole,
  seller: string,
  dim: string,
  method: CheckMethod,
  claimed: number,
  declined = false,
) {
  const s = ctx.state;
  const proposal = own(s.proposals, seller);
  const truth = own(deliveredLevels(ctx.scenario, seller, proposal?.options ?? []), dim) ?? 0;
  const gap = claimed - truth;
  let confirmed = !declined && gap <= 0;
  if (!declined && gap > 0) {
    const r = nextRandom(s.rng);
    s.rng = r.state;
    confirmed = r.value >= Math.min(1, gap * METHOD_RULES[method].detectPerLevel);
  }
  s.checks.push({
    by,
    seller,
    dimension: dim,
    claimed,
    confirmed,
    at: ctx.at,
    method,
    ...(declined ? { declined } : {}),
  });
  emit(
    ctx,
    'claim-checked',
    { to: 'obc' },
    `${by} checked seller ${seller}'s claim on ${dim} (${method}): ${declined ? 'the seller ran no pilot' : confirmed ? 'borne out' : 'not borne out'}`,
    { by, seller, dimension: dim, confirmed, method, ...(declined ? { declined } : {}) },
  );
}
