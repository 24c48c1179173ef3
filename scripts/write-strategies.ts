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
    'hospital-monitors',
    {
      writtenFor: {
        'all-benefits': 7320179,
        'favorable-points-of-difference': 12488788,
        'resonating-focus': 18232364,
        overclaim: -1175929,
        'claim-must-haves': 8000856,
        'price-at-cost': 0,
        'max-evidence': 14500404,
        'no-discovery': 13364308,
      },
      paragraphs: [
        '**One check fails here: check 2 for claim-must-haves, on its decision-quality part.** Its margin part holds by far (8.0 M against resonating focus’s 18.2 M), but the buying center decides no worse where it plays (0.986 against 0.986 at the same tables with that seller honest; see the table of margins above), and overclaim’s half of check 2 holds by only 0.002. The hospital decides well at every table, whoever cheats: the two offers are worth nearly the same to it — Aurora’s monitors 12,192 € a unit before price, Meridian’s 11,888 € — so that at the prices the best-and-final round leaves (8,836 € and 8,010 € at the table of two resonating focuses) their true values per unit lie within 6 € of each other (8,879 € and 8,884 €). Decision quality is at least 0.90 in all 384 rounds and at least 0.96 in all but five: whichever seller wins, little is lost, and a cheat has no room to make the choice measurably worse.',
        '**Check 1 holds, mostly on Aurora’s side** (18.2 M, 12.5 M, 7.3 M). Aurora (A) has the better monitors for the nurses and the chief medical officer (accuracy and smart alarms at 5); Meridian (B) is ahead on EHR integration, lifetime cost, service uptime and reputation (4 against 3). Aurora’s resonating focus writes to the chief nursing officer and the communications director about smart alarms and to the chief medical officer about accuracy, in messages read in full: a claim of 5 that a check confirms is then believed at 5. It beats Meridian’s all benefits and resonating focus at every table and its favorable points of difference at two tables of three: 33 wins of 48 (11.7 M). Aurora’s favorable points of difference puts smart alarms, accuracy and clinical training in the headline, a third of each member’s attention each: the checks confirm accuracy 5 and smart alarms 5, but the members move only a third of the way from the norm (3.67), and Meridian’s focused pitches win those tables — 18 wins (6.5 M). Aurora’s all benefits wins 12 (4.3 M).',
        'For Meridian the honest pitches are closer: resonating focus 19 wins (6.5 M), favorable points of difference 18 (6.0 M), all benefits 9 (3.0 M). The chief medical officer (30 % of the vote, and a veto) weighs lifetime cost most and shows a concern card on it, so Meridian’s questions find it (the debrief’s discovery coverage shows it found), and its resonating focus tells the chief medical officer and procurement about lifetime cost and the biomedical engineer about EHR integration and uptime. That never beats Aurora’s resonating focus — the chief medical officer still votes for accuracy — but it takes two tables of three from Aurora’s no-discovery pitch, which Meridian’s favorable points of difference never beats.',
        '**No-discovery earns less** (13.4 M against 18.2 M). Without answers Aurora leads with the published benefits sought where it is ahead (accuracy and smart alarms, half a member’s attention each) and writes to nobody: it beats Meridian’s favorable points of difference but loses two tables of three to Meridian’s resonating focus, whose message on lifetime cost then wins the chief medical officer’s vote. Meridian without questions leads with lifetime cost and EHR integration and wins 13 of its 48 bids (4.2 M).',
        '**All benefits is last** (7.3 M): eight benefits in the headline get an eighth of a member’s attention each, and stressing benefits where the rival states as much or more is a point of contention that costs credibility.',
        '**Cheating does not pay.** Overclaim wins 42 % of its bids but loses 1.2 M in total: checks catch it on 78 of its 96 bids, and the damages on the contracts it wins (15.3 M, expectation damages on 120 monitors) exceed its margin. Claim-must-haves (no option is needed for a must-have here, so it overclaims the option benefits) wins 50 bids, is caught on 62 and pays 9.6 M of damages, which leaves it 8.0 M. Price-at-cost wins most tables (89 %) and earns nothing. Max-evidence wins more than resonating focus (61 bids against 52) and earns less (14.5 M): Aurora’s three pieces of evidence cost 117 k€ a bid and win it no more tables (32 against 33; 5.9 M against 11.7 M), while Meridian’s two (a third-party report on uptime and reputation, a case study on training: 23 k€ a bid) win it 29 against 19 (8.6 M against 6.5 M).',
      ],
    },
  ],
  [
    'offshore-drill-pipe',
    {
      writtenFor: {
        'all-benefits': 27061515,
        'favorable-points-of-difference': 48036786,
        'resonating-focus': 78193554,
        overclaim: -153583617,
        'claim-must-haves': -50745170,
        'price-at-cost': -6711533,
        'max-evidence': 75921198,
        'no-discovery': 61473594,
      },
      paragraphs: [
        '**Every check holds.** Kestrel (B), the challenger, has the stronger pipe (torque and fatigue 5, sour service 4, running cost 4); Bergstål (A), the incumbent, the service (lead time, field service, supply security, HSE record at 4). Most of resonating focus’s margin is Kestrel’s: it tells the drilling engineering manager about torque and sour service, the VP of operations about torque and the category manager about running cost, each in a message read at full attention, and wins 39 of its 48 bids (62.7 M). With favorable points of difference torque, running cost and sour service share the headline at a third of each member’s attention (24 wins, 35.1 M). Listing all seven benefits, Kestrel wins nothing: on five of them Bergstål states as much or more (lead time, field service, supply security, HSE record, and sour service once Bergstål adds its sour-grade option), and five points of contention leave 0.7⁵ ≈ 17 % of its credibility.',
        'For the incumbent the order is reversed — Bergstål earns most with all benefits (17 wins, 27.1 M, against 9 wins and 15.5 M with resonating focus, 8 wins and 12.9 M with favorable points of difference) — and the reason is the best-and-final round, not attention. Bergstål’s all-benefits wins are against Kestrel’s weak pitches (all benefits and favorable points of difference, and overclaim in five rounds of six): Bergstål looks only narrowly ahead, so the buying center squeezes it (9 % off in the table we traced) and asks Kestrel merely to come level (5 % off), and Bergstål’s lower price carries the VP of operations’ vote. Where Bergstål’s focused pitch makes its lead look wide, the buyer asks Kestrel for a deep cut; Kestrel gives its 10 %, and with high formality 40 % of the decision follows the formal evaluation against the published criteria, where Kestrel’s pipe is ahead: Kestrel wins. A pitch that looks strong can make the rival cut its price.',
        '**Round 2 is a straight rebuy decided by the category manager alone.** The specification is then voted by procurement only, so the drilling engineer’s sour-service must-have is not adopted. Bergstål, having won round 1 with its sour-grade option, drops it (the bots buy only the options a published must-have needs) and claims nothing on sour service; the buyer believes its record (sour service 4), and Bergstål is held to it. Delivering 3, it owes damages at the agreed rate, 8 % of its price — about 352 € a joint at the 4,397 € it ends at, more than the option’s 320 €, or 0.85 M a table — and loses trust for the broken promise. It still keeps about 1.8 M a table, and the buyer has still chosen the worse pipe: decision quality 0.52 at the 22 tables where Bergstål does this with an honest pitch, max-evidence or no-discovery (all benefits’ 6.8 M of damages and the 2.5 M to 4.2 M of the others are these), and the firm pays more than the pipe is worth to it (value captured about 2.2 at those tables; 1.21 on average over all benefits’ wins). The damages make the buyer whole for the missing level, not for the choice: that is the straight rebuy’s narrow buying center.',
        '**Cheating does not pay.** Overclaim wins 61 % of its bids and loses 153.6 M: checks catch it on 83 of 96 bids, and the damages on 2,400 joints (262 M) dwarf the margin. Claim-must-haves buys no option and claims what its options would reach — Bergstål sour service 4 without the sour-grade option, Kestrel lead time 3 without airfreight: the contract is void at acceptance 46 times (breach penalty: 10 % of the contract), it earns −50.7 M, and the buying center decides far worse where it plays (0.47 against 0.96: a void contract leaves the firm without pipe). A seller whose contract was void loses the incumbency; where Bergstål’s claim-must-haves wins round 2 (9 tables, 8 of them after losing the incumbency this way, and with no sour-service must-have published acceptance lets it through) it pays 21.6 M of damages for the levels its options would have reached. Price-at-cost wins 81 % and earns −6.7 M: the evidence it pays for on the bids it loses (0.4 M) and, at cost a pure loss, Bergstål’s round-2 damages for falling below its record (6.4 M). Max-evidence comes within 3 % of resonating focus (75.9 M against 78.2 M): Kestrel’s fatigue report and pilot string win it more tables (43 against 39) but cost 205 k€ a bid. No-discovery (classified favorable points of difference: without answers it has nobody to write to) earns 61.5 M.',
      ],
    },
  ],
  [
    'office-supplies',
    {
      writtenFor: {
        'all-benefits': 209553,
        'favorable-points-of-difference': 250522,
        'resonating-focus': 263405,
        overclaim: -413670,
        'claim-must-haves': -188862,
        'price-at-cost': 67,
        'max-evidence': 172764,
        'no-discovery': 249019,
      },
      paragraphs: [
        '**Every check holds, but the lesson shows in margin only.** OfficeHub (A), the incumbent, wins every table it does not sabotage, whatever either seller says: the office manager decides alone (a single decider), is risk-averse, and values OfficeHub’s delivery and easy ordering. GreenDesk (B) wins only when it prices at cost against OfficeHub’s all-benefits pitch (6 of its 48 bids at cost). So favorable points of difference and resonating focus win exactly half their bids (OfficeHub’s), all benefits 42, and the differences in margin are OfficeHub’s prices in round 1’s best-and-final round, where the buyer squeezes the leader less the wider its perceived lead. Against GreenDesk’s resonating focus, for instance, a message to the office manager on delivery and ordering ease (resonating focus) leaves OfficeHub at 168.68 € an employee-year, the same two benefits in the headline (favorable points of difference) at 165.72 €, all five benefits at 162.49 € (list 172 €). In round 2 the delivered record is the prior, the proposal claims nothing above it, and every honest strategy ends at the same price.',
        '**The buyer decides badly at every table OfficeHub wins at its price** (decision quality 0.71 in round 1 and 0.65 in round 2): GreenDesk’s e-invoicing and sustainability are what the finance director wants, and its offer is truly worth more to the firm, but the finance director does not vote (a single decider; centralization doubles general management’s vote weight, and the rule gives it none) and only signs off. GreenDesk’s resonating focus writes to the finance director, who cannot change the choice: the straight rebuy’s lesson that the way in is a changed offer for the decider, not a message.',
        '**Cheating does not pay.** Overclaim: OfficeHub wins all its 48 bids and still loses 414 k€, after 683 k€ of damages. Claim-must-haves: OfficeHub states the finance director’s invoicing must-have (level 3) without buying the e-invoice option. A claim at the market norm is believed as it stands and the bots check only claims above what they assume, so nobody catches it before the vote — but acceptance does, every time: the contract is void, OfficeHub pays the breach penalty (10 % of the contract) and loses 0.36 of trust, and the firm has no supplier. A seller whose contract was void loses the incumbency, so round 2 has no incumbent and OfficeHub starts it with trust 0.34; the office manager still chooses it, and acceptance voids the contract again (trust 0). In all −189 k€, and decision quality 0.35 where it plays against 0.70. Price-at-cost wins all of OfficeHub’s tables and earns 67 € in total. Max-evidence: OfficeHub’s case study is cheap (it earns about what resonating focus does), GreenDesk pays 1,900 € of evidence per bid and never wins (−91 k€).',
        '**Check 2’s decision-quality part holds for overclaim only by a hair** (see the table of margins above): the overclaimer is nearly always OfficeHub, which wins those tables anyway, so the buyer’s choice — and its quality — hardly changes.',
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
    `The decision-quality part of check 2 is the most fragile: the mean decision quality where the cheat plays, against the same tables with that seller playing resonating focus. A difference of a few thousandths is within the noise of a few runs; the last column is the same comparison with one run (what \`npm run lessons\` plays on a bundled scenario, seed ${SEED}). A negative margin means the buying center decided _better_ where the cheat played.`,
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
    'On generated scenarios this part fails on about half of them; docs/rules.md, "What the model teaches, measured", explains why.',
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
