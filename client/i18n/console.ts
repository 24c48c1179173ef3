// The instructor's strings (console and projector), in English, Finnish and Polish. A dictionary of its own so
// the student's phone never downloads them; the language follows the one chosen with setLanguage, and the
// game's own words (roles, stages, value propositions, teaching notes) come from the main dictionary.
import { fill, setLanguage, type Lang } from './index.ts';
import { consoleEn, type ConsoleKey } from './console-en.ts';

export type { ConsoleKey };
export type ConsoleDictionary = Record<ConsoleKey, string>;

let dict: ConsoleDictionary = consoleEn;

const loaders: Record<Lang, () => Promise<ConsoleDictionary>> = {
  en: () => Promise.resolve(consoleEn),
  fi: async () => (await import('./console-fi.ts')).consoleFi,
  pl: async () => (await import('./console-pl.ts')).consolePl,
};

/** Loads the console's strings first, then switches the whole page (its listeners re-render). */
export async function setConsoleLanguage(lang: Lang, remember = false): Promise<void> {
  dict = await loaders[lang]();
  await setLanguage(lang, remember);
}

export function ct(key: ConsoleKey, params?: Record<string, string | number>): string {
  return fill(dict[key] ?? consoleEn[key], params);
}

export function isConsoleKey(key: string): key is ConsoleKey {
  return Object.hasOwn(consoleEn, key);
}

/** A console string for a key built from data, or the fallback. */
export function ctk(key: string, fallback: string, params?: Record<string, string | number>): string {
  return isConsoleKey(key) ? ct(key, params) : fallback;
}
