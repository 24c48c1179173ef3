// The scenario editor's strings, in English, Finnish and Polish: a dictionary of its own, loaded with the editor's
// chunk (the console's first screen does not carry them). The language follows the console's (setLanguage).
import { fill, language, type Lang } from './index.ts';
import { editorEn, type EditorKey } from './editor-en.ts';
import {
  problemEn,
  problemText,
  type CodedProblem,
  type ProblemDictionary,
} from '../../shared/scenario/problem-text.ts';

export type { EditorKey };
export type EditorDictionary = Record<EditorKey, string>;

let dict: EditorDictionary = editorEn;
let problems: ProblemDictionary = problemEn;
let loaded: Lang = 'en';

type Loaded = [EditorDictionary, ProblemDictionary];
// The checker's problems (shared/scenario/problem-text-*.ts) load with the editor's strings: both in the editor's
// chunk, never on the console's first screen.
const loaders: Record<Lang, () => Promise<Loaded>> = {
  en: () => Promise.resolve([editorEn, problemEn]),
  fi: () =>
    Promise.all([
      import('./editor-fi.ts').then((m) => m.editorFi),
      import('../../shared/scenario/problem-text-fi.ts').then((m) => m.problemFi),
    ]),
  pl: () =>
    Promise.all([
      import('./editor-pl.ts').then((m) => m.editorPl),
      import('../../shared/scenario/problem-text-pl.ts').then((m) => m.problemPl),
    ]),
};

/** Loads the strings of the console's current language (the editor calls it before it renders). */
export async function loadEditorLanguage(): Promise<void> {
  const lang = language();
  if (lang === loaded && dict) return;
  [dict, problems] = await loaders[lang]();
  loaded = lang;
}

export function et(key: EditorKey, params?: Record<string, string | number>): string {
  return fill(Object.hasOwn(dict, key) ? dict[key] : editorEn[key], params);
}

/** A problem of the scenario check in the editor's language, from its code and parameters. */
export function problemIn(problem: CodedProblem): string {
  return problemText(problem, loaded, problems);
}
