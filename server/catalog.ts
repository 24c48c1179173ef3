// The bundled scenarios, read and checked once at start-up.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../shared/scenario/load.ts';
import type { Scenario } from '../shared/scenario/schema.ts';

export function loadCatalog(dir: string): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file === 'scenario.schema.json') continue;
    const result = loadScenarioText(readFileSync(join(dir, file), 'utf8'));
    if (!result.ok) {
      throw new Error(
        `bundled scenario ${file} is invalid:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
      );
    }
    out.set(result.scenario.meta.id, result.scenario);
  }
  return out;
}

/** The bundled scenarios' files as written, by scenario id (the templates the API hands out). */
export function loadTemplateTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file === 'scenario.schema.json') continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const result = loadScenarioText(text);
    if (result.ok) out.set(result.scenario.meta.id, text);
  }
  return out;
}

export function summarize(s: Scenario) {
  return {
    id: s.meta.id,
    title: s.meta.title,
    industry: s.meta.industry,
    summary: s.meta.summary,
    purchaseType: s.purchaseType,
    languages: s.meta.languages,
    suggestedMinutes: s.meta.suggestedMinutes,
    learningObjectives: s.meta.learningObjectives,
    obcSize: s.buyingFirm.obc.members.length,
    sellers: s.sellers.length,
    stages: Object.fromEntries(Object.entries(s.stages).map(([k, v]) => [k, v.minutes])),
    rounds: s.rounds.count,
  };
}
