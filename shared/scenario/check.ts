// The one check of a scenario, used by `npm run scenario:check`, the server and the editor in the browser: the
// schema and the cross-field rules in a single pass over the raw value, so an author sees every problem at once
// instead of in waves. The cross-field rules read the raw value defensively: a rule runs wherever the fields it
// needs have the right types, and the schema has already reported the places where they do not.
import type { z } from 'zod';
import { isInheritedKey, own } from '../own.ts';
import { LANGUAGES, Scenario, type Language } from './schema.ts';
import { problemText, schemaMessageCode, type ProblemCode, type ProblemParams } from './problem-text.ts';

export interface Problem {
  /** A JSON path such as `$.buyingFirm.obc.members[2].influence`. */
  path: string;
  /** What is wrong, stable across languages and versions (./problem-text-en.ts lists them). */
  code: ProblemCode;
  /** What the message names: limits, ids, the type expected and found… */
  params: ProblemParams;
  /** The problem in English (`problemText` writes it in another language from the code and parameters). */
  message: string;
}

/** A problem at a path, with its English message. */
export function problem(path: string, code: ProblemCode, params: ProblemParams = {}): Problem {
  return { path, code, params, message: problemText({ code, params }) };
}

export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** Every problem of a decoded JSON value, schema and cross-field alike; none means it loads. */
export function checkScenario(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const parsed = Scenario.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...describeIssue(issue, input, []));
  }
  problems.push(...crossProblems(input));
  // A rule and the schema may say the same thing of one place: say it once.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- the schema's issues, in plain words ----

/** What a value is, for a message: its kind and, for text and numbers, the value itself. */
function kindOf(value: unknown): ProblemParams {
  if (value === null) return { actualKind: 'null' };
  if (Array.isArray(value)) return { actualKind: 'list' };
  switch (typeof value) {
    case 'string':
      return {
        actualKind: 'text',
        actualValue: JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value),
      };
    case 'number':
      return { actualKind: 'number', actualValue: String(value) };
    case 'boolean':
      return { actualKind: String(value) };
    case 'object':
      return { actualKind: 'object' };
    default:
      return { actualKind: 'other', actualValue: typeof value };
  }
}

/** The raw value at a path, and whether it is there at all (a missing field is not a wrong one). */
function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = input;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === 'number') {
      if (part >= value.length) return { found: false, value: undefined };
      value = value[part];
    } else if (typeof value === 'object' && value !== null && typeof part === 'string') {
      if (!Object.hasOwn(value, part)) return { found: false, value: undefined };
      value = own(value as Record<string, unknown>, part);
    } else return { found: false, value: undefined };
  }
  return { found: true, value };
}

/** A message of the schema's own (schema.ts makes each from a code), else zod's wording under a code of its own. */
function schemaOwn(message: string): [ProblemCode, ProblemParams] {
  const known = schemaMessageCode(message);
  return known ? [known.code, known.params] : ['schema-other', { message }];
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, prefix: PropertyKey[]): Problem[] {
  const path = [...prefix, ...issue.path];
  const at = valueAt(input, path);
  const one = (code: ProblemCode, params: ProblemParams = {}): Problem[] => [
    problem(jsonPath(path), code, params),
  ];
  switch (issue.code) {
    case 'unrecognized_keys':
      return one('unknown-fields', { count: issue.keys.length, fields: issue.keys.join(', ') });
    case 'invalid_type': {
      if (!at.found) return one('required');
      const expected = issue.expected === 'record' ? 'object' : issue.expected;
      return one('wrong-type', { expectedType: expected, ...kindOf(at.value) });
    }
    case 'invalid_value':
      if (!at.found) return one('required');
      return one('one-of', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_union': {
      // The only union is a text: a plain string, or an object of texts per language.
      if (!at.found) return one('required');
      if (typeof at.value === 'object' && at.value !== null && !Array.isArray(at.value)) {
        const objectBranch = issue.errors.find((branch) =>
          branch.every((i) => !(i.code === 'invalid_type' && i.path.length === 0)),
        );
        if (objectBranch) return objectBranch.flatMap((i) => describeIssue(i, input, path));
      }
      return one('text-shape', kindOf(at.value));
    }
    case 'invalid_key':
      // A key of a record (weights, levels) that is no id: what is wrong with the key, at the key's path.
      return issue.issues.flatMap((i) => describeIssue(i, input, path));
    case 'too_small':
    case 'too_big': {
      // zod's own wording ("Too small: expected number to be >0") is replaced; the schema's own stays.
      if (!/^(Too small|Too big)/.test(issue.message)) return one(...schemaOwn(issue.message));
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array')
        return small ? one('min-items', { min: bound }) : one('max-items', { max: bound });
      if (issue.origin === 'string')
        return small ? one('min-chars', { min: bound }) : one('max-chars', { max: bound });
      if (small) return inclusive ? one('at-least', { min: bound }) : one('more-than', { min: bound });
      return inclusive ? one('at-most', { max: bound }) : one('less-than', { max: bound });
    }
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? one('bad-form') : one(...schemaOwn(issue.message));
    default:
      return one(...schemaOwn(issue.message));
  }
}

// ---- the cross-field rules, on the raw value ----

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (v: unknown, key: string): unknown => (isObj(v) ? own(v, key) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const SUM_TOLERANCE = 1e-6;

function crossProblems(s: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isObj(s)) return problems;
  const add = (path: PropertyKey[], code: ProblemCode, params: ProblemParams = {}) =>
    problems.push(problem(jsonPath(path), code, params));
  const dimensions = list(s.dimensions);
  const dimensionIds = new Set(
    dimensions.map((d) => text(field(d, 'id'))).filter((id): id is string => id !== undefined),
  );
  const knownDim = (path: PropertyKey[], id: unknown) => {
    if (typeof id === 'string' && !dimensionIds.has(id))
      add(path, 'unknown-dimension', { id, declared: [...dimensionIds].join(', ') });
  };

  unique(
    dimensions.map((d) => field(d, 'id')),
    (i, id) => add(['dimensions', i, 'id'], 'repeated-dimension-id', { id }),
  );
  const sellers = list(s.sellers);
  unique(
    sellers.map((x) => field(x, 'id')),
    (i, id) => add(['sellers', i, 'id'], 'repeated-seller-id', { id }),
  );

  const obc = field(field(s, 'buyingFirm'), 'obc');
  const members = list(field(obc, 'members'));
  unique(
    members.map((m) => field(m, 'role')),
    (i, role) => add(['buyingFirm', 'obc', 'members', i, 'role'], 'repeated-role', { role }),
  );
  const influences = members.map((m) => num(field(m, 'influence')));
  if (members.length > 0 && influences.every((x) => x !== undefined)) {
    const influence = influences.reduce<number>((sum, x) => sum + (x ?? 0), 0);
    if (Math.abs(influence - 100) > SUM_TOLERANCE)
      add(['buyingFirm', 'obc', 'members'], 'influence-sum', { sum: round(influence) });
  }
  if (members.filter((m) => field(m, 'signOff') === true).length > 1)
    add(['buyingFirm', 'obc', 'members'], 'one-sign-off');
  const rule = field(obc, 'decisionRule');
  if (field(rule, 'kind') === 'single-decider') {
    const decider = field(rule, 'decider');
    if (decider === undefined) add(['buyingFirm', 'obc', 'decisionRule', 'decider'], 'decider-required');
    else if (typeof decider === 'string' && !members.some((m) => field(m, 'role') === decider))
      add(['buyingFirm', 'obc', 'decisionRule', 'decider'], 'decider-not-member', { role: decider });
  }

  members.forEach((m, mi) => {
    const base: PropertyKey[] = ['buyingFirm', 'obc', 'members', mi, 'priorities'];
    const priorities = field(m, 'priorities');
    const weights = field(priorities, 'weights');
    if (isObj(weights)) {
      let sum = 0;
      let numeric = true;
      for (const [dim, w] of Object.entries(weights)) {
        if (!isInheritedKey(dim)) knownDim([...base, 'weights', dim], dim);
        if (typeof w === 'number') sum += w;
        else numeric = false;
      }
      if (numeric && Math.abs(sum - 100) > SUM_TOLERANCE)
        add([...base, 'weights'], 'weights-sum', { sum: round(sum) });
    }
    list(field(priorities, 'mustHaves')).forEach((mh, i) =>
      knownDim([...base, 'mustHaves', i, 'dimension'], field(mh, 'dimension')),
    );
    const concerns = list(field(priorities, 'petConcerns'));
    unique(
      concerns.map((p) => field(p, 'id')),
      (i, id) => add([...base, 'petConcerns', i, 'id'], 'repeated-concern-id', { id }),
    );
    concerns.forEach((p, i) => knownDim([...base, 'petConcerns', i, 'dimension'], field(p, 'dimension')));
  });

  // Derived demand: the customers' needs map to benefits the scenario declares, and the member who answers for
  // the market weighs each (or, without a marketing member, someone does): the field states what the weights
  // already carry.
  const customers = field(field(s, 'buyingFirm'), 'customers');
  const customerDims = list(field(customers, 'dimensions'));
  unique(customerDims, (i, id) =>
    add(['buyingFirm', 'customers', 'dimensions', i], 'repeated-customer-dimension', { id }),
  );
  const marketing = members.find((m) => field(m, 'role') === 'marketing');
  customerDims.forEach((d, i) => {
    const path: PropertyKey[] = ['buyingFirm', 'customers', 'dimensions', i];
    if (typeof d !== 'string' || !dimensionIds.has(d)) return knownDim(path, d);
    const weighs = (m: unknown) => {
      const w = field(field(m, 'priorities'), 'weights');
      return isObj(w) && (num(own(w, d)) ?? 0) > 0;
    };
    if (marketing !== undefined && !weighs(marketing)) add(path, 'customers-marketing-weight', { id: d });
    else if (marketing === undefined && !members.some(weighs)) add(path, 'customers-unweighed', { id: d });
  });

  const purchaseType = field(s, 'purchaseType');
  if (Array.isArray(s.sellers) && typeof purchaseType === 'string') {
    const incumbents = sellers.filter((x) => field(x, 'incumbent') === true).length;
    if (purchaseType === 'new-task' && incumbents > 0) add(['sellers'], 'new-task-incumbent');
    if ((purchaseType === 'modified-rebuy' || purchaseType === 'straight-rebuy') && incumbents !== 1)
      add(['sellers'], 'rebuy-incumbents', { purchaseType, count: incumbents });
  }

  sellers.forEach((seller, si) => {
    const base: PropertyKey[] = ['sellers', si, 'offering'];
    const o = field(seller, 'offering');
    if (!isObj(o)) return;
    const levels = field(o, 'levels');
    if (isObj(levels)) {
      for (const dim of dimensionIds)
        if (!Object.hasOwn(levels, dim)) add([...base, 'levels'], 'missing-level', { dimension: dim });
      for (const dim of Object.keys(levels))
        if (!isInheritedKey(dim)) knownDim([...base, 'levels', dim], dim);
    }
    const unitCost = num(field(o, 'unitCost'));
    const listPrice = num(field(o, 'listPrice'));
    if (unitCost !== undefined && listPrice !== undefined && listPrice <= unitCost)
      add([...base, 'listPrice'], 'list-price-not-above-cost', { unitCost });
    const options = list(field(o, 'options'));
    unique(
      options.map((x) => field(x, 'id')),
      (i, id) => add([...base, 'options', i, 'id'], 'repeated-option-id', { id }),
    );
    options.forEach((opt, i) => knownDim([...base, 'options', i, 'dimension'], field(opt, 'dimension')));
    const evidence = list(field(o, 'evidence'));
    unique(
      evidence.map((x) => field(x, 'id')),
      (i, id) => add([...base, 'evidence', i, 'id'], 'repeated-evidence-id', { id }),
    );
    evidence.forEach((ev, i) =>
      list(field(ev, 'dimensions')).forEach((d, j) => knownDim([...base, 'evidence', i, 'dimensions', j], d)),
    );
  });

  const declared = list(field(field(s, 'meta'), 'languages')).filter((l): l is Language =>
    (LANGUAGES as readonly unknown[]).includes(l),
  );
  if (declared.length > 0) checkTranslations(s, declared, add);
  return problems;
}

/** Every field that holds a text a player reads (a string, or one string per language). */
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'industry',
  'summary',
  'learningObjectives',
  'unit',
  'name',
  'narrative',
  'location',
  'description',
  'label',
  'text',
  'brief',
  'who',
  'needs',
  'firmographic',
  'behavioral',
  'decisionProcess',
]);

function checkTranslations(
  s: Obj,
  languages: Language[],
  add: (p: PropertyKey[], code: ProblemCode, params?: ProblemParams) => void,
) {
  const multilingual = languages.length > 1;
  const checkText = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((t, i) => checkText(t, [...path, i]));
      return;
    }
    if (typeof value === 'string') {
      if (multilingual && value !== '')
        add(path, 'plain-text-multilingual', { languages: languages.join(', ') });
      return;
    }
    if (!isObj(value)) return;
    for (const lang of languages) {
      const t = own(value, lang);
      if (t === undefined || t === '') add(path, 'missing-translation', { lang });
    }
    for (const lang of Object.keys(value)) {
      if (!languages.includes(lang as Language)) add([...path, lang], 'undeclared-language');
    }
  };
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i]));
      return;
    }
    if (!isObj(value)) return;
    for (const [key, child] of Object.entries(value)) {
      // Weights, levels: their keys are dimension ids, which may be named like a text field.
      if (path.at(-1) === 'weights' || path.at(-1) === 'levels') continue;
      if (TEXT_FIELDS.has(key)) checkText(child, [...path, key]);
      else if (key !== 'keywords') visit(child, [...path, key]);
    }
  };
  visit(s, []);
}

function unique(values: unknown[], onRepeat: (index: number, value: string) => void) {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (typeof v !== 'string') return;
    if (seen.has(v)) onRepeat(i, v);
    seen.add(v);
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
