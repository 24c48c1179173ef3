// Loading a scenario: one pass of the check (./check.ts: the schema and the cross-field rules together); every
// problem is listed by JSON path with a plain-language reason, and nothing is returned unless all of them pass.
import { readJson } from '../json-text.ts';
import { checkScenario, jsonPath, problem, type Problem } from './check.ts';
import { Scenario, type Language, type Text } from './schema.ts';

export { checkScenario, jsonPath, type Problem };

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Parses and checks an already-decoded JSON value. */
export function loadScenario(input: unknown): LoadResult {
  const problems = checkScenario(input);
  if (problems.length > 0) return { ok: false, problems };
  // The check passed, so the parse does too; it fills in the defaults.
  return { ok: true, scenario: Scenario.parse(input) };
}

/** Parses JSON text first, reporting a syntax error as a problem at the root. */
export function loadScenarioText(text: string): LoadResult {
  const read = readJson(text);
  if (!read.ok) return { ok: false, problems: [problem('$', 'invalid-json', { ...read.at })] };
  return loadScenario(read.value);
}

/** Picks a text in the wanted language, falling back to the scenario's first language, then to any. */
export function localize(text: Text, lang: Language, fallback: Language = 'en'): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text).find((t) => t !== undefined) ?? '';
}
