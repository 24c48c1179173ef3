// The scenario check's problems as the server sends them (an English message, a code and its parameters), written
// in the console's language: the create screen's upload shows them. Loaded only when there are problems to show,
// with the language's problem dictionary (shared/scenario/problem-text-*.ts), so the first screen does not carry it.
import {
  PROBLEM_CODES,
  problemEn,
  problemText,
  type ProblemCode,
  type ProblemDictionary,
} from '../../shared/scenario/problem-text.ts';
import type { ServerProblem } from '../net/host-api.ts';
import type { Lang } from './index.ts';

const dictionaries: Record<Lang, () => Promise<ProblemDictionary>> = {
  en: () => Promise.resolve(problemEn),
  fi: () => import('../../shared/scenario/problem-text-fi.ts').then((m) => m.problemFi),
  pl: () => import('../../shared/scenario/problem-text-pl.ts').then((m) => m.problemPl),
};

const isCode = (code: unknown): code is ProblemCode =>
  typeof code === 'string' && (PROBLEM_CODES as readonly string[]).includes(code);

/** Writes a server's problem in `lang`; one with a code this client does not know keeps the server's words. */
export async function problemWriter(lang: Lang): Promise<(p: ServerProblem) => string> {
  const dict = await dictionaries[lang]();
  return (p) => {
    const params = p.params;
    if (!isCode(p.code) || typeof params !== 'object' || params === null) return p.message;
    // Parameters a server sends are data, never keys of this client's objects: copied into a null prototype.
    const safe: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
    for (const [k, v] of Object.entries(params))
      if (typeof v === 'string' || typeof v === 'number') safe[k] = v;
    return problemText({ code: p.code, params: safe }, lang, dict);
  };
}
