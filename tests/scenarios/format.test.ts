// The scenario format: shipped files validate, broken ones are refused with every problem by JSON path, the
// committed JSON Schema matches the code, and the command-line check behaves.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../shared/scenario/load.ts';
import { scenarioJsonSchemaText } from '../../shared/scenario/json-schema.ts';
import { miniScenarioInput } from '../fixtures/mini-scenario.ts';
import { SCENARIO_DIR, shippedScenarioFiles, loadShipped } from '../fixtures/scenarios.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('shipped scenarios', () => {
  it('ships at least three, of every purchase type, one in English, Finnish and Polish', () => {
    const files = shippedScenarioFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    const scenarios = files.map(loadShipped);
    expect(new Set(scenarios.map((s) => s.purchaseType))).toEqual(
      new Set(['new-task', 'modified-rebuy', 'straight-rebuy']),
    );
    expect(
      scenarios.some((s) => ['en', 'fi', 'pl'].every((l) => s.meta.languages.includes(l as never))),
    ).toBe(true);
    expect(new Set(scenarios.map((s) => s.meta.id)).size).toBe(scenarios.length);
  });

  it.each(shippedScenarioFiles())('%s validates and points at the published schema', (file) => {
    const raw = JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8')) as { $schema?: string };
    expect(raw.$schema).toBe('./scenario.schema.json');
    const result = loadScenario(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('the JSON Schema', () => {
  it('is generated from the code and committed up to date (npm run scenario:schema)', () => {
    const committed = readFileSync(new URL('scenario.schema.json', SCENARIO_DIR), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });
});

type Mutate = (s: Record<string, any>) => void;

const broken: { name: string; mutate: Mutate; paths: string[] }[] = [
  {
    name: 'weights that do not sum to 100',
    mutate: (s) => (s.buyingFirm.obc.members[0].priorities.weights.quality = 10),
    paths: ['$.buyingFirm.obc.members[0].priorities.weights'],
  },
  {
    name: 'influence that does not sum to 100',
    mutate: (s) => (s.buyingFirm.obc.members[1].influence = 50),
    paths: ['$.buyingFirm.obc.members'],
  },
  {
    name: 'an influence weight outside its range',
    mutate: (s) => (s.buyingFirm.obc.members[2].influence = 150),
    paths: ['$.buyingFirm.obc.members[2].influence'],
  },
  {
    name: 'a must-have on an unknown dimension',
    mutate: (s) =>
      s.buyingFirm.obc.members[3].priorities.mustHaves.push({ dimension: 'colour', minLevel: 2 }),
    paths: ['$.buyingFirm.obc.members[3].priorities.mustHaves[0].dimension'],
  },
  {
    name: 'a seller option lifting an unknown dimension',
    mutate: (s) => (s.sellers[0].offering.options[0].dimension = 'speed'),
    paths: ['$.sellers[0].offering.options[0].dimension'],
  },
  {
    name: 'a missing translation for a declared language',
    mutate: (s) => {
      s.meta.languages = ['en', 'fi'];
      s.meta.title = { en: 'Mini', fi: 'Mini' };
    },
    paths: ['$.meta.industry'],
  },
  {
    name: 'a translation in an undeclared language',
    mutate: (s) => (s.meta.title = { en: 'Mini', pl: 'Mini' }),
    paths: ['$.meta.title.pl'],
  },
  {
    name: 'a level outside 1–5',
    mutate: (s) => (s.sellers[1].offering.levels.quality = 7),
    paths: ['$.sellers[1].offering.levels.quality'],
  },
  {
    name: 'a missing level',
    mutate: (s) => delete s.sellers[1].offering.levels.service,
    paths: ['$.sellers[1].offering.levels'],
  },
  {
    name: 'a list price below cost',
    mutate: (s) => (s.sellers[0].offering.listPrice = 100),
    paths: ['$.sellers[0].offering.listPrice'],
  },
  { name: 'an unknown field', mutate: (s) => (s.meta.author = 'me'), paths: ['$.meta'] },
  { name: 'a wrong purchase type', mutate: (s) => (s.purchaseType = 'impulse'), paths: ['$.purchaseType'] },
  {
    name: 'an incumbent in a new task',
    mutate: (s) => (s.sellers[0].incumbent = true),
    paths: ['$.sellers'],
  },
  {
    name: 'a repeated role',
    mutate: (s) => (s.buyingFirm.obc.members[1].role = 'engineering'),
    paths: ['$.buyingFirm.obc.members[1].role'],
  },
  {
    name: 'price as a dimension',
    mutate: (s) => (s.dimensions[0].id = 'price'),
    paths: ['$.dimensions[0].id'],
  },
  {
    name: 'a single decider who is not a member',
    mutate: (s) => {
      s.buyingFirm.obc.decisionRule = { kind: 'single-decider', description: 'x' };
    },
    paths: ['$.buyingFirm.obc.decisionRule.decider'],
  },
  { name: 'a missing required field', mutate: (s) => delete s.economics, paths: ['$.economics'] },
  {
    name: 'a pet concern on an unknown dimension',
    mutate: (s) => (s.buyingFirm.obc.members[0].priorities.petConcerns[0].dimension = 'x'),
    paths: ['$.buyingFirm.obc.members[0].priorities.petConcerns[0].dimension'],
  },
];

describe('broken scenarios', () => {
  it.each(broken)('refuses $name at the right JSON path', ({ mutate, paths }) => {
    const input = structuredClone(miniScenarioInput) as Record<string, any>;
    mutate(input);
    const result = loadScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of paths) expect(result.problems.map((x) => x.path)).toContain(p);
    for (const p of result.problems) expect(p.message.length).toBeGreaterThan(5);
  });

  it('lists every problem at once, not only the first', () => {
    const input = structuredClone(miniScenarioInput) as Record<string, any>;
    input.buyingFirm.obc.members[0].priorities.weights.quality = 10;
    input.sellers[0].offering.options[0].dimension = 'speed';
    input.buyingFirm.obc.members[1].influence = 30;
    const result = loadScenario(input);
    expect(result.ok ? 0 : result.problems.length).toBeGreaterThanOrEqual(3);
  });

  it('reports a JSON syntax error as a problem, not a crash', () => {
    const result = loadScenarioText('{"meta": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('$');
  });

  it('refuses a value that is not an object', () => {
    for (const value of [null, 3, 'x', []]) expect(loadScenario(value).ok).toBe(false);
  });
});

describe('npm run scenario:check', () => {
  const cli = join(ROOT, 'scripts', 'scenario-check.ts');

  it('exits 0 with one summary line per valid file', () => {
    const files = shippedScenarioFiles().map((f) => join(ROOT, 'scenarios', f));
    const out = execFileSync(process.execPath, [cli, ...files], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(files.length);
    for (const line of lines) expect(line).toMatch(/: ok — /);
  });

  it('exits 1 and lists the problems by path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-'));
    const bad = structuredClone(miniScenarioInput) as Record<string, any>;
    bad.buyingFirm.obc.members[0].priorities.weights.quality = 10;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const run = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('$.buyingFirm.obc.members[0].priorities.weights');
    expect(run.stderr).toContain('sum to 100');
  });
});
