// Loading a scenario: the schema check, then the cross-field rules; every problem is listed by JSON path with a
// plain-language reason, and nothing is returned unless all of them pass.
import { hasOwnKey } from '../own.ts';
import type { z } from 'zod';
import { Scenario, type Language, type Text } from './schema.ts';

export interface Problem {
  /** A JSON path such as `$.buyingFirm.obc.members[2].influence`. */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'must be a text string or an object of texts per language ({"en": "...", "fi": "..."})';
    default:
      return issue.message;
  }
}

/** Parses and checks an already-decoded JSON value. */
export function loadScenario(input: unknown): LoadResult {
  const parsed = Scenario.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: jsonPath(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}

/** Parses JSON text first, reporting a syntax error as a problem at the root. */
export function loadScenarioText(text: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return loadScenario(value);
}

const SUM_TOLERANCE = 1e-6;

/** The rules that span fields: references, sums, uniqueness, translations. */
export function crossCheck(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path: jsonPath(path), message });
  const dimensionIds = new Set(s.dimensions.map((d) => d.id));
  const knownDim = (path: PropertyKey[], id: string) => {
    if (!dimensionIds.has(id))
      add(path, `names an unknown dimension "${id}" (declared: ${[...dimensionIds].join(', ')})`);
  };

  unique(
    s.dimensions.map((d) => d.id),
    (i, id) => add(['dimensions', i, 'id'], `repeats the dimension id "${id}"`),
  );
  unique(
    s.sellers.map((x) => x.id),
    (i, id) => add(['sellers', i, 'id'], `repeats the seller id "${id}"`),
  );

  const members = s.buyingFirm.obc.members;
  unique(
    members.map((m) => m.role),
    (i, role) =>
      add(['buyingFirm', 'obc', 'members', i, 'role'], `repeats the role "${role}": each role sits once`),
  );
  const influence = members.reduce((sum, m) => sum + m.influence, 0);
  if (Math.abs(influence - 100) > SUM_TOLERANCE) {
    add(
      ['buyingFirm', 'obc', 'members'],
      `members' influence must sum to 100 (it sums to ${round(influence)})`,
    );
  }
  const signOffs = members.filter((m) => m.signOff).length;
  if (signOffs > 1) add(['buyingFirm', 'obc', 'members'], 'at most one member may have sign-off power');
  const rule = s.buyingFirm.obc.decisionRule;
  if (rule.kind === 'single-decider') {
    if (!rule.decider)
      add(['buyingFirm', 'obc', 'decisionRule', 'decider'], 'is required for a single-decider rule');
    else if (!members.some((m) => m.role === rule.decider)) {
      add(['buyingFirm', 'obc', 'decisionRule', 'decider'], `names "${rule.decider}", who is not a member`);
    }
  }

  members.forEach((m, mi) => {
    const base: PropertyKey[] = ['buyingFirm', 'obc', 'members', mi, 'priorities'];
    const weights = m.priorities.weights;
    let sum = 0;
    for (const [dim, w] of Object.entries(weights)) {
      knownDim([...base, 'weights', dim], dim);
      sum += w;
    }
    if (Math.abs(sum - 100) > SUM_TOLERANCE) {
      add([...base, 'weights'], `weights must sum to 100 (they sum to ${round(sum)})`);
    }
    m.priorities.mustHaves.forEach((mh, i) => knownDim([...base, 'mustHaves', i, 'dimension'], mh.dimension));
    unique(
      m.priorities.petConcerns.map((p) => p.id),
      (i, id) => add([...base, 'petConcerns', i, 'id'], `repeats the pet concern id "${id}"`),
    );
    m.priorities.petConcerns.forEach((p, i) =>
      knownDim([...base, 'petConcerns', i, 'dimension'], p.dimension),
    );
  });

  const incumbents = s.sellers.filter((x) => x.incumbent).length;
  if (s.purchaseType === 'new-task' && incumbents > 0) {
    add(['sellers'], 'a new-task purchase has no incumbent supplier');
  }
  if (s.purchaseType !== 'new-task' && incumbents !== 1) {
    add(['sellers'], `a ${s.purchaseType} needs exactly one incumbent supplier (found ${incumbents})`);
  }

  s.sellers.forEach((seller, si) => {
    const base: PropertyKey[] = ['sellers', si, 'offering'];
    const o = seller.offering;
    for (const dim of dimensionIds) {
      if (!hasOwnKey(o.levels, dim)) add([...base, 'levels'], `gives no level for the dimension "${dim}"`);
    }
    for (const dim of Object.keys(o.levels)) knownDim([...base, 'levels', dim], dim);
    if (o.listPrice <= o.unitCost) {
      add(
        [...base, 'listPrice'],
        `must be above the unit cost (${o.unitCost}) or the seller can never earn a margin`,
      );
    }
    unique(
      o.options.map((x) => x.id),
      (i, id) => add([...base, 'options', i, 'id'], `repeats the option id "${id}"`),
    );
    o.options.forEach((opt, i) => knownDim([...base, 'options', i, 'dimension'], opt.dimension));
    unique(
      o.evidence.map((x) => x.id),
      (i, id) => add([...base, 'evidence', i, 'id'], `repeats the evidence id "${id}"`),
    );
    o.evidence.forEach((ev, i) =>
      ev.dimensions.forEach((d, j) => knownDim([...base, 'evidence', i, 'dimensions', j], d)),
    );
  });

  checkTranslations(s, s.meta.languages, add);
  return problems;
}

function checkTranslations(s: Scenario, languages: Language[], add: (p: PropertyKey[], m: string) => void) {
  const multilingual = languages.length > 1;
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (TEXT_FIELDS.has(key)) checkText(child as Text, [...path, key]);
      else if (key !== 'keywords') visit(child, [...path, key]);
    }
  };
  const checkText = (text: Text | Text[], path: PropertyKey[]) => {
    if (Array.isArray(text)) {
      text.forEach((t, i) => checkText(t, [...path, i]));
      return;
    }
    if (typeof text === 'string') {
      if (multilingual)
        add(path, `is a plain string, but the scenario declares ${languages.join(', ')}: give each`);
      return;
    }
    for (const lang of languages) {
      if (!text[lang]) add(path, `has no "${lang}" translation, which meta.languages declares`);
    }
    for (const lang of Object.keys(text)) {
      if (!languages.includes(lang as Language))
        add([...path, lang], `is a language meta.languages does not declare`);
    }
  };
  visit(s, []);
}

const TEXT_FIELDS = new Set([
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
]);

function unique(values: string[], onRepeat: (index: number, value: string) => void) {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) onRepeat(i, v);
    seen.add(v);
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Picks a text in the wanted language, falling back to the scenario's first language, then to any. */
export function localize(text: Text, lang: Language, fallback: Language = 'en'): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text).find((t) => t !== undefined) ?? '';
}
