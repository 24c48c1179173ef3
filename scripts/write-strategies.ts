// `npm run strategies:doc [-- --check]`: regenerates docs/strategies.md from the strategy tournament
// (shared/sim/tournament.ts) on every bundled scenario, runs 3, seed 1 — the figures of
// `npm run simulate -- --compare --scenario ID --runs 3 --seed 1 --json`. The tables and the lesson checks are
// generated; the explanation of each scenario is hand-written, kept below as data keyed by scenario id so that
// regenerating keeps it. Each explanation records the total margins it was written against: when the model or a
// scenario changes them, the document says so above the explanation (and this script warns), so that a stale
// explanation is never passed off as current. `--check` writes nothing and exits 1 when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { loadCatalog } from '../server/catalog.ts';
import { ROOT } from '../server/app.ts';
import { SELLER_STRATEGIES, type SellerStrategy } from '../shared/bots/seller-policy.ts';
import { VP_TYPES } from '../shared/rules/debrief.ts';
import { localize } from '../shared/scenario/load.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { tournament, type TournamentResult } from '../shared/sim/tournament.ts';

const RUNS = 3;
const SEED = 1;
const OUT = join(ROOT, 'docs', 'strategies.md');

interface Explanation {
  /** Total margin per strategy (rounded) in the run this explanation was written from. */
  writtenFor: Readonly<Record<SellerStrategy, number>>;
  paragraphs: readonly string[];
}

/** Why each strategy fares as it does, per scenario: read from the figures below and the tables' debriefs. */
const EXPLANATIONS = new Map<string, Explanation>([
  [
    'clinic-monitors',
    {
      writtenFor: {
        'all-benefits': 488268,
        'favorable-points-of-difference': 1866129,
        'resonating-focus': 4179305,
        overclaim: -1274105,
        'claim-must-haves': -1127859,
        'price-at-cost': 0,
        'max-evidence': 2739305,
        'no-discovery': 2138833,
      },
      paragraphs: [
        '**The hospital’s purchase for a small buyer** (the segment pair of `hospital-monitors`: the same suppliers and offerings, 24 monitors instead of 120, evidence scaled to a clinic). Three members, and the owner decides alone (single decider, centralization high, formality low): the written evaluation counts for little, and what the owner believes decides. Every check holds.',
        '**Check 1 holds, by wide margins** (4.2 M, 1.9 M, 0.5 M). Only the owner’s vote counts, so resonating focus — a message to the owner on what she cares about most (accuracy, then lifetime cost and service) — wins 58 of its 96 bids (Aurora 40, Meridian 18); favorable points of difference, which spreads the headline over benefits the owner weighs little, wins 27 (Aurora 21, Meridian 6); all benefits 7.',
        '**No-discovery earns about half as much** (2.1 M against 4.2 M): without asking, a seller does not learn what the owner weighs most, and writes to nobody.',
        '**Cheating does not pay, and the clinic pays for it.** Both cheats state tangible levels above what they deliver; acceptance measures a tangible benefit, so every contract they win is void (overclaim 60 times in 96 bids, claim-must-haves 53) and the seller pays the breach penalty: neither completes a contract, overclaim earns −1.3 M, claim-must-haves −1.1 M. A void contract leaves the clinic without monitors for the round, so decision quality where a cheat plays is 0.29–0.30, against 0.88–0.90 at the same tables with that seller honest (0.985 in round 1 at the tables where nobody cheats). Price-at-cost wins 90 of 96 and earns nothing. Max-evidence wins as often as resonating focus and earns less (2.7 M): a small contract pays for less evidence.',
      ],
    },
  ],
  [
    'hospital-monitors',
    {
      writtenFor: {
        'all-benefits': 5039228,
        'favorable-points-of-difference': 13826260,
        'resonating-focus': 20995907,
        overclaim: -3917511,
        'claim-must-haves': -4453108,
        'price-at-cost': -498240,
        'max-evidence': 14279204,
        'no-discovery': 12130718,
      },
      paragraphs: [
        '**Every check holds.** Where nobody cheats the hospital decides well (mean decision quality 0.997 in round 1 and 0.986 in round 2): the two offers are worth nearly the same to it, so whichever honest seller wins, little is lost. Where a cheat plays, decision quality falls to about 0.55 (0.540 with overclaim against 0.979 at the same tables with that seller honest; 0.562 against 0.979 with claim-must-haves): the cheat’s winning contracts are void at acceptance and the hospital has no supplier that round.',
        '**Check 1 holds on both sides** (21.0 M, 13.8 M, 5.0 M). Aurora (A) has the better monitors for the nurses and the chief medical officer (accuracy and smart alarms at 5); Meridian (B) is ahead on EHR integration, lifetime cost, service uptime and reputation. Aurora’s resonating focus writes to each member about what that member showed it cares about, in a message read at full attention, and wins 42 of its 48 bids (14.0 M). Aurora’s favorable points of difference puts its strengths in the headline, a third of each member’s attention each, and wins 28 (9.0 M); Aurora’s all benefits wins 8 (2.2 M). For Meridian the order is the same and closer: resonating focus 22 wins (7.0 M), favorable points of difference 16 (4.8 M), all benefits 10 (2.9 M).',
        '**No-discovery earns less** (12.1 M against 21.0 M). Without answers a seller leads with the published benefits sought where it is ahead and writes to nobody (the classifier rightly calls that favorable points of difference): Aurora so wins 32 bids, Meridian 6.',
        '**All benefits is last** (5.0 M): every benefit in the headline gets a small share of a member’s attention, and stressing benefits where the rival states as much or more is a point of contention that costs credibility.',
        '**Cheating does not pay.** Overclaim is caught by a check on 94 of its 96 bids, and the 31 contracts it still wins are void at acceptance, where its tangible claims are measured: it completes none and loses 3.9 M in breach penalties and evidence. Claim-must-haves (no option is needed for a must-have here, so it claims the levels its options would reach, tangible ones included) is caught on 91 bids, void on 37, and loses 4.5 M. Price-at-cost wins 88 of 96 and earns −0.5 M (the evidence it pays for). Max-evidence wins as often as resonating focus (64 bids) and earns less (14.3 M against 21.0 M): the extra evidence costs more than the tables it could add.',
      ],
    },
  ],
  [
    'offshore-drill-pipe',
    {
      writtenFor: {
        'all-benefits': 16253396,
        'favorable-points-of-difference': 48587457,
        'resonating-focus': 100551502,
        overclaim: -51930335,
        'claim-must-haves': -31815768,
        'price-at-cost': -18011858,
        'max-evidence': 83663722,
        'no-discovery': 49353833,
      },
      paragraphs: [
        '**Every check holds.** Kestrel (B), the challenger, has the stronger pipe (torque and fatigue 5, sour service 4, running cost 4); Bergstål (A), the incumbent, the service (lead time, field service, supply security, HSE record at 4). Kestrel’s resonating focus tells each member about the strengths that member asked about, read at full attention, and wins 42 of its 48 bids (64.7 M), losing only to a price at cost. With favorable points of difference its strengths share the headline (22 wins, 30.8 M). Listing all seven benefits Kestrel wins nothing (−1.1 M): on most of them Bergstål states as much or more, and each point of contention costs credibility.',
        'For the incumbent the order is the same, closer at the bottom: Bergstål’s resonating focus wins 27 of its 48 bids (35.9 M), favorable points of difference 14 (17.8 M), all benefits 14 (17.4 M). (Before the buying center’s best-and-final position followed the decision rule, it was reversed here: the position was set on the members’ perception alone, so Bergstål’s focused pitch looked well ahead, was barely squeezed, and lost the 40 % of the decision that high formality gives the formal evaluation, where Kestrel’s pipe leads. Now the position weighs the formal evaluation as the decision does, and a pitch that raises a seller’s standing never costs it the table.)',
        '**Round 2 follows from round 1.** The winner of round 1 is the incumbent of a straight rebuy decided by the category manager, its delivered record the prior; a supplier the buyer has not bought from is assumed no better than the incumbent on what it does not claim, so round 2 goes the way of round 1 at 49 of the 64 tables of a run (most of the others are tables where a cheat’s round-1 contract was void). At the tables where nobody cheats, decision quality falls from 0.998 in round 1 to 0.83 in round 2: the straight rebuy’s narrow buying center keeps a supplier whose pipe is not the best for the drilling engineers.',
        '**Cheating does not pay.** Overclaim is caught by a check on 75 of its 96 bids, and the 46 contracts it still wins are void at acceptance, where its tangible claims (torque, fatigue, lead time) are measured: it completes none and loses 51.9 M in breach penalties on 2,400 joints. Claim-must-haves buys no option and claims what its options would reach: acceptance voids the 27 contracts it wins and it earns −31.8 M. Decision quality where they play is 0.40 and 0.63, against 0.94 and 0.90 at the same tables with that seller honest. Price-at-cost wins 89 of 96 and earns −18.0 M: at cost every cost beyond the unit’s — evidence, damages — is a loss. Max-evidence wins as often as resonating focus (69 bids) and earns less (83.7 M against 100.6 M): the evidence costs more than it adds. No-discovery (classified favorable points of difference: without answers it has nobody to write to) earns 49.4 M.',
      ],
    },
  ],
  [
    'office-supplies',
    {
      writtenFor: {
        'all-benefits': 200003,
        'favorable-points-of-difference': 238706,
        'resonating-focus': 253760,
        overclaim: -184326,
        'claim-must-haves': -190901,
        'price-at-cost': 67,
        'max-evidence': 162560,
        'no-discovery': 237696,
      },
      paragraphs: [
        '**Every check holds, but the lesson shows in margin only.** OfficeHub (A), the incumbent, wins every table it does not sabotage, whatever either seller says: the office manager decides alone (a single decider), is risk-averse, and values OfficeHub’s delivery and easy ordering. GreenDesk (B) wins only when it prices at cost (7 of its 48 bids at cost, at no margin). So favorable points of difference and resonating focus win exactly half their bids (OfficeHub’s), all benefits 42, and the differences in margin are OfficeHub’s prices in the best-and-final round, where the buyer squeezes the leader less the wider its lead: resonating focus 254 k€, favorable points of difference 239 k€, all benefits 200 k€.',
        '**The buyer decides badly at every table OfficeHub wins** (mean decision quality 0.77 in round 1 and 0.72 in round 2 where nobody cheats): GreenDesk’s e-invoicing and sustainability are what the finance director wants, and its offer is truly worth more to the firm, but the finance director does not vote (a single decider) and only signs off. GreenDesk’s resonating focus writes to the finance director, who cannot change the choice: the straight rebuy’s lesson that the way in is a changed offer for the decider, not a message.',
        '**Cheating does not pay.** Overclaim: OfficeHub wins the decision at nearly every table and acceptance, which measures its inflated tangible claims, voids the contract 45 times in its 48 bids (−184 k€ in breach penalties). Claim-must-haves: OfficeHub states the finance director’s invoicing must-have without buying the e-invoice option; acceptance voids the contract every time (−191 k€), and the firm is left without a supplier (decision quality 0.31 where it plays against 0.66 at the same tables with OfficeHub honest; 0.33 against 0.66 with overclaim). Price-at-cost wins every table OfficeHub plays it and earns 67 € in total. Max-evidence: OfficeHub’s case study is cheap (it earns what resonating focus does), GreenDesk pays for evidence in every bid and never wins (−91 k€).',
      ],
    },
  ],
]);

const LABEL: Readonly<Record<SellerStrategy, string>> = {
  'all-benefits': 'all benefits',
  'favorable-points-of-difference': 'favorable points of difference',
  'resonating-focus': 'resonating focus',
  overclaim: 'overclaim',
  'claim-must-haves': 'claim-must-haves',
  'price-at-cost': 'price-at-cost',
  'max-evidence': 'max-evidence',
  'no-discovery': 'no-discovery',
};

const whole = (n: number) => Math.round(n).toLocaleString('en');

function classified(f: TournamentResult['strategies'][SellerStrategy]): string {
  return VP_TYPES.filter((t) => f.classifiedAs[t] > 0)
    .map((t) => `${t} ${f.classifiedAs[t]}`)
    .join(', ');
}

function situation(s: Scenario): string {
  const obc = s.buyingFirm.obc;
  const rule =
    obc.decisionRule.kind === 'single-decider'
      ? `single decider (${obc.decisionRule.decider})`
      : obc.decisionRule.kind.replace(/-/g, ' ');
  const sellers = s.sellers
    .map((x) => `${x.id} ${localize(x.name, 'en')}${x.incumbent ? ' (incumbent)' : ''}, trust ${x.trust}`)
    .join('; ');
  const next =
    s.rounds.count > 1 ? `, then ${s.rounds.nextPurchaseType ?? 'as the post-purchase evaluation sets'}` : '';
  return (
    `_${localize(s.meta.title, 'en')}._ ${s.purchaseType}${next} (${s.rounds.count} round${s.rounds.count > 1 ? 's' : ''}); ` +
    `${obc.members.length} members, ${rule}, formality ${obc.formality}, centralization ${obc.centralization}; ` +
    `best and final offers ${s.stages.rfp.allowBafo ? 'allowed' : 'not allowed'}; sellers: ${sellers}. ` +
    `Money in ${s.economics.currency}, for ${s.economics.quantity.toLocaleString('en')} × ${localize(s.economics.unit, 'en')}.`
  );
}

function scenarioSection(s: Scenario, r: TournamentResult, warnings: string[]): string[] {
  const bids = Object.values(r.strategies).reduce((a, f) => a + f.bids, 0);
  const tables = bids / (s.sellers.length * r.rounds);
  const out = [`## \`${s.meta.id}\``, '', situation(s), ''];
  out.push(
    `${whole(tables)} tables (${r.runs} runs), ${r.rounds} round${r.rounds > 1 ? 's' : ''} each. Reproduce: \`npm run simulate -- --compare --scenario ${s.meta.id} --runs ${RUNS} --seed ${SEED} --json\`.`,
    '',
    '| strategy | bids | wins | win rate | mean margin | total margin | mean value captured | classified as |',
    '| --- | --: | --: | --: | --: | --: | --: | --- |',
  );
  for (const name of SELLER_STRATEGIES) {
    const f = r.strategies[name];
    out.push(
      `| ${LABEL[name]} | ${f.bids} | ${f.wins} | ${(f.winRate * 100).toFixed(1)} % | ${whole(f.meanMargin)} | ${whole(f.totalMargin)} | ${f.meanValueCaptured === null ? '–' : f.meanValueCaptured.toFixed(3)} | ${classified(f)} |`,
    );
  }
  out.push('', '| lesson check | holds | detail |', '| --- | --- | --- |');
  for (const c of r.lesson.checks) out.push(`| ${c.name} | ${c.holds ? 'yes' : '**no**'} | ${c.detail} |`);
  out.push('', '### Why', '');
  const e = EXPLANATIONS.get(s.meta.id);
  if (!e) {
    warnings.push(`${s.meta.id}: no explanation (add one to EXPLANATIONS in scripts/write-strategies.ts)`);
    out.push(
      '_No explanation has been written for this scenario yet: add one to `EXPLANATIONS` in `scripts/write-strategies.ts`._',
      '',
    );
    return out;
  }
  const changed = SELLER_STRATEGIES.filter(
    (x) => Math.round(r.strategies[x].totalMargin) !== e.writtenFor[x],
  );
  if (changed.length > 0) {
    warnings.push(`${s.meta.id}: figures changed since the explanation was written (${changed.join(', ')})`);
    out.push(
      `> **Stale:** the total margins of ${changed.map((x) => LABEL[x]).join(', ')} differ from those this explanation was written against; read it against the table above, and rewrite it in \`scripts/write-strategies.ts\`.`,
      '',
    );
  }
  for (const p of e.paragraphs) out.push(p, '');
  return out;
}

const INTRO = [
  '# Seller strategies compared',
  '',
  '<!-- Generated by `npm run strategies:doc` (scripts/write-strategies.ts): edit the script, not this file. -->',
  '',
  `The strategy tournament (\`shared/sim/tournament.ts\`) plays every pairing of the eight seller strategies below over every round of a scenario, with bots in every seat, on the pure engine (no sockets, no clock). These are its figures on every bundled scenario, ${RUNS} runs, seed ${SEED}. The model they come from is \`docs/rules.md\` ("The value model"); how far the lessons hold on scenarios nobody tuned is its section "What the model teaches, measured".`,
  '',
  '## How to reproduce',
  '',
  '```sh',
  'npm run strategies:doc            # regenerates this file (-- --check: fails if it is out of date)',
  `npm run simulate -- --compare --scenario hospital-monitors --runs ${RUNS} --seed ${SEED} --json   # one scenario, as JSON`,
  'npm run lessons -- --scenarios 50 # the lesson checks on 50 generated balanced scenarios and the bundled ones',
  '```',
  '',
  '## How the tournament plays',
  '',
  '- **Pairings.** With two sellers, every ordered pair of strategies (A plays one, B the other): 64 tables a run, each played over every round of the scenario with the same strategies. Every table of a run is played with the same seed (common random numbers: two strategies met by the same rival face the same dice — a check’s chance of exposing a lie, a member’s scoring noise), and each run with another. Every strategy so makes 16 × rounds bids a run, half of them as seller A and half as B: the figures mix both sellers, so a strategy’s total says how it does on average over both positions and every opponent.',
  '- **Columns.** _Bids_: offers made (one per seller and round). _Wins_: contracts won and not voided at acceptance. _Mean margin_: total margin ÷ bids. _Total margin_: the sum of the sellers’ results — margin on the units of a contract won, less damages (or the breach penalty of a void contract), less the evidence bought, paid whether or not the bid wins — in the scenario’s currency, for the whole contract. _Mean value captured_: (price − unit cost) ÷ (the offer’s true gross value − unit cost), over the contracts won; above 1, the buyer paid more than the offer is worth to it. _Classified as_: what the debrief’s value-proposition classifier calls the pitch, per bid.',
  '- **Lesson checks** (the issue’s checks 1–5, `lessonChecks` in the tournament): 1 resonating focus earns more total margin than favorable points of difference, which earns more than all benefits; 2 overclaim and claim-must-haves each earn less than resonating focus, and the buying center’s mean decision quality at the tables where the cheat plays is lower than at the same tables (same rivals, same seeds) with that seller playing resonating focus instead; 3 price-at-cost wins at least as often as resonating focus but earns less, max-evidence and no-discovery earn less; 4 each honest strategy is classified as itself in at least 90 % of its bids; 5 replaying the scenario as the other purchase type (new task ↔ straight rebuy) moves some strategy’s win rate by 2 points or its total margin by 5 %.',
  '',
  '## How each bot plays',
  '',
  'Seller bots (`shared/bots/seller-policy.ts`):',
  '',
  '- **Discovery** (every strategy but no-discovery): an open question to every member, the highest in the hierarchy first — the answer shows the cards on the member’s motivating benefits, at most two — then questions on the seller’s own strengths to members who showed no card, up to the scenario’s question limit. A _strength_ is a benefit where the seller’s standard level is above the market norm (3) and above the best level the market knows of the rivals’ standard offerings.',
  '- **The offer** is the same for every honest strategy, so that comparing them measures the pitch: only the options a published must-have needs; the cheapest piece of evidence that fits its strongest intangible benefit, if it costs at most 2 % of the contract at list price; list price (never below 105 % of unit cost); standard terms. It claims the level it delivers on every benefit where that is above what the buyer assumes (the norm, or its own record) and states every published must-have.',
  '- **All benefits** leads with every benefit, the same to everyone, and writes to nobody.',
  '- **Favorable points of difference** leads with its strengths, the widest lead first, at most three and at most half the benefits (with no strength, its best benefit), the same to everyone.',
  '- **Resonating focus** writes to each member about at most two of the benefits that member revealed (cards, or a topic answered) where the seller is ahead, and leads with two: those messages’ benefits, the highest members’ first, then the published benefits sought where it is ahead, then its other strengths.',
  '- **Overclaim** plays resonating focus but claims a level above the truth wherever that says more than the buyer assumes (a liar inflates; it does not volunteer its weaknesses), and pitches its claimed strengths.',
  '- **Claim-must-haves** plays resonating focus but buys no option and claims the levels its options would reach, must-haves included.',
  '- **Price-at-cost** plays resonating focus at unit cost plus its evidence per unit, and keeps that price in a best-and-final round.',
  '- **Max-evidence** plays resonating focus with every piece of evidence it has.',
  '- **No-discovery** plays resonating focus without asking anyone: it has nobody to write to and leads with the published benefits sought where it is ahead — which the classifier rightly calls favorable points of difference.',
  '- **Best and final offer** (all but price-at-cost): the price the buyer asks for, but at most 10 % off and never below 105 % of unit cost; asked for no price, 4 % off.',
  '',
  'Member bots (`shared/bots/member-policy.ts`) mark their three heaviest benefits as sought, propose their must-haves and (weighing it at 30 or more) their top priority as a weight, support a must-have they weigh at 10 or more; check their allowance of claims (two a member, one in a straight rebuy) — the tangible claims above what they assume on the benefits they weigh most that nobody has checked; score every offer; procurement (or, without it, a member who signs off) asks every seller once for a best and final offer; each votes for the offer worth most to it as it believes them (`appraiseFor`); a member who signs off refuses an offer that misses one of its own must-haves as stated; after delivery each rates the supplier on what it got against what it was promised.',
  '',
];

interface Played {
  s: Scenario;
  r: TournamentResult;
  /** The same tournament with one run (what `npm run lessons` plays on a bundled scenario). */
  one: TournamentResult;
}

/** Check 2's decision-quality part, from its detail: mean quality where the cheat plays, and with it honest. */
function qualityOf(detail: string): { cheated: number; honest: number } | null {
  const m = /decision quality ([\d.]+) where it plays vs ([\d.]+)/.exec(detail);
  return m ? { cheated: Number(m[1]), honest: Number(m[2]) } : null;
}

function checksNotHolding(results: readonly Played[]): string[] {
  const failing = results.flatMap(({ s, r }) =>
    r.lesson.checks.filter((c) => !c.holds).map((c) => `- \`${s.meta.id}\`: ${c.name} — ${c.detail}.`),
  );
  const out = [
    '## Checks that do not hold',
    '',
    failing.length > 0
      ? `The issue asks for every check to hold on every bundled scenario. These do not (runs ${RUNS}, seed ${SEED}):`
      : `Every check holds on every bundled scenario (runs ${RUNS}, seed ${SEED}).`,
    '',
    ...failing,
    ...(failing.length > 0 ? [''] : []),
    `The decision-quality part of check 2: the mean decision quality where the cheat plays, against the same tables with that seller playing resonating focus. A cheat’s tangible claims are measured at acceptance, so a contract it wins is void and the buyer is left without a supplier that round (decision quality 0); the last column is the same comparison with one run (what \`npm run lessons\` plays on a bundled scenario, seed ${SEED}). A negative margin means the buying center decided _better_ where the cheat played.`,
    '',
    `| scenario | cheat | quality where it plays | same tables, honest | margin (runs ${RUNS}) | margin (1 run) |`,
    '| --- | --- | --: | --: | --: | --: |',
  ];
  for (const { s, r, one } of results)
    for (const cheat of ['overclaim', 'claim-must-haves'] as const) {
      const find = (t: TournamentResult) =>
        t.lesson.checks.find((c) => c.name.startsWith(`${cheat} earns less`))?.detail ?? '';
      const q = qualityOf(find(r));
      const q1 = qualityOf(find(one));
      if (!q) continue;
      const margin = (x: { cheated: number; honest: number }) => (x.honest - x.cheated).toFixed(3);
      out.push(
        `| \`${s.meta.id}\` | ${cheat} | ${q.cheated.toFixed(3)} | ${q.honest.toFixed(3)} | ${margin(q)} | ${q1 ? margin(q1) : '–'} |`,
      );
    }
  out.push(
    '',
    'On generated scenarios check 2 holds on 98–100 % of the cases for overclaim and 81–87 % for claim-must-haves (50 balanced cases at seeds 1 and 2, bundled included; docs/rules.md, "What the model teaches, measured").',
    '',
  );
  return out;
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const catalog = [...loadCatalog(join(ROOT, 'scenarios')).values()];
  const results: Played[] = catalog.map((s) => ({
    s,
    r: tournament(s, { runs: RUNS, seed: SEED }),
    one: tournament(s, { runs: 1, seed: SEED, skipPurchaseTypeCheck: true }),
  }));
  const warnings: string[] = [];
  const lines = [...INTRO, ...checksNotHolding(results)];
  for (const { s, r } of results) lines.push(...scenarioSection(s, r, warnings));
  const options = (await resolveConfig(OUT)) ?? {};
  const text = await format(lines.join('\n'), { ...options, parser: 'markdown' });
  for (const w of warnings) console.warn(`warning: ${w}`);
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // No file yet: out of date.
    }
    if (current !== text) {
      console.error('docs/strategies.md is out of date: run npm run strategies:doc');
      process.exit(1);
    }
    console.log('docs/strategies.md is up to date');
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${results.length} scenarios, runs ${RUNS}, seed ${SEED})`);
}

await main();
