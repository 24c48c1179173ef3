// The scenario editor's strings, in English, Finnish and Polish: a dictionary of its own, loaded with the editor's
// chunk (the console's first screen does not carry them). The language follows the console's (setLanguage).
import { fill, language, type Lang } from './index.ts';
import { editorEn, type EditorKey } from './editor-en.ts';

export type { EditorKey };
export type EditorDictionary = Record<EditorKey, string>;

let dict: EditorDictionary = editorEn;
let loaded: Lang = 'en';

const loaders: Record<Lang, () => Promise<EditorDictionary>> = {
  en: () => Promise.resolve(editorEn),
  fi: async () => (await import('./editor-fi.ts')).editorFi,
  pl: async () => (await import('./editor-pl.ts')).editorPl,
};

/** Loads the strings of the console's current language (the editor calls it before it renders). */
export async function loadEditorLanguage(): Promise<void> {
  const lang = language();
  if (lang === loaded && dict) return;
  dict = await loaders[lang]();
  loaded = lang;
}

export function et(key: EditorKey, params?: Record<string, string | number>): string {
  return fill(Object.hasOwn(dict, key) ? dict[key] : editorEn[key], params);
}
