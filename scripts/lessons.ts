// `npm run lessons -- [--scenarios N] [--seed S] [--runs R] [--json]`: do the notes' lessons hold on cases
// nobody tuned? Runs the strategy tournament (shared/sim/tournament.ts) on N generated balanced scenarios (see
// tests/fixtures/random-scenario.ts: every seller has a story, no offering dominates) and on the bundled ones,
// and prints, per lesson check, on what share of the cases it holds. A lesson is a property of the model, not of
// a scenario's numbers: this is the figure to watch when the model changes (docs/rules.md, "What the model
// teaches, measured").
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadCatalog } from '../server/catalog.ts';
import { ROOT } from '../server/app.ts';
import { tournament, type TournamentResult } from '../shared/sim/tournament.ts';
import type { Scenario } from '../shared/scenario/schema.ts';
import { balancedScenarios } from '../tests/fixtures/random-scenario.ts';

export interface LessonSweep {
  cases: number;
  /** Per check name: on how many cases it held, of how many it was checked on. */
  checks: { name: string; held: number; of: number; share: number }[];
  /** Cases on which every check held. */
  allHeld: number;
  failures: { scenario: string; check: string; detail: string }[];
  tablesPerSecond: number;
}

/** Check names carry the case's purchase types; the sweep groups them by the part before the parenthesis. */
const keyOf = (name: string) => name.replace(/\s*\(.*\)\s*/g, ' ').trim();

export function sweep(scenarios: readonly Scenario[], runs: number, seed: number): LessonSweep {
  const counts = new Map<string, { held: number; of: number }>();
  const failures: LessonSweep['failures'] = [];
  let allHeld = 0;
  let tables = 0;
  const start = performance.now();
  for (const scenario of scenarios) {
    const result: TournamentResult = tournament(scenario, { runs, seed });
    // Every table the tournament played (each seller bids once a table), and as many again for the purchase-type
    // check's replay of the whole tournament (left out before 2 December, which halved the figure).
    tables +=
      (2 * Object.values(result.strategies).reduce((a, f) => a + f.bids, 0)) / scenario.sellers.length;
    if (result.lesson.holds) allHeld += 1;
    for (const c of result.lesson.checks) {
      const k = keyOf(c.name);
      const e = counts.get(k) ?? { held: 0, of: 0 };
      e.of += 1;
      if (c.holds) e.held += 1;
      else failures.push({ scenario: scenario.meta.id, check: k, detail: c.detail });
      counts.set(k, e);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    cases: scenarios.length,
    checks: [...counts].map(([name, e]) => ({ name, ...e, share: e.of > 0 ? e.held / e.of : 0 })),
    allHeld,
    failures,
    tablesPerSecond: Math.round(tables / Math.max(seconds, 1e-9)),
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      scenarios: { type: 'string', default: '25' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      'no-bundled': { type: 'boolean', default: false },
    },
  });
  const n = Number(values.scenarios);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  if (![n, seed, runs].every(Number.isInteger) || n < 0 || runs < 1) {
    console.error('usage: npm run lessons -- [--scenarios N] [--seed S] [--runs R] [--json] [--no-bundled]');
    process.exit(1);
  }
  const cases = [
    ...balancedScenarios(n, seed),
    ...(values['no-bundled'] ? [] : [...loadCatalog(join(ROOT, 'scenarios')).values()]),
  ];
  const result = sweep(cases, runs, seed);
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`${result.cases} cases (${n} generated balanced, seed ${seed}; runs ${runs})`);
  for (const c of result.checks)
    console.log(`${(c.share * 100).toFixed(0).padStart(4)} %  ${c.held}/${c.of}  ${c.name}`);
  console.log(`every check held on ${result.allHeld} of ${result.cases} cases`);
  console.log(`${result.tablesPerSecond} tables/s`);
}

if (import.meta.main) main();
