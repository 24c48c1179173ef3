// The message templates of every dictionary (the client's interface strings, the scenario checker's problems):
// `{name}` takes a parameter; `{count, plural, one {# table} other {# tables}}` (the plural subset of ICU
// MessageFormat) picks the branch for the count's plural category, an exact `=0 {…}` first, and writes the
// count where `#` stands. The caller says how a language picks a plural category and writes a number
// (Intl.PluralRules, Intl.NumberFormat), so the reader is one for the browser and the command line alike.
// Only plurals are needed, so this small reader replaces a message-format library and its parser, which would
// weigh on the phone's first download. Pure.

import { own } from './own.ts';

export type MessageParams = Record<string, string | number>;

export interface MessageLocale {
  /** The plural category of a count (Intl.PluralRules#select). */
  plural: (count: number) => Intl.LDMLPluralRule;
  /** A count written where `#` stands (a `{name}` parameter is written as it is given). */
  count: (value: number) => string;
}

export function formatMessage(
  template: string,
  params: MessageParams | undefined,
  locale: MessageLocale,
): string {
  if (!params || !template.includes('{')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += argument(template.slice(open + 1, close), template.slice(open, close + 1), params, locale);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function argument(inner: string, whole: string, params: MessageParams, locale: MessageLocale): string {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
  if (!plural) {
    const name = inner.trim();
    const value = /^\w+$/.test(name) ? own(params, name) : undefined;
    return value === undefined ? whole : String(value);
  }
  const name = plural[1]!;
  const given = own(params, name);
  const value = given === undefined ? NaN : Number(given);
  if (!Number.isFinite(value)) return whole;
  const branches = pluralBranches(inner.slice(plural[0].length));
  const branch =
    branches.get(`=${value}`) ?? branches.get(locale.plural(value)) ?? branches.get('other') ?? whole;
  return formatMessage(hashes(branch, locale.count(value)), params, locale);
}

/** Writes the count for each `#` of a branch that is not inside a nested argument. */
function hashes(branch: string, count: string): string {
  let depth = 0;
  let out = '';
  for (const ch of branch) {
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    out += ch === '#' && depth === 0 ? count : ch;
  }
  return out;
}

/** The plural arguments of a template, at any depth: the parameter each one counts and its branches. */
export function pluralArguments(template: string): { name: string; branches: Map<string, string> }[] {
  const found: { name: string; branches: Map<string, string> }[] = [];
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    const close = matchingBrace(template, i);
    if (close < 0) break;
    const inner = template.slice(i + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
    if (plural) found.push({ name: plural[1]!, branches: pluralBranches(inner.slice(plural[0].length)) });
  }
  return found;
}

/** The branches of a plural argument: selector (`one`, `=0`…) to its text. */
export function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|\w+)\s*\{/.exec(body.slice(i));
    if (!selector) break;
    const open = i + selector[0].length - 1;
    const close = matchingBrace(body, open);
    if (close < 0) break;
    branches.set(selector[1]!, body.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}
