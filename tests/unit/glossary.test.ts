// One term per concept: docs/glossary.md names, per language, the term every string and scenario uses and the
// wordings it must not use; none of those appears in that language's interface strings, bot phrases or
// shipped scenario texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../client/i18n/en.ts';
import { fi } from '../../client/i18n/fi.ts';
import { pl } from '../../client/i18n/pl.ts';
import { consoleEn } from '../../client/i18n/console-en.ts';
import { consoleFi } from '../../client/i18n/console-fi.ts';
import { consolePl } from '../../client/i18n/console-pl.ts';
import { editorEn } from '../../client/i18n/editor-en.ts';
import { editorFi } from '../../client/i18n/editor-fi.ts';
import { groundworkEn, groundworkFi, groundworkPl } from '../../client/i18n/groundwork.ts';
import { editorPl } from '../../client/i18n/editor-pl.ts';
import { PHRASES } from '../../shared/bots/phrases.ts';
import { sourceTexts } from '../../client/i18n/session-source.ts';
import { problemEn } from '../../shared/scenario/problem-text.ts';
import { problemFi } from '../../shared/scenario/problem-text-fi.ts';
import { problemPl } from '../../shared/scenario/problem-text-pl.ts';
import { shippedScenarioFiles, SCENARIO_DIR } from '../fixtures/scenarios.ts';

type Lang = 'en' | 'fi' | 'pl';
const SECTIONS: Record<string, Lang> = { Suomi: 'fi', Polski: 'pl', English: 'en' };

interface Row {
  concept: string;
  term: string;
  avoid: string[];
}

/** The glossary's tables, by language. */
function glossary(): Record<Lang, Row[]> {
  const text = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
  const out: Record<Lang, Row[]> = { en: [], fi: [], pl: [] };
  let lang: Lang | null = null;
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) lang = SECTIONS[heading[1]!.trim()] ?? null;
    if (!lang || !line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === 'English') continue;
    const avoid = (cells[2] ?? '')
      .split(';')
      .map((x) => x.replace(/\\\*/g, '*').trim())
      .filter(Boolean);
    out[lang].push({ concept: cells[0] ?? '', term: cells[1] ?? '', avoid });
  }
  return out;
}

/** Every text of a scenario in one language (keywords are matched, not shown, so they are left out). */
function scenarioTexts(value: unknown, lang: Lang, first: Lang, out: string[] = [], key = ''): string[] {
  if (key === 'keywords' || key === '$schema' || key === 'id') return out;
  if (typeof value === 'string') {
    if (lang === first) out.push(value);
  } else if (Array.isArray(value)) {
    for (const x of value) scenarioTexts(x, lang, first, out, key);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length > 0 && keys.every((k) => k === 'en' || k === 'fi' || k === 'pl')) {
      const text = o[lang];
      if (typeof text === 'string') out.push(text);
    } else for (const k of keys) scenarioTexts(o[k], lang, first, out, k);
  }
  return out;
}

function textsOf(lang: Lang): { where: string; text: string }[] {
  const dicts = {
    en: [en, consoleEn, editorEn, groundworkEn, problemEn, sourceTexts.en],
    fi: [fi, consoleFi, editorFi, groundworkFi, problemFi, sourceTexts.fi],
    pl: [pl, consolePl, editorPl, groundworkPl, problemPl, sourceTexts.pl],
  }[lang];
  const out: { where: string; text: string }[] = [];
  for (const dict of dicts)
    for (const [key, text] of Object.entries(dict as Record<string, string>)) out.push({ where: key, text });
  for (const [key, text] of Object.entries(PHRASES[lang])) out.push({ where: `bot ${key}`, text });
  for (const file of shippedScenarioFiles()) {
    const raw = JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8')) as {
      meta: { languages: Lang[] };
    };
    for (const text of scenarioTexts(raw, lang, raw.meta.languages[0] ?? 'en'))
      out.push({ where: file, text });
  }
  return out;
}

function matcher(term: string): RegExp {
  const prefix = term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

describe('the glossary', () => {
  const rows = glossary();

  it('has a table per language with the concepts the notes teach', () => {
    expect(rows.fi.length).toBeGreaterThan(30);
    expect(rows.pl.length).toBeGreaterThan(30);
    for (const lang of ['fi', 'pl'] as const) {
      const concepts = rows[lang].map((r) => r.concept);
      for (const c of [
        'resonating focus',
        'favorable points of difference',
        'value proposition',
        'must-have',
      ])
        expect(concepts, lang).toContain(c);
    }
    expect(rows.fi.find((r) => r.concept === 'resonating focus')?.term).toBe('resonoiva keskittyminen');
    expect(rows.fi.find((r) => r.concept === 'favorable points of difference')?.term).toBe('suotuisat erot');
  });

  it.each(['en', 'fi', 'pl'] as const)(
    '%s: no string or scenario uses a wording the glossary rules out',
    (lang) => {
      const texts = textsOf(lang);
      expect(texts.length).toBeGreaterThan(400);
      const found: string[] = [];
      for (const row of rows[lang])
        for (const avoid of row.avoid) {
          const re = matcher(avoid);
          for (const { where, text } of texts)
            if (re.test(text)) found.push(`${where}: "${avoid}" (use "${row.term}" for ${row.concept})`);
        }
      expect(found).toEqual([]);
    },
  );
});
