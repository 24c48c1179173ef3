// Interface strings in English, Finnish and Polish: one typed dictionary per language (English is the source
// of the key type, so a missing translation fails the type check). Finnish and Polish load on demand.
// Scenario texts are `string | {en, fi, pl}`: shown in the chosen language, else the scenario's first one.
import { en, type MessageKey } from './en.ts';
import { formatMessage, pluralArguments, pluralBranches } from '../../shared/message-format.ts';

export type { MessageKey };
export type Dictionary = Record<MessageKey, string>;
export type Lang = 'en' | 'fi' | 'pl';
export const LANGUAGES: readonly Lang[] = ['en', 'fi', 'pl'];
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', fi: 'Suomi', pl: 'Polski' };

type Params = Record<string, string | number>;
type LocalText = string | { en?: string; fi?: string; pl?: string };

const STORAGE_KEY = 'bc.lang';
let current: Lang = 'en';
let dict: Dictionary = en;
const listeners = new Set<(lang: Lang) => void>();

const loaders: Record<Lang, () => Promise<Dictionary>> = {
  en: () => Promise.resolve(en),
  fi: async () => (await import('./fi.ts')).fi,
  pl: async () => (await import('./pl.ts')).pl,
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function language(): Lang {
  return current;
}

/** The language to start in: the student's earlier choice, else the session's, else the browser's. */
export function preferredLanguage(sessionLanguage?: string): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // no storage
  }
  if (isLang(sessionLanguage)) return sessionLanguage;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}

/** Whether the student picked a language themselves (then the session's language does not override it). */
export function languageChosen(): boolean {
  try {
    return isLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

export async function setLanguage(lang: Lang, remember = false): Promise<void> {
  const next = await loaders[lang]();
  dict = next;
  current = lang;
  document.documentElement.lang = lang;
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // not remembered
    }
  }
  for (const l of listeners) l(lang);
}

export function onLanguage(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category (one, few, many, other…) of a count in the chosen language. */
export function pluralCategory(count: number, lang: Lang = current): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** Fills a template in the chosen language (shared/message-format.ts: `{name}` and ICU plurals). */
export function fill(template: string, params?: Params): string {
  return formatMessage(template, params, { plural: (n) => pluralCategory(n), count: formatNumber });
}

export { pluralArguments, pluralBranches };

/** A translated interface string. */
export function t(key: MessageKey, params?: Params): string {
  return fill(dict[key] ?? en[key], params);
}

export function isKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** A translated string for a key built from data (a role, a stage...), or the fallback when there is none. */
export function tk(key: string, fallback: string, params?: Params): string {
  return isKey(key) ? t(key, params) : fallback;
}

/** A scenario text in the chosen language, else in the scenario's first language, else any. */
export function localize(text: LocalText | undefined | null, languages: readonly string[] = []): string {
  return localizeIn(text, current, languages);
}

/** A scenario text in the given language, else in the scenario's first language, else any. */
export function localizeIn(
  text: LocalText | undefined | null,
  lang: Lang,
  languages: readonly string[] = [],
): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const order = [lang, ...languages, 'en', 'fi', 'pl'];
  for (const lang of order) {
    const value = isLang(lang) ? text[lang] : undefined;
    if (value) return value;
  }
  return '';
}

function locale(): string {
  return current === 'en' ? 'en-GB' : current;
}

export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency,
      maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
    }).format(value);
  } catch {
    return `${formatNumber(value, 2)} ${currency}`;
  }
}

export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "a, b and c" in the chosen language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (items.length === 0) return '–';
  try {
    return new Intl.ListFormat(locale(), { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}
