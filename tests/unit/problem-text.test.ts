// The scenario checker's problems in English, Finnish and Polish: each problem carries a code and parameters, and
// every code has its text in every language (a code added without translations fails here, as in the type
// check); a table of broken scenarios makes every code the checker knows, and each renders whole in each
// language; English stays the checker's own message (the one `scenario:check` prints).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, type Problem } from '../../shared/scenario/check.ts';
import { loadScenarioText } from '../../shared/scenario/load.ts';
import { pluralArguments } from '../../shared/message-format.ts';
import {
  PROBLEM_CODES,
  problemEn,
  problemText,
  type ProblemCode,
  type ProblemDictionary,
} from '../../shared/scenario/problem-text.ts';
import { problemFi } from '../../shared/scenario/problem-text-fi.ts';
import { problemPl } from '../../shared/scenario/problem-text-pl.ts';
import { SCENARIO_DIR } from '../fixtures/scenarios.ts';

type Json = any;
const read = (file: string): Json => JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8'));
const office = () => read('office-supplies.json');
const monitors = () => read('hospital-monitors.json');
const TRANSLATIONS: [string, string, ProblemDictionary][] = [
  ['fi', 'fi', problemFi],
  ['pl', 'pl', problemPl],
];

/** The `{name}` parameters of a template (plural arguments count by their name). */
function parameters(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{(\w+)(?:\}|\s*,\s*plural)/g)) names.add(m[1]!);
  return [...names].sort();
}

/** For each code: a broken scenario that makes it, and the path it must be reported at. */
const CASES: [ProblemCode, () => Json, string][] = [
  [
    'required',
    () => {
      const s = office();
      delete s.economics;
      return s;
    },
    '$.economics',
  ],
  [
    'wrong-type',
    () => {
      const s = office();
      s.economics.quantity = '220';
      return s;
    },
    '$.economics.quantity',
  ],
  ['one-of', () => ({ ...office(), purchaseType: 'rebuy' }), '$.purchaseType'],
  [
    'text-shape',
    () => {
      const s = office();
      s.buyingFirm.name = 12;
      return s;
    },
    '$.buyingFirm.name',
  ],
  ['unknown-fields', () => ({ ...office(), colour: 'red', size: 2 }), '$'],
  [
    'min-items',
    () => {
      const s = office();
      s.dimensions = s.dimensions.slice(0, 1);
      return s;
    },
    '$.dimensions',
  ],
  [
    'max-items',
    () => {
      const s = office();
      s.sellers = [...s.sellers, ...s.sellers, ...s.sellers];
      return s;
    },
    '$.sellers',
  ],
  [
    'min-chars',
    () => {
      const s = office();
      s.meta.title.fi = '';
      return s;
    },
    '$.meta.title.fi',
  ],
  [
    'at-least',
    () => {
      const s = office();
      s.sellers[0].offering.levels.delivery = 0;
      return s;
    },
    '$.sellers[0].offering.levels.delivery',
  ],
  [
    'more-than',
    () => {
      const s = office();
      s.economics.valuePerPoint = 0;
      return s;
    },
    '$.economics.valuePerPoint',
  ],
  [
    'at-most',
    () => {
      const s = office();
      s.rounds.count = 4;
      return s;
    },
    '$.rounds.count',
  ],
  [
    'between',
    () => {
      const s = office();
      s.sellers[0].trust = 2;
      return s;
    },
    '$.sellers[0].trust',
  ],
  [
    'not-empty',
    () => {
      const s = office();
      s.buyingFirm.name = '';
      return s;
    },
    '$.buyingFirm.name',
  ],
  [
    'not-negative',
    () => {
      const s = office();
      s.sellers[0].offering.unitCost = -1;
      return s;
    },
    '$.sellers[0].offering.unitCost',
  ],
  ['slug', () => ({ ...office(), meta: { ...office().meta, id: 'Office Supplies' } }), '$.meta.id'],
  [
    'built-in-name',
    () => {
      const s = office();
      s.sellers[0].offering.levels.constructor = 3;
      return s;
    },
    '$.sellers[0].offering.levels.constructor',
  ],
  [
    'price-dimension',
    () => {
      const s = office();
      s.dimensions[0].id = 'price';
      return s;
    },
    '$.dimensions[0].id',
  ],
  [
    'pet-concern-needed',
    () => {
      const s = office();
      s.buyingFirm.obc.members[0].priorities.petConcerns = [];
      return s;
    },
    '$.buyingFirm.obc.members[0].priorities.petConcerns',
  ],
  [
    'seller-letter',
    () => {
      const s = office();
      s.sellers[0].id = 'a';
      return s;
    },
    '$.sellers[0].id',
  ],
  [
    'currency-code',
    () => {
      const s = office();
      s.economics.currency = 'euro';
      return s;
    },
    '$.economics.currency',
  ],
  [
    'unknown-dimension',
    () => {
      const s = office();
      s.buyingFirm.obc.members[0].priorities.mustHaves = [{ dimension: 'speed', minLevel: 3 }];
      return s;
    },
    '$.buyingFirm.obc.members[0].priorities.mustHaves[0].dimension',
  ],
  [
    'repeated-dimension-id',
    () => {
      const s = office();
      s.dimensions[1].id = s.dimensions[0].id;
      return s;
    },
    '$.dimensions[1].id',
  ],
  [
    'repeated-seller-id',
    () => {
      const s = office();
      s.sellers[1].id = 'A';
      return s;
    },
    '$.sellers[1].id',
  ],
  [
    'repeated-role',
    () => {
      const s = office();
      s.buyingFirm.obc.members[1].role = 'procurement';
      return s;
    },
    '$.buyingFirm.obc.members[1].role',
  ],
  [
    'repeated-concern-id',
    () => {
      const s = monitors();
      const concerns = s.buyingFirm.obc.members[0].priorities.petConcerns;
      concerns.push({ ...concerns[0] });
      return s;
    },
    '$.buyingFirm.obc.members[0].priorities.petConcerns[2].id',
  ],
  [
    'repeated-option-id',
    () => {
      const s = office();
      s.sellers[0].offering.options[1].id = s.sellers[0].offering.options[0].id;
      return s;
    },
    '$.sellers[0].offering.options[1].id',
  ],
  [
    'repeated-evidence-id',
    () => {
      const s = office();
      s.sellers[1].offering.evidence[1].id = s.sellers[1].offering.evidence[0].id;
      return s;
    },
    '$.sellers[1].offering.evidence[1].id',
  ],
  [
    'influence-sum',
    () => {
      const s = office();
      s.buyingFirm.obc.members[0].influence = 60;
      return s;
    },
    '$.buyingFirm.obc.members',
  ],
  [
    'one-sign-off',
    () => {
      const s = office();
      s.buyingFirm.obc.members[0].signOff = true;
      return s;
    },
    '$.buyingFirm.obc.members',
  ],
  [
    'decider-required',
    () => {
      const s = office();
      delete s.buyingFirm.obc.decisionRule.decider;
      return s;
    },
    '$.buyingFirm.obc.decisionRule.decider',
  ],
  [
    'decider-not-member',
    () => {
      const s = office();
      s.buyingFirm.obc.decisionRule.decider = 'engineering';
      return s;
    },
    '$.buyingFirm.obc.decisionRule.decider',
  ],
  [
    'repeated-customer-dimension',
    () => {
      const s = monitors();
      s.buyingFirm.customers.dimensions = ['reputation', 'reputation'];
      return s;
    },
    '$.buyingFirm.customers.dimensions[1]',
  ],
  [
    'customers-marketing-weight',
    () => {
      const s = monitors();
      // Marketing weighs reputation, roadmap and smart alarms; not the lifetime cost.
      s.buyingFirm.customers.dimensions = ['lifetime-cost'];
      return s;
    },
    '$.buyingFirm.customers.dimensions[0]',
  ],
  [
    'customers-unweighed',
    () => {
      const s = office();
      // No marketing member here, and nobody weighs the range once procurement's points move to delivery.
      s.buyingFirm.obc.members[0].priorities.weights = { delivery: 55, 'ordering-ease': 35, invoicing: 10 };
      s.buyingFirm.customers = { who: 'Clients', needs: 'Choice', dimensions: ['range'] };
      return s;
    },
    '$.buyingFirm.customers.dimensions[0]',
  ],
  [
    'weights-sum',
    () => {
      const s = office();
      s.buyingFirm.obc.members[0].priorities.weights.delivery += 1.5;
      return s;
    },
    '$.buyingFirm.obc.members[0].priorities.weights',
  ],
  [
    'new-task-incumbent',
    () => {
      const s = monitors();
      s.sellers[0].incumbent = true;
      return s;
    },
    '$.sellers',
  ],
  [
    'rebuy-incumbents',
    () => {
      const s = office();
      s.sellers[1].incumbent = true;
      return s;
    },
    '$.sellers',
  ],
  [
    'missing-level',
    () => {
      const s = office();
      delete s.sellers[0].offering.levels.range;
      return s;
    },
    '$.sellers[0].offering.levels',
  ],
  [
    'list-price-not-above-cost',
    () => {
      const s = office();
      s.sellers[0].offering.listPrice = s.sellers[0].offering.unitCost;
      return s;
    },
    '$.sellers[0].offering.listPrice',
  ],
  [
    'plain-text-multilingual',
    () => {
      const s = office();
      s.buyingFirm.name = 'Nordic Office';
      return s;
    },
    '$.buyingFirm.name',
  ],
  [
    'missing-translation',
    () => {
      const s = office();
      delete s.buyingFirm.name.pl;
      return s;
    },
    '$.buyingFirm.name',
  ],
  [
    'undeclared-language',
    () => {
      const s = office();
      s.meta.languages = ['en', 'fi'];
      return s;
    },
    '$.meta.title.pl',
  ],
];

/** Codes no scenario value makes: a syntax error (the text's), and a schema issue no code names (a future zod's). */
const NOT_FROM_A_VALUE: ProblemCode[] = [
  'invalid-json',
  'schema-other',
  'max-chars',
  'less-than',
  'bad-form',
  // A segment plan's problems come from several scenarios together (tests/unit/segments.test.ts).
  'plan-empty',
  'plan-too-many',
  'plan-tables',
  'plan-repeated',
  'plan-sellers',
  'plan-rounds',
  'plan-languages',
];

describe('the problem dictionaries', () => {
  it.each(TRANSLATIONS)('%s: every code and every phrase has its own text', (_name, _lang, dict) => {
    for (const key of Object.keys(problemEn) as (keyof typeof problemEn)[]) {
      expect(Object.hasOwn(dict, key), key).toBe(true);
      expect(dict[key].trim(), key).not.toBe('');
    }
    for (const code of PROBLEM_CODES)
      if (problemEn[code] !== '{message}') expect(dict[code], code).not.toBe(problemEn[code]);
    expect(Object.keys(dict).sort()).toEqual(Object.keys(problemEn).sort());
  });

  it.each(TRANSLATIONS)('%s: each text takes the parameters its English one does', (_name, lang, dict) => {
    for (const key of Object.keys(problemEn) as (keyof typeof problemEn)[]) {
      expect(parameters(dict[key]), key).toEqual(parameters(problemEn[key]));
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const arg of pluralArguments(dict[key]))
        for (const category of categories)
          expect(arg.branches.has(category), `${key}: ${category}`).toBe(true);
    }
  });

  it('the codes are the English keys but the phrases, each once', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    expect(PROBLEM_CODES).toContain('required');
    expect(PROBLEM_CODES.some((c) => c.startsWith('type.') || c.startsWith('actual.'))).toBe(false);
  });
});

describe('every code the checker makes', () => {
  it('the table makes every code that a scenario value can make', () => {
    const made = new Set(CASES.map(([code]) => code));
    for (const code of PROBLEM_CODES)
      if (!NOT_FROM_A_VALUE.includes(code)) expect(made.has(code), `no case makes "${code}"`).toBe(true);
  });

  it.each(CASES)('%s at its path, whole in English, Finnish and Polish', (code, make, path) => {
    const problems = checkScenario(make());
    const found = problems.find((p) => p.code === code && p.path === path);
    expect(found, JSON.stringify(problems)).toBeDefined();
    const p = found!;
    // English is the checker's own message, the one `scenario:check` prints.
    expect(problemText(p)).toBe(p.message);
    for (const [, lang, dict] of TRANSLATIONS) {
      const text = problemText(p, lang, dict);
      expect(text, lang).not.toMatch(/[{}#](?![^(]*\))|undefined|NaN/);
      expect(text, lang).not.toBe(p.message);
      // What the message names (ids, limits, counts, the value found) reaches the translation too.
      for (const [name, value] of Object.entries(p.params)) {
        if (name === 'expectedType' || name === 'actualKind' || !p.message.includes(String(value))) continue;
        if (typeof value === 'string' || Number.isInteger(value))
          expect(text, `${lang} ${name}`).toContain(String(value));
      }
    }
  });

  it('writes numbers and plurals the way each language does', () => {
    const p = checkScenario(CASES.find(([c]) => c === 'weights-sum')![1]()).find(
      (x) => x.code === 'weights-sum',
    )!;
    expect(p.message).toBe('weights must sum to 100 (they sum to 101.5)');
    expect(problemText(p, 'fi', problemFi)).toBe('painojen summan pitää olla 100 (nyt se on 101,5)');
    expect(problemText(p, 'pl', problemPl)).toBe('wagi muszą sumować się do 100 (suma wynosi 101,5)');
    const items = (min: number): Problem => ({ path: '$', code: 'min-items', params: { min }, message: '' });
    expect(problemText(items(1), 'pl', problemPl)).toBe('wymaga co najmniej 1 elementu');
    expect(problemText(items(2), 'pl', problemPl)).toBe('wymaga co najmniej 2 elementów');
    expect(problemText(items(1), 'fi', problemFi)).toBe('tarvitsee vähintään 1 kohdan');
    expect(problemText(items(2), 'fi', problemFi)).toBe('tarvitsee vähintään 2 kohtaa');
    const incumbents = checkScenario(CASES.find(([c]) => c === 'rebuy-incumbents')![1]()).find(
      (x) => x.code === 'rebuy-incumbents',
    )!;
    expect(incumbents.message).toBe('a straight-rebuy needs exactly one incumbent supplier (found 2)');
    expect(problemText(incumbents, 'pl', problemPl)).toContain('(jest 2 obecnych dostawców)');
    expect(problemText(incumbents, 'fi', problemFi)).toContain('(nyt 2 nykyistä toimittajaa)');
  });

  it('a wrong type says what the field must be and what it is, in each language', () => {
    const s = office();
    s.buyingFirm.obc.members[0].priorities.priceSensitivity = '0.2';
    const p = checkScenario(s).find((x) => x.code === 'wrong-type')!;
    expect(p.message).toBe('must be a number (it is text "0.2")');
    expect(problemText(p, 'fi', problemFi)).toBe('pitää olla luku (nyt se on teksti "0.2")');
    expect(problemText(p, 'pl', problemPl)).toBe('musi być liczbą (jest: tekst "0.2")');
  });

  it('a file that is not JSON has its code too', () => {
    const r = loadScenarioText('{ "meta": ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.code).toBe('invalid-json');
    expect(r.problems[0]?.message).toBe('is not valid JSON: it breaks at line 1, column 11');
    expect(problemText(r.problems[0]!, 'fi', problemFi)).toBe(
      'ei ole kelvollista JSONia: virhe rivillä 1, sarakkeessa 11',
    );
  });

  it('the keys of a record are checked as ids, and say so in plain words', () => {
    const s = office();
    s.buyingFirm.obc.members[0].priorities.weights['Bad Key'] = 0;
    const problems = checkScenario(s);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.buyingFirm.obc.members[0].priorities.weights["Bad Key"]',
        code: 'slug',
      }),
    );
    for (const p of problems) expect(p.message).not.toMatch(/Invalid|Too small|Too big|expected/);
  });
});
