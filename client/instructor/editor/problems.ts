// The editor's live validation: the same one-pass check as `npm run scenario:check` and the server
// (shared/scenario/check.ts), grouped by the JSON path each problem names so that a form field can show its own.
import { checkScenario, type Problem } from '../../../shared/scenario/check.ts';
import { problemIn } from '../../i18n/editor.ts';

export type { Problem };

/** Every problem of a draft, in the checker's order. */
export function draftProblems(draft: unknown): Problem[] {
  return checkScenario(draft);
}

/** The problems by the path they name, each in the editor's language (a field shows those at its own path). */
export function problemsByPath(problems: readonly Problem[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const list = out.get(p.path) ?? [];
    list.push(problemIn(p));
    out.set(p.path, list);
  }
  return out;
}
