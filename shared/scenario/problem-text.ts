// A checker problem in words: each problem of ./check.ts carries a stable code and its parameters (the path, the
// type expected and found, the limits, the ids), and is written out per language from one dictionary
// (problem-text-en.ts, -fi.ts, -pl.ts): in the editor in its language, on the command line and in the server's
// answers in English (`message`). Plurals go through Intl.PluralRules. Pure.
import { formatMessage, type MessageParams } from '../message-format.ts';
import { problemEn } from './problem-text-en.ts';

export type ProblemTextKey = keyof typeof problemEn;
export type ProblemDictionary = Record<ProblemTextKey, string>;
/** The problems' codes: every key of the dictionary but the words they put together. */
export type ProblemCode = Exclude<ProblemTextKey, `type.${string}` | `actual.${string}`>;
export type ProblemParams = MessageParams;

export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(problemEn).filter(
  (k): k is ProblemCode => !k.startsWith('type.') && !k.startsWith('actual.'),
);

export { problemEn };

/** What a field must be: the JSON types the schema names (a record is an object to an author). */
const EXPECTED_TYPES = new Set(['string', 'number', 'int', 'boolean', 'object', 'array']);
/** What a value is, in a message. */
const ACTUAL_KINDS = new Set(['text', 'number', 'list', 'null', 'true', 'false', 'object']);

export interface CodedProblem {
  code: ProblemCode;
  params: ProblemParams;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralOf(lang: string, n: number): Intl.LDMLPluralRule {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    plurals.set(lang, rules);
  }
  return rules.select(n);
}

const numbers = new Map<string, Intl.NumberFormat>();
/** A number as the language writes it (0,5 in Finnish and Polish); English keeps the checker's own `String`. */
function numberIn(lang: string, n: number): string {
  if (lang === 'en') return String(n);
  let format = numbers.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 20 });
    numbers.set(lang, format);
  }
  return format.format(n);
}

/** A template filled in: a number the language's way, but where a plural picks its form by it. */
function fillIn(template: string, params: ProblemParams, lang: string): string {
  const counts = new Set([...template.matchAll(/\{\s*(\w+)\s*,\s*plural\s*,/g)].map((m) => m[1]));
  const shown = new Map(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'number' && !counts.has(k) ? numberIn(lang, v) : v,
    ]),
  );
  return formatMessage(template, Object.fromEntries(shown), {
    plural: (n) => pluralOf(lang, n),
    count: (n) => numberIn(lang, n),
  });
}

/** A problem in the dictionary's language (`lang` picks its plural rules and number format). */
export function problemText(
  problem: CodedProblem,
  lang: string = 'en',
  dict: ProblemDictionary = problemEn,
): string {
  const text = (key: ProblemTextKey, params: ProblemParams) =>
    fillIn(Object.hasOwn(dict, key) ? dict[key] : problemEn[key], params, lang);
  const params: ProblemParams = { ...problem.params };
  // The phrases a template puts together: what the field must be, and what it is.
  const expected = problem.params.expectedType;
  if (typeof expected === 'string')
    params.expected = EXPECTED_TYPES.has(expected)
      ? text(`type.${expected}` as ProblemTextKey, {})
      : text('type.other', { name: expected });
  const actual = problem.params.actualKind;
  if (typeof actual === 'string') {
    const value = problem.params.actualValue ?? '';
    params.actual = ACTUAL_KINDS.has(actual)
      ? text(`actual.${actual}` as ProblemTextKey, { value })
      : text('actual.other', { value });
  }
  return text(problem.code, params);
}

/**
 * The schema's own messages (shared/scenario/schema.ts), each made from a code: zod carries the English text,
 * and the checker reads the code and parameters back from it, so the schema's wording is translated too.
 */
const SCHEMA_MESSAGES = new Map<string, CodedProblem>();

export function schemaMessage(code: ProblemCode, params: ProblemParams = {}): string {
  const message = problemText({ code, params });
  SCHEMA_MESSAGES.set(message, { code, params });
  return message;
}

/** The code of a message the schema gave, if the schema made it with schemaMessage. */
export function schemaMessageCode(message: string): CodedProblem | undefined {
  return SCHEMA_MESSAGES.get(message);
}
