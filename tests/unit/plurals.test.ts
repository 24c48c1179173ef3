// Every dictionary string with a count goes through Intl.PluralRules: each plural argument has a branch for
// every plural category of its language, no number stands bare beside a counted word, no "table(s)" hacks
// remain, and the forms come out right for the counts where languages differ (1, 2–4, 5, 12, 22).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../client/i18n/en.ts';
import { fi } from '../../client/i18n/fi.ts';
import { pl } from '../../client/i18n/pl.ts';
import { consoleEn } from '../../client/i18n/console-en.ts';
import { consoleFi } from '../../client/i18n/console-fi.ts';
import { consolePl } from '../../client/i18n/console-pl.ts';
import { notesEn } from '../../client/i18n/notes-en.ts';
import { notesFi } from '../../client/i18n/notes-fi.ts';
import { notesPl } from '../../client/i18n/notes-pl.ts';
import { editorEn } from '../../client/i18n/editor-en.ts';
import { groundworkEn, groundworkFi, groundworkPl } from '../../client/i18n/groundwork.ts';
import { editorFi } from '../../client/i18n/editor-fi.ts';
import { editorPl } from '../../client/i18n/editor-pl.ts';
import { problemFi } from '../../shared/scenario/problem-text-fi.ts';
import { problemPl } from '../../shared/scenario/problem-text-pl.ts';
import { nk } from '../../client/ui/debrief.ts';
import { ct, setConsoleLanguage } from '../../client/i18n/console.ts';
import { fill, pluralArguments, setLanguage, t, type Lang } from '../../client/i18n/index.ts';

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
});
afterAll(async () => {
  await setConsoleLanguage('en');
  delete (globalThis as { document?: unknown }).document;
});

/** `small`: a dictionary of a few strings (one form's), held to every rule but the count of plural strings. */
const DICTIONARIES: { name: string; lang: Lang; dict: Record<string, string>; small?: true }[] = [
  { name: 'en', lang: 'en', dict: en },
  { name: 'fi', lang: 'fi', dict: fi },
  { name: 'pl', lang: 'pl', dict: pl },
  { name: 'console-en', lang: 'en', dict: consoleEn },
  { name: 'console-fi', lang: 'fi', dict: consoleFi },
  { name: 'console-pl', lang: 'pl', dict: consolePl },
  { name: 'notes-en', lang: 'en', dict: notesEn },
  { name: 'notes-fi', lang: 'fi', dict: notesFi },
  { name: 'notes-pl', lang: 'pl', dict: notesPl },
  { name: 'groundwork-en', lang: 'en', dict: groundworkEn, small: true },
  { name: 'groundwork-fi', lang: 'fi', dict: groundworkFi, small: true },
  { name: 'groundwork-pl', lang: 'pl', dict: groundworkPl, small: true },
  { name: 'editor-en', lang: 'en', dict: editorEn },
  { name: 'editor-fi', lang: 'fi', dict: editorFi },
  { name: 'editor-pl', lang: 'pl', dict: editorPl },
  // The checker's English problems are `scenario:check`'s output, kept as they were ("needs at least 2 item(s)"):
  // the Finnish and Polish ones count with plurals.
  { name: 'problems-fi', lang: 'fi', dict: problemFi },
  { name: 'problems-pl', lang: 'pl', dict: problemPl },
];

/**
 * Words the game counts, in the forms that a bare number would get wrong (English plurals, the Finnish
 * partitive after a number above one, the Polish genitive plural and 2–4 forms). Each language's plural
 * branches add the words they count, so a new plural string teaches the test its noun.
 */
const COUNTED: Record<Lang, string[]> = {
  en: ['tables', 'students', 'seats', 'members', 'teams', 'rounds', 'problems', 'benefits', 'employees'],
  fi: ['pöytää', 'opiskelijaa', 'paikkaa', 'jäsentä', 'kierrosta', 'virhettä', 'hyötyä', 'työntekijää'],
  pl: ['stoły', 'stołów', 'studentów', 'studenci', 'członków', 'rundy', 'rund', 'błędów', 'pracowników'],
};

/** The text a plural argument's branches leave out: the template with every plural argument removed. */
function withoutPlurals(template: string): string {
  let out = '';
  let depth = 0;
  let skipping = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '{') {
      depth += 1;
      if (!skipping && /^\{\s*\w+\s*,\s*plural\s*,/.test(template.slice(i))) skipping = depth;
    }
    if (!skipping) out += ch;
    if (ch === '}') {
      if (skipping === depth) {
        skipping = 0;
        out += '{#}';
      }
      depth -= 1;
    }
  }
  return out;
}

function countedWords(lang: Lang): Set<string> {
  const words = new Set(COUNTED[lang]);
  for (const d of DICTIONARIES.filter((x) => x.lang === lang))
    for (const message of Object.values(d.dict))
      for (const arg of pluralArguments(message))
        for (const [selector, branch] of arg.branches) {
          if (selector === 'one' || selector.startsWith('=')) continue;
          const word = /#\s+(\p{L}[\p{L}-]*)/u.exec(branch)?.[1];
          if (word) words.add(word.toLowerCase());
        }
  return words;
}

describe('plural strings', () => {
  it('the dictionaries hold plural strings in every language', () => {
    for (const d of DICTIONARIES.filter((x) => !x.small)) {
      const plural = Object.values(d.dict).filter((m) => pluralArguments(m).length > 0);
      expect(plural.length, d.name).toBeGreaterThan(3);
    }
  });

  it.each(DICTIONARIES)(
    '$name: every plural argument has a branch for each plural category of its language',
    ({ lang, dict }) => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(dict)) {
        for (const arg of pluralArguments(message)) {
          for (const category of categories)
            expect(arg.branches.has(category), `${key}: ${category}`).toBe(true);
          for (const branch of arg.branches.values()) expect(branch, key).not.toMatch(/\(s\)/);
        }
      }
    },
  );

  it.each(DICTIONARIES)('$name: no number stands bare beside a word it counts', ({ lang, dict }) => {
    const words = countedWords(lang);
    // "{count} tables", "{done}/{total} pöytää", "{done} of {total} tables", "{done} z {total} stołów".
    const bare = /\{(\w+)\}(?:\s*(?:\/|of|z|×)\s*\{\w+\})?\s+(\p{L}[\p{L}-]*)/gu;
    for (const [key, message] of Object.entries(dict)) {
      const text = withoutPlurals(message);
      for (const m of text.matchAll(bare)) {
        if (m[1] === '#') continue;
        expect(words.has(m[2]!.toLowerCase()), `${key}: "${m[0]}" needs a plural`).toBe(false);
      }
    }
  });

  it.each(DICTIONARIES)('$name: no "table(s)" shortcuts for plurals', ({ lang, dict }) => {
    const hack = { en: /\p{L}\((s|es)\)/u, fi: /\p{L}\((a|ä|ta|tä|ttä)\)/u, pl: /\p{L}\((y|ów|i|e)\)/u }[
      lang
    ];
    for (const [key, message] of Object.entries(dict)) expect(message, key).not.toMatch(hack);
  });

  it('picks the form of each language for the counts where they differ', async () => {
    const expected: Record<Lang, [number, string][]> = {
      en: [
        [1, '1 table playing'],
        [2, '2 tables playing'],
      ],
      fi: [
        [1, '1 pöytä pelaa'],
        [2, '2 pöytää pelaa'],
        [21, '21 pöytää pelaa'],
      ],
      pl: [
        [1, '1 stół w grze'],
        [3, '3 stoły w grze'],
        [5, '5 stołów w grze'],
        [12, '12 stołów w grze'],
        [22, '22 stoły w grze'],
      ],
    };
    for (const lang of ['en', 'fi', 'pl'] as const) {
      await setConsoleLanguage(lang);
      for (const [count, text] of expected[lang]) expect(ct('projector.tables', { count })).toBe(text);
    }
    await setConsoleLanguage('en');
    expect(ct('seating.dealt', { tables: 1 })).toBe('Seated at 1 table.');
    expect(ct('seating.dealt', { tables: 3 })).toBe('Seated at 3 tables.');
    expect(nk('note.overclaim', '', { seller: 'A', count: 1 })).toContain('(1 claim above delivery in all)');
    expect(nk('note.overclaim', '', { seller: 'A', count: 2 })).toContain('(2 claims above delivery in all)');
    expect(t('ev.spec-published', { count: 0 })).toContain('no must-haves');
    await setLanguage('pl');
    // Numbers in plural strings are written the language's way: 14 000, not 14000.
    expect(t('brief.firmFacts', { industry: 'x', employees: 14_000, location: 'y' })).toMatch(
      /14\s000 pracowników/,
    );
    expect(t('ev.spec-published', { count: 2 })).toContain('2 wymagania bezwzględne');
    expect(t('ev.spec-published', { count: 5 })).toContain('5 wymagań bezwzględnych');
    await setLanguage('fi');
    expect(t('ev.spec-published', { count: 1 })).toContain('1 ehdoton vaatimus');
    expect(t('ev.spec-published', { count: 3 })).toContain('3 ehdotonta vaatimusta');
    await setLanguage('en');
  });

  it.each(DICTIONARIES)('$name: every plural string renders whole for any count', async ({ lang, dict }) => {
    await setLanguage(lang);
    for (const [key, message] of Object.entries(dict)) {
      const args = pluralArguments(message);
      if (args.length === 0) continue;
      const names = [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!);
      for (const count of [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101, 102, 112, 1.5]) {
        const params = Object.fromEntries(
          names.map((n) => [n, args.some((a) => a.name === n) ? count : 'x']),
        );
        const text = fill(message, params);
        expect(text, key).not.toMatch(/[{}#]/);
      }
    }
    await setLanguage('en');
  });
});
