// The checker's messages on a corpus of broken files (tests/scenarios/broken/): the editor's validation in the
// browser and `npm run scenario:check` report the same set, every problem of a file in one pass (schema and
// cross-field together), with "is required" for a missing field and "must be a number" for a wrong type.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../client/instructor/editor/problems.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'tests', 'scenarios', 'broken');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** What each file must say, at least: a path and the message there. */
const expected: Record<string, [string, RegExp][]> = {
  'missing-title.json': [['$.meta.title', /^is required$/]],
  'missing-economics.json': [['$.economics', /^is required$/]],
  'missing-member-brief.json': [['$.buyingFirm.obc.members[0].brief', /^is required$/]],
  'rounds-a-number.json': [['$.rounds', /^must be an object .*it is the number 2/]],
  'price-sensitivity-text.json': [
    ['$.buyingFirm.obc.members[0].priorities.priceSensitivity', /^must be a number \(it is text "0.2"\)$/],
  ],
  'quantity-text.json': [['$.economics.quantity', /^must be a number/]],
  'veto-text.json': [['$.buyingFirm.obc.members[1].veto', /^must be true or false/]],
  'summary-number.json': [['$.meta.summary.en', /^must be text/]],
  'weights-sum.json': [['$.buyingFirm.obc.members[0].priorities.weights', /must sum to 100/]],
  'influence-sum.json': [['$.buyingFirm.obc.members', /influence must sum to 100/]],
  'unknown-dimension.json': [
    ['$.buyingFirm.obc.members[0].priorities.petConcerns[0].dimension', /unknown dimension "speed"/],
  ],
  'list-price-below-cost.json': [['$.sellers[0].offering.listPrice', /above the unit cost/]],
  'second-language-missing.json': [['$.meta.title', /declares en, fi/]],
  'price-as-dimension.json': [['$.dimensions[0].id', /price is not a benefit dimension/]],
  'schema-and-cross-together.json': [
    ['$.rounds.count', /^must be a number/],
    ['$.buyingFirm.narrative', /^is required$/],
    ['$.buyingFirm.obc.members[0].priorities.weights', /must sum to 100/],
    ['$.sellers[0].offering.options[0].dimension', /unknown dimension "speed"/],
  ],
  'wrong-enum-and-incumbent.json': [
    ['$.purchaseType', /^must be one of/],
    ['$.dimensions[1].category', /^must be one of/],
    ['$.sellers[1].offering.listPrice', /above the unit cost/],
  ],
};

/** `npm run scenario:check` on every file at once, its report read back per file. */
function cliProblems(): Map<string, Set<string>> {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'scenario-check.ts'), ...files.map((f) => join(DIR, f))],
    { encoding: 'utf8' },
  );
  expect(run.status).toBe(1);
  const out = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of run.stderr.split('\n')) {
    const head = /^(.*\.json): \d+ problem\(s\)$/.exec(line);
    if (head) {
      current = new Set();
      out.set(head[1]?.split('/').at(-1) ?? '', current);
    } else if (line.startsWith('  ') && current) current.add(line.trim());
  }
  return out;
}

describe('the checker on broken files', () => {
  it('has a corpus of at least 14 files, each with what it must say', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it('the browser and scenario:check give the same set for every file', () => {
    const cli = cliProblems();
    for (const file of files) {
      const browser = new Set(
        draftProblems(JSON.parse(readFileSync(join(DIR, file), 'utf8'))).map(
          (p) => `${p.path}: ${p.message}`,
        ),
      );
      expect(browser.size, file).toBeGreaterThan(0);
      expect(cli.get(file), file).toEqual(browser);
    }
  });

  it.each(files)('%s: every expected problem in one pass, in plain words', (file) => {
    const problems = draftProblems(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    for (const [path, message] of expected[file] ?? []) {
      expect(
        problems.some((p) => p.path === path && message.test(p.message)),
        `${file}: ${path} ${String(message)} in ${JSON.stringify(problems)}`,
      ).toBe(true);
    }
    // zod's own wording never reaches an author.
    for (const p of problems) expect(p.message).not.toMatch(/Invalid input|Too small|Too big|expected/);
  });
});
